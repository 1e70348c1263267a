"""One kind for one sort of catalogue body (``ontology/gazetteers/bodies.csv``): a programme of the UN
system (UNDP, UNEP, WFP, UNESCO's Information for All Programme) is a ``un-entity`` like its siblings, so
the readers that climb to a UN body's parent treat them alike."""

from __future__ import annotations

from wsiskg.ingest.extract.gazetteer import bodies, body_ancestors


def test_every_programme_of_the_un_system_is_a_un_entity() -> None:
    programmes = [b for b in bodies().values() if b.name.split()[-1] == "Programme" and "un" in body_ancestors(b.key)]
    assert programmes
    assert {b.key: b.kind for b in programmes} == {b.key: "un-entity" for b in programmes}

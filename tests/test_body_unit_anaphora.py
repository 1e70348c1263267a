"""A unit any body may have, named by its generic words alone after ``the`` (``the Regional Office``), is the
body named before with that head whose name holds those words, not a body of its own
(ingest/extract/body_unit_anaphora.py, called by the body matcher). Every sentence here is invented for the
test."""

from __future__ import annotations

from extract_support import labelled_requests, make_report

from wsiskg.ingest.extract import extract


def _run(*texts: str) -> tuple[list[tuple[str, str, list[str]]], set[str]]:
    x = extract(make_report(*texts, title="Summary of the second meeting"))
    return labelled_requests(x), {b.name for b in x.bodies}


def test_the_regional_office_is_the_regional_office_named_before() -> None:
    requests, names = _run(
        "The Pacific Digital Skills Youth Panel met in Apia on 4 and 5 June 2032, hosted by the ITU Regional "
        "Office for Oceania and South-East Asia.",
        "Ms Leilani Kahale-Moreno (Samoa) asked the Regional Office to circulate the draft survey to the "
        "national youth councils by 30 July 2032.",
        "Mr Tomasi Fifita of the ITU Regional Office served as secretary.",  # its short form: no second office
    )
    assert ["ITU Regional Office for Oceania and South-East Asia"] in [r[2] for r in requests]
    assert "Regional Office" not in names


def test_the_executive_committee_is_the_named_bodys_executive_committee() -> None:
    requests, _ = _run(
        "The Andean Spectrum Forum met in La Paz on 3 March 2033. The Andean Spectrum Forum Executive Committee "
        "presented its workplan.",
        "The Forum invited the Executive Committee to prepare a draft budget for 2034.",
    )
    assert ["Andean Spectrum Forum Executive Committee"] in [r[2] for r in requests]


def test_a_unit_whose_words_the_body_named_before_does_not_hold_stays_its_own() -> None:
    requests, _ = _run(
        "The Andean Spectrum Forum met in La Paz on 3 March 2033, hosted by the ITU Regional Office for the Americas.",
        "The Forum invited the Liaison Office to report on the consultations held in New York.",
    )
    assert not any("ITU Regional Office for the Americas" in r[2] for r in requests)

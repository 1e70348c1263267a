"""``It`` / ``They`` opening a numbered paragraph of a record as the subject of a verb of asking: the record's
body (:mod:`wsiskg.ingest.extract.request_paragraph_pronouns`). Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

from extract_support import parsed_text

from wsiskg.ingest.extract import extract

HEAD = (
    "Report by the Chair of the Council Working Group on Rural Connectivity\n\n"
    "3  Fourth meeting\n\n"
    "3.1  The fourth meeting of the Group, held online on 9 and 10 October 2031, was chaired by "
    "Mr Teodor Balanescu-Ferreira. It reviewed six contributions from Member States.\n\n"
)


def _asked(tmp_path: Path, paragraph: str) -> list[tuple[str, list[str]]]:
    found = extract(parsed_text(tmp_path, HEAD + paragraph + "\n")).requests
    return [(x.requester.label, [a.label for a in x.addressees]) for x in found]


def test_it_opening_a_paragraph_asks_as_the_records_body_beside_a_coordinated_verb(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "3.2  It asked the secretariat to circulate the revised questionnaire within three weeks, and invited "
        "the Chair to draft a short note for the next Council session.",
    )
    assert [who for who, _ in got] == ["Council Working Group on Rural Connectivity"] * 2
    assert len(got) == 2


def test_a_pronoun_inside_its_paragraph_is_left_to_its_antecedent(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "3.2  The Asia-Pacific Telecommunity presented its survey. It asked the secretariat to circulate the revised "
        "questionnaire within three weeks, and invited the Chair to draft a short note.",
    )
    assert {who for who, _ in got} == {"Asia-Pacific Telecommunity"}

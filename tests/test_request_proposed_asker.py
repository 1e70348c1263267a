"""``Chile proposes that the Group encourage Member States to submit ...``: the subject of a proposal's ``that``
clause, right before a verb of asking in its base form, is the body asked (decision 43: one request, from the
contributor to the Group); before, the clause reader went on past that verb and read ``Group encourage Member
States`` as one group, whenever the inner object began with a capital (ingest/extract/request_clause_subjects.py,
``_collective_subject``; ``request_verbs.asks_in_base``). Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

from extract_support import labelled_requests, parsed_text

from wsiskg.ingest.extract import extract

_CONTRIBUTION = """Council Working Group on Coastal Connectivity
Contribution from the Republic of Chile

1. This contribution shares national experience with coastal broadband mapping.

2. {sentence}
"""


def _asked(tmp_path: Path, sentence: str) -> list[tuple[str, str, list[str]]]:
    return labelled_requests(extract(parsed_text(tmp_path, _CONTRIBUTION.format(sentence=sentence))))


def test_the_group_asked_to_encourage_member_states(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "Chile further proposes that the Group encourage Member States to submit national case studies on coastal "
        "mapping to the secretariat by 28 February 2031.",
    )
    assert got == [("country", "Chile", ["Council Working Group on Coastal Connectivity"])]


def test_the_group_asked_to_invite_sector_members(tmp_path: Path) -> None:
    got = _asked(tmp_path, "Chile proposes that the Group invite Sector Members to share their coverage maps.")
    assert got == [("country", "Chile", ["Council Working Group on Coastal Connectivity"])]


def test_the_working_group_asked_to_request_administrations(tmp_path: Path) -> None:
    got = _asked(tmp_path, "Chile also proposes that the Working Group request Administrations to publish their maps.")
    assert got == [("country", "Chile", ["Council Working Group on Coastal Connectivity"])]


def test_a_lower_case_inner_object_was_read_so_already(tmp_path: Path) -> None:
    got = _asked(tmp_path, "Chile proposes that the Group invite the secretariat to add a field to the platform.")
    assert got == [("country", "Chile", ["Council Working Group on Coastal Connectivity"])]

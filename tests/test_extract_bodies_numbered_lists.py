"""Groups numbered within their meeting and listed after one plural head (``Committees 6 and 7``, ``Working Groups
2A, 2B and 2C``): each a body of the meeting, mentioned where the list is (ingest/extract/body_numbered_lists.py).
Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.bodies import find_bodies
from wsiskg.ingest.extract.body_numbered_lists import group_codes, numbered_heads
from wsiskg.ingest.extract.gazetteer import bodies as gazetteer_bodies


def _mentioned(*texts: str, meeting_body: str | None = "apt") -> dict[str, tuple[int, ...]]:
    """The names of the bodies found that the catalogue does not know, with the paragraphs mentioning each."""
    found = find_bodies(one_section_report(*texts), meeting_body)
    return {b.name: b.paragraphs for b in found if b.key not in gazetteer_bodies()}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Chairman asked the chairmen of Committees 6 and 7 to report to the plenary by Friday.",
            {"Committee 6", "Committee 7"},
        ),
        ("Working Groups 2A, 2B and 2C met in parallel sessions.",
         {"Working Group 2A", "Working Group 2B", "Working Group 2C"}),
        ("Sub-Committees 1 and 2 will meet on Monday afternoon.", {"Sub-Committee 1", "Sub-Committee 2"}),
        ("The texts of Drafting Groups 3 and 4A were merged.", {"Drafting Group 3", "Drafting Group 4A"}),
        # every head of group-codes.csv, with a short code or without, reads a plural list
        ("Subcommittees 2 and 3 reported on their work.", {"Subcommittee 2", "Subcommittee 3"}),
        ("The conveners of Sub-groups 1, 2 and 4 were thanked.", {"Sub-group 1", "Sub-group 2", "Sub-group 4"}),
        ("Sub-Working Groups 7B and 7C met jointly.", {"Sub-Working Group 7B", "Sub-Working Group 7C"}),
    ],
)  # fmt: skip
def test_groups_numbered_after_one_plural_head_are_each_a_body(text: str, names: set[str]) -> None:
    found = _mentioned(text)
    assert set(found) == names
    assert all(found[n] for n in names)  # each mentioned by the paragraph


def test_a_group_listed_after_a_plural_head_is_the_one_named_alone_elsewhere() -> None:
    found = _mentioned("Committee 3 (Finance) met on Tuesday.", "The chairmen of Committees 3 and 4 reported.")
    assert set(found) == {"Committee 3 (Finance)", "Committee 4"}
    assert len(found["Committee 3 (Finance)"]) == 2


@pytest.mark.parametrize(
    "text",
    ["See paragraphs 3 and 4 of the Committees report.", "Committees 2029 and 2030 are years.", "Committees and 3"],
)
def test_numbers_after_no_plural_head_name_no_group(text: str) -> None:
    assert _mentioned(text) == {}


def test_the_heads_numbered_within_a_meeting_are_one_data_column() -> None:
    """``group-codes.csv`` column ``name``: the heads with a short code and those without (``Committee``)."""
    assert {"Committee", "Sub-Committee"} <= set(numbered_heads(coded=False))
    assert group_codes()["WG"] == "Working Group"
    assert "" not in group_codes() and "Committee" not in group_codes().values()
    assert set(numbered_heads()) == {*numbered_heads(coded=False), *numbered_heads(coded=True)}

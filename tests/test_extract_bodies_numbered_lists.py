"""Groups numbered within their meeting and listed after one plural head (``Committees 6 and 7``, ``Working Groups
2A, 2B and 2C``): each a body of the meeting, mentioned where the list is (ingest/extract/body_numbered_lists.py).
Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.bodies import find_bodies
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


def _keys(*texts: str) -> dict[str, str]:
    """The key of each body found and the name it is given."""
    return {b.key: b.name for b in find_bodies(one_section_report(*texts), None)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Working Parties 1A, 1B and 1C met in parallel.",
         {"itu-r-wp1a": "Working Party 1A", "itu-r-wp1b": "Working Party 1B", "itu-r-wp1c": "Working Party 1C"}),
        ("The chairmen of Working Parties 4A, 5B and 6C of Study Group 1 reported on their work.",
         {"itu-r-wp4a": "Working Party 4A", "itu-r-wp5b": "Working Party 5B", "itu-r-wp6c": "Working Party 6C"}),
        ("ITU-R Working Parties 3J, 3K, 3L and 3M will meet in May 2031.",
         {"itu-r-wp3j": "ITU-R Working Party 3J", "itu-r-wp3k": "ITU-R Working Party 3K",
          "itu-r-wp3l": "ITU-R Working Party 3L", "itu-r-wp3m": "ITU-R Working Party 3M"}),
        ("The liaison was sent to ITU-T Working Parties 1/15 & 2/15 for action.",
         {"itu-t-wp1-15": "ITU-T Working Party 1/15", "itu-t-wp2-15": "ITU-T Working Party 2/15"}),
    ],
)  # fmt: skip
def test_working_parties_of_a_sector_listed_after_one_plural_head_are_each_a_body(
    text: str, names: dict[str, str]
) -> None:
    found = _keys(text)
    assert {k: found.get(k) for k in names} == names


def test_a_study_group_list_names_each_group_as_the_report_writes_it() -> None:
    found = _keys("Study Groups 3, 11 and 13 of ITU-T approved the texts.")
    assert {k: found.get(k) for k in ("itu-t-sg3", "itu-t-sg11", "itu-t-sg13")} == {
        "itu-t-sg3": "Study Group 3",
        "itu-t-sg11": "Study Group 11",
        "itu-t-sg13": "Study Group 13",
    }


def test_working_parties_numbered_within_the_meeting_listed_after_one_plural_head() -> None:
    found = _mentioned("The Plenary set up Working Parties 2 and 3 to review the budget.")
    assert set(found) == {"Working Party 2", "Working Party 3"}

"""Who asks when a PDF's layout ran a numbered heading into the subject of the sentence after it (issue 8, round
38): ``3 Recommendations to the Council The Group recommends that the Council: - ...``, ``Item 4 - Projects The
Forum requested ...``, ``4 FOLLOW-UP The meeting instructed ...``: the subject opens on the capitalised opener
(``determiners.csv`` column ``opener``), the heading is no part of it (``request_subjects.past_run_in_heading``).
Every name, code and sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text, parties

from wsiskg.ingest.extract import extract

_REPORT = (
    "EG-SW-2/4\n\n"
    "Council Expert Group on Seawater Cooling Document EG-SW-2/4 5 May 2031 English only\n\n"
    "REPORT OF THE SECOND MEETING OF THE COUNCIL EXPERT GROUP ON SEAWATER COOLING (EG-SW)\n\n"
    "Geneva, 3-4 May 2031\n\n"
    "1 Introduction 1.1 The second meeting of the EG-SW was chaired by Ms Tuulikki Ahonen-Barros (Finland).\n\n"
    "1.2 The Chief of the Facilities Division presented the results of the pilot.\n\n"
    "2.1 The Group asked the secretariat to prepare a cost study for its next meeting.\n\n"
    "{line}\n"
)


def _requests(tmp_path: Path, line: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    """``(verb, kind:requester, addressees, action)`` of each request after the first (``2.1 The Group asked``)."""
    found = extract(parsed_text(tmp_path, _REPORT.format(line=line))).requests
    return [(*parties(x), x.action.rstrip(".")) for x in found if "cost study" not in x.action]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "3 Recommendations to the Council The Group recommends that the Council: - approve the pilot schedule; "
            "- request the Secretary-General to report to Council 2032.",
            [
                ("recommend", "body:eg-sw", ("body:itu-council",), "approve the pilot schedule"),
                (
                    "recommend",
                    "body:eg-sw",
                    ("body:itu-council",),
                    "request the Secretary-General to report to Council 2032",
                ),
            ],
        ),
        (
            "Item 3 - Projects The Group requested the secretariat to prepare a project proposal on cooling pumps.",
            [
                (
                    "request",
                    "body:eg-sw",
                    ("collective:eg-sw-secretariat",),
                    "prepare a project proposal on cooling pumps",
                )
            ],
        ),
        (
            "3 FOLLOW-UP The meeting instructed the Chair to present its report to Council 2032.",
            [("instruct", "body:eg-sw", ("post:eg-sw/chair",), "present its report to Council 2032")],
        ),
        (
            "3 Next steps This Group invited Member States to send comments by 1 June 2031.",
            [("invite", "body:eg-sw", ("collective:member-states",), "send comments by 1 June 2031")],
        ),
    ],
)
def test_a_heading_run_into_the_subject_is_no_part_of_it(
    tmp_path: Path, line: str, expected: list[tuple[str, str, tuple[str, ...], str]]
) -> None:
    assert _requests(tmp_path, line) == expected


@pytest.mark.parametrize(
    ("line", "requester"),
    [
        ("3.2 The delegate of The Gambia invited the secretariat to prepare a note.", "country:GMB"),
        ("3.2 The Chair invited the secretariat to prepare a note.", "person:tuulikki-ahonen-barros"),
    ],
)
def test_an_opener_inside_a_name_or_opening_the_subject_is_no_heading(
    tmp_path: Path, line: str, requester: str
) -> None:
    """``The Gambia`` after ``of`` stays inside the subject; a subject that opens on ``The`` has no heading."""
    assert [r for _, r, _, _ in _requests(tmp_path, line)] == [requester]


# Round 41: the same run-in heading before the subject of a passive (a Council document's ``Action required`` box
# whose lines a layout joined): the heading is no addressee.
_COUNCIL_DOCUMENT = """COUNCIL 2033
Geneva, 7-17 June 2033
Document C33/44-E
2 May 2033
Report by the Secretary-General
COASTAL DATA SERVICES
Summary
This document reports on the coastal data services of the Union.
{line}
"""


@pytest.mark.parametrize(
    ("line", "verb"),
    [
        (
            "Action required by the Council The Council is invited to take note of the report and to encourage "
            "Member States to share tide-gauge data.",
            "invite",
        ),
        (
            "Decision requested of the Council The Council is requested to approve the draft decision in the Annex.",
            "request",
        ),
        ("Action required by the Plenary The Council is invited to endorse the revised buoy schedule.", "invite"),
    ],
)
def test_a_run_in_heading_is_no_addressee_of_a_passive(tmp_path: Path, line: str, verb: str) -> None:
    found = extract(parsed_text(tmp_path, _COUNCIL_DOCUMENT.format(line=line))).requests
    assert [(r.verb, r.requester.key, [a.key for a in r.addressees]) for r in found] == [
        (verb, "itu/secretary-general", ["itu-council"])
    ]


def test_a_passive_subject_with_its_own_capitals_stays(tmp_path: Path) -> None:
    line = "Members of the Council are invited to send their comments by 1 May 2033."
    (r,) = extract(parsed_text(tmp_path, _COUNCIL_DOCUMENT.format(line=line))).requests
    assert [a.key for a in r.addressees] == ["members-of-the-council"]

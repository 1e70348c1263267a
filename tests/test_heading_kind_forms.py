"""The meeting a header line names by its kind (:mod:`.heading_kind_forms`): a record's title of a numbered sitting
(``SUMMARY RECORD OF THE FIFTH PLENARY MEETING``) over or under the line naming a conference, congress or summit
outside the catalogue is that body's sitting, not a meeting of a kind of its own named by the two lines together
(decision 2: a plenary of a conference has the conference as its body). Names, bodies and dates are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_named, parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.heading_kind_forms import _names_a_sitting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the conference's line over the sitting's, both in capitals
            "BALTIC FREQUENCY CONFERENCE\nSUMMARY RECORD OF THE FOURTH PLENARY MEETING\nVilnius, 9 June 2032\n\n"
            "1. The Chairman opened the fourth plenary meeting.\n\n"
            "2. The Conference invited administrations to notify their assignments by 31 August 2032.\n",
            ("baltic-frequency-conference", "Baltic Frequency Conference", date(2032, 6, 9)),
        ),
        (  # the sitting's line first, the summit's under it
            "Minutes of the second plenary meeting\nALPINE DIGITAL SUMMIT\nInnsbruck, 12 February 2031\n\n"
            "1. The second plenary meeting was opened by the Chair.\n\n"
            "2. The Summit invited governments to publish their roadmaps.\n",
            ("alpine-digital-summit", "Alpine Digital Summit", date(2031, 2, 12)),
        ),
        (  # a document's field between the lines
            "Summary record of the sixth plenary meeting\nSAHEL POSTAL CONGRESS\nDocument 48-E\n"
            "Niamey, 3 November 2031\n\n1. The Chairman opened the sixth plenary meeting.\n\n"
            "2. The Congress invited administrations to publish their tariffs by 1 March 2032.\n",
            ("sahel-postal-congress", "Sahel Postal Congress", date(2031, 11, 3)),
        ),
    ],
)  # fmt: skip
def test_a_sitting_under_or_over_a_body_outside_the_catalogue_is_that_bodys(
    tmp_path: Path, text: str, expected: tuple
) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None
    assert (found[0], found[3], found[2]) == expected
    x = extract(parsed_text(tmp_path, text))
    assert {r.requester.key for r in x.requests} == {expected[0]}


def test_the_conferences_numbered_sitting_keeps_its_number(tmp_path: Path) -> None:
    text = (
        "BALTIC FREQUENCY CONFERENCE\nSUMMARY RECORD OF THE FOURTH PLENARY MEETING\nVilnius, 9 June 2032\n\n"
        "1. The Chairman opened the fourth plenary meeting.\n"
    )
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and found[1] == 4


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("SUMMARY RECORD OF THE FIFTH PLENARY MEETING", True),
        ("Minutes of the 12th meeting", True),
        ("Third session", True),
        ("WSIS ACTION LINE C4: CAPACITY BUILDING", False),  # a subject: its facilitation meeting is named by it
        ("Facilitation Meeting", False),
        ("Annual meeting", False),
    ],
)
def test_a_line_of_a_numbered_sitting(line: str, expected: bool) -> None:
    assert _names_a_sitting(line) is expected


def test_a_facilitation_meeting_under_its_action_line_is_still_named_by_both(tmp_path: Path) -> None:
    text = (
        "WSIS ACTION LINE C4: CAPACITY BUILDING\nFacilitation Meeting\nGeneva, 4 May 2031\n\n"
        "1. The facilitation meeting reviewed the capacity building indicators.\n"
    )
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and found[0] == "wsis-action-line-c4-facilitation-meeting"

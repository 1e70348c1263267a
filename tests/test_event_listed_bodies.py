"""Events: the meetings of several bodies of one head named in the plural with a list of their codes (``the
meetings of Working Parties 5A, 5B and 5C (9-19 June)``, ``Study Groups 2, 3 and 5 had met from ...``) are one
event named with the whole list, not the first body's meeting. Bodies, codes, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract

D = date
_TITLE = "Report of the meeting of ITU-R Study Group 5, Geneva, 20-21 June 2031"


def _events(text: str) -> dict[str, date | None]:
    return {e.name: e.start for e in extract(make_report(_TITLE, text, title=_TITLE)).events}


@pytest.mark.parametrize(
    ("text", "listed", "start"),
    [
        (
            "Following the meetings of Working Parties 5A, 5B and 5C (9 – 19 June 2031), the Study Group adopted "
            "two new Recommendations.",
            "Working Parties 5A, 5B and 5C",
            D(2031, 6, 9),
        ),
        (
            "The meetings of Study Groups 2, 3 and 5 were held in Kigali from 3 to 7 March 2031.",
            "Study Groups 2, 3 and 5",
            D(2031, 3, 3),
        ),
        (
            "The Chairman recalled that Working Parties 4A, 4B, 4C and 7D had met from 12 to 23 May 2031.",
            "Working Parties 4A, 4B, 4C and 7D",
            D(2031, 5, 12),
        ),
        (
            "It was noted that Task Forces 1 and 2 met in Dakar on 4 and 5 February 2031.",
            "Task Forces 1 and 2",
            D(2031, 2, 4),
        ),
    ],
)
def test_the_meetings_of_bodies_listed_by_their_codes_are_one_event(text: str, listed: str, start: date) -> None:
    events = _events(text)
    named = {name: day for name, day in events.items() if name.endswith(listed)}
    assert list(named.values()) == [start], events


def test_the_listed_meetings_are_no_meeting_of_the_last_body_alone() -> None:
    found = {
        e.key: e.name
        for e in extract(
            make_report(_TITLE, "Study Groups 2 and 3 will meet in Lima on 4 May 2031.", title=_TITLE)
        ).events
    }
    assert found == {"study-groups-2-and-3-meeting-2031-05-04": "meetings of the Study Groups 2 and 3"}, found

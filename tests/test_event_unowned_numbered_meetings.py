"""A numbered meeting named by its ordinal alone (``The 12th meeting will take place in Oslo on 8-10
October``) in a text whose own meeting is not known: the next meeting of the body the text is of, an
event when a verb of holding to come stands between it and its dates; a past or bracketed one may be
the text's own meeting and stays out. Sentences, places and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.events import event_mentions

D = date


def _found(text: str, year: int) -> list[tuple[str, date | None, date | None]]:
    return [(m.name, m.start, m.end) for m in event_mentions(text, year)]


@pytest.mark.parametrize(
    ("text", "name", "start", "end"),
    [
        ("The 12th meeting will take place in Tromsø on 8–10 October 2031.", "12th meeting", D(2031, 10, 8),
         D(2031, 10, 10)),
        ("Members agreed that the fourth meeting will be held on 22-23 September 2033.", "4th meeting", D(2033, 9, 22),
         D(2033, 9, 23)),
        ("The seventeenth session is scheduled to be held in Windhoek from 2 to 4 June 2032.", "17th session",
         D(2032, 6, 2), D(2032, 6, 4)),
        ("The 9th meeting is planned to take place online on 14 March 2034.", "9th meeting", D(2034, 3, 14), None),
    ],
)  # fmt: skip
def test_a_numbered_meeting_to_be_held_is_an_event(text: str, name: str, start: date, end: date | None) -> None:
    assert _found(text, start.year) == [(name, start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "The 7th meeting (18 February 2030) adopted the terms of reference.",  # whose, is not said
        "The ninth meeting, held in Quito on 3 May 2031, agreed on the work plan.",  # may be the text's own
        "The 5th meeting took place in Lagos on 25-26 February 2032.",
    ],
)
def test_a_numbered_meeting_not_said_to_come_is_no_event(text: str) -> None:
    assert _found(text, 2031) == []

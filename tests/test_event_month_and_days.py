"""A meeting of a body named by its month (``before the meeting of the Group in March 2032``) and elsewhere by its
days (``at its meeting on 9 and 10 March 2032``) is one meeting, on those days (``event_merging._month_then_days``),
not a second meeting on the month's first day. Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days

D = date


@pytest.mark.parametrize(
    ("texts", "key", "days"),
    [
        (
            (
                "The Board asked the secretariat to brief delegates before the meeting of the Council Working Group on "
                "Child Online Protection in March 2032.",
                "The Group will review the draft at its meeting on 9 and 10 March 2032.",
            ),
            "cwg-cop-meeting-2032-03-09",
            (D(2032, 3, 9), D(2032, 3, 10)),
        ),
        (
            (
                "Contributions on clause 4 are invited for the Study Group 13 meeting of October 2031.",
                "The next Study Group 13 meeting (Geneva, 14-24 October 2031) will consider them for consent.",
            ),
            "itu-t-sg13-meeting-2031-10-14",
            (D(2031, 10, 14), D(2031, 10, 24)),
        ),
        (
            (
                "TDAG will meet from 16 to 19 May 2033 in Geneva.",
                "Comments are due before the TDAG meeting in May 2033.",
            ),
            "tdag-meeting-2033-05-16",
            (D(2033, 5, 16), D(2033, 5, 19)),
        ),
    ],
)
def test_a_meeting_named_by_its_month_is_the_meeting_named_by_its_days_in_that_month(
    texts: tuple[str, ...], key: str, days: tuple[date, date]
) -> None:
    found = event_days(None, *texts)
    assert found[key] == days
    assert len(found) == 1


@pytest.mark.parametrize(
    "texts",
    [
        # the days fall in another month: two meetings
        (
            "Comments are due before the TDAG meeting in May 2033.",
            "TDAG will meet from 16 to 19 June 2033 in Geneva.",
        ),
        # two meetings that month: the month names neither
        (
            "Comments are due before the TDAG meeting in May 2033.",
            "TDAG will meet from 2 to 3 May 2033 in Geneva.",
            "TDAG will meet again from 23 to 25 May 2033 in Nairobi.",
        ),
    ],
)
def test_a_meeting_named_by_its_month_stays_apart_from_days_of_another_month_or_of_two_meetings(
    texts: tuple[str, ...],
) -> None:
    found = event_days(None, *texts)
    assert "tdag-meeting-2033-05-01" in found

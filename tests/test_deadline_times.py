"""Deadlines with a time of day before the date (``by 0900 hours on Tuesday, 14 March``, ``no
later than 12:00 noon (Geneva time) on ...``), and what is due in a list item that keeps its
enumerator (``(ii) X are requested to ... by <date>``)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.dates import due_dates
from wsiskg.ingest.extract.deadlines import find_deadlines
from wsiskg.ingest.parse import enumerator_end


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Delegations should hand in their amendments by 1700 hours on Thursday, 9 October.", date(2031, 10, 9)),
        (
            "Entries must reach the Bureau no later than 12:00 noon (Geneva time) on Friday 7 March 2031.",
            date(2031, 3, 7),
        ),
        ("Send the signed form by midnight UTC on 30 June 2031.", date(2031, 6, 30)),
        ("Please register by 5 p.m. on 2 July.", date(2031, 7, 2)),
        ("Comments are due before 23:59 CET on 15 April 2031.", date(2031, 4, 15)),
        # a place's time after the hour: ``Geneva time``, ``Nairobi time``
        ("Nominations must reach the Bureau no later than 16.30 hours Nairobi time on 8 May 2031.", date(2031, 5, 8)),
        ("Replies are requested by 23:59 Buenos Aires time on 2 June 2031, in writing.", date(2031, 6, 2)),
        ("Forms should be returned by 10.00 hours local time on 3 March 2031.", date(2031, 3, 3)),
        # a part of the day before the date or after its weekday
        ("The Chair asked the editors to submit the revised draft by the morning of 4 June 2031.", date(2031, 6, 4)),
        (
            "I ask the drafting groups to complete their work by Wednesday noon, 11 June, so that the plenary can "
            "adopt the texts.",
            date(2031, 6, 11),
        ),
        ("The Chair asked the editors to reply by the evening of Monday, 9 June 2031.", date(2031, 6, 9)),
    ],
)
def test_a_time_of_day_between_the_due_word_and_the_date(text: str, due: date) -> None:
    assert [d.due for d in due_dates(text, 2031, date(2031, 1, 10))] == [due]


@pytest.mark.parametrize(
    "text",
    [
        "The session ended at 1800 hours on 4 May 2031.",  # no due word
        "The plan runs to 2030 on current funding and ends on 4 May 2031.",
    ],
)
def test_a_time_without_a_due_word_is_no_deadline(text: str) -> None:
    assert due_dates(text, 2031, date(2031, 1, 10)) == []


@pytest.mark.parametrize(
    ("text", "end"), [("(ii) ESCWA is asked", 5), ("b) the Bureau", 3), ("(12) Members", 5), ("Member States", 0)]
)
def test_enumerator_end(text: str, end: int) -> None:
    assert enumerator_end(text) == end


def test_what_is_due_in_an_enumerated_list_item() -> None:
    report = make_report("(iii) UNECE and ITU are requested to prepare a joint regional survey by 30 November 2031;")
    (d,) = find_deadlines(report, 2031)
    assert (d.due, d.subject) == (date(2031, 11, 30), "prepare a joint regional survey")

"""Deadlines written as the day something closes (``due_cues.is_closing_cue``, read by
``deadline_dates.due_dates``): ``The nomination phase will close on 12 May``, ``a written consultation closing on
30 April`` (``date_words.csv``, role ``closing``). Not an event's closing (``The Assembly will close on ...``,
``event_nouns.csv``) nor the last day of a span opened just before (``will open on 3 May 2031 and close on 9
May``). Names and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.dates import due_dates
from wsiskg.ingest.extract.deadlines import find_deadlines


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The nomination phase of the Island Innovation Awards will close on 12 May 2031.", date(2031, 5, 12)),
        ("The public vote would close on Friday, 6 June 2031.", date(2031, 6, 6)),
        ("Candidates will be chosen through an open call closing on 30 April 2031.", date(2031, 4, 30)),
        (
            "The Board consulted its members by written procedure closing on 2 March 2031, and adopted it.",
            date(2031, 3, 2),
        ),
    ],
)
def test_the_day_a_call_or_a_vote_closes_is_due(text: str, due: date) -> None:
    assert [d.due for d in due_dates(text, 2031, date(2031, 1, 10))] == [due]


@pytest.mark.parametrize(
    "text",
    [
        "The Assembly will close on 14 November 2031 with the election of the Board.",
        "The Forum closing on 9 May 2031 will adopt a declaration.",
        "The Regional Seminar will open on 3 May 2031 and close on 9 May 2031 in Apia.",
        "The doors close at 18:00.",
    ],
)
def test_an_events_closing_day_is_no_deadline(text: str) -> None:
    assert due_dates(text, 2031, date(2031, 1, 10)) == []


def test_a_closing_day_is_a_deadline_of_the_report() -> None:
    report = make_report("For the Coral Sea Symposium, the call for papers will close on 15 July 2031.", title="Letter")
    assert [d.due for d in find_deadlines(report)] == [date(2031, 7, 15)]

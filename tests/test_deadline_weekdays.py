"""A weekday named alone right after a due word (``by``, ``before``, ``no later than``: ``date_words.csv`` role
``due-weekday``) is due on its next occurrence on or after the reference day (the meeting's or the document's day):
``deadline_weekdays.weekday_dues`` through the one reader of due dates. Names and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.dates import due_dates

D = date
#: a Tuesday
TUESDAY = D(2033, 3, 15)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("I invite all participants to sign up for one of the field visits by Thursday noon.", D(2033, 3, 17)),
        ("The delegate of Chile asked the secretariat to circulate the revised text before Friday.", D(2033, 3, 18)),
        ("Delegations are asked to send their amendments no later than Monday.", D(2033, 3, 21)),
        ("Please confirm your seat at the dinner by Tuesday evening.", D(2033, 3, 15)),
    ],
)
def test_a_weekday_alone_after_a_due_word_is_its_next_day_from_the_reference(text: str, due: date) -> None:
    assert [d.due for d in due_dates(text, 2033, TUESDAY)] == [due]


@pytest.mark.parametrize(
    "text",
    [
        "The Forum opens on Wednesday and continues until Saturday.",  # a span, no due word of the weekday
        "The Chair closed the meeting on Thursday at 1730 hours.",
        "The report was adopted by the plenary on Friday.",
    ],
)
def test_a_weekday_after_no_due_word_is_no_deadline(text: str) -> None:
    assert due_dates(text, 2033, TUESDAY) == []


def test_a_weekday_before_its_date_is_read_with_the_date() -> None:
    found = due_dates("Send the slides by Thursday noon, 24 March.", 2033, TUESDAY)
    assert [d.due for d in found] == [D(2033, 3, 24)]


def test_a_weekday_alone_needs_a_reference_day() -> None:
    assert due_dates("Please register by Wednesday.", 2033, None) == []

"""Deadlines: a day joined to a due day by ``and``, ``or`` or a comma, nothing else between, is due too (one
list of deadlines: ``by 2 March and 14 August 2031 respectively``); a day brought in by more words is not.
Names and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.dates import due_dates

D = date


@pytest.mark.parametrize(
    ("text", "dues"),
    [
        (
            "Papers for the fifth and sixth meetings should reach the secretariat by 2 March and 14 August 2031 "
            "respectively.",
            [D(2031, 3, 2), D(2031, 8, 14)],
        ),
        (
            "Replies are expected no later than 4 May 2031, 9 June 2031 or 1 July 2031.",
            [D(2031, 5, 4), D(2031, 6, 9), D(2031, 7, 1)],
        ),
        ("Entries for the two rounds close before 12 April, and 30 September.", [D(2031, 4, 12), D(2031, 9, 30)]),
    ],
)
def test_days_joined_to_a_due_day_are_due(text: str, dues: list[date]) -> None:
    assert [d.due for d in due_dates(text, 2031, D(2031, 1, 10))] == dues


@pytest.mark.parametrize(
    "text",
    [
        "Comments are due by 3 May 2031, and the Group meets on 10 June 2031.",
        "Comments by 3 May and on 10 June the Group meets in Quito.",
        "The Forum will be held between 3 May and 5 May 2031.",
    ],
)
def test_a_day_brought_in_by_other_words_is_not_due(text: str) -> None:
    assert D(2031, 6, 10) not in [d.due for d in due_dates(text, 2031, D(2031, 1, 10))]
    assert D(2031, 5, 5) not in [d.due for d in due_dates(text, 2031, D(2031, 1, 10))]

"""A month named with ``this`` in a speech or a letter (``the Assembly in Nairobi this October``): the month of
the report's year, read by the tense of its clause like ``in October`` (:func:`.date_finder.bare_months`,
:func:`.event_dates.dated_by_tense`), and the event named right before it is dated by it."""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.events import event_mentions

D = date


def _found(text: str, year: int, reference: tuple[date, date]) -> dict[str, date | None]:
    return {m.name: m.start for m in event_mentions(text, year, reference=reference)}


def test_this_and_a_month_is_a_month_of_the_default_year() -> None:
    (d,) = find_dates("We look forward to meeting again this October.", 2033, months=True)
    assert (d.start, d.precision, d.year_written) == (D(2033, 10, 1), "month", False)


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Our ministers will carry this message to the Plenipotentiary Conference in Nairobi this October.",
            "Plenipotentiary Conference",
            D(2033, 10, 1),
        ),
        (
            "I urge you to bring concrete pledges to the World Radiocommunication Conference this November.",
            "World Radiocommunication Conference",
            D(2033, 11, 1),
        ),
    ],
)
def test_an_event_to_come_this_month(text: str, name: str, start: date) -> None:
    found = _found(text, 2033, (D(2033, 3, 14), D(2033, 3, 14)))
    assert [s for n, s in found.items() if n.startswith(name)] == [start]


def test_an_event_held_this_month_in_a_past_clause_stays_in_the_reports_year() -> None:
    text = "The regional seminar held in Suva this February adopted a common position on spectrum."
    found = _found(text, 2033, (D(2033, 6, 2), D(2033, 6, 2)))
    assert found.get("regional seminar") == D(2033, 2, 1)


def test_this_alone_before_a_noun_is_no_date() -> None:
    text = "The Global Symposium for Regulators this week will discuss spectrum pricing."
    assert all(s is None for s in _found(text, 2033, (D(2033, 7, 1), D(2033, 7, 1))).values())

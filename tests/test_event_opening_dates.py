"""A date that opens the clause, set off by a comma, before a named event that is the subject of a verb of
holding (``Next year, from 9 to 13 May 2032, the Fourth Conference on X (C-4) will be held in Apia``) is
that event's date; not when the verb after the name is no verb of holding (``On 12 June, the Conference
adopted``). Sentences, events and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.events import event_mentions

D = date


def _dated(text: str, year: int) -> dict[str, tuple[date | None, date | None]]:
    return {m.key: (m.start, m.end) for m in event_mentions(text, year)}


@pytest.mark.parametrize(
    ("text", "year", "name", "dates"),
    [
        (
            "Next year, from 9 to 13 May 2032, the Fourth United Nations Conference on Small Island States "
            "(SIDS-4) will be held in Apia.",
            2031,
            "Fourth United Nations Conference on Small Island States",
            (D(2032, 5, 9), D(2032, 5, 13)),
        ),
        (
            "From 3 to 7 May 2031, the Global Symposium for Regulators will take place in Lima.",
            2031,
            "Global Symposium",
            (D(2031, 5, 3), D(2031, 5, 7)),
        ),
        (
            "On 12 June 2030, the Second World Conference on Rural Broadband was held in Dakar.",
            2031,
            "Second World Conference on Rural Broadband",
            (D(2030, 6, 12), None),
        ),
    ],
)
def test_a_date_opening_the_clause_dates_the_named_event_held_after_it(
    text: str, year: int, name: str, dates: tuple[date, date | None]
) -> None:
    got = {m.name: (m.start, m.end) for m in event_mentions(text, year)}
    assert next(v for k, v in got.items() if name in k) == dates


def test_a_series_named_without_its_year_after_an_opening_date_is_that_years_edition() -> None:
    text = "From 2 to 4 May 2031, the Global Symposium for Regulators was held in Lima."
    assert _dated(text, 2031) == {"gsr-31": (D(2031, 5, 2), D(2031, 5, 4))}


def test_a_date_opening_the_clause_of_an_act_is_not_the_events() -> None:
    text = "On 12 June 2031, the Second World Conference on Rural Broadband adopted the Dakar Declaration."
    got = {m.name: (m.start, m.end) for m in event_mentions(text, 2031)}
    assert got["Second World Conference on Rural Broadband"] == (None, None)

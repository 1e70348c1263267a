"""The day something closed on is no event's start (``event_dates.neighbour_at``, ``date_words.csv`` role
``ended``): ``the first Forum, which has just closed in Lima on 2 November``, ``the open consultation will close on
20 March``. The place it closed in may stand between the verb and ``on``. Sentences, bodies and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts

from wsiskg.ingest.extract.events import event_mentions

D = date


def _dated(text: str, year: int) -> dict[str, date | None]:
    return {m.name: m.start for m in event_mentions(text, year)}


@pytest.mark.parametrize(
    "text",
    [
        "The Andean Spectrum Forum, which has just closed in Quito on 2 November, showed that dialogue works.",
        "The Andean Spectrum Forum, which closed at Cusco, Peru, on 2 November 2031, adopted its outcome.",
        "The Andean Spectrum Forum will close on 2 November 2031 with a ministerial statement.",
    ],
)
def test_the_day_an_event_closed_on_is_not_its_start(text: str) -> None:
    assert all(day != D(2031, 11, 2) for day in _dated(text, 2031).values())


def test_a_consultation_dated_only_by_its_closing_day_is_no_dated_event() -> None:
    found = event_starts("The open consultation process on rural access will close on 20 March 2032.")
    assert all(day is None for day in found.values())


def test_an_event_held_on_its_days_keeps_them() -> None:
    found = _dated("The Andean Spectrum Forum was held in Quito from 1 to 2 November 2031 and closed on time.", 2031)
    assert found.get("Andean Spectrum Forum") == D(2031, 11, 1)

"""Two events dated before them by ``preceded, on <date>, by A and by B`` are both held on that date: the first
one's name ends before ``and by`` and the event phrase after it (``event_forms._generic_pattern``), as it ends
before ``and`` and another event; a bracketed acronym among the first one's modifiers is part of its name (``the
Andean Regulators Network (ARN) meeting``). Sentences, bodies, places and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.events import find_events


def _days(text: str) -> dict[str, date | None]:
    return {e.name: e.start for e in find_events(one_section_report(text), 2031, meeting=None)}


@pytest.mark.parametrize(
    ("text", "first", "second", "day"),
    [
        (
            "The Symposium took place in Lima from 1 to 3 July 2031. It was preceded, on 30 June, by the Andean "
            "Regulators meeting and by the Global Outlook roundtable for heads of regulatory authorities.",
            "Andean Regulators meeting",
            "Global Outlook roundtable for heads of regulatory authorities",
            date(2031, 6, 30),
        ),
        (
            "The Forum will be preceded, on 3 May 2031, by a regional workshop on spectrum pricing and by a youth "
            "dialogue.",
            "regional workshop on spectrum pricing",
            "youth dialogue",
            date(2031, 5, 3),
        ),
        (
            "The Summit opened on 4 May 2031; it was preceded, on 3 May, by the Andean Regulators Network (ARN) "
            "meeting and by the Industry Dialogue on spectrum.",
            "Andean Regulators Network (ARN) meeting",
            "Industry Dialogue on spectrum",
            date(2031, 5, 3),
        ),
        (
            "The Assembly was followed, on 14 October 2031, by a national seminar on cable landing and by an "
            "industry round table.",
            "national seminar on cable landing",
            "industry round table",
            date(2031, 10, 14),
        ),
    ],
)
def test_both_events_preceding_take_the_date(text: str, first: str, second: str, day: date) -> None:
    days = _days(text)
    assert (days.get(first), days.get(second)) == (day, day)


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "The Bureau organized the Pacific Cable Alliance (PCA) workshop in Suva on 4 May 2031.",
            "Pacific Cable Alliance (PCA) workshop",
            date(2031, 5, 4),
        ),
        (
            "The Nordic Spectrum Group (NSG) seminar will take place in Oslo on 9 September 2031.",
            "Nordic Spectrum Group (NSG) seminar",
            date(2031, 9, 9),
        ),
    ],
)
def test_an_acronym_among_the_modifiers_is_part_of_the_name(text: str, name: str, day: date) -> None:
    assert _days(text).get(name) == day

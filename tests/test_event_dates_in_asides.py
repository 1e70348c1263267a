"""A date set off by commas between a verb and the event it brings in: ``UNEP will host, in Lima on 8
November, an expert meeting``, ``The Summit also hosted, on 9 May, the Ministers' Round Table``, ``will be
preceded, on 6 May, by a dialogue and by the Youth Forum``. The date stands before the name and is its date,
not one after it. Sentences, bodies and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.event_dates import dated_before
from wsiskg.ingest.extract.events import event_mentions

D = date


def _dated(text: str, year: int) -> dict[str, date | None]:
    return {m.name: m.start for m in event_mentions(text, year)}


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "The Ministry of Coastal Affairs will host, in Valparaíso on 8 November, an expert meeting on "
            "undersea cable resilience. Registration closes on 20 October.",
            "expert meeting on undersea cable resilience",
            D(2031, 11, 8),
        ),
        (
            "The Regional Office and the Academy will also organize, on 14 March, a capacity-building workshop "
            "on spectrum auctions, together with the Andean Regulators Forum.",
            "capacity-building workshop on spectrum auctions",
            D(2031, 3, 14),
        ),
        (
            "The Broadband Council convened, from 2 to 3 June 2031, a consultation on rural backhaul tariffs.",
            "consultation on rural backhaul tariffs",
            D(2031, 6, 2),
        ),
    ],
)
def test_a_generic_event_takes_the_date_set_off_before_it(text: str, name: str, day: date) -> None:
    assert _dated(text, 2031).get(name) == day


def test_a_named_event_takes_the_date_before_it_not_a_month_after_it() -> None:
    text = (
        "The Symposium also hosted, on 11 May, the UNGIS high-level meeting, chaired by Ms Ilse Varga, at which "
        "the heads of agencies agreed to report to the High-Level Political Forum in July."
    )
    assert _dated(text, 2032).get("UNGIS high-level meeting") == D(2032, 5, 11)


def test_the_second_of_two_events_brought_in_by_by_takes_the_date() -> None:
    text = (
        'The meeting will be preceded, on 5 October, by a tutorial and by the Forum on "Digital twins for '
        'harbours", organized with the Port Cities Alliance.'
    )
    assert _dated(text, 2033).get('Forum on "Digital twins for harbours"') == D(2033, 10, 5)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no comma after the verb: no aside, the date is not set off before the event
        ("The Bureau held on 4 May consultations with the regional groups.", "consultations"),
        # a due date before the object, not a verb of holding
        ("Members are invited to submit, by 4 May, a contribution to the workshop.", "contribution"),
        # no verb of holding: the date is when it was noted, not the event's
        ("The Secretariat noted, on 4 May, the expert meeting on cable resilience.", "expert meeting"),
    ],
)
def test_no_date_without_a_verb_of_holding_and_its_aside(text: str, name: str) -> None:
    assert dated_before(text, text.index(name), find_dates(text, 2031)) is None

"""Two events held together share their dates (``event_joint_dates.joint_dates``, ``date_words.csv`` role
``joint``): an event without days of its own, joined by ``together with`` / ``jointly with`` to an event of its
sentence that has them, takes that event's days, whichever is named first. Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts

D = date


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "The twelfth NORIM will be held in Tromsø, Norway, from 4 to 6 May 2031, together with the Nordic "
            "Data Economy Symposium.",
            "Nordic Data Economy Symposium",
            D(2031, 5, 4),
        ),
        (
            "The Bureau was invited to organize the Pacific Resilience Summit 2032 jointly with the Ocean "
            "Connectivity Forum in Suva, 7–9 September 2032.",
            "Pacific Resilience Summit 2032",
            D(2032, 9, 7),
        ),
        (
            "The regional review meeting took place in Almaty on 12 and 13 March 2030, jointly with the Central "
            "Asian Broadband Conference.",
            "Central Asian Broadband Conference",
            D(2030, 3, 12),
        ),
    ],
)
def test_an_undated_event_held_together_with_a_dated_one_takes_its_days(text: str, name: str, day: date) -> None:
    assert event_starts(text).get(name) == day


def test_an_event_with_its_own_days_keeps_them() -> None:
    found = event_starts(
        "The Andean Spectrum Conference was held in Quito on 2 and 3 June 2031, together with the Andean Data "
        "Symposium on 4 June 2031."
    )
    assert found.get("Andean Data Symposium") == D(2031, 6, 4)


def test_a_partner_body_is_no_event_to_date() -> None:
    found = event_starts(
        "The Office organized, jointly with the Caribbean Telecommunications Authority, a workshop on rural "
        "access in Castries on 8 May 2031."
    )
    assert found.get("workshop on rural access") == D(2031, 5, 8)
    assert "Caribbean Telecommunications Authority" not in found

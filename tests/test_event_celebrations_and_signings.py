"""Events: a celebration and a signing with their own dates are events (``generic-events.csv``: `celebration`,
`signing`, column `alone` = `dated`, their topic after `of`); named without a date of their own they are none
(decision 8: a dated ceremony is an event). Sentences, bodies and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts as _events

D = date


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "The 150th anniversary celebration took place on 17 May 2015 in Geneva.",
            "150th anniversary celebration",
            D(2015, 5, 17),
        ),
        (
            "The Minister attended the 60th anniversary celebration of the Agency on 3 March 2031.",
            "60th anniversary celebration of the Agency",
            D(2031, 3, 3),
        ),
        ("The jubilee celebrations were held on 8 September 2031.", "jubilee celebration", D(2031, 9, 8)),
        (
            "The Union will hold a celebration of its 175th anniversary in Paris on 17 May 2040.",
            "celebration of its 175th anniversary",
            D(2040, 5, 17),
        ),
        ("The signing of the Final Acts took place on 14 November 2031.", "signing of the Final Acts", D(2031, 11, 14)),
        (
            "The signing of the Final Acts will take place on 20 October 2030 in Doha.",
            "signing of the Final Acts",
            D(2030, 10, 20),
        ),
        (
            "The signing of the Memorandum of Understanding took place in Nairobi on 3 March 2031.",
            "signing of the Memorandum of Understanding",
            D(2031, 3, 3),
        ),
    ],
)
def test_a_celebration_or_a_signing_with_its_own_date_is_an_event(sentence: str, name: str, day: date) -> None:
    assert _events("The Forum opened in Norland.", sentence).get(name) == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegations welcomed the signing of the agreement.",
        "The Council noted the celebration of the Day by many Member States.",
        "Members looked forward to the anniversary celebrations.",
    ],
)
def test_an_undated_celebration_or_signing_is_no_event(sentence: str) -> None:
    assert not [n for n in _events("The Forum opened in Norland.", sentence) if "celebration" in n or "signing" in n]


def test_the_day_a_celebration_is_of_takes_none_of_its_dates() -> None:
    events = _events("The celebration of World Telecommunication Day 2031 took place in Lima on 17 May 2031.")
    assert events.get("celebration of World Telecommunication Day 2031") == D(2031, 5, 17)
    assert events.get("World Telecommunication Day 2031", "absent") is None

"""An event's own dates in a bracket opened after its place (``The Board, at its meeting in Geneva (3–14
December 2031), considered ...``): the place and the bracket stand between the name and its dates
(``event_dates._own_dates_gap``), as a bracket right after the name does. Bodies, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days

D = date


@pytest.mark.parametrize(
    ("text", "key", "days"),
    [
        (
            "The Radio Regulations Board, at its meeting in Geneva (3–14 December 2031), considered the requests.",
            "radio-regulations-board-meeting-2031-12-03",
            (D(2031, 12, 3), D(2031, 12, 14)),
        ),
        (
            "Participants recalled the Andean Spectrum Seminar in Quito (from 9 to 11 March 2032) and its conclusions.",
            "andean-spectrum-seminar-2032",
            (D(2032, 3, 9), D(2032, 3, 11)),
        ),
        (
            "The Regional Expert Group, at its meeting in Lima, Peru (4-6 May 2033), agreed on the guidelines.",
            "regional-expert-group-meeting-2033-05-04",
            (D(2033, 5, 4), D(2033, 5, 6)),
        ),
    ],
)
def test_dates_in_a_bracket_after_the_place_are_the_events(text: str, key: str, days: tuple[date, date]) -> None:
    assert event_days("Note by the Secretariat", text).get(key) == days


def test_a_bracket_of_another_thing_after_the_place_dates_nothing() -> None:
    found = event_days(
        "Note by the Secretariat",
        "The Regional Expert Group, at its meeting in Lima (see Document 12, issued on 4 May 2033), agreed.",
    )
    assert (D(2033, 5, 4), None) not in found.values()

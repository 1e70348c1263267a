"""A forum's track named by the lower-case noun after an article (``generic-events.csv``, ``track``, column ``alone``
``dated``): ``with the High-Level Track on 4 and 5 May`` is an event on its own days, as ``a High-Level Track`` and
``the Ministerial Segment`` were; undated (``take part in the high-level track``, ``co-organize its skills track``)
it names no event. Sentences, forums, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts as _events

D = date


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "The Andes Digital Week 2031 will be held in Quito from 3 to 7 March 2031, with the High-Level Track "
            "on 4 and 5 March.",
            "High-Level Track",
            D(2031, 3, 4),
        ),
        (
            "The Forum will run as a series of online sessions between 2032-02-02 and 2032-04-30, with the "
            "Ministerial Track on 20 and 21 April.",
            "Ministerial Track",
            D(2032, 4, 20),
        ),
        (
            "The Baltic Connectivity Forum 2030 opened in Riga on 9 September 2030, with the youth track on "
            "8 September.",
            "youth track",
            D(2030, 9, 8),
        ),
    ],
)
def test_a_track_dated_by_its_own_days_is_an_event(sentence: str, name: str, day: date) -> None:
    assert _events(sentence).get(name) == day


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chair recalled that the Caribbean Data Forum 2031 would meet in Bridgetown from 2 to 6 June 2031 and "
        "invited delegations to take part in the high-level track.",
        "Ghana informs that the Volta Digital Forum will be held in Accra on 9-10 October 2031, and encourages the "
        "regional office to co-organize its skills track.",
        "The Secretariat said the work on the new platform was on track.",
    ],
)
def test_an_undated_track_names_no_event(sentence: str) -> None:
    assert not any("track" in name.lower() for name in _events(sentence))

"""A chair's or an organiser's aside between an event's name and its verb of holding may write an honorific or an
initial with a dot (``event_dates._own_dates_gap``): ``chaired by H.E. Mr X``, ``moderated by Ms K. Obi``. Sentences
are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "The High-Level Policy Session chaired by H.E. Mr Karim Bensaid-Ouali, Minister of Digital Affairs, is "
            "scheduled for the morning of 14 June 2031.",
            "High-Level Policy Session",
            date(2031, 6, 14),
        ),
        (
            "The Ministerial Policy Session, moderated by Ms K. Ruiz-Tapia (Peru), will be held in Lima on 6 May 2032.",
            "Ministerial Policy Session",
            date(2032, 5, 6),
        ),
        (
            "The Interactive Session on Cable Security, chaired by H.E. Ms Losana T. Vuniwaqa, will take place in Suva "
            "on 2 March 2030.",
            "Interactive Session on Cable Security",
            date(2030, 3, 2),
        ),
    ],
)
def test_an_aside_with_a_dotted_honorific_or_initial_keeps_the_events_own_dates(text, name, day):
    assert event_starts(text).get(name) == day

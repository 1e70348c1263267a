"""A start-up competition's pitching rounds and sessions, and a forum's Day 0, are events (``generic-events.csv``:
``pitching round``, ``pitching session``, ``day 0``), so a plural of them held in several places is one event per
place with its own days (``event_forms._listed_items``), as regional workshops were. Names, places and dates are our
own."""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.event_prose import event_mentions

D = date


@pytest.mark.parametrize(
    "text",
    [
        "The jury reviewed the start-ups chosen at the regional pitching rounds held in Accra (4-5 March), Quito"
        " (19 March) and Hanoi (1-2 April).",
        "The regional pitching rounds were held in Accra on 4-5 March, in Quito on 19 March and in Hanoi on 1-2 April.",
    ],
)
def test_pitching_rounds_held_in_several_places_are_one_event_a_place(text: str) -> None:
    found = sorted((m.start, m.end, m.name) for m in event_mentions(text, 2032))
    assert [(s, e) for s, e, _ in found] == [
        (D(2032, 3, 4), D(2032, 3, 5)),
        (D(2032, 3, 19), None),
        (D(2032, 4, 1), D(2032, 4, 2)),
    ]
    assert [n.split()[-1] for *_, n in found] == ["Accra", "Quito", "Hanoi"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A pitching session for young innovators will be held in Kigali on 4 June.", D(2032, 6, 4)),
        ("The Innovation Challenge's final pitching round took place online on 12 November.", D(2032, 11, 12)),
    ],
)
def test_a_pitching_session_or_round_with_its_day_is_an_event(text: str, day: date) -> None:
    (m,) = event_mentions(text, 2032)
    assert m.start == day and "pitching" in m.name


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Lakes Data Forum will be held in Kisumu from 4 to 7 May 2032, with a Day 0 on 3 May.", D(2032, 5, 3)),
        ("The Symposium opens on 9 June, after a Day 0 on 8 June for the regional associations.", D(2032, 6, 8)),
    ],
)
def test_a_forums_day_0_with_its_day_is_an_event(text: str, day: date) -> None:
    """``generic-events.csv``: ``Day 0``, the day of events a forum holds before it opens."""
    assert [m.start for m in event_mentions(text, 2032) if m.name == "Day 0"] == [day]

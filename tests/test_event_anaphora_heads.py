"""A definite event noun alone (``the Conference``, ``the Forum``) names again the last event named before it whose
name that noun heads (``event_forms.resolve_anaphora``, ``_headed_by``): not one where it only qualifies
another event noun (``the Conference Preparatory Meeting`` is a meeting), so ``its first session be held
immediately after the Conference, on 7 July`` dates the session. Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.event_forms import _headed_by
from wsiskg.ingest.extract.events import event_mentions

D = date


@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        (
            "The Assembly took note of the request of the Conference Preparatory Meeting (CPM) that its first "
            "session be held immediately after the Conference, on 7 July 2031.",
            "cpm-1",
            D(2031, 7, 7),
        ),
        (
            "The Andean Conference Preparatory Meeting (ACPM) asked that its second session be held immediately "
            "after the Conference, on 4 May 2031.",
            "cpm-2",
            D(2031, 5, 4),
        ),
        (
            "The Summit Organizing Group will hold its third session shortly after the Summit, on 3 October 2031.",
            "summit-organizing-group-3",
            D(2031, 10, 3),
        ),
    ],
)
def test_a_noun_that_only_qualifies_an_earlier_name_does_not_name_it_again(text: str, key: str, day: date) -> None:
    assert day in [m.start for m in event_mentions(text, 2031) if m.key == key]


@pytest.mark.parametrize(
    ("name", "noun", "heads"),
    [
        ("WSIS Forum 2031", "Forum", True),
        ("Global Symposium for Regulators", "Symposium", True),
        ("World Conference on International Telecommunications", "Conference", True),
        ("Conference Preparatory Meeting", "Conference", False),
        ("3rd session of the Summit Organizing Group", "Summit", False),
        ("open consultation on the review", "consultation", True),
        ("expert meeting on the preparation of the Summit", "meeting", True),
    ],
)
def test_the_noun_that_heads_a_name(name: str, noun: str, heads: bool) -> None:
    assert _headed_by(name, noun) is heads

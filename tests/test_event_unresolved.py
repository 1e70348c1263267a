"""A definite generic event of two words or more that names no event before it (``the open consultations held on
25 May``) is the event its own day makes (:mod:`wsiskg.ingest.extract.event_unresolved`); one that names an event
before it stays that event, one without a day of its own (a bare ``on``, a date further in its clause) names none.
Sentences, bodies, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts as _events

D = date


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "The Steering Board met in Tunis on 8 and 9 October 2030, following the open consultations held on "
            "7 October.",
            "open consultations",
            D(2030, 10, 7),
        ),
        (
            "The delegations of Mongolia and Nepal thanked the Chair for the report on the open consultation held "
            "from 2 March to 30 April 2031 on rural backhaul.",
            "open consultation",
            D(2031, 3, 2),
        ),
        (
            "Ms Lindqvist recalled that the facilitation meeting held in Vienna on 12 June 2029 had endorsed the "
            "road map.",
            "facilitation meeting",
            D(2029, 6, 12),
        ),
    ],
)
def test_a_compound_generic_event_with_its_own_day_is_an_event(sentence: str, name: str, day: date) -> None:
    found = {n.lower(): d for n, d in _events(sentence).items()}
    assert any(n.startswith(name[:-1]) and d == day for n, d in found.items()), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The consultation meeting was convened by the Division in preparation for the Andes Digital Forum 2031 "
        "(Quito, 16 May 2031).",
        "The Secretariat will report to the joint meeting on 4 May 2030.",
        "The workshop held in Suva on 3 April 2031 closed with a call to action.",
    ],
)
def test_no_compound_generic_event_without_a_day_of_its_own(sentence: str) -> None:
    names = [n.lower() for n in _events(sentence)]
    assert not any(n.startswith(("consultation meeting", "joint meeting", "workshop")) for n in names), names


def test_an_event_named_before_in_its_paragraph_keeps_the_anaphor() -> None:
    found = _events(
        "The Caribbean Digital Forum launched an open consultation on spectrum pricing; the open consultation held "
        "on 3 May 2031 drew forty replies."
    )
    assert "open consultation" not in found, found

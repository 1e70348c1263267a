"""A summit named by the lower-case noun or a name the named readers leave undated (``generic-events.csv``, a noun
that is no event alone): ``the United Nations summit in Lisbon on ...``, ``a regional summit on digital skills was
held ...``: a generic event, named with its modifiers and topic and dated by its own dates (a place, a bracket, a
verb of holding); ``the Summit`` alone is the summit named before, and a date far after a summit's name in its
clause is not its own. Sentences, bodies, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts as _events

D = date


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "The Ministry will host the Pacific ministerial summit on cloud services in Apia from 2 to 3 June 2031.",
            "Pacific ministerial summit on cloud services",
            D(2031, 6, 2),
        ),
        (
            "The goals will be adopted at the United Nations summit in Lisbon on 14–16 September 2031.",
            "United Nations summit",
            D(2031, 9, 14),
        ),
        (
            "A regional summit on digital skills was held in Accra on 4 May 2031.",
            "regional summit on digital skills",
            D(2031, 5, 4),
        ),
        (
            "In September, the United Nations Summit on the ocean agenda, in Lisbon from 14 to 16 September 2031, "
            "will adopt the targets.",
            "United Nations Summit on the ocean agenda",
            D(2031, 9, 14),
        ),
    ],
)
def test_a_summit_named_by_the_lower_case_noun_is_dated_by_its_own_dates(sentence: str, name: str, day: date) -> None:
    assert _events("The Council met in Geneva.", sentence).get(name) == day


def test_the_summit_alone_is_the_summit_named_before() -> None:
    found = _events(
        "The Highland Summit on Connectivity was held in Tarn on 3-4 May 2031.",
        "The Summit adopted a declaration on rural broadband.",
    )
    assert found == {"Highland Summit on Connectivity": D(2031, 5, 3)}


def test_a_date_that_is_not_the_summit_s_own_does_not_date_it() -> None:
    found = _events(
        'The Commission turned to item 3, "Progress in the outcomes of the World Summit on the Information Society '
        'at the regional levels", on the afternoon of Tuesday, 10 May 2031.'
    )
    assert D(2031, 5, 10) not in {day for name, day in found.items() if "Summit" in name}


def test_a_summit_inside_another_event_s_name_is_no_event_undated() -> None:
    found = _events(
        "The Andean Regional Review Meeting on the implementation of the World Summit on the Information Society "
        "outcomes was organized by the Commission in Quito."
    )
    assert not [name for name in found if name.startswith("World Summit")]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The next summit will be held in Maseru on 9 March 2032.", D(2032, 3, 9)),
        (
            "The ministers asked that the plan be put to the Heads of State at their next summit, in Lome on 4 and 5 "
            "May 2032.",
            D(2032, 5, 4),
        ),
    ],
)
def test_the_next_summit_with_its_own_dates_is_an_event(sentence: str, day: date) -> None:
    assert _events("The ministers met in Dakar.", sentence).get("next summit") == day


def test_the_next_summit_without_its_own_dates_is_no_event() -> None:
    found = _events("The ministers met in Dakar.", "The Heads of State will consider it at their next summit.")
    assert "next summit" not in found

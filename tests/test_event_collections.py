"""A collection of data named as an event (``event_collections.a_collection``): a word of gathering data before
``exercise`` or ``review`` is no event, as a survey is none (decision 13); a sitting on it, or a drill, stays one.
Sentences are our own."""

from __future__ import annotations

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.event_collections import a_collection
from wsiskg.ingest.extract.events import find_events


def _names(*texts: str) -> list[str]:
    return [e.name for e in find_events(make_report(*texts), 2031)]


@pytest.mark.parametrize(
    "text",
    [
        "The regional stocktaking exercise was launched by a circular letter on 3 February 2031.",
        "The Authority carried out a national spectrum mapping exercise in March 2031.",
        "Members are invited to contribute to the annual data collection exercise on ICT prices from 2 to 30 May 2031.",
        "The Bureau will conduct an inventory exercise of rural access projects in June 2031.",
    ],
)
def test_a_collection_of_data_is_no_event(text: str) -> None:
    names = _names(text)
    assert not any("exercise" in n.lower() for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A stocktaking workshop was held in Lusaka on 4 May 2031.", "stocktaking workshop"),
        ("The national cyber drill exercise took place in Suva on 12 June 2031.", "exercise"),
        ("A tabletop simulation exercise was held in Apia on 9 September 2031.", "simulation exercise"),
    ],
)
def test_a_sitting_or_a_drill_stays_an_event(text: str, name: str) -> None:
    names = _names(text)
    assert any(name in n.lower() for n in names), names


@pytest.mark.parametrize(
    ("name", "collects"),
    [
        ("WSIS Stocktaking exercise", True),
        ("data-collection exercises", True),
        ("benchmarking review of tariffs", True),
        ("mapping of community networks", False),
        ("stocktaking meeting", False),
        ("joint simulation exercise for the region", False),
    ],
)
def test_the_word_before_the_noun_says_whether_a_name_is_a_collection(name: str, collects: bool) -> None:
    assert a_collection(name) is collects

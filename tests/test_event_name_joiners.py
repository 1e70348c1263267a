"""An event's name read by its form joins its capitalised words by a name's joiners, the one list of
``small-words.csv`` and ``body-connectors.csv`` (:func:`wsiskg.ingest.extract.casing.joiner_alternation`):
``to``, another language's ``des``, ``the`` inside a topic. Invented names."""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.event_forms import named_dated_mentions, named_undated_mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Conference on the Réseau des Villes Numériques (Dakar, 5-6 May 2033) agreed",
         "Conference on the Réseau des Villes Numériques"),
        ("the Forum on Transition to Digital Broadcasting, held on 3 June 2032, agreed",
         "Forum on Transition to Digital Broadcasting"),
        ("the Summit on Data for the Pacific in Suva on 4 May 2031 agreed", "Summit on Data for the Pacific"),
    ],
)  # fmt: skip
def test_a_dated_events_topic_joined_by_a_names_joiners(text: str, name: str) -> None:
    assert [m.name for m in named_dated_mentions(text, find_dates(text))] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They attended the World Summit on Access to Open Data.", "World Summit on Access to Open Data"),
        ("They attended the World Conference on Links to Island Schools.",
         "World Conference on Links to Island Schools"),
        ("They attended the World Symposium on Rights of the Child.", "World Symposium on Rights of the Child"),
    ],
)  # fmt: skip
def test_an_undated_events_topic_joined_by_a_names_joiners(text: str, name: str) -> None:
    assert [m.name for m in named_undated_mentions(text, find_dates(text), [])] == [name]

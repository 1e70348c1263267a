"""The head nouns of bodies and of events (``ingest/data/body-heads.csv``), read by one loader
(:func:`~wsiskg.ingest.extract.gazetteer.body_heads` and its two views): the event readers once read the
file themselves (in the file's order, as dictionaries), the body, person and request readers took the
last words of the heads each in its own copy. Pinned: every view holds the same heads, in one order,
a body head is never an event head (decision 26: an edition of a forum is an event), and the event
readers' patterns match the body heads the one list gives, across a line break too."""

from __future__ import annotations

import re

import pytest

from wsiskg.ingest.extract import event_forms, event_met
from wsiskg.ingest.extract.gazetteer import body_head_nouns, body_heads, event_head_nouns, head_last_words
from wsiskg.ingest.extract.person_posts import unit_heads
from wsiskg.ingest.tables import data_rows


def test_the_views_partition_the_file_multi_word_heads_first() -> None:
    rows = data_rows("body-heads.csv")
    assert set(body_head_nouns()) == {r["head"] for r in rows if r["category"] == "body"}
    assert set(event_head_nouns()) == {r["head"] for r in rows if r["category"] == "event"}
    assert not set(body_head_nouns()) & set(event_head_nouns())
    words = [len(h.split()) for h in body_head_nouns()]
    assert words == sorted(words, reverse=True)  # the order of body_heads(), not the file's
    assert [h for h, _, c in body_heads() if c == "body"] == list(body_head_nouns())


def test_last_words_by_category() -> None:
    assert {"Group", "Committee", "Party"} <= head_last_words("body")
    assert "Forum" in head_last_words("event") and "Forum" not in head_last_words("body")
    assert head_last_words() == head_last_words("body") | head_last_words("event")
    assert unit_heads() == {w.lower() for w in head_last_words("body")}


@pytest.mark.parametrize(
    "name",
    ["Working Group", "Working\nParty", "Study  Group", "Expert Group"],
)
def test_the_event_readers_heads_are_the_one_lists(name: str) -> None:
    assert re.fullmatch(event_forms.body_heads(), name)
    assert not re.fullmatch(event_forms.body_heads(), "Forum")  # an event's head, not a body's


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The Lagoon Fisheries Working Party met in Suva on 3 May 2031.", "Lagoon Fisheries Working Party"),
        ("When Study Group 41 met in Quito from 2 to 6 June 2031, it agreed.", "Study Group 41"),
        ("The Expert Group on Tidal Data met on 9 October 2031.", "Expert Group on Tidal Data"),
    ],
)
def test_a_body_that_met_is_named_by_a_head_of_the_one_list(sentence: str, body: str) -> None:
    m = event_met._met_pattern().search(sentence)
    assert m is not None
    assert (m.group("name") or m.group("name2")).strip() == body

"""The event and meeting vocabulary read by one loader each (:mod:`wsiskg.ingest.extract.meeting_words`,
:func:`wsiskg.ingest.extract.dates.date_words`): the event readers, the request readers, the authors'
reader and the heading reader each once read ``event_nouns.csv``, ``event_modifiers.csv``,
``meeting_words.csv`` or ``date_words.csv`` in a copy of their own. Pinned where the copies differed
in form: the kind of an event noun in capitals or in the plural, a modifier in any case, the words
of a role in the file's order."""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract.dates import adjacent_words, date_words, held_words
from wsiskg.ingest.extract.event_dates import generic_event_nouns, role_phrases
from wsiskg.ingest.extract.meeting_words import (
    event_modifiers,
    event_noun_kind,
    event_nouns,
    is_modifier,
    meeting_words,
)
from wsiskg.ingest.tables import data_rows


@pytest.mark.parametrize(
    ("noun", "kind"),
    [("WORKSHOPS", "event"), ("Summits", "conference"), ("forum", "forum"), ("Banquet", "event")],
)
def test_the_kind_of_an_event_noun_in_any_case_and_number(noun: str, kind: str) -> None:
    assert event_noun_kind(noun) == kind


def test_one_list_of_event_nouns() -> None:
    assert event_nouns() == {r["noun"]: r["kind"] for r in data_rows("event_nouns.csv")}


@pytest.mark.parametrize("word", ["Plenary", "PLENARY", "plenary", "Opening"])
def test_a_modifier_in_any_case(word: str) -> None:
    assert is_modifier(word)
    assert word.casefold() in event_modifiers()


@pytest.mark.parametrize("word", ["Lagoon", "QUARRY", "tidal"])
def test_a_name_word_is_no_modifier(word: str) -> None:
    assert not is_modifier(word)


@pytest.mark.parametrize("role", ["mode", "group", "other", "committee"])
def test_a_roles_words_are_the_files_in_order(role: str) -> None:
    rows = [r for r in data_rows("meeting_words.csv") if r["role"] == role]
    assert list(meeting_words(role)) == list(dict.fromkeys(r["word"] for r in rows))


@pytest.mark.parametrize("role", ["held", "adjacent", "times", "hold", "plan"])
def test_date_words_by_role(role: str) -> None:
    assert date_words(role) == tuple(r["word"] for r in data_rows("date_words.csv") if r["role"] == role)
    assert held_words() == date_words("held") and adjacent_words() == date_words("adjacent")


def test_role_phrases_and_generic_event_nouns_are_read_once() -> None:
    assert role_phrases() == tuple(r["phrase"] for r in data_rows("role-verbs.csv"))
    assert generic_event_nouns() == tuple(r["noun"] for r in data_rows("generic-events.csv"))
    assert {"chaired by", "moderated by"} <= set(role_phrases())
    assert "workshop" in generic_event_nouns()

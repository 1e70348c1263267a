"""The meeting extractor's vocabulary (``ingest/data/meeting_words.csv``): modes, attendance
qualifiers, attendee nouns, series and occasion words, committee nouns, other-meeting words,
dateline labels ... by role, and one regex alternation of a role's words; and the bodies that
number their meetings within each session (``ingest/data/session-numbering.csv``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


# -------------------------------------------------------------------------- meeting
@cache
def meeting_words(role: str) -> dict[str, str]:
    return {r["word"]: r["value"] for r in data_rows("meeting_words.csv") if r["role"] == role}


@cache
def record_words_only(text: str) -> bool:
    """``text`` is only a record's words (``HIGHLIGHTS``, ``Summary report``, ``Outcome``; role ``record-word``)."""
    words = word_alternation(meeting_words("record-word"))
    return re.fullmatch(rf"(?i:(?:{words})(?:\s+(?:{words}))*)", text) is not None


@cache
def event_nouns() -> dict[str, str]:
    """The nouns that head an event's name and the kind of event each names (``event_nouns.csv``:
    ``Workshop`` -> ``workshop``, ``Summit`` -> ``conference``)."""
    return {r["noun"]: r["kind"] for r in data_rows("event_nouns.csv")}


@cache
def _event_kinds() -> dict[str, str]:
    return {noun.lower(): kind for noun, kind in event_nouns().items()}


def event_noun_kind(noun: str) -> str:
    """The kind of event a noun of :func:`event_nouns` names, in any case, in the plural too
    (``WORKSHOPS`` -> ``workshop``); ``event`` for another word."""
    return _event_kinds().get(noun.lower().rstrip("s"), "event")


@cache
def event_modifiers() -> frozenset[str]:
    """Words that do not name an event with an event noun alone (``Annual Meeting``, ``Plenary Session``):
    ``event_modifiers.csv``, case-folded."""
    return frozenset(r["word"].casefold() for r in data_rows("event_modifiers.csv"))


@cache
def qualifying_modifiers() -> frozenset[str]:
    """The modifiers that make a meeting or a session one of its own (``event_modifiers.csv``, column ``qualifies``,
    case-folded: ``a national meeting in Lima on 3 May``, not ``the virtual meeting on 3 May``; a ``Regional`` or
    ``High-Level`` forum is a meeting, no forum of industry)."""
    return frozenset(r["word"].casefold() for r in data_rows("event_modifiers.csv") if r["qualifies"] == "yes")


def is_modifier(word: str) -> bool:
    """Whether ``word`` only qualifies an event (``event_modifiers.csv``: ``Opening``, ``Virtual``), in any case."""
    return word.casefold() in event_modifiers()


def own_kind_of(key: str) -> str | None:
    """The kind of its own a meeting's key names (``wsis-action-line-c3-facilitation-meeting``: ``facilitation``;
    ``meeting_words.csv``, role ``own-kind``), else ``None``."""
    return next((k for k in meeting_words("own-kind") if key.endswith(f"-{slug(k)}-meeting")), None)


def word_alternation(words: Iterable[str]) -> str:
    return alternation(words, spaces=True)


# -------------------------------------------------------------------------- session numbering
@cache
def _session_numbering() -> tuple[frozenset[str], frozenset[str]]:
    """``(kinds, key words)`` of ``session-numbering.csv``."""
    rows = data_rows("session-numbering.csv")
    return (
        frozenset(r["value"] for r in rows if r["match"] == "kind"),
        frozenset(r["value"] for r in rows if r["match"] == "key-word"),
    )


def numbered_per_session(body: str, kind: str | None) -> bool:
    """Whether the body keyed ``body`` (of catalogue ``kind``) numbers its meetings within each
    session (the 4th plenary meeting of Council 2016, the 96th plenary meeting of the General
    Assembly's seventieth session): a kind or a word of its key in ``session-numbering.csv``."""
    kinds, words = _session_numbering()
    return kind in kinds or bool(words & set(body.split("-")))

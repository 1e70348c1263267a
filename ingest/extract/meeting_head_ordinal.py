"""The lead's ordinal of the report's own meeting named by its body's head noun (``The sixth meeting of the Focus
Group was opened by its Chair`` under ``X Focus Group on Y``): the noun that heads the name of the meeting's body,
when it is a group noun (``meeting_words.csv``, role ``group``), after ``of the`` and up to two capitalised words,
the name ending there (not ``the 12th meeting of the Working Group on Z``, another group's; not ``of the Group (ZG)``).
Two kinds of evidence: the noun is the own body's head, and the ordinal numbers a meeting of it in the lead."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.text import alternation

from .body_names import BodyName, head_of
from .gazetteer import determiner_alternation, preposition_alternation
from .meeting import meeting_words, ordinal_regex


def head_ordinal(names: tuple[BodyName, ...], key: str) -> re.Pattern[str] | None:
    """The pattern of the meeting of the body keyed ``key`` named by its head noun (see the module), else ``None``."""
    # a name outside the catalogue: its key's words (``x-focus-group-on-y``)
    name = next((n.name for n in names if n.key == key), None) or " ".join(w.capitalize() for w in key.split("-"))
    head = head_of(name)
    noun = head[0].split()[-1] if head is not None and head[2] == "body" else None
    return _pattern(noun) if noun and noun.casefold() in _group_nouns() else None


@cache
def _group_nouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in meeting_words("group"))


@cache
def _pattern(noun: str) -> re.Pattern[str]:
    nouns = alternation([*meeting_words("meeting-noun"), "session"])
    return re.compile(
        rf"\b(?i:{determiner_alternation('ordinal')})\s+(?P<num>(?i:{ordinal_regex()}))\s+(?i:{nouns})\s+of\s+the\s+"
        rf"(?:[A-Z][\w-]*\s+){{0,2}}{re.escape(noun)}\b"
        rf"(?!\s+(?:{preposition_alternation('name')})\b|\s*\(|\s+[A-Z]|-)"
    )

"""The pieces the event forms share (:mod:`.event_forms`): a capitalised name's words (:data:`CAP`,
:data:`QUOTED_CAP`, :data:`NAME_WORD`, :func:`noun_alt`, :func:`heads_name`), a body's head nouns
(:func:`body_heads`), a numbered meeting's key (:func:`numbered_mention`), a mention dated by its dates
(:func:`dated_by`), and the generic nouns that never stand alone and the modes of a meeting.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from itertools import dropwhile

from wsiskg.ingest.extract.dates import DateSpan, month_end
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.gazetteer import body_head_nouns, prepositions
from wsiskg.ingest.extract.keys import numbered_key
from wsiskg.ingest.extract.meeting_words import event_nouns, meeting_words
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import PrefixTree, alternation, ordinal_suffix, spaced_char


@cache
def _not_alone() -> frozenset[str]:
    """Generic nouns that name an event only with a modifier or a topic and only when dated by
    their own dates (column ``alone``: ``the meeting`` alone is the report's own or any meeting;
    ``a regional meeting for Africa, held in Accra on 2-4 May`` is one; ``dated``: the same, and never
    an event undated, :func:`_dated_only`)."""
    return frozenset(r["noun"] for r in data_rows("generic-events.csv") if r["alone"] in ("no", "dated"))


@cache
def _modes() -> frozenset[str]:
    """How a meeting is held (``ingest/data/meeting_words.csv``, role ``mode``: ``virtual``, ``online``)."""
    return frozenset(word.casefold() for word in meeting_words("mode"))


@cache
def _party_before() -> re.Pattern[str]:
    """Words right before a name that make it a party to what is done, a body, not an occasion
    (``event_verbs.csv``, voice ``party``: ``liaise with``, ``a liaison statement to``, ``members of``)."""
    words = [r["word"] for r in data_rows("event_verbs.csv") if r["voice"] == "party"]
    return re.compile(rf"\b(?:{alternation(words, spaces=True)})\s+(?:the\s+)?$", re.IGNORECASE)


def named_as_party(text: str, start: int) -> bool:
    """Whether the name at ``start`` is named as a party (:func:`_party_before`: ``liaise with the Cable
    Forum (CF)``, ``approved by the Federal Assembly``): a body that holds meetings, no event itself."""
    return _party_before().search(text, max(0, start - 50), start) is not None


def noun_alt() -> str:
    return alternation(event_nouns(), each=str)


#: a capitalised word of a name; an acronym may end in a dotted Roman number (``PCC.II``, ``CCP.I``)
CAP = r"[A-Z][\w’'&/\-+]*(?:(?<=[A-Z])\.[IVX]{1,3}\b(?!\.\w))?"


#: a capitalised title in quotes, one word of a name (``the "Connect Andes" Summit``, ``the 'Open Data' Week``): in
#: double quotes, or in single ones that no letter touches outside (an apostrophe opens or closes none)
QUOTED_CAP = r"(?:[\"“][A-Z][^\"“”\n]{0,80}?[\"”]|(?<![\w’'])[‘'][A-Z][^‘’'\n]{0,80}?[’'](?![\w’']))"


#: a word of a capitalised name: a capitalised word or a quoted title
NAME_WORD = rf"(?:{QUOTED_CAP}|{CAP})"


def heads_name(words: list[str], noun: str) -> bool:
    """Whether the event noun ``noun`` heads the name ``words``: it is the last word, or a topic
    follows it (``Conference on Financing for Development``), or a year, alone or before the topic (``Regional
    Seminar 2031 for the Andes``); not a modifier (``International Conference Centre Geneva`` is a building)."""
    last = noun.split()[-1]
    if last not in words:
        return False
    rest = words[len(words) - words[::-1].index(last) :]
    rest = list(dropwhile(lambda w: re.fullmatch(r"(?:19|20)\d\d", w), rest))
    return not rest or rest[0] in prepositions("event-topic")


@cache
def body_heads() -> str:
    """Regex (no groups) of the head nouns that end a body's name (``ingest/data/body-heads.csv``), a
    space matching any run of spaces; as a prefix tree: it is part of some twenty patterns, and the
    flat list (longest first) compiles several times slower and matches the same."""
    return _heads_tree().regex()


@cache
def _heads_tree() -> PrefixTree:
    return PrefixTree(list(body_head_nouns()), spaced_char)


def _month_end(d: DateSpan) -> date | None:
    """The last day of the month ``d`` names when it names a month alone (``in May 2031``), else ``None``."""
    return month_end(d.start) if d.precision == "month" else None


def numbered_mention(
    body: str,
    n: int,
    kind: str,
    label: str,
    span: tuple[int, int],
    start: date | None = None,
    end: date | None = None,
    precision: str = "day",
) -> EventMention:
    """Meeting or session ``n`` of the body keyed ``body``, whose name a label gives as ``label``
    (:meth:`.body_names.BodyIndex.label`): ``4th meeting of the X``, keyed :func:`.keys.numbered_key` (one
    key however the meeting is written), dated ``start``-``end`` when given."""
    name = f"{n}{ordinal_suffix(n)} {kind} of the {label}"
    return EventMention(numbered_key(body, n), name, kind, span, None, start, end, None, precision)


def dated_by(mention: EventMention, d: DateSpan) -> EventMention:
    """``mention`` with the dates of ``d`` (a month: its first and last day)."""
    end = d.end or _month_end(d)
    return replace(mention, start=d.start, end=end, precision=d.precision)

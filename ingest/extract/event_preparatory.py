"""Meetings named by what they prepare, without dates of their own: ``the regional preparatory meetings for
WXC-31``, ``the Arab Regional Preparatory Meeting for WXC-31``, ``the Regional Preparatory Meeting for Oceania
(RPM-OCE)``, ``the sixth Regional Preparatory Meeting (RPM-OCE)``, ``the WXC-31 preparatory meetings``.

A noun of ``generic-events.csv`` that opens with a purpose word (``date_words.csv`` role ``purpose``:
``preparatory meeting``), in the singular or the plural, is one event named as written when it says what it
prepares or for whom: a ``for`` and capitalised words (a region, a conference or its code; twice: ``for
Europe for WXC-31``), a code in brackets (which ends the name), or a series' code among the words before it.
Those words are the modifiers of ``event_modifiers.csv`` (``regional``, any case) and capitalised words
(``Arab``, ``Asia-Pacific``, ``ITU``); an article, a count or an ordinal before them is not part of the name,
a possessive or a deictic (``their``, ``this``) makes it a body's own or the report's (none). Not a standing
body of the gazetteer (``the Conference Preparatory Meeting``). The conference it prepares is named only as
its purpose here: the longer mention wins (:func:`.event_prose._candidates`), so a conference named nowhere
else is no event of its own, as the annotations read it. The report's own meeting named so again is none
(:func:`names_own`), nor are meetings in the plural that the report lists one by one (:func:`listed_apart`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from wsiskg.ingest.extract.body_acronyms import initials
from wsiskg.ingest.extract.date_vocabulary import purpose_words
from wsiskg.ingest.extract.event_form_parts import CAP
from wsiskg.ingest.extract.event_series import EventMention, series_mentions
from wsiskg.ingest.extract.gazetteer import bodies, determiner_alternation, determiners, possessives, small_words
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import is_modifier
from wsiskg.ingest.extract.ordinals import cardinal_regex, final_words, ordinal_regex
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


@cache
def _head() -> re.Pattern[str]:
    """The purpose nouns (``preparatory meeting``) and their plural, any case."""
    purpose = {w.casefold() for w in purpose_words()}
    nouns = [r["noun"] for r in data_rows("generic-events.csv") if r["noun"].split()[0].casefold() in purpose]
    return re.compile(rf"(?i)\b(?:{alternation(nouns, spaces=True)})s?\b")


@cache
def _for() -> re.Pattern[str]:
    """What a preparatory meeting is for: ``for`` and capitalised words joined by ``and (the)`` or ``of (the)``,
    and a place noun after them (``addressee-words.csv`` kind ``place``: ``for the CIS region``)."""
    places = alternation([r["word"] for r in data_rows("addressee-words.csv") if r["kind"] == "place"], spaces=True)
    return re.compile(rf"\s+for\s+(?:the\s+)?{CAP}(?:\s+(?:(?:and|of)\s+(?:the\s+)?)?{CAP})*(?:\s+(?:{places})\b)?")


#: a code in brackets after a preparatory meeting's name
_CODE = re.compile(r"\s*\([A-Z][A-Za-z]*(?:[\-/ ][A-Za-z\d]+){0,3}\)")
#: a word of prose, in lower case
_PROSE = re.compile(r"\b[a-z]{3,}\b")
#: a word before the noun: capitalised, a code, or lower case (a modifier, checked after)
_WORD_BEFORE = re.compile(r"([\w’'\-/.]+)\s+$")


@cache
def _not_in_name() -> str:
    """Regex (no groups) for words before the modifiers that are no part of the name: an article
    (``determiners.csv`` column ``article``), a count, an ordinal (``sixth and final``: its tail of
    :func:`.ordinals.ordinal_regex`) or a word saying it is the last (``numbers.csv`` kind ``final``)."""
    return (
        rf"(?i:{determiner_alternation('article')}|{cardinal_regex()}|{ordinal_regex()}|{alternation(final_words())})"
    )


@cache
def _not_in_name_before() -> re.Pattern[str]:
    """:func:`_not_in_name` ending where the name's words begin (``the sixth and final ``)."""
    return re.compile(rf"(?<!\S)(?:{_not_in_name()})\s+$")


@cache
def _not_in_name_word() -> re.Pattern[str]:
    """:func:`_not_in_name` as a whole word."""
    return re.compile(_not_in_name())


@cache
def _owning() -> frozenset[str]:
    """Possessives (``pronouns.csv``: ``its``, ``their``) and deictics (``determiners.csv`` role ``anaphor`` but
    ``the``: ``this``) that make the meeting a body's own or the report's."""
    owners = {w for refers in ("body", "person", "meeting") for w in possessives(refers)}
    return frozenset(owners | {w.casefold() for w in determiners("anaphor")} - {"the"})


@cache
def _body_names() -> frozenset[str]:
    """The gazetteer's body names, case-folded (``conference preparatory meeting``): a standing body, no event."""
    return frozenset(n.casefold() for b in bodies().values() for n in (b.name, *b.aliases))


def _modifiers_start(text: str, head: int, codes: list[tuple[int, int]]) -> tuple[int, int, bool] | None:
    """Where the noun phrase before ``head`` begins (its article, count or ordinal too), where the name's
    modifiers begin, and whether a series' code is among them; ``None`` when a possessive or deictic owns it."""
    start = phrase = head
    coded = named = False  # named: the words before are no more the name's
    for _ in range(6):
        m = _WORD_BEFORE.search(text, max(0, phrase - 60), phrase)
        if m is None:
            break
        word = m.group(1)
        code = any(a <= m.start(1) and m.end(1) <= b for a, b in codes)
        if word.casefold() in _owning():
            return None
        counted = _not_in_name_before().search(text, max(0, phrase - 60), phrase)
        if counted is not None:
            named, phrase = True, counted.start()
        elif not named and (code or word[0].isupper() or is_modifier(word)):
            start = phrase = m.start(1)
            coded = coded or code
        else:
            break
    return phrase, start, coded


def preparatory_mentions(text: str) -> list[EventMention]:
    """Undated meetings named by what they prepare (the module's docstring), in text order."""
    out: list[EventMention] = []
    heads = list(_head().finditer(text))
    codes = [c.span for c in series_mentions(text)] if heads else []
    for h in heads:
        begun = _modifiers_start(text, h.start(), codes)
        if begun is None:
            continue
        phrase, start, coded = begun
        end, named = h.end(), None
        for _ in range(3):  # a code in brackets ends the name, not the phrase ("... for Oceania (RPM-OCE) for WXC-31")
            tail = _for().match(text, end) or _CODE.match(text, end)
            if tail is None:
                break
            end = tail.end()
            named = end if named is None and tail.re is _CODE else named
        if end == h.end() and not coded:
            continue  # "the regional preparatory meetings": for nothing named
        name = " ".join(text[start : named or end].split())
        if " ".join(text[start : h.end()].split()).casefold() in _body_names():
            continue  # "the Conference Preparatory Meeting for WXC-31": a standing body
        if not (_PROSE.search(text, 0, phrase) or _PROSE.search(text, end)):
            continue  # a title or a subject line, no prose: the header's readers name and date it
        out.append(EventMention(slug(name), name, "meeting", (phrase, end)))
    return out


#: a code in brackets in a name (``(RPM-OCE)``)
_BRACKETS = re.compile(r"\(([^()]*)\)")


def _telling(name: str) -> set[str]:
    """The words of ``name`` but its brackets, ordinals, numbers and small words, case-folded (``Meetings`` as
    ``meeting``)."""
    words = slug(_BRACKETS.sub(" ", name)).split("-")
    small = _not_in_name_word()
    return {w.removesuffix("s") for w in words if w and not w.isdigit() and not small.fullmatch(w)} - small_words()


def names_own(name: str, own: str, codes: set[str]) -> bool:
    """Whether a meeting named ``name`` by what it prepares is the report's own meeting, named ``own`` (a line of
    the report's header) with its body's ``codes`` (slugs): a code in its brackets is one (``(RPM-OCE)``), or
    its words are all in ``own`` (``Regional Preparatory Meeting for Oceania`` under the header ``REGIONAL
    PREPARATORY MEETING FOR WXC-31 FOR OCEANIA``)."""
    if _head().search(name) is None:
        return False
    if {slug(c) for c in _BRACKETS.findall(name)} & codes:
        return True
    mine = _telling(name)
    return bool(mine) and mine <= _telling(own)


def _initials(name: str) -> str:
    """The initials of a name's words up to its purpose noun's end, any case (``regional preparatory meetings``
    -> ``rpm``: :func:`.body_acronyms.initials`), lower case."""
    head = _head().search(name)
    words = name[: head.end()].split() if head else []
    return initials([w[:1].upper() + w[1:] for w in words]).casefold()


def listed_apart(name: str, keys: Iterable[str]) -> bool:
    """Whether meetings named in the plural by what they prepare (``the five regional preparatory meetings for
    WXC-31``) are listed one by one among the events ``keys``: two or more keyed by a code of their initials
    (``rpm-oce-2030``, ``rpm-car-2030``): those are the events, the plural none of its own."""
    head = _head().search(name)
    if head is None or not head.group(0).casefold().endswith("s"):
        return False
    prefix = _initials(name) + "-"
    return len(prefix) > 2 and sum(k.startswith(prefix) for k in keys) >= 2

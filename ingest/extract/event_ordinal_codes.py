"""A meeting named by an acronym that is no known body's or series' and a word that makes it one of a run of
meetings, followed by its own dates (:func:`.event_dates.own_dates`):

- an ordinal before it (:func:`ordinal_code_mentions`: ``the ninth ABCM, held in Lusaka from 3 to 5 May 2031``,
  ``The 12th XYZF will be held in Suva in June 2032``), keyed by the acronym and the number, so ``9th ABCM`` and
  ``ninth ABCM`` are one event;
- a capitalised ``for`` phrase after it, the part of the run it is (:func:`code_for_mentions`: ``the QDF for
  Oceania in Apia on 3-4 May 2031``, ``QDF for the Caribbean, Nassau, 9-10 June 2031``), the spoken form of a
  code such as ``QDF-OCE``.

Named as written without the article. Either word alone names no event (``the 5th XYZ Report``, ``ABCM, 3 May``,
``XYZ for Oceania`` undated). A known body's acronym is read by the numbered readers (:mod:`.event_numbered`), a
series' code by :mod:`.event_series`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.extract.casing import either_initial_determiners
from wsiskg.ingest.extract.dates import DateSpan
from wsiskg.ingest.extract.event_codes import code_dated_mentions, series_codes
from wsiskg.ingest.extract.event_dates import own_dates
from wsiskg.ingest.extract.event_form_parts import dated_by
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import body_index
from wsiskg.ingest.extract.ordinals import number_value, ordinal_regex
from wsiskg.ingest.text import squash


@cache
def _ordinal_code() -> re.Pattern[str]:
    """An ordinal, then an acronym of two to six capitals standing alone (no ``-``, ``/`` or word after it)."""
    return re.compile(rf"(?<![\w\-])(?P<ord>{ordinal_regex()})\s+(?P<code>[A-Z]{{2,6}})(?![\w&/\-])")


def _unknown(code: str) -> bool:
    """Whether ``code`` is no series' code and no known body's name or acronym."""
    return code not in series_codes() and not body_index().keys.get(squash(code))


def ordinal_code_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """Each ordinal and unknown acronym followed by its own dates (module docstring)."""
    out = []
    for m in _ordinal_code().finditer(text) if any(c.isdigit() for c in text) else ():
        code = m.group("code")
        if not _unknown(code):
            continue
        n = number_value(m.group("ord"))
        d = own_dates(text, m.end(), dates, bare=True)
        if n is None or d is None:
            continue
        out.append(dated_by(EventMention(slug(f"{code} {n}"), m.group(0), "meeting", m.span()), d))
    return out


@cache
def _code_for() -> re.Pattern[str]:
    """An acronym, ``for`` and up to four capitalised words (``and`` and ``the`` may join them): ``QDF for the
    Americas``, ``QDF for Asia-Pacific``, ``QDF for Latin America and the Caribbean``."""
    word = r"[A-Z][\w’'\-]*"
    return re.compile(
        rf"(?<![\w&/\-])(?P<code>[A-Z]{{2,6}})\s+for\s+(?:the\s+)?{word}(?:\s+(?:and\s+(?:the\s+)?)?{word}){{0,3}}"
    )


@cache
def _name_word_before() -> re.Pattern[str]:
    """The word before a match when it is capitalised and no article (``determiners.csv`` column ``article``):
    ``Measuring`` of ``the Partnership on Measuring XYZ for Development``, the acronym a word of a longer name."""
    return re.compile(rf"(?<![\w’'\-])(?!(?:{either_initial_determiners('article')})\s)[A-Z][\w’'\-]*\s+$")


def _in_a_name(text: str, start: int) -> bool:
    return _name_word_before().search(text, max(0, start - 40), start) is not None


def code_for_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """Each unknown acronym with a capitalised ``for`` phrase, followed by its own day-precision dates (module
    docstring), named as written."""
    out = []
    for m in _code_for().finditer(text) if " for " in text else ():
        d = own_dates(text, m.end(), dates)
        if d is None or d.precision != "day" or not _unknown(m.group("code")) or _in_a_name(text, m.start()):
            continue
        out.append(dated_by(EventMention(slug(f"{m.group(0)} {d.start.year}"), m.group(0), "meeting", m.span()), d))
    return out


def acronym_dated_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """Every event an acronym names with its own dates, in this order: a series' code
    (:func:`.event_codes.code_dated_mentions`), an unknown acronym after an ordinal (:func:`ordinal_code_mentions`)
    and before a ``for`` phrase (:func:`code_for_mentions`); the event finder reads them as one kind."""
    return code_dated_mentions(text, dates) + ordinal_code_mentions(text, dates) + code_for_mentions(text, dates)

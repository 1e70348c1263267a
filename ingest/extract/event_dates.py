"""Which dates are an event's own: the first date after its name when only a bracket, a verb of
holding (``ingest/data/date_words.csv``, role ``held``), a place and ``from``/``on`` stand
between (``the Summit on Digital Commons in Nairobi on 14–15 October 2031``, ``the Plenipotentiary
Conference (Manila, from 2 to 20 October 2034)``, ``the next TSAG meeting, which is planned for
12-16 January 2032``). Events named by their form only (:mod:`.events`) are events when dated so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan, find_dates, held_words, is_due_cue
from wsiskg.ingest.text import alternation

#: a part of the day named: ``in the week of 11 July``, ``on the evening of 6 February``
_PART_OF = r"(?:(?:week|morning|afternoon|evening)\s+of\s+(?:the\s+)?)?"
_PLACE_WORDS = r"[A-Z][\w’'\-.]*(?:[\s,]+(?:(?:de|du|of|the)\s+)?[A-Z][\w’'\-.]*)*(?:\s*\([^()]{1,30}\))?"


@cache
def _own_dates_gap() -> re.Pattern[str]:
    """What may stand between an event's name and its own dates: a bracket (a code, a place,
    ``(Busan, from``), a verb of holding (``ingest/data/date_words.csv``, role ``held``) with its
    auxiliaries, a place (``in Addis Ababa,``, ``at ITU headquarters in Geneva``) and ``from``/``on``."""
    verbs = alternation(held_words(), spaces=True)
    place = (
        rf"(?:(?:in|at)\s+(?:the\s+)?{_PLACE_WORDS}\s*,?\s*|for\s+{_PLACE_WORDS}\s*,\s*)"  # "planned for Lima, 3 May"
    )
    return re.compile(
        rf"(?:\s*\([^()]*\))?\s*,?\s*(?:(?:which|that)\s+)?"
        rf"(?:(?:will|would|shall|is|was|were|are|to|has\s+been|had\s+been|have\s+been)\s+(?:be\s+|also\s+)?)?"
        rf"(?:(?:to\s+)?(?:be\s+)?(?:{verbs})\s+){{0,2}}{place}{{0,2}}(?:(?:from|on|between|for|during|in|of)\s+)?(?:the\s+)?{_PART_OF}"
        rf"|\s*\((?:(?:[A-Z][\w’'\-.]*+|(?:of|the|de|du|la|and)\b)[\s,]*)*(?:from\s+|on\s+)?"
    )


_BARE_GAP = re.compile(rf"\s*,?\s*(?:(?:on|in|for|during)\s+)?(?:the\s+)?{_PART_OF}")


def own_dates(text: str, end: int, dates: Sequence[DateSpan], bare: bool = False) -> DateSpan | None:
    """The first date (day or month precision) after ``end`` when it is the event's own: only a
    bracket, a verb of holding, a place and ``from``/``on`` stand between (:func:`_own_dates_gap`).
    A bare ``on``/``in`` (``submitted to the Council on 5 May``) is enough only with ``bare``."""
    d = next((d for d in dates if d.span[0] >= end and d.precision != "year"), None)
    if d is None or not _own_dates_gap().fullmatch(text, end, d.span[0]):
        return None
    if not bare and _BARE_GAP.fullmatch(text, end, d.span[0]):
        return None
    return d


def dates_after_acronym(text: str, end: int, default_year: int | None) -> DateSpan | None:
    """The own dates of an event named with an acronym and no year (``(HLPF), held in New York
    from 9 to 18 July 2018``): :func:`own_dates`, or the next day-precision date when it closely
    follows with no other name or number between (``(WSIS) was held in two phases, in Geneva
    from 10 to 12 December 2003``)."""
    days = [d for d in find_dates(text, default_year) if d.precision == "day"]
    own = own_dates(text, end, days)
    if own is not None:
        return own
    near = next((d for d in days if d.span[0] >= end), None)
    gap = text[end : near.span[0]] if near else ""
    return near if near and len(gap) <= 45 and not re.search(r"\b[A-Z]{2,}|\d", gap) else None


def is_due_at(text: str, start: int) -> bool:
    return is_due_cue(text[max(0, start - 80) : start])


_BY_AFTER = re.compile(r"\s*,?\s*by\s+(?:the\s+|an?\s+)?$")
_DATED_BEFORE = re.compile(r"\b(?:preceded|followed)\s*,?\s*(?:on\s+)?(?:the\s+)?$")


def dated_before(text: str, start: int, dates: Sequence[DateSpan]) -> DateSpan | None:
    """The date of an event named after ``preceded, on <date>, by`` / ``followed, on <date>, by``
    (``The Forum will be preceded, on 20 April 2031, by the Youth Dialogue``): the date stands
    before the name."""
    d = next((d for d in reversed(dates) if d.span[1] <= start), None)
    if d is None or d.precision == "year" or not _BY_AFTER.match(text[d.span[1] : start]):
        return None
    return d if _DATED_BEFORE.search(text[max(0, d.span[0] - 40) : d.span[0]]) else None

"""A weekday named alone right after a due word (``date_words.csv``, role ``due-weekday``: ``register by Wednesday
noon``, ``issue the text before Thursday``; not ``the Symposium continues until Saturday``, a time span): due on
its next occurrence on or after the reference day (the report's own meeting's day, else the day the document is
dated), when the reference day is known and no date follows the weekday (``by Thursday noon, 28 July`` is read with
its date by :func:`.deadline_dates.due_dates`). Weekday names are ``date_words.csv``'s (role ``weekday``)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from wsiskg.ingest.extract.date_finder import find_dates
from wsiskg.ingest.extract.date_vocabulary import date_words, weekday_words
from wsiskg.ingest.text import alternation

#: how far after the weekday a date may start and be its (``Thursday noon, 28 July``)
_DATE_REACH = 12


@cache
def _weekday_alone() -> re.Pattern[str]:
    """A weekday's full name right after a due word of role ``due-weekday``."""
    cues = alternation(date_words("due-weekday"), spaces=True)
    days = alternation(weekday_words())
    return re.compile(rf"(?i:\b(?:{cues})\s+)(?P<day>{days})\b")


@cache
def _order() -> tuple[str, ...]:
    """The weekdays lower-cased in calendar order, as ``date_words.csv`` lists them (``date.weekday()``: Monday is
    0)."""
    return tuple(w.lower() for w in weekday_words())


def weekday_dues(text: str, reference: date | None) -> list[tuple[date, tuple[int, int]]]:
    """Each weekday alone after a due word in ``text``: its day (on or after ``reference``) and span."""
    if reference is None:
        return []
    out = []
    for m in _weekday_alone().finditer(text):
        after = find_dates(text[m.end() : m.end() + _DATE_REACH + 30], reference.year)
        if after and after[0].span[0] <= _DATE_REACH:  # "by Thursday, 28 July": the date's weekday
            continue
        days = (_order().index(m.group("day").lower()) - reference.weekday()) % 7
        out.append((reference + timedelta(days=days), m.span("day")))
    return out

"""Dates written as a list: what joins two dates of a list (:func:`joins_list`) and a list of days of
one month split into its days (:func:`listed_days`, :func:`as_listed_days`)."""

from __future__ import annotations

import re
from dataclasses import replace

from wsiskg.ingest.extract.date_forms import _LISTED_DAY
from wsiskg.ingest.extract.date_span import DateSpan
from wsiskg.ingest.extract.date_vocabulary import weekday_words
from wsiskg.ingest.extract.gazetteer import preposition_alternation
from wsiskg.ingest.text import alternation

#: what joins the dates of a list (``on 3 and 4 March and on 12 October 2015``, ``2 May, 6 June and 1 July 2031``),
#: a weekday before the next date too (``on 21 March 2031 and on Saturday 22 March 2031``: ``date_words.csv``, role
#: ``weekday``; the date read starts at its day)
_LIST_JOIN = re.compile(
    rf"\s*(?:,\s*)?(?:(?:and|or|&)\s+)?(?:(?:{preposition_alternation('list-date')})\s+)?(?:the\s+)?"
    rf"(?:(?:{alternation(weekday_words())})\.?,?\s+(?:the\s+)?)?"
)


def joins_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` joins two dates of a list (:data:`_LIST_JOIN`: ``, ``, `` and on ``)."""
    return _LIST_JOIN.fullmatch(text, start, end) is not None


#: the days of a date written as a list of days of one month (``3 and 4``, ``4, 5 and 6``, ``3rd & 17th``)
_DAY_LIST = re.compile(rf"(?:{_LISTED_DAY})(?:\s*(?:,\s*(?:and\s+|&\s*)?|(?:and|&)\s*)(?:the\s+)?{_LISTED_DAY})+")
_A_DAY = re.compile(r"(?P<n>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?")
_BETWEEN = re.compile(r"\b[Bb]etween\s+(?:the\s+)?$")


def listed_days(text: str, d: DateSpan) -> list[DateSpan]:
    """The days of ``d`` when ``text`` writes it as a list of days of one month (``on 3 and 4 May``,
    ``4, 5 and 6 May 2031``, ``3rd and 17th May``; read by :func:`find_dates` as one span from the first
    to the last): one single day each, the last one's span running over the month. Else ``[d]``: a range
    (``3-4 May``, ``from 3 to 4 May``, ``between 3 and 4 May``), a single day, a month. For readers that
    pair several events with the days listed after them (two meetings ``held on 3 and 4 May``)."""
    if d.end is None or d.precision != "day" or d.start.month != d.end.month:
        return [d]
    days = _DAY_LIST.match(text, d.span[0], d.span[1])
    if days is None or _BETWEEN.search(text, max(0, d.span[0] - 20), d.span[0]):
        return [d]
    found = list(_A_DAY.finditer(text, days.start(), days.end()))
    out = []
    for i, day in enumerate(found):
        end = d.span[1] if i == len(found) - 1 else day.end()
        try:
            out.append(replace(d, start=d.start.replace(day=int(day.group("n"))), end=None, span=(day.start(), end)))
        except ValueError:  # "31 and 1 June"
            return [d]
    out = [replace(x, text=text[x.span[0] : x.span[1]]) for x in out]
    return out if [x.start for x in out] == sorted({x.start for x in out}) else [d]


def as_listed_days(text: str, found: list[DateSpan], count: int) -> list[DateSpan]:
    """``found`` (the dates listed after ``count`` events) with each date written as a list of days split
    into its days (:func:`listed_days`) when that makes exactly ``count`` dates (``the fifth and sixth
    meetings, held on 3 and 4 May``: two days; ``on 2 March and on 9 and 10 June``: three, for three
    meetings); else ``found`` as it is (one meeting ``held on 3 and 4 May``: the range)."""
    if len(found) >= count:
        return found
    split = [day for d in found for day in listed_days(text, d)]
    return split if len(split) == count else found

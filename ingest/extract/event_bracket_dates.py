"""An event named alone in a bracket right after a day is the event of that day: ``The Group met on 30 September
2031 (ninth meeting) and on 3 February 2032 (tenth meeting)`` — the day before the bracket labels it, not the day
read after it (which is the next meeting's). Two kinds of evidence: the bracket opens right after the date, and the
name fills it (nothing but the name, up to the bracket's close). Read by :func:`.event_dates.dated_before`, as is a
coded edition filling the bracket after the dates a verb holds (:func:`coded_after`: ``Conference, which will be held in
Doha from 18 October to 5 November 2031 (PP-31)``)."""

from __future__ import annotations

import re

from wsiskg.ingest.extract.dates import DateSpan

#: the bracket opening right after the date, up to the name
_OPENS = re.compile(r"\s*\(\s*(?:the\s+|its\s+)?")
#: the rest of the bracket after the name's start: no other bracket, then its close
_CLOSES = re.compile(r"[^()\d]{0,20}\d*[^()\d]{1,40}\)")


def labelled_by_day(text: str, d: DateSpan, start: int) -> bool:
    """Whether the event named from ``start`` fills a bracket opening right after date ``d`` (a single day)."""
    return (
        d.precision == "day"
        and d.end is None
        and _OPENS.fullmatch(text, d.span[1], start) is not None
        and _CLOSES.match(text, start) is not None
    )


#: a coded edition filling the bracket, from its start: letters, an optional part, a year of two digits (``PP-31``,
#: ``WRC-31``, ``RPM-AFR-31``), the bracket's close
_CODE_CLOSES = re.compile(r"[A-Z][A-Za-z]{1,9}(?:-[A-Z][A-Za-z]{1,9})?-(?P<yy>\d{2})\s*\)")


def coded_after(text: str, d: DateSpan, start: int) -> bool:
    """Whether a coded edition of the date's year (``PP-31``) named from ``start`` fills a bracket opening right
    after the date ``d`` (one day or several): the event whose dates they are when a verb holds it before them
    (:func:`.event_dates.dated_before`)."""
    code = _CODE_CLOSES.match(text, start)
    return (
        code is not None
        and d.precision == "day"
        and _OPENS_CODE.fullmatch(text, d.span[1], start) is not None
        and d.start.year % 100 == int(code.group("yy"))
    )


#: the bracket opening right after the date, up to a code
_OPENS_CODE = re.compile(r"\s*\(\s*")

"""An event named alone in a bracket right after a day is the event of that day: ``The Group met on 30 September
2031 (ninth meeting) and on 3 February 2032 (tenth meeting)`` — the day before the bracket labels it, not the day
read after it (which is the next meeting's). Two kinds of evidence: the bracket opens right after the date, and the
name fills it (nothing but the name, up to the bracket's close). Read by :func:`.event_dates.dated_before`."""

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

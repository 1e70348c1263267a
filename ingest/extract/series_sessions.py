"""The numbered session of a series of events a header line names (``AI Regulation Dialogue Series — Session 3:
Risk-based approaches``): reader ``numbered-series`` of :mod:`.meeting_candidates` (round 53).

A series of webinars or dialogues outside the events' catalogue (:mod:`.event_series` knows the catalogue's) names
each session by its number after a dash, maybe then a colon and its topic. The series is the body (decision 17: a
series' session has the series as its body) and the number is the session's (decision 2); the dateline on one of the
next two header lines dates it. Words: ``meeting_words.csv``, role ``series-noun`` (the noun that ends a series'
name: ``Series``) and ``series-part`` (the noun of its numbered parts: ``Session``, ``Episode``).
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import DASH_CHARS, alternation

from .casing import joiner_alternation
from .datelines import front_dateline
from .genre import header_lines
from .keys import slug
from .meeting import meeting_words

#: how many header lines may name the session
SERIES_LINES = 4


@cache
def _series_line() -> re.Pattern[str]:
    """``<Name> Series — Session 3``: one to eight capitalised words (or an acronym) ending with a series' noun, a
    dash, a part's noun and its number, then nothing or a colon and a topic."""
    nouns = alternation(meeting_words("series-noun"), spaces=True)
    parts = alternation(meeting_words("series-part"), spaces=True)
    return re.compile(
        rf"^(?P<name>(?:[A-Z0-9][\w&/’'+-]*\s+(?:(?:{joiner_alternation()})\s+)*){{1,8}}(?i:{nouns}))"
        rf"\s*[{DASH_CHARS}:]\s*(?i:{parts})\s+(?P<n>\d{{1,3}})(?:\s*[:{DASH_CHARS}].*)?$"
    )


def series_session(report: ParsedReport) -> Meeting | None:
    """The numbered session of a series a header line names, dated by a dateline on one of the next two lines."""
    lines = header_lines(report)[:SERIES_LINES]
    orders = [None, *(p.order for p in report.paragraphs)] if report.title else [p.order for p in report.paragraphs]
    for i, line in enumerate(lines):
        m = _series_line().match(line.strip())
        if m is None:
            continue
        for j in range(i + 1, min(i + 3, len(lines))):
            dated = front_dateline(lines[j])
            if dated is not None and dated[0].precision == "day":
                name = " ".join(m.group("name").split())
                where = tuple(o for o in (orders[i], orders[j]) if o is not None)
                return Meeting(
                    slug(name), number=int(m.group("n")), start=dated[0].start, end=dated[0].end, place=dated[1],
                    paragraphs=where,
                )  # fmt: skip
        return None
    return None

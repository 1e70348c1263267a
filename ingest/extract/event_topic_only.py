"""A one-off process named only as what something else is about: the WSIS+20 review (``events.csv``, ``key_year``
``once``) named undated in no other way than in another event's topic (``a ministerial round table on the WSIS+20
review``, ``an information session on the WSIS+20 review``) or as the aim of an input to it (``the ITU contribution
to the WSIS+20 review``, ``the draft UNGIS input to the WSIS+20 review``; ``meeting_words.csv``, role ``input-to``)
is no event of the report: the round table, the session or the document is what the text names. Named once in any
other way (``preparations for the WSIS+20 review``, ``the outcome of the WSIS+20 review by the General Assembly``),
placed in a year (``the contribution to the WSIS+20 review in 2025``: decision 37, an event dated only by its year is
listed) or dated, it stays an event.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wsiskg.ingest.extract.document import TypedSpan, document
from wsiskg.ingest.extract.event_series import event_series
from wsiskg.ingest.extract.meeting_words import meeting_words
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import alternation


@cache
def _once() -> frozenset[str]:
    """The keys of the one-off events (``events.csv``, ``key_year`` ``once``)."""
    return frozenset(s.prefix for s in event_series() if s.key_year == "once")


@cache
def _input_to() -> re.Pattern[str]:
    """An input's noun and ``to`` right before a name (``contribution to the ``, ``inputs to ``)."""
    return re.compile(rf"(?i)\b(?:{alternation(list(meeting_words('input-to')), spaces=True)})\s+to\s+(?:the\s+)?$")


def topic_only(report: ParsedReport, key: str, e: dict[str, Any]) -> bool:
    """Whether one-off event ``key``, undated, is named only in another event's topic or as an input's aim
    (module docstring)."""
    if key not in _once() or e["start"] is not None or e["months"]:
        return False
    doc = document(report)
    named = 0
    for order in e["paragraphs"]:
        spans = doc.spans(order, "event")
        text = doc.para(order).text
        for s in (s for s in spans if s.key == key):
            named += 1
            if _A_YEAR_AFTER.match(text, s.end) or not (
                _inside_another(s, spans) or _input_to().search(text, 0, s.start)
            ):
                return False
    return named > 0


#: a year the text places the process in, right after its name or its code in brackets (``... (WSIS+20) in 2025``)
_A_YEAR_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?[^.;()]{0,40}?\bin\s+(?:19|20)\d\d\b")


def _inside_another(s: TypedSpan, spans: list[TypedSpan]) -> bool:
    """Whether span ``s`` lies inside a longer span of another event (its topic)."""
    return any(
        o.key != s.key and o.start <= s.start and s.end <= o.end and o.end - o.start > s.end - s.start for o in spans
    )

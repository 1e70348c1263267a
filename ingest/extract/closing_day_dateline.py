"""A one-day dateline under a meeting's heading that is the last day of the meeting the lead dates in full
(:func:`.meeting_heading.heading_meeting`): a communiqué or a declaration is dated the day it was adopted,
often the meeting's last, while its lead says when the meeting sat:

- ``THIRD ANDEAN ICT MINISTERS' DIALOGUE`` / ``Quito, 12 May 2031`` over ``Ministers met in Quito on 11-12 May
  2031 for the Third Andean ICT Ministers' Dialogue ...``: the meeting is 11-12 May;
- ``Adopted at the Fifth Caspian Digital Ministers' Meeting`` / ``Baku, 8 June 2032`` over ``We, the Ministers
  ..., meeting in Baku on the seventh and eighth of June 2032, ...``: 7-8 June.

Two things must hold: the dateline gives one day, and a lead sentence says a meeting sat (a verb of meeting,
:data:`.other_meetings.HELD`, or a participle of ``meeting_words.csv``, role ``met-participle``) on days of
several that end on that day. Days that only hold it are those of a larger event the meeting sat during (a
facilitation meeting of one day during a forum's week, a session during a conference: ``The Forum took place from
12 to 14 May`` over a session dated 13 May), and days of a meeting still to come change nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import clause_spans

from .gazetteer import preposition_alternation
from .meeting_days import day_dates, own_dates_end
from .meeting_lead import LEAD_PARAGRAPHS, lead_texts
from .meeting_words import meeting_words, word_alternation
from .other_meetings import _TO_COME, HELD


@cache
def _sat() -> re.Pattern[str]:
    """A verb of meeting, or a participle that says the writers were meeting (``meeting in X on ...``)."""
    participles, place = word_alternation(meeting_words("met-participle")), preposition_alternation("place")
    return re.compile(rf"{HELD}|(?i:\b(?:{participles})\s+(?:{place})\b)")


def lead_days_around(report: ParsedReport, day: Any, year: int | None) -> Any:
    """The days of several a lead sentence says a meeting sat that end on ``day`` (a one-day dateline's), else
    ``day`` (see the module)."""
    if day.end is not None:
        return day
    for order, text in lead_texts(report, list(report.paragraphs[:LEAD_PARAGRAPHS])):
        if order is None:
            continue
        for a, b in clause_spans(text):
            sent = text[a:b]
            said = _sat().search(sent)
            if said is None or _TO_COME.search(sent[max(0, said.start() - 12) : said.end()]):
                continue
            own = sent[said.end() : own_dates_end(sent, said.end(), len(sent))]
            span = next((d for d in day_dates(own, year) if d.end is not None), None)
            if span is not None and span.start < day.start == span.end:
                return span
    return day

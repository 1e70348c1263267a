"""The meeting a record says its chair closed: ``The Chairman closed the twenty-fifth meeting of RAG (Geneva,
9-11 April 2031)``, ``The Chair declared closed the 12th meeting of the X Group on 3 May 2031``.

An excerpt cut before its header may name its own meeting only in its closing paragraph, while its lead names
other bodies' meetings (``the views of the Group were sent to the fourth meeting of CWG-X (16 April)``): the
meeting a closing verb (``meeting_words.csv``, role ``closing``) has as its object is the one recorded, dated
by a dateline in brackets right after it or ``on`` and its day (:func:`.own_mention.days_after`).
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.records import Meeting, ParsedReport

from .body_names import BodyName
from .dates import document_date
from .genre import records_meeting
from .meeting import another_meeting, header_year, meeting_hits
from .meeting_words import meeting_words, word_alternation
from .own_mention import days_after


@cache
def _closing() -> re.Pattern[str]:
    """A closing verb (``closed``, ``concluded``)."""
    return re.compile(rf"(?i)\b(?:{word_alternation(meeting_words('closing'))})\b")


@cache
def _closed_before() -> re.Pattern[str]:
    """A closing verb right before a meeting's mention (``closed the``, ``declared closed the``)."""
    return re.compile(rf"{_closing().pattern}\s+(?:the\s+)?$")


def closed_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The last numbered meeting of a body that a sentence of a record says was closed (see the module), with the
    days written right after it; not one still to come, nor one dated after the day the report is dated."""
    if not records_meeting(report):
        return None
    year, issued = header_year(report), document_date(report)
    found: Meeting | None = None
    for p in report.paragraphs:
        if not _closing().search(p.text):
            continue
        for hit in meeting_hits(p.text, names, False):
            before = p.text[max(0, hit.span[0] - 30) : hit.span[0]]
            if hit.number is None or not _closed_before().search(before) or another_meeting(p.text, hit.span):
                continue
            days = days_after(p.text, hit.span[1], year)
            if days is None or (issued is not None and days[0] > issued):
                continue
            found = Meeting(hit.body, hit.number, days[0], days[1], paragraphs=(p.order,))
    return found

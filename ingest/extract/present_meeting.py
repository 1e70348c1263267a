"""The report's meeting named only as ``the present meeting``: an excerpt without its header, or a
record that never states its meeting in the lead (``RAG noted that the present meeting (Geneva,
9-11 June 2008) was the last before ...``).

The meeting is dated by the dateline in brackets after the words (or by the dates after them in
the clause: ``the present meeting, held in Geneva from 9 to 11 June 2008``); its body is the
catalogue body that is the subject of the clause (the body speaking of its own meeting), else the
group the report is presumed to be about.
"""

from __future__ import annotations

import re

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import alternation, clause_spans, span_at

from .body_names import BodyName, find_body_names
from .dates import find_dates
from .meeting import dateline, header_year, meeting_words
from .persons import presumed_meeting_body


def _present() -> re.Pattern[str]:
    """``the present meeting`` (words before ``meeting`` in ``meeting_words.csv``, role ``present``)."""
    words = alternation(meeting_words("present"), spaces=True)
    return re.compile(rf"(?i)\bthe\s+(?:{words})\s+(?:meeting|session)\b(?:\s*\((?P<line>[^()]{{4,80}})\))?")


def present_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting a paragraph calls ``the present meeting`` and dates, of the clause's subject."""
    year = header_year(report)
    for p in report.paragraphs:
        for m in _present().finditer(p.text):
            s0, s1 = span_at(clause_spans(p.text), m.start(), len(p.text))
            line = dateline(m.group("line"), year) if m.group("line") else None
            days = [line[0]] if line else [d for d in find_dates(p.text[m.end() : s1], year) if d.precision == "day"]
            if not days:
                continue
            subject = [key for key, span in find_body_names(p.text[s0 : m.start()], names) if span[0] == 0]
            body = subject[0] if subject else presumed_meeting_body(report)
            if body is not None:
                place = line[1] if line else None
                return Meeting(body, start=days[0].start, end=days[0].end, place=place, paragraphs=(p.order,))
    return None

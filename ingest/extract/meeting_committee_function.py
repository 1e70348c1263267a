"""The report's own meeting of a conference's committee that the title names by its function, not its number
(decision 3: the body that met as the document writes it; decision 6: its first full mention): a header line
numbers the committee and gives its function after a dash or in brackets (``COMMITTEE 4 - BUDGET CONTROL``,
``COMMITTEE 3 (EDITORIAL)``), the readers key the meeting by the number (``Committee 4``), and the title or the
lead's first sentence names it by its function (``REPORT OF THE BUDGET CONTROL COMMITTEE TO THE PLENARY``, ``The
Editorial Committee held three meetings ...``): the body that met is the committee as the title or the lead names
it, and so the asker of ``The Committee recommends that the Plenary ...``. A title that names it by its number
(``REPORT OF COMMITTEE 4 (BUDGET CONTROL)``) keeps the number's name.

Two kinds of evidence: the header line that ties the number to the function (the layout) and the function's words
closed by ``Committee`` in the title or the lead's opening paragraph of prose (the position)."""

from __future__ import annotations

import re
from dataclasses import replace

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import DASH

from .genre import header_lines
from .keys import slug
from .meeting import record_title
from .meeting_header import committee
from .meeting_lead import LEAD_PARAGRAPHS, _headings

#: the function after a committee's number on a header line: after a dash, or in brackets, to the line's end
_FUNCTION = re.compile(
    rf"(?:\s(?:{DASH})\s*|\s*\()(?P<words>[A-Za-z][A-Za-z’'\-]*(?:\s+[A-Za-z][A-Za-z’'\-]*){{0,3}})\)?\s*$"
)


def function_named(report: ParsedReport, meeting: Meeting) -> Meeting:
    """``meeting`` of the committee its title or lead names by the function a header line gives its number (see
    the module); else ``meeting`` as it is."""
    words = _function(report, meeting.body)
    if words is None:
        return meeting
    spaced = r"\s+".join(map(re.escape, words.split()))
    named = re.compile(rf"(?i)(?<![\w-])(?P<name>{spaced}\s+Committee)(?![\w-])")
    lead = list(report.paragraphs[:LEAD_PARAGRAPHS])
    headings = _headings(lead)
    texts: list[tuple[tuple[int, ...], str]] = [((), record_title(report) or "")]
    texts += [((p.order,), p.text) for p in lead if p.order not in headings][:1]  # the lead's first prose
    for orders, text in texts:
        m = named.search(text)
        if m is not None:
            where = tuple(sorted({*meeting.paragraphs, *orders}))
            return replace(meeting, body=slug(m["name"]), paragraphs=where)
    return meeting


def _function(report: ParsedReport, key: str) -> str | None:
    """The function a header line gives the numbered committee keyed ``key`` after its number (``COMMITTEE 4 -
    BUDGET CONTROL``: ``BUDGET CONTROL``)."""
    if not re.fullmatch(r"committee-\d+", key):
        return None
    for line in header_lines(report):
        found = committee(line)
        if found is None or found.key != key:
            continue
        at = re.search(rf"(?i)committee\s+{key.rsplit('-', 1)[1]}\b", line)
        m = _FUNCTION.match(line, at.end()) if at is not None else None
        if m is not None:
            return m["words"]
    return None

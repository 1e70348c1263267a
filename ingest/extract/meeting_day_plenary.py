"""The report's own meeting, one day of a session, numbered by the plenary meeting the lead says the day held
(decision 2: the number is the ordinal the document gives the meeting that met; a plenary meeting of a conference or
a Council session has the conference or the Council as its body): a session's daily highlights (``ITU Council 2031 —
Daily Highlights, Day 3`` / ``Thursday, 12 June 2031 — Geneva``) whose lead's first paragraph says ``The third day of
the session opened with the sixth plenary meeting, chaired by ...`` was read as the Council's meeting of that day,
unnumbered: it is the sixth plenary meeting.

Two kinds of evidence: the meeting (unnumbered, dated by one day, of a body that numbers its meetings within each
session, ``session-numbering.csv``) and the position (the lead's first paragraph of prose, a verb of opening or
holding, or ``At``, before ``the`` or ``its`` and the ordinal of a plenary meeting, no ``of`` after it naming another
body's; the one plenary meeting that paragraph numbers)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.records import Meeting, ParsedReport

from .gazetteer import bodies as gazetteer_bodies
from .gazetteer import determiner_alternation
from .meeting import number_value, ordinal_regex
from .meeting_lead import LEAD_PARAGRAPHS, _headings
from .meeting_words import numbered_per_session


@cache
def _day_plenary() -> re.Pattern[str]:
    """``opened with the sixth plenary meeting``, ``held its 7th plenary meeting``, ``At its fifth plenary
    meeting``: not ``the sixth plenary meeting of X`` (another body's)."""
    return re.compile(
        rf"(?i:\b(?:opened|began|started)\s+with|\bheld|(?<![\w-])at)\s+(?:{determiner_alternation('ordinal')})\s+(?P<num>(?i:{ordinal_regex()}))"
        r"\s+plenary\s+(?:meeting|sitting)\b(?!\s+of\b)"
    )


def day_plenary(report: ParsedReport, meeting: Meeting) -> Meeting:
    """``meeting`` numbered by the plenary meeting its day held (see the module); else ``meeting`` as it is."""
    one_day = meeting.start is not None and meeting.end in (None, meeting.start)
    entry = gazetteer_bodies().get(meeting.body)
    kind = entry.kind if entry is not None else None
    if meeting.number is not None or not one_day or not numbered_per_session(meeting.body, kind):
        return meeting
    lead = list(report.paragraphs[:LEAD_PARAGRAPHS])
    headings = _headings(lead)
    first = next((p for p in lead if p.order not in headings), None)
    found = [] if first is None else list(_day_plenary().finditer(first.text))
    numbers = {number_value(m["num"]) for m in found} - {None}
    if first is None or len(numbers) != 1:
        return meeting
    return replace(meeting, number=numbers.pop(), paragraphs=tuple(sorted({*meeting.paragraphs, first.order})))

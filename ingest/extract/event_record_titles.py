"""An event named only by a record's title line: ``Summary of the third networking session``, ``Minutes of the
second virtual meeting``, a line that is only a record's title word (``meeting_words.csv``, role
``session-record``, not the words valued ``results`` that prose also uses of an event's outcome) and the event
after it, undated and outside the event catalogue (dated too when no meeting of the report's own was found),
names the meeting the document records (its own), never another event. ``event_filters._a_record_title`` reads
the same title when it stays in the event's name; here the reader kept only the name after it. A line that goes
on (a place, a date: ``Summary of the fifth meeting, Geneva, 4 May``) or an event named in prose too stays.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.event_series import edition_of
from wsiskg.ingest.extract.gazetteer import determiner_alternation
from wsiskg.ingest.extract.meeting_words import meeting_words, word_alternation
from wsiskg.ingest.records import ParsedReport


@cache
def _title_head() -> re.Pattern[str]:
    """A line's opening that is only a record's title word and an article (``Summary of the``)."""
    titles = [w for w, value in meeting_words("session-record").items() if value != "results"]
    return re.compile(rf"\s*(?i:{word_alternation(titles)})\s+(?:(?i:{determiner_alternation('article')})\s+)?")


def _title_over(text: str, start: int, end: int) -> bool:
    """Whether the line ``text`` is only a record's title over the event named at ``start:end``."""
    return _title_head().fullmatch(text[:start]) is not None and not text[end:].strip(" .:;")


def named_by_record_title(report: ParsedReport, key: str, e: dict[str, Any], unmet: bool = False) -> bool:
    """Whether undated event ``key`` (no catalogue series' edition) is named only by a record's title line
    (module docstring): the record's own meeting, no other event. In a report where no meeting of its own was
    found (``unmet``), dated too: the dateline under the title dates the meeting the record is of (``Summary of the
    second physical meeting`` over ``Geneva, 15 February 2032``)."""
    if (e["start"] is not None and not unmet) or e["months"] or edition_of(key) is not None:
        return False
    doc = document(report)
    found = [(order, s) for order in e["paragraphs"] for s in doc.spans(order, "event") if s.key == key]
    return bool(found) and all(_title_over(doc.para(order).text, s.start, s.end) for order, s in found)

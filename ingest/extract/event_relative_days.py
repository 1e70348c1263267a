"""Events dated by a day named relative to the report's own day: ``the ministers who met here yesterday at the
Andean Connectivity Summit``, ``Tomorrow: a joint session of A and B on X, and the C7 facilitation meeting``,
``during the youth session tomorrow afternoon``. The report's day is the day heading the paragraph is written under
(:mod:`.event_day_headings`: a highlights report's ``HIGHLIGHTS OF DAY 3 - WEDNESDAY, 15 MAY``), else the one day
its front lines date it by (a speech's dateline ``Port Vila, 18 February 2031``; not a range, ``Suva, 3 and 4 May
2031``: which of its days the words were said on is unsaid). A word of such a day (``date_words.csv``, role
``relative-day``, the days it counts in column ``form``: ``yesterday`` -1, ``tomorrow`` +1; not after ``of``, ``the
regulators of tomorrow``) dates each event named in its sentence that no paragraph dates, when the sentence writes
no date of its own nor another year, and the event's name no other year (:func:`dated_by_relative_day`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import Any

from wsiskg.ingest.extract.dates import document_date, find_dates
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.event_day_headings import day_headings
from wsiskg.ingest.extract.event_merging import _fold_days, of_year
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


@cache
def _relative_days() -> dict[str, int]:
    """The words of a day relative to the report's (``date_words.csv``, role ``relative-day``) and how many days
    from it they name."""
    return {r["word"]: int(r["form"]) for r in data_rows("date_words.csv") if r["role"] == "relative-day"}


@cache
def _relative() -> re.Pattern[str]:
    """A word of a relative day, any case, not after ``of`` (group ``word``)."""
    return re.compile(rf"(?<!\bof\s)\b(?P<word>(?i:{alternation(_relative_days())}))\b")


#: where a sentence ends
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“(]|\s*$)")


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence of ``text`` that holds offset ``at``."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _SENTENCE_END.search(text, at)
    return start, end.end() if end else len(text)


def _report_days(report: ParsedReport, default_year: int | None) -> dict[int, date]:
    """The day each paragraph is written on: its day heading's (a single day), else the report's one front day."""
    front = document_date(report, single=True)
    headings = day_headings(report, default_year)
    out, day = {}, front
    for p in report.paragraphs:
        if p.order in headings:
            h = headings[p.order]
            day = h.start if h.end in (None, h.start) else None
            continue
        if day is not None:
            out[p.order] = day
    return out


def dated_by_relative_day(
    report: ParsedReport, merged: dict[str, dict[str, Any]], aliases: dict[str, str], default_year: int | None
) -> None:
    """Each event no paragraph dates, named in a sentence with a word of a day relative to the report's, dated by
    that day (module docstring)."""
    if not any(_relative().search(p.text) for p in report.paragraphs):
        return
    days, doc = _report_days(report, default_year), document(report)
    for p in report.paragraphs:
        if p.order not in days:
            continue
        for m in _relative().finditer(p.text):
            s0, s1 = _sentence(p.text, m.start())
            day = days[p.order] + timedelta(days=_relative_days()[m.group("word").lower()])
            written = find_dates(p.text[s0:s1], default_year, months=True, years=True)
            if any(d.precision != "year" or d.start.year != day.year for d in written):
                continue  # a date of its own (the readers'), or another year (``foreseen for 2032``)
            for s in doc.spans(p.order, "event", s0, s1):
                e = merged.get(aliases.get(s.key, s.key))
                if e is not None and e["start"] is None and not e["months"] and of_year(e["name"], day.year):
                    _fold_days(e, day, None)

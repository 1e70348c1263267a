"""Events dated by the day heading they are written under: a report of a meeting's days (highlights, a day's
summary) sets each day as a line of its own (``HIGHLIGHTS OF DAY 3 - WEDNESDAY, 15 MAY``, ``Day 2 – Tuesday,
21 July``, ``Thursday, 23 July``) and writes that day's sessions below it. An undated event whose name opens a
paragraph under such a heading (``The closing ceremony of the Forum, held in the main hall, ...``, ``Afternoon:
Regional dialogue on X``) took place on that day (:func:`dated_by_day_heading`).

A day heading is a line :func:`~.event_programme.day_of` reads as only a day, after a label of the day
(``date_words.csv``, role ``day-heading``: ``Highlights of``; role ``number-label``: ``Day 3``); a line of a day
without a label counts only where the report has two or more (a single dated line is a speech's or a record's
date line, the day it was given, not the day of what it names).

Round 55: a title in capitals and a spaced dash may stand before the label (``HIGH-LEVEL TRACK AND THEMATIC
WORKSHOPS - HIGHLIGHTS OF WEDNESDAY, 21 MARCH``); and a line under a day heading that is only a session's name
(:func:`~.event_header_sessions.session_name`: ``Thematic Workshop 142: Open maps``, ``Youth Dialogue``), the heading
of the paragraphs that tell of it, is an event on that day (:func:`_session_headings`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wsiskg.ingest.extract.dates import DateSpan, date_words, day_part_words, find_dates
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.event_header_sessions import session_mention, session_name
from wsiskg.ingest.extract.event_merging import _add_mention, _fold_days, of_year
from wsiskg.ingest.extract.event_programme import day_of
from wsiskg.ingest.extract.gazetteer import determiners
from wsiskg.ingest.records import Paragraph, ParsedReport
from wsiskg.ingest.text import DASH, alternation


@cache
def _day_label() -> re.Pattern[str]:
    """A label before a day heading's day: ``HIGHLIGHTS OF``, ``Highlights –``, ``Day 3 -`` (or both); a title in
    capitals and a spaced dash before ``HIGHLIGHTS`` (``THEMATIC WORKSHOPS - HIGHLIGHTS OF ...``)."""
    heading = alternation(date_words("day-heading"))
    label = alternation(date_words("number-label")[:1])  # "Day": a programme's day by its number
    title = rf"[A-Z][A-Z&/,\-]*(?:\s+[A-Z&/,\-]+)*\s+{DASH}\s+(?=(?i:{heading}))"
    return re.compile(
        rf"(?:{title})?(?i:(?:{heading})(?:\s+of)?\s*(?:{DASH}|:)?\s*)?"
        rf"(?i:(?:{label})\s+\d{{1,2}}\s*(?:{DASH}|:|,)?\s*)?"
    )


def day_heading(text: str, default_year: int | None) -> tuple[DateSpan, bool] | None:
    """The day a line is a heading of, and whether a label names it one (module docstring); else None."""
    if len(text) > 80:
        return None
    label = _day_label().match(text)
    rest = text[label.end() :] if label else text
    day = day_of(rest, default_year)
    if day is None:
        return None
    return day, bool(label and label.end())


@cache
def _opening() -> re.Pattern[str]:
    """What may stand before the name that opens a paragraph: a part of the day as a label (``Afternoon:``,
    ``date_words.csv``, role ``day-part``) and an article (``determiners.csv``, role ``article``)."""
    parts = f"{alternation(day_part_words(), str.capitalize)}|{alternation(day_part_words(), str.upper)}"
    article = alternation(determiners("article"))
    return re.compile(rf"(?:(?:{parts})\s*(?:{DASH}|:)\s*)?(?:(?i:{article})\s+)?")


def day_headings(report: ParsedReport, default_year: int | None) -> dict[int, DateSpan]:
    """The report's day headings by paragraph (module docstring): the labelled ones, or every one when two or more."""
    found = {p.order: h for p in report.paragraphs if (h := day_heading(p.text, default_year)) is not None}
    if len(found) < 2 and not any(labelled for _, labelled in found.values()):
        return {}
    return {order: day for order, (day, _) in found.items()}


def _written_dates(text: str, default_year: int | None, day: DateSpan) -> bool:
    """Whether a paragraph writes a date or a year of its own, other than the heading's year."""
    return any(
        d.precision != "year" or d.start.year != day.start.year for d in find_dates(text, default_year, years=True)
    )


def dated_by_day_heading(
    report: ParsedReport, merged: dict[str, dict[str, Any]], aliases: dict[str, str], default_year: int | None
) -> None:
    """Each undated event whose name opens a paragraph under a day heading, named in no paragraph outside that
    day's and in none that writes a date of its own, dated by the day (module docstring)."""
    headings = day_headings(report, default_year)
    if not headings:
        return
    doc, day, section = document(report), None, set[int]()
    opens: list[tuple[str, DateSpan, set[int]]] = []
    for p in report.paragraphs:
        if p.order in headings:
            day, section = headings[p.order], set()
            continue
        if day is None:
            continue
        section.add(p.order)
        if _written_dates(p.text, default_year, day):
            continue
        if _session_headings(report, merged, p, day):
            continue
        lead = _opening().match(p.text)
        for s in doc.spans(p.order, "event", 0, lead.end() + 1 if lead else 1):
            opens.append((aliases.get(s.key, s.key), day, section))
    for key, day, section in opens:
        e = merged.get(key)
        if e is None or e["start"] is not None or e["months"] or not of_year(e["name"], day.start.year):
            continue
        if all(order in section for order in e["paragraphs"]):
            _fold_days(e, day.start, day.end)


def _session_headings(report: ParsedReport, merged: dict[str, dict[str, Any]], p: Paragraph, day: DateSpan) -> bool:
    """Whether ``p`` is a line under a day heading that is only a session's name and no other reader's event: that
    session, on that day, added to ``merged`` (module docstring)."""
    name = session_name(p.text)
    if name is None or document(report).spans(p.order, "event", 0, len(p.text)):
        return False
    _add_mention(merged, session_mention(name, (day.start, day.end)), p.order)
    return True

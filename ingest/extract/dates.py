"""Find calendar dates in report text.

:func:`find_dates` returns every date or date range in a text as a :class:`DateSpan`
(character offsets into the input, so callers can tie a date to a sentence).
:func:`parse_date` reads the first date of a short text; :func:`document_date` the day a report is
dated by. The pieces, imported here: the date span (:mod:`.date_span`), the words dates are read by
(:mod:`.date_vocabulary`), the date forms' regexes (:mod:`.date_forms`), one match's date
(:mod:`.date_building`), the reader of a text's dates (:mod:`.date_finder`), dates written as a list
(:mod:`.date_lists`), a date's year (:mod:`.date_years`), deadlines (:mod:`.due_cues`,
:mod:`.deadline_dates`).

Forms understood (month names and abbreviations from ``ingest/data/months.csv``,
range, "onwards" and deadline words from ``ingest/data/date_words.csv``):

- day first: ``8 April 2024``, ``the 12 October 2023``, ``8 Apr. 2024``, ``24th January``,
  ``3rd of March``
- day ranges: ``2-3 October 2024``, ``3/5 July 2024`` (a slash only between two days
  followed by a month name; ``40/5``, ``C24/12`` stay symbols because a day never follows
  a letter, digit, dash or slash), ``3rd-5th of July 2024``, ``2 – 3 October 2024``, ``from 4 to 15 November 2023``,
  ``24th and 25th June 2024``, glued ``24thand 25thJune``
- ranges over months / years: ``27 May – 2 June 2024``, ``26 Feb - 01 Mar 2024``,
  ``30 December 2023 - 2 January 2024``
- month first (US): ``June 4, 2024``, ``June 4-5, 2024``, ``June 28 – July 2, 2024``
- numeric: ISO ``2024-06-04``; day-first dotted ``04.06.2024`` (the European/ITU order; never
  month-first; numeric slashed forms ``04/06/2024`` are not read because ``/`` belongs to document symbols)
- open ended: ``10 April onwards`` -> ``open_ended=True``, ``end=None``
- month precision: ``May 2024``, ``October 2023 – October 2024``, ``January–March 2024``
- year precision, only with ``years=True``: ``2025``, ``2024-2027``

Rules:

- A part without a year takes the year of the later part of the range
  (``27 May – 2 June 2024``); if that makes the start later than the end, the start is
  in the previous year (``28 Dec - 3 Jan 2024``). A date with no year at all takes
  ``default_year`` (the meeting's year); without one the date is skipped.
- ``end`` is ``None`` for a single day, a single month or a single year (``precision`` says
  which). For ranges of months or years ``start`` is the first day of the first
  month/year and ``end`` the last day of the last one.
- Month names match in Title case or UPPER case only (``may`` the verb is not a month).
- Impossible dates (``31 February``) and backwards ranges are skipped, never raised; the
  month inside them is not reported as a month-precision date either.
- Overlapping candidates: the longest wins, then the leftmost.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from wsiskg.ingest.extract.date_finder import find_dates, spelled_days
from wsiskg.ingest.extract.date_lists import as_listed_days, joins_list, listed_days
from wsiskg.ingest.extract.date_span import DateSpan
from wsiskg.ingest.extract.date_vocabulary import (
    CLOCK,
    CLOCK_UNIT,
    adjacent_words,
    date_words,
    day_part_words,
    held_words,
    month_numbers,
    neighbour_words,
    purpose_words,
    tense_words,
    venue_words,
    weekday_words,
)
from wsiskg.ingest.extract.date_years import month_end, resolve_year
from wsiskg.ingest.extract.deadline_dates import DueDate, column_due_dates, due_dates
from wsiskg.ingest.extract.due_cues import due_regex, is_due_cue, is_due_header
from wsiskg.ingest.extract.header_fields import label_alternation
from wsiskg.ingest.records import ParsedReport

#: how many front lines may hold the date a document is dated by
HEADER_DATE_LINES = 12


def document_date(report: ParsedReport, single: bool = False) -> date | None:
    """The day a report is dated by, for reading its dates without a year when it states no
    meeting (a letter, a contribution, a speech): the first date with a year on a short front
    line (an issue date ``22 May 2019``, a dateline ``Bangkok, 12 November 2019``). A range (the
    dates of the session a document is for, ``Geneva, 4-13 July 2031``) gives its first day only
    when no front line gives a single day (the issue date, ``10 July 2031``); the title's date
    (``Council 2031, Geneva, 20-30 October 2031 – Plenary``) only when no front line gives one. With ``single``, a
    single day only, also on a line under a range (``Tuesday, 4 July 2031``: the day of the session's that it was
    given on), never a range's first day."""
    session = None
    lines = [p.text for p in report.paragraphs[:HEADER_DATE_LINES] if p.section == "front"]
    for k, text in enumerate([*lines, *([report.title] if report.title else [])]):
        if len(text) > 80:
            continue
        found = [d for d in find_dates(text) if d.precision == "day" and d.year_written]
        # "Twelfth meeting – Virtual, 13-14 September 2029 30 August 2029": the meeting's range
        # and the issue date on one line (a layout that ran two front lines together)
        days = [d for d in found if d.end is None] if len(found) > 1 else found
        if len(days) == 1 and days[0].end is None and (session is None or single or bare_date(text) is not None):
            # "Busan, 3 May 2031" over "Document C31/9-E" / "12 April 2031": the dateline is the day of
            # the session the document is for, the line that is only a date its issue date
            issued = None if bare_date(text) is not None else next(filter(None, map(bare_date, lines[k + 1 :])), None)
            return issued or days[0].start
        session = session or (days[0].start if len(days) == 1 and days[0].end else None)
    return None if single else session


def bare_date(text: str) -> date | None:
    """The day of a line that is only an issue date with its year: the date alone (``12 April 2031``)
    or after an issue date's label (``Date: 12 April 2031``, ``Issued: 12 April 2031``;
    ``header_fields.csv``, value ``date``), maybe with one closing full stop; else None. Another
    label makes no issue date (``Deadline: 30 May 2031`` is a reply's due day)."""
    text = text.strip()
    found = [d for d in find_dates(text) if d.precision == "day" and d.year_written] if len(text) <= 40 else []
    if len(found) != 1 or found[0].end is not None:
        return None
    (a, b), d = found[0].span, found[0]
    return d.start if _issue_label().fullmatch(text[:a]) and _CLOSING_STOP.fullmatch(text[b:]) else None


@cache
def _issue_label() -> re.Pattern[str]:
    """What may stand before an issue date on a line of its own: nothing, or an issue date's label."""
    return re.compile(rf"(?:(?i:{label_alternation('date')})\s*:\s*)?")


#: what may follow an issue date on a line of its own: one full stop at most
_CLOSING_STOP = re.compile(r"\s*\.?\s*")


def parse_date(text: str, default_year: int | None = None) -> date | None:
    """The start of the first date in ``text`` (``"8 April 2024"`` -> 2024-04-08), else ``None``."""
    found = find_dates(text, default_year)
    return found[0].start if found else None


__all__ = [
    "CLOCK",
    "CLOCK_UNIT",
    "DateSpan",
    "DueDate",
    "HEADER_DATE_LINES",
    "adjacent_words",
    "as_listed_days",
    "bare_date",
    "column_due_dates",
    "date_words",
    "day_part_words",
    "document_date",
    "due_dates",
    "due_regex",
    "find_dates",
    "held_words",
    "is_due_cue",
    "is_due_header",
    "joins_list",
    "listed_days",
    "month_end",
    "month_numbers",
    "neighbour_words",
    "parse_date",
    "purpose_words",
    "resolve_year",
    "spelled_days",
    "tense_words",
    "venue_words",
    "weekday_words",
]

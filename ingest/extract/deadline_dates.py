"""Deadlines in a text (:func:`due_dates`, the one reader of due dates; :func:`column_due_dates` for a
table's deadline column): dates after a due cue (:mod:`.due_cues`), months due on their last day
(``before the end of April``, ``by March 2031``) and periods due on theirs (``the first quarter of 2025``, ``the end of
the year``: :data:`_PERIOD`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from wsiskg.ingest.extract.date_finder import _HAS_DIGIT, find_dates
from wsiskg.ingest.extract.date_vocabulary import date_words, month_numbers
from wsiskg.ingest.extract.date_years import month_end, resolve_year
from wsiskg.ingest.extract.deadline_weekdays import weekday_dues
from wsiskg.ingest.extract.due_cues import is_closing_cue, is_due_cue, is_month_due_cue
from wsiskg.ingest.months import month_alternation
from wsiskg.ingest.text import alternation

_Y = r"(?P<y>(?:19|20)\d\d)(?![\d/\-])"
#: periods longer than a month (``the first quarter of 2025``, ``Q1 2025``, ``the second half of
#: 2025``, ``mid-2025``, ``the end of 2024``, ``the end of the year``), ``the end of the month`` (the
#: reference date's) and ``the week of 12 February 2024``; due on their last day
_PERIOD = re.compile(
    r"(?P<what>(?:(?:end|close)\s+of\s+(?:the\s+)?)?"
    r"(?:(?P<q>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?"
    + _Y
    + r"|Q(?P<qn>[1-4])[\s\-/]*"
    + _Y.replace("P<y>", "P<y2>")
    + r"|(?P<h>first|second)\s+half\s+(?:of\s+)?"
    + _Y.replace("P<y>", "P<y3>")
    + r"|(?:mid[\-\s]?|the\s+middle\s+of\s+)"
    + _Y.replace("P<y>", "P<y4>")
    + r"|(?<=end of )(?:(?:the\s+)?year\s+)?"
    + _Y.replace("P<y>", "P<y5>")
    + r"|(?<=close of )(?:(?:the\s+)?year\s+)?"
    + _Y.replace("P<y>", "P<y6>")
    + r"|(?:(?<=end of )|(?<=close of ))"
    + r"(?P<rel>the|this|that|the\s+current|the\s+present)\s+year\b(?![\s,]*(?:19|20)\d\d)"
    + r"|(?:(?<=end of )|(?<=close of ))(?P<month>the|this|the\s+current|the\s+present)\s+month\b(?!\s+of\b)"
    + r"|week\s+(?:of|starting|beginning)\s+(?:the\s+)?(?=\d)))",
    re.IGNORECASE,
)
_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4}
_END_OF = re.compile(r"(?i)\b(?:the\s+)?end\s+of\s+(?:the\s+month\s+of\s+)?$")


def _period_end(m: re.Match[str], text: str, default_year: int | None, reference: date | None = None) -> date | None:
    """The last day of the period matched by :data:`_PERIOD`; ``the end of the month`` is the reference
    date's month (none without one), ``the end of the year`` the reference date's year (else
    ``default_year``), ``the end of that year`` the year last written before it (else the same)."""
    g = m.groupdict()
    if g["month"]:  # "before the end of the month": the reference date's month
        return month_end(reference) if reference else None
    if g["rel"]:
        years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text[: m.start()]) if g["rel"].lower() == "that" else []
        year = int(years[-1]) if years else (reference.year if reference else default_year)
        return date(year, 12, 31) if year else None
    if g["q"] or g["qn"]:
        quarter = _QUARTERS[g["q"].lower()] if g["q"] else int(g["qn"])
        return month_end(date(int(g["y"] or g["y2"]), 3 * quarter, 1))
    if g["h"]:
        return month_end(date(int(g["y3"]), 6 if g["h"].lower() == "first" else 12, 1))
    if g["y4"]:
        return date(int(g["y4"]), 6, 30)
    if g["y5"] or g["y6"]:
        return date(int(g["y5"] or g["y6"]), 12, 31)
    # "the week of 12 February 2024": the Sunday that ends it
    days = find_dates(text[m.end() : m.end() + 30], default_year)
    if not days or days[0].span[0] != 0 or days[0].precision != "day" or days[0].end is not None:
        return None
    start = days[0].start
    return start + timedelta(days=6 - start.weekday())


@dataclass(frozen=True)
class DueDate:
    """A deadline in a text: the date something is due."""

    due: date
    #: the due expression, from its first word (``end of``, ``the first quarter``) to the date's end
    span: tuple[int, int]
    #: "period" (a quarter, half, year end, week), "month" (``end of March 2025``) or "day"
    kind: str = "day"


def due_dates(
    text: str,
    default_year: int | None = None,
    reference: date | None = None,
    clauses: list[tuple[int, int]] | None = None,
) -> list[DueDate]:
    """Every deadline in ``text``, in text order: the one reader of due dates.

    A date is due when a due word stands right before it or a deadline noun earlier in its
    clause (``clauses``: spans of ``text``, by default the whole text); ``by the end of March
    2025`` and ``by March 2025`` are due on 31 March (:func:`_month_due`); ``by the first quarter of
    2025`` on 31 March 2025; a date without a year on its next occurrence on or after ``reference``
    (:func:`resolve_year`); a weekday alone after a due word on its next occurrence on or after ``reference``
    (:func:`.deadline_weekdays.weekday_dues`). Ranges are not due dates.
    """
    found = _month_ends(text, default_year, reference) if "end of" in text else []
    found += [DueDate(day, span) for day, span in weekday_dues(text, reference)]  # "by Wednesday noon"
    if not _HAS_DIGIT.search(text) and " year" not in text and " month" not in text:
        return found
    clauses = clauses or [(0, len(text))]
    for m in _PERIOD.finditer(text):
        cued = is_due_cue(text[max(0, m.start() - 70) : m.start()])
        day = _period_end(m, text, default_year, reference) if cued else None
        if day is not None:
            found.append(DueDate(day, m.span(), "period"))
    if not _HAS_DIGIT.search(text):
        return sorted(found, key=lambda f: f.span)
    joined_to = -1  # where the last due day ends: a day joined to it (:data:`_JOINED`) is due too
    for d in find_dates(text, default_year):
        start, due = d.span[0], d.start
        if d.end is not None or d.precision == "year":
            continue
        if d.precision == "month":
            end_of = _END_OF.search(text[: d.span[0]])
            if not end_of and not _month_due(text[: d.span[0]], d.start, d.year_written, reference):
                continue
            start, due = end_of.start() if end_of else start, month_end(d.start)
        clause = next((c for c in clauses if c[0] <= d.span[0] < c[1]), (0, len(text)))
        joined = d.precision == "day" and joined_to >= 0 and _JOINED.fullmatch(text, joined_to, start) is not None
        if (
            not joined
            and not is_due_cue(text[clause[0] : start])
            and not (d.precision == "day" and is_closing_cue(text[clause[0] : start]))
        ):
            continue
        if not d.year_written and _every_year().match(text, d.span[1]):
            continue  # "before 15 March each year": a date that comes back, no deadline
        if not d.year_written:
            due = resolve_year(due, reference, future=True)
        found.append(DueDate(due, (start, d.span[1]), d.precision))
        joined_to = d.span[1] if d.precision == "day" else -1
    return sorted(found, key=lambda f: f.span)


#: what joins a day to a due day before it, one list of deadlines (``by 3 May and 9 June 2031 respectively``,
#: ``before 4 May, 9 June or 1 July``): ``and``, ``or`` or a comma, nothing else between
_JOINED = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")


@cache
def _every_year() -> re.Pattern[str]:
    """What makes a day without its year come back each year, right after it (``date_words.csv``, role
    ``every-year``: ``each year``, ``every year``, ``annually``)."""
    return re.compile(rf"\s*,?\s*(?:of\s+)?(?:{alternation(date_words('every-year'), spaces=True)})\b")


def _month_due(before: str, month: date, year_written: bool, reference: date | None) -> bool:
    """``by March 2031``, ``no later than September 2032``: a month and its year right after a due word
    (:func:`is_month_due_cue`) is due on its last day, unless it ended before ``reference`` (``By May 2029, 300
    schools were connected``: what was done by then)."""
    if not year_written or not is_month_due_cue(before):
        return False
    return reference is None or month_end(month) >= reference


def column_due_dates(
    text: str, cells: list[tuple[int, int]], default_year: int | None = None, reference: date | None = None
) -> list[DueDate]:
    """The deadlines of a table row's ``cells`` that stand under a column headed by a deadline
    (``Deadline``, ``Due date``, ``By``): each single day there is due (a range is not), a day
    without a year on its next occurrence on or after ``reference``."""
    found = []
    for a, b in cells:
        for d in find_dates(text[a:b], default_year):
            if d.end is not None or d.precision != "day":
                continue
            due = d.start if d.year_written else resolve_year(d.start, reference, future=True)
            found.append(DueDate(due, (a + d.span[0], a + d.span[1]), "day"))
    return found


@cache
def _month_end_pattern() -> re.Pattern[str]:
    months = month_alternation()
    return re.compile(
        rf"(?i:\b(?:the\s+)?end\s+of\s+(?:the\s+month\s+of\s+)?)(?P<m>{months})(?![a-z])(?!\.?,?\s*(?:of\s+)?\d)"
    )


def _month_ends(text: str, default_year: int | None, reference: date | None) -> list[DueDate]:
    """``before the end of April``: a month without a year, due on its last day, the next
    one on or after ``reference`` (a year-less month is read only after a due word); not one that comes back
    (``by the end of November each year``, :func:`_every_year`)."""
    year = default_year or (reference.year if reference else None)
    out: list[DueDate] = []
    if year is None:
        return out
    for m in _month_end_pattern().finditer(text):
        if is_due_cue(text[max(0, m.start() - 70) : m.start()]) and not _every_year().match(text, m.end()):
            last = month_end(date(year, month_numbers()[m.group("m")], 1))
            due = month_end(resolve_year(last, reference, future=True))  # 28 February may move to a leap year
            out.append(DueDate(due, m.span(), "month"))
    return out

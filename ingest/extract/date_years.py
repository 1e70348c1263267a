"""The year of a date: a month's last day (:func:`month_end`), a date written without its year placed
against a reference date (:func:`resolve_year`), and the year a date takes from the list it stands in
(:func:`_listed_years`), from ``last year``/``next year`` before it (:func:`_relative_years`) or from the weekday
written with it (:func:`_weekday_years`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from wsiskg.ingest.extract.date_building import _last_day
from wsiskg.ingest.extract.date_lists import _LIST_JOIN
from wsiskg.ingest.extract.date_span import DateSpan
from wsiskg.ingest.extract.date_vocabulary import date_words, weekday_words
from wsiskg.ingest.text import alternation


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return _last_day(day.year, day.month)


def _shift_year(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def resolve_year(day: date, reference: date | None, future: bool) -> date:
    """A date written without a year, placed against the document's reference date (the
    meeting's start): a deadline (``future``) is the next occurrence on or after it (``before
    1 March`` in a September meeting is next March), a past event the last occurrence on or
    before it (``held on 3 December`` in a March meeting is last December)."""
    if reference is None:
        return day
    if future:
        while day < reference:
            day = _shift_year(day, 1)
        while _shift_year(day, -1) >= reference:
            day = _shift_year(day, -1)
    else:
        while day > reference:
            day = _shift_year(day, -1)
        while _shift_year(day, 1) <= reference:
            day = _shift_year(day, 1)
    return day


def _listed_years(text: str, found: list[DateSpan]) -> list[DateSpan]:
    """A date without its year in a list of dates whose last one has it takes that year (``the
    Group met on 3 and 4 March and on 12 October 2015``: March 2015), or the year before when
    the listed date falls after the one that gives the year (``28 December and 3 January 2016``)."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        d, nxt = out[i], out[i + 1]
        if d.year_written or d.precision != "day" or not _LIST_JOIN.fullmatch(text, d.span[1], nxt.span[0]):
            continue
        if not nxt.year_written or nxt.precision == "year":
            continue
        shift = nxt.start.year - d.start.year
        moved = replace(d, start=_shift_year(d.start, shift), end=d.end and _shift_year(d.end, shift))
        if moved.start > nxt.start:
            moved = replace(moved, start=_shift_year(moved.start, -1), end=moved.end and _shift_year(moved.end, -1))
        out[i] = replace(moved, year_written=True)
    return out


@cache
def _relative_year_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """``last year`` (-1), ``next year`` (+1): ``date_words.csv``, roles ``year-before`` and ``year-after``."""
    shifts = {w.casefold(): -1 for w in date_words("year-before")} | {w.casefold(): 1 for w in date_words("year-after")}
    return re.compile(rf"\b(?i:{alternation(shifts, spaces=True)})\b"), shifts


@cache
def year_after() -> re.Pattern[str]:
    """``last year``, ``next year`` right after a date (``in September last year``, ``on 3 May of next year``)."""
    shifts = (*date_words("year-before"), *date_words("year-after"))
    return re.compile(rf"\s+(?:of\s+)?(?i:{alternation(shifts, spaces=True)})\b")


def _relative_years(text: str, found: list[DateSpan]) -> list[DateSpan]:
    """A date written without its year in a sentence that says ``last year`` or ``next year``
    before it (``Last year, at the symposium held on 22 June``), or right after it (``In September last year,``),
    is of the year before or after."""
    if all(d.year_written for d in found):
        return found
    pattern, shifts = _relative_year_pattern()
    out = []
    for d in found:
        s0 = text.rfind(". ", 0, d.span[0]) + 1
        said = None if d.year_written else list(pattern.finditer(text, s0, d.span[0]))
        after = None if d.year_written else year_after().match(text, d.span[1])
        if after:  # the year it is of, said with it: no tense moves it
            said = list(pattern.finditer(text, after.start(), after.end()))
        if said:
            k = shifts[" ".join(said[-1].group(0).casefold().split())]
            d = replace(d, start=_shift_year(d.start, k), end=d.end and _shift_year(d.end, k), year_written=bool(after))
        out.append(d)
    return out


@cache
def _weekday_pattern() -> re.Pattern[str]:
    """A weekday (``date_words.csv``, role ``weekday``, in the order of :meth:`date.weekday`) right before a date
    (``Thursday 9 November``, ``on Wednesday, 10 December``) or opening it (``Monday 3 to Friday 7 May``)."""
    days = alternation(weekday_words(), spaces=True)
    return re.compile(rf"\b(?P<day>{days})\s*,?\s+(?:the\s+)?(?=\d)", re.IGNORECASE)


def _weekday_said(text: str, d: DateSpan) -> int | None:
    """The weekday written with ``d`` (0 for Monday), if any."""
    m = _weekday_pattern().match(text, d.span[0]) or next(
        (w for w in _weekday_pattern().finditer(text, max(0, d.span[0] - 14), d.span[0] + 1) if w.end() == d.span[0]),
        None,
    )
    return _weekday_numbers().get(m.group("day")[:3].casefold()) if m else None


@cache
def _weekday_numbers() -> dict[str, int]:
    """A weekday's number (0 for Monday) by its first three letters: the first seven rows of :func:`weekday_words`
    name the days in order, and an abbreviation (``Thu.``) shares its day's first letters."""
    return {w[:3].casefold(): i for i, w in enumerate(weekday_words()[:7])}


def _weekday_years(text: str, found: list[DateSpan]) -> list[DateSpan]:
    """A date written without its year whose weekday the text gives (``at the sixth Plenary Meeting, Thursday 9
    November``) is of the year next to the default one in which that day is that weekday, when it is not one in the
    default year (the last year a text writes is not always its own): the year before, else the year after."""
    out = []
    for d in found:
        weekday = _weekday_said(text, d) if not d.year_written and d.precision == "day" else None
        if weekday is not None and d.start.weekday() != weekday:
            shift = next((k for k in (-1, 1) if _shift_year(d.start, k).weekday() == weekday), None)
            if shift is not None:
                end = d.end and _shift_year(d.end, shift)
                d = replace(d, start=_shift_year(d.start, shift), end=end, year_written=True)
        out.append(d)
    return out

"""The date one match of a date form gives (:func:`_build`: its months, its years, a range's two ends;
:data:`_INVALID` when impossible) and the span of a bare year (:func:`_year_span`)."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from wsiskg.ingest.extract.date_span import DateSpan
from wsiskg.ingest.extract.date_vocabulary import month_numbers


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _int(groups: dict[str, str | None], key: str) -> int | None:
    value = groups.get(key)
    return int(value) if value else None


_INVALID = "invalid"
#: the most days between the two days of a meeting that sat part of one and the next (a weekend between)
_SPLIT_DAYS_APART = 3


def _build(form: str, m: re.Match[str], default_year: int | None) -> DateSpan | str | None:
    """The date of one match; ``None`` when no year is known, ``_INVALID`` when impossible."""
    g = m.groupdict()
    mo1, mo2 = _months(g)
    d1, d2 = _int(g, "d1"), _int(g, "d2")
    is_range = form.endswith("range")
    precision = "month" if form.startswith("month") else "day"
    y1, y2, inferred_start_year = _years(g, is_range, default_year)
    if y1 is None or y2 is None and is_range or mo1 is None or mo2 is None:
        return None
    if precision == "day" and 0 in (d1, d2):
        return _INVALID  # "Day 0 – 31 August": a programme's day 0, no day of a month
    try:
        if precision == "month":
            start = date(y1, mo1, 1)
            end: date | None = _last_day(y2, mo2) if is_range and y2 is not None else None
        else:
            start = date(y1, mo1, d1 or 1)
            end = date(y2, mo2, d2) if is_range and y2 is not None and d2 else None
        if end is not None and end < start:
            if mo1 > mo2 and inferred_start_year:
                start = start.replace(year=start.year - 1)
            elif mo1 > mo2 and g.get("y2") is None:
                end = end.replace(year=end.year + 1)
            else:
                return _INVALID
        if end == start:
            end = None
        if form in ("split-day-range", "continued-range") and (end is None or (end - start).days > _SPLIT_DAYS_APART):
            return None  # "3 May (morning) and 12 May": two meetings' days, read one by one
    except ValueError:  # 31 February, month 13 ...
        return _INVALID
    return DateSpan(
        start=start,
        end=end,
        text=m.group(0),
        span=m.span(),
        open_ended=bool(g.get("open")),
        precision=precision,
        year_written=bool(g.get("y1") or g.get("y2")),
    )


def _months(g: dict[str, Any]) -> tuple[int | None, int | None]:
    """The months of a match's two ends, by name or number; an end without one takes the other's."""
    months = month_numbers()
    mo1 = months[g["m1"]] if g.get("m1") else _int(g, "n1")
    mo2 = months[g["m2"]] if g.get("m2") else _int(g, "n2")
    return (mo2 if mo1 is None else mo1), (mo1 if mo2 is None else mo2)


def _years(g: dict[str, Any], is_range: bool, default_year: int | None) -> tuple[int | None, int | None, bool]:
    """The years of a match's two ends and whether the first was inferred: a range without its last year
    takes its first (else ``default_year``), one without its first takes its last; a date alone without one
    ``default_year``."""
    y1, y2 = _int(g, "y1"), _int(g, "y2")
    inferred_start_year = False
    if is_range:
        if y2 is None:
            y2 = y1 if y1 is not None else default_year
        if y1 is None:
            y1, inferred_start_year = y2, True
    elif y1 is None:
        y1 = default_year
    return y1, y2, inferred_start_year


def _year_span(m: re.Match[str]) -> DateSpan | None:
    y1, y2 = int(m.group("y1")), m.group("y2")
    if y2 is None:
        return DateSpan(date(y1, 1, 1), None, m.group(0), m.span(), precision="year")
    if int(y2) <= y1:
        return None
    return DateSpan(date(y1, 1, 1), date(int(y2), 12, 31), m.group(0), m.span(), precision="year")

"""Find calendar dates in report text.

:func:`find_dates` returns every date or date range in a text as a :class:`DateSpan`
(character offsets into the input, so callers can tie a date to a sentence).
:func:`parse_date` reads the first date of a short text.

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

import calendar
import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from wsiskg.core.resources import read_text


@dataclass(frozen=True)
class DateSpan:
    start: date
    end: date | None  # None for a single day (or single month/year, see ``precision``)
    text: str  # the matched text
    span: tuple[int, int]  # character offsets in the input
    open_ended: bool = False  # "15 March onwards"
    precision: str = "day"  # "day" | "month" | "year"


# ----------------------------------------------------------------------------- data
def read_table(name: str) -> list[dict[str, str]]:
    """Rows of ``ingest/data/<name>`` (CSV with a header), values stripped."""
    text = read_text("ingest", "data", name)
    return [{k.strip(): (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


@cache
def month_numbers() -> dict[str, int]:
    """Month name or abbreviation (as written, Title and UPPER case) -> 1..12."""
    table: dict[str, int] = {}
    for row in read_table("months.csv"):
        name, number = row["name"], int(row["month"])
        table[name[0].upper() + name[1:].lower()] = number
        table[name.upper()] = number
    return table


@cache
def _words(role: str) -> tuple[str, ...]:
    return tuple(r["word"] for r in read_table("date_words.csv") if r["role"] == role)


def due_words() -> tuple[str, ...]:
    """Words that make the date after them a deadline (``by``, ``until``, ``Deadline:`` ...)."""
    return _words("due")


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# --------------------------------------------------------------------------- regexes
DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH = f"[{DASHES}]"


def _day(n: int) -> str:
    # the first day of a form is not inside a number / symbol ("WTSA-20", "C22/45");
    # an ordinal suffix may be glued to what follows ("25thJanuary")
    guard = rf"(?<![\d./{DASHES}A-Z])" if n == 1 else ""
    return rf"{guard}(?P<d{n}>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"


def _month(n: int) -> str:
    names = _alternation(list(month_numbers()))
    # a dot after an abbreviation belongs to it only when a number follows ("Mar. 2022")
    not_in_word = r"(?:(?<![A-Za-z])|(?<=\dst|\dnd|\drd|\dth))"
    return rf"{not_in_word}(?P<m{n}>{names})(?![a-z])(?:\.(?=\s*\d))?"


def _year(n: int) -> str:
    return rf"(?P<y{n}>(?:1[89]|2[01])\d\d)(?!\d)"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    words = _alternation(_words("range"))
    sep = rf"(?:\s*{_DASH}\s*|\s*(?:{words})\s*)"
    month_sep = rf"(?:\s*{_DASH}\s*|\s+(?:{_alternation([w for w in _words('range') if w not in ('and', '&')])})\s+)"
    opening = _alternation(_words("open"))
    d1, d2, m1, m2, y1, y2 = _day(1), _day(2), _month(1), _month(2), _year(1), _year(2)
    # US day: not followed by further digits or a letter other than an ordinal suffix
    ud1 = r"(?P<d1>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?![A-Za-z])"
    ud2 = r"(?P<d2>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?![A-Za-z])"
    forms = {
        "dmy-range": rf"{d1}\s*{m1}(?:,?\s*{y1})?{sep}{d2}\s*{m2}(?:,?\s*{y2})?",
        "day-range": rf"{d1}{sep}{d2}\s*(?:of\s+)?{m2}(?:,?\s*{y2})?",
        # "3/5 July 2024": a slash between days only when a month name follows (else a symbol)
        "slash-range": rf"{d1}\s?/\s?{d2}\s*(?:of\s+)?{m2}(?:,?\s*{y2})?",
        "mdy-range": rf"{m1}\s*{ud1}(?:,?\s*{y1})?{sep}{m2}\s*{ud2}(?:,?\s*{y2})?",
        "mdy-day-range": rf"{m2}\s*{ud1}{sep}{ud2}(?:,?\s*{y2})?",
        "dmy": rf"{d1}\s*(?:of\s+)?{m1}(?:,?\s*{y1})?(?P<open>\s+(?:{opening})\b)?",
        "mdy": rf"{m1}\s+{ud1}(?:,?\s*{y1})?",
        "month-range": rf"{m1}(?:,?\s*{y1})?{month_sep}{m2},?\s*{y2}",
        "month": rf"{m1},?\s*{y1}",
        "iso": r"(?<![\d/.\-])(?P<y1>\d{4})-(?P<n1>\d\d)-(?P<d1>\d\d)(?![\d\-])",
        "dotted": r"(?<![\d.])(?P<d1>\d\d?)\.(?P<n1>\d\d?)\.(?P<y1>\d{4})(?!\.?\d)",
    }
    return tuple((name, re.compile(p)) for name, p in forms.items())


_YEARS = re.compile(
    rf"(?<![\d/.\w{DASHES}])(?P<y1>(?:1[89]|2[01])\d\d)(?:\s*{_DASH}\s*(?P<y2>(?:1[89]|2[01])\d\d))?(?![\d\w/]|{_DASH}\d)"
)


# ---------------------------------------------------------------------------- build
def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _int(groups: dict[str, str | None], key: str) -> int | None:
    value = groups.get(key)
    return int(value) if value else None


_INVALID = "invalid"


def _build(form: str, m: re.Match[str], default_year: int | None) -> DateSpan | str | None:
    """The date of one match; ``None`` when no year is known, ``_INVALID`` when impossible."""
    g = m.groupdict()
    months = month_numbers()
    mo1 = months[g["m1"]] if g.get("m1") else _int(g, "n1")
    mo2 = months[g["m2"]] if g.get("m2") else None
    if mo1 is None:
        mo1 = mo2
    if mo2 is None:
        mo2 = mo1
    y1, y2 = _int(g, "y1"), _int(g, "y2")
    d1, d2 = _int(g, "d1"), _int(g, "d2")
    is_range = form.endswith("range")
    precision = "month" if form.startswith("month") else "day"
    inferred_start_year = False
    if is_range:
        if y2 is None:
            y2 = y1 if y1 is not None else default_year
        if y1 is None:
            y1, inferred_start_year = y2, True
    elif y1 is None:
        y1 = default_year
    if y1 is None or y2 is None and is_range or mo1 is None or mo2 is None:
        return None
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
    except ValueError:  # 31 February, month 13 ...
        return _INVALID
    return DateSpan(
        start=start,
        end=end,
        text=m.group(0),
        span=m.span(),
        open_ended=bool(g.get("open")),
        precision=precision,
    )


def _year_span(m: re.Match[str]) -> DateSpan | None:
    y1, y2 = int(m.group("y1")), m.group("y2")
    if y2 is None:
        return DateSpan(date(y1, 1, 1), None, m.group(0), m.span(), precision="year")
    if int(y2) <= y1:
        return None
    return DateSpan(date(y1, 1, 1), date(int(y2), 12, 31), m.group(0), m.span(), precision="year")


# --------------------------------------------------------------------------- public
def find_dates(text: str, default_year: int | None = None, years: bool = False) -> list[DateSpan]:
    """Every date or date range in ``text``, in text order, without overlaps.

    ``default_year`` completes dates written without a year. With ``years=True`` bare
    years and year ranges (``2025``, ``2024-2027``) not part of a longer date are
    returned too, with ``precision="year"``.
    """
    candidates: list[DateSpan] = []
    # impossible dates: their months are no dates either, nor are the days of a single date
    blocked: list[tuple[int, int, bool]] = []  # (start, end, also blocks days)
    for form, pattern in _patterns():
        for m in pattern.finditer(text):
            found = _build(form, m, default_year)
            if isinstance(found, DateSpan):
                candidates.append(found)
            elif found == _INVALID:
                blocked.append((*m.span(), not form.endswith("range")))
    if years:
        for m in _YEARS.finditer(text):
            found = _year_span(m)
            if found is not None:
                candidates.append(found)
    candidates.sort(key=lambda d: (-(d.span[1] - d.span[0]), d.span[0]))
    chosen: list[DateSpan] = []
    for cand in candidates:
        if any(
            b[0] <= cand.span[0] and cand.span[1] <= b[1] and (days or cand.precision != "day") for *b, days in blocked
        ):
            continue
        if all(cand.span[1] <= c.span[0] or cand.span[0] >= c.span[1] for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda d: d.span)


def parse_date(text: str, default_year: int | None = None) -> date | None:
    """The start of the first date in ``text`` (``"8 April 2024"`` -> 2024-04-08), else ``None``."""
    found = find_dates(text, default_year)
    return found[0].start if found else None

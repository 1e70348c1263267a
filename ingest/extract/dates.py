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
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from wsiskg.ingest.extract.document import longest_first
from wsiskg.ingest.extract.header_fields import label_alternation
from wsiskg.ingest.extract.ordinals import number_value, ordinal_regex
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, DASH_CHARS, alternation, ordinal_suffix


@dataclass(frozen=True)
class DateSpan:
    start: date
    end: date | None  # None for a single day (or single month/year, see ``precision``)
    text: str  # the matched text
    span: tuple[int, int]  # character offsets in the input
    open_ended: bool = False  # "15 March onwards"
    precision: str = "day"  # "day" | "month" | "year"
    #: False when no year was written and ``default_year`` completed the date
    year_written: bool = True


# ----------------------------------------------------------------------------- data
@cache
def month_numbers() -> dict[str, int]:
    """Month name or abbreviation (as written, Title and UPPER case) -> 1..12."""
    table: dict[str, int] = {}
    for row in data_rows("months.csv"):
        name, number = row["name"], int(row["month"])
        table[name[0].upper() + name[1:].lower()] = number
        table[name.upper()] = number
    return table


@cache
def date_words(role: str) -> tuple[str, ...]:
    """The words of ``date_words.csv`` with ``role`` (``held``, ``plan``, ``times`` ...), in the file's order."""
    return tuple(r["word"] for r in data_rows("date_words.csv") if r["role"] == role)


def due_words() -> tuple[str, ...]:
    """Words that make the date after them a deadline (``by``, ``until``, ``Deadline:`` ...)."""
    return date_words("due")


def purpose_words() -> tuple[str, ...]:
    """Words of a noun phrase that is held for another event (``the Preparatory Meeting for the
    Assembly``): the event named after its ``for`` takes none of the phrase's dates."""
    return date_words("purpose")


def neighbour_words() -> tuple[str, ...]:
    """Words that introduce another event after an event's dates (``preceded by``, ``during``,
    ``back-to-back with``): the dates after them are that event's, not the first one's."""
    return date_words("neighbour")


#: a time of day as reports write it: ``10:00``, ``9.30``, ``10h30``, ``0900`` before ``h(ours)``,
#: ``3`` before ``p.m.``; the one reading of clock times (deadlines' cues, datelines' tails)
CLOCK = r"(?:\d{1,2}[.:h]\d{2}|\d{3,4}(?=\s*h)|\d{1,2}(?=\s*[ap]\.?m\b))"
#: what may follow a clock time
CLOCK_UNIT = r"(?:hours|hrs|h\b|[ap]\.?\s?m\.?)"


def weekday_words() -> tuple[str, ...]:
    """The names of the days of the week (``Monday``, ``Mon.``): role ``weekday``."""
    return date_words("weekday")


def tense_words(tense: str) -> tuple[str, ...]:
    """Words that say an event is to come (``tense="future"``: ``will``, ``planned``, ``next``) or
    is past (``"past"``: ``was``, ``took place``, ``previous``, ``since``): roles ``future`` and
    ``past``; they read a date written without its year (:func:`.event_dates.dated_by_tense`)."""
    return date_words(tense)


def adjacent_words() -> tuple[str, ...]:
    """Words that name a body's meeting by its place next to the present one (``the next meeting``,
    ``the previous meeting``): role ``adjacent``."""
    return date_words("adjacent")


def venue_words() -> tuple[str, ...]:
    """Nouns of a venue that stand, lower case, between an event and its dates (``at the headquarters
    of the X in Rome on 3 May``, ``at ITU headquarters``): role ``venue``."""
    return date_words("venue")


def day_part_words() -> tuple[str, ...]:
    """The parts of a day (``morning``, ``afternoon``, ``evening``): role ``day-part``."""
    return date_words("day-part")


def held_words() -> tuple[str, ...]:
    """Verbs that tie an event to the dates after it (``held``, ``will take place``, ``scheduled for`` ...)."""
    return date_words("held")


@cache
def due_regex() -> str:
    """Regex (no groups) of the due words; a space in a word matches any run of spaces."""
    return alternation(due_words(), spaces=True)


@cache
def _due_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A due word right before a date (``by``, ``no later than the``, ``Deadline: (``), and a
    deadline noun anywhere earlier in the clause (``the deadline for comments is 3 May``)."""
    nouns = alternation(date_words("due-noun"), spaces=True)
    weekday = rf"(?:(?:{alternation(date_words('weekday'))})\s*,?\s*)?"
    end_of = r"(?:(?:end|close|middle)\s+of\s+(?:the\s+)?)?"  # "by the end of July": due
    # "by 0900 hours on", "no later than 12:00 noon (Geneva time) on", "by midnight UTC on"
    clock = rf"{CLOCK}?\s*(?:{CLOCK_UNIT}|noon|midnight)?"
    time = rf"(?:(?:at\s+)?(?=[\dnm]){clock}(?:\s*\([^()]{{1,30}}\)|\s+(?:UTC|GMT|CET|CEST|local\s+time))?\s*,?\s+)?"
    immediate = re.compile(rf"(?i)\b(?:{due_regex()})\b[\s:(]*(?:the\s+)?{end_of}{time}(?:on\s+)?{weekday}(?:the\s+)?$")
    return immediate, re.compile(rf"(?i)\b(?:{nouns})\b")


def is_due_cue(before: str) -> bool:
    """True when ``before`` (the clause up to a date) makes the date a deadline."""
    immediate, noun = _due_cues()
    return bool(immediate.search(before[-70:]) or noun.search(before))


# --------------------------------------------------------------------------- regexes


def _day(n: int) -> str:
    # the first day of a form is not inside a number / symbol ("WTSA-20", "C22/45");
    # an ordinal suffix may be glued to what follows ("25thJanuary")
    guard = rf"(?<![\d./{DASH_CHARS}A-Z])" if n == 1 else ""
    return rf"{guard}(?P<d{n}>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"


def _month(n: int) -> str:
    names = alternation(list(month_numbers()))
    # a dot after an abbreviation belongs to it only when a number follows ("Mar. 2022")
    not_in_word = r"(?:(?<![A-Za-z])|(?<=\dst|\dnd|\drd|\dth))"
    return rf"{not_in_word}(?P<m{n}>{names})(?![a-z])(?:\.(?=\s*\d))?"


def _year(n: int) -> str:
    return rf"(?P<y{n}>(?:1[89]|2[01])\d\d)(?!\d)"


#: the month and year of a numeric range of days, one separator for both (``/04/2026``, ``.11.2030``)
_NUMERIC_MONTH_YEAR = r"(?P<sep>[./])(?P<n1>\d\d?)(?P=sep)(?P<y1>\d{4})(?![\d/\-])"
#: a day inside a list of days (``4, 5 and 6 May``)
_LISTED_DAY = r"[0-3]?\d(?!\d)(?:st|nd|rd|th)?"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # the range's words in any case ("5 TO 9 JULY 2031" in a title in capitals, as its month)
    words = f"(?i:{alternation(date_words('range'))})"
    sep = rf"(?:\s*{DASH}\s*|\s*(?:{words})\s*)"
    to = f"(?i:{alternation([w for w in date_words('range') if w not in ('and', '&')])})"
    month_sep = rf"(?:\s*{DASH}\s*|\s+(?:{to})\s+)"
    # a weekday before the second day after "to", a comma after a first day without its year
    # ("from Monday, 9 May, to Wednesday, 11 May"; not "Room 4 – Tuesday 13 June")
    wd = rf"(?:(?:{alternation(date_words('weekday'))})\.?\s*,?\s+(?:the\s+)?)"
    to_wd = rf"\s*(?:{words})\s*{wd}"  # "9 to Wednesday 11 May", "2nd and Friday 3rd"
    # after a month, a dash too: "Monday 30 August - Wednesday 1 September"
    dmy_sep = rf"(?:(?:,?\s*{_year(1)})?{month_sep}{wd}?|,\s+(?:{to})\s+{wd}?)"
    opening = alternation(date_words("open"))
    # the weekday of a range's last day, after its separator ("from Monday 3 to Friday 7 May")
    wd2 = rf"(?:(?:{alternation(weekday_words())}),?\s+)?"
    d1, d2, m1, m2, y1, y2 = _day(1), _day(2), _month(1), _month(2), _year(1), _year(2)
    # US day: not followed by further digits or a letter other than an ordinal suffix
    ud1 = r"(?P<d1>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?![A-Za-z])"
    ud2 = r"(?P<d2>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?![A-Za-z])"
    forms = {
        # "6 June and 1 July" are two days, not a range ("12 and 13 June" is one)
        # "from the 3rd of March to the 5th of March 2031": each day may take "of" and "the"
        "dmy-range": rf"{d1}\s*(?:of\s+)?{m1}{dmy_sep}(?:the\s+)?{d2}\s*(?:of\s+)?{m2}(?:,?\s*{y2})?",
        # "between Wednesday 26 October and Monday 31 October 2016": "and" joins a range after "between"
        "between-range": rf"(?<=\b[Bb]etween\s){wd2}{d1}\s*(?:of\s+)?{m1}(?:,?\s*{y1})?\s+(?:and|&)\s+{wd2}"
        rf"(?:the\s+)?{d2}\s*(?:of\s+)?{m2}(?:,?\s*{y2})?",
        # "on 4, 5 and 6 May 2031": a list of days of one month, from the first to the last
        "list-range": rf"{d1}(?:\s*,\s*{_LISTED_DAY})+\s*,?\s*(?:and|&)\s*{d2}\s*(?:of\s+)?{m2}(?:,?\s*{y2})?",
        "split-day-range": _split_day_range(wd2),
        "day-range": rf"{d1}(?:{sep}|{to_wd})(?:the\s+)?{d2}\s*(?:of\s+)?{m2}(?:,?\s*{y2})?",
        # "Monday 26 to Friday 30 September": a weekday before each day (not "Room 4 - Tuesday 13 June")
        "weekday-range": rf"{wd2.removesuffix('?')}{d1}{sep}{wd2}(?:the\s+)?{d2}\s*(?:of\s+)?{m2}(?:,?\s*{y2})?",
        # "3/5 July 2024": a slash between days only when a month name follows (else a symbol)
        "slash-range": rf"{d1}\s?/\s?{d2}\s*(?:of\s+)?{m2}(?:,?\s*{y2})?",
        "mdy-range": rf"{m1}\s*{ud1}(?:,?\s*{y1})?{month_sep}{m2}\s*{ud2}(?:,?\s*{y2})?",
        "mdy-day-range": rf"{m2}\s*{ud1}{sep}{ud2}(?:,?\s*{y2})?",
        "dmy": rf"{d1}\s*(?:of\s+)?{m1}(?:,?\s*{y1})?(?P<open>\s+(?:{opening})\b)?",
        "mdy": rf"{m1}\s+{ud1}(?:,?\s*{y1})?",
        # "January-February 2031", "in March and April 2031", "May/June 2031": the months between
        "month-range": rf"{m1}(?:,?\s*{y1})?(?:{month_sep}|\s+(?:and|&)\s+|\s*/\s*){m2},?\s*{y2}",
        "month": rf"{m1},?\s*{y1}",
        **_numeric_forms(month_sep),
    }
    return tuple((name, re.compile(p)) for name, p in forms.items())


def _numeric_forms(month_sep: str) -> dict[str, str]:
    """The date forms :func:`_patterns` reads after those with a month's name: days, months and years in
    digits (``2031-12-13``, ``13.12.2031``, ``21-23/04/2031``, ``2031-12-13/15``, ``29/02/2028``); ``month_sep``:
    what stands between the two days of a range (a dash, ``to``)."""
    return {
        "iso": r"(?<![\d/.\-])(?P<y1>\d{4})-(?P<n1>\d\d)-(?P<d1>\d\d)(?![\d\-])",
        "dotted": r"(?<![\d.])(?P<d1>\d\d?)\.(?P<n1>\d\d?)\.(?P<y1>\d{4})(?!\.?\d)",
        # "21-23/04/2026", "21–23.04.2026": a range of days of one numeric month, day first
        "numeric-range": rf"(?<![\w/.\-])(?P<d1>\d\d?)\s*{DASH}\s*(?P<d2>\d\d?){_NUMERIC_MONTH_YEAR}",
        # "13/12/2031 – 15/12/2031", "2031-12-13 to 2031-12-15": two numeric days of one form, a range
        "numeric-full-range": rf"(?<![\w/.\-])(?P<d1>\d\d?)(?P<sep>[./])(?P<n1>\d\d?)(?P=sep)(?P<y1>\d{{4}})"
        rf"{month_sep}(?P<d2>\d\d?)(?P=sep)(?P<n2>\d\d?)(?P=sep)(?P<y2>\d{{4}})(?![\d/\-])",
        "iso-range": rf"(?<![\d/.\-])(?P<y1>\d{{4}})-(?P<n1>\d\d)-(?P<d1>\d\d){month_sep}"
        r"(?P<y2>\d{4})-(?P<n2>\d\d)-(?P<d2>\d\d)(?![\d\-])",
        # "2031-12-13/15", "2031-12-30/01-02", "2031-12-13/2031-12-15": an ISO interval, its end shortened
        "iso-slash-range": r"(?<![\d/.\-])(?P<y1>\d{4})-(?P<n1>\d\d)-(?P<d1>\d\d)/"
        r"(?:(?P<y2>\d{4})-)?(?:(?P<n2>\d\d)-)?(?P<d2>\d\d)(?![\d\-/])",
        # "29/02/2028": day first, as ITU writes it; not inside a symbol ("C22/45/2028")
        "slashed": r"(?<![\w/.\-])(?P<d1>\d\d?)/(?P<n1>\d\d?)/(?P<y1>\d{4})(?![\d/\-])",
    }


def _split_day_range(wd2: str) -> str:
    """A part of a day and the next day, one meeting's days (``3 May (morning) and 4 May``, ``21 May, in the
    afternoon, and on Tuesday 22 May``, ``the 5th and in the morning of the 6th of June``; parts of a day:
    ``date_words.csv``, role ``day-part``); days further apart are two dates (:func:`_build`)."""
    parts = alternation(day_part_words())
    part = rf"(?:\s*\((?:the\s+)?(?:{parts})\)|,?\s+(?:in|during)\s+the\s+(?:{parts}),?)"
    part_of = rf"(?:(?:in|during)\s+the\s+(?:{parts})\s+of\s+)"
    first = rf"{_day(1)}(?:\s*(?:of\s+)?{_month(1)}(?:,?\s*{_year(1)})?)?"
    joined = rf"(?:{part}\s*(?:and|&)\s+(?:on\s+)?{wd2}{part_of}?|\s+(?:and|&)\s+(?:on\s+)?{wd2}{part_of})"
    return rf"{first}{joined}(?:the\s+)?{_day(2)}\s*(?:of\s+)?{_month(2)}(?:,?\s*{_year(2)})?"


#: the forms of :func:`_patterns` that need a month's name (:func:`_month`), and those that need four digits
_NAMED_MONTH_FORMS = frozenset(
    ("dmy-range", "between-range", "list-range", "split-day-range", "day-range", "weekday-range", "slash-range")
    + ("mdy-range",)
    + ("mdy-day-range", "dmy", "mdy", "month-range", "month")
)
_FOUR_DIGIT_FORMS = frozenset(
    ("iso", "dotted", "numeric-range", "numeric-full-range", "iso-range", "iso-slash-range", "slashed")
)
_FOUR_DIGITS = re.compile(r"\d\d\d\d")
#: the forms of :func:`_patterns` that open with a day of no month of its own (``1-3 June``, ``1, 2 and 3 June``)
_DAY_LED_RANGES = frozenset(("list-range", "split-day-range", "day-range", "slash-range", "numeric-range"))


@cache
def _number_label() -> re.Pattern[str]:
    """A word that labels a number right before it, capitalised as a label is (``date_words.csv``, role
    ``number-label``: ``Day 1``, ``SESSION 2``, ``Room 4``): that number is no day (``Day 1 – 3 June 2031`` is
    3 June, not 1-3 June; not ``the session 3-5 May``, a session held on those days)."""
    labels = date_words("number-label")
    return re.compile(rf"\b(?:{alternation([*labels, *(w.upper() for w in labels)])})\s+$")


@cache
def _month_gate() -> re.Pattern[str]:
    """A month's name wherever :func:`_month` finds one (the gate of the forms that need it)."""
    return re.compile(alternation(list(month_numbers())))


_YEARS = re.compile(
    rf"(?<![\d/.\w{DASH_CHARS}])(?P<y1>(?:1[89]|2[01])\d\d)(?:\s*{DASH}\s*(?P<y2>(?:1[89]|2[01])\d\d))?(?![\d\w/]|{DASH}\d)"
)


# ---------------------------------------------------------------------------- build
def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _int(groups: dict[str, str | None], key: str) -> int | None:
    value = groups.get(key)
    return int(value) if value else None


_INVALID = "invalid"
#: the most days between the two days of a meeting that sat part of one and the next (a weekend between)
_SPLIT_DAYS_APART = 3
#: "in the second half of September 2031": a part of a month is no date of the month
_PART_OF_MONTH = re.compile(r"\b(?:half|quarter|third)\s+of\s+(?:the\s+)?$")
_HAS_DIGIT = re.compile(r"\d")


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
        if form == "split-day-range" and (end is None or (end - start).days > _SPLIT_DAYS_APART):
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


# ------------------------------------------------------------------ reference date
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


# -------------------------------------------------------------------------- periods
_Y = r"(?P<y>(?:19|20)\d\d)(?![\d/\-])"
#: periods longer than a month (``the first quarter of 2025``, ``Q1 2025``, ``the second half of
#: 2025``, ``mid-2025``, ``the end of 2024``, ``the end of the year``) and ``the week of 12 February
#: 2024``; due on their last day
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
    + r"|week\s+(?:of|starting|beginning)\s+(?:the\s+)?(?=\d)))",
    re.IGNORECASE,
)
_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4}
_END_OF = re.compile(r"(?i)\b(?:the\s+)?end\s+of\s+(?:the\s+month\s+of\s+)?$")


def _period_end(m: re.Match[str], text: str, default_year: int | None, reference: date | None = None) -> date | None:
    """The last day of the period matched by :data:`_PERIOD`; ``the end of the year`` is the
    reference date's year (else ``default_year``), ``the end of that year`` the year last written
    before it (else the same)."""
    g = m.groupdict()
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


# ---------------------------------------------------------------------------- due
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
    2025`` is due on 31 March; ``by the first quarter of 2025`` on 31 March 2025; a date without a
    year on its next occurrence on or after ``reference`` (:func:`resolve_year`). Ranges are not due dates.
    """
    found = _month_ends(text, default_year, reference) if "end of" in text else []
    if not _HAS_DIGIT.search(text) and " year" not in text:
        return found
    clauses = clauses or [(0, len(text))]
    for m in _PERIOD.finditer(text):
        cued = is_due_cue(text[max(0, m.start() - 70) : m.start()])
        day = _period_end(m, text, default_year, reference) if cued else None
        if day is not None:
            found.append(DueDate(day, m.span(), "period"))
    if not _HAS_DIGIT.search(text):
        return sorted(found, key=lambda f: f.span)
    for d in find_dates(text, default_year):
        start, due = d.span[0], d.start
        if d.end is not None or d.precision == "year":
            continue
        if d.precision == "month":
            end_of = _END_OF.search(text[: d.span[0]])
            if not end_of:
                continue
            start, due = end_of.start(), month_end(d.start)
        clause = next((c for c in clauses if c[0] <= d.span[0] < c[1]), (0, len(text)))
        if not is_due_cue(text[clause[0] : start]):
            continue
        if not d.year_written:
            due = resolve_year(due, reference, future=True)
        found.append(DueDate(due, (start, d.span[1]), d.precision))
    return sorted(found, key=lambda f: f.span)


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


def is_due_header(cell: str) -> bool:
    """True when a table's column header names a deadline: ``Deadline``, ``Due date``, ``By``,
    ``Target date`` (the due words and nouns of ``date_words.csv``)."""
    immediate, noun = _due_cues()
    return bool(noun.search(cell) or immediate.search(cell.strip(" :.") + " "))


@cache
def _month_end_pattern() -> re.Pattern[str]:
    months = alternation(list(month_numbers()))
    return re.compile(
        rf"(?i:\b(?:the\s+)?end\s+of\s+(?:the\s+month\s+of\s+)?)(?P<m>{months})(?![a-z])(?!\.?,?\s*(?:of\s+)?\d)"
    )


def _month_ends(text: str, default_year: int | None, reference: date | None) -> list[DueDate]:
    """``before the end of April``: a month without a year, due on its last day, the next
    one on or after ``reference`` (a year-less month is read only after a due word)."""
    year = default_year or (reference.year if reference else None)
    out: list[DueDate] = []
    if year is None:
        return out
    for m in _month_end_pattern().finditer(text):
        if is_due_cue(text[max(0, m.start() - 70) : m.start()]):
            last = month_end(date(year, month_numbers()[m.group("m")], 1))
            due = month_end(resolve_year(last, reference, future=True))  # 28 February may move to a leap year
            out.append(DueDate(due, m.span(), "month"))
    return out


# --------------------------------------------------------------------------- public
def find_dates(text: str, default_year: int | None = None, years: bool = False, months: bool = False) -> list[DateSpan]:
    """Every date or date range in ``text``, in text order, without overlaps.

    ``default_year`` completes dates written without a year. With ``years=True`` bare
    years and year ranges (``2025``, ``2024-2027``) not part of a longer date are
    returned too, with ``precision="year"``; with ``months=True`` and a ``default_year``, a month
    named alone after ``in``/``during`` (``at its meeting in October``), of that year
    (:func:`bare_months`). Several readers ask for the dates of one sentence: read once.
    """
    return list(_dates_in(text, default_year, years, months))


@lru_cache(maxsize=4096)
def _dates_in(text: str, default_year: int | None, years: bool, months: bool) -> tuple[DateSpan, ...]:
    written = text
    text = spelled_days(text)
    candidates: list[DateSpan] = bare_months(text, default_year) if months and default_year else []
    if not _HAS_DIGIT.search(text) and not candidates:  # every other form has a day or a year
        return ()
    # impossible dates: their months are no dates either, nor are the days of a single date
    blocked: list[tuple[int, int, bool]] = []  # (start, end, also blocks days)
    month, four = _month_gate().search(text) is not None, _FOUR_DIGITS.search(text) is not None
    for form, pattern in _patterns():
        if (form in _NAMED_MONTH_FORMS and not month) or (form in _FOUR_DIGIT_FORMS and not four):
            continue  # a form that needs a month's name or four digits the text does not hold
        for m in pattern.finditer(text):
            if form in _DAY_LED_RANGES and _number_label().search(text, max(0, m.start() - 12), m.start()):
                continue  # "Day 1 – 3 June": a programme's label before the day, no range of days
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
    allowed = [
        c
        for c in candidates
        if not any(b[0] <= c.span[0] and c.span[1] <= b[1] and (days or c.precision != "day") for *b, days in blocked)
        and not (c.precision == "month" and _PART_OF_MONTH.search(text, max(0, c.span[0] - 30), c.span[0]))
    ]
    if written is not text:  # the text as written, not with its spelled days in digits
        allowed = [replace(d, text=written[d.span[0] : d.span[1]]) for d in allowed]
    return tuple(_listed_years(text, _relative_years(text, longest_first(allowed, lambda d: d.span))))


@cache
def _bare_month() -> re.Pattern[str]:
    months = alternation(list(month_numbers()))
    return re.compile(
        rf"\b(?:[Ii]n|[Dd]uring|[Uu]ntil|[Ll]ast|[Nn]ext)\s+(?:(?:early|mid|late)[\s\-]+)?(?:the\s+month\s+of\s+)?(?P<m>{months})(?![a-z])"
        r"(?!\.?\s*,?\s*\d|\.?\s*(?:of|the)\b)"  # "in May 2031", "in May of", "in May the 3rd"; not "in May, the Group"
    )


def bare_months(text: str, year: int) -> list[DateSpan]:
    """A month named without a day or a year after ``in``/``during`` (``the Group will meet in
    October``, ``in early March``, ``In December, the Assembly will hold``) or ``last``/``next``
    (``the Conference last March``): a
    month-precision date of ``year``, its year not written."""
    out = []
    for m in _bare_month().finditer(text):
        start = date(year, month_numbers()[m.group("m")], 1)
        out.append(DateSpan(start, None, m.group("m"), m.span("m"), precision="month", year_written=False))
    return out


#: what joins the dates of a list (``on 3 and 4 March and on 12 October 2015``, ``2 May, 6 June and 1 July 2031``)
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|&)\s+)?(?:(?:on|from|in)\s+)?(?:the\s+)?")


def joins_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` joins two dates of a list (:data:`_LIST_JOIN`: ``, ``, `` and on ``)."""
    return _LIST_JOIN.fullmatch(text, start, end) is not None


#: the days of a date written as a list of days of one month (``3 and 4``, ``4, 5 and 6``, ``3rd & 17th``)
_DAY_LIST = re.compile(rf"(?:{_LISTED_DAY})(?:\s*(?:,\s*(?:and\s+|&\s*)?|(?:and|&)\s*)(?:the\s+)?{_LISTED_DAY})+")
_A_DAY = re.compile(r"(?P<n>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?")
_BETWEEN = re.compile(r"\b[Bb]etween\s+(?:the\s+)?$")


def listed_days(text: str, d: DateSpan) -> list[DateSpan]:
    """The days of ``d`` when ``text`` writes it as a list of days of one month (``on 3 and 4 May``,
    ``4, 5 and 6 May 2031``, ``3rd and 17th May``; read by :func:`find_dates` as one span from the first
    to the last): one single day each, the last one's span running over the month. Else ``[d]``: a range
    (``3-4 May``, ``from 3 to 4 May``, ``between 3 and 4 May``), a single day, a month. For readers that
    pair several events with the days listed after them (two meetings ``held on 3 and 4 May``)."""
    if d.end is None or d.precision != "day" or d.start.month != d.end.month:
        return [d]
    days = _DAY_LIST.match(text, d.span[0], d.span[1])
    if days is None or _BETWEEN.search(text, max(0, d.span[0] - 20), d.span[0]):
        return [d]
    found = list(_A_DAY.finditer(text, days.start(), days.end()))
    out = []
    for i, day in enumerate(found):
        end = d.span[1] if i == len(found) - 1 else day.end()
        try:
            out.append(replace(d, start=d.start.replace(day=int(day.group("n"))), end=None, span=(day.start(), end)))
        except ValueError:  # "31 and 1 June"
            return [d]
    out = [replace(x, text=text[x.span[0] : x.span[1]]) for x in out]
    return out if [x.start for x in out] == sorted({x.start for x in out}) else [d]


def as_listed_days(text: str, found: list[DateSpan], count: int) -> list[DateSpan]:
    """``found`` (the dates listed after ``count`` events) with each date written as a list of days split
    into its days (:func:`listed_days`) when that makes exactly ``count`` dates (``the fifth and sixth
    meetings, held on 3 and 4 May``: two days; ``on 2 March and on 9 and 10 June``: three, for three
    meetings); else ``found`` as it is (one meeting ``held on 3 and 4 May``: the range)."""
    if len(found) >= count:
        return found
    split = [day for d in found for day in listed_days(text, d)]
    return split if len(split) == count else found


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


def _relative_years(text: str, found: list[DateSpan]) -> list[DateSpan]:
    """A date written without its year in a sentence that says ``last year`` or ``next year``
    before it (``Last year, at the symposium held on 22 June``) is of the year before or after."""
    if all(d.year_written for d in found):
        return found
    pattern, shifts = _relative_year_pattern()
    out = []
    for d in found:
        s0 = text.rfind(". ", 0, d.span[0]) + 1
        said = None if d.year_written else list(pattern.finditer(text, s0, d.span[0]))
        if said:
            k = shifts[" ".join(said[-1].group(0).casefold().split())]
            d = replace(d, start=_shift_year(d.start, k), end=d.end and _shift_year(d.end, k))
        out.append(d)
    return out


@cache
def _spelled_day() -> re.Pattern[str]:
    """A day written as an ordinal word before a month (``the fourteenth of February``) or
    before the other end of a range (``the twenty-fourth to the twenty-sixth of January``)."""
    ordinal, months = ordinal_regex(), alternation(list(month_numbers()))
    ends = alternation([*date_words("range"), "-", "–", "—"])
    return re.compile(
        rf"(?<![\w\-])(?P<w>{ordinal})(?=\s+(?:of\s+)?(?:{months})(?![a-z])|\s*(?:{ends})\s*(?:the\s+)?{ordinal})"
    )


def spelled_days(text: str) -> str:
    """``text`` with every day written as an ordinal word in digits (``the fourteenth of
    February`` -> ``the 14th       of February``), padded with spaces to the same length so
    that offsets stay those of ``text``; ``text`` itself when it has none."""

    def digits(m: re.Match[str]) -> str:
        word = m.group("w")
        n = None if word[0].isdigit() else number_value(word)
        if n is None or not 1 <= n <= 31:
            return word
        return f"{n}{ordinal_suffix(n)}".ljust(len(word))

    if not _HAS_LETTERED_ORDINAL.search(text):
        return text
    out = _spelled_day().sub(digits, text)
    return text if out == text else out


_HAS_LETTERED_ORDINAL = re.compile(r"(?i)(?:first|second|third|th)\b")


#: how many front lines may hold the date a document is dated by
HEADER_DATE_LINES = 12


def document_date(report: ParsedReport) -> date | None:
    """The day a report is dated by, for reading its dates without a year when it states no
    meeting (a letter, a contribution, a speech): the first date with a year on a short front
    line (an issue date ``22 May 2019``, a dateline ``Bangkok, 12 November 2019``). A range (the
    dates of the session a document is for, ``Geneva, 4-13 July 2031``) gives its first day only
    when no front line gives a single day (the issue date, ``10 July 2031``); the title's date
    (``Council 2031, Geneva, 20-30 October 2031 – Plenary``) only when no front line gives one."""
    session = None
    lines = [p.text for p in report.paragraphs[:HEADER_DATE_LINES] if p.section == "front"]
    for k, text in enumerate([*lines, *([report.title] if report.title else [])]):
        if len(text) > 80:
            continue
        found = [d for d in find_dates(text) if d.precision == "day" and d.year_written]
        # "Twelfth meeting – Virtual, 13-14 September 2029 30 August 2029": the meeting's range
        # and the issue date on one line (a layout that ran two front lines together)
        days = [d for d in found if d.end is None] if len(found) > 1 else found
        if len(days) == 1 and days[0].end is None and (session is None or bare_date(text) is not None):
            # "Busan, 3 May 2031" over "Document C31/9-E" / "12 April 2031": the dateline is the day of
            # the session the document is for, the line that is only a date its issue date
            issued = None if bare_date(text) is not None else next(filter(None, map(bare_date, lines[k + 1 :])), None)
            return issued or days[0].start
        session = session or (days[0].start if len(days) == 1 and days[0].end else None)
    return session


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

"""The regexes of the written date forms :func:`.date_finder.find_dates` reads (:func:`_patterns`:
days first, months first, ranges, lists of days, numeric forms) and of bare years (:data:`_YEARS`)."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.date_vocabulary import date_words, day_part_words, weekday_words
from wsiskg.ingest.months import month_alternation
from wsiskg.ingest.text import DASH, DASH_CHARS, alternation

#: a day's ordinal suffix, in a line in capitals too (``27TH – 31ST MARCH 2031``)
_SUFFIX = r"(?:st|nd|rd|th|ST|ND|RD|TH)"


def _day(n: int) -> str:
    # the first day of a form is not inside a number / symbol ("WTSA-20", "C22/45");
    # an ordinal suffix may be glued to what follows ("25thJanuary")
    guard = rf"(?<![\d./{DASH_CHARS}A-Z])" if n == 1 else ""
    return rf"{guard}(?P<d{n}>[0-3]?\d)(?!\d){_SUFFIX}?"


def _month(n: int) -> str:
    names = month_alternation()
    # a dot after an abbreviation belongs to it only when a number follows ("Mar. 2022")
    not_in_word = r"(?:(?<![A-Za-z])|(?<=\dst|\dnd|\drd|\dth|\dST|\dND|\dRD|\dTH))"
    return rf"{not_in_word}(?P<m{n}>{names})(?![a-z])(?:\.(?=\s*\d))?"


def _year(n: int) -> str:
    return rf"(?P<y{n}>(?:1[89]|2[01])\d\d)(?!\d)"


#: the month and year of a numeric range of days, one separator for both (``/04/2026``, ``.11.2030``)
_NUMERIC_MONTH_YEAR = r"(?P<sep>[./])(?P<n1>\d\d?)(?P=sep)(?P<y1>\d{4})(?![\d/\-])"
#: a day inside a list of days (``4, 5 and 6 May``)
_LISTED_DAY = rf"[0-3]?\d(?!\d){_SUFFIX}?"


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
    # the part of the range's last day it ends in ("from 3 May to the morning of 6 May", "4 until the
    # afternoon of 7 June"; parts of a day: ``date_words.csv``, role ``day-part``): the range still ends that day
    to_part = rf"\s+(?:{to})\s+the\s+(?:{alternation(day_part_words())})\s+of\s+{wd}?"
    # after a month, a dash too: "Monday 30 August - Wednesday 1 September"
    dmy_sep = rf"(?:(?:,?\s*{_year(1)})?(?:{month_sep}|{to_part}){wd}?|,\s+(?:{to})\s+{wd}?)"
    opening = alternation(date_words("open"))
    # the weekday of a range's last day, after its separator ("from Monday 3 to Friday 7 May")
    wd2 = rf"(?:(?:{alternation(weekday_words())}),?\s+)?"
    d1, d2, m1, m2, y1, y2 = _day(1), _day(2), _month(1), _month(2), _year(1), _year(2)
    # US day: not followed by further digits or a letter other than an ordinal suffix
    ud1 = rf"(?P<d1>[0-3]?\d)(?!\d){_SUFFIX}?(?![A-Za-z])"
    ud2 = rf"(?P<d2>[0-3]?\d)(?!\d){_SUFFIX}?(?![A-Za-z])"
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
        "continued-range": _continued_range(wd2),
        "day-range": rf"{d1}(?:{to_part}|{sep}|{to_wd})(?:the\s+)?{d2}\s*(?:of\s+)?{m2}(?:,?\s*{y2})?",
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
    what stands between the two days of a range (a dash, ``to``; ``and`` after ``between``, as for named months:
    ``between 28.10.2031 and 02.11.2031``)."""
    between = r"(?:(?<=\b[Bb]etween\s)(?P<btw>)|)"
    month_sep = rf"(?(btw)(?:{month_sep}|\s+(?:and|&)\s+)|{month_sep})"
    return {
        "iso": r"(?<![\d/.\-])(?P<y1>\d{4})-(?P<n1>\d\d)-(?P<d1>\d\d)(?![\d\-])",
        "dotted": r"(?<![\d.])(?P<d1>\d\d?)\.(?P<n1>\d\d?)\.(?P<y1>\d{4})(?!\.?\d)",
        # "21-23/04/2026", "21–23.04.2026": a range of days of one numeric month, day first
        "numeric-range": rf"(?<![\w/.\-])(?P<d1>\d\d?)\s*{DASH}\s*(?P<d2>\d\d?){_NUMERIC_MONTH_YEAR}",
        # "13/12/2031 – 15/12/2031", "2031-12-13 to 2031-12-15": two numeric days of one form, a range
        "numeric-full-range": rf"{between}(?<![\w/.\-])(?P<d1>\d\d?)(?P<sep>[./])(?P<n1>\d\d?)(?P=sep)"
        rf"(?P<y1>\d{{4}})"
        rf"{month_sep}(?P<d2>\d\d?)(?P=sep)(?P<n2>\d\d?)(?P=sep)(?P<y2>\d{{4}})(?![\d/\-])",
        "iso-range": rf"{between}(?<![\d/.\-])(?P<y1>\d{{4}})-(?P<n1>\d\d)-(?P<d1>\d\d){month_sep}"
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


def _continued_range(wd2: str) -> str:
    """A meeting's day and the next it went on to (``on Tuesday 3 May 2031, continuing on the morning of 4 May``;
    ``date_words.csv``, role ``continuing``); days further apart are two dates (:func:`.date_building._build`)."""
    parts = alternation(day_part_words())
    first = rf"{_day(1)}\s*(?:of\s+)?{_month(1)}(?:,?\s*{_year(1)})?"
    went_on = rf",?\s+(?:{alternation(date_words('continuing'))})\s+(?:on\s+|until\s+)?(?:the\s+(?:{parts})\s+of\s+)?"
    return rf"{first}{went_on}{wd2}(?:the\s+)?{_day(2)}\s*(?:of\s+)?{_month(2)}(?:,?\s*{_year(2)})?"


_YEARS = re.compile(
    rf"(?<![\d/.\w{DASH_CHARS}])(?P<y1>(?:1[89]|2[01])\d\d)(?:\s*{DASH}\s*(?P<y2>(?:1[89]|2[01])\d\d))?(?![\d\w/]|{DASH}\d)"
)

"""Every date of a text (:func:`find_dates`): the forms of :mod:`.date_forms` gated by what the text
holds, the days written as ordinal words (:func:`spelled_days`), a month named alone (:func:`bare_months`);
one overlap policy, years completed by their list and by ``last year``/``next year``. The forms and rules:
:mod:`.dates`."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache

from wsiskg.ingest.extract.casing import either_initial
from wsiskg.ingest.extract.date_building import _INVALID, _build, _year_span
from wsiskg.ingest.extract.date_forms import _YEARS, _patterns
from wsiskg.ingest.extract.date_span import DateSpan
from wsiskg.ingest.extract.date_vocabulary import date_words, month_numbers
from wsiskg.ingest.extract.date_years import _listed_years, _relative_years, _weekday_years
from wsiskg.ingest.extract.document import longest_first
from wsiskg.ingest.extract.ordinals import cardinal_regex, number_value, ordinal_regex
from wsiskg.ingest.months import month_alternation, month_forms
from wsiskg.ingest.text import alternation, ordinal_suffix

#: the forms of :func:`_patterns` that need a month's name (:func:`_month`), and those that need four digits
_NAMED_MONTH_FORMS = frozenset(
    ("dmy-range", "between-range", "list-range", "split-day-range", "continued-range", "day-range", "weekday-range")
    + ("slash-range",)
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
    return re.compile(month_alternation())


@cache
def _part_of_month() -> re.Pattern[str]:
    """A part of a month before its name (``date_words.csv``, role ``month-part``): ``in the second half of
    September 2031``, ``in the third week of May``; or a stage of it (role ``month-stage``: ``in early February
    2031``, ``mid-March``, ``in late August``): no date of the month."""
    parts = rf"(?:{alternation(date_words('month-part'))})\s+of\s+(?:the\s+)?"
    return re.compile(rf"\b(?:{parts}|(?i:{alternation(date_words('month-stage'))})[\s\-]+)$")


_HAS_DIGIT = re.compile(r"\d")


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
    text = joined_months(spelled_days(text))
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
        and not (c.precision == "month" and _part_of_month().search(text, max(0, c.span[0] - 30), c.span[0]))
    ]
    if written is not text:  # the text as written, not with its spelled days in digits
        allowed = [replace(d, text=written[d.span[0] : d.span[1]]) for d in allowed]
    dated = _relative_years(text, longest_first(allowed, lambda d: d.span))
    return tuple(_listed_years(text, _weekday_years(text, dated)))


@cache
def _bare_month() -> re.Pattern[str]:
    """A month alone after a word of ``date_words.csv``, role ``month-cue`` (``in``, ``during``, ``last``, ``next``,
    ``this``: ``the Conference in Doha this November``)."""
    months = month_alternation()
    cues = alternation(date_words("month-cue"), either_initial)
    return re.compile(
        rf"\b(?:{cues})\s+(?:(?:early|mid|late)[\s\-]+)?(?:the\s+month\s+of\s+)?(?P<m>{months})(?![a-z])"
        # "in May 2031", "in May of", "in May the 3rd"; not "in May, the Group", "in May the Group"
        rf"(?!\.?\s*,?\s*\d|\.?\s*(?:of\b|the\s+(?:\d|(?:{ordinal_regex()})\b)))"
    )


def bare_months(text: str, year: int) -> list[DateSpan]:
    """A month named without a day or a year after ``in``/``during`` (``the Group will meet in
    October``, ``in early March``, ``In December, the Assembly will hold``) or ``last``/``next``/``this``
    (``the Conference last March``, ``the Summit in New York this September``): a
    month-precision date of ``year``, its year not written."""
    out = []
    for m in _bare_month().finditer(text):
        start = date(year, month_numbers()[m.group("m")], 1)
        out.append(DateSpan(start, None, m.group("m"), m.span("m"), precision="month", year_written=False))
    return out


@cache
def _spelled_day() -> re.Pattern[str]:
    """A day written as an ordinal word before a month (``the fourteenth of February``) or
    before the other end of a range (``the twenty-fourth to the twenty-sixth of January``)."""
    ordinal, months = ordinal_regex(), month_alternation()
    ends = alternation([*date_words("range"), "-", "–", "—"])
    return re.compile(
        rf"(?<![\w\-])(?P<w>{ordinal})(?=\s+(?:of\s+)?(?:{months})(?![a-z])|\s*(?:{ends})\s*(?:the\s+)?{ordinal})"
    )


@cache
def _cardinal_range() -> re.Pattern[str]:
    """Both days of a range written as cardinal words before a month (``from seventeen to nineteen November``,
    ``between two and four May``): ``from``/``between`` before the first, a range word or ``and`` between them."""
    word = rf"(?=[A-Za-z])(?:{cardinal_regex()})"
    months, ends = month_alternation(), alternation([*date_words("range"), "and", "-", "–"])
    return re.compile(
        rf"(?<![\w\-])(?i:from|between)\s+(?P<a>{word})\s*(?:{ends})\s*(?P<b>{word})(?=\s+(?:of\s+)?(?:{months})(?![a-z]))"
    )


def spelled_days(text: str) -> str:
    """``text`` with every day written as an ordinal word in digits (``the fourteenth of
    February`` -> ``the 14th       of February``), and both days of a range written as cardinal
    words (:func:`_cardinal_range`: ``from seventeen to nineteen November`` -> ``from 17        to
    19       November``), padded with spaces to the same length so that offsets stay those of
    ``text``; ``text`` itself when it has none."""

    def digits(m: re.Match[str]) -> str:
        word = m.group("w")
        n = None if word[0].isdigit() else number_value(word)
        if n is None or not 1 <= n <= 31:
            return word
        return f"{n}{ordinal_suffix(n)}".ljust(len(word))

    out = _spelled_day().sub(digits, text) if _HAS_LETTERED_ORDINAL.search(text) else text
    for m in _cardinal_range().finditer(out):
        a, b = number_value(m.group("a")), number_value(m.group("b"))
        if a is not None and b is not None and 1 <= a < b <= 31:
            for g, n in (("a", a), ("b", b)):
                out = out[: m.start(g)] + str(n).ljust(len(m.group(g))) + out[m.end(g) :]
    return text if out == text else out


_HAS_LETTERED_ORDINAL = re.compile(r"(?i)(?:first|second|third|th)\b")


@cache
def _split_month() -> re.Pattern[str]:
    """A month's full name (``months.csv``) that OCR or a PDF's line break split in two, by a space or a hyphen and
    a space (``Ma y``, ``Nov ember``, ``Sep- tember``): the first part, the gap and the second part, each a
    candidate that :func:`joined_months` keeps only when the parts join into the month next to a day or a year."""
    names = [n for n in month_forms(upper=False) if len(n) >= 3]
    heads = alternation(sorted({n[:i] for n in names for i in range(1, len(n))}))
    return re.compile(rf"(?<![\w\-])(?P<a>{heads})(?:-\s+|\s)(?P<b>[a-z]{{1,8}})(?![\w\-])")


#: a day right before a month (``27 Ma y``, ``3rd of Nov ember``), or a day or a year right after it
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:of\s+)?$")
_DAY_OR_YEAR_AFTER = re.compile(r",?\s*(?:[0-3]?\d(?!\d)|(?:19|20)\d\d(?!\d))")


def joined_months(text: str) -> str:
    """``text`` with each month's name that OCR split in two joined (``27 Ma y 2031`` -> ``27 May  2031``, ``Sep-
    tember 2031`` -> ``September  2031``), padded with spaces after it to the same length so that offsets stay
    those of ``text``; ``text`` itself when it has none. A split counts only when its two parts make a month's
    full name (``months.csv``) next to a day before it or a day or a year after it."""

    def joined(m: re.Match[str]) -> str:
        word = m.group("a") + m.group("b")
        near = _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _DAY_OR_YEAR_AFTER.match(text, m.end())
        if word not in month_numbers() or near is None:
            return m.group(0)
        return word.ljust(len(m.group(0)))

    return _split_month().sub(joined, text) if _HAS_DIGIT.search(text) else text

"""Days and years of the report's own meeting: the days a sentence states (:func:`day_dates`, the
days worked out from ``closed on`` / ``after N days``), where the dates after a statement end
(:func:`own_dates_end`), the year of a header or title (:func:`header_year`) and of a meeting
(:func:`meeting_year`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import cache
from typing import Any

from wsiskg.ingest.extract.datelines import (
    days_joined,
)
from wsiskg.ingest.extract.dates import date_words, find_dates, neighbour_words
from wsiskg.ingest.extract.event_dates import neighbour_at
from wsiskg.ingest.extract.genre import header_lines
from wsiskg.ingest.extract.meeting_words import meeting_words, word_alternation
from wsiskg.ingest.extract.ordinals import (
    cardinal_regex,
    number_value,
)
from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import DASH, FIELD_BAR


def own_dates_end(text: str, start: int, end: int) -> int:
    """Where the dates after a meeting's statement stop being its own: another event brought in by a
    neighbour word (``took place during the WSIS Forum 2031, held from 3 to 7 May``; the one reading
    of :func:`.event_dates.neighbour_at`, words in ``date_words.csv``, role ``neighbour``), or what a
    participle after a comma recalls (:func:`_aside`); not any event noun after it (``held at the
    International Conference Centre on 3 May``)."""

    cut = neighbour_at(text, start, end)
    aside = _aside().search(text, start, end)  # ", recalling the launch of X on 3 May": what was recalled
    return min(cut if _neighbour_word().match(text, cut) else end, aside.start() if aside else end)


@cache
def _aside() -> re.Pattern[str]:
    """A participle after a comma that opens what a speaker recalled or noted (``The Chair opened the first meeting,
    recalling the launch of X on 3 May``; ``date_words.csv``, role ``aside``): its dates are not the meeting's."""
    return re.compile(rf",\s+(?i:{word_alternation(date_words('aside'))})\b")


@cache
def _neighbour_word() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{word_alternation(neighbour_words())})\b")


def _days(text: str, year: int | None) -> list[Any]:
    """The dates of ``text`` (:func:`.dates.find_dates`), two days that follow each other read as one
    meeting's range (:func:`.datelines.days_joined`); without ``year``, a day without one takes the year
    ``text`` writes (``on 30 September and 1 October 2031``); a closing day after which the meeting says
    how many days it worked, as their range (:func:`_worked_days`)."""
    return [_worked_days(text, d) for d in days_joined(text, find_dates(text, year or _written_year(text)))]


@cache
def _closed_on() -> re.Pattern[str]:
    """A verb of closing and ``on``, closing a text (``which ended on``, ``concluded its session in Lima on
    Thursday,``; ``meeting_words.csv``, role ``closing``)."""
    return re.compile(rf"(?i)\b(?:{word_alternation(meeting_words('closing'))})\b[^.;:]{{0,50}}?\bon\s+(?:\w+,?\s+)?$")


@cache
def _after_days() -> re.Pattern[str]:
    """``after three days of work``, opening a text (not ``working days``: a weekend may fall between)."""
    return re.compile(
        rf"^,?\s*(?:in\s+[A-Z][\w-]*\s*,?\s*)?(?i:after\s+(?P<n>{cardinal_regex()})\s+(?:full\s+)?days)\b"
    )


def _worked_days(text: str, day: Any) -> Any:
    """``day`` (one day of ``text``) as the range of the days a meeting worked when the text says it closed
    then after that many days (``the eleventh meeting, which ended on 2 December 2031 after three days of
    work``: 30 November to 2 December)."""
    if (
        day.end is not None
        or day.precision != "day"
        or not _closed_on().search(text[max(0, day.span[0] - 80) : day.span[0]])
    ):
        return day
    m = _after_days().match(text[day.span[1] :])
    n = number_value(m.group("n")) if m else None
    if not n or not 1 < n < 15:
        return day
    return replace(day, start=day.start - timedelta(days=n - 1), end=day.start)


def day_dates(text: str, year: int | None) -> list[Any]:
    """:func:`_days` of ``text`` that name days: a month or a year alone (``the Conference held in Doha
    in March 2030``) dates no meeting."""
    return [d for d in _days(text, year) if d.precision == "day"]


def _written_year(text: str) -> int | None:
    """The year of the first day written with one in ``text`` (not a year alone: ``the 2019 report``):
    the year of its days written without one (``on 30 September and 1 October 2031``)."""
    return next((d.start.year for d in find_dates(text) if d.year_written and d.precision == "day"), None)


def header_year(report: ParsedReport) -> int | None:
    """The first year written with a date in the report's header (the title and its leading
    unnumbered lines: a dateline, the document's date): the year of the meeting's dates written
    without one (``held on 12 and 13 May``)."""
    for line in header_lines(report):
        for d in find_dates(line):
            if d.year_written:
                return d.start.year
    named = _TITLE_SESSION_YEAR.match(report.title or "")
    return int(named.group("year")) if named else None


#: a title naming a session by the year that closes its name, maybe before a record's words after a dash or
#: colon (``WSIS Forum 2031 — Session Outcome``, ``X Regional Forum 2031: Highlights``): the header's year when
#: it writes none with a date, or a bar (``X Summit 2031 | 3-4 June``, ``X Forum 2031 · 10-14 May``); not a year after a
#: small word (``Report on the 2030 Agenda``)
_TITLE_SESSION_YEAR = re.compile(
    rf"^[A-Z][^\d]*?(?<!\bthe)(?<!\bof)(?<!\bfor)\s(?P<year>(?:19|20)\d\d)\s*(?:$|{DASH}|:|{FIELD_BAR})"
)


def meeting_year(meeting: Meeting | None) -> int | None:
    """The default year for a report's dates: the year the meeting started."""
    return meeting.start.year if meeting and meeting.start else None

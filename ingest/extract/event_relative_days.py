"""Events dated by a day named relative to the report's own day: ``the ministers who met here yesterday at the
Andean Connectivity Summit``, ``Tomorrow: a joint session of A and B on X, and the C7 facilitation meeting``,
``during the youth session tomorrow afternoon``. The report's day is the day heading the paragraph is written under
(:mod:`.event_day_headings`: a highlights report's ``HIGHLIGHTS OF DAY 3 - WEDNESDAY, 15 MAY``), else the one day
its front lines date it by (a speech's dateline ``Port Vila, 18 February 2031``; not a range, ``Suva, 3 and 4 May
2031``: which of its days the words were said on is unsaid). A word of such a day (``date_words.csv``, role
``relative-day``, the days it counts in column ``form``: ``yesterday`` -1, ``tomorrow`` +1, ``today`` 0 (round
55); not after ``of``, ``the regulators of tomorrow``) dates each event named in its sentence that no paragraph
dates, when the sentence writes no date of its own nor another year, and the event's name no other year
(:func:`dated_by_relative_day`).

Round 55: an event no reader finds undated (``Tomorrow: a joint session of ITU and UNESCO on X``, ``during the youth
session tomorrow afternoon``: a generic noun that names an event only when dated) is read again with the day written
in the word's place (``On 16 May 2031, a joint session of ...``, ``during the youth session on 19 February 2031
afternoon``): the event the readers then date by that day is an event on it (:func:`_read_with_the_day`), also when
the sentence writes another year (``foreseen for 2032``: the readers give the day to its own event only).

Round 56: a day relative to the last day written before it in the paragraph (``date_words.csv``, role
``anchored-day``: ``on the same day``, ``the same afternoon`` 0, ``on the following day`` +1 from a range's last day),
read again the same way (:func:`_anchored`): ``preceded by the X Symposium on 3 March and by the meeting of heads of
delegation on the same day at 17:00``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from wsiskg.ingest.extract.dates import document_date, find_dates
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.event_day_headings import day_headings
from wsiskg.ingest.extract.event_merging import _add_mention, _fold_days, of_year
from wsiskg.ingest.extract.event_prose import event_mentions
from wsiskg.ingest.extract.ordinals import number_value, ordinal_regex
from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


@cache
def _relative_days() -> dict[str, int]:
    """The words of a day relative to the report's (``date_words.csv``, role ``relative-day``) and how many days
    from it they name."""
    return {r["word"]: int(r["form"]) for r in data_rows("date_words.csv") if r["role"] == "relative-day"}


@cache
def _relative() -> re.Pattern[str]:
    """A word of a relative day, any case, not after ``of`` (group ``word``)."""
    return re.compile(rf"(?<!\bof\s)\b(?P<word>(?i:{alternation(_relative_days())}))\b")


#: where a sentence ends
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“(]|\s*$)")


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence of ``text`` that holds offset ``at``."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _SENTENCE_END.search(text, at)
    return start, end.end() if end else len(text)


def _report_days(report: ParsedReport, default_year: int | None) -> dict[int, date]:
    """The day each paragraph is written on: its day heading's (a single day), else the report's one front day."""
    front = document_date(report, single=True)
    headings = day_headings(report, default_year)
    out, day = {}, front
    for p in report.paragraphs:
        if p.order in headings:
            h = headings[p.order]
            day = h.start if h.end in (None, h.start) else None
            continue
        if day is not None:
            out[p.order] = day
    return out


def dated_by_relative_day(
    report: ParsedReport,
    merged: dict[str, dict[str, Any]],
    aliases: dict[str, str],
    default_year: int | None,
    meeting: Meeting | None = None,
) -> None:
    """Each event no paragraph dates, named in a sentence with a word of a day relative to the report's, dated by
    that day; or with a day of the report's own ``meeting`` by its rank (module docstring)."""
    if not any(
        _relative().search(p.text) or _meeting_day().search(p.text) or _anchor().search(p.text)
        for p in report.paragraphs
    ):
        return
    days, doc = _report_days(report, default_year), document(report)
    for p in report.paragraphs:
        _anchored(merged, aliases, p.order, p.text, default_year)
        found = [(m.start(), _relative_day(m, days.get(p.order))) for m in _relative().finditer(p.text)]
        found += [(m.start(), _day_of_meeting(m, meeting)) for m in _meeting_day().finditer(p.text)]
        for at, day in found:
            s0, s1 = _sentence(p.text, at)
            written = find_dates(p.text[s0:s1], default_year, months=True, years=True)
            if day is not None and not any(d.precision != "year" for d in written):
                _read_with_the_day(
                    merged, aliases, p.order, p.text[s0:s1], (at - s0, _relative().match(p.text, at)), day
                )
            if day is None or any(d.precision != "year" or d.start.year != day.year for d in written):
                continue  # a date of its own (the readers'), or another year (``foreseen for 2032``)
            for s in doc.spans(p.order, "event", s0, s1):
                e = merged.get(aliases.get(s.key, s.key))
                if e is not None and e["start"] is None and not e["months"] and of_year(e["name"], day.year):
                    _fold_days(e, day, None)


def _relative_day(m: re.Match[str], day: date | None) -> date | None:
    """The day a word of a relative day (``m``) names from the report's ``day``."""
    return None if day is None else day + timedelta(days=_relative_days()[m.group("word").lower()])


@cache
def _meeting_day() -> re.Pattern[str]:
    """``on the second day``, ``on the opening day``, ``during the final day`` (``date_words.csv``, role
    ``meeting-day``: the words of its first or last day), not followed by ``of`` (another event's day), not after
    ``its`` (``presented to the Symposium on its final day``: the day of the event named): group ``rank``."""
    words = alternation([r["word"] for r in data_rows("date_words.csv") if r["role"] == "meeting-day"])
    return re.compile(rf"\b(?i:on|during)\s+the\s+(?P<rank>(?i:{words})|{ordinal_regex()})\s+day\b(?!\s+of\b)")


def _day_of_meeting(m: re.Match[str], meeting: Meeting | None) -> date | None:
    """The day of the report's own ``meeting`` a ``_meeting_day`` match names: its first day and those after it by
    their rank, its last day; none past its end or of a meeting without both its days."""
    if meeting is None or meeting.start is None or meeting.end is None:
        return None
    rank = m.group("rank").lower()
    ends = {r["word"]: r["form"] for r in data_rows("date_words.csv") if r["role"] == "meeting-day"}
    if rank in ends:
        return meeting.start if ends[rank] == "first" else meeting.end
    n = number_value(rank)
    day = meeting.start + timedelta(days=n - 1) if n else None
    return day if day is not None and day <= meeting.end else None


def _read_with_the_day(
    merged: dict[str, dict[str, Any]],
    aliases: dict[str, str],
    order: int,
    sentence: str,
    word: tuple[int, re.Match[str] | None],
    day: date,
) -> None:
    """The events ``sentence`` names that its readers date by ``day`` when it is written in place of the words of a
    relative day (``word``: their offset in ``sentence`` and their match in the paragraph) (module docstring): each
    added to ``merged``, or dated when found undated (by its key, or by its name in the paragraph)."""
    at, m = word
    if m is None:
        return
    end = at + m.end() - m.start()
    written = f"{day.day} {day.strftime('%B')} {day.year}"
    colon = re.match(r"\s*:", sentence[end:])
    opening = f"On {written}," if colon else f"on {written}"
    text = sentence[:at] + opening + sentence[end + (colon.end() if colon else 0) :]
    named = {e["name"].lower(): e for e in merged.values() if order in e["paragraphs"]}
    for found in event_mentions(text, day.year):
        if found.start != day:
            continue
        e = merged.get(aliases.get(found.key, found.key)) or named.get(found.name.lower())
        if e is None:
            _add_mention(merged, replace(found, end=None), order)
        elif e["start"] is None and not e["months"]:
            _fold_days(e, day, None)


@cache
def _anchored_days() -> dict[str, int]:
    """The words of a day relative to the day written before them (``date_words.csv``, role ``anchored-day``) and how
    many days from it they name."""
    return {r["word"]: int(r["form"]) for r in data_rows("date_words.csv") if r["role"] == "anchored-day"}


@cache
def _anchor() -> re.Pattern[str]:
    """``on the same day``, ``the same afternoon``, ``on the following day``, not followed by ``of`` or ``as``
    (another event's day: ``the same day as the Assembly``), nor by a date (``the following day, 4 May``)."""
    words = alternation(_anchored_days(), spaces=True)
    return re.compile(rf"(?:\b(?i:on|in|during)\s+)?\b(?P<word>(?i:{words}))\b(?!\s*,?\s*(?:of|as|\d)\b)")


def _anchored(
    merged: dict[str, dict[str, Any]], aliases: dict[str, str], order: int, text: str, default_year: int | None
) -> None:
    """The events a paragraph names on a day relative to the last day written before it in the paragraph (``The
    Board will meet on 4 May 2032 ... The Task Force will meet on the same afternoon``, ``... to report to the
    plenary on the following day``): its sentence read again with that day in their place
    (:func:`_read_with_the_day`). Not without a day before them in the paragraph (the report's own day, a record's
    ``the following day``, is unsaid there)."""
    for m in _anchor().finditer(text):
        before = [d for d in find_dates(text[: m.start()], default_year) if d.precision == "day"]
        if not before:
            continue
        day = (before[-1].end or before[-1].start) if _anchored_days()[_word_key(m)] > 0 else before[-1].start
        day += timedelta(days=_anchored_days()[_word_key(m)])
        s0, s1 = _sentence(text, m.start())
        _read_with_the_day(merged, aliases, order, text[s0:s1], (m.start() - s0, m), day)


def _word_key(m: re.Match[str]) -> str:
    """The row of :func:`_anchored_days` a match of :func:`_anchor` names."""
    return " ".join(m.group("word").lower().split())

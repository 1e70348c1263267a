"""A session of an event named in a speech's front matter (issue 8, round 31).

A statement or keynote names the event it was given at in its title or first line (``Pacific Data Forum
2031``) and, on a line of its own, the session of that event it was given in (``High-level panel on open
data``, ``Thematic Workshop: "Data for all"``, ``Policy Session 4: Trust``): that session is an event, on
the day its own date line under it gives (``Suva, Wednesday 7 May 2031``, ``7 May 2031``), else during the
event it is a session of, on that event's days (decision 9: held during a host). Only in a report of no
meeting of its own; the line is a capitalised noun phrase headed by an event noun (``event_nouns.csv``,
``generic-events.csv``), with a number, a title after a colon or a topic after ``on``/``for``/``of``.

Round 55: the session's own day may follow its name after a comma on its line (``Opening session, 18 February
2031``); a line naming the event may hold the session too, run in after the event's dateline (``Pacific Data Forum
2031 Suva, 5-9 May 2031 Closing ceremony, 9 May 2031 Remarks by ...``, ``... 5-9 May 2031 Plenary 2: Trust``: on the
event's days) or after the event's name and a comma, before its dateline (``Pacific Data Forum 2031, Policy Session
4: Trust Suva, 5-9 May 2031``). A meeting's mode with its days (``Virtual meeting, 3-5 May 2031``) is a dateline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from wsiskg.ingest.extract.casing import english_small_words, small_word_alternation
from wsiskg.ingest.extract.datelines import dateline, run_in_datelines
from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.event_dates import DETERMINER, event_noun_regex
from wsiskg.ingest.extract.event_programme import day_of
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.gazetteer import preposition_alternation
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import ordinal_regex
from wsiskg.ingest.extract.meeting_words import event_noun_kind, meeting_words
from wsiskg.ingest.records import Paragraph
from wsiskg.ingest.text import DASH, alternation

#: a front line that may name a session: a capitalised head of up to six words or bracketed words (``Action Line
#: C9 (e-media) facilitation meeting``), no small word among them (its noun last: not ``STRUCTURE OF THE
#: CONFERENCE``; :func:`.casing.english_small_words`), a number,
#: and a title after a colon or a topic (``Thematic Workshop: "..."``, ``High-level session on X``)
_SESSION_LINE = re.compile(
    rf"(?P<head>[A-Z][\w\-’'&/]*(?:\s+(?!(?i:{small_word_alternation(english_small_words())}))(?:[\w\-’'&/]+|\([\w\-’'&/]+\))){{0,5}}?)"
    r"(?:\s+\d{1,3})?"
    rf"(?:\s*:\s*\S[^\n]{{0,150}}|\s+(?i:{preposition_alternation('event-topic')})\s+[^.;,\n]{{1,150}})?"
)


#: what opens no session's name: an article or a determiner (a sentence: ``The five meetings for X were held
#: as follows:``), an ordinal or a Roman number (a numbered sitting or meeting, the other readers' own)
_NOT_FIRST = re.compile(rf"{DETERMINER}\b|(?i:{ordinal_regex()})\b|[IVXLC]+\b")


def session_name(text: str) -> str | None:
    """``text`` when it is only the name of a session (:data:`_SESSION_LINE`, its head ended by an
    event noun in the singular), not in capitals (a document's or a body's title), else None."""
    text = text.strip()
    m = _SESSION_LINE.fullmatch(text)
    if m is None or len(text) > 200 or text.isupper() or text.endswith(":") or _NOT_FIRST.match(text):
        return None
    noun = event_noun_regex().search(m.group("head"))
    plural = noun is not None and noun.group(0).endswith("s") and not noun.group(0).lower().endswith("ss")
    return text if noun is not None and noun.end() == m.end("head") and not plural else None


def _own_day(lines: Sequence[Paragraph], i: int, year: int | None) -> tuple[date, date | None] | None:
    """The day or days on the line right after ``lines[i]`` when it is only a dateline or a day."""
    if i + 1 >= len(lines):
        return None
    text = lines[i + 1].text.strip()
    found = dateline(text, year)
    day = found[0] if found else day_of(text, year)
    return (day.start, day.end) if day is not None and day.precision == "day" else None


#: a spaced dash after an event's name on a front line, the session's name after it (``Pacific Data Forum 2031 –
#: Closing ceremony``)
_HOST_DASH = re.compile(rf"\s{DASH}\s")


def _after_host(text: str) -> str | None:
    """The name of a session written on its event's line after a spaced dash (``Pacific Data Forum 2031 –
    Policy Session 4: Trust``): the part after the first dash when it is only a session's name."""
    parts = _HOST_DASH.split(text.strip(), maxsplit=1)
    return session_name(parts[1]) if len(parts) == 2 else None


#: a comma and a space: where a session's own day may follow its name on its line
_COMMA = re.compile(r",\s+")


def _day_at(text: str, year: int | None) -> tuple[date, date | None] | None:
    """The day or days ``text`` opens with (``18 February 2031 Remarks by ...``), else None."""
    found = next(iter(find_dates(text, year)), None)
    return (found.start, found.end) if found and found.precision == "day" and found.span[0] == 0 else None


@cache
def _mode() -> re.Pattern[str]:
    """A meeting's mode opening a line (``meeting_words.csv``, role ``mode``): ``Virtual meeting, 3-5 May 2031`` is
    a dateline, no session."""
    return re.compile(rf"(?i:{alternation(meeting_words('mode'))})\b")


def _with_own_day(text: str, year: int | None) -> tuple[str, tuple[date, date | None]] | None:
    """A session's name and its own day after a comma (``Opening session, 18 February 2031``), else None; not a
    meeting's mode (:func:`_mode`)."""
    for m in _COMMA.finditer(text) if not _mode().match(text) else ():
        name = session_name(text[: m.start()])
        days = _day_at(text[m.end() :], year) if name else None
        if name and days:
            return name, days
    return None


def _run_in(text: str, year: int | None) -> tuple[str, tuple[date, date | None]] | None:
    """A session named on its event's line (module docstring): after the event's dateline, dated by its own
    day after a comma, else by the event's days; or between the event's name and a comma and its dateline."""
    for d in (d for d in find_dates(text, year) if d.precision == "day"):
        rest = text[d.span[1] :].strip()
        if name := session_name(rest):
            return name, (d.start, d.end)
        if found := _with_own_day(rest, year):
            return found
    for head, _, d in run_in_datelines(text, year):
        parts = head.rsplit(", ", 1)
        if len(parts) == 2 and (name := session_name(parts[1])):
            return name, (d.start, d.end)
    return None


def header_sessions(
    lines: Sequence[Paragraph],
    hosts: dict[int, tuple[date, date | None] | None],
    year: int | None,
    title: str | None = None,
) -> list[tuple[EventMention, int]]:
    """The sessions the front ``lines`` name under their event's (``hosts``: the order of each line naming
    an event, ``-1`` for the title, and that event's days or None), each with its line: dated by its own
    date line, else by the days of the last event named before it, else left out. A line that names an event
    names its session after a spaced dash (:func:`_after_host`), the title too (``Pacific Data Forum 2031 –
    Closing ceremony`` over ``Suva, 9 May 2031``), when its own date line follows (not ``Subject: X Summit, Doha,
    5-7 May 2031 - Follow-up meeting of partners``, a later meeting)."""
    out = []
    if lines and title is not None and -1 in hosts and (name := _after_host(title)):
        days = _own_day(lines, -1, year)
        out += [(session_mention(name, days), lines[0].order)] if days else []
    for i, p in enumerate(lines):
        before = [days for order, days in sorted(hosts.items()) if order < p.order]
        if found := _on_its_line(p, hosts, year if not before or before[-1] is None else before[-1][0].year):
            out.append((session_mention(*found), p.order))
            continue
        name = session_name(p.text) if before else None
        if name is None and p.order in hosts and (name := _after_host(p.text)):
            before = [None]  # dated by its own date line only: not a follow-up the subject line names after its host
        days = (_own_day(lines, i, before[-1][0].year if before[-1] else year) or before[-1]) if name else None
        if name is None or days is None:
            continue
        out.append((session_mention(name, days), p.order))
    return out


def _on_its_line(
    p: Paragraph, hosts: dict[int, tuple[date, date | None] | None], year: int | None
) -> tuple[str, tuple[date, date | None]] | None:
    """A session named with its own day on a line under an event (``Opening session, 18 February 2031``) or run
    into the line naming the event (:func:`_run_in`), else None."""
    if p.order in hosts:
        return _run_in(p.text, year)
    return _with_own_day(p.text, year) if any(order < p.order for order in hosts) else None


def session_mention(name: str, days: tuple[date, date | None]) -> EventMention:
    """The event a session's name names, on ``days`` (its kind its head noun's)."""
    kind = event_noun_kind(event_noun_regex().findall(name.split(":")[0])[-1])
    return EventMention(slug(f"{name} {days[0].year}"), name, kind, (0, 0), None, *days)

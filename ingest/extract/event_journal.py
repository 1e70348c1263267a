"""The meetings a conference's daily journal lists for its day (issue 8, round 55).

A journal (or a day's order of business) writes its day on a line of its own (``No. 4 - Wednesday 12 March
2031``, ``Friday, 14 March 2031``), then a heading of the day's meetings (``MEETINGS TODAY``, ``PROGRAMME OF
MEETINGS``: ``date_words.csv``, role ``meetings-heading``) and, one paragraph each, the meetings: a time and a
room as a label (``09:30-12:30 Room 2:``, ``Main Hall (Palais):``), the meeting, its hours and what it is about::

    Room B: Committee 5 (Budget), second meeting, 10:00-13:00. Chairman: ...
    14:30-17:30 Main Hall: 5th and 6th plenary meetings. General debate, continued.
    Room C: Round table 3 - "Open data for island states", 15:00-17:30, chaired by ...

Each is an event on the journal's day (:func:`journal_mentions`): a body's numbered meeting written after the body
and a comma (``Committee 5 (Budget), second meeting`` -> ``second meeting of Committee 5``; the last of several
bodies, ``Committee 3, Working Group 3/1 on X, second meeting``, holds it), numbered sittings listed together one
each (``5th and 6th plenary meetings``), else the capitalised name the item opens with when an event noun heads it
(``Round table 3 - "Open data for island states"``, ``Meeting of the Friends of the Chair (closed)``). The list ends
at a line in capitals (``ANNOUNCEMENTS``) or a line that is no item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from wsiskg.ingest.extract.date_vocabulary import date_words
from wsiskg.ingest.extract.dates import DateSpan, find_dates
from wsiskg.ingest.extract.event_dates import event_noun_regex
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import event_noun_kind, meeting_words
from wsiskg.ingest.extract.ordinals import ordinal_regex
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import DASH, alternation

#: a time of day, or two joined by a dash (``09:30``, ``15:00-17:30``, ``10h00``)
_TIME = rf"\d{{1,2}}[:.h]\d{{2}}(?:\s*{DASH}\s*\d{{1,2}}[:.h]\d{{2}})?"

#: what an item opens with before its meeting: a time and a room ended by a colon (``09:30-12:30 Room 2:``)
_LABEL = re.compile(rf"(?:{_TIME}\s+)?(?:[A-Z][^:.;]{{0,60}}:\s+)?")

#: where an item's meeting ends: a full stop ending the sentence
_STOP = re.compile(r"\.(?:\s|$)")

#: the longest line a journal's day is written on
_DAY_LINE = 60


@cache
def _heading() -> re.Pattern[str]:
    """A heading of the day's meetings (``date_words.csv``, role ``meetings-heading``), alone on its line."""
    return re.compile(rf"(?i:{alternation(date_words('meetings-heading'))})\s*:?")


@cache
def _numbered() -> re.Pattern[str]:
    """A numbered sitting after its body and a comma (``, second meeting``), or sittings listed together
    (``5th and 6th plenary meetings``)."""
    nouns = alternation([*meeting_words("meeting-noun"), "session"])
    return re.compile(
        rf"(?P<first>{ordinal_regex()})(?:\s+and\s+(?P<second>{ordinal_regex()}))?"
        rf"(?P<kind>(?:\s+[a-z]+)?\s+(?i:{nouns}))(?P<plural>s)?"
    )


def _journal_day(report: ParsedReport, before: int) -> DateSpan | None:
    """The journal's day: the last short line before paragraph ``before`` that writes one single day."""
    for p in reversed([q for q in report.paragraphs if q.order < before]):
        days = find_dates(p.text)
        if len(p.text) <= _DAY_LINE and len(days) == 1 and days[0].precision == "day" and days[0].end is None:
            return days[0]
    return None


def journal_mentions(report: ParsedReport, default_year: int | None) -> Iterator[tuple[int, EventMention]]:
    """The meetings a journal lists under its heading of the day's meetings, on its day (module docstring)."""
    day: DateSpan | None = None
    for p in report.paragraphs:
        if _heading().fullmatch(p.text.strip()):
            day = _journal_day(report, p.order)
            continue
        if day is None:
            continue
        found = list(_item_events(p.text, day))
        if not found or p.text.isupper():
            day = None  # a line that is no item ends the list
        yield from ((p.order, m) for m in found)


def _item_events(text: str, day: DateSpan) -> Iterator[EventMention]:
    """The events one item of the list names (module docstring)."""
    lead = text[_LABEL.match(text).end() :]  # type: ignore[union-attr]
    stop = _STOP.search(lead)
    parts = [s.strip() for s in lead[: stop.start() if stop else len(lead)].split(",")]
    while len(parts) > 1 and (re.fullmatch(_TIME, parts[-1]) or not parts[-1][:1].isupper()):
        if _numbered().fullmatch(parts[-1]):
            break
        parts.pop()  # its hours, who chairs it
    numbered = _numbered().fullmatch(parts[-1]) if len(parts) > 1 else None
    if numbered:
        body = re.sub(r"\s*\([^()]*\)$", "", parts[-2])
        yield _mention(f"{numbered.group('first')}{numbered.group('kind')} of {body}", day)
    elif (listed := _numbered().fullmatch(parts[0])) and listed.group("second") and listed.group("plural"):
        for number in (listed.group("first"), listed.group("second")):
            yield _mention(f"{number}{listed.group('kind')}", day)
    elif parts[0][:1].isupper() and (noun := event_noun_regex().search(parts[0])) and noun.start() < 30:
        yield _mention(re.sub(r"\s*\([a-z][^()]*\)$", "", parts[0]), day)  # "(closed)": how it is held


def _mention(name: str, day: DateSpan) -> EventMention:
    noun = event_noun_regex().findall(name)
    kind = event_noun_kind(noun[-1]) if noun else "meeting"
    return EventMention(slug(f"{name} {day.start.year}"), name, kind, (0, 0), None, day.start, None)

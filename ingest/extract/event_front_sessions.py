"""A numbered session of the report's own event, named in its front matter (issue 8, round 49).

The outcome of one session of a forum (a report whose own meeting runs over several days) names that session in
its title or on a front line of its own, by a capitalised event noun and the session's number (``Pacific Data Forum
2031: Policy Session 4 - Outcome``, ``Session 212 | Thematic Workshop``), and gives the session's day on a later
front line (``Session held on Wednesday, 7 May 2031``, ``Thursday 8 May 2031, 14:00-15:30, Room 2``): that session
is an event of its own on that day (decision 9: held during the own meeting). Two kinds of evidence: the numbered
name first in a line, a cell or a title's part, and one day within the own meeting's days after it. A session with
no such day is left (the speech readers of :mod:`.event_header_sessions` read the front of a report of no meeting).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from wsiskg.ingest.extract.date_finder import find_dates
from wsiskg.ingest.extract.date_vocabulary import date_words
from wsiskg.ingest.extract.event_dates import event_noun_regex
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import event_noun_kind
from wsiskg.ingest.records import Meeting, Paragraph
from wsiskg.ingest.text import DASH

#: a numbered session's name opening a line, a cell or a title's part after a colon or a spaced dash: up to four
#: capitalised words, the last an event noun, then the session's number (``Policy Session 4``, ``Thematic Workshop
#: 12``; not a year: ``Forum 2031``), and its title after a colon, to the end of its part (``Policy Session 4: Trust``)
_NUMBERED = re.compile(
    rf"(?:^|:\s+|\s*\|\s*|\s{DASH}\s)(?P<name>(?P<head>(?:[A-Z][\w\-’']*\s+){{0,3}}(?P<noun>[A-Z][\w\-’']*))\s+\d{{1,3}}"
    rf"(?::\s+[^|:]+?)?)(?=\s*$|\s*\||\s{DASH}\s)"
)


def numbered_session(text: str) -> str | None:
    """The name of the first numbered session ``text`` names (:data:`_NUMBERED`), its event noun the last word
    before the number (``Session 212``), not in capitals, else None."""
    for m in _NUMBERED.finditer(text.strip()):
        noun = m.group("noun")
        if event_noun_regex().fullmatch(noun) and not noun.endswith("s") and not _a_time(noun):
            return None if m.group("name").isupper() else m.group("name")
    return None


def _a_time(noun: str) -> bool:
    """Whether an event noun numbered is a time of the event, no session (``Day 3``, ``Week 5``: an
    observance's noun, a part of a month)."""
    return event_noun_kind(noun) == "observance" or noun.lower() in date_words("month-part")


def _own_day(lines: Sequence[Paragraph], meeting: Meeting) -> date | None:
    """The one day the first of ``lines`` that gives one day (and no span of days) gives, when it falls within
    the own meeting's days."""
    first, last = meeting.start, meeting.end
    assert first is not None and last is not None
    for p in lines:
        days = [d for d in find_dates(p.text, first.year) if d.precision == "day"]
        if days and len(days) == 1 and days[0].end in (None, days[0].start):
            return days[0].start if first <= days[0].start <= last else None
    return None


def front_sessions(
    title: str | None, lines: Sequence[Paragraph], meeting: Meeting | None
) -> list[tuple[EventMention, int]]:
    """The numbered session the ``title`` or a front line (``lines``) names, with the order of the line that names
    it (the first line for the title), dated by the first later front line that gives one day within the own
    ``meeting``'s days (a meeting of several days); none when there is no such day."""
    if meeting is None or meeting.start is None or meeting.end is None or meeting.end <= meeting.start or not lines:
        return []
    named = [(-1, title or ""), *((i, p.text) for i, p in enumerate(lines))]
    for i, text in named:
        if (name := numbered_session(text)) is None:
            continue
        day = _own_day(lines[i + 1 :], meeting)
        if day is None:
            return []
        kind = event_noun_kind(event_noun_regex().findall(name.split(":")[0])[-1])
        mention = EventMention(slug(f"{name} {day.year}"), name, kind, (0, 0), None, day, None)
        return [(mention, lines[max(i, 0)].order)]
    return []

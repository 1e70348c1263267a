"""The meeting another meeting was held during (evidence ``hosts`` of :mod:`.meeting_ranking`, round 54).

A side meeting's record names the session or event it was held at: ``The Ministerial Round Table on X was convened
on 11 June during the X High-Level Event``, a header line ``(held on the margins of the 72nd session of the General
Assembly)``. That host is a candidate too, its days around the side meeting's, and its name in the header often
outranks the side meeting's: it is the host, not the meeting the report records. A candidate is a host when a
header line, or a lead sentence that states another candidate held within its days, names it right after words
of ``meeting_words.csv``, role ``hosts`` (``during``, ``on the margins of``, ``as part of``), maybe after its
session's ordinal (``the 72nd session of the``)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import alternation, sentence_spans

from .body_names import BodyName, find_body_names
from .genre import header_lines
from .keys import slug
from .meeting import LEAD_PARAGRAPHS, meeting_words, ordinal_regex
from .other_meetings import HELD, another_meeting


@cache
def _hosts_words() -> re.Pattern[str]:
    """Words of role ``hosts`` and what may stand between them and the host's name (``the``, its session's ordinal
    or year and noun: ``on the margins of the 72nd session of the``, ``during the 2031 session of the``, round 56); the
    name follows."""
    session = rf"(?:(?:{ordinal_regex()}|(?:19|20)\d\d)\s+(?:session|meeting|edition)\s+of\s+(?:the\s+)?)?"
    words = alternation(list(meeting_words("hosts")), spaces=True)
    return re.compile(rf"(?i)(?<![\w-])(?:{words})\s+(?:the\s+)?{session}")


def _days(meeting: Meeting) -> tuple[date, date] | None:
    return (meeting.start, meeting.end or meeting.start) if meeting.start else None


def hosts(report: ParsedReport, names: tuple[BodyName, ...], meeting: Meeting, others: list[Meeting]) -> bool:
    """Whether ``meeting`` is named as the host of a candidate of another body held within its days (see the
    module's docstring)."""
    own = _days(meeting)
    if own is None:
        return False
    within = [o for o in others if o.body != meeting.body and (d := _days(o)) and own[0] <= d[0] <= d[1] <= own[1]]
    if not within:
        return False
    texts = header_lines(report)
    stated = {order for o in within for order in o.paragraphs}
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        if p.order in stated:
            texts += [p.text[a:b] for a, b in sentence_spans(p.text)]
    return any(
        _names_after(text, m.end(), meeting.body, names) and _held_at(text, m.start())
        for text in texts
        for m in _hosts_words().finditer(text)
    )


def _held_at(text: str, at: int) -> bool:
    """Whether the words at ``at`` follow a verb that says a meeting was held (``was convened ... during``, ``held on
    the margins of``), not one still to come (``The next meeting will take place during ...``)."""
    return re.search(HELD, text[:at]) is not None and not another_meeting(text, (at, at))


def _names_after(text: str, at: int, key: str, names: tuple[BodyName, ...]) -> bool:
    """Whether ``text`` names the body keyed ``key`` right at ``at``: a catalogue name, or the words of the key
    (a meeting's own name, ``WSIS+10 High-Level Event``)."""
    rest = text[at:]
    if any(k == key and span[0] == 0 for k, span in find_body_names(rest, names)):
        return True
    words = slug(rest[:200]).split("-")
    own = key.split("-")
    return len(own) >= 2 and words[: len(own)] == own

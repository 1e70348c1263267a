"""The meeting a speech, a letter or a contribution is for, as an event of it (decisions 4 and 33 of
``docs/annotation-guide.md``): a document that records no meeting of its own names, in its front, the meeting it
was given at or written for (``Virtual consultation of Councillors (VCC-3)`` over ``16 and 17 November 2031``;
``Pacific Regulators Forum (PRF-AS) 2031`` over ``Virtual meeting, 8-9 September 2031``), which the own-meeting
reader finds as its context (:func:`~wsiskg.ingest.extract.meeting.own_meeting`): that meeting is an event, on its
days, when no event of the document starts on them (:func:`context_meeting`); on a single day only under a front
line that opens it (:func:`_opening_day`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from wsiskg.ingest.extract.dates import date_words
from wsiskg.ingest.extract.event_merging import _add_mention, _fold_days
from wsiskg.ingest.extract.event_own_session import front_matter
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.keys import numbered_key, slug
from wsiskg.ingest.extract.meeting import body_index, number_value, ordinal_regex
from wsiskg.ingest.extract.meeting_words import meeting_words
from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import alternation, ordinal_suffix

#: the most words of a front line that names the meeting (a title, not a sentence)
_NAME_WORDS = 30


def _context_name(report: ParsedReport, context: Meeting, bodies: Iterable[Any] | None) -> str | None:
    """The name of the context meeting: the meeting of a body the catalogue or the document names (with its
    number, :func:`_numbered_name`), else the title or front line it was read from (its key within the line's),
    else None."""
    key = context.body
    info = body_index(bodies).names.get(key)
    if info is not None:
        return _numbered_name(report, context.number, info.name) or f"meeting of the {info.name}"
    for text in [report.title or "", *(p.text for p in front_matter(report))]:
        line = " ".join(text.split())
        if f"-{key}-" in f"-{slug(line)}-" and len(line.split()) <= _NAME_WORDS and ". " not in line:
            return line
    return None


def context_meeting(
    report: ParsedReport, merged: dict[str, dict[str, Any]], context: Meeting | None, bodies: Iterable[Any] | None
) -> None:
    """Add the meeting a document of no meeting of its own is for (``context``) to ``merged`` (module docstring):
    only a meeting of two or more days (a single day may be the document's date), when no event starts on its
    first; an event of its key named undated takes its days."""
    if context is None or context.start is None:
        return
    if context.end in (None, context.start):
        _opening_day(report, merged, context)
        return
    if any(e["start"] == context.start for e in merged.values()):
        return
    if (e := merged.get(context.body)) is not None:
        if e["start"] is None and not e["months"]:
            _fold_days(e, context.start, context.end)
        return
    name = _context_name(report, context, bodies)
    if name is None or not report.paragraphs:
        return
    key = (
        numbered_key(context.body, context.number)
        if context.number is not None
        else f"{context.body}-meeting-{context.start.isoformat()}"
    )
    mention = EventMention(key, name, "meeting", (0, 0), None, context.start, context.end)
    _add_mention(merged, mention, report.paragraphs[0].order)


@cache
def _sitting_line() -> re.Pattern[str]:
    """A front line that numbers a sitting (``Eighteenth session``, ``Thirty-second session``, ``5th meeting``):
    an ordinal and a sitting's noun (``meeting_words.csv``, role ``meeting-noun``, and ``session``)."""
    nouns = alternation([*meeting_words("meeting-noun"), "session"])
    return re.compile(rf"(?P<n>{ordinal_regex()})\s+(?P<noun>{nouns})\b", re.I)


def _numbered_name(report: ParsedReport, number: int | None, body: str) -> str | None:
    """The numbered context meeting named by the sitting a front line numbers (``Commission on X`` / ``Eighteenth
    session`` / ``Geneva, 4-8 May 2031`` over a report to that session: ``18th session of the Commission on X``,
    as the numbered readers name it): an annotator writes its number (``Eighteenth session``), which a bare
    ``meeting of the Commission on X`` does not give. None when no front line numbers it so."""
    if number is None:
        return None
    for text in [report.title or "", *(p.text for p in front_matter(report))]:
        for m in _sitting_line().finditer(text):
            if number_value(m.group("n")) == number:
                return f"{number}{ordinal_suffix(number)} {m.group('noun').lower()} of the {body}"
    return None


@cache
def _opens() -> re.Pattern[str]:
    """A front line that opens the meeting it names (``date_words.csv``, role ``opens-meeting``: ``Opening statement
    by X at the ...``, ``Welcome address``)."""
    return re.compile(rf"\s*(?:{alternation(date_words('opens-meeting'))})\b")


def _opening_day(report: ParsedReport, merged: dict[str, dict[str, Any]], context: Meeting) -> None:
    """A single day under a front line that opens the meeting (``Opening statement by X at the eleventh session of
    the Y`` over ``Geneva, 26 May 2031``): the day the speech opened it is its first, taken by the undated event of
    its key the document names (a single day alone may be any day of it: no new event), when no event starts on it."""
    if not any(_opens().match(text) for text in [report.title or "", *(p.text for p in front_matter(report))]):
        return
    key = numbered_key(context.body, context.number) if context.number is not None else context.body
    e = merged.get(key)
    if e is None or e["start"] is not None or e["months"] or any(x["start"] == context.start for x in merged.values()):
        return
    _fold_days(e, context.start, None)

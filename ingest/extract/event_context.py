"""The meeting a speech, a letter or a contribution is for, as an event of it (decisions 4 and 33 of
``docs/annotation-guide.md``): a document that records no meeting of its own names, in its front, the meeting it
was given at or written for (``Virtual consultation of Councillors (VCC-3)`` over ``16 and 17 November 2031``;
``Pacific Regulators Forum (PRF-AS) 2031`` over ``Virtual meeting, 8-9 September 2031``), which the own-meeting
reader finds as its context (:func:`~wsiskg.ingest.extract.meeting.own_meeting`): that meeting is an event, on its
days, when no event of the document starts on them (:func:`context_meeting`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from wsiskg.ingest.extract.event_merging import _add_mention, _fold_days
from wsiskg.ingest.extract.event_own_session import front_matter
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.keys import numbered_key, slug
from wsiskg.ingest.extract.meeting import body_index
from wsiskg.ingest.records import Meeting, ParsedReport

#: the most words of a front line that names the meeting (a title, not a sentence)
_NAME_WORDS = 30


def _context_name(report: ParsedReport, key: str, bodies: Iterable[Any] | None) -> str | None:
    """The name of the context meeting keyed ``key``: the meeting of a body the catalogue or the document names,
    else the title or front line it was read from (its key within the line's), else None."""
    info = body_index(bodies).names.get(key)
    if info is not None:
        return f"meeting of the {info.name}"
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
    if context is None or context.start is None or context.end in (None, context.start):
        return
    if any(e["start"] == context.start for e in merged.values()):
        return
    if (e := merged.get(context.body)) is not None:
        if e["start"] is None and not e["months"]:
            _fold_days(e, context.start, context.end)
        return
    name = _context_name(report, context.body, bodies)
    if name is None or not report.paragraphs:
        return
    key = (
        numbered_key(context.body, context.number)
        if context.number is not None
        else f"{context.body}-meeting-{context.start.isoformat()}"
    )
    mention = EventMention(key, name, "meeting", (0, 0), None, context.start, context.end)
    _add_mention(merged, mention, report.paragraphs[0].order)

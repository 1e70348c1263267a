"""The report's own meeting, found by the meeting extractor's strategies in order, and kept only
when the report is the record of a meeting (:mod:`.genre`).

A letter of invitation, a speech or a contribution names a meeting in its header, but records
none: its ``reportOf`` stays empty, while the meeting it names is still the context (body, year)
the other extractors read the report in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wsiskg.ingest.records import Body, Meeting, ParsedReport

from .event_series import event_series
from .events import session_meeting
from .gazetteer import bodies as gazetteer_bodies
from .genre import records_meeting
from .keys import slug
from .meeting import BodyName, find_meeting, rapporteur_group
from .meeting_header import committee, header_body, series_meeting, title_bodies, with_sitting
from .persons import presumed_meeting_body


def named_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting the report names first: a statement of a meeting, else a session header
    (``Council 2024`` over its dateline), else a session of a series of no body (``WSIS Forum 2017:
    Outcomes``), else an ordinal meeting (``SUMMARY RECORD OF THE FOURTH
    MEETING``) of the body a header line names (``COMMITTEE 5``) or of the group the report is
    presumed to be about. A summary record's sitting (``Friday, 16 July 2004, at 1440 hours``)
    dates it."""
    prefer = title_bodies(report, names)
    meeting = find_meeting(report, names, prefer=prefer) or session_meeting(report) or series_meeting(report)
    for body in (header_body, lambda r, _: presumed_meeting_body(r)):
        if meeting is not None:
            break
        default = body(report, names)
        meeting = find_meeting(report, names, default_body=default) if default else None
    return with_sitting(report, meeting) if meeting is not None else None


def own_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> tuple[Meeting | None, Meeting | None]:
    """``(the meeting the report records, the meeting it names)``: the first is ``None`` for a
    report of a genre that records no meeting."""
    named = named_meeting(report, names)
    return (named if records_meeting(report) else None), named


_NAME = re.compile(r"[A-Z][\w&/’'\-]*(?:\s+(?:on|of|for|and|the|to|&|[A-Z0-9][\w&/’'\-]*))*")
_DEFINED = re.compile(rf"(?P<name>{_NAME.pattern})\s*\((?P<acr>[A-Z][\w&/\-]{{1,30}})\)")


def meeting_body(report: ParsedReport, meeting: Meeting, known: set[str]) -> tuple[Body, ...]:
    """A body that met but is in neither the gazetteer nor ``known`` (the actors' bodies): a
    series of events of no body (``WSIS Forum``), a Rapporteur Group (``RGQ3/1``), a numbered committee
    (``Committee 5``, ``COM5``), else the name whose slug is its key, as written
    in the title or the paragraphs that state the meeting."""
    if meeting.body in known or meeting.body in gazetteer_bodies():
        return ()
    series = {slug(s.name): s.name for s in event_series() if s.body is None}
    if meeting.body in series:  # a series of events (``WSIS Forum``) named by a session (``WSIS Forum 2017``)
        return (Body(key=meeting.body, name=series[meeting.body], paragraphs=meeting.paragraphs),)
    group = rapporteur_group(meeting.body)
    if group is not None:
        return (Body(meeting.body, group[0], group[1], "working-group", paragraphs=meeting.paragraphs),)
    texts = [report.title or ""] + [p.text for p in report.paragraphs if p.order in meeting.paragraphs]
    for text in texts:
        found = committee(text)
        if found is not None and found.key == meeting.body:
            return (replace(found, paragraphs=meeting.paragraphs),)
        named = _named(text, meeting.body)
        if named is not None:
            return (Body(meeting.body, named[0], named[1], paragraphs=meeting.paragraphs),)
    return ()


def _named(text: str, key: str) -> tuple[str, str | None] | None:
    """``(name, acronym)`` of the body keyed ``key`` in ``text``: a name followed by the acronym
    that gives the key (``Preparatory Committee (PrepCom-3)``), else the name whose slug is the key."""
    for m in _DEFINED.finditer(text):
        if slug(m.group("acr")) == key:
            return m.group("name"), m.group("acr")
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                name = " ".join(words[i:j])
                if slug(name) == key:
                    return name, None
    return None

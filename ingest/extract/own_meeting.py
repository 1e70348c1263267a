"""The report's own meeting, found by the meeting extractor's strategies in order, and kept only
when the report is the record of a meeting (:mod:`.genre`).

A letter of invitation, a speech or a contribution names a meeting in its header, but records
none: its ``reportOf`` stays empty, while the meeting it names is still the context (body, year)
the other extractors read the report in.
"""

from __future__ import annotations

from wsiskg.ingest.records import Meeting, ParsedReport

from .events import session_meeting
from .genre import records_meeting
from .meeting import BodyName, find_meeting
from .persons import presumed_meeting_body


def named_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting the report names first: a statement of a meeting, else a session header
    (``Council 2024`` over its dateline), else an ordinal meeting of the group the report is
    presumed to be about."""
    meeting = find_meeting(report, names) or session_meeting(report)
    if meeting is None and (presumed := presumed_meeting_body(report)):
        meeting = find_meeting(report, names, default_body=presumed)
    return meeting


def own_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> tuple[Meeting | None, Meeting | None]:
    """``(the meeting the report records, the meeting it names)``: the first is ``None`` for a
    report of a genre that records no meeting."""
    named = named_meeting(report, names)
    return (named if records_meeting(report) else None), named

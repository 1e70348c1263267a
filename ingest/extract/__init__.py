"""Extract: :class:`ParsedReport` -> :class:`Extraction` (plain records, no rdflib).

The extractors are small modules, one per kind of fact; this function runs them in
dependency order (the meeting first: its body and year are the context of the rest)
and reconciles what they found (event keys that requests point to, the chair).
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Extraction, ParsedReport
from .concepts import find_concepts
from .deadlines import find_deadlines
from .documents import find_documents
from .events import find_events
from .meeting import find_meeting, meeting_year
from .persons import find_actors
from .requests import find_requests
from .resolutions import find_resolutions


def extract(report: ParsedReport) -> Extraction:
    """Every fact of one report, each pointing at the paragraphs it was found in."""
    meeting = find_meeting(report)
    body = meeting.body if meeting else None
    year = meeting_year(meeting) if meeting else None
    actors = find_actors(report, body)
    if meeting is not None:
        meeting = replace(meeting, chair=actors.chair, vice_chairs=actors.vice_chairs)
    events = find_events(report, year, meeting=meeting)
    requests, decisions = find_requests(report, actors, body, year)
    known = {f"event:{e.key}" for e in events}
    requests = tuple(replace(r, concerns=_known_only(r.concerns, known)) for r in requests)
    decisions = tuple(replace(d, concerns=_known_only(d.concerns, known)) for d in decisions)
    return Extraction(
        report=report,
        meeting=meeting,
        bodies=actors.bodies,
        countries=actors.countries,
        posts=actors.posts,
        persons=actors.persons,
        mentions=find_concepts(report),
        events=events,
        deadlines=find_deadlines(report, year, meeting=meeting),
        documents=find_documents(report),
        resolutions=find_resolutions(report),
        requests=requests,
        decisions=decisions,
    )


def _known_only(concerns: tuple[str, ...], events: set[str]) -> tuple[str, ...]:
    """Drop event references the event extractor did not confirm (no dangling IRIs)."""
    return tuple(c for c in concerns if not c.startswith("event:") or c in events)

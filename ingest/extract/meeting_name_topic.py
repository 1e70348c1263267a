"""The report's own meeting body whose header line writes its name and its topic apart (decision 6, its first full
mention; decision 45, the full name): a colon, a dash or quotes part the name from the topic on the header line
(``ITU Regional Forum for the Andes: "Rural Broadband Financing"``, ``REGIONAL SEMINAR FOR ASIA – SPECTRUM
MONITORING``) and a lead paragraph writes the two whole, the topic after a preposition of a name's topic (``The
Regional Forum for the Andes on Rural Broadband Financing was organized ...``): the body is that name as the lead
writes it, and its requests (``The Forum invited ...``) are that body's.

Two kinds of evidence: the form (the header line's two parts, the meeting's body keyed by the first or by both) and
the position (a lead paragraph joining them by ``on``, ``for`` or ``of``). A subtitle the lead never writes after
the name (``Workshop on X: Lessons for Y`` over ``The Workshop on X was held ...``) is no topic: the name before the
colon is the body (:mod:`.meeting_subtitle`, round 55); a catalogue body keeps its name."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import DASH

from .gazetteer import bodies as gazetteer_bodies
from .gazetteer import preposition_alternation
from .genre import header_lines
from .header_line_joins import NAME_LINES
from .keys import slug
from .meeting_lead import LEAD_PARAGRAPHS

#: quotation marks around a topic
_QUOTES = "\"“”‘’'«»"
#: a header line's name, then a colon or a dash between spaces, then its topic (maybe in quotes)
_NAME_AND_TOPIC = re.compile(rf"^(?P<name>[^:]{{6,}}?)\s*(?::|\s(?:{DASH})\s)\s*(?P<topic>[^:]{{4,}})$")
#: an acronym of capitals opening a name (``ITU``): the organiser's, which a lead may leave out
_ORGANISER = re.compile(r"^[A-Z]{2,}\s+(?=[A-Z])")


def topic_in_lead(report: ParsedReport, meeting: Meeting) -> Meeting:
    """``meeting`` of the body its lead names whole when a header line writes the body's name and its topic apart
    (see the module), keyed by the lead's name; else ``meeting`` as it is."""
    if meeting.body in gazetteer_bodies():
        return meeting
    for line in header_lines(report)[:NAME_LINES]:
        m = _NAME_AND_TOPIC.match(line.strip())
        if m is None:
            continue
        name, topic = m["name"].strip(), m["topic"].strip().strip(_QUOTES).strip()
        if meeting.body not in (slug(name), slug(f"{name} {topic}")) or len(name.split()) < 2:
            continue
        whole = _whole(name, topic, line.isupper())
        for p in report.paragraphs[:LEAD_PARAGRAPHS]:
            found = whole.search(p.text)
            if found is not None:
                where = tuple(sorted({*meeting.paragraphs, p.order}))
                return replace(meeting, body=slug(found["name"]), paragraphs=where)
    return meeting


@lru_cache(maxsize=64)
def _whole(name: str, topic: str, capitals: bool) -> re.Pattern[str]:
    """The name and its topic written whole (``Regional Forum for the Andes on Rural Broadband Financing``), the
    organiser's acronym opening the name maybe left out, the topic maybe in quotes; in any case when the header
    line is in capitals."""
    words = r"\s+".join(map(re.escape, _ORGANISER.sub("", name).split()))
    organiser = _ORGANISER.match(name)
    opening = rf"(?:{re.escape(organiser.group(0).strip())}\s+)?" if organiser else ""
    topic_words = r"\s+".join(map(re.escape, topic.split()))
    quote = f"[{_QUOTES}]?"
    joiner = preposition_alternation("topic")
    flags = "(?i)" if capitals else ""
    return re.compile(
        rf"{flags}(?<![\w-])(?P<name>{opening}{words}\s+(?:{joiner})\s+(?:the\s+)?{quote}{topic_words}){quote}(?![\w-])"
    )

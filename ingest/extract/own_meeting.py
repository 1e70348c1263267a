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

from .covered_meetings import last_listed_meeting, title_group
from .event_series import event_series
from .events import session_meeting
from .gazetteer import bodies as gazetteer_bodies
from .genre import CHAIR_REPORT, RECORD, line_genre, records_meeting, report_genre
from .keys import slug
from .meeting import (
    BodyName,
    find_meeting,
    held_meeting,
    load_body_names,
    ordinal_regex,
    rapporteur_group,
    record_title,
    session_stem,
)
from .meeting_header import (
    body_over_title,
    committee,
    header_body,
    over_title_body,
    series_meeting,
    title_bodies,
    with_sitting,
)
from .meeting_heading import heading_body, heading_meeting, lead_named_meeting
from .meeting_mentions import defined_meeting_bodies
from .persons import presumed_meeting_body
from .present_meeting import held_session, present_meeting
from .study_groups import report_texts


def named_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting the report names first: a statement of a meeting; else a session header
    (``Council 2024`` over its dateline); else a session of a series of no body (``WSIS Forum 2017:
    Outcomes``); else an ordinal meeting (``SUMMARY RECORD OF THE FOURTH MEETING``) of the body a
    header line names (``COMMITTEE 5``, ``COUNCIL 2016, Geneva, ...``); else a meeting a heading names by its kind
    (:mod:`.meeting_heading`: ``REGIONAL PREPARATORY MEETING FOR ... (RPM-X)``, ``Annual meeting``
    under the body's title), whose dateline also dates a meeting of the same body stated in the
    lead; else an ordinal meeting of the group the report is presumed to be about; else a named
    meeting a lead sentence says was held; else ``the present meeting (Geneva, 9-11 June 2008)``
    or a body's session held anywhere (:mod:`.present_meeting`). A Chairman's report records a
    meeting of the group its title names, never the session of its header
    (:mod:`.covered_meetings`). A summary record's sitting (``Friday, 16 July 2004, at 1440
    hours``) dates the meeting."""
    meeting = find_meeting(report, names, prefer=title_bodies(report, names))
    heading = heading_meeting(report, names)
    meeting = _dated_by_heading(meeting, heading) if meeting and heading else meeting
    if meeting is None and report_genre(report) == CHAIR_REPORT:
        meeting = _chair_report_meeting(report, names) or heading
    elif meeting is None:
        over = body_over_title(report, names)  # "STANDING COMMITTEE ON X" / "OF THE THIRD MEETING"
        meeting = find_meeting(report, names, default_body=over) if over else None
        meeting = meeting or session_meeting(report) or series_meeting(report)
        header = header_body(report, names) if meeting is None else None
        meeting = meeting or (find_meeting(report, names, default_body=header) if header else None)
        meeting = meeting or heading
        presumed = presumed_meeting_body(report) if meeting is None else None
        meeting = meeting or (find_meeting(report, names, default_body=presumed) if presumed else None)
        meeting = meeting or lead_named_meeting(report, names)
        meeting = meeting or present_meeting(report, names) or held_session(report, names)
        if meeting is None and presumed and records_meeting(report):  # the group's unnumbered meeting, held
            titled = line_genre(report.title or "") == RECORD or presumed in title_bodies(report, names)
            meeting = held_meeting(report, presumed, dateline_too=titled)
            meeting = meeting or _excerpt_meeting(report, presumed)
    return with_sitting(report, meeting) if meeting is not None else None


def _excerpt_meeting(report: ParsedReport, body: str) -> Meeting | None:
    """An excerpt cut before its header (no title, its first line goes on from a sentence cut
    above it: ``the vice-chairmen of TSAG who ...``) records a meeting of the group it is about,
    which it does not date."""
    first = report.paragraphs[0] if report.paragraphs else None
    if report.title or first is None or not first.text[:1].islower():
        return None
    return Meeting(body, paragraphs=(first.order,))


def _dated_by_heading(meeting: Meeting, heading: Meeting) -> Meeting:
    """``meeting`` dated by the dateline of the heading that names it (``High-level meeting`` /
    ``New York, 14 December 2031`` under the body's title), over dates its sentence gives."""
    if heading.body != meeting.body or heading.number not in (None, meeting.number) or heading.start is None:
        return meeting
    paragraphs = tuple(sorted({*meeting.paragraphs, *heading.paragraphs}))
    place = heading.place or meeting.place
    return replace(meeting, start=heading.start, end=heading.end, place=place, paragraphs=paragraphs)


def _chair_report_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting of its group a Chairman's report says it covers, else the last it lists."""
    group = title_group(report, names)
    body = group[0] if group else presumed_meeting_body(report)
    if body is None:
        return None
    return find_meeting(report, names, default_body=body) or last_listed_meeting(report, body)


def own_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> tuple[Meeting | None, Meeting | None]:
    """``(the meeting the report records, the meeting it names)``: the first is ``None`` for a
    report of a genre that records no meeting."""
    named = named_meeting(report, names)
    return (named if records_meeting(report) else None), named


_NAME = re.compile(r"[A-Z][\w&/’'\-]*(?:\s+(?:on|of|for|and|the|to|&|[A-Z0-9][\w&/’'\-]*))*")
_DEFINED = re.compile(rf"(?P<name>{_NAME.pattern})\s*\((?P<acr>[A-Z][\w&/\-]{{1,30}})\)")
#: ``Second Meeting of the`` before a body's name: the meeting, not the body
_ORDINAL_MEETING_OF = re.compile(rf"^(?:{ordinal_regex()})\s+(?i:meeting|session)\s+(?i:of)\s+(?:(?i:the)\s+)?")


def with_meeting_body(report: ParsedReport, meeting: Meeting, bodies: tuple[Body, ...]) -> tuple[Body, ...]:
    """``bodies`` (the actors') with the body of the report's meeting: added when they lack it
    (:func:`meeting_body`); a committee they name without its short form gets it (``Committee 5``:
    ``COM5``, from the header that names it)."""
    found = next((b for b in bodies if b.key == meeting.body), None)
    if found is None:
        return bodies + meeting_body(report, meeting, set())
    texts = [record_title(report) or ""] + [p.text for p in report.paragraphs if p.order in meeting.paragraphs]
    named = next((c for c in map(committee, texts) if c is not None and c.key == found.key), None)
    if found.acronym or named is None or named.acronym is None:
        return bodies
    return tuple(replace(b, acronym=named.acronym) if b is found else b for b in bodies)


def meeting_body(report: ParsedReport, meeting: Meeting, known: set[str]) -> tuple[Body, ...]:
    """A body that met but is in neither the gazetteer nor ``known`` (the actors' bodies): a
    series of events of no body (``WSIS Forum``), a Rapporteur Group (``RGQ3/1``), a numbered committee
    (``Committee 5``, ``COM5``), the group a Chairman's report names in its title, else the name
    whose slug is its key, as written in the title or the paragraphs that state the meeting. It is
    mentioned where the meeting is (else by the first paragraph, as the meeting is): a body the
    graph describes must be (the shapes), a meeting that is its own body too."""
    if meeting.body in known or meeting.body in gazetteer_bodies():
        return ()
    where = meeting.paragraphs or ((report.paragraphs[0].order,) if report.paragraphs else ())
    meeting = replace(meeting, paragraphs=where)
    series = {slug(s.name): s.name for s in event_series() if s.body is None}
    if meeting.body in series:  # a series of events (``WSIS Forum``) named by a session (``WSIS Forum 2017``)
        return (Body(key=meeting.body, name=series[meeting.body], paragraphs=meeting.paragraphs),)
    group = rapporteur_group(meeting.body)
    if group is not None:
        return (Body(meeting.body, group[0], group[1], "working-group", paragraphs=meeting.paragraphs),)
    titled = title_group(report, load_body_names())
    if titled is not None and titled[0] == meeting.body:  # the group of a Chairman's report, as its title names it
        return (Body(meeting.body, titled[1], titled[2], paragraphs=meeting.paragraphs),)
    over = over_title_body(report, load_body_names())
    if over is not None and over.key == meeting.body:  # "STANDING COMMITTEE ON X" / "OF THE THIRD MEETING"
        return (replace(over, paragraphs=meeting.paragraphs),)
    headed = heading_body(report, load_body_names(), meeting.body)
    if headed is not None:  # a meeting a heading names by its kind (``... Facilitation Meeting``)
        return (replace(headed, paragraphs=meeting.paragraphs),)
    texts = [record_title(report) or ""] + [p.text for p in report.paragraphs if p.order in meeting.paragraphs]
    for text in texts:
        found = committee(text)
        if found is not None and found.key == meeting.body:
            return (replace(found, paragraphs=meeting.paragraphs),)
        tail = _tail_named(text, meeting.body)  # a session's title
        named = _named(text, meeting.body) or ((tail, None) if tail else None)
        if named is not None:
            return (Body(meeting.body, named[0], named[1], paragraphs=meeting.paragraphs),)
    # a body the report defines elsewhere by its name and acronym (a header line: ``... Forum 2013 (IEG-X)``)
    texts = report_texts(report.title, (p.text for p in report.paragraphs))
    defined = next((b for b in defined_meeting_bodies(texts, load_body_names()) if b.key == meeting.body), None)
    if defined is not None:
        return (Body(defined.key, defined.name, defined.acronym, defined.kind, paragraphs=meeting.paragraphs),)
    return ()


def _tail_named(line: str, key: str) -> str | None:
    """The end of ``line`` whose slug is ``key`` (a session's title, on its own line or after
    ``Session 212:``)."""
    words = line.split()
    tails = (" ".join(words[i:]) for i in range(len(words) - 1) if words[i][:1].isalnum())
    return next((tail for tail in tails if slug(tail) == key), None)


def _named(text: str, key: str) -> tuple[str, str | None] | None:
    """``(name, acronym)`` of the body keyed ``key`` in ``text``: a name followed by the acronym
    that gives the key (``Preparatory Committee (PrepCom-3)``), else the name whose slug is the key."""
    for m in _DEFINED.finditer(text):
        acronym = session_stem(text[: m.end("name")] + " ", m.group("acr"))  # "(PrepCom-2)": PrepCom's
        if slug(acronym) == key:
            return _ORDINAL_MEETING_OF.sub("", m.group("name")), acronym
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                name = " ".join(words[i:j])
                if slug(name) == key:
                    return name, None
    return _named_in_words(text, key)


def _named_in_words(text: str, key: str) -> tuple[str, str | None] | None:
    """A name with lower-case words whose slug is ``key`` (``Group of Experts on the revision of the
    regulations``, read by ``meeting_mentions.name_tail``): it starts with a capital."""
    words = list(re.finditer(r"[\w&’'\-]+", text))
    for i, first in enumerate(words):
        for j in range(i + 1, min(len(words), i + 30)) if first.group(0)[:1].isupper() else ():
            written = text[first.start() : words[j].end()]  # as written, its punctuation kept
            if slug(written) == key:
                return written, None
    return None

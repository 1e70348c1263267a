"""Merged events that are none, and dates that are none of theirs (:func:`.events.find_events`).

The report's own meeting named again (:func:`_own_session`, :func:`_on_own_days`), a meeting used as a time
(decision 25, :func:`_as_a_time`), a record's title (:func:`_a_record_title`), an action table's task (decision
31, :func:`_action_rows_only`) are no events; the day a document is issued is no edition's date (decision 24,
:func:`_dated_by_issue`), nor the date of an action table's row (:func:`_undated_in_action_row`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from wsiskg.ingest.extract.date_vocabulary import date_words
from wsiskg.ingest.extract.datelines import front_dateline
from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.deadline_ragged_rows import ragged_row
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.event_dates import event_noun_regex
from wsiskg.ingest.extract.event_mention_dates import _prepared_for
from wsiskg.ingest.extract.event_own_body import NO_BODY_WORDS, names_own_body
from wsiskg.ingest.extract.event_own_session import _header_lines, front_matter
from wsiskg.ingest.extract.event_preparatory import listed_apart, names_own
from wsiskg.ingest.extract.event_prose import event_mentions
from wsiskg.ingest.extract.event_series import EventMention, edition_of, event_series
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    determiner_alternation,
    modal_alternation,
    preposition_alternation,
    prepositions,
)
from wsiskg.ingest.extract.header_fields import sentence_of_prose
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import number_value, ordinal_regex
from wsiskg.ingest.extract.meeting_words import event_nouns, is_modifier, meeting_words, word_alternation
from wsiskg.ingest.extract.request_actions import no_one_named, table_header
from wsiskg.ingest.records import Meeting, Paragraph, ParsedReport
from wsiskg.ingest.text import alternation, squash, table_cells


def _own_session(merged: dict[str, dict[str, Any]], meeting: Meeting | None) -> list[str]:
    """The report's own meeting named as the event of the series that is its body, on its first
    day (``WSIS Forum 2031`` from 12 May 2031 in the outcomes of that Forum, body ``wsis-forum``):
    the meeting, not another event. A session of a body's series (``Council 2031`` in a record of
    the Council) stays an event of its own (:func:`session_meeting`). A meeting whose body is only
    its name (``Caribbean Expert Group Meeting on X``: the body keyed by that name) named without
    dates is that meeting too. A numbered meeting of the report's number on its first day is the report's meeting
    named by another form of its body (``the third meeting of the IEG, 2-3 June`` in the report of meeting 3 of
    ``Informal Experts Group for X (IEG-X)``)."""
    if meeting is not None and meeting.number is not None and meeting.start is not None:
        own = f"-{meeting.number}"
        return [k for k, e in merged.items() if e["start"] == meeting.start and k.endswith(own)]
    if meeting is None or meeting.number is not None:
        return []
    prefix = meeting.body + "-"
    return [
        k
        for k, e in merged.items()
        if (meeting.start and e["start"] == meeting.start and k.startswith(prefix) and k[len(prefix) :].isdigit())
        or (k == meeting.body and e["start"] is None and not e["months"])
        or _whole_session(k, e, meeting)
    ]


def _own_named_undated(report: ParsedReport, merged: dict[str, dict[str, Any]], meeting: Meeting | None) -> list[str]:
    """The report's own meeting named again without dates by its body's name, with its own number or none
    (``the 7th Caribbean Internet Governance Forum (CIGF) was convened by ...`` in the report of meeting 7 of
    ``cigf``; ``the Third Pacific ICT Ministers' Dialogue``; ``The Regional Development Forum for Africa was
    held at ...`` in the report of ``rdf-afr``, its title ``Regional Development Forum for Africa (RDF-AFR)``):
    the meeting, no other event. Its name is the meeting body's (:func:`.event_own_body.names_own_body`) when it
    has an ordinal, or the title or a paragraph naming it gives it the body's code in brackets (:func:`_coded_as`), or,
    without an ordinal, it is the body's name cut before its topic (:func:`_heads_own_name`)."""
    if meeting is None:
        return []
    out = []
    for key, e in merged.items():
        if e["start"] is not None or e["months"] or _NEXT.match(e["name"]) or not _same_number(e["name"], meeting):
            continue
        if edition_of(key) is not None:
            continue  # a series' edition: the own session's readers decide (``_own_session``, ``_on_own_days``)
        numbered = _ordinal().search(e["name"]) is not None
        if (numbered and (names_own_body(key, e["name"], meeting) or _numbered_alone(e["name"], meeting))) or _coded_as(
            report, e, meeting.body
        ):
            out.append(key)
        elif not numbered and (_heads_own_name(e["name"], meeting) or _sitting_of_own(e["name"], meeting)):
            out.append(key)
    return out


@cache
def _sitting_of() -> re.Pattern[str]:
    """``[the] meeting|sitting|session of [the] <name>`` (``meeting_words.csv``, role ``meeting-noun``)."""
    nouns = alternation([*meeting_words("meeting-noun"), "session"])
    return re.compile(rf"(?:the\s+)?(?i:{nouns})\s+of\s+(?:the\s+)?(?P<name>.+)", re.I)


def _sitting_of_own(name: str, meeting: Meeting) -> bool:
    """Whether ``name`` is only a sitting's noun of the report's own meeting body written out (``The meeting of
    Heads of Delegation was opened by ...`` in the record of ``heads-of-delegation``): the meeting, no other event.
    A word that names no part of the body (``extraordinary meeting of the Board``) tells another meeting."""
    m = _sitting_of().fullmatch(name.strip())
    if m is None or event_noun_regex().search(m.group("name")):
        return False
    return slug(m.group("name")) == meeting.body or names_own_body(slug(m.group("name")), m.group("name"), meeting)


def _heads_own_name(name: str, meeting: Meeting) -> bool:
    """Whether ``name``, an event noun among its words, is the report's meeting body's name cut before its topic
    or place (``prepositions.csv`` column ``name``): ``The Expert Group Meeting was organized by ...`` in the
    report of the ``Expert Group Meeting on Rural Broadband Statistics``."""
    head = slug(name)
    rest = meeting.body.removeprefix(head + "-") if head else meeting.body
    nouns = {n.casefold() for n in event_nouns()}
    return (
        rest != meeting.body and rest.split("-")[0] in prepositions("name") and any(w in nouns for w in head.split("-"))
    )


def prepared_none(report: ParsedReport, merged: dict[str, dict[str, Any]], meeting: Meeting | None) -> list[str]:
    """The report's own meeting named again by what it prepares (:func:`.event_preparatory.names_own`: ``The
    Regional Preparatory Meeting for Oceania was held ...`` under the header ``REGIONAL PREPARATORY MEETING FOR
    WXC-31 FOR OCEANIA (RPM-OCE)``), undated or from its first day: the meeting, no other event; and undated
    meetings in the plural whose meetings the report lists one by one (:func:`.event_preparatory.listed_apart`)."""
    lines = [p.text for p in front_matter(report)] if meeting is not None else []
    own = [
        k
        for k, e in merged.items()
        if meeting is not None
        and e["start"] in (None, meeting.start)
        and any(names_own(e["name"], line, {meeting.body}) for line in lines or [""])
    ]
    return own + [k for k, e in merged.items() if e["start"] is None and listed_apart(e["name"], merged)]


def _coded_as(report: ParsedReport, e: dict[str, Any], body: str) -> bool:
    """Whether event ``e``'s name (but for an ordinal opening it) is written with the code in brackets that is
    the key ``body`` in the title or a paragraph naming it (``7th Caribbean Internet Governance Forum (CIGF)``),
    but for a session's number after it; in the front matter, in capitals too, its topic or place between
    (``REGIONAL SPECTRUM SEMINAR 2031 FOR THE CARIBBEAN (RSS-31-CAR)`` over ``The Regional Spectrum Seminar 2031
    for the Caribbean was opened ...``: :func:`_front_coded`)."""
    name = _ordinal().sub("", e["name"], count=1).strip() if _ordinal().match(e["name"]) else e["name"]
    if _front_coded(report, name, body):
        return True
    coded = re.compile(rf"{re.escape(name)}\s*\((?P<code>[^()]{{2,20}})\)")
    texts = [report.title or "", *(p.text for p in report.paragraphs if p.order in e["paragraphs"])]
    unnumbered = _NUMBER_END.sub("", body)  # a session's number written into the code (``BDPF-12``)
    return any(_NUMBER_END.sub("", slug(m.group("code"))) == unnumbered for t in texts for m in coded.finditer(t))


_NUMBER_END = re.compile(r"-\d+$")


def _front_coded(report: ParsedReport, name: str, body: str) -> bool:
    """Whether a front line writes ``name`` (any case), a topic or place after it at most (``prepositions.csv``
    column ``name``), then the code in brackets that is the key ``body``."""
    tail = rf"(?:\s+(?:{preposition_alternation('name')})\s+[^()]{{1,60}}?)?"
    coded = re.compile(rf"(?i:{re.escape(name)}{tail})\s*\((?P<code>[^()]{{2,20}})\)")
    unnumbered = _NUMBER_END.sub("", body)
    lines = front_matter(report)
    return any(_NUMBER_END.sub("", slug(m.group("code"))) == unnumbered for p in lines for m in coded.finditer(p.text))


def _a_body_that_meets(report: ParsedReport, key: str, e: dict[str, Any]) -> bool:
    """Whether an undated event named only by its form (keyed by its name, no series' edition) is a standing
    body: the report names it, or the code in brackets after it, as what holds meetings (``The Andean Forum on
    Data (AFD) ... The AFD will hold its next meeting in Quito``, ``the X Forum met in``, ``the third meeting of
    the X Forum``, ``members of the AFD``). Its meetings are the events, not the body."""
    if e["start"] is not None or e["months"] or key != slug(e["name"]) or edition_of(key) is not None:
        return False
    texts = [p.text for p in report.paragraphs]
    coded = re.compile(rf"{re.escape(e['name'])}\s*\((?P<code>[A-Z][\w\-&]{{1,12}})\)")
    names = [e["name"], *dict.fromkeys(m.group("code") for t in texts for m in coded.finditer(t))]
    holder = _meeting_holder(alternation(names))
    return any(holder.search(t) for t in texts)


@cache
def _meeting_holder(names: str) -> re.Pattern[str]:
    """``names`` as the holder of meetings (:func:`_a_body_that_meets`)."""
    name = rf"(?:{names})(?![\w\-])(?:\s*\([^()]{{1,20}}\))?"
    verb = rf"(?:(?:{modal_alternation()}|{auxiliary_alternation('be', 'clause')})\s+(?:to\s+)?)?"
    return re.compile(
        rf"\b{name}(?:\s*,[^,.;]{{1,80}},)?\s+{verb}(?:also\s+)?(?:(?:hold|holds|held)\s+its|met|meets|meet)\b"
        rf"|\b(?i:meetings?|members)\s+of\s+the\s+{name}"
    )


#: an event named as the next one of its kind (``the next meeting``, ``the Commission's next panel``)
_NEXT = re.compile(r"(?i)(?:the\s+)?(?:\S+'s\s+)?next\b")


#: after a meeting named as a time: ``to TSAG at its first meeting after this Assembly``
_AFTER = re.compile(r"\s+(?:after|following)\s")


@cache
def _period_after() -> re.Pattern[str]:
    """A period after a meeting: ``the first TSAG meeting of the new study period`` (``date_words.csv``, role
    ``period``)."""
    periods = alternation(date_words("period"), spaces=True)
    return re.compile(rf"\s+of\s+(?:{determiner_alternation('meeting')})\s+(?:[\w\-]+\s+)?(?:{periods})\b")


@cache
def _time_before() -> re.Pattern[str]:
    """Before a meeting named as a time: ``report to``, ``at``, ``to convene`` (and a determiner of a meeting,
    ``determiners.csv`` column ``meeting``: its, the)."""
    return re.compile(rf"\b(?:at|to|before|until|by|to\s+[a-z]+)\s+(?:(?:{determiner_alternation('meeting')})\s+)?$")


def _named_as_a_time(text: str, start: int, end: int) -> bool:
    """Whether the meeting at ``start``..``end`` is named as a time: before ``after`` (``to TSAG at its first
    meeting after this Assembly``), or after ``at``/``to`` and before a period (``to convene the first TSAG meeting
    of the new study period``; not ``held its first meeting of the cycle``). A year is no period (``at its first
    meeting in 2031``: dev lists it undated in two reports of two writers, not in two of one; decision 37)."""
    if _AFTER.match(text, end):
        return True
    return (
        _period_after().match(text, end) is not None
        and _time_before().search(text[max(0, start - 30) : start]) is not None
    )


def _as_a_time(report: ParsedReport, key: str, e: dict[str, Any]) -> bool:
    """Decision 25: a meeting used as a time is an event only when the text dates it or names where it is
    held. ``the next meeting`` (``next Forum``, ``next open consultation``: ``X offered to host the next
    coordinators' meeting``) and a meeting named only as a time (:func:`_named_as_a_time`: ``report to TSAG at
    its first meeting after this Assembly``, ``of the new study period``) that no mention dates or places,
    nor holds at another event the report dates or places (``the next C4 facilitation meeting will be held at the
    WSIS Forum 2032 in Geneva``; ``during the WSIS Forum 2033`` alone is neither), are times, not events."""
    if e["start"] is not None or e["months"] or e["place"] or e.get("held_at"):
        return False
    if _NEXT.match(e["name"]):
        return True
    doc = document(report)
    found = [(order, s) for order in e["paragraphs"] for s in doc.spans(order, "event") if s.key == key]
    return bool(found) and all(_named_as_a_time(doc.para(order).text, s.start, s.end) for order, s in found)


@cache
def _record_title() -> re.Pattern[str]:
    """A record's title word and its ``of`` anywhere in a name (``meeting_words.csv``: role ``session-record``
    except the words prose also uses of an event's results, valued ``results`` — ``outcome of``, ``highlights
    of`` —, and role ``record-title``)."""
    titles = [w for w, value in meeting_words("session-record").items() if value != "results"]
    records = word_alternation([*titles, *meeting_words("record-title")])
    return re.compile(rf"(?<![\w'’])(?i:{records})\s")


def _a_record_title(key: str, name: str) -> bool:
    """Whether an event read under a name of its own (keyed by it, no catalogue's key) is named by the title of
    a record of a meeting (``Summary report of the fifteenth meeting``, ``Chair's summary of the open consultation``,
    ``Minutes of meeting no. 3/2031``, ``Study Group 9 Regional Group for Asia Report of the virtual meeting``):
    that is the document (the report's own meeting's), never another event."""
    return key.startswith(slug(name)) and _record_title().search(name) is not None


def _undated_in_action_row(
    report: ParsedReport, p: Paragraph, mentions: list[EventMention], row_dated: set[str]
) -> list[EventMention]:
    """The mentions of a row of an action table without the row's date (decision 31: ``Coordinate positions
    at PP-30 | Coordinators | 20 October 2030``: the task's deadline, not the conference's days); the
    keys so undated are added to ``row_dated`` (an event named in such rows only is none:
    :func:`_action_rows_only`)."""
    if not any(m.start for m in mentions) or len(table_cells(p.text)) < 2 or not _action_row(report, p.order):
        return mentions
    row_dated.update(m.key for m in mentions if m.start)
    return [replace(m, start=None, end=None, precision="day") for m in mentions]


#: how far back from a row its table's header may stand
_TABLE_ROWS = 30


def _action_rows_only(report: ParsedReport, key: str, e: dict[str, Any]) -> bool:
    """Whether every paragraph naming a dated event is a row of an action table (decision 31: ``Action |
    Responsible | Deadline``, ``Item, Date, Responsible``): a row's action (``National workshops in A and B``,
    ``Confirm host country for the 2031 regional drill``) is a task, its date a deadline, not an event's."""
    doc = document(report)
    named = [order for order in e["paragraphs"] if any(f.key == key for f in doc.spans(order, "event"))]
    rows = all(len(table_cells(doc.para(order).text)) >= 2 for order in named)  # before the scan for a header
    return bool(named) and rows and all(_action_row(report, order) for order in named)


#: a sentence's end: a line so ended is prose, no row (``..., back to back with the Summit (12-14 May 2031).``); so
#: is a long line ended by a stop after a date (:func:`.header_fields.sentence_of_prose`: ``The 3rd meeting will be
#: held in Baku, Azerbaijan, on 14-16 October 2031.`` under a table ``Milestone, Responsible, Date``)
_PROSE_LINE = re.compile(r"[a-z)]\.\s*$")


def _action_row(report: ParsedReport, order: int) -> bool:
    """Whether paragraph ``order`` is a row under the header of an action table
    (:func:`~.request_actions.table_header`): it and every line between are rows of as many cells
    as the header at least, or one fewer with the due day alone last, the who cell left out (``Map the partners'
    events to the calendar, 30 June 2031`` under ``Action, Lead, Deadline``: :func:`.deadline_ragged_rows.ragged_row`,
    decision 54), none a sentence."""
    at = next((i for i, p in enumerate(report.paragraphs) if p.order == order), None)
    if at is None:
        return False
    rows: list[tuple[str, int]] = []
    for p in reversed(report.paragraphs[max(0, at - _TABLE_ROWS) : at + 1]):
        if rows and (roles := table_header(p.text)) is not None:
            return all(n >= len(roles) or _due_only(text, roles) for text, n in rows) and not no_one_named(
                report.paragraphs[at].text, roles
            )
        if _PROSE_LINE.search(p.text) or sentence_of_prose(p.text):  # "... to be held on 3-5 May 2031."
            return False
        rows.append((p.text, len(table_cells(p.text)) + p.text.startswith("|")))  # its number cell read as a section's
        if rows[-1][1] < 2:
            return False
    return False


def _due_only(text: str, roles: list[str | None]) -> bool:
    """Whether an action table's row of one cell fewer than its header ``roles`` leaves out its who cell, its due day
    alone last (:func:`.deadline_ragged_rows.ragged_row`): a task no one is named for (decision 54), still a row."""
    cells = table_cells(text)
    return len(cells) == len(roles) - 1 and ragged_row(text, cells, [r == "due" for r in roles], None) is not None


def _dated_by_issue(
    report: ParsedReport, key: str, e: dict[str, Any], issued: date | None, unmet: bool = False
) -> bool:
    """Whether a series' edition is dated only by the day the document is dated (:func:`~.dates.document_date`:
    ``Council 2031 – Virtual consultation of councillors / Document C31/12-E / 14 May 2031``, ``Date: 11 November
    2031`` under a session at IGF 2031), on a line that does not name it: the day the document was issued or its
    meeting held, not the edition's (decision 24). An observance of a fixed day keeps it (``World
    Telecommunication and Information Society Day 2031``, 17 May), and so does a line naming both (a row
    ``4 May 2031, WTIS-31``, a dateline ``PP-30, Lima, 3 October 2030``) and a header line naming it over a
    dateline with its place in a document of no meeting of its own (``unmet``: ``Council 2031 – Second Plenary
    Meeting`` / ``Lima, 4 May 2031`` over a speech: the day of the sitting it is given at,
    :func:`_named_over_dateline`; a meeting found on that day is held at the edition, :func:`_on_own_days`).
    Not a forum's (``events.csv``, kind ``forum``: ``X Forum 2031 – Special session`` over its day): a forum
    holds many sessions, and the dateline's day is one of them."""
    s = edition_of(key) if issued is not None and e["start"] == issued and e["end"] in (None, issued) else None
    if s is None or s.fixed_date is not None:
        return False
    doc = document(report)
    named = [order for order in e["paragraphs"] if any(f.key == key for f in doc.spans(order, "event"))]
    if unmet and s.kind != "forum" and issued is not None and _named_over_dateline(report, key, named, issued):
        return False
    return not any(d.start == issued for order in named for d in find_dates(doc.para(order).text))


def _named_over_dateline(report: ParsedReport, key: str, named: list[int], day: date) -> bool:
    """Whether the edition ``key`` opens a header line (one of ``named``, paragraph orders) or the title, in
    a document whose header has a dateline of ``day`` with its place (``Council 2031 – Second Plenary
    Meeting`` with ``Lima, 4 May 2031`` over or under it; ``X SYMPOSIUM 2031 (XS-31)`` over ``Suva, Fiji, 3 May
    2031``): the day of the sitting the document is of. Not an edition named further into a line (``Remarks at
    the X Forum 2031 special session``: one day of the forum's several)."""
    lines = _header_lines(report, headings=True)
    doc = document(report)
    opens = any(
        s.key == key and s.start < 5 for p in lines if p.order in named for s in doc.spans(p.order, "event")
    ) or any(m.key == key and m.span[0] < 5 for m in event_mentions(report.title or ""))
    return opens and any((d := front_dateline(p.text.strip())) and d[1] and d[0].start == day for p in lines)


def named_for_only(report: ParsedReport, key: str, e: dict[str, Any]) -> bool:
    """Whether an undated series' edition (``WXC-31``) is named only as what another meeting or body is for, in
    prose (:func:`.event_mention_dates._prepared_for`: ``the APT Preparatory Group for WXC-31 (APG31-2) met``,
    ``the WXC-31 preparatory information meetings``): its purpose, no event of its own, as a conference named only
    in a preparatory meeting's name (:mod:`.event_preparatory`). A header or a subject line naming it so
    (``Subject: Regional Preparatory Meeting for WXC-31 for Africa``) keeps it, as the annotations read it."""
    if e["start"] is not None or e["months"] or edition_of(key) is None:
        return False
    doc = document(report)
    found = [(order, s) for order in e["paragraphs"] for s in doc.spans(order, "event") if s.key == key]
    return bool(found) and all(
        _PROSE.search(text := doc.para(order).text) is not None
        and _prepared_for(text, EventMention(key, e["name"], "event", (s.start, s.end)))
        for order, s in found
    )


#: a word of prose, in lower case (a header or a subject line has none but ``for``, ``the``)
_PROSE = re.compile(r"\b[a-z]{4,}\b")


@cache
def _ordinal() -> re.Pattern[str]:
    return re.compile(rf"\b{ordinal_regex()}", re.I)


#: a meeting's name (a body's meeting holding the own meeting's day is it; a summit or forum may host it)
_MEETING = re.compile(r"(?i)\bmeeting\b")


def _numbered_alone(name: str, meeting: Meeting) -> bool:
    """Whether ``name`` is the meeting's own ordinal, a sitting's noun and words that name no body
    (``its sixteenth ordinary session`` in the record of session 16 of the Council of Ministers; ``the third
    meeting`` in the report of meeting 3): no body is named, so the number says which meeting it is."""
    if not _numbered_as(name, meeting):
        return False
    nouns = {n.casefold() for n in event_nouns()}
    words = [w for w in slug(_ordinal().sub(" ", name)).split("-") if w]
    return any(w in nouns for w in words) and all(w in nouns or w in NO_BODY_WORDS or is_modifier(w) for w in words)


def _on_own_days(merged: dict[str, dict[str, Any]], meeting: Meeting | None) -> tuple[list[str], list[str]]:
    """Events dated only by the report's own meeting's days: the meeting named again, and the events it is
    held at or for, dated by its dateline (keys of each). A series' edition that starts on the meeting's
    first day and ends within its days is the meeting when the series is the meeting's body (``GSR-31`` in
    the Chairman's report of GSR-31, a Council session in the record of the session), else its host or its
    aim (``WSIS Forum 2031`` over a facilitation meeting's dateline, ``WTDC-33`` in the title of an
    inter-regional meeting for it, the Council session in the record of one of its plenaries), undated when
    one day dates it; an observance of a fixed day (``events.csv`` ``fixed_date``) on that day keeps it. Any
    other event named by the meeting's body on its first day, or a meeting so named (or named with the
    meeting's ordinal: ``the Third X Dialogue``) whose days hold that day, or so numbered on a later day of the
    meeting (a communiqué's dateline on the last day: ``Apia, 9 May`` of a dialogue held on 8-9 May), is the
    meeting (``the C4 facilitation meeting was held during the WSIS Forum 2031 (12-16 May)``); a summit of the
    body's name holding it is its host (``WORLD SUMMIT ON THE INFORMATION SOCIETY / Second phase, Tunis, 16-18
    November`` over a round table of 17 November)."""
    if meeting is None or meeting.start is None:
        return [], []
    first, last = meeting.start, meeting.end or meeting.start
    own: list[str] = []
    hosts: list[str] = []
    for k, e in merged.items():
        start, end = e["start"], e["end"] or e["start"]
        if start is None:
            continue
        if (s := edition_of(k)) is not None:
            fixed = s.fixed_date is not None and (start.month, start.day) == s.fixed_date  # its own day
            if start == first and end <= last:
                mine = meeting.body in (k, s.prefix) or (meeting.body == s.body and meeting.number is None)
                if mine and not (fixed and meeting.body == s.body):
                    own.append(k)
                elif end == start and not fixed:  # a one-day dateline (an edition on all the meeting's days: as read)
                    hosts.append(k)
        elif (
            (
                start == first
                or (start < first <= end and (_MEETING.search(e["name"]) or _numbered_as(e["name"], meeting)))
                or (first < start <= last and _numbered_as(e["name"], meeting))  # its dateline's day, its last
            )
            and names_own_body(k, e["name"], meeting)
            and _same_number(e["name"], meeting)
        ):
            own.append(k)
    return own, hosts


def _numbered_as(name: str, meeting: Meeting) -> bool:
    """Whether ``name`` gives the meeting's own number by an ordinal (``Third Pacific ICT Ministers' Dialogue``
    of meeting 3): days that hold the meeting's first day are the meeting's (a header's last day read as it)."""
    m = _ordinal().search(name)
    return m is not None and meeting.number is not None and number_value(m.group(0)) == meeting.number


def _same_number(name: str, meeting: Meeting) -> bool:
    """Whether an ordinal in ``name``, if any, is the meeting's number (none known: any)."""
    m = _ordinal().search(name)
    return m is None or meeting.number is None or number_value(m.group(0)) == meeting.number


def _whole_session(key: str, e: dict[str, Any], meeting: Meeting) -> bool:
    """Whether event ``key`` is the session of a body's series on exactly the days of the report's
    own meeting of that body, which records the session itself, not one of its meetings (``Council
    2031``, 4-14 June, in the highlights of that session): the meeting, not another event."""
    prefixes = {s.prefix for s in event_series() if s.body == meeting.body}
    return (
        key.rpartition("-")[0] in prefixes
        and meeting.start is not None
        and (e["start"], e["end"]) == (meeting.start, meeting.end)
    )


def found_twice(merged: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Each event found again under another key with the same name and the same days -> the one it is: a speech's
    header line ``Second Plenary Meeting, Wednesday 8 March 2031`` read once as a sitting of its day
    (``plenary-meeting-2-2031-03-08``) and once by its name (``second-plenary-meeting-2031``); a conference named
    ``Radiocommunication Assembly 2031`` both by the catalogue (``ra-31``) and by its form. One event named so
    twice is no second event; the catalogue's edition is kept, else the one named first."""
    first: dict[tuple[Any, ...], str] = {}
    out: dict[str, str] = {}
    for key in sorted(merged, key=lambda k: edition_of(k) is None):  # an edition first, else the report's order
        e = merged[key]
        same = (squash(e["name"]), e["start"], e["end"], tuple(e["months"]))
        if same[0] and (kept := first.setdefault(same, key)) != key:
            out[key] = kept
    return out

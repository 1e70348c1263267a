"""Events the report's title and header lines name (:func:`.events.find_events`).

A title naming an event over a dateline (:func:`_dated_by_title`, :func:`_dated_on_title`), an observance of a
fixed day in a title (:func:`_editions_in_title`), a body's title over one of its sessions
(:func:`_session_under_title`); a Council document's session line (:func:`_session_header`), a series' name over
a dateline (:func:`_series_header`), the sittings a record lists (:func:`_listed_sittings`), a numbered meeting
over its document symbol (:func:`_header_meeting`, :func:`header_context`), a contribution's group and days
(:func:`_for_meeting`), and a header line dated by the dateline under it (:func:`_dated_by_header`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from wsiskg.ingest.extract.casing import title_cased
from wsiskg.ingest.extract.datelines import front_dateline, run_in_datelines
from wsiskg.ingest.extract.dates import HEADER_DATE_LINES, DateSpan, bare_date, document_date, find_dates
from wsiskg.ingest.extract.event_dates import event_noun_regex
from wsiskg.ingest.extract.event_forms import dated_by, heads_name, held_regex, numbered_mention
from wsiskg.ingest.extract.event_mention_dates import prepared_for_dates
from wsiskg.ingest.extract.event_merging import _add_mention
from wsiskg.ingest.extract.event_own_body import names_own_body
from wsiskg.ingest.extract.event_own_session import _dateline_after, _header_lines, front_matter
from wsiskg.ingest.extract.event_programme import day_of
from wsiskg.ingest.extract.event_prose import event_mentions
from wsiskg.ingest.extract.event_series import (
    EventMention,
    bare_series_patterns,
    event_series,
    series_code,
    series_key,
    series_mentions,
)
from wsiskg.ingest.extract.gazetteer import preposition_alternation
from wsiskg.ingest.extract.header_fields import label_alternation
from wsiskg.ingest.extract.keys import numbered_key, slug
from wsiskg.ingest.extract.meeting import BodyIndex, body_index, dateline, number_value, ordinal_regex
from wsiskg.ingest.extract.meeting_words import event_nouns, meeting_words
from wsiskg.ingest.records import Meeting, Paragraph, ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, DASH_CHARS, alternation, has_digit, ordinal_suffix, squash


def _dated_by_title(report: ParsedReport, merged: dict[str, dict[str, Any]], meeting: Meeting | None = None) -> None:
    """A title naming an event of a year (``Plenipotentiary Conference (PP-30)``), the dateline
    of that year on one of the two lines under it (``Lima, 1-19 October 2030``): the event's
    dates, when no mention dates it; an event named only there is found on the dateline. A
    title that is only the name of an event by its form (``Regional Development Forum for the
    Andes (RDF-AND)`` over ``Quito, 3-4 May 2031``, the title of a speech) is that event, on those
    dates, unless it is the report's own meeting."""
    lines = _header_lines(report)[:2]
    found = next(((d, q.order) for q in lines if (d := front_dateline(_PHASE_LABEL.sub("", q.text.strip())))), None)
    if report.title and found is None:
        _dated_on_title(report, merged, meeting)
    if not report.title or found is None:
        return
    (day, _), order = found
    # "Regional Preparatory Meeting for WTDC-30" over a dateline: the meeting's days, not the conference's
    mentions = [m for m in event_mentions(report.title) if not prepared_for_dates(report.title, m, line=True)]
    if not any(m.name.endswith(str(day.start.year)) for m in mentions) and (
        meeting is None or meeting.start != day.start
    ):
        mentions += _title_event(_title_cased(report.title), day.start.year)
    for m in mentions:
        edition = m.name.endswith(str(day.start.year)) or m.key.endswith(str(day.start.year))
        if not edition and not (meeting is None and _whole_title(report.title, m) and not _YEAR_END.search(m.name)):
            continue
        if m.key not in merged:
            _add_mention(merged, m, order)
        e = merged[m.key]
        if e["start"] is None:
            e["start"], e["end"] = day.start, day.end


def _editions_in_title(report: ParsedReport, merged: dict[str, dict[str, Any]]) -> None:
    """An observance of a fixed day named in the title of a report of no meeting of its own (``Message
    ... on the occasion of World Telecommunication and Information Society Day 2031 (17 May)``: the
    event a message is for, decision 4), when no paragraph names it: an event on its series' fixed
    day. Not an edition of another series (``Video message to the WSIS Forum 2031``: dev lists it with
    the dates the title does not give, so undated it is no match). The title is no paragraph: the
    event is recorded on the first one."""
    if not report.title or not report.paragraphs:
        return
    editions = {s.prefix for s in event_series()}
    for m in series_mentions(report.title):
        if m.key.rpartition("-")[0] in editions and m.start is not None and m.key not in merged:
            _add_mention(merged, replace(m, span=(0, 0)), report.paragraphs[0].order)


def _whole_title(title: str, m: EventMention) -> bool:
    """Whether a title is only the name of the event ``m`` (and its code in brackets): ``28th
    meeting of the Andean Spectrum Group (ASG)`` over its dateline heads a speech given there."""
    return m.span[0] <= 4 and not re.sub(r"^\s*\)?\s*(?:\([^()]{1,30}\))?\s*$", "", title[m.span[1] :])


#: a phase of an event before its dateline under the event's title (``WORLD SUMMIT ON X`` over ``Second
#: phase, Tunis, 16-18 November 2031``, ``First Phase – Geneva, 10-12 May 2030``)
_PHASE_LABEL = re.compile(rf"^[A-Z][a-z]+\s+[Pp]hase\s*(?:,|{DASH})\s*")


def _title_cased(title: str) -> str:
    """A title in capitals read in title case (``WORLD SUMMIT ON THE X`` -> ``World Summit on the
    X``), so that its event noun reads as one (:func:`_title_event`), its code in brackets as written (``SEMINAR
    2031 FOR THE ANDES (RS-31-Andes)``); any other title as it is."""
    name = _CODE_LAST.sub("", title)
    if not name.isupper() or title.startswith("THE ") or any(cue.match(title) for cue in _report_titles()):
        return title  # "REPORT OF THE THIRD MEETING OF X": the report's own meeting; "THE PRESIDENT OF ...": a post
    return title_cased(name) + title[len(name) :]


#: a code in brackets that ends a title
_CODE_LAST = re.compile(r"\s*\([^()]{2,30}\)\s*$")


def _dated_on_title(report: ParsedReport, merged: dict[str, dict[str, Any]], meeting: Meeting | None) -> None:
    """A title that names an event with its own dates (``Council 2031, Geneva, 20-30 October 2031 –
    Plenary``, ``ITU COUNCIL 2031 — Geneva, 4–14 October 2031``): that event on those dates, unless
    it is the report's own meeting (on its first day, and no series' edition, which stays an event:
    :func:`session_meeting`). The title is no paragraph: the event is recorded on the first one."""
    order = report.paragraphs[0].order if report.paragraphs else 0
    editions = {s.prefix for s in event_series()}
    title = report.title or ""
    found = event_mentions(title)
    # the event the title opens with, also by its code in brackets after its name (``... 2031 (GSR-31) —
    # Lima, 3-5 May 2031``)
    opening = {m.key for m in found if m.span[0] < 5}
    mentions = [
        m
        for m in found
        if m.start is not None and m.precision == "day" and (m.key in opening or _dateline_follows(title, m))
    ]
    for m in mentions or _named_before_dateline(title):
        own = meeting is not None and m.start == meeting.start and m.key.rpartition("-")[0] not in editions
        if not own:
            _add_mention(merged, replace(m, span=(0, 0)), order)


def _dateline_follows(title: str, m: EventMention) -> bool:
    """Whether the rest of a title after the event's name (and its code in brackets) is only a
    dateline (``Welcome address Fifth meeting of the Expert Group on Tariffs (EGT) Lima, Peru, 3 May
    2031``; ``CONFERENCE (PP-30) Lima, 1-19 October 2030``): the dates are that event's."""
    if any(cue.match(title[: m.span[0]]) for cue in _report_titles()):
        return False  # "Summary Report — Third Meeting of the Group, Geneva, ...": the report's own meeting
    rest = re.sub(r"^\s*\)?\s*(?:\([^()]{1,30}\))?", "", title[m.span[1] :])
    field = _field_after().search(rest)  # "... (WRC-31) LIMA, 3-28 NOVEMBER 2031 Document 4-E 3 November 2031"
    return dateline(rest[: field.start() if field else len(rest)].strip(" ,;:")) is not None


@cache
def _field_after() -> re.Pattern[str]:
    """A header field a layout ran into a title after the event's dateline: a document's symbol or
    number (``Document 4-E``, ``Doc. 12``) or a labelled field (``header_fields.csv``: ``Original:
    English``)."""
    return re.compile(rf"\s+(?:(?i:document|doc\.)\s+[A-Z\d]|(?:{label_alternation()})\s*:)")


@cache
def _report_titles() -> tuple[re.Pattern[str], ...]:
    """How the title of a report of a meeting opens (``ingest/data/title_cues.csv``: ``Summary record``)."""
    return tuple(re.compile(r["pattern"], re.IGNORECASE) for r in data_rows("title_cues.csv"))


def _named_before_dateline(title: str) -> list[EventMention]:
    """A title that is a capitalised event name, a dash or a comma and a dateline (``CONNECT ASIA
    SUMMIT - HANOI, 3-5 MAY 2031``, ``Regional Forum on Broadband, Lima, 2-3 June 2031``): that
    event (:func:`_title_event`, a name in capitals read in title case) on those dates."""
    for cut in re.finditer(rf"\s*(?:{DASH}|,)\s*", title):
        found = dateline(title[cut.end() :])
        if found is None:
            continue
        head = title[: cut.start()].strip()
        head = head.title() if head.isupper() else head
        day = found[0]
        return [replace(m, start=day.start, end=day.end) for m in _title_event(head, day.start.year)]
    return []


#: a header line naming a session by its year: ``GENEVA — SESSION 2031``, ``Session 2031``
_SESSION_LINE = re.compile(
    rf"(?:[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*\s*{DASH}\s*)?(?i:session)\s+(?P<y>(?:19|20)\d\d)"
)


def _session_header(report: ParsedReport) -> tuple[EventMention, int] | None:
    """The session a document's header names in the layout of the Union's Council documents: a
    front line that is only a yearly series' name (``COUNCIL``), a later one ``GENEVA — SESSION
    2031`` and, on one of the three lines after it, the session's days (``(12-22 JULY 2031)``,
    ``(Geneva, 7-16 July 2031)``): that series' event of the year, on those days; with its line."""
    lines = front_matter(report)
    for i, p in enumerate(lines):
        m = _SESSION_LINE.fullmatch(p.text.strip())
        named = (
            next(
                (s for q in lines[:i] for s, bare in bare_series_patterns(q.text) if bare.fullmatch(q.text.strip())),
                None,
            )
            if m
            else None
        )
        if m is None or named is None:
            continue
        year = int(m.group("y"))
        for q in lines[i + 1 : i + 4]:  # not the issue date of the column beside it ("19 July 2031")
            inner = q.text.strip().removeprefix("(").removesuffix(")")
            found = dateline(inner, year)
            day = found[0] if found else day_of(inner, year)
            if day is not None and day.start.year == year and day.end is not None:
                key, name = series_key(named, year), f"{named.name} {year}"
                return EventMention(key, name, named.kind, (0, 0), None, day.start, day.end), p.order
    return None


def _series_header(report: ParsedReport, meeting: Meeting | None = None) -> list[tuple[EventMention, int]]:
    """A front line that is only a yearly series' name without its year (``RADIOCOMMUNICATION
    ASSEMBLY``, ``Plenipotentiary Conference``: the header of a conference's document) over a
    dateline of several days on one of the next two lines (``Antalya, 6-24 November 2031``), no
    event named between (``Regional Preparatory Meeting for Africa``: the dateline is that
    meeting's), nor the body whose meeting the report records (``Internet Governance Forum`` / ``Multistakeholder
    Advisory Group`` / ``Geneva, 26 and 27 May 2031``: the series is the parent of the body that met,
    :func:`_own_body_line`): the
    series' event of the dateline's year, on those days; with its line. A single day there is the document's
    issue date."""
    lines = _header_lines(report)
    out = []
    for i, p in enumerate(lines):
        text = p.text.strip()
        named = next((s for s, bare in bare_series_patterns(text) if bare.fullmatch(text)), None)
        found = _dateline_after(lines, i) if named is not None else None
        if named is None or found is None or found[0][0].end is None:
            continue
        (day, _), order = found
        between = [q.text.strip() for q in lines[i + 1 :] if q.order < order]
        if any(event_noun_regex().search(t) or _own_body_line(t, meeting) for t in between):
            continue
        y = day.start.year
        mention = EventMention(series_key(named, y), f"{named.name} {y}", named.kind, (0, 0), series_code(named, y))
        out.append((dated_by(mention, day), p.order))
    return out


def _own_body_line(text: str, meeting: Meeting | None) -> bool:
    """Whether a header line names the body whose meeting the report records, written out and with no number
    (``Multistakeholder Advisory Group`` of the meeting of ``mag``; :func:`.event_own_body.names_own_body`).
    ``COMMITTEE 5`` under a conference's name stays the conference's line: its committee sits during it."""
    return meeting is not None and bool(text) and not has_digit(text) and names_own_body(slug(text), text, meeting)


def _run_in_headers(report: ParsedReport, meeting: Meeting | None) -> list[tuple[EventMention, int]]:
    """A front line naming an event with its dateline of several days run into it, no mark between (a layout's
    columns read as one line): a yearly series' name (``RADIOCOMMUNICATION ASSEMBLY Lusaka, 3-7 November 2031``, the
    conference of a sitting's record) or a name headed by an event noun (``SECOND ANDEAN DIGITAL MINISTERS' MEETING
    Quito, Ecuador, 4 - 5 May 2031`` over a speech given there): that event on those days, with its line; header
    fields run in among its words are read past (:func:`_without_fields`). Not the report's own meeting."""
    out, editions = [], {s.prefix for s in event_series()}
    for p in _header_lines(report, headings=True):  # a conference's name may be set as a heading
        for head, tail, day in run_in_datelines(_without_fields(p.text.strip())):
            if head.isupper() and tail.split()[0].isupper() and not tail.isupper():
                continue  # the name in capitals goes on: "... FORUM FOR THE CARIBBEAN Bridgetown, ..."
            mentions = _named_head(head, day.start.year)
            own = meeting is not None and meeting.start == day.start  # a series' edition stays: a sitting's conference
            out += [(dated_by(m, day), p.order) for m in mentions if not own or m.key.rpartition("-")[0] in editions]
            if mentions:
                break
    return out


#: a document's symbol or number a layout ran in among a header line's words (``Document 12-E``)
_DOCUMENT_FIELD = re.compile(r"\s+(?i:document|doc\.)\s+[A-Z\d][\w\-./()]*(?=\s|$)")


def _without_fields(text: str) -> str:
    """A header line without the fields a layout ran into it (:func:`_field_after`): a document's number among its
    words, a labelled field and all after it (``Original: French``)."""
    text = _DOCUMENT_FIELD.sub("", text)
    label = re.search(rf"\s+(?:{label_alternation()})\s*:", text)
    return text[: label.start()] if label else text


def _named_head(head: str, year: int) -> list[EventMention]:
    """The event a head run into a dateline names: the whole head a yearly series' name (its event of ``year``) or a
    name headed by an event noun (:func:`_title_event`, a name in capitals read in title case) that ends where the
    capitals end or at its noun (``... MINISTERS' MEETING`` before ``Quito``)."""
    named = next((s for s, bare in bare_series_patterns(head) if bare.fullmatch(head)), None)
    if named is not None:
        return [
            EventMention(series_key(named, year), f"{named.name} {year}", named.kind, (0, 0), series_code(named, year))
        ]
    last = head.split()[-1] if head.split() else ""
    if not (head.isupper() or last in event_nouns()):
        return []
    return _title_event(_title_cased(head), year)


@cache
def _session_line() -> re.Pattern[str]:
    """A header line naming a session or meeting by its ordinal or its year, alone or before its
    dateline: ``Tenth session``, ``Eighth meeting, Lima, 3-5 May 2031``, ``Regular session of 2031``
    (a modifier of ``event_modifiers.csv`` before the noun)."""
    modifiers = alternation((r["word"] for r in data_rows("event_modifiers.csv")), spaces=True)
    year = r"(?:19|20)\d\d"
    return re.compile(
        rf"(?P<head>(?=(?:{ordinal_regex()}|{year})\s|.*\bof\s+{year}\b)(?:(?:{ordinal_regex()}|{year})\s+)?"
        rf"(?i:(?:{modifiers})\s+)?(?i:session|meeting)(?:\s+of\s+{year})?)\s*(?:,\s*(?P<rest>.+))?"
    )


def _session_under_title(report: ParsedReport, merged: dict[str, dict[str, Any]]) -> None:
    """A report of no meeting of its own (a statement, a draft resolution) whose title is a body
    and whose header names one of its sessions over a dateline (``COMMISSION ON DIGITAL TRADE`` /
    ``Ninth session`` / ``Lima, 3-7 May 2031``; ``Sixth meeting, Quito, 2-4 June 2031``): that
    session, named ``Ninth session of the Commission on Digital Trade``, on those days; unless an event is
    already known as the body's meeting of that number on them (:func:`_numbered_on`: ``Council Working Group on
    child online protection (CWG-COP)`` / ``Ninth meeting, Geneva, 3-4 February 2031`` gave ``cwg-cop-9`` and a
    second event named by the title as written); a meeting of the title's code and that number named undated is
    that session, dated here (:func:`_coded_undated`)."""
    title = (report.title or "").strip()
    if not title or event_noun_regex().search(title) or event_mentions(title):
        return
    lines = _header_lines(report)
    for i, p in enumerate(lines[:2]):
        m = _session_line().fullmatch(p.text.strip())
        if m is None:
            continue
        found = (d, p.order) if m.group("rest") and (d := dateline(m.group("rest"))) else _dateline_after(lines, i)
        if found is None:
            return
        day = found[0][0]
        if _numbered_on(merged, m.group("head"), day):
            return
        body = _title_cased(title)
        name = f"{m.group('head')} of {'' if body.startswith(('The ', 'the ')) else 'the '}{body}"
        named = [e for e in event_mentions(name) if e.span == (0, len(name))]
        mention = named[0] if len(named) == 1 else EventMention(slug(name), name, "meeting", (0, 0))
        if (known := _coded_undated(merged, title, m.group("head"))) is not None:
            mention = EventMention(known, merged[known]["name"], merged[known]["kind"], (0, 0))
        _add_mention(merged, dated_by(replace(mention, span=(0, 0)), day), p.order)
        return


def _numbered_on(merged: dict[str, dict[str, Any]], head: str, day: DateSpan) -> bool:
    """Whether a body's meeting of the ordinal of ``head`` (``Twenty-first meeting``: key ``<body>-21``) is already
    known on the days ``day``: the session a reader of the header found by its body (:func:`_session_under_title`)."""
    number = _head_number(head)
    return number is not None and any(
        k.endswith(f"-{number}") and (e["start"], e["end"]) == (day.start, day.end) for k, e in merged.items()
    )


def _coded_undated(merged: dict[str, dict[str, Any]], title: str, head: str) -> str | None:
    """The key of the meeting of the ordinal of ``head`` of the body whose code the title gives in brackets
    (``EXPERT GROUP ON PORT STATISTICS (EGPS)`` and ``Eleventh meeting``: ``egps-11``), when the text names it
    undated (``the 11th EGPS meeting``): the session the header dates (:func:`_session_under_title`), else None."""
    number, code = _head_number(head), _TITLE_CODE.search(title)
    key = f"{slug(code.group(1))}-{number}" if number is not None and code is not None else None
    return key if key in merged and merged[key]["start"] is None and not merged[key]["months"] else None


#: a code in brackets ending a title (``Expert Group on Port Statistics (EGPS)``)
_TITLE_CODE = re.compile(r"\(\s*([A-Z][\w&\-./]{1,20})\s*\)\s*$")


def _head_number(head: str) -> int | None:
    """The number of the ordinal opening a session's line (``Twenty-first meeting``: 21), else None."""
    found = re.match(ordinal_regex(), head, re.I)
    return number_value(found.group(0)) if found else None


@cache
def _sittings_line() -> re.Pattern[str]:
    """A header line naming the sittings a record covers: ``SEVENTH AND EIGHTH PLENARY MEETINGS``,
    ``Fourth, fifth and sixth meetings``."""
    num = ordinal_regex()
    return re.compile(
        rf"(?i)(?:of\s+the\s+)?(?P<list>{num}(?:\s*,\s*{num})*\s*,?\s+and\s+{num})\s+(?P<kind>(?:plenary\s+)?(?:meeting|session))s"
    )


def _listed_sittings(report: ParsedReport, meeting: Meeting | None) -> list[tuple[EventMention, int]]:
    """A record of several sittings (``SEVENTH AND EIGHTH PLENARY MEETINGS`` over ``Tuesday, 18 June
    2031, at 0930 hours and 1430 hours``): the report's meeting is the last one (decision 1), each
    other listed sitting an event on the day of the dateline under the line; with its line."""
    if meeting is None or meeting.number is None:
        return []
    lines = front_matter(report)
    for i, p in enumerate(lines):
        m = _sittings_line().fullmatch(p.text.strip())
        numbers = [number_value(w) for w in re.findall(ordinal_regex(), m.group("list"))] if m else []
        found = _dateline_after(lines, i) if meeting.number in numbers else None
        if m is None or found is None:
            continue
        day, kind = found[0][0], " ".join(m.group("kind").lower().split())
        mentions = (
            EventMention(
                slug(f"{kind} {n} {day.start.isoformat()}"), f"{n}{ordinal_suffix(n)} {kind}", "meeting", (0, 0)
            )
            for n in numbers
            if n is not None and n != meeting.number
        )
        return [(dated_by(mention, day), p.order) for mention in mentions]
    return []


#: a quoted title inside an event's name (``ITU Workshop on "Spectrum for Rural Access"``): one word of the name
_TITLE_QUOTED = re.compile(r'["“][^"“”]{1,120}["”]')
#: the small words that may join the capitalised words of a title naming an event
_TITLE_JOINERS = frozenset(("of", "for", "on", "and", "the", "in", "&", "to", "at", "a", "an", "with"))


def _title_word(word: str) -> bool:
    """Whether ``word`` may stand in a title that is only an event's name: a capitalised word, a
    small joining word, a year or a number (``BYND 2031 Global Youth Summit``)."""
    return word[0].isupper() or word in _TITLE_JOINERS or word.isdigit()


def _title_event(title: str, year: int) -> list[EventMention]:
    """A title that is only a capitalised name headed by an event noun, with a code in brackets
    or not (:func:`_dated_by_title`)."""
    bracket = re.search(r"\s*\((?P<code>[^()]{2,20})\)\s*$", title)
    name = title[: bracket.start()] if bracket else title.strip()
    words = name.split()
    heads = [w for w in words if w in event_nouns()]
    if len(words) < 2 or not heads or not heads_name(words, heads[-1]):
        return []
    if not all(_title_word(w) for w in _TITLE_QUOTED.sub("Title", name).split()):
        return []
    if (end := _YEAR_END.search(name)) and end.group(0) != str(year):
        return []  # "WSIS Forum 2032" over a dateline of 2031: another edition
    code = (
        bracket.group("code") if bracket and re.fullmatch(r"[A-Z][\w\-]*(?:\s+\d{4})?", bracket.group("code")) else None
    )
    return [EventMention(slug(f"{name} {year}"), name, event_nouns()[heads[-1]], (0, 0), code)]


@cache
def _mode_first() -> re.Pattern[str]:
    """A mode word before a header's dateline, in brackets or not (``virtual, 9 September 2031``, ``(online),
    3-7 May 2032``): not a place."""
    modes = alternation(meeting_words("mode"), spaces=True)
    return re.compile(rf"(?i)^(?:\(\s*(?:{modes})\s*\)|(?:{modes}))\s*,\s*")


def _header_meeting(
    report: ParsedReport, merged: dict[str, dict[str, Any]], meeting: Meeting | None, bodies: Iterable[Any] | None
) -> None:
    """A header line ``Seventeenth meeting, virtual, 9 September 2031`` over a document symbol of
    that meeting (``Document CWG-X 17/6``): the body's meeting of that number, on those dates (a
    contribution or a letter names the meeting it is for this way); not the report's own meeting."""
    index = body_index(bodies)
    for p, body, n, found in _header_meetings(report, bodies):
        if meeting is not None and (meeting.body, meeting.number) == (body, n):
            continue
        day, key = found[0], numbered_key(body, n)
        for other in [k for k, e in merged.items() if k != key and set(e["paragraphs"]) == {p.order}]:
            del merged[other]  # the line read as something else ("Sixteenth meeting – Virtual" as a table row)
        mention = numbered_mention(body, n, "meeting", index.label(body), (0, 0), day.start, day.end)
        _add_mention(merged, mention, p.order)


def _header_meetings(
    report: ParsedReport, bodies: Iterable[Any] | None
) -> Iterable[tuple[Paragraph, str, int, tuple[DateSpan, str | None]]]:
    """Header lines ``Seventeenth meeting, virtual, 9 September 2031`` over a document symbol of
    that meeting (``Document CWG-X 17/6``): the line, the body, the number and the dateline."""
    lines = _header_lines(report)
    index = body_index(bodies)
    for p in lines:
        named = _body_first(index, p.text)  # "Radiocommunication Advisory Group (RAG), 31st meeting, ..."
        m = _numbered_meeting().match(p.text, named[1] if named else 0)
        found = front_dateline(_mode_first().sub("", m.group("rest"))) if m else None
        n = number_value(m.group("num")) if m else None
        if found is None or n is None:
            continue
        if named is not None:
            yield p, named[0], n, found  # the line names its body: no symbol needed
            continue
        # the symbol may carry the year before the number: "TDAG31-18/21"
        symbols = (
            re.search(rf"(?P<body>{index.regex(q.text).pattern})(?:\d\d(?=-))?[\s\-]*{n}/\d+", q.text) for q in lines
        )
        body = next((index.keys.get(squash(s.group("body"))) for s in symbols if s), None)
        if body is not None:
            yield p, body, n, found


#: what follows a body opening a header line before its meeting: its acronym in brackets, a comma, a dash or a colon
_AFTER_BODY = re.compile(rf"(?:\s*\([^()]{{1,20}}\))?\s*[,:{DASH_CHARS}]")


def _body_first(index: BodyIndex, text: str) -> tuple[str, int] | None:
    """A catalogue body opening a header line and where what follows it ends (:data:`_AFTER_BODY`:
    ``Telecommunication Development Advisory Group (TDAG), ``, ``TSAG – ``): its key and the meeting's start."""
    body = index.regex(text).match(text)
    after = _AFTER_BODY.match(text, body.end()) if body else None
    key = index.keys.get(squash(body.group(0))) if body else None
    return (key, after.end()) if key and after else None


@cache
def _numbered_meeting() -> re.Pattern[str]:
    """``Seventeenth meeting, virtual, 9 September 2031``: the ordinal (``num``) and what follows (``rest``)."""
    return re.compile(rf"\s*(?P<num>{ordinal_regex()})\s+(?i:meeting)\b[\s,:;{DASH_CHARS}]*(?P<rest>.*)$")


#: a study group named in a contribution's header (``STUDY GROUP 17 – CONTRIBUTION 402``, ``ITU-D Study Group 1``)
_HEADER_GROUP = re.compile(r"(?i)\b(?P<name>(?:ITU-[TDR]\s+)?Study\s+Group\s+\d{1,2})\b(?![/\-]\w)")


@cache
def _header_place() -> re.Pattern[str]:
    """A place before the days of a session in a header line (``Geneva, 16-27 October 2017``), or a mode of meeting
    where the place stands (``meeting_words.csv``, role ``mode``: ``Virtual meeting, 4-8 May``, ``Geneva and virtual,
    3-7 November``, ``e-meeting, 2-4 June``), also opening a bracket (``X meeting (virtual, 4-8 May 2031)``)."""
    place = r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?"
    mode = rf"(?i:{alternation(meeting_words('mode'), spaces=True)})"
    noun = rf"(?:\s+(?i:{alternation(event_nouns(), spaces=True)}))?"
    return re.compile(rf"(?:(?:^|(?<=[\s(])){mode}{noun}|{place}(?:\s+and\s+{mode})?),\s*$")


def _for_meeting(report: ParsedReport, merged: dict[str, dict[str, Any]], bodies: Iterable[Any] | None) -> None:
    """The meeting a contribution is for when its header names it by its group and its days only
    (``STUDY GROUP 13`` ... ``Geneva, 16-27 October 2017``; ``RADIOCOMMUNICATION ADVISORY GROUP`` /
    ``Geneva, 24-26 January 2007``): the group's meeting on those days, unless an event is already
    known on them (a report of no meeting of its own). A single day there is the issue date, unless
    a front line under it is only the issue date (``Geneva, 3 May 2031`` over ``12 April 2031``)."""
    lines = [p for p in report.paragraphs[:HEADER_DATE_LINES] if p.section == "front"]
    issued = document_date(report)
    cut = next((i for i, p in enumerate(lines) if issued and bare_date(p.text) == issued), 0)  # the issue date's line
    texts = [report.title or "", *(p.text for p in lines)]  # the title may end in the dateline (a column run in)
    sessions = ((i, _header_session(t, issued if i <= cut else None)) for i, t in enumerate(texts))
    at, days = next(((i, d) for i, d in sessions if d is not None), (0, None))
    if days is None or any(e["start"] == days.start for e in merged.values()):
        return
    texts = texts[:1] if at == 0 else texts  # the days on the title: the group the title names, not a conference's
    group = next((m.group("name") for t in texts if (m := _HEADER_GROUP.search(t))), None)
    key: str | None
    if group is not None:
        name, key = " ".join(group.title().replace("Itu-", "ITU-").split()), slug(group)
    else:
        index = body_index(bodies)
        found = (index.keys.get(squash(m.group(0))) for t in texts for m in index.regex(t).finditer(t))
        key = next((k for k in found if k and (info := index.names.get(k)) and info.kind == "working-group"), None)
        if key is None:
            return
        name = f"the {index.names[key].name}"
    mention = EventMention(f"{key}-meeting-{days.start.isoformat()}", f"meeting of {name}", "meeting", (0, 0))
    if named := next((m.group(0) for p in lines if (m := _meeting_line().fullmatch(p.text.strip()))), None):
        mention = EventMention(slug(f"{named} {days.start.year}"), named, "meeting", (0, 0))  # the group's part
    _add_mention(merged, dated_by(mention, days), lines[0].order)


@cache
def _meeting_line() -> re.Pattern[str]:
    """A header line naming the meeting a contribution is for by its form: capitalised words (a number among them),
    an event noun and its topic (``prepositions.csv``, role ``event-topic``): ``Rapporteur Group meeting for Question
    6/2``, ``Working Party 3 Meeting on Quality of Experience``; no date."""
    nouns, topic = alternation(event_nouns(), spaces=True), preposition_alternation("event-topic")
    return re.compile(rf"(?:[A-Z0-9][\w\-/.]*\s+){{1,4}}(?i:{nouns})\s+(?:{topic})\s+[^\d\s][^;:]{{0,80}}?(?<![\s,])")


def _header_session(text: str, issued: date | None = None) -> DateSpan | None:
    """The days of a session after a place in a header line (``Question(s): 20/13 Geneva, 16-27
    October 2017``), a range with its year, else None; or the single day of a dateline with its place
    (``Geneva, 3 May 2031``) when the document is dated by another day (``issued``: its issue date
    on a line of its own)."""
    found = next(
        (
            d
            for d in find_dates(text)
            if d.precision == "day" and d.end and d.year_written and _header_place().search(text, 0, d.span[0])
        ),
        None,
    )
    if found is not None or issued is None:
        return found
    day = dateline(text)
    return day[0] if day and day[1] and day[0].end is None and day[0].start != issued else None


def header_context(report: ParsedReport, bodies: Iterable[Any] | None = None) -> Meeting | None:
    """The meeting a contribution or a letter is for, named by its header (:func:`_header_meetings`):
    the body that ``the Group`` means in its text."""
    for _, body, n, (day, _place) in _header_meetings(report, bodies):
        return Meeting(body=body, number=n, start=day.start, end=day.end)
    return None


#: the most characters of a header line dated by the dateline under it; of a title line naming the one event of a
#: document that records no meeting of its own (a speech, a letter, a statement)
_HEADER_CHARS, _TITLE_CHARS = 80, 160


def _dated_by_header(
    mentions: list[EventMention], lines: Sequence[Paragraph], order: int, titled: bool = False
) -> list[EventMention]:
    """A header line naming an event of a year (``Council 2019``, ``PLENIPOTENTIARY CONFERENCE
    (PP-18)``) followed by a dateline of that year (``Geneva, 10-20 June 2019``): the event's
    dates, when the line itself gives none. ``titled`` (the report records no meeting of its own:
    a speech, a letter, a contribution): a line that is only the name of one event, whatever its
    name holds (``Third meeting of the Preparatory Committee (PrepCom-3)``), is dated so too, and may be as long as a
    meeting's full title (:data:`_TITLE_CHARS`: ``High-level meeting on the overall review of the implementation of
    the outcomes of the World Summit on the Information Society``)."""
    i = next((k for k, p in enumerate(lines) if p.order == order), None)
    if i is None or all(m.start for m in mentions):
        return mentions
    if len(lines[i].text) > (_TITLE_CHARS if titled and _a_title(lines[i].text) else _HEADER_CHARS):
        return mentions
    found = _dateline_after(lines, i, columns=True)  # "Geneva, 20-30 October 2031 2 November 2031"
    if found is None:
        return mentions
    day = found[0][0]  # its place is left to the sentences, which say it in full ("Geneva, Switzerland")
    text = lines[i].text
    title = titled and len(mentions) == 1 and _a_title(text)
    return [
        replace(m, start=day.start, end=day.end)
        if m.start is None
        and (m.name.endswith(str(day.start.year)) or (title and not _YEAR_END.search(m.name)))
        and not prepared_for_dates(text, m, line=True)
        else m
        for m in mentions
    ]


#: a name that ends with a year: an edition, dated only by a dateline of that year
_YEAR_END = re.compile(r"\b(?:19|20)\d\d$")


def _a_title(text: str) -> bool:
    """Whether a header line is a name, not a sentence: no verb of holding, no full stop at its end."""
    return not text.rstrip().endswith(".") and held_regex().search(text) is None

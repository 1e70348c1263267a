"""The report's meeting named only in its prose: an excerpt without its header, or a record that
never states its meeting in the lead.

``the present meeting``: ``RAG noted that the present meeting (Geneva, 9-11 June 2008) was the
last before ...``. A body that held its numbered session or meeting, anywhere in the text, under
a heading of the session's organisation: ``The Commission held its thirteenth session at the
Palais des Nations, Geneva, from 17 to 21 May 2010`` (:func:`held_session`; ``the Commission``
is the last catalogue body named before with that head noun); else a record's title that names the
session by its ordinal and dates it (``Report on the fifteenth session (17-21 May 2010)``), of the
catalogue body a header line names.

Else the meeting of a catalogue body its chair opened or closed, dated in brackets: ``The Chairman closed
the meeting of Study Group 12 (Geneva, 16-25 January 2031)`` (an excerpt whose only mention is at its end).

The meeting is dated by the dateline in brackets after the words (or by the dates after them in
the clause: ``the present meeting, held in Geneva from 9 to 11 June 2008``); its body is the
catalogue body that is the subject of the clause (the body speaking of its own meeting), else the
group the report is presumed to be about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.records import Meeting, Paragraph, ParsedReport
from wsiskg.ingest.text import alternation, clause_spans, span_at

from .body_names import BodyName, find_body_names, head_of, organ_before
from .dates import find_dates
from .gazetteer import auxiliary_alternation
from .genre import header_lines
from .keys import slug
from .meeting import another_meeting, dateline, header_year, meeting_words, number_value, ordinal_regex
from .meeting_lead import LEAD_PARAGRAPHS
from .persons import presumed_meeting_body
from .unlisted_subject import unlisted_session, unlisted_subject


@cache
def _present() -> re.Pattern[str]:
    """``the present meeting`` (words before ``meeting`` in ``meeting_words.csv``, role ``present``)."""
    words = alternation(meeting_words("present"), spaces=True)
    return re.compile(rf"(?i)\bthe\s+(?:{words})\s+(?:meeting|session)\b(?:\s*\((?P<line>[^()]{{4,80}})\))?")


def present_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting a paragraph calls ``the present meeting`` and dates, of the clause's subject."""
    year = header_year(report)
    for p in report.paragraphs:
        for m in _present().finditer(p.text):
            s0, s1 = span_at(clause_spans(p.text), m.start(), len(p.text))
            line = dateline(m.group("line"), year) if m.group("line") else None
            days = [line[0]] if line else [d for d in find_dates(p.text[m.end() : s1], year) if d.precision == "day"]
            if not days:
                continue
            subject = [key for key, span in find_body_names(p.text[s0 : m.start()], names) if span[0] == 0]
            body = subject[0] if subject else presumed_meeting_body(report)
            if body is not None:
                place = line[1] if line else None
                return Meeting(body, start=days[0].start, end=days[0].end, place=place, paragraphs=(p.order,))
    return _opened_or_closed(report, names, year)


#: the chair opening or closing the meeting of a body that a dateline in brackets dates (``The Chairman closed
#: the meeting of Study Group 9 (Geneva, 3-12 May 2031)``): the record's own meeting, named only in its prose
_OPENED_OR_CLOSED = re.compile(
    r"\b(?:opened|closed)\s+the\s+(?:meeting|session)\s+of\s+(?:the\s+)?(?P<body>[A-Z][^()]{2,80}?)\s*\((?P<line>[^()]{4,80})\)"
)


def _opened_or_closed(report: ParsedReport, names: tuple[BodyName, ...], year: int | None) -> Meeting | None:
    """The meeting of a catalogue body the chair opened or closed, dated in brackets (:data:`_OPENED_OR_CLOSED`),
    else a numbered meeting closed on a day (:func:`_closed_numbered_meeting`)."""
    for p in report.paragraphs:
        for m in _OPENED_OR_CLOSED.finditer(p.text):
            line = dateline(m.group("line"), year)
            named = m.group("body").strip()
            whole = [key for key, span in find_body_names(named, names) if span == (0, len(named))]
            if line is not None and whole:
                return Meeting(whole[0], start=line[0].start, end=line[0].end, place=line[1], paragraphs=(p.order,))
    return _closed_numbered_meeting(report, names, year)


@cache
def _closed_numbered() -> re.Pattern[str]:
    """A numbered meeting declared closed, or closing as a sentence opens (``The Chair declared the ninth Forum
    closed at 1800 hours on 4 May 2031``, ``The third coordination meeting of the Andean initiatives closed at 17:00
    on 9 June 2031``; not ``recalled that the sixth Forum closed on ...``)."""
    return re.compile(
        rf"(?:\bdeclared\s+[Tt]he|(?:^|(?<=[.!?]\s))The)\s+(?P<num>{ordinal_regex()})\s+(?P<name>[^,;:()]{{2,100}}?)"
        r"\s+(?:(?:was|has\s+been)\s+)?closed\b"
    )


def _closed_numbered_meeting(report: ParsedReport, names: tuple[BodyName, ...], year: int | None) -> Meeting | None:
    """The numbered meeting the text says closed (:func:`_closed_numbered`), dated by the day after the words in
    their clause: the record's own meeting, named only at its end (an excerpt cut before its header). Its
    body is a catalogue body (``the fifth WTPF``, ``the 12th session of the Commission on X``), a body outside
    the catalogue (``the 4th meeting of the Steering Committee on X``) or, for a meeting of a kind of its own,
    the meeting's name (``coordination meeting of the Andean initiatives``)."""
    for p in report.paragraphs:
        for m in _closed_numbered().finditer(p.text):
            s1 = span_at(clause_spans(p.text), m.start("num"), len(p.text))[1]
            days = [d for d in find_dates(p.text[m.end() : s1], year) if d.precision == "day"]
            body = _closed_body(m.group("name"), names)
            number = number_value(m.group("num"))
            if days and body and number and not another_meeting(p.text, (m.start("num"), m.end("name"))):
                return Meeting(body, number, days[0].start, days[0].end, paragraphs=(p.order,))
    return None


#: a meeting's or session's words before the body that held it (``meeting of the``)
_MEETING_OF = re.compile(r"^(?i:meeting|session)\s+of\s+(?:the\s+)?")
#: the year a meeting's name ends with (``... initiatives for 2031``): the meeting's, not its name's
_FOR_YEAR = re.compile(r"\s+(?:for|of|in)\s+(?:19|20)\d\d$")
#: a meeting of a kind of its own: up to three words, ``meeting of``, a name (``coordination meeting of the X``)
_KIND_OF = re.compile(r"^(?:[a-z][\w-]*\s+){1,3}meeting\s+of\s+(?:the\s+)?[A-Z]")


def _closed_body(name: str, names: tuple[BodyName, ...]) -> str | None:
    """The key of what a closed meeting's name says met (:func:`_closed_numbered_meeting`)."""
    name = _FOR_YEAR.sub("", name.strip())
    inner = _MEETING_OF.sub("", name, count=1)
    whole = [key for key, span in find_body_names(inner, names) if span == (0, len(inner))]
    if whole:
        return whole[0]
    head = head_of(inner) if inner != name and inner[:1].isupper() else None
    if head is not None and head[2] == "body":
        return slug(inner)
    return slug(name) if _KIND_OF.match(name) else None


#: a comma that opens an apposition (outside brackets, before a word in lower case: ``, established by``)
_APPOSITION_OPENS = re.compile(r",\s+(?=[a-z])")
#: a paragraph's number before the subject, arabic or roman (``3.``, ``IV.``, ``II)``), and its ``The``
_NUMBER_THE = re.compile(r"^\s*(?:(?:\d{1,3}[.)]?|[IVX]{1,5}[.)])\s+)?(?:[Tt]he\s+)?")


def _header_subject(report: ParsedReport, before: str) -> str:
    """``before`` (a clause up to ``held its``) as ``The <name>`` when an apposition between commas closes it and the
    name before the apposition is a header line's whole name, maybe in brackets (``Council Working Group on X`` /
    ``(Expert Group on Y)`` / ``I. The Expert Group on Y, established pursuant to ..., held its third meeting``): the
    header names the body that held its meeting (round 58; round 56's reading of every apposition was reverted).
    Else ``before`` as it is."""
    if not before.rstrip().endswith(","):
        return before
    depth = 0
    for i, ch in enumerate(before):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0 and _APPOSITION_OPENS.match(before, i):
            name = _NUMBER_THE.sub("", before[:i]).strip()
            lines = {line.strip().strip("()").strip().casefold() for line in header_lines(report)[:_HEADER_LINES]}
            return f"The {name}" if len(name.split()) > 2 and name.casefold() in lines else before
    return before


#: the header lines read for a name the lead's subject writes whole (:func:`_header_subject`)
_HEADER_LINES = 6


@cache
def _held_its() -> re.Pattern[str]:
    """``... held its thirteenth session`` (``convened``, ``opened``, ``met for its``): the words
    before are the body."""
    verbs, has = r"held|convened|opened|met\s+for", auxiliary_alternation("have", "singular")
    return re.compile(rf"\s+(?:(?:{has})\s+)?(?:{verbs})\s+its\s+(?P<num>{ordinal_regex()})\s+(?:session|meeting)\b")


def held_session(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The numbered session or meeting a body held, dated in the same clause (see the module)."""
    year = header_year(report)
    for i, p in enumerate(report.paragraphs):
        for m in _held_its().finditer(p.text):
            s0, s1 = span_at(clause_spans(p.text), m.start(), len(p.text))
            days = [d for d in find_dates(p.text[m.end() : s1], year) if d.precision == "day"]
            number = number_value(m.group("num"))
            before = _header_subject(report, p.text[s0 : m.start()])  # "The X Group, established by ..., held its"
            body = _subject_body(before, report.paragraphs[: i + 1], names)
            if i < LEAD_PARAGRAPHS:  # "The Intergovernmental Panel on X held its second session"
                body = unlisted_subject(before, body)
            if days and number and body and not another_meeting(p.text, (m.start() + 1, m.end())):
                return Meeting(body, number, days[0].start, days[0].end, paragraphs=(p.order,))
    # "The second session of the Intergovernmental Panel on X was held ...": a body outside the catalogue
    return _titled_session_meeting(report, names) or unlisted_session(report, names)


@cache
def _titled_session() -> re.Pattern[str]:
    """A record's title that names its session by ordinal and dates it in brackets (``Report on the
    fifteenth session (21-25 May 2031)``; record words in ``meeting_words.csv``, role
    ``session-record``)."""
    records = alternation(meeting_words("session-record"), spaces=True)
    return re.compile(
        rf"(?i)^\s*(?:{records}|report\s+on)\s+the\s+(?P<num>{ordinal_regex()})\s+(?:session|meeting)\s*"
        r"\((?P<line>[^()]{4,80})\)\s*$"
    )


def _titled_session_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The session a title names by ordinal and dates (:func:`_titled_session`), of the catalogue
    body a header line names whole (``Commission on Science and Technology for Development``)."""
    m = _titled_session().match(report.title or "")
    line = dateline(m.group("line"), header_year(report)) if m else None
    number = number_value(m.group("num")) if m else None
    if m is None or line is None or not number:
        return None
    for text in header_lines(report):
        whole = [key for key, span in find_body_names(text.strip(), names) if span == (0, len(text.strip()))]
        if whole:
            return Meeting(whole[0], number, line[0].start, line[0].end, place=line[1])
    return None


def _subject_body(before: str, paragraphs: Sequence[Paragraph], names: tuple[BodyName, ...]) -> str | None:
    """The catalogue body that ``before`` ends with, or that ``the <head noun>`` ending it stands
    for: the last one named in ``paragraphs`` with that head noun."""
    before = re.sub(r"\s*\([^()]{1,30}\)\s*$", "", before)  # the body's acronym after its name
    ending = [(key, span) for key, span in find_body_names(before, names) if span[1] == len(before.rstrip())]
    if ending:  # "The Council of the ITU held its ...": the organ named before its owner
        key, (start, _) = ending[-1]
        return organ_before(before, start, key, names) or key
    m = re.search(r"\b[Tt]he\s+([A-Z][a-z]+)\s*$", before)
    if m is None:
        return None
    kinds = {b.key: b.name for b in names}
    last = None
    for p in paragraphs:
        for key, _ in find_body_names(p.text, names):
            head = head_of(kinds.get(key, ""))
            if head is not None and head[0].split()[-1] == m.group(1):
                last = key
    return last

"""The meeting a Chairman's report to the Council (or to a conference) records.

Such a report is addressed to the Council session of its header (``Council 2029`` / ``Geneva,
12-21 June 2029``): that session is not the meeting it records. It records a meeting of the group
its title names (``Report by the Chairman of the Council Working Group on X``): the one a lead
sentence says it covers (``This report covers the 5th meeting``), else, when it covers several
and lists them (``Table 2 – Meetings of the Group`` / ``Third meeting, 5 and 6 March 2029, 171``;
``5th meeting (2-3 May 2012)``), the last one held. A committee's report on the meetings it counts over some
days (``Committee 4 held five meetings between ...``) whose table dates each by its ordinal (``Fifth, 9 March
2034, ...``) records the last of them (:func:`counted_meeting`).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from wsiskg.ingest.extract.header_fields import label_alternation
from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import DASH, squash

from .body_names import BodyName, body_index, find_body_names
from .dates import document_date, find_dates
from .gazetteer import preposition_alternation
from .genre import CHAIR_REPORT, header_lines, line_genre
from .keys import slug
from .meeting import another_meeting, header_year, number_value, ordinal_regex

#: ``... the Chairman of the <group>`` in a title
_CHAIR_OF = re.compile(r"(?i)\bchair(?:man|person|woman)?\s+of\s+(?:the\s+)?(?P<name>\S.*?)\s*$")
#: a group's acronym, maybe closed by a word in lower case after a hyphen (``CWG-FHR``, ``TDAG-WG-Prep``)
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&\-/]*[A-Z0-9](?:-[A-Z][a-z]+)?")
#: ``Chairman, <group>`` as the value of a ``Source:`` field
_CHAIR_COMMA = re.compile(r"(?i)^chair(?:man|person|woman)?\s*,\s*(?:the\s+)?(?P<name>\S.*?)\s*$")


@cache
def _fields() -> re.Pattern[str]:
    """A header field that says the document's title or who submitted it (``Title: Report of the Chairman of
    X``, ``Source: Chairman, X``; ``header_fields.csv``, values ``title`` and ``who``), its value up to the
    next field's label (a layout may run fields into one line) or the line's end."""
    labels, every = label_alternation("title", "who"), label_alternation()
    return re.compile(rf"(?i:\b(?:{labels}))\s*:\s*(?P<value>.+?)\s*(?=(?i:\b(?:{every}))\s*:|$)")


def _field_values(line: str) -> list[str]:
    """The values of the title and source fields of a header line (:func:`_fields`), without a closing stop."""
    return [m.group("value").rstrip(" .") for m in _fields().finditer(line)]


def title_group(report: ParsedReport, names: tuple[BodyName, ...]) -> tuple[str, str, str | None] | None:
    """``(key, name, acronym)`` of the group whose Chairman's report this is: the name after
    ``Chairman of the`` in the title or another header line with the cue of a Chairman's report;
    its acronym where the text defines it (``Name (ACR)``); its key from the catalogue (by name or
    acronym), else the acronym's; ``None`` for a name neither
    catalogued nor defined (the group the report is presumed to be about stands for it)."""
    header = header_lines(report)
    lines = [line for line in header if line == report.title or line_genre(line) == CHAIR_REPORT]
    lines += [value for line in header for value in _field_values(line)]
    m = next((m for line in lines if (m := _CHAIR_OF.search(line) or _CHAIR_COMMA.match(line))), None)
    if m is None:
        return None
    name = re.sub(r"\s*\([^()]*\)$", "", m.group("name").rstrip(" .:"))  # its acronym in brackets: read below
    # its acronym right after its head, before what it prepares (``Informal Experts Group (IEG) for the Forum``)
    inner = re.match(rf"(?P<name>.+?)\s*\((?P<acr>[^()]{{2,30}})\)\s+(?:{preposition_alternation('topic')})\s", name)
    name = inner["name"] if inner is not None and _ACRONYM.fullmatch(inner["acr"]) else name
    name = _addressed_off(name, names)
    written = r"\s+".join(re.escape(w) for w in name.split())
    defined = re.compile(rf"(?i:{written})\s*\((?P<acr>[^()]{{2,30}})\)")
    for text in (m.string, *(p.text for p in report.paragraphs)):  # defined on the line itself or in the text
        d = defined.search(text)
        if d is not None and _ACRONYM.fullmatch(d.group("acr")):
            acronym = d.group("acr")
            return body_index(names).keys.get(squash(acronym)) or slug(acronym), name, acronym
    known = find_body_names(name, names)
    # a catalogue body that the name starts with, not the start of a longer name (``Council Working ...``)
    if known and known[0][1][0] == 0 and not re.match(r"\s+[A-Za-z]", name[known[0][1][1] :]):
        return known[0][0], name[: known[0][1][1]], None
    return None


#: ``... to the Plenary``, ``... to the Council`` closing the group's name in a Chairman's report's title
_TO_THE = re.compile(r"(?i)\s+to\s+(?:the\s+)?(?P<rest>\S.*)$")


#: a meeting of the body a report goes to (``to the seventeenth meeting of TDAG``,
#: ``to the 2031 session of the Council``)
_MEETING_OF = re.compile(rf"^(?:(?i:{ordinal_regex()}|(?:19|20)\d\d)\s+)?(?i:meeting|session)\s+of\s+(?:the\s+)?")


def _addressed_off(name: str, names: tuple[BodyName, ...]) -> str:
    """The group's name without the session or body the report goes to (``Standing Committee on X to the
    Plenary``, ``X to the Council``, ``X to TDAG``, ``X to the fifth meeting of TDAG``): a plenary or a
    catalogue body named whole after ``to``, maybe after a meeting of it."""
    m = _TO_THE.search(name)
    if m is None:
        return name
    rest = _MEETING_OF.sub("", m.group("rest").rstrip(" ."))  # "to the seventeenth meeting of TDAG": TDAG
    whole = any(span == (0, len(rest)) for _, span in find_body_names(rest, names))
    return name[: m.start()] if whole or rest.lower().split()[0] in ("plenary", "council") else name


@cache
def _row_pattern() -> re.Pattern[str]:
    """A row of a list or table of meetings: an ordinal, ``meeting``, then its dates (``Third
    meeting, 5 and 6 March 2029, 171``, ``5th meeting (2-3 May 2012)``)."""
    return re.compile(rf"^\s*(?P<num>{ordinal_regex()})\s+(?i:meeting)\s*(?:[,:(|]|{DASH})\s*(?P<rest>.*)$")


def last_listed_meeting(report: ParsedReport, body: str) -> Meeting | None:
    """The last meeting of ``body`` the report lists in rows (``First meeting, 18-19 September
    2028``), held by the day the report is dated (a row still to come is not held)."""
    pattern = _row_pattern()
    year, dated = header_year(report), document_date(report)
    rows: list[tuple[date, Meeting]] = []
    for p in report.paragraphs:
        m = pattern.match(p.text)
        if m is None or len(p.text) > 120 or another_meeting(p.text, m.span("num")):
            continue
        days = [d for d in find_dates(m.group("rest"), year) if d.precision == "day"]
        number = number_value(m.group("num"))
        if not days or number is None or (dated is not None and days[0].start > dated):
            continue
        rows.append((days[0].start, Meeting(body, number, days[0].start, days[0].end, paragraphs=(p.order,))))
    return max(rows, key=lambda row: row[0])[1] if len(rows) > 1 else None


@cache
def _table_row() -> re.Pattern[str]:
    """A row of a table of a body's meetings under a ``Meeting`` column: an ordinal (or a run of them, ``Fourth to
    sixth``), maybe ``meeting``, a cell's comma or bar, then its dates (``8th, 1 December 2031, 4A/DT/33``)."""
    ordinal = ordinal_regex()
    run = rf"(?:{ordinal})\s+(?:(?i:to|and)|{DASH})\s+"
    return re.compile(rf"^\s*(?P<run>{run})?(?P<num>{ordinal})(?:\s+(?i:meetings?))?\s*[,|\t]\s*(?P<rest>.*)$")


def counted_meeting(report: ParsedReport, body: str, count: int, start: date, end: date) -> Meeting | None:
    """The last of the ``count`` meetings a body says it held from ``start`` to ``end`` (``Working Group 4A met
    eight times between 3 and 11 May``), when a table dates each by its ordinal and its last row is the
    ``count``-th within those days (``8th, 11 May 2031, ...``; ``Fourth to sixth, 8-10 May 2031``: the sixth on the
    last of those days): that meeting, on its day (decision 1: a report of several meetings is of the latest)."""
    year = header_year(report)
    for p in reversed(report.paragraphs):
        m = _table_row().match(p.text)
        if m is None or len(p.text) > 160 or number_value(m.group("num")) != count:
            continue
        days = [d for d in find_dates(m.group("rest"), year) if d.precision == "day"]
        if not days or not start <= days[0].start <= end:
            continue
        day = days[0].end or days[0].start
        # a run of meetings over some days: the last on the last day; one meeting keeps its days
        first, last = (day, None) if m.group("run") else (days[0].start, days[0].end)
        return Meeting(body, count, first, last, paragraphs=(p.order,))
    return None

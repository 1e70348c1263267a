"""The session of a body a report's header names (:func:`session_meeting`), and the header's lines.

A front line that is a session of an event series with a body (``Council 2024``, ``PP-22``) over a dateline of
its year is that body's meeting; so is a title that is the session's code and a record's word (``WTDC-30
HIGHLIGHTS``). The report's front matter (:func:`front_matter`), its header lines (:func:`_header_lines`) and
the dateline under a line (:func:`_dateline_after`) are read by the event readers of the header too
(:mod:`.event_headers`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wsiskg.ingest.extract.datelines import before_symbol, front_dateline
from wsiskg.ingest.extract.dates import DateSpan
from wsiskg.ingest.extract.event_series import EventMention, Series, event_series, series_mentions
from wsiskg.ingest.extract.header_fields import HEADER_LINES as GENRE_HEADER_LINES
from wsiskg.ingest.extract.header_fields import sentence_of_prose
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import body_index, dateline
from wsiskg.ingest.extract.meeting_words import meeting_words, record_words_only
from wsiskg.ingest.records import Meeting, Paragraph, ParsedReport
from wsiskg.ingest.text import DASH, DASHES, squash


def session_meeting(report: ParsedReport) -> Meeting | None:
    """The session of a body a report's header names, when no meeting is stated otherwise:
    a front line that is only a session of an event series with a body in
    ``ingest/data/events.csv`` (``Council 2024``, ``PP-22``, ``Plenipotentiary Conference
    2022``), followed (same line, however long, or the next front lines) by a dateline of that year
    (``Geneva, 4-14 June 2024``) -> the meeting of that body (:func:`_session_body`), with those
    dates and place; else a title that is the session's code and a record's word (``WTDC-30 HIGHLIGHTS``)
    over that dateline (:func:`_titled_session`).

    ``number`` stays ``None``: the meeting number is an ordinal count of a body's meetings
    (``41st meeting``), and a session year is no such count; the model then names the meeting
    after the report, and the session stays an event of its own (``council-2024``). No
    dateline of the session's year, no meeting (a title naming an event is not a report of it)."""
    lines = _header_lines(report)
    for i, p in enumerate(lines):
        text = p.text.strip()
        for s, m in _bodied_sessions(text):
            rest = _after_session(text, m, s)
            # the dateline: the rest of the line when there is one, else one of the next two lines
            on_line = dateline(rest) if rest else None
            if len(text) > _SESSION_LINE_CHARS and on_line is None:
                continue
            found = (on_line, p.order) if on_line else None if rest else _dateline_after(lines, i)
            if found is not None and m.name.endswith(str(found[0][0].start.year)):
                return _session_held(s, found, p.order)
    return _titled_session(report, lines) or _title_row_session(report)


#: a header line longer than this is a session's name only with its dateline on it
_SESSION_LINE_CHARS = 80


def _bodied_sessions(text: str, upper: bool = False) -> list[tuple[Series, EventMention]]:
    """The sessions of a series with a body in ``events.csv`` that open ``text`` (``PP-22``, ``Council 2024``; with
    ``upper``, also in capitals: ``COUNCIL 2024``)."""
    series = {s.prefix: s for s in event_series()}
    out = []
    for m in series_mentions(text, upper=upper):
        s = series.get(m.key.rsplit("-", 1)[0])
        if s is not None and s.body is not None and m.span[0] == 0 and len(m.key.rsplit("-", 1)) == 2:
            out.append((s, m))
    return out


def _titled_session(report: ParsedReport, lines: Sequence[Paragraph]) -> Meeting | None:
    """A title that is a session's code or name and a record's word (``WTDC-30 HIGHLIGHTS``, ``GSR-31: Outcomes``;
    ``meeting_words.csv``, role ``record-word``) over a dateline of its year on one of the first two front lines; or
    the session alone over that dateline and a line of a record's words only (``IGF 2031`` / ``Vilnius, 14-17
    October 2031`` / ``Chair's Summary``)."""
    found = _dateline_after([Paragraph(0, "front", (report.title or "").strip()), *lines], 0)
    title = _venue_off((report.title or "").strip(), found[0][1] if found else None)
    for s, m in _bodied_sessions(title):
        rest = _after_session(title, m, s)
        # "IGF 2031" / "Vilnius, 14-17 October 2031" / "Chair's Summary": the record's words under the dateline
        recorded = record_words_only(rest) or (not rest and found is not None and _record_line_under(lines, found[1]))
        if found is not None and recorded and m.name.endswith(str(found[0][0].start.year)):
            return _session_held(s, found, found[1])
    return None


def _title_row_session(report: ParsedReport) -> Meeting | None:
    """A title that is a PDF's header row: a session's name, its dateline and the document's symbol run into one
    line (``COUNCIL 2031 Geneva, 8-18 June 2031 Document C31/99-E 18 June 2031 Original: English``): that session,
    dated by the dateline of its year before the symbol; a title with no symbol after its dateline names a session
    without recording it."""
    title = (report.title or "").strip()
    for s, m in _bodied_sessions(title, upper=True):
        before = before_symbol(_after_session(title, m, s))
        found = dateline(before) if before else None
        if found is not None and m.name.endswith(str(found[0].start.year)):
            return _session_held(s, (found, 0), 0)
    return None


def _record_line_under(lines: Sequence[Paragraph], order: int) -> bool:
    """Whether one of the two front lines under the line ``order`` is only a record's words (``Chair's Summary``,
    ``Outcome report``): the title of the record of the session the title names alone."""
    under = [p.text.strip() for p in lines if order < p.order <= order + 2]
    return any(record_words_only(text) for text in under)


#: a code opening a title and a venue joined to it by a slash or a hyphen (``WTDC-30/Kigali Highlights``)
_CODE_VENUE = re.compile(r"^(?P<code>[A-Z][A-Za-z]*-?\d{2,4})[/-](?P<venue>[A-Z][a-z][\w'’-]*)(?![\w/])")


def _venue_off(title: str, place: str | None) -> str:
    """A title that opens with a session's code without the place of its dateline joined to the code
    (``WTDC-30/Kigali Highlights`` over ``Kigali, 2-13 November 2030``: ``WTDC-30 Highlights``)."""
    m = _CODE_VENUE.match(title)
    if m is None or not place or m.group("venue") not in place.split(", ")[0].split():
        return title
    return m.group("code") + title[m.end() :]


def _after_session(text: str, m: EventMention, s: Series) -> str:
    """What follows a session's name on its line, without a bracket of the series' code (``World
    Telecommunication/ICT Policy Forum 2032 (WTPF-32)``)."""
    rest = text[m.span[1] :].strip(" ,;:" + DASHES)
    codes = "|".join(re.escape(c) for c in s.codes)
    bracket = re.match(rf"\((?:{codes})(?:{DASH}?\s*\d{{2,4}})?\)", rest) if codes else None
    return rest[bracket.end() :].strip(" ,;:" + DASHES) if bracket else rest


def _session_held(s: Series, found: tuple[tuple[DateSpan, str | None], int], order: int) -> Meeting:
    (day, place), dated = found
    orders = tuple(sorted({o for o in (order, dated) if o}))
    return Meeting(body=_session_body(s), start=day.start, end=day.end, place=place, paragraphs=orders)


def _session_body(s: Series) -> str:
    """The body that met in a session of series ``s``: a catalogue body the series' name or code names
    (``IGF 2031``, ``WTPF-32``); else the body whose session it is for a conference, a session or a meeting
    (``events.csv`` kinds of ``meeting_words.csv``, role ``body-session``: ``PP-22`` is the Plenipotentiary
    Conference's, ``Council 2024`` the Council's); else the series itself (``GSR-31`` is the Global Symposium
    for Regulators that ITU-D holds, decision 3)."""
    index = body_index()
    named = next((key for n in (s.name, *s.names, *s.codes) if (key := index.keys.get(squash(n)))), None)
    if named is not None:
        return named
    return s.body if s.body and s.kind in meeting_words("body-session") else slug(s.name)


def _header_lines(report: ParsedReport, headings: bool = False) -> list[Paragraph]:
    """The front lines of a report's header, where an event's name and its dateline may stand
    on lines of their own; with ``headings``, also the front lines set as headings (``Council 2031``
    in a heading's style over ``Geneva, 7-17 June 2031``)."""
    return [p for p in front_matter(report) if headings or p.kind != "heading"]


def front_matter(report: ParsedReport) -> list[Paragraph]:
    """The report's front matter: its paragraphs up to the first numbered one or the first sentence of prose
    (:func:`~.header_fields.sentence_of_prose`), however many lines its header takes (at most the header's
    :data:`~.header_fields.HEADER_LINES`)."""
    lines: list[Paragraph] = []
    for p in report.paragraphs[:GENRE_HEADER_LINES]:
        if p.section[:1].isdigit() or sentence_of_prose(p.text):
            break
        if p.section == "front":
            lines.append(p)
    return lines


def _dateline_after(
    lines: Sequence[Paragraph], i: int, columns: bool = False
) -> tuple[tuple[DateSpan, str | None], int] | None:
    """The dateline (date span and place) among the two lines after ``lines[i]``, and its order;
    with ``columns``, also one the issue date follows on its line (:func:`~.datelines.front_dateline`). A
    day alone over a dateline with a place is the document's issue date, set in its own column: the
    dateline under it is the event's (``Second Meeting of X (X-2)`` / ``21 January 2031`` / ``Geneva, 17-25
    February 2031``)."""
    read = front_dateline if columns else dateline
    found = [(f, q.order) for q in lines[i + 1 : i + 3] if (f := read(q.text.strip())) is not None]
    if len(found) == 2 and found[0][0][1] is None and found[0][0][0].end is None and found[1][0][1] is not None:
        return found[1]
    return found[0] if found else None

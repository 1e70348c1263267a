"""Events listed in a table of meetings or a schedule, one event a row:

- a table whose header has a column of dates and a column that names what meets
  (``ingest/data/event-table-columns.csv``: ``Group, Dates, Chair`` then ``CWG-X, 7-8 May 2031,
  ...``; ``Date | Meeting`` then ``6 May 2031 (09:30-12:30) | Second EGX meeting``): each row is the
  event its name cell names (a group's name: the group's meeting), on its date cell's days;
- a schedule: two or more name lines each followed by a line that is only its dates
  (``Rapporteur Groups of Study Group 3`` / ``Monday 30 May - Wednesday 1 June``);
- a programme in blocks: two or more lines naming an event, each followed within three lines by
  a line that opens with its day (``Thematic Workshop 12`` / ``Organized by: ...`` /
  ``Wednesday 12 May 2031, 11.00-12.45, Room K1``);
- rows of what meets and its dates under a lead that names meetings in the plural and ends with a colon
  (``The first meetings of the study period will be held as follows:`` / ``Study Group 5 | 3-7 May 2031``), a
  row a line or several run into one line by a PDF's layout (``Study Group 5 | 3-7 May 2031 TSAG | 2-6 June
  2031``): each row is the meeting of the body it names (:func:`lead_row_mentions`).

Cells are read by :func:`~wsiskg.ingest.text.table_cells`, dates by
:func:`~.event_programme.day_of`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan, find_dates, is_due_cue
from wsiskg.ingest.extract.event_dates import event_noun_regex, event_phrase
from wsiskg.ingest.extract.event_form_parts import body_heads
from wsiskg.ingest.extract.event_forms import dated_by, held_regex
from wsiskg.ingest.extract.event_programme import day_of
from wsiskg.ingest.extract.event_series import (
    EventMention,
    bare_series_patterns,
    series_key,
    series_mentions,
)
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation, modal_alternation
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import event_noun_kind
from wsiskg.ingest.records import Paragraph, ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASHES, has_digit, table_cells

#: a line that is a sentence or a clause, not a name: a verb, or a full stop inside
_VERB = re.compile(
    rf"\b(?:{auxiliary_alternation(role='clause')}|{modal_alternation('future')}"
    rf"|{auxiliary_alternation('be', 'nonfinite')})\b|[.;!?]\s"
)


@cache
def _columns() -> dict[str, str]:
    """Column header (lower case) -> ``date``, ``name`` or ``activity`` (a name column whose rows
    are events only where an event noun names one: ``Closing of registration`` is none)."""
    return {r["header"]: r["role"] for r in data_rows("event-table-columns.csv") if r["role"] not in _PLACE_ROLES}


#: the roles of ``event-table-columns.csv`` of a column of the places one event is held in, each row its own holding
#: (``Region``: ``for``, ``Host city``: ``in``), read only by :func:`_place_table`
_PLACE_ROLES = {"place-for": "for", "place-in": "in"}


@cache
def _place_columns() -> dict[str, str]:
    """Column header (lower case) -> the word that joins a cell of that column to the event's name."""
    rows = data_rows("event-table-columns.csv")
    return {r["header"]: _PLACE_ROLES[r["role"]] for r in rows if r["role"] in _PLACE_ROLES}


def _name_column(roles: Sequence[str | None]) -> int | None:
    return roles.index("name") if "name" in roles else roles.index("activity") if "activity" in roles else None


def _role(cell: str) -> str | None:
    """The role of a header's cell (:func:`_columns`); an event noun the file does not list (``Dialogue``,
    ``Webinars``, ``Exercise``) names each row's event too, as a column of names (:func:`_with_noun`)."""
    return _columns().get(cell) or ("name" if event_noun_regex().fullmatch(cell) else None)


def _with_noun(name: str, header: str) -> str:
    """A row's name under a column headed by an event noun the file does not list, with that noun when it has
    none (``Africa`` under ``Dialogue``: ``Africa dialogue``; ``Regional drill`` under ``Exercise`` as it is)."""
    if header in _columns() or event_noun_regex().search(name):
        return name
    return f"{name} {re.sub(r'(?<=[^s])s$', '', header)}"


def _header(text: str) -> tuple[int, int, list[str]] | None:
    """The name column, the date column and the header cells of a table of meetings, else None."""
    cells = [" ".join(text[a:b].strip(" :.").lower().split()) for a, b in table_cells(text)]
    roles = [_role(c) for c in cells]
    name_at = _name_column(roles)
    if len(cells) < 2 or "date" not in roles or name_at is None:
        return None
    return name_at, roles.index("date"), cells


def _activity_event(name: str, day: DateSpan, activity: bool) -> EventMention | None:
    """The event of a row (:func:`_row_event`); in an activity column only one an event noun names."""
    if activity and event_noun_regex().search(name) is None:
        return None
    return _row_event(name, day)


def _column_role(text: str) -> str | None:
    """The role of a line that is only a column's header (``Date``, ``Activity``), else None."""
    return _columns().get(" ".join(text.strip(" :.").lower().split())) if len(text) <= 30 else None


def _line_header(paragraphs: Sequence[Paragraph], i: int) -> tuple[int, int, int] | None:
    """A table's header written one cell a line (``Date`` / ``Activity``) from ``paragraphs[i]``:
    the name column, the date column and the number of columns, else None."""
    roles: list[str] = []
    for p in paragraphs[i : i + 6]:
        role = _column_role(p.text)
        if role is None:
            break
        roles.append(role)
    name_at = _name_column(roles)
    if len(roles) < 2 or "date" not in roles or name_at is None:
        return None
    return name_at, roles.index("date"), len(roles)


def _line_table_rows(
    report: ParsedReport, default_year: int | None
) -> Iterator[tuple[Sequence[Paragraph], int, DateSpan, bool]]:
    """The rows of the tables written one cell a line (:func:`line_table_mentions`): the row's
    lines, its name column, its day and whether that column lists activities."""
    paragraphs = report.paragraphs
    i = 0
    while i < len(paragraphs):
        header = _line_header(paragraphs, i)
        if header is None or (i > 0 and _column_role(paragraphs[i - 1].text)):
            i += 1
            continue
        name_at, date_at, width = header
        activity = _column_role(paragraphs[i + name_at].text) == "activity"
        i += width
        while i + width <= len(paragraphs):
            row = paragraphs[i : i + width]
            day = day_of(row[date_at].text, default_year) or _month_of(row[date_at].text, default_year)
            if day is None:
                break
            yield row, name_at, day, activity
            i += width


def line_table_mentions(report: ParsedReport, default_year: int | None) -> Iterator[tuple[int, EventMention]]:
    """The events of a table of meetings written one cell a line (the layout of a text table whose
    columns were parted): its header's cells on lines of their own, then each row on as many lines
    (``Date`` / ``Activity`` / ``31/07/2031`` / ``First reading of the draft`` / ...); a row whose
    name is no event (``Deadline for comments``) is skipped, a row without a date ends the table."""
    for row, name_at, day, activity in _line_table_rows(report, default_year):
        mention = _activity_event(row[name_at].text, day, activity)
        if mention is not None:
            yield row[name_at].order, mention


def _month_of(text: str, default_year: int | None) -> DateSpan | None:
    """The month a cell is only (``October 2031``, ``(tbc) May 2031``: a row known to the month)."""
    found = find_dates(text, default_year)
    if len(found) != 1 or found[0].precision != "month":
        return None
    rest = text[: found[0].span[0]] + text[found[0].span[1] :]
    return found[0] if not re.sub(r"\([^()]*\)", "", rest).strip(" ,.") else None


def table_mentions(report: ParsedReport, default_year: int | None) -> Iterator[tuple[int, EventMention]]:
    """The events of the tables of meetings (module docstring), with the row that names each."""
    paragraphs = report.paragraphs
    yield from line_table_mentions(report, default_year)
    for i, p in enumerate(paragraphs):
        header = _header(p.text)
        if header is None:
            yield from _place_table(paragraphs, i, default_year) if i else ()
            continue
        name_at, date_at, cells = header
        for row in paragraphs[i + 1 :]:
            spans = table_cells(row.text)
            if len(spans) < len(cells):
                break
            found = _row_cells(row.text, spans, name_at, date_at, len(cells), default_year)
            if found is None:
                break
            name, day = found
            if re.match(r"\d+(?:\s|$)", name):  # "1 (fixed broadband)" under "Sub-group": Sub-group 1
                name = f"{cells[name_at].capitalize()} {name}"
            name = _with_noun(name, cells[name_at])
            mention = _activity_event(name, day, _columns().get(cells[name_at]) == "activity")
            if mention is not None:
                yield row.order, mention


def _place_table(
    paragraphs: Sequence[Paragraph], i: int, default_year: int | None
) -> Iterator[tuple[int, EventMention]]:
    """The holdings of the one event the sentence before a table names, one a row, when the table lists only where
    and when (``Each region will also hold a regional celebration, as shown below.`` / ``Region, Host city, Date`` /
    ``Africa, Dakar, 21 April 2031``: ``regional celebration for Africa`` on 21 April): a header of a place column
    (:func:`_place_columns`, its first cell) and a date column and no column of names, after a sentence whose last
    event phrase is brought in by ``a``/``an``."""
    header = paragraphs[i].text
    cells = [" ".join(header[a:b].lower().split()) for a, b in table_cells(header, chars=" :.")]
    roles = [_columns().get(c) for c in cells]
    joiner = _place_columns().get(cells[0])
    phrase = [m for m in event_phrase().finditer(paragraphs[i - 1].text)][-1:]
    if joiner is None or "date" not in roles or "name" in roles or "activity" in roles or not phrase:
        return
    determiner, _, name = phrase[0].group(0).partition(" ")
    if determiner.lower() not in ("a", "an") or name.endswith("s"):
        return
    for row in paragraphs[i + 1 :]:
        found = [row.text[a:b] for a, b in table_cells(row.text, chars=" :.")]
        day = day_of(found[roles.index("date")], default_year) if len(found) == len(cells) else None
        if day is None or not found[0][:1].isupper():
            return
        named = f"{name} {joiner} {found[0]}"
        noun = event_noun_regex().search(name)
        kind = event_noun_kind(noun.group(0)) if noun else "event"
        yield row.order, dated_by(EventMention(slug(f"{named} {day.start.year}"), named, kind, (0, 0)), day)


def _row_cells(
    text: str, spans: Sequence[tuple[int, int]], name_at: int, date_at: int, width: int, default_year: int | None
) -> tuple[str, DateSpan] | None:
    """The name and the day of a row of a table of meetings. A row with more cells than its header
    has a name with a comma in it, which the reader's ``, `` between a Word table's cells parted
    (``Rapporteur Group meetings, Study Group 3, 2-6 May 2031, ...`` under ``Meeting, Dates, ...``):
    the date cell is then further right and the name runs up to it."""
    for shift in range(len(spans) - width + 1 if name_at < date_at else 1):
        day = day_of(text[slice(*spans[date_at + shift])], default_year)
        if day is not None:
            return text[spans[name_at][0] : spans[name_at + shift][1]], day
    return None


def schedule_mentions(report: ParsedReport, default_year: int | None) -> Iterator[tuple[int, EventMention]]:
    """The events of a schedule: runs of two or more (name line, dates line) pairs; not the lines
    of a table written one cell a line (:func:`line_table_mentions`), whose rows pair otherwise."""
    tabled = {q.order for row, *_ in _line_table_rows(report, default_year) for q in row}
    paragraphs = [p for p in report.paragraphs if p.order not in tabled]
    run: list[tuple[int, EventMention]] = []
    i = 0
    while i < len(paragraphs):
        found = _pair(paragraphs, i, default_year)
        if found is not None or (run and _loose_pair(paragraphs, i, default_year)):
            run += [found] if found else []  # a pair whose dates are not read keeps the run going
            i += 2
            continue
        if len(run) >= 2:
            yield from run
        run = []
        i += 1
    if len(run) >= 2:
        yield from run


def block_mentions(report: ParsedReport, default_year: int | None) -> Iterator[tuple[int, EventMention]]:
    """The events of a programme written in blocks, two or more in a report: a line naming an event
    (an event noun in it), at most two lines without dates (a subtitle, ``Organized by: ...``), then
    a line that opens with its day (``Thursday 13 May 2031, 14.30-16.00, Room B``)."""
    paragraphs = report.paragraphs
    found: list[tuple[int, EventMention]] = []
    for i, p in enumerate(paragraphs):
        if event_noun_regex().search(p.text) is None or _has_date(p.text, default_year) or _header(p.text):
            continue
        for q in paragraphs[i + 1 : i + 4]:
            a, b = table_cells(q.text)[0]
            day = day_of(q.text[a:b], default_year) if len(q.text.split()) <= 14 else None
            if day is not None:
                mention = _row_event(p.text, day)
                found += [(p.order, mention)] if mention and event_noun_regex().search(mention.name) else []
                break
            if _has_date(q.text, default_year) or event_noun_regex().search(q.text.split(":")[0]):
                break
    return iter(found if len(found) >= 2 else [])


def lead_row_mentions(report: ParsedReport, default_year: int | None) -> Iterator[tuple[int, EventMention]]:
    """The meetings listed under a lead that names meetings in the plural and ends with a colon (module docstring),
    one a row: a row is a body's name (:func:`_body_row`) and then its dates; the lines after the lead are read while
    each is only such rows, one or several run into one line (``Study Group 5 | 3-7 May 2031 TSAG | 2-6 June
    2031``)."""
    paragraphs = report.paragraphs
    for i, p in enumerate(paragraphs[:-1]):
        if not _meetings_lead(p.text):
            continue
        for row in paragraphs[i + 1 :]:
            found = _body_rows(row.text, default_year)
            if not found:
                break
            yield from ((row.order, m) for m in found)


def _meetings_lead(text: str) -> bool:
    """Whether a line ends with a colon after a sentence naming meetings or sessions in the plural (``The Board has
    decided to hold its meetings in 2031 as follows:``)."""
    text = text.rstrip()
    if not text.endswith(":"):
        return False
    last = re.split(r"[.;]\s", text)[-1]
    nouns = [m.group(0) for m in event_noun_regex().finditer(last)]
    return any(n.endswith("s") and event_noun_kind(n) in ("meeting", "session") for n in nouns)


def _body_rows(text: str, default_year: int | None) -> list[EventMention]:
    """The rows of a line (:func:`lead_row_mentions`), each a body's name and its dates, else none: every stretch
    between two dates must be such a name, and nothing but a separator may follow the last date."""
    found, at = [], 0
    for d in find_dates(text, default_year):
        if d.precision not in ("day", "month"):
            return []
        name = text[at : d.span[0]].strip(" |\t,;:" + DASHES)
        mention = _body_row(name, d)
        if mention is None:
            return []
        found.append(mention)
        at = d.span[1]
    return found if found and not text[at:].strip(" |\t,;.") else []


def _body_row(name: str, day: DateSpan) -> EventMention | None:
    """The meeting a row's name names, dated by ``day`` (:func:`_row_event`): a name ending in a body's head noun and
    a number or code at most (``Study Group 5``, ``Working Party 5D``, ``Council Working Group``), or one code of
    capitals and digits (``TSAG``, ``CWG-WSIS``); not a place (``Geneva``) nor a sentence."""
    body = re.fullmatch(rf"(?:[A-Z][\w\-]*\s+)*(?:{body_heads()})(?:\s+[A-Z\d][\w\-/.]*)?", name)
    if body is None and not re.fullmatch(r"[A-Z][A-Z\d]*(?:[\-/][A-Z\d]+)*", name):
        return None
    return _row_event(name, day)


def _has_date(text: str, default_year: int | None) -> bool:
    return has_digit(text) and bool(find_dates(text, default_year))


def _pair(paragraphs: Sequence[Paragraph], i: int, default_year: int | None) -> tuple[int, EventMention] | None:
    """The event a name line and the dates line after it name, else None."""
    if i + 1 >= len(paragraphs) or paragraphs[i].kind == "heading":
        return None
    name, dates = paragraphs[i].text.strip(), paragraphs[i + 1].text
    day = day_of(dates, default_year)
    if day is None or day_of(name, default_year) is not None or _column_role(name):
        return None  # a column's header ("Activity") names no event
    mention = _row_event(name, day)
    return (paragraphs[i].order, mention) if mention is not None else None


def _loose_pair(paragraphs: Sequence[Paragraph], i: int, default_year: int | None) -> bool:
    """A name line and a short line with a date in it that :func:`~.event_programme.day_of` does
    not read whole (``Thursday 2nd and Friday 3rd May``)."""
    if i + 1 >= len(paragraphs):
        return False
    name, dates = paragraphs[i].text.strip(), paragraphs[i + 1].text
    day = next(iter(find_dates(dates, default_year)), None)
    return len(dates.split()) <= 8 and day is not None and _row_event(name, day) is not None


def _row_event(name: str, day: DateSpan) -> EventMention | None:
    """The event a row's or line's name names, dated by ``day``: a capitalised name of at most 12
    words, no sentence, no deadline."""
    name = name.strip(" .:;")
    words = name.split()
    # "25th meeting"; a code of digits and capitals opening the name ("5G and the smart city", "3GPP workshop")
    capital = name[:1].isupper() or re.match(r"\d+(?:(?:st|nd|rd|th)\s|[A-Z])", name)
    if not capital or not 1 <= len(words) <= 12 or _VERB.search(name + " ") or held_regex().search(name):
        return None
    if is_due_cue(name + " ") or sum(w.isalpha() and w.isupper() for w in words) * 2 > len(words) > 1:
        return None  # "Deadline for proposals"; a heading in capitals (a code with digits is none: "APG PP-31-2")
    span = (0, len(name))
    edition = [m for m in series_mentions(name) if m.span == span]  # "WTIS-31"
    if edition:
        return dated_by(edition[0], day)
    for s, pattern in bare_series_patterns(name):
        if pattern.fullmatch(name):
            return dated_by(
                EventMention(series_key(s, day.start.year), f"{s.name} {day.start.year}", s.kind, span), day
            )
    noun = event_noun_regex().search(name)
    kind = event_noun_kind(noun.group(0)) if noun else "meeting"
    return dated_by(EventMention(slug(f"{name} {day.start.year}"), name, kind, span), day)

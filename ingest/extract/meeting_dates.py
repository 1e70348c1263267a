"""The dates of the report's own meeting (:class:`_Facts`, :func:`_dates`): from the statement's
sentence, the lead, a table row, an ordinal line, a sentence of holding, the front's datelines
(:func:`front_datelines`) and the title's dateline (:func:`title_dateline`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from wsiskg.ingest.extract.body_names import (
    BodyName,
)
from wsiskg.ingest.extract.datelines import (
    WEEKDAY,
    before_symbol,
    dateline,
    ending_dateline,
    front_dateline,
    tail_dateline,
)
from wsiskg.ingest.extract.dates import as_listed_days, find_dates, joins_list
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation, determiner_alternation
from wsiskg.ingest.extract.meeting_days import _days, day_dates, own_dates_end
from wsiskg.ingest.extract.meeting_facts import meeting_place
from wsiskg.ingest.extract.meeting_lead import _HEADING_LINE, lead_texts
from wsiskg.ingest.extract.meeting_mentions import (
    MeetingHit,
    meeting_hits,
)
from wsiskg.ingest.extract.meeting_words import meeting_words, word_alternation
from wsiskg.ingest.extract.ordinals import (
    number_value,
    numeral_after_regex,
    ordinal_regex,
)
from wsiskg.ingest.extract.other_meetings import HELD, another_meeting
from wsiskg.ingest.records import Paragraph, ParsedReport
from wsiskg.ingest.text import DASH, clause_spans, span_at


@cache
def _ordinal_meeting_line() -> re.Pattern[str]:
    """A line's words up to its meeting's ordinal and noun (``Forty-second meeting,``, ``Meeting No. 4 –``;
    ``meeting_words.csv``, role ``meeting-noun``)."""
    nouns = rf"(?:{word_alternation(meeting_words('meeting-noun'))}|session)"
    return re.compile(
        rf"(?:[^,:;()]{{0,80}}?\s)?(?:(?P<num>{ordinal_regex()})\s+{nouns}|{nouns}\s+(?P<after>{numeral_after_regex()}))"
        rf"\s*(?:[,:]|{DASH})\s*",
        re.I,
    )


def _own_ordinal_stripped(text: str, number: int | None) -> str:
    """A header line that names the report's meeting by its ordinal before the dateline
    (``Forty-second meeting, Geneva, 3 and 4 February 2025``, ``25th meeting – Geneva, 14-15 May
    2013``, after the body's name: ``ITU-D Study Group 2 Second meeting: Geneva, ...``) without
    that ordinal, so the rest reads as a dateline; any other line unchanged."""
    m = _ordinal_meeting_line().match(text)
    if m is None or number is None or number_value(m.group("num") or m.group("after")) != number:
        return text
    return text[m.end() :]


@cache
def _held_meeting() -> re.Pattern[str]:
    """A sentence that says when/where the report's meeting was held, without naming the body (``The
    meeting was held in Lima on ...``; ``Summary of the facilitation meeting held on 3 May 2031``: a
    participle right after it, not of another meeting: ``meeting_words.csv``, role ``other``; a header line that
    opens with the noun and the participle, ``Meeting held in Geneva, 3-12 March 2031``, ``Session held at X from
    ...``)."""
    other, was = word_alternation(meeting_words("other")), auxiliary_alternation("be", "clause")
    return re.compile(
        r"(?i)^\s*(?:meeting|session)(?=\s+(?:held|convened)\b)"
        rf"|\b(?:{determiner_alternation('anaphor')})\s+(?!(?:{other})\b)(?:\w+\s+){{0,2}}meeting\b(?=\s+(?:held|convened)\b)"
        rf"|\b(?:{determiner_alternation('anaphor')})\s+(?:\w+\s+){{0,2}}meeting\b[^.;]*?"
        rf"\b(?:(?:{was})\s+(?:\w+\s+)?(?:held|convened|conducted|organi[sz]ed)|took\s+place)\b"
    )


@cache
def _group_met() -> re.Pattern[str]:
    """``The Group met``: the report's group (nouns in ``meeting_words.csv``, role ``group``) met;
    ``The Council, at its virtual session held from ...``: its session held (a clause of its own)."""
    return re.compile(
        rf"\b[Tt]he\s+(?:{word_alternation(meeting_words('group'))})\s+(?:\w+\s+)?(?:met|convened)\b"
        r"|(?:^|,)\s*(?:at|during)\s+its\s+(?:[\w-]+\s+){0,2}(?:session|meeting)\s+(?:held|convened)\b"
    )


@dataclass
class _Facts:
    """What is known of the report's meeting while its statement and lead are read."""

    sentence: str
    after: str
    year: int | None = None  # completes a date written without a year (:func:`header_year`)
    own: str = ""  # the sentence up to where its dates stop being the meeting's (:func:`own_dates_end`)
    listed: str = ""  # the statement and its clause after it, up to :func:`own_dates_end` (a list of days)
    paragraphs: set[int] = field(default_factory=set)
    start: date | None = None
    end: date | None = None
    place: str | None = None
    mode: str | None = None
    delegates: int | None = None
    qualifier: str | None = None
    documents: int | None = None


def _dates(
    facts: _Facts,
    report: ParsedReport,
    lead: list[Paragraph],
    names: tuple[BodyName, ...],
    hit: MeetingHit,
    order: int | None,
) -> None:
    """The meeting's dates: after its statement (or before it in its clause, not a date right after a
    document's symbol: the document's), else after a lead statement of the same meeting,
    else in a lead sentence saying the meeting was held, else in a dateline of the front (the
    title may only name the meeting; its dates are in the lead)."""
    stated = facts.own or facts.sentence
    dates = day_dates(facts.after, facts.year) or [
        d for d in day_dates(stated, facts.year) if not _SYMBOL_BEFORE.search(stated[: d.span[0]])
    ]
    joined = [(o, t) for o, t in lead_texts(report, lead) if o is not None]
    if hit.several:  # a record of several meetings is dated by the last one's dates
        listed = _listed_days(facts.listed, hit.span[1] - hit.span[0], facts.year)  # "held on 2 May and 3 June"
        dates = _ordinal_line_days(lead, hit.number, facts.year) or listed or dates
        if not dates and _dates_from_ordinal_alone(facts, joined, hit.number):  # "..., the 40th on 14 May"
            return
        dates = dates or _front_dates(lead, facts.year, order)
        if dates:
            last = dates[-1]  # "3 March and 5 May 2031" (one span): the days of the two meetings
            apart = " and " in last.text and last.end is not None and last.end.month != last.start.month
            facts.start, facts.end = (last.end, None) if apart else (last.start, last.end)
            return
    if dates:
        facts.start, facts.end = dates[0].start, dates[0].end
    elif (
        not _dates_from_lead_statement(facts, joined, names, hit)
        and not _dates_from_ordinal_alone(facts, joined, hit.number)
        and not _dates_from_held_sentence(facts, joined)
        and not _dates_from_table_row(facts, lead, hit.number)
        and not _dates_from_field_row(facts, lead, order)
    ):
        if not _dates_from_dateline(facts, lead, hit, order) or _bare_day(facts):
            _dates_from_title_dateline(facts, report)  # "Geneva, 24-26 June 2031" over the issue date "26 June 2031"
        return
    _to_header_range(facts, report, lead, hit.number)


def _listed_days(listed: str, named: int, year: int | None) -> list[Any]:
    """The days of each meeting the first ``named`` characters of ``listed`` name by their ordinals (``12th,
    13th and 14th meetings``), written as a list after them, as many as the ordinals (``, held on 2 May, 4
    July and 14-16 October 2029, the Group ...``; ``in Lima on 4 and 5 March 2032 respectively``:
    :func:`~.dates.as_listed_days`); none when the days after list fewer or more (``on 3 May 2031``: one day
    for two meetings), or when a verb other than one of holding comes before them (``At its 5th and 6th
    meetings the Group considered the report of the workshop held on 3 and 4 May``: the workshop's)."""
    count = len(_ordinals().findall(listed[:named]))
    days = day_dates(listed[named:], year)
    gap = listed[named : named + days[0].span[0]] if days else ""
    if any(not re.fullmatch(HELD, verb) for verb in _PAST.findall(gap)):
        return []
    run = days[:1]
    for d in days[1:]:
        if not joins_list(listed, named + run[-1].span[1], named + d.span[0]):
            break  # the list ends: "..., and asked for comments by 1 March 2030"
        run.append(d)
    run = as_listed_days(listed[named:], run, count)
    return run if count > 1 and len(run) == count else []


#: a verb in the past, in lower case (``considered``; a name's ``United`` is capitalised)
_PAST = re.compile(r"\b[a-z]+ed\b")


@cache
def _ordinals() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{ordinal_regex()})\b")


#: a document's symbol right before a date (``Document X-40/6-E, 30 September 2031, ...``): the document's date
_SYMBOL_BEFORE = re.compile(r"(?:^|\s)(?:(?i:document|doc\.)\s+)?[A-Z][\w&.\-]*/[\w/().\-]+,?\s*$")


#: the label of a part of a record of several meetings (``Part II – 27th meeting (Lima, 3-4 May 2031)``)
PART_LABEL = r"(?:part|section)\s+(?:[IVX]{1,4}|\d{1,2}|[A-Z])"


#: a lead line opening with a meeting's ordinal, maybe after its number or its part's label
_ORDINAL_LINE = re.compile(
    rf"^(?:\d[\d.]*\s+|{PART_LABEL}\s*(?:{DASH}|:)\s*)?(?P<num>{ordinal_regex()})\s+(?:plenary\s+)?(?:meeting|session)\b",
    re.I,
)
#: a table cell that is an ordinal alone
_ORDINAL_CELL = re.compile(rf"(?i:{ordinal_regex()})")


def _ordinal_line_days(lead: list[Paragraph], number: int | None, year: int | None) -> list[Any]:
    """The days of a short lead line that opens with the meeting's ordinal (``3 Third meeting (3-4 March
    2031)``, a heading of a record of several meetings, maybe after its number or its part's label:
    ``Part 2 – Sixth meeting (Lima, 3-4 May 2031)``)."""
    for p in lead:
        m = _ORDINAL_LINE.match(p.text)
        if (
            m is not None
            and number is not None
            and len(p.text) <= _HEADING_LINE
            and number_value(m.group("num")) == number
        ):
            days = [d for d in _days(p.text[m.end() :], year) if d.precision == "day"]
            if days:
                return days
    return []


#: a verb that dates the first day of a meeting, not the meeting (``was opened on 5 February``)
_OPENED = re.compile(r"(?i)\b(?:opened|began|started|commenced)\b")


#: a meeting said to end on its day: the day is the last of the header's range
@cache
def _closed() -> re.Pattern[str]:
    """A verb of closing (``meeting_words.csv``, role ``closing``)."""
    return re.compile(rf"(?i)\b(?:{word_alternation(meeting_words('closing'))})\b")


def _front_dates(lead: list[Paragraph], year: int | None, after: int | None = None) -> list[Any]:
    """The days of the first short front line that gives some (``Geneva, 3 March and 5 May 2031``),
    from the line after ``after`` (the line that names the meetings) when there is one such."""
    front = [p for p in lead[: next((i for i, p in enumerate(lead) if p.section != "front"), len(lead))]]
    later = [p for p in front if after is not None and p.order > after]
    for p in later + [p for p in front if p not in later]:
        days = [d for d in find_dates(p.text, year) if d.precision == "day"]
        if len(p.text) <= _HEADING_LINE and days:
            return days
    return []


#: a header range this long (in days) is a session around the meeting (a conference), not the meeting
_MEETING_DAYS = 7


def front_datelines(lead: list[Paragraph], year: int | None, number: int | None) -> list[tuple[Paragraph, Any]]:
    """``(line, (dates, place))`` of each dateline of the front, the meeting's own ordinal before
    it taken off (:func:`_own_ordinal_stripped`)."""
    found = []
    for p in lead:
        if p.section != "front":
            break
        line = front_dateline(_own_ordinal_stripped(p.text, number), year)
        if line is not None:
            found.append((p, line))
    return found


def _to_header_range(facts: _Facts, report: ParsedReport, lead: list[Paragraph], number: int | None) -> None:
    """A meeting stated with one day that a dateline of the header gives as the first or last day
    of a range (``was opened on Wednesday, 5 February``, ``from Monday 3 to Friday 7 February``
    read as its last day, under ``Geneva, 3-7 February 2014``) lasted that range; a day of a
    session's longer range (a conference's) only when the sentence says the meeting opened then, or
    closed then for the range's last day (``X concluded its fourth meeting on 31 August``)."""
    if facts.end is not None or facts.start is None:
        return
    opened, closed = bool(_OPENED.search(facts.sentence)), bool(_closed().search(facts.sentence))
    titled = title_dateline(report, facts.year)  # a title that ends with the range, as a front line
    lines = [(p.order, line) for p, line in front_datelines(lead, facts.year, number)]
    for order, (day, place) in lines + ([(None, titled)] if titled is not None else []):
        if day.end is None or facts.start not in (day.start, day.end):
            continue
        said = opened and facts.start == day.start or closed and facts.start == day.end
        if said or (day.end - day.start).days < _MEETING_DAYS:
            facts.start, facts.end = day.start, day.end
            facts.place = facts.place or place
            facts.paragraphs.update(o for o in (order,) if o is not None)
            return


def _dates_from_lead_statement(
    facts: _Facts, texts: list[tuple[int, str]], names: tuple[BodyName, ...], hit: MeetingHit
) -> bool:
    """Dates after a lead paragraph's statement of the same meeting (``texts``: the lead's)."""
    for order, text in texts:
        for hp in meeting_hits(text, names, hit.number is None):
            if hp.body == hit.body and hp.number == hit.number:
                ps0, ps1 = span_at(clause_spans(text), hp.span[0], len(text))
                more = day_dates(text[hp.span[1] : own_dates_end(text, hp.span[1], ps1)], facts.year)
                if more:
                    facts.start, facts.end = more[0].start, more[0].end
                    facts.sentence, facts.after = text[ps0:ps1], text[hp.span[1] : ps1]
                    facts.paragraphs.add(order)
                    return True
    return False


@cache
def _ordinal_alone() -> re.Pattern[str]:
    """An ordinal standing for a meeting the sentence names before it, then its dates: ``held two meetings:
    the twentieth on 3 May and the twenty-first on 9 June``, ``its last meeting, the sixth of the period,
    held in Geneva from 7 to 11 July``; ``X, established by ..., held its second meeting on Thursday, 25
    January``: its subject too far from it to be read as the body's)."""
    return re.compile(
        rf"\b(?i:the)\s+(?P<num>{ordinal_regex()})(?:\s+(?i:meeting|session))?(?:\s+of\s+the\s+[a-z]+)?"
        r"\s*,?\s*(?:(?:held|convened)\s+)?(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*,?\s*)?(?=(?:on|from)\s+\d)"
        rf"|\bheld\s+its\s+(?P<its>{ordinal_regex()})\s+(?i:meeting|session)\s+(?=on\s+(?:{WEEKDAY},?\s+)?\d)"
    )


def _dates_from_ordinal_alone(facts: _Facts, texts: list[tuple[int, str]], number: int | None) -> bool:
    """Dates after the meeting's ordinal standing alone in a lead sentence (:func:`_ordinal_alone`)."""
    for order, text in texts if number is not None else ():
        for m in _ordinal_alone().finditer(text):
            if number_value(m.group("num") or m.group("its")) != number or another_meeting(text, m.span()):
                continue
            _, s1 = span_at(clause_spans(text), m.start(), len(text))
            tail = text[m.end() : s1]
            days = day_dates(
                tail[: next((a.start() for a in re.finditer(r"\s(?:and|,)\s+the\s", tail)), len(tail))], facts.year
            )
            if days:
                facts.start, facts.end = days[0].start, days[0].end
                facts.paragraphs.add(order)
                return True
    return False


def _dates_from_table_row(facts: _Facts, lead: list[Paragraph], number: int | None) -> bool:
    """The days of a lead table row whose first cell is the meeting's ordinal (``| 7th | Lima, Peru |
    19-21 May 2031 |``, a table of the meetings held)."""
    for p in lead if number is not None else ():
        cells = [c.strip() for c in p.text.strip().strip("|").split("|")] if p.text.lstrip().startswith("|") else []
        if len(cells) < 2 or not _ORDINAL_CELL.fullmatch(cells[0]) or number_value(cells[0]) != number:
            continue
        days = day_dates(" | ".join(cells[1:]), facts.year)
        if days:
            facts.start, facts.end = days[0].start, days[0].end
            facts.paragraphs.add(p.order)
            return True
    return False


#: how many lines after the line that states the meeting a field of its dates may stand
_FIELD_ROWS = 2


@cache
def _date_field() -> re.Pattern[str]:
    """A field labelled by a date's label then a colon, a comma or a bar (``Dates, 8-9 March 2031``, a row of a
    table of fields; ``Date: 4 May 2031``; ``meeting_words.csv``, role ``date-label``)."""
    return re.compile(rf"^\s*(?i:{word_alternation(meeting_words('date-label'))})(?:\(s\))?\s*[:,|]\s*\S")


def _dates_from_field_row(facts: _Facts, lead: list[Paragraph], order: int | None) -> bool:
    """The days of a field of the meeting's dates right under the line that states it, in a table of fields (``Item,
    Details`` / ``Meeting, First meeting of X`` / ``Dates, 8-9 March 2031`` / ``Venue, Geneva``): the meeting's days,
    not a header's dateline of the session the report is written for."""
    if order is None:
        return False
    for p in [p for p in lead if p.order > order][:_FIELD_ROWS]:
        line = dateline(p.text, facts.year) if _date_field().match(p.text) else None
        if line is not None:
            facts.start, facts.end = line[0].start, line[0].end
            facts.place = facts.place or line[1]
            facts.paragraphs.add(p.order)
            return True
    return False


def _dates_from_held_sentence(facts: _Facts, texts: Sequence[tuple[int | None, str]], group: bool = False) -> bool:
    """``The third meeting was held ... on 14 March 2024``: a lead sentence about the meeting (with
    ``group``, also ``The Group met in Lima on 3 May 2031``)."""
    for order, text in texts:
        for a, b in clause_spans(text):
            sent = text[a:b]
            said = _held_meeting().search(sent) or (_group_met().search(sent) if group else None)
            if said is None:
                continue
            own = sent[: own_dates_end(sent, said.end(), len(sent))]  # not "during the X, held on ..."
            more = [d for d in _days(own, facts.year) if d.precision == "day"]
            if more:
                facts.start, facts.end = more[0].start, more[0].end
                facts.paragraphs.update(o for o in (order,) if o is not None)  # the title (None) is no paragraph
                facts.place = facts.place or meeting_place(sent)
                return True
    return False


def _dates_from_dateline(facts: _Facts, lead: list[Paragraph], hit: MeetingHit, after: int | None = None) -> bool:
    """A dateline under the title: ``Geneva, 6-7 February 2024``; the first one after the line
    that states the meeting (``after``), else from the top (not the document's issue date when
    the meeting's header comes later). A dateline with a place or a range of days comes before a
    bare date (``18 February 2013``: the document's issue date), and a range of days before a day
    with a place (``Hammamet, 26 June 2031``, the issue date, over ``Hammamet, 24-26 June 2031``)."""
    lines = front_datelines(lead, facts.year, hit.number)
    found = [line for line in lines if after is not None and line[0].order > after]
    found += [line for line in lines if line not in found]
    found.sort(key=lambda item: (item[1][0].end is None, item[1][1] is None))  # stable: order kept
    if not found:
        return False
    p, (day, place) = found[0]
    facts.start, facts.end = day.start, day.end
    facts.place = facts.place or place
    facts.paragraphs.add(p.order)
    return True


def title_dateline(report: ParsedReport, year: int | None) -> tuple[Any, str | None] | None:
    """The dateline of a title that is one or ends with one (``Geneva, 22-26 January 2031``; ``X | 20th
    meeting | Thursday 16 February 2031 | Geneva``; ``X ADVISORY GROUP Geneva, 9-11 April 2031``)."""
    title = report.title or ""
    if not title:
        return None
    before = before_symbol(title)  # "X COUNCIL Geneva, 3-13 May 2031 Document C31/9-E 13 May 2031": a PDF's run-on row
    return (
        dateline(title, year)
        or tail_dateline(title, year)
        or ending_dateline(title, year)
        or (ending_dateline(before, year) if before else None)
    )


def _bare_day(facts: _Facts) -> bool:
    """Whether the meeting is dated by one day and no place (a bare date line: maybe the issue date)."""
    return facts.start is not None and facts.end is None and facts.place is None


def _dates_from_title_dateline(facts: _Facts, report: ParsedReport) -> bool:
    """The title's dateline (:func:`title_dateline`), when no line under it dates the meeting but a
    bare date (the day the document was issued)."""
    line = title_dateline(report, facts.year)
    if line is None:
        return False
    facts.start, facts.end = line[0].start, line[0].end
    facts.place = facts.place or line[1]
    return True

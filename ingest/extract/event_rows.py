"""Events in a table's rows (:mod:`.event_forms`): a row naming an event and its date
(:func:`row_mentions`), its cells, weekdays and programme days.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from wsiskg.ingest.extract.casing import either_initial
from wsiskg.ingest.extract.dates import DateSpan, due_regex, is_due_cue, weekday_words
from wsiskg.ingest.extract.event_codes import _CODED_CELL, _code_meeting, _coded_meeting
from wsiskg.ingest.extract.event_dates import event_noun_pattern, event_noun_regex, is_due_at
from wsiskg.ingest.extract.event_form_parts import _not_alone, dated_by
from wsiskg.ingest.extract.event_holding import _held_verbs
from wsiskg.ingest.extract.event_series import EventMention, bare_series_patterns, series_key
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    determiner_alternation,
    determiners,
    modal_alternation,
    preposition_alternation,
    prepositions,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import event_nouns, is_modifier
from wsiskg.ingest.extract.ordinals import ordinal_regex
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, alternation, sentence_spans, table_cells

#: what parts the cells of a table row written as text: a tab, `` | ``, the ``", "`` of a .docx row,
#: a label's ``": "`` (``CIS1: Digital skills``), a spaced dash (``Wednesday, 22 July – Country Workshop``)
#: dot leaders (``CWG-X-22 ........ 3-4 May 2031``) or a spaced middle dot or bullet (``X Forum · 3-4 June 2031``)
_CELL_SEP = re.compile(rf"\s*(?:\t|\s\|\s|,\s|:\s|\s{DASH}\s|\s[·•]\s|\s(?:\.{{2,}}|…+)\s?)\s*")


#: a cell that is only a place (``Yerevan``, ``Rio de Janeiro``); no number (``CWG-X-22``: a meeting)
_PLACE_CELL = re.compile(r"[A-Z](?:[^\W\d]|[’'\-.])*(?:\s+(?:de|du|of|the|el|la)?\s*[A-Z](?:[^\W\d]|[’'\-.])*){0,3}")


def row_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A table row (or a line of a programme) with a cell that names an event (an event noun in it)
    and a cell that is only its date: the date after the name, only places between (``Regional
    workshop on e-health, Yerevan, 16-17 October 2031``; ``Facilitation meeting on Action Line C5 |
    15 May 2031 | ITU``), or the date first (``Wednesday, 22 July – Country Workshop: Chile``). A
    sentence is no row; a list item's label ended by a colon may start in lower case (:func:`_row_event`)."""
    if len(text) > 240 or re.match(rf"(?i:{determiner_alternation('row')}|In|On|At|From|During)\b", text):
        return []
    by_cell = {(d.span[0], d.span[1]): d for d in dates if d.precision != "year"}
    if bracketed := _bracketed_date_row(text, by_cell) or _ordinal_line(text, by_cell):
        return bracketed
    cells = _joined_over_dates([(a, b) for a, b in table_cells(text, _CELL_SEP, chars=" .;") if b > a], by_cell)
    cells = _within_sentences(text, cells)
    for i, cell in enumerate(cells):
        d = next((d for span, d in by_cell.items() if _covers(text, cell, span)), None)
        if d is None or is_due_at(text, d.span[0]):
            continue
        before = [c for c in cells[:i] if not _place(text, c) or _CODED_CELL.fullmatch(text, *c)][-1:]
        after = cells[i + 1 : i + 2] if i <= 1 and all(_weekday(text, c) for c in cells[:i]) else []
        for a, b in before + after:
            found = _row_event(text, a, b, d, labelled=_LABEL_END.match(text, b) is not None)
            if found:
                return found
    return []


#: a line's last bracket (``Youth dialogue (4 May 2031)``): what it holds (:func:`_bracketed_date_row`)
_LAST_BRACKET = re.compile(r"\s*\((?P<inner>[^()]+)\)\s*$")


def _bracketed_date_row(text: str, by_cell: dict[tuple[int, int], DateSpan]) -> list[EventMention]:
    """A line that is only an event's name and its date in brackets (a weekday before it at most), a session's
    heading in a programme or an outcome document (``Youth dialogue (4 May 2031)``, ``Thematic workshop: Water and
    data (Tuesday, 5 May)``): the name is the whole line before the bracket, a label's colon and all
    (:func:`_row_event`)."""
    m = _LAST_BRACKET.search(text)
    if m is None or m.start() == 0:
        return []
    inner = m.span("inner")
    d = next((d for span, d in by_cell.items() if _covers(text, inner, span)), None)
    if d is None or is_due_at(text, d.span[0]) or len(sentence_spans(text[: m.start()])) > 1:
        return []
    if (day := text[inner[0] : d.span[0]].strip(" ,")) and day.casefold() not in _weekdays():
        return []  # a place before the date (``Summary of the fifth meeting (Geneva, 4 May)``): a dateline's reader's
    noun = event_noun_regex().search(text, 0, m.start())
    if noun is not None and set(text[: noun.start()].casefold().split()) & set(determiners("article")):
        return []  # a clause, not a heading: "Participants attended a workshop on X (4 May 2031)"
    return _row_event(text, 0, m.start(), d)


@cache
def _ordinal_item() -> re.Pattern[str]:
    """A numbered sitting's name and a space (``52nd meeting``, ``Third plenary session``): an ordinal, up to two
    lower-case words, an event noun in the singular."""
    return re.compile(rf"\s*(?:{ordinal_regex()})\s+(?:{event_noun_pattern()})(?<!s)\s+")


#: what may end a line after its date: a full stop or a semicolon
_LINE_END = re.compile(r"\s*[.;]?\s*")


def _ordinal_line(text: str, by_cell: dict[tuple[int, int], DateSpan]) -> list[EventMention]:
    """A line that is only a numbered sitting and its dates, a space between (a schedule's item under ``the Board
    has decided to hold its meetings in 2031 as follows:``, ``52nd meeting 7-11 April 2031``): named by its ordinal
    and noun (:func:`_row_event`), dated by the dates."""
    d = next((d for (_, b), d in by_cell.items() if _LINE_END.fullmatch(text, b)), None)
    if d is None or len(text) > 80 or not _ordinal_item().fullmatch(text, 0, d.span[0]):
        return []
    return _row_event(text, len(text) - len(text.lstrip()), d.span[0], d, numbered=True)


def _place(text: str, cell: tuple[int, int]) -> bool:
    """Whether a cell is only a place: capitalised words not ending in an event noun (``Lima``; not ``Pacific
    Data Forum``, the name of a row ``Pacific Data Forum – 3-4 June 2030``)."""
    if not _PLACE_CELL.fullmatch(text, *cell):
        return False
    return not any(m.end() == cell[1] for m in event_noun_regex().finditer(text, *cell))


def _within_sentences(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``cells`` each begun after the last end of a sentence inside it (:func:`~wsiskg.ingest.text.sentence_spans`):
    a row is no sentence, so the words before a sentence's end are none of its cells (``I wish the Conference
    every success. Geneva, 4 May 2031``: a speech's last sentence and its signature, the cell ``Geneva``)."""
    starts = [a for a, _ in sentence_spans(text)[1:]]
    if not starts:
        return cells
    out = []
    for a, b in cells:
        a = max([a, *(s for s in starts if a < s < b)])
        out.append((a + len(text[a:b]) - len(text[a:b].lstrip()), b))
    return out


def _joined_over_dates(cells: list[tuple[int, int]], spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``cells`` with the cells one date runs over joined: a range's spaced dash parts no cells (``30 May - 1
    June 2031``)."""
    out = list(cells)
    for a, b in spans:
        inside = [i for i, c in enumerate(out) if c[1] > a and c[0] < b]
        if len(inside) > 1:
            out[inside[0] : inside[-1] + 1] = [(out[inside[0]][0], out[inside[-1]][1])]
    return out


def _covers(text: str, cell: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether a date span is the whole cell: a weekday, ``from``/``on`` before it and a note in
    brackets after it allowed (``from 3 to 4 May``, ``3 May (tbc)``)."""
    return bool(
        _CELL_BEFORE_DATE.fullmatch(text, cell[0], span[0]) and _CELL_AFTER_DATE.fullmatch(text, span[1], cell[1])
    )


#: a list item's bullet, a weekday, ``from``/``on`` before a cell's date (``- 22-24 May 2031: X Workshop, Lima``, the
#: item of a newsletter's calendar)
_CELL_BEFORE_DATE = re.compile(
    rf"(?:(?:{DASH}|[•▪*])\s+)?(?:[A-Z][a-z]+,?\s+)?"
    rf"(?:(?:{alternation(prepositions('days'), either_initial)})\s+)?(?:the\s+)?"
)


_CELL_AFTER_DATE = re.compile(r"(?:\s*\([^()\d]{1,30}\))?")  # a note, not hours: "(09:00-12:30)" is a dateline's


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(w.casefold() for w in weekday_words())


def _weekday(text: str, cell: tuple[int, int]) -> bool:
    return text[cell[0] : cell[1]].casefold() in _weekdays()


#: what opens a topic after an event's noun (``meeting of the Council``, ``session on X``)
_TOPIC = re.compile(rf"\s+(?:{preposition_alternation('topic')})\b")


#: the colon that ends a list item's label (``second expert meeting: 16-17 March``)
_LABEL_END = re.compile(r"\s*:\s")


def _row_event(
    text: str, a: int, b: int, d: DateSpan, labelled: bool = False, numbered: bool = False
) -> list[EventMention]:
    """The event a row's cell names, dated by the row's date cell. A cell that is a label, ended by a
    colon, may start in lower case: a list item's (``– informal meeting of regional groups: Lima, 4 May;``)."""
    name = re.sub(r"\s*\([^()]*\)$", "", text[a:b]).strip()
    label = re.match(r"(?i)dates?\s+(?:and\s+(?:venue|place)\s+)?of\s+(?:the\s+)?", name)
    if label:  # "Date of the Regional Forum on X: 4 May" names the Forum; "Date of the next meeting" a body's
        a, name = a + label.end(), name[label.end() :]
    if re.search(r"(?i)\bdates?(?:\s*\(s\))?\s*$", name):
        return []  # a label: "Meeting date(s): 2031-02-17 to 2031-02-18"
    if coded := _coded_meeting(name, (a, a + len(name))):  # "CWG-X-22 ....... 3-4 May 2031"
        return [dated_by(coded, d)]
    if code := _CODED_CELL.fullmatch(text, a, b):  # "RPM-AMS | Quito | 3-4 May", "Americas (RPM-AMS) | ..."
        group = "code" if code.group("code") else "inner"
        found = _code_meeting(code.group(group), code.span(group), d)
        return [found] if found else []
    noun = event_noun_regex().search(name)
    words = name.split()
    if noun is not None and _only_modifiers(name):
        return []  # "Publish the course evaluations, 31 May": an action on a thing, no event's name
    if (
        noun is None
        or len(words) < 2
        or len(words) > 14
        or not (name[0].isupper() or labelled and name[0].islower() or numbered)
    ):
        return []
    if capitals_heading(words, noun.group(0)) or _building_after().match(name, noun.end()):
        return []  # a heading in capitals is a title, not a row; "Conference Room 11" is a place
    held = re.search(rf"\b(?:{alternation(_held_verbs(), spaces=True)})\b", name)  # "held in"; not "open data"
    if (
        is_due_cue(name + " ")
        or re.match(rf"(?i:{due_regex()})\s", name)  # "Before the next meeting of X, Geneva, 3 May": the meeting
        or held
        or re.search(rf"\b(?:{auxiliary_alternation(role='clause')}|{modal_alternation()})\b", name)
    ):
        return []  # "Deadline for proposals for side events, 27 March"; a sentence, not a cell
    head = noun.group(0).split()[-1]
    if all(is_modifier(w) for w in name.split() if w != head):
        return []  # "Virtual meeting, 26-27 April 2031": a mode and a date, no event's name
    if noun.start() == 0 and name[0].islower() and head.lower() in _not_alone() and not _TOPIC.match(name, noun.end()):
        return []  # "Phase 2, review by the Expert Group: 25 January - 12 February": a step, no event alone
    if _programme_day(name, head):
        return []  # "Day 3 - Wednesday, 12 May": a day of the programme, no event of its own
    span = (a, a + len(name))
    for s, pattern in bare_series_patterns(name):
        if pattern.fullmatch(name):
            return [dated_by(EventMention(series_key(s, d.start.year), f"{s.name} {d.start.year}", s.kind, span), d)]
    kind = {k.lower(): v for k, v in event_nouns().items()}.get(noun.group(0).lower().rstrip("s"), "event")
    return [dated_by(EventMention(slug(f"{name} {d.start.year}"), name, kind, span), d)]


def _only_modifiers(name: str) -> bool:
    """Whether every event noun of a row's name qualifies a noun in lower case after it (``Publish the course
    evaluations``, ``Circulate the workshop materials``): the row names a thing, no event. A noun that ends the
    name, or that a preposition (``prepositions.csv``), a conjunction or a capitalised word follows, heads it."""
    return all(
        (after := _WORD_AFTER.match(name, m.end())) is not None and after.group(1) not in _goes_on_words()
        for m in event_noun_regex().finditer(name)
    )


#: the word in lower case right after an event noun (:func:`_only_modifiers`)
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b(?![\-'’])")


@cache
def _goes_on_words() -> frozenset[str]:
    """Words after an event noun that leave it the head of a name: a preposition, a conjunction."""
    return frozenset({*(r["word"] for r in data_rows("prepositions.csv") if " " not in r["word"]), "and", "or"})


def capitals_heading(words: Sequence[str], noun: str) -> bool:
    """Whether a row's name of ``words`` is a heading in capitals, a title and no row: most of its words in
    capitals (``REGIONAL FORUM ON X``, ``ASIA-PACIFIC BODY Second Preparatory Meeting``); not acronyms before an
    event noun all in lower case, the name of a group's meeting (``CITEL PCC.II meeting``, ``EACO ICT meeting``)."""
    return sum(w.isupper() for w in words) * 2 > len(words) and not noun.islower()


def _programme_day(name: str, head: str) -> bool:
    """Whether a row's name is only an observance's noun and a number (``Day 2``, ``DAY 4``): the
    heading of a day of a programme, not an observance (``event_nouns.csv``, kind ``observance``)."""
    kinds = {k.casefold(): v for k, v in event_nouns().items()}
    return (
        kinds.get(head.casefold()) == "observance"
        and re.fullmatch(rf"(?i){re.escape(head)}\s+\d{{1,2}}", name) is not None
    )


@cache
def _building_after() -> re.Pattern[str]:
    """A building's head noun right after an event noun (``body-venues.csv``, role ``building``):
    ``Conference Room 11``, ``Conference Hall``: the place, no event."""
    return re.compile(
        rf"\s+(?:{alternation([r['word'] for r in data_rows('body-venues.csv') if r['role'] == 'building'])})\b"
    )

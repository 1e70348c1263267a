"""One heading line read: its name, kind, number and dateline (``_heading`` -> ``_Heading``), the
forms of a line (in brackets, capitals then prose, an acronym then the rest) and the dateline on it
(``_around_dateline``, ``_before_dateline``; moved from meeting_heading.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from wsiskg.ingest.text import DASH, DASHES, FIELD_BARS, SYMBOL, alternation

from .datelines import days_joined, front_dateline
from .dates import find_dates
from .header_fields import meeting_label_off
from .heading_fields import _fields_cut
from .heading_kinds import _ORDINAL_OPENING, _RECORD, _kind_line, _nouns
from .heading_names import _body_named, _headed, _ordinal_before_kind, _owner, series_year_off
from .meeting import PART_LABEL, dateline, meeting_words, number_value, ordinal_regex
from .meeting_header import BRACKET_ACRONYM
from .meeting_mentions import closes_topic, spells
from .ordinals import roman_ordinal_regex

#: a name in capitals and what follows it in other case (a dateline run into the heading)
_CAPITALS_THEN = re.compile(r"^(?P<name>[A-Z][A-Z0-9&/\-]*(?:\s+[A-Z0-9&/\-]+)+)\s+(?P<rest>[A-Z][a-z].*)$")
_BRACKETED = re.compile(r"^(?P<name>.*?)\s*\((?P<rest>[^()]*)\)\s*$")
#: a name, its acronym in brackets and a dateline run into the same line (a PDF's layout)
_ACRONYM_THEN = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<acr>[^()]{2,30})\)\s+(?P<rest>[^()]+)$")


#: a heading that gives the meeting's acronym before its name, after a dash, maybe with the session's year (``ABC12 –
#: 12th Annual Board of ...``, ``XIGF 2031 — X Internet Governance Forum``)
_ACRONYM_FIRST = re.compile(
    rf"^(?P<acr>[A-Z][A-Za-z0-9&/.\-]*[A-Z0-9])(?:\s+(?:19|20)\d\d)?\s*{DASH}\s*(?P<name>[^()]+)$"
)
#: the label of a part of a record of several meetings before its meeting (``Part II – 27th meeting``): no name
_PART_OPENING = re.compile(rf"^(?i:{PART_LABEL})\s*(?:{DASH}|:)\s*")
#: a programme's session label that opens a heading (``Session 127: X facilitation meeting``): the meeting's number;
#: closed by a colon, a dash, a bar or a full stop (``Session 133 | Thematic Workshop``, ``Session 58. Workshop: X``)
_SESSION_LABEL = re.compile(rf"^(?i:session)\s+(?P<num>\d{{1,3}})(?:\s*(?::|{DASH}|\|)|\.)\s*")


#: a theme after a colon that closes a meeting's name (``X Facilitation Meeting: Building confidence in Y``)
_THEME_AFTER = re.compile(r"^(?P<name>[^:]{3,}?)\s*:\s+\S.*$")
#: a year to read a day written without one (``Wednesday, 22 July``) when the report's is unknown
_ANY_YEAR = 2000
#: the kind alone after a dash that ends a name whose ordinal was taken off (``X Preparatory Meeting – Second session``)
_KIND_AFTER_DASH = re.compile(rf"\s*(?:{DASH}|:)\s*(?i:session|meeting|edition)\s*$")
#: a series' acronym and the session's Roman numeral in brackets, maybe after a word (``(IGF III)``, ``(Arab IGF IV)``)
_NUMBERED_ACRONYM = re.compile(rf"(?P<acr>(?:[A-Z][a-z]+\s)?{BRACKET_ACRONYM.pattern})\s+[IVXL]{{1,6}}")
#: a bracket that numbers the meeting a name names (``(fourth meeting)``)
_BRACKETED_ORDINAL = re.compile(rf"(?P<num>{ordinal_regex()})\s+(?:meeting|session)", re.IGNORECASE)


@cache
def _opening_ordinal() -> re.Pattern[str]:
    """An ordinal opening a heading's name, in words or digits or a Roman numeral (``XXV Meeting of X``)."""
    return re.compile(rf"(?i:{ordinal_regex()})\s+|{roman_ordinal_regex(heading=True)}\s+")


@dataclass(frozen=True)
class _Heading:
    name: str  # as written, without an ordinal before it
    number: int | None  # that ordinal's
    acronym: str | None
    line: Any  # (dates, place) of the dateline on the line itself, if any


#: a document's symbol a layout ran into a heading before its name (``LC/X.6/4 SIXTH CONFERENCE ON Y Lima, ...``)
_SYMBOL_BEFORE = re.compile(rf"^(?:(?i:document)\s+)?(?P<symbol>{SYMBOL})\s+(?=[A-Z])")


def _symbol_off(line: str) -> str:
    """``line`` without a document's symbol that opens it before a name (its last part holds a number: not a code
    and a venue, ``WTDC-30/Kigali Highlights``, nor a pair of words, ``ICT/Telecom Indicators``)."""
    m = _SYMBOL_BEFORE.match(line)
    return line[m.end() :] if m and re.search(r"\d", m.group("symbol").rsplit("/", 1)[1]) else line


def _heading(line: str, year: int | None = None) -> _Heading | None:
    """The meeting name a line gives, with the acronym or dateline that ends it."""
    line = _symbol_off(meeting_label_off(line.strip()))  # "Meeting name: X", "Event: X": the name
    text = series_year_off(_PART_OPENING.sub("", _fields_cut(_RECORD.sub("", line.strip(), count=1))))
    # "Minutes of the meeting of the X": the record's "Meeting of"; "Record of the information session on X": its name
    if text != line.strip() and (
        _owner().match(text) or ((rec := _RECORD.match(line.strip())) is not None and rec.group(0).strip())
    ):
        text = text[:1].upper() + text[1:]
    label = _SESSION_LABEL.match(text)
    text = text[label.end() :] if label else text
    name, acronym, on_line = text, None, None
    first = _ACRONYM_FIRST.match(text)  # "GSR31 - 31st Global Symposium for Regulators": its acronym, then its name
    if first is not None and spells(first.group("acr"), _ORDINAL_OPENING.sub("", first.group("name")).split()):
        text, acronym = first.group("name"), first.group("acr")
        name = text
    bracketed = None  # "SADC Preparatory Meeting for WRC-31 (fourth meeting)": its number in brackets
    then = _ACRONYM_THEN.match(text)  # "... Forum for X (RDF-X) Gaborone, Botswana, 14-15 April 2031": a PDF's line
    then_acronym = re.sub(r"\s+(?:19|20)\d\d$", "", then.group("acr")) if then else ""  # "(RDF-X 2031)": the series'
    # the dateline, maybe with the document's symbol and more header fields run in after it (a PDF's header row)
    if (
        then is not None
        and BRACKET_ACRONYM.fullmatch(then_acronym)
        and (found := front_dateline(then.group("rest"), year))
    ):
        text, on_line = series_year_off(then.group("name")), found
        name, acronym = text, then_acronym
    for pattern in (_BRACKETED, _CAPITALS_THEN) if on_line is None else ():
        m = pattern.match(text)
        if m is None:
            continue
        rest = m.group("rest").strip()
        if pattern is _BRACKETED and (BRACKET_ACRONYM.fullmatch(rest) or _CLOSING_ACRONYM.fullmatch(f"({rest})")):
            name, acronym = m.group("name"), None if closes_topic(m.group("name"), rest) else rest
            break
        if pattern is _BRACKETED and (numbered := _NUMBERED_ACRONYM.fullmatch(rest)) is not None:
            name, acronym = m.group("name"), numbered.group("acr")  # "(Arab IGF III)": the series' acronym
            break
        if pattern is _BRACKETED and (bracketed := _BRACKETED_ORDINAL.fullmatch(rest)) is not None:
            name = m.group("name")
            break
        found = dateline(rest, year)
        if found is not None:  # "X WORKSHOP 2031 Suva, ...": the session's year read once the dateline is cut off
            name, on_line = series_year_off(m.group("name")) if pattern is _CAPITALS_THEN else m.group("name"), found
            break
    m = _opening_ordinal().match(name) or _ordinal_before_kind().search(name)
    number = number_value(m.group(0).strip()) if m else None
    name = name[: m.start()] + name[m.end() :] if m else name
    number = number_value(bracketed.group("num")) if bracketed is not None else number
    number = int(label.group("num")) if label and number is None else number
    session_of = _KIND_AFTER_DASH.search(name) if number is not None else None
    if session_of is not None and _headed(name[: session_of.start()]):  # "X Meeting – Second session": X's
        name = name[: session_of.start()]
    elif session_of is not None and (met := _body_before_kind(name[: session_of.start()])) is not None:
        return _Heading(met[0], number, met[1] or acronym, on_line)  # "ABC – Fourth meeting": ABC's
    if not _headed(name):
        around = _around_dateline(line, year) if on_line is None else None
        return around or _themed(name, number, acronym, on_line, year)
    return _Heading(name.strip(" ,"), number, acronym, on_line)


def _themed(name: str, number: int | None, acronym: str | None, on_line: Any, year: int | None) -> _Heading | None:
    """The meeting a name headed by a meeting noun before a colon names, the words after the colon its theme
    (``X Facilitation Meeting: Building confidence in Y``), when the line holds no dateline; not a programme's
    line of a day (``Wednesday, 22 July – Country Workshop: X``: a date in the name)."""
    themed = _THEME_AFTER.match(name)
    # a day written without its year is a date too: any year reads it (only whether one is written matters)
    if themed is None or find_dates(themed.group("name"), year or _ANY_YEAR) or not _headed(themed.group("name")):
        return None
    return _Heading(themed.group("name").strip(" ,"), number, acronym, on_line)


def _body_before_kind(text: str) -> tuple[str, str | None] | None:
    """``(name, acronym)`` of the body that met, when a heading names it before a dash and its meeting's kind
    (``ABC – Fourth meeting``, ``Expert Group on X (EG-X) – Fourth meeting``, ``Expert Group on X – Fourth
    meeting``): an acronym alone, or a name headed by a body noun (``body-heads.csv``), maybe closed by its
    acronym in brackets."""
    text = text.strip(" ,")
    if BRACKET_ACRONYM.fullmatch(text):
        return text, text
    closed = _BRACKETED.match(text)
    if closed is not None and BRACKET_ACRONYM.fullmatch(closed.group("rest").strip()):
        name, acronym = closed.group("name").strip(), closed.group("rest").strip()
        return (name, acronym) if _body_named(name) else None
    return (text, None) if _body_named(text) else None


#: a record's words that close a heading a layout ran into its dateline (``X Forum 2031 Minutes of the Forum``)
_RECORD_AFTER = re.compile(r"\s+(?i:minutes|summary|report|record|highlights|outcomes?)(?:\s+(?i:of|on)\s+the\s+\w+)?$")
#: how long the words after a dateline inside a line may be (``SUMMARY OF DISCUSSIONS``, ``(hybrid)``)
_AFTER_DATELINE = 40
#: how long a dateline's place inside a line may be
_PLACE_LONGEST = 60


@cache
def _breaker() -> re.Pattern[str]:
    """A word no heading holds (``was``, ``held``: ``meeting_words.csv``, role ``name-breaker``)."""
    return re.compile(rf"\b(?:{alternation(meeting_words('name-breaker'), spaces=True)})\b")


def _around_dateline(line: str, year: int | None) -> _Heading | None:
    """The meeting a title names when a PDF's layout ran its lines into one around the dateline: a heading,
    maybe with a record's words, then a dateline with a place, then maybe a few words (``X FOLLOW-UP MEETING
    Kigali, Rwanda, 29-30 October 2031 SUMMARY OF DISCUSSIONS``, ``Report of the Third X Forum (X III) Beirut,
    25-27 November 2031``, ``X Forum for Y 2031 Minutes of the Forum Lima, Peru, 27-28 July 2031``): the heading
    before the first capitalised word that opens the dateline, dated by it."""
    days = [d for d in find_dates(line, year) if d.precision == "day"] if re.search(r"\d", line) else []
    # the line's last days: "Geneva, 14 October (afternoon) and 15 October" is no such line
    for d in days_joined(line, days[-2:])[-1:]:
        if len(line) - d.span[1] > _AFTER_DATELINE or _breaker().search(line[: d.span[0]]):
            continue  # a sentence, not a heading: "The X Workshop was held in Douala from 6 to 8 May"
        for start in (m.start() for m in re.finditer(r"(?<=\s)[A-Z]", line[: d.span[0]])):
            found = dateline(line[start : d.span[1]], year) if d.span[0] - start <= _PLACE_LONGEST else None
            if found is None or found[1] is None or not _place_opens(line[:start], found[1]):
                continue
            if _venue_after(line[start : d.span[0]]):
                continue  # "X Meeting on Information Literacy UNESCO Headquarters, Paris": the place opens at the venue
            # "X Forum — Beirut, ...": the dash is no part of the heading
            heading = _before_dateline(line[:start].strip(" ,:" + FIELD_BARS + DASHES), year)
            if heading is not None:
                return replace(heading, line=found)
        whole = _before_dateline(line[: d.span[0]].rstrip(" ," + FIELD_BARS + DASHES), year)
        if whole is not None:  # "X Dialogue on Y, 14-15 May 2031", "X Summit 2031 | 3-4 June": no place
            return replace(whole, line=(d, None))
    return None


@cache
def _venue_opening() -> re.Pattern[str]:
    """A venue named by an organisation's acronym, maybe a word or two and a venue noun (``UNESCO Headquarters``,
    ``OECD Conference Centre``; ``meeting_words.csv``, role ``venue``), after a word of the text (a name's last
    words before it)."""
    venue = alternation(meeting_words("venue"), spaces=True)
    return re.compile(rf"(?<=\s)[A-Z][A-Z0-9&\-]+(?:\s+[A-Z][a-z]+){{0,2}}\s+(?i:{venue})\b")


def _venue_after(place: str) -> bool:
    """Whether a dateline's place read from a heading's words holds a venue that opens later (:func:`_venue_opening`):
    the words before the venue are the name's."""
    first = place.split(",", 1)[0]
    return _venue_opening().search(first) is not None


def _place_opens(before: str, place: str) -> bool:
    """Whether a place opens a dateline after ``before``: a place of two names (``Kigali, Rwanda``), or one after
    a mark or a meeting's noun (``... (X III) Beirut``, ``... – Second session Bridgetown``); not a word that goes
    on with a name (``European Dialogue on Internet Governance, 14-15 May``)."""
    last = (before.split() or [""])[-1].lower()
    return (
        "," in place
        or before.rstrip()[-1:] in ",):" + FIELD_BARS + DASHES
        or last in {n.split()[-1].lower() for n in _nouns()}
    )


def _before_dateline(before: str, year: int | None) -> _Heading | None:
    """The heading a line gives before its dateline, maybe closed by a record's words; not a kind alone
    (``Coordination meeting, Geneva, ...``: a kind line's, :func:`_kind_only`)."""
    if _kind_line().match(_RECORD.sub("", before, count=1)):
        return None
    heading = _heading(before, year) or _heading(_RECORD_AFTER.sub("", before), year)
    return heading if heading is not None and heading.line is None else None


#: an acronym in brackets closing a name, maybe with a word after it (``(DC-X)``, ``(BPF Data)``)
_CLOSING_ACRONYM = re.compile(rf"\((?P<acr>{BRACKET_ACRONYM.pattern}(?:\s[A-Z][a-z]+)?)\)$")

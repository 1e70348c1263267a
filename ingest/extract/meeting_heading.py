"""The meeting a heading of the report names by its kind: the title or a header line is the
meeting's name (a capitalised name headed by a meeting noun), or a line of the kind only under the
line that names what met; the dateline on that line (in brackets, after a heading in capitals, after
a comma or a dash) or under it dates it.

- ``Report of the Andean Expert Group Meeting on Spectrum Pricing (Quito, 5–6 May 2030)``, ``ARAB
  REGIONAL REVIEW OF DIGITAL INCLUSION POLICIES Virtual meeting, 14-15 October 2029``,
  ``REGIONAL PREPARATORY MEETING FOR WTDC-22 FOR THE CIS REGION (RPM-CIS)`` over ``Geneva, 3 May
  2021``: a meeting outside the catalogue, its own body (keyed by its acronym where it has one,
  else by its name; an ordinal before the name is its number).
- ``Annual meeting`` or ``Seventh Facilitation Meeting`` under a line that names a catalogue body
  (``United Nations Group on the Information Society (UNGIS)``): that body's meeting; under a line
  naming something else (``WSIS ACTION LINE C3: ACCESS TO ...``), a meeting of a kind of its own
  (``Facilitation``) is named by both: ``WSIS ACTION LINE C3 Facilitation Meeting``.

Meeting nouns: the event nouns of ``event_nouns.csv`` of the kinds in :data:`_OWN_KINDS` and the
nouns of ``meeting_words.csv``, role ``heading-kind`` (``Review``, ``Consultation``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from wsiskg.ingest.extract.header_fields import label_alternation
from wsiskg.ingest.records import Body, Meeting, ParsedReport
from wsiskg.ingest.text import DASH, DASHES, FIELD_BAR, FIELD_BARS, alternation, sentence_spans

from .body_names import BodyName, find_body_names, head_of, load_body_names
from .casing import line_joiner_alternation, name_words, title_cased
from .datelines import days_joined, front_dateline
from .dates import find_dates, neighbour_words
from .event_forms import heads_name
from .event_series import event_series, series_patterns
from .gazetteer import bodies as gazetteer_bodies
from .gazetteer import body_heads, small_words
from .genre import RECORD, header_lines, line_genre
from .keys import slug
from .meeting import (
    LEAD_PARAGRAPHS,
    PART_LABEL,
    dateline,
    day_dates,
    front_datelines,
    header_year,
    lead_held_meeting,
    lead_ordinal,
    meeting_mode,
    meeting_words,
    number_value,
    numeral_after_regex,
    ordinal_regex,
    own_dates_end,
    session_stem,
)
from .meeting_header import BRACKET_ACRONYM, committee, line_body
from .meeting_mentions import generic_name, spells
from .meeting_words import event_modifiers, event_nouns, is_modifier
from .ordinals import roman_ordinal_regex
from .study_groups import sector_words, study_group_sector

#: event nouns whose name names a meeting that is its own body
_OWN_KINDS = ("meeting", "event", "forum", "conference", "panel", "session")
#: how many lines under a heading may hold its dateline
_DATELINE_WITHIN = 3


@cache
def _nouns() -> tuple[str, ...]:
    own = [n for n, kind in event_nouns().items() if kind in _OWN_KINDS]
    return tuple(dict.fromkeys([*own, *meeting_words("heading-kind")]))


#: the year the meeting's number counts in (``the second meeting in 2031``)
_IN_YEAR = r"(?:\s+in\s+(?:19|20)\d\d(?!\s*\d))"
#: a number of the year after the noun (``Meeting no. 3/2031``: the third meeting of 2031)
_NUMBER_OF_YEAR = r"(?:(?i:no\.?|n°)\s*)?\d{1,3}/(?:19|20)\d\d(?![\w/.\-])"


@cache
def _kind_line() -> re.Pattern[str]:
    """A line of the kind only: an ordinal, up to two words and a meeting noun (maybe a number
    after it: ``Meeting No. 7``, ``Meeting XII``; maybe a record's word: ``Facilitation meeting report``), then maybe a
    dateline or a few words after a comma, colon or dash (``Seventh Facilitation Meeting``,
    ``Annual meeting, Paris, 3 May 2031``, ``Facilitation Meeting, WSIS Forum 2019``)."""
    return re.compile(
        rf"^(?:of\s+the\s+)?(?:(?P<num>{ordinal_regex()})\s+)?"
        rf"(?P<kind>(?:[\w-]+\s+){{0,2}}?(?i:{alternation(_nouns(), spaces=True)}))"
        rf"(?:\s+(?P<after>{numeral_after_regex()}|{_NUMBER_OF_YEAR}))?{_IN_YEAR}?(?:\s+(?P<rec>(?i:report|summary|minutes)))?"
        rf"(?:(?:\s*(?:[,:]|{DASH})\s*|\s+(?=[A-Z][a-z]+,\s))(?P<rest>[^.]{{0,80}}))?$",
        re.IGNORECASE,
    )


#: words of a record before the name (``Report of the``, ``Final report of the``, ``Summary of``; a declaration's
#: ``Adopted at the``; a record's noun before ``of the``, ``Notes of the``, ``Decisions of the``: ``meeting_words.csv``,
#: role ``record-of``)
_RECORD = re.compile(
    r"^(?i:(?:draft\s+|final\s+|provisional\s+|interim\s+)?(?:(?:chair(?:man|person)?|convener|rapporteur)['’]s\s+)?"
    r"(?:report|summary(?:\s+record)?|record|minutes|outcomes?|highlights)(?:\s+(?:of|on)\s+|\s*:\s*(?=[A-Z])"
    rf"|\s+{DASH}\s+(?=\w)|\s*,\s*(?=\w))"  # "Minutes – third meeting", "Chairman's Report, 3rd meeting"
    r"(?:(?:decisions|conclusions|discussions|proceedings|results)(?:\s*,\s*|\s+(?:of|at)\s+))?"
    rf"|(?:{alternation(meeting_words('record-of'), spaces=True)})\s+of\s+(?=the\s)"
    r"|of\s+(?=the\s)|adopted\s+at\s+(?=the\s))?"
    r"(?i:the\s+)?"
)
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
#: a programme's session label that opens a heading (``Session 127: X facilitation meeting``): the meeting's number
_SESSION_LABEL = re.compile(rf"^(?i:session)\s+(?P<num>\d{{1,3}})\s*(?::|{DASH})\s*")
#: a theme in quotes that ends a heading after a dash or a colon (``X facilitation meeting — "Skills for all"``)
_QUOTED_THEME = re.compile(rf"\s*(?:{DASH}|:)\s*[\"“][^\"“”]+[\"”]\s*$")
#: the kind alone after a dash that ends a name whose ordinal was taken off (``X Preparatory Meeting – Second session``)
_KIND_AFTER_DASH = re.compile(rf"\s*(?:{DASH}|:)\s*(?i:session|meeting|edition)\s*$")
#: a series' acronym and the session's Roman numeral in brackets, maybe after a word (``(IGF III)``, ``(Arab IGF IV)``)
_NUMBERED_ACRONYM = re.compile(rf"(?P<acr>(?:[A-Z][a-z]+\s)?{BRACKET_ACRONYM.pattern})\s+[IVXL]{{1,6}}")
#: a bracket that numbers the meeting a name names (``(fourth meeting)``)
_BRACKETED_ORDINAL = re.compile(rf"(?P<num>{ordinal_regex()})\s+(?:meeting|session)", re.IGNORECASE)
#: an ordinal that opens a name
_ORDINAL_OPENING = re.compile(rf"^(?i:{ordinal_regex()})\s+")
#: the words of a heading line before a colon, a bracket or a spaced dash
_SUBJECT_END = re.compile(rf"\s*[:(]|\s{DASH}\s")
#: a short bracket and a dash between a body's name and the kind of its meeting (``TSAG (Geneva) – 12th meeting``)
_BRACKET_OR_DASH_OPENING = re.compile(rf"^\s*(?:\([^()]{{1,30}}\))?\s*(?:{DASH})?")


@cache
def _opening_ordinal() -> re.Pattern[str]:
    """An ordinal opening a heading's name, in words or digits or a Roman numeral (``XXV Meeting of X``)."""
    return re.compile(rf"(?i:{ordinal_regex()})\s+|{roman_ordinal_regex(heading=True)}\s+")


@cache
def _field_line() -> re.Pattern[str]:
    """A header field's line (``Source:``, ``Date:``; ``label_alternation``)."""
    return re.compile(rf"^(?i:{label_alternation()})\s*:")


@cache
def _fields_after() -> re.Pattern[str]:
    """Header fields a layout ran into a heading after its acronym (``X (RPM-X) Document RPM-X31/4-E Original:
    Arabic``): a document's symbol or a field's label (``header_fields.csv``), and all
    after it."""
    fields = label_alternation()
    return re.compile(rf"(?<=\))\s+(?:(?i:document)\s+[A-Z][\w.\-]*/\S+|(?i:{fields})\s*:).*$")


@cache
def _mode_after() -> re.Pattern[str]:
    """The meeting's mode after a dash, a colon or a comma, or in brackets, that ends a heading (``Regional Preparatory
    Meeting for X (RPM-X) - virtual``, ``... (XF-31): hybrid meeting``, ``X Forum for Y (virtual)``; modes of
    ``meeting_words.csv``)."""
    modes = alternation(meeting_words("mode"), spaces=True)
    mode = rf"(?i:{modes})(?:\s+(?i:meeting|format|session))?"
    return re.compile(rf"(?:\s*(?:{DASH}|:|,)\s*\(?{mode}\)?|\s*\({mode}\))\s*$")


def _fields_cut(text: str) -> str:
    """``text`` without the header fields run into it (:func:`_fields_after`), the mode that ends it
    (:func:`_mode_after`), a theme in quotes that ends it (:data:`_QUOTED_THEME`) or a record's word after
    its meeting noun (:func:`_record_word_off`)."""
    return _record_word_off(_QUOTED_THEME.sub("", _mode_after().sub("", _fields_after().sub("", text))))


#: a record's word after a heading's name, maybe before a dash and what the record was part of
#: (``X Facilitation Meeting Report - WSIS Forum 2031``)
_RECORD_WORD_AFTER = re.compile(rf"\s+(?i:report|summary|minutes|highlights)(?:\s*(?:{DASH}|:)\s*[^()]*)?$")
#: the record's name after a dash or a colon that ends a heading (``Expert Group Meeting on X – Final Report``,
#: ``X Forum: Chair's summary``, ``X Meeting — Summary of discussions``)
_RECORD_AFTER_DASH = re.compile(
    rf"\s*(?:{DASH}|:)\s*(?i:(?:final|draft|provisional|interim|informal)\s+)?(?i:(?:chair(?:man|person)?['’]s\s+)?"
    rf"(?:report|summary(?:\s+record)?|minutes|highlights|outcomes?|conclusions))(?:\s+(?i:of|on)\s+[\w\s]{{1,40}})?$"
)


def _record_word_off(text: str) -> str:
    """``text`` without a record's word that follows the meeting noun ending its name (:data:`_RECORD_WORD_AFTER`),
    or the record's name after a dash (:data:`_RECORD_AFTER_DASH`)."""
    text = _RECORD_AFTER_DASH.sub("", text)
    m = _RECORD_WORD_AFTER.search(text)
    last = text[: m.start()].split()[-1:] if m else []
    ends = {noun.split()[-1].lower() for noun in _nouns()}
    return text[: m.start()] if m and last and last[0].lower() in ends else text


@dataclass(frozen=True)
class _Heading:
    name: str  # as written, without an ordinal before it
    number: int | None  # that ordinal's
    acronym: str | None
    line: Any  # (dates, place) of the dateline on the line itself, if any


def _heading(line: str, year: int | None = None) -> _Heading | None:
    """The meeting name a line gives, with the acronym or dateline that ends it."""
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
    if then is not None and BRACKET_ACRONYM.fullmatch(then_acronym) and (found := dateline(then.group("rest"), year)):
        text, on_line = series_year_off(then.group("name")), found
        name, acronym = text, then_acronym
    for pattern in (_BRACKETED, _CAPITALS_THEN) if on_line is None else ():
        m = pattern.match(text)
        if m is None:
            continue
        rest = m.group("rest").strip()
        if pattern is _BRACKETED and (BRACKET_ACRONYM.fullmatch(rest) or _CLOSING_ACRONYM.fullmatch(f"({rest})")):
            name, acronym = m.group("name"), rest
            break
        if pattern is _BRACKETED and (numbered := _NUMBERED_ACRONYM.fullmatch(rest)) is not None:
            name, acronym = m.group("name"), numbered.group("acr")  # "(Arab IGF III)": the series' acronym
            break
        if pattern is _BRACKETED and (bracketed := _BRACKETED_ORDINAL.fullmatch(rest)) is not None:
            name = m.group("name")
            break
        found = dateline(rest, year)
        if found is not None:
            name, on_line = m.group("name"), found
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
        return _around_dateline(line, year) if on_line is None else None
    return _Heading(name.strip(" ,"), number, acronym, on_line)


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
        whole = _before_dateline(line[: d.span[0]].rstrip(" ,"), year)
        if whole is not None:  # "X Dialogue on Y, 14-15 May 2031": no place
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


#: a year closing a session's name, maybe beside its acronym (``Regional Forum for X 2019 (RF-X)``, ``Regional
#: Forum for X (RF-X 2019)``, ``Regional Forum for X (RF-X) 2019``, ``Regional Forum for X 2019``)
_SESSION_YEAR = re.compile(
    r"^(?P<name>.*?[A-Za-z])(?:\s+(?:19|20)\d\d(?P<a>\s*\([^()\d]+\))?|(?P<b>\s*\([^()]+?)\s+(?:19|20)\d\d\)"
    r"|(?P<c>\s*\([^()\d]+\))\s+(?:19|20)\d\d)$"
)


def series_year_off(text: str) -> str:
    """A session's name without the year that closes it, or closes the acronym beside it: the name of the
    series that met (``Regional Development Forum for the Arab States 2019 (RDF-ARB)``: ``Regional
    Development Forum for the Arab States (RDF-ARB)``); not a year of a meeting noun in the topic after a
    preposition (``Preparatory Meeting for the Plenipotentiary Conference 2006``: that conference's), nor after a small
    word (``the 2030 Agenda``), nor of a catalogue series (``WSIS Forum 2017``: ``series_meeting``) or body
    (``Additional session of the Council 2031``)."""
    m = _SESSION_YEAR.match(text)
    if m is None or any(d.precision == "day" for d in find_dates(text)):  # a dateline's year
        return _mid_year_off(text) if m is None else text
    name = m.group("name")
    last = name.split()[-1]
    ends = {noun.split()[-1].lower() for noun in _nouns()}
    topic = any(w.lower() in small_words() for w in name.split())  # a noun after a preposition: the topic's
    if last.lower() in small_words() or (last.lower() in ends and topic) or _catalogue_series(name) or _body_ends(name):
        return text
    return name + (m.group("a") or "") + (f"{m.group('b')})" if m.group("b") else "") + (m.group("c") or "")


#: a year between the meeting noun that heads a session's name and the preposition of its region or topic
#: (``Regional Radiocommunication Seminar 2031 for Africa``, ``Regional Development Forum 2030 for Asia``)
_MID_YEAR = re.compile(r"^(?P<name>[^()]*?[A-Za-z])\s+(?:19|20)\d\d(?=\s+(?P<next>[a-z]+)\s)")


def _mid_year_off(text: str) -> str:
    """A session's name without the year written right after its meeting noun, before the first preposition
    (``X Seminar 2031 for Africa (XS-31-Africa)``: ``X Seminar for Africa (XS-31-Africa)``, the series that met);
    not a year after a small word (``Forum on the 2030 Agenda for ...``) nor a dateline's."""
    m = _MID_YEAR.match(text)
    if m is None or any(d.precision == "day" for d in find_dates(text)):
        return text
    name = m.group("name")
    ends = {noun.split()[-1].lower() for noun in _nouns()}
    lead_only = not any(w.lower() in small_words() for w in name.split())
    if name.split()[-1].lower() not in ends or m.group("next") not in small_words() or not lead_only:
        return text
    return name + text[m.end() :]


def _body_ends(name: str) -> bool:
    """Whether a catalogue body's name, whole or after a small word, ends ``name`` (``ADDITIONAL SESSION OF
    THE COUNCIL 2031``: the year names the body's session, ``Council 2031``; not ``Regional Internet
    Governance Forum 2031``, a name of its own)."""
    names = load_body_names()
    for form in dict.fromkeys((name, title_cased(name))):
        for _, (start, end) in find_body_names(form, names):
            before = form[:start].split()
            if end == len(form) and (not before or before[-1].lower() in small_words()):
                return True
    return False


def _catalogue_series(name: str) -> bool:
    """Whether ``name`` is a catalogue series of events (``WSIS Forum``)."""
    key = slug(name)
    return any(key == slug(n) for s in event_series() for n in (s.name, *s.names, *s.codes))


@cache
def _ordinal_before_kind() -> re.Pattern[str]:
    """An ordinal right before the meeting noun that ends a name, after what met (``ACTION LINE C4: X —
    FIFTH FACILITATION MEETING``): the meeting's number, no part of its name."""
    return re.compile(rf"(?<=[\s:])(?i:{ordinal_regex()})\s+(?=(?:[\w-]+\s+){{0,2}}(?i:meeting|session)\s*$)")


def _headed(name: str) -> bool:
    """Whether a meeting noun heads ``name`` (``Expert Group Meeting on X``, ``REGIONAL REVIEW OF X``);
    not a name with a year closing a name (a session of a series: ``series_meeting``; a year that
    opens a name is no session's: ``Forum on X and the 2030 Agenda``) or a word naming another
    meeting (``next``: ``meeting_words.csv``, role ``other``)."""
    # a title in brackets inside the name is no part of its head: "Action Line C2 (Information and ...) meeting"
    plain = re.sub(r"\s*\([^()]*\)", "", name).strip() or name
    words = name_words(plain)
    if len(words) < 2 or not name[:1].isupper() or words[-1] in small_words():  # "MEETING OF THE": a name cut short
        return False
    # "Next Facilitation Meeting", "Outcome of the previous X meeting": up to the first meeting noun, not a
    # topic after it ("Meeting on X: Creating the Future")
    ends = {noun.title().split()[-1] for noun in _nouns()}
    upto = next((i for i, w in enumerate(words) if w in ends), len(words) - 1)
    if any(w.casefold() in meeting_words("other") for w in words[: upto + 1]):
        return False
    # the head ends the words before the first preposition: "Council Working Group on the World Summit ..." is a group;
    # "and" joins words of the lead ("X Policy and Regulatory Forum", "X Telecommunications and IT Ministers Meeting")
    lead = words[: next((i for i, w in enumerate(words) if w in small_words() and w != "and"), len(words))]
    # "WSIS Forum 2017": a session of a series (a year after a small word, "the 2030 Agenda", is a topic's)
    # (not the owner's of "Meeting of the Task Force for the 2030 Conference": a year of its topic, not a dateline's)
    topic_year = _owner().match(plain) is not None and not any(d.precision == "day" for d in find_dates(name))
    if not topic_year and any(w.lower() not in small_words() for w in _before_years(name)):
        return False
    # "PLENARY MEETING" names no meeting: a word that is no modifier before the noun, or a topic after it
    named = len(words) > len(lead) or any(not is_modifier(w) for w in lead[:-1])
    heads = any(heads_name(lead, noun.title()) and lead[-1] == noun.title().split()[-1] for noun in _nouns())
    return (named and heads) or _proper_name_closed(words, ends)


def _proper_name_closed(words: list[str], ends: set[str]) -> bool:
    """Whether ``words`` are one proper name that a meeting noun closes, a preposition joining its capitalised
    words (``Heads of Regulators' Roundtable``, ``Data for Islands Summit``): no article, no two small words in
    a row, and no body noun heading the words before the preposition (``Working Group on X Forum``: a group's
    topic)."""
    small = [w.lower() in small_words() for w in words]
    if len(words) < 3 or words[-1] not in ends or small[0] or small[-2] or not any(small):
        return False
    if any(a and b for a, b in zip(small, small[1:], strict=False)) or {"the", "a", "an"} & {w.lower() for w in words}:
        return False
    if not all(s or w[:1].isupper() for w, s in zip(words, small, strict=True)):
        return False
    head = head_of(" ".join(words))
    return head is None or head[2] != "body"


def _before_years(name: str) -> list[str]:
    """The word before each year in ``name`` (an empty one before a year that opens it)."""
    return [(name[: m.start()].split() or [""])[-1] for m in re.finditer(r"\b(?:19|20)\d\d\b", name)]


def _subject(line: str, names: tuple[BodyName, ...]) -> tuple[str | None, str]:
    """``(catalogue body, name)`` of what a line names: a catalogue body that is the whole line (as
    written or in capitals, maybe with its acronym), else its words before a colon, a bracket or a spaced dash."""
    for text in dict.fromkeys((line, title_cased(line))):
        whole = re.sub(r"\s*\([^()]*\)$", "", text)  # the body's acronym after it
        acronym = re.search(r"\(([^()\s]{2,30})\)$", text)  # ... which names it when the name is a longer form
        found = [
            key
            for key, span in find_body_names(whole, names)
            if span == (0, len(whole)) or _sector_named(whole, key, span)
        ]
        short = acronym.group(1) if acronym else ""
        found += [key for key, span in find_body_names(short, names) if span == (0, len(short))] if short else []
        if found:
            return found[0], line
    # its words before a colon, a bracket or a spaced dash (``AFRICAN GROUP – COUNCIL 2031``: the group, at the session)
    return None, _owner_acronym_name(line) or _SUBJECT_END.split(line, maxsplit=1)[0].strip()


#: an owner's name, its acronym in brackets, then words in title case (``X Corridor (XC) Steering Committee``)
_ACRONYM_INSIDE = re.compile(r"^[A-Z][^():]*?\s\([^()\s]{2,30}\)\s+(?P<tail>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})$")


def _owner_acronym_name(line: str) -> str | None:
    """The whole line when it names a body of an owner given with its acronym, the acronym in brackets inside the name
    (``Andean Broadband Corridor (ABC) Steering Committee``): the words after the bracket are headed by a body noun
    (``body-heads.csv``); else ``None``."""
    m = _ACRONYM_INSIDE.match(line.strip())
    head = head_of(m.group("tail")) if m else None
    return line.strip() if head is not None and head[2] == "body" else None


def _sector_named(text: str, key: str, span: tuple[int, int]) -> bool:
    """Whether a catalogue body closes ``text`` after only its Sector's name in words (``Radiocommunication Study
    Group 1``, ``Telecommunication Development Study Group 2``: ``sector-words.csv``)."""
    sector = sector_words().get(" ".join(text[: span[0]].split()))
    return span[1] == len(text) and sector is not None and key.startswith(f"{sector}-")


def _dated(
    lines: list[tuple[int | None, str]], i: int, on_line: Any, year: int | None = None
) -> tuple[Any, int | None] | None:
    """The dateline of heading ``i``: on its line, else the first one under it in the header with a
    range of days (an issue date with a place may come first: ``Hammamet, 26 June 2031`` over
    ``Hammamet, 24-26 June 2031``), else the first with a place (within twice :data:`_DATELINE_WITHIN`
    lines: a symbol, an issue date and a language may come first), else a range of days just above it
    (``Addis Ababa, 11-13 March 2031`` over ``AFRICAN REGIONAL REVIEW MEETING``, within
    :data:`_DATELINE_WITHIN` lines), else the first bare one under it (within :data:`_DATELINE_WITHIN`
    lines: the issue date)."""
    if on_line is not None:
        return on_line, lines[i][0]
    found = (
        _under(lines[i + 1 :], dateline, year)
        or _under(lines[i + 1 :], front_dateline, year)
        or _under(lines[i + 1 : i + 1 + _DATELINE_WITHIN], _kind_dateline, year)
    )
    ranged = [(line, order) for line, order, _ in found if line[0].end is not None]
    near = [(line, order) for line, order, n in found if n < 2 * _DATELINE_WITHIN]
    placed = ranged[:1] + [(line, order) for line, order in near if line[1] is not None]
    ranged_above = [
        (line, lines[j][0])
        for j in range(i - 1, max(-1, i - 1 - _DATELINE_WITHIN), -1)
        if (line := dateline(lines[j][1], year)) is not None and line[0].end is not None and not _dates_above(lines, j)
    ]
    if _part_of_record(lines[i][1]):  # a heading of a part of the record: the dates above are not its own
        ranged_above = []
    bare = [(line, order) for line, order, n in found if n < _DATELINE_WITHIN]
    chosen = placed or ranged_above[:1] or bare
    return chosen[0] if chosen else None


def _kind_dateline(text: str, year: int | None) -> Any:
    """The dateline a record's line of the kind only gives (``Summary of the online consultation, 3 May 2031``,
    ``Report of the meeting held in Lima, 3 May 2031``): under a heading that names the meeting, its days."""
    m = _kind_line().match(_HELD_OR_OF.sub(", ", _RECORD.sub("", text.strip(), count=1), count=1))
    if m is None or not m.group("rest") or _number(m) is not None:
        return None  # "Third meeting, Tashkent, 14-16 May 2031": a numbered meeting's line, read as one
    return _rest_dateline(m.group("rest"), year)


def _under(lines: list[tuple[int | None, str]], read: Any, year: int | None) -> list[tuple[Any, int | None, int]]:
    """``(dateline, order, place under the heading)`` of each of ``lines`` that ``read`` reads as one: the
    whole line first (:func:`.datelines.dateline`); only when no line is one, a dateline a layout wrote
    with other fields (``Session 118 | Room 2, Geneva | Wednesday, 14 May 2031, 09:00-10:45``:
    :func:`.datelines.front_dateline`)."""
    read_lines = [(read(text, year), order) for order, text in lines]
    return [(line, order, n) for n, (line, order) in enumerate(read_lines) if line is not None]


def _part_of_record(line: str) -> bool:
    """Whether a heading names a part of a record, by a record's cue after its start (``High-Level
    Track and thematic sessions: highlights``), not a meeting that a record's words open (``Report
    of the X Meeting``)."""
    opening = _RECORD.match(line.strip())
    return line_genre(line) == RECORD and (opening is None or opening.group(0).strip().lower() in ("", "the"))


def _dates_above(lines: list[tuple[int | None, str]], j: int) -> bool:
    """Whether the dateline ``j`` dates a line above it: one that names a session with its year
    (``WSIS Forum 2031 - Outcome Document``, maybe over its theme) or a meeting of its own."""
    return any(re.search(r"\b(?:19|20)\d\d\b", text) or _heading(text) is not None for _, text in lines[:j])


def _header(report: ParsedReport) -> tuple[list[tuple[int | None, str]], int | None]:
    """The header's lines with their paragraphs' order (None for the title), and its year."""
    texts = header_lines(report)
    orders = (([None] if report.title else []) + [p.order for p in report.paragraphs[: len(texts)]])[: len(texts)]
    # the year completes a dateline without one (``Fifth meeting – Geneva, 9 and 10 February``)
    lines = [
        (order, _host_off(_organiser_prefix_off(part)))
        for order, text in zip(orders, texts, strict=True)
        for part in _run_in_parts(text)
    ]
    return lines, header_year(report)


def _organiser_prefix_off(text: str) -> str:
    """``text`` without an organiser joined by a hyphen to a participle that opens it (``UNDP-supported X Forum
    2031``: :func:`organiser_prefix`)."""
    return re.sub(rf"^\s*{organiser_prefix()}(?=[A-Z])", "", text)


#: what may stand between a host session opening a heading and the heading: a place of up to three words and a
#: spaced dash, a bar or a colon (``IGF 2031 Lima — X Forum``, ``WSIS Forum 2031 | Action Line C3 ...``, ``WSIS
#: Forum 2031: X Facilitation Meeting``), else a space (``IGF 2031 X Forum``)
_AFTER_HOST = re.compile(
    rf"^(?:(?:\s+[A-Z][\w'’.\-]*(?:,?\s+[A-Z][\w'’.\-]*){{0,2}})?\s*(?:{DASH}|{FIELD_BAR}|:)\s*|\s+)(?=\S)"
)


@cache
def _held_at() -> re.Pattern[str]:
    """A word that brings in the event a meeting was held at, closing a text (``during the``, ``on the margins
    of``: ``date_words.csv``, role ``neighbour``; ``at``: ``meeting_words.csv``, role ``host``)."""
    cues = alternation([*neighbour_words(), *meeting_words("host")], spaces=True)
    return re.compile(rf"(?i)\s+(?:{cues})\s+(?:the\s+)?$")


def _host_off(line: str) -> str:
    """A heading without the dated session of a catalogue series it was held at, written around it: opening it,
    maybe with its place and a dash (``IGF 2031 Lima — Best Practice Forum on X``), or closing it after a cue,
    the heading's kind before (``Dynamic Coalition on X (DC-X) — session at IGF 2031``); only when what is left
    is a heading of a body that met (:func:`_names_a_body`: a line that is the session's own, ``WSIS Forum 2031 –
    Outcomes``, or names a session of its programme, ``IGF 2031 Lima — Main Session on X``, is kept)."""
    rest = _after_host(line)
    if rest is not None and _names_a_body(rest):
        return rest
    for _, pattern in _dated_series(line):
        for m in pattern.finditer(line):
            cue = _held_at().search(line[: m.start()]) if not line[m.end() :].strip(" .") else None
            rest = line[: cue.start()].rstrip(" ,") if cue else ""
            if rest and _names_a_body(rest):
                return rest
    return line


def _dated_series(line: str) -> list[tuple[Any, re.Pattern[str]]]:
    """The catalogue series ``line`` may name a dated session of, with their patterns."""
    return [(series, pattern) for series, pattern in series_patterns(line) if series.key_year not in ("once", "n")]


def _after_host(line: str) -> str | None:
    """What a line says after the dated session of a catalogue series that opens it, maybe with its place and a
    dash, a bar or a colon (``WSIS Forum 2031 | Action Line C3: X``: ``Action Line C3: X``), if one does."""
    for _, pattern in _dated_series(line):
        m = pattern.match(line)
        opening = _AFTER_HOST.match(line[m.end() :]) if m is not None else None
        if m is not None and opening is not None:
            return line[m.end() + opening.end() :]
    return None


def _without_host(line: str) -> str:
    """A line without the host session that opens it (:func:`_after_host`), unless what follows is only a kind of
    session, the host's own (``WSIS Forum 2031: Virtual edition``)."""
    rest = _after_host(line)
    return rest if rest and not _kind_line().match(rest) else line


#: an acronym in brackets closing a name, maybe with a word after it (``(DC-X)``, ``(BPF Data)``)
_CLOSING_ACRONYM = re.compile(rf"\((?P<acr>{BRACKET_ACRONYM.pattern}(?:\s[A-Z][a-z]+)?)\)$")


def _names_a_body(text: str) -> bool:
    """Whether a heading (its kind after a dash taken off, ``— session``) names a body that met: a name
    headed by a body noun (``Dynamic Coalition on X``: ``body-heads.csv``), closed by its acronym (``Best
    Practice Forum on X (BPF X)``) or a meeting's name the heading reader reads (``Action Line C3 Facilitation
    Meeting``); not a session of a programme (``Main Session on X``, ``Youth Collaborative Session``, ``Session 212:
    X``: the series' own reader's, ``series_meeting``)."""
    kind = _KIND_AFTER_DASH.search(text)
    name = text[: kind.start()] if kind else text
    head = head_of(name)
    if (head is not None and head[1] == "session") or _SESSION_LABEL.match(name):
        return False
    named = (head is not None and head[2] == "body") or _CLOSING_ACRONYM.search(name.strip()) is not None
    return (named and (kind is not None or head is not None)) or _heading(text) is not None


#: a record's title that a layout ran into the line of the body's name and acronym (``X Regional Group (XRG) Report
#: of the virtual meeting, 10-11 May 2031``): its words in capitals, after the acronym's bracket; or after a bracket
#: or a name and a spaced dash (``Study Group 6 (X) - Report of the meeting, Geneva, ...``, ``Working Party 4C (X) -
#: Chairman's Report, 3rd meeting, ...``, ``STEERING COMMITTEE - Summary of the second meeting``)
_RUN_IN_RECORD = re.compile(
    rf"(?:(?<=[A-Z0-9]\))\s+|(?<=[\w)])\s+{DASH}\s+)(?=(?:(?:Final|Draft|Provisional)\s+)?"
    r"(?:(?:Report|Summary|Minutes|Highlights)\s+(?:of|on)\s+the\s|Chair(?:man|person)?['’]s\s+[Rr]eport\b))"
)


def _run_in_parts(text: str) -> list[str]:
    """A header line as the lines a layout ran together: the body's name, then the record's title (one split), or
    then a line of the kind with its dateline (:func:`_run_in_kind_line`)."""
    parts = _RUN_IN_RECORD.split(text, maxsplit=1)
    return parts if len(parts) == 2 and len(parts[0].split()) >= 2 else _run_in_kind_line(text)


@cache
def _kind_line_opening() -> re.Pattern[str]:
    """Where a numbered line of the kind may open inside a header line: after a word or a bracket, an ordinal or
    ``Meeting``/``Session`` and a number (``... for WRC-31 7th meeting, Quito, ...``, ``... Filings Meeting 4 –
    Almaty, ...``)."""
    nouns = alternation(_nouns(), spaces=True)
    numbered = rf"(?:{ordinal_regex()})\s+(?:[\w-]+\s+){{0,2}}?(?i:{nouns})|(?i:{nouns})\s+\d{{1,3}}(?!\d)"
    return re.compile(rf"(?<=[\w)])\s+(?=(?:{numbered})\s*(?:,|{DASH}))")


def _run_in_kind_line(text: str) -> list[str]:
    """A body's name and a numbered line of the kind with its dateline that a layout ran into one header line
    (``Andean Committee on Numbering Third meeting, Quito, 3-5 June 2031``): the two lines; else the line as it is."""
    for m in _kind_line_opening().finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        kind = _kind_line().match(after)
        if _name_ends(before) and kind is not None and kind.group("rest") and front_dateline(kind.group("rest")):
            return [*_two_names(before), after]
    return [text]


#: a preposition that opens a name's topic
_TOPIC = re.compile(r"\s(?:on|of|for)\s")


@cache
def _second_name() -> re.Pattern[str]:
    """Where a name may open with a body's head of two words or more and its topic (``... Working Party on X``)."""
    heads = [h for h, _, category in body_heads() if category == "body" and " " in h]
    return re.compile(rf"(?<=[\w)])\s+(?=(?:{alternation(heads, spaces=True)})\s+(?:on|of|for)\s)")


def _two_names(text: str) -> list[str]:
    """Two names a layout ran into one line, the second opening with a body's head of two words or more and its
    own topic after the first's topic (``Regional Commission on Frequency Use Working Party on Satellite Filings``:
    a commission, then its working party; ``body-heads.csv``); else the line as it is. A name without a topic before
    the head is one name (``Council Working Group on X``)."""
    for m in _second_name().finditer(text):
        first = text[: m.start()]
        found = head_of(first)
        if _TOPIC.search(first) and found is not None and found[2] == "body":
            return [first, text[m.end() :]]
    return [text]


def _name_ends(text: str) -> bool:
    """Whether ``text`` may be a name of two words or more that ends where it ends: its last word is capitalised,
    a number or a bracket, not a small word (``Report of the`` / ``third meeting, ...`` is one title)."""
    words = text.split()
    last = words[-1] if words else ""
    return len(words) >= 2 and last.lower() not in small_words() and (last[:1].isupper() or last[-1:] in ")0123456789")


def _found(
    lines: list[tuple[int | None, str]], i: int, names: tuple[BodyName, ...], year: int | None
) -> tuple[str, int | None, Any] | None:
    """``(key, number, dateline on the line)`` of the meeting header line ``i`` names by its kind."""
    return (
        (_title_kind(lines, names, year) if i == 0 else None)
        or _continued(lines, i, names)
        or _kind_only(lines, i, names, year)
        or _body_then_kind(lines[i][1], names, year)
        or _named(lines[i][1], names, year)
    )


#: a heading in capitals that names the meeting of a body whose name goes on on a later line (``24th MEETING OF
#: PERMANENT CONSULTATIVE`` / ``Original: Spanish`` / ``COMMITTEE I: TELECOMMUNICATIONS/ICTs``)
_MEETING_OF_CAPITALS = re.compile(
    rf"^(?:(?P<num>{ordinal_regex()})\s+)?MEETING\s+OF\s+(?:THE\s+)?(?P<name>[A-Z][A-Z .\-]+)$"
)


def _continued(
    lines: list[tuple[int | None, str]], i: int, names: tuple[BodyName, ...]
) -> tuple[str, int | None, Any] | None:
    """``(key, number, None)`` of a catalogue body whose name a heading in capitals breaks over two lines, maybe
    with header fields between them (:data:`_MEETING_OF_CAPITALS`): only when the name joined is the catalogue's."""
    m = _MEETING_OF_CAPITALS.match(lines[i][1].strip())
    if m is None or any(span == (0, len(m.group("name"))) for _, span in find_body_names(m.group("name"), names)):
        return None
    after = [
        t
        for _, text in lines[i + 1 : i + 4]
        if (t := text.strip()) and not _field_line().match(t) and t.split()[0].isupper()
    ]
    if not after:
        return None
    joined = f"{m.group('name')} {after[0]}"
    found = [key for key, span in find_body_names(joined, names) if span[0] == 0 and span[1] > len(m.group("name"))]
    return (found[0], number_value(m.group("num")) if m.group("num") else None, None) if found else None


def heading_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting a header line names by its kind and dates (see the module)."""
    lines, year = _header(report)
    for i, (order, text) in enumerate(lines):
        found = _found(lines, i, names, year)
        if found is None:
            continue
        key, number, on_line = found
        below = _numbered_below(lines, i, key, names, year) if number is None else None
        # "X PREPARATORY MEETING" / "Second session, Geneva, 18-28 May 2031": its number, its days
        if below is not None:
            number, on_line = below[0], on_line or below[1]
        number = number if number is not None else _own_kind_number(report, key)
        dated = _dated(lines, i, on_line, year)
        if dated is not None and below is not None and dated[0] is below[1]:
            dated = (dated[0], lines[i + 1][0])  # dated by the line under it
        if dated is None or (on_line is None and _bare(dated[0]) and _dated_below(lines, i, key, names, year)):
            continue  # a heading undated or by an issue date: another line under it may name and date the meeting
        (day, place), where = dated
        number = number if number is not None else _numbered_dateline(lines, where, key, names, year)
        within = _meeting_within(lines, i, where)
        if within is not None:  # "Sixty-third session" / "12th plenary meeting": the session's meeting
            number, order = within
        paragraphs = tuple(sorted({o for o in (order, where) if o is not None}))
        mode = meeting_mode(text) or (meeting_mode(dict(lines).get(where, "")) if where is not None else None)
        return Meeting(key, number, start=day.start, end=day.end, place=place, mode=mode, paragraphs=paragraphs)
    return None


def _bare(line: Any) -> bool:
    """Whether a dateline is a bare day, no place and no range (``7 March 2031``: maybe the issue date)."""
    return line[1] is None and line[0].end is None


def _dated_below(
    lines: list[tuple[int | None, str]], i: int, key: str, names: tuple[BodyName, ...], year: int | None
) -> bool:
    """Whether a line under heading ``i`` names the same meeting with a dateline of a place on the line
    (``Report of the meeting`` over ``7 March 2031`` (the issue date) and ``Ninth meeting – Lima, 5 March 2031``)."""
    for j in range(i + 1, len(lines)):
        found = _found(lines, j, names, year)
        if found is not None and found[0] == key and found[2] is not None and found[2][1] is not None:
            return True
    return False


def _numbered_below(
    lines: list[tuple[int | None, str]], i: int, key: str, names: tuple[BodyName, ...], year: int | None
) -> tuple[int, Any] | None:
    """``(number, dateline)`` a line of the kind only right under heading ``i`` gives the same meeting (``Briefing
    to X on Y`` / ``Summary of the 2nd briefing``, ``X FORUM (XF)`` / ``Ninth edition – Lima, 3-5 May 2031``)."""
    below = _kind_only(lines, i + 1, names, year) if i + 1 < len(lines) else None
    return (below[1], below[2]) if below is not None and below[0] == key and below[1] is not None else None


def _numbered_dateline(
    lines: list[tuple[int | None, str]], where: int | None, key: str, names: tuple[BodyName, ...], year: int | None
) -> int | None:
    """The number of the line of the kind that dates an unnumbered heading, when it names the same meeting (``Report
    of the meeting`` / ``X Working Group`` / ``Fourth meeting, online, 3-4 May 2031``): the meeting's ordinal."""
    j = next((j for j, (order, _) in enumerate(lines) if j > 0 and order is not None and order == where), None)
    below = _kind_only(lines, j, names, year) if j is not None else None
    return below[1] if below is not None and below[0] == key else None


def _meeting_within(lines: list[tuple[int | None, str]], i: int, where: int | None) -> tuple[int, int | None] | None:
    """``(number, order)`` of a numbered meeting a line of the kind only names under heading ``i`` of a
    session, above its dateline (``General Assembly`` / ``Sixty-third session`` / ``Official Records`` /
    ``12th plenary meeting`` / ``Monday, 29 September 2031, at 10 a.m.``): the sitting the record is of,
    held within that session."""
    session = _kind_line().match(_RECORD.sub("", lines[i][1].strip(), count=1))
    if session is None or not session.group("kind").lower().endswith("session"):
        return None
    for order, text in lines[i + 1 : i + 1 + _DATELINE_WITHIN]:
        m = _kind_line().match(_RECORD.sub("", text.strip(), count=1))
        number = _number(m) if m is not None and m.group("kind").lower().endswith("meeting") else None
        if number is not None:
            return number, order
        if order == where:
            break
    return None


#: how many header lines from the top may hold the title that names a meeting the lead dates
_TITLE_WITHIN = 5


def titled_held_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting the title names by its kind (one of the first :data:`_TITLE_WITHIN` header lines,
    not a part of the record) when no dateline dates it: dated by the lead sentence that says it was
    held (``Expert Group Meeting on X`` over ``The experts met at Y from 24 to 26 November``;
    :func:`.meeting.lead_held_meeting`)."""
    lines, year = _header(report)
    for i, (order, text) in enumerate(lines[:_TITLE_WITHIN]):
        found = _found(lines, i, names, year)
        if found is None or _part_of_record(text):
            continue
        key, number, on_line = found
        if _dated(lines, i, on_line, year) is not None or _dated_below(lines, i, key, names, year):
            return None  # the heading reader's
        held = lead_held_meeting(report, key)
        if held is None:
            return None
        number = number if number is not None else _own_kind_number(report, key)
        paragraphs = tuple(sorted({*held.paragraphs, *((order,) if order is not None else ())}))
        return replace(held, number=number, paragraphs=paragraphs)
    return None


def _own_kind_number(report: ParsedReport, key: str) -> int | None:
    """The number the lead gives a meeting of a kind of its own that a heading names without one
    (``FACILITATION MEETING`` over ``The fourth e-environment facilitation meeting ...``;
    kinds in ``meeting_words.csv``, role ``own-kind``)."""
    kind = next((k for k in meeting_words("own-kind") if key.endswith(f"-{slug(k)}-meeting")), None)
    return lead_ordinal(report, f"{kind} meeting") if kind else _acronym_number(report, key)


def _acronym_number(report: ParsedReport, key: str) -> int | None:
    """The number the lead gives the meeting of the body keyed ``key`` by its acronym before the noun (``The
    twelfth XG-Y meeting was hosted by ...``): its catalogue acronym, else the acronym in brackets of a header line
    that the key is made from."""
    entry = gazetteer_bodies().get(key)
    written = [entry.acronym] if entry is not None and entry.acronym else []
    lines = header_lines(report)[:_TITLE_WITHIN]
    written += [a for line in lines for a in BRACKET_ACRONYM.findall(line) if slug(a) == key and entry is None]
    return next((n for a in dict.fromkeys(written) if (n := lead_ordinal(report, f"{a} meeting")) is not None), None)


def _named(text: str, names: tuple[BodyName, ...], year: int | None = None) -> tuple[str, int | None, Any] | None:
    """``(key, number, dateline)`` of a meeting a line names in full, outside the catalogue
    (``Second Meeting of the Preparatory Committee (PrepCom-2)``: the body's second meeting)."""
    heading = _heading(text, year)
    if heading is None or any(span == (0, len(heading.name)) for _, span in find_body_names(heading.name, names)):
        return None
    owner = _meeting_of(heading.name, names)
    if owner is not None:  # "THIRD MEETING OF COMMITTEE 3": the committee's third meeting
        keyed = slug(heading.acronym) if heading.acronym and owner == slug(_owner().sub("", heading.name)) else owner
        return keyed, heading.number, heading.line
    if heading.acronym is not None:
        acronym = session_stem(heading.name + " ", heading.acronym)
        number = int(heading.acronym[len(acronym) + 1 :]) if acronym != heading.acronym else heading.number
        return slug(acronym), number, heading.line
    return slug(_owner(modified=False).sub("", heading.name)), heading.number, heading.line  # the body that met


@cache
def _owner(modified: bool = True) -> re.Pattern[str]:
    """The words before the body in ``Meeting of the X``; ``modified``: maybe after a modifier of the meeting
    (``Virtual meeting of the X``, ``Extraordinary session of the X``: ``event_modifiers.csv``), for a body
    :func:`_meeting_of` knows (``Regional Meeting of Telecommunication Regulators of X`` is a meeting's name)."""
    modifiers = alternation(sorted(event_modifiers()), spaces=True) if modified else None
    opening = rf"(?:(?i:{modifiers})\s+)?" if modifiers else ""
    return re.compile(rf"^{opening}(?i:meeting|session)\s+(?i:of)\s+(?:(?i:the)\s+)?")


def _meeting_of(name: str, names: tuple[BodyName, ...]) -> str | None:
    """The key of the body a name ``Meeting of X`` names: a numbered committee (``Committee 3``),
    a catalogue body that is all of ``X``, else a name headed by a body noun (``STANDING COMMITTEE
    ON X``)."""
    m = _owner().match(name)
    if m is None:
        return None
    rest = name[m.end() :]
    found = committee(rest)
    # "COMMITTEE 5", "Committee 5 (Policy and Legal Matters)": the committee, its title in brackets after it
    if found is not None and slug(re.sub(r"\s*\([^()]*\)$", "", rest.strip())) == found.key:
        return found.key
    # a catalogue body as written (an acronym: ``MEETING OF TDAG``) or its name in capitals, maybe with its
    # title in brackets after it (``MEETING OF STUDY GROUP 5 (TERRESTRIAL SERVICES)``)
    untitled = re.sub(r"\s*\([^()]*\)$", "", rest.strip())
    known = [
        key
        for form in dict.fromkeys((rest, title_cased(rest), untitled, title_cased(untitled)))
        for key, span in find_body_names(form, names)
        if span == (0, len(form))
    ]
    return known[0] if known else (slug(rest) if _body_named(rest) else None)


def _number(kind: re.Match[str]) -> int | None:
    """The number of a line of the kind: its ordinal (``Seventh meeting``) or the number after
    the noun (``Meeting No. 7``, ``Meeting XII``)."""
    written = kind.group("num") or kind.group("after")
    return number_value(re.sub(r"/\d{4}$", "", written)) if written else None


def _kind_only(
    lines: list[tuple[int | None, str]], i: int, names: tuple[BodyName, ...], year: int | None = None
) -> tuple[str, int | None, Any] | None:
    """``(key, number, dateline)`` of a line of the kind only (maybe after a record's words:
    ``HIGHLIGHTS OF THE SECOND MEETING``), of what the line above names."""
    # "X Working Group on Y" / "(XWG-Y) – 4th meeting, Lima, 3 May 2031": the acronym closes the name above
    closing = _ACRONYM_OPENING.match(lines[i][1].strip())
    text = lines[i][1].strip()[closing.end() :] if closing else lines[i][1].strip()
    # "Summary of the meeting held on Friday, 3 May 2031", "Meeting held in Lima, 3-4 May 2031": the kind, its dateline
    m = _kind_line().match(_HELD_OR_OF.sub(", ", _RECORD.sub("", text, count=1), count=1))
    if m is None or i == 0 or any(w.casefold() in meeting_words("other") for w in m.group("kind").split()):
        return None  # "Outcome of the previous EGTI meeting": another meeting
    rest = m.group("rest")
    on_line = _rest_dateline(rest, year) if rest else None
    # "X GROUP (XG)" / "Khartoum, 30 November 2031" / "Report of the 12th meeting": the name over the dateline
    i = i - 1 if closing is None and i >= 2 and dateline(lines[i - 1][1], year) is not None else i
    line_above = lines[i - 1][1].strip() + (f" ({closing.group('acr')})" if closing else "")
    # "WSIS Forum 2031 | Action Line C3: X" / "Facilitation meeting": the action line's, not the host session's
    body, subject = _subject(_without_host(line_above), names)
    if body is None and i >= 2:  # a name broken over two lines: "Council Working Group on X" / "and Y (CWG-XY)"
        body = _subject(f"{lines[i - 2][1].strip()} {lines[i - 1][1].strip()}", names)[0]
    number = _number(m)
    if (
        body is None and number is not None
    ):  # "X FORUM (XF)" / "Ninth edition – Lima, 3-5 May 2031": the named meeting's
        above = _named(lines[i - 1][1], names, year)
        body = above[0] if above is not None and above[1] is None and above[2] is None else None
    if body is not None:
        return body, number, on_line
    # "STANDING COMMITTEE ON X" / "OF THE THIRD MEETING"; unnumbered when the line dates it ("Rapporteur group
    # on X" / "Report of the meeting, Geneva, 20 January 2032")
    if (number is not None or on_line is not None) and _body_named(subject):
        return slug(subject), number, on_line
    # "X Regional Group for Y (XRG-Y)" / "Report of the virtual meeting, 10-11 May 2031": keyed by its acronym
    outside = _body_line(line_above, names) if number is not None or on_line is not None else None
    if outside is not None:
        return outside, number, on_line
    name = _own_kind(m.group("kind"), subject)
    return (slug(name), number, on_line) if name else None


#: an acronym in brackets opening a line, then a dash, a comma or a colon (``(XWG-Y) – Fourth meeting``): the acronym
#: of the name on the line above
_ACRONYM_OPENING = re.compile(rf"^\((?P<acr>{BRACKET_ACRONYM.pattern})\)\s*(?:{DASH}|[,:])\s*(?=\w)")


#: hours in brackets closing a dateline (``8 April 2019 (09:00-12:30)``)
_HOURS = re.compile(rf"\s*\(\s*\d{{1,2}}[:.h]\d{{2}}\s*(?:{DASH}\s*\d{{1,2}}[:.h]\d{{2}}\s*)?\)\s*$")


def _rest_dateline(rest: str, year: int | None = None) -> Any:
    """The dateline after a line's kind (``Working-level meeting, ITU Headquarters, Geneva, 8 April
    2019 (09:00-12:30)``), hours in brackets after it dropped."""
    found = dateline(rest, year) or dateline(_HOURS.sub("", rest), year)
    if found is None and "(" in rest:  # a mode or a venue in brackets: "Geneva (hybrid), 14-15 May 2031"
        found = dateline(re.sub(r"\s*\([^()]{1,40}\)", "", rest), year)
    if found is None:  # header fields run into the line after it: "Geneva, 2-4 May 2031 Document X-10/18-E ..."
        days = [d for d in find_dates(rest, year) if d.precision == "day"]
        found = dateline(rest[: days[0].span[1]], year) if days else None
    return found


#: how many header lines under a title of the kind only may name the body
_BODY_WITHIN = 6


def _title_kind(
    lines: list[tuple[int | None, str]], names: tuple[BodyName, ...], year: int | None = None
) -> tuple[str, int | None, Any] | None:
    """``(key, number, dateline)`` of a title of the kind only, numbered and dated on its line (``Report on the
    fifteenth session (21-25 May 2031)``), of the catalogue body a header line under it names (a line that is
    only its name: ``Commission on X``). A record's title of the kind only (``Minutes of the 12th meeting``,
    ``Report of the meeting held in Lima, 3 May 2031``, ``Summary record of the 9th Annual General Meeting``)
    is also the meeting of a body outside the catalogue a header line under it names whole (``X Regional Group
    for Y (XRG-Y)``, ``ASSOCIATION OF X (AX)``: :func:`_body_line`), dated on its line or under it."""
    if not lines or lines[0][0] is not None:
        return None
    title = lines[0][1].strip()
    text = _RECORD.sub("", title, count=1)
    opening = _RECORD.match(title)  # always matches (every part optional)
    recorded = opening is not None and opening.group(0).strip().lower() not in ("", "the")  # "Minutes of the ..."
    text = _HELD_OR_OF.sub(", ", text, count=1) if recorded else text  # "meeting held in Lima, 3 May 2031"
    bracketed = _BRACKETED.match(text)
    m = _kind_line().match(bracketed.group("name") if bracketed else text)
    if m is None:
        return None
    recorded = recorded or m.group("rec") is not None  # "Meeting report — Abidjan, 5 to 7 March 2031"
    # the dateline in brackets (``(21-25 May 2031)``), else after the kind (``..., e-meeting, 3-5 May 2031 (X-O-12)``)
    rests = (bracketed.group("rest") if bracketed else None, m.group("rest"))
    on_line = next((found for rest in rests if rest and (found := _rest_dateline(rest, year))), None)
    under = [line.strip() for _, line in lines[1 : 1 + _BODY_WITHIN]]
    keys = [key for line in under if (key := _subject(line, names)[0])]
    if keys and _number(m) and on_line:
        return most_specific(keys), _number(m), on_line
    # a line under it names the meeting: "REPORT OF THE FORUM" over "6th X Forum (XF-06)"; a numbered sitting over
    # its session, "SUMMARY RECORD OF THE THIRD PLENARY MEETING" over "Second meeting of the X (X-2)"
    named = (lambda line: _heading(line, year) is not None) if _number(m) is None else _ORDINAL_OPENING_MEETING.match
    if not recorded or any(named(line) for line in under) or _group_kind(m.group("kind")):
        return None
    outside = most_specific(keys) if keys else next((key for line in under if (key := _body_line(line, names))), None)
    # "Report of the eighth facilitation meeting" over "WSIS ACTION LINE C3 — X": a meeting of a kind of its own
    own = _own_kind(m.group("kind"), _subject(under[0], names)[1]) if under and not outside else None
    outside = outside or (slug(own) if own and _own_kind_word(m.group("kind")) else None)
    return (outside, _number(m), on_line) if outside else None


def _own_kind_word(kind: str) -> bool:
    """Whether a kind's words name a meeting of a kind of its own (``facilitation meeting``: ``meeting_words.csv``,
    role ``own-kind``)."""
    return any(w.casefold() in {k.casefold() for k in meeting_words("own-kind")} for w in kind.split()[:-1])


def _group_kind(kind: str) -> bool:
    """Whether a kind's words before its noun name a group (``Rapporteur Group meeting``: the group met, not the
    body a line under it names), not a kind (``Annual General Meeting``, ``virtual meeting``)."""
    words = kind.split()[:-1]
    head = head_of(" ".join(w[:1].upper() + w[1:] for w in words)) if words else None
    return head is not None and head[2] == "body"


#: a line that opens with a numbered meeting or session (``Second meeting of the X (X-2)``): it names the meeting
_ORDINAL_OPENING_MEETING = re.compile(rf"(?i:{ordinal_regex()})\s+(?i:meeting|session)\b")
#: what joins a record's meeting to its dateline in a title (``meeting held in Lima, 3 May``, ``meeting of 3 May``)
_HELD_OR_OF = re.compile(r"\s+(?:(?i:held)\s+(?:(?i:in|at)\s+(?=[A-Z])|(?i:on)\s+)|(?i:of)\s+(?=\d))")


def _body_line(line: str, names: tuple[BodyName, ...]) -> str | None:
    """The key of the body outside the catalogue a header line names whole: a name headed by a body noun
    with its acronym in brackets (``X Correspondence Group on Y (XCG-Y)``: keyed by the acronym), or one in
    capitals (``STANDING COMMITTEE ON X``, :func:`.meeting_header.line_body`) or in title case, keyed by its name
    (``Joint Coordination Activity on X``); not a kind's name alone."""
    found = line_body(line, names, catalogue=False)
    if found is not None:
        return found.key
    m = _DEFINED_NAME.fullmatch(line) or _TITLE_CASED_NAME.fullmatch(line.strip())
    if m is None or _catalogue_whole(m.group("name"), names) or generic_name(m.group("name")):
        return None
    acronym = m.groupdict().get("acr")
    words = m.group("name").split()
    # its head noun, or, with its acronym, the head that a topic follows without a preposition ("Intersector
    # Rapporteur Group Audiovisual Media Accessibility (IRG-AVA)")
    heads = [head_of(" ".join(words[:n])) for n in range(len(words), 1 if acronym else len(words) - 1, -1)]
    head = next((h for h in heads if h is not None), None)
    return slug(acronym or m.group("name")) if head is not None and head[2] == "body" else None


#: a name and its acronym in brackets, the whole line
_DEFINED_NAME = re.compile(rf"(?P<name>[A-Z][^()]{{3,120}}?)\s*\((?P<acr>{BRACKET_ACRONYM.pattern})\)")
#: a name in title case, the whole line (``Joint Coordination Activity on Accessibility and Human Factors``)
_TITLE_CASED_NAME = re.compile(
    rf"(?!.*\d)(?P<name>[A-Z][\w’'&\-]+(?:\s+(?:{line_joiner_alternation()}|[A-Z][\w’'&\-]*)){{2,14}})"
)


def most_specific(keys: list[str]) -> str:
    """The first of ``keys`` (catalogue bodies header lines name in turn), or a body under it that a later line
    names (``Economic and Social Council`` / ``Commission on X``: the commission met, not its parent; the
    catalogue's ``parent``)."""
    chosen = keys[0]
    for key in keys[1:]:
        if _is_under(key, chosen):
            chosen = key
    return chosen


def _is_under(key: str, parent: str) -> bool:
    """Whether the catalogue body ``key`` is under ``parent`` (its parent, or its parent's, ...)."""
    catalogue, seen = gazetteer_bodies(), set()
    while (key in catalogue or study_group_sector(key)) and key not in seen:
        seen.add(key)
        # a study group's parent is its Sector
        key = (catalogue[key].parent if key in catalogue else study_group_sector(key)) or ""
        if key == parent:
            return True
    return False


def _body_named(line: str) -> bool:
    """Whether a header line is only a body's name outside the catalogue, headed by a body noun
    (``STANDING COMMITTEE ON ADMINISTRATION``; head nouns of ``body-heads.csv``). Its topic may name a
    numbered event or a year (``Working Group on Preparations for WRC-31 and RA-31``, ``Task Force for the 2030
    Plenipotentiary Conference``); no other number (``Committee 5``, a dateline)."""
    words = name_words(line)
    head = head_of(" ".join(words)) if 1 < len(words) <= 12 and line[:1].isupper() else None
    return head is not None and head[2] == "body" and not re.search(r"[\d.,:;]", _TOPIC_NUMBERS.sub("", line))


#: a numbered event (``WRC-31``, ``PP30``, ``WSIS+20``) or a year in a body's topic (:func:`_body_named`)
_TOPIC_NUMBERS = re.compile(r"(?<![\w\-])(?:[A-Z][A-Za-z]*[\-+]?\d{2}|(?:19|20)\d\d)(?![\w\-./])")


def _body_then_kind(
    text: str, names: tuple[BodyName, ...], year: int | None = None
) -> tuple[str, int | None, Any] | None:
    """``(key, number, dateline)`` of a line that names a catalogue body, then the kind of its
    meeting (``Telecommunication Development Advisory Group (TDAG) Thirty-second meeting``,
    ``UNGIS Annual Meeting, Paris, 3 May 2031``)."""
    plain = _RECORD.sub("", text.strip(), count=1)  # "Report of the X Group (XG) – Fourth meeting": the group's
    for line in dict.fromkeys((text, title_cased(text), plain, title_cased(plain))):
        for key, (start, end) in find_body_names(line, names):
            # "TSAG - 12th meeting": a dash between the body and its meeting's kind
            rest = _BRACKET_OR_DASH_OPENING.sub("", line[end:]).strip(" ,:")
            m = _kind_line().match(rest) if start == 0 and rest else None
            if m is not None:
                # "..., Geneva, 21-23 June 2031 - Report (TDAG31-15/29)": the record's name and symbol after it
                on_line = _rest_dateline(m.group("rest"), year) if m.group("rest") else None
                return key, _number(m), on_line
    return None


def _own_kind(kind: str, subject: str) -> str | None:
    """The name of a meeting of a kind of its own (``Facilitation Meeting``; not only an
    ``Annual`` or ``Virtual meeting``, ``event_modifiers.csv``) of what a heading line names
    (``WSIS ACTION LINE C3``; not a document's symbol, a date or a sentence)."""
    modifiers = [w for w in kind.split()[:-1] if not is_modifier(w)]
    if not modifiers or not subject or subject.endswith(".") or re.search(r"/|\b\d+\b", subject):
        return None
    return f"{subject} {kind}"


def heading_body(report: ParsedReport, names: tuple[BodyName, ...], key: str) -> Body | None:
    """The body keyed ``key`` that a heading names as a meeting of its own (its name as written)."""
    texts = header_lines(report)
    for i, text in enumerate(texts):
        heading = _heading(text)
        if heading is not None and heading.acronym is None and slug(heading.name) == key:
            return Body(key, _as_written_in_prose(report, heading.name))
        owner = _owner().sub("", heading.name) if heading is not None else ""
        if owner and slug(owner) == key and _body_named(owner):  # "THIRD MEETING OF THE STANDING COMMITTEE ON X"
            return Body(key, _as_written_in_prose(report, owner))
        kind = _kind_line().match(_HELD_OR_OF.sub(", ", _RECORD.sub("", text.strip(), count=1), count=1))
        # "Report of the ninth facilitation meeting" over "WSIS ACTION LINE C7 — X" (:func:`_title_kind`)
        first = kind is not None and i == 0 and len(texts) > 1
        below = _own_kind(kind.group("kind"), _subject(texts[1].strip(), names)[1]) if kind and first else None
        if below and slug(below) == key:
            return Body(key, below)
        if kind is not None and i > 0:
            body, subject = _subject(_without_host(texts[i - 1].strip()), names)
            name = None if body else _own_kind(kind.group("kind"), subject)
            if name and slug(name) == key:
                return Body(key, name)
            if body is None and _body_named(subject) and slug(subject) == key:  # "STANDING COMMITTEE ON X"
                return Body(key, _as_written_in_prose(report, subject))
    return None


def heading_acronym_body(report: ParsedReport, key: str) -> Body | None:
    """The body keyed ``key`` that a header line names with its acronym in brackets (``WEST AFRICA X FORUM
    (WAXF)`` over ``Ninth edition – Abuja, 27–29 July 2031``), named as written."""
    for text in header_lines(report):
        heading = _heading(text)
        if heading is not None and heading.acronym is not None and slug(heading.acronym) == key:
            return Body(key, _as_written_in_prose(report, heading.name), heading.acronym)
    return None


def _as_written_in_prose(report: ParsedReport, name: str) -> str:
    """A name a heading gives in capitals as the report's prose writes it (``REGIONAL REVIEW OF X``:
    ``Regional Review of X``), else as the heading does."""
    if not name.isupper():
        return name
    pattern = re.compile(r"\s+".join(map(re.escape, name.split())), re.IGNORECASE)
    for p in report.paragraphs:
        m = pattern.search(p.text)
        if m is not None and not m.group(0).isupper():
            return m.group(0)
    return name


#: a name (its acronyms in brackets inside it: ``Regional Preparatory Meeting for Africa (RPM-AFR) for
#: the World ... Conference 2031 (WTDC-31)``)
_NAME_WITH_ACRONYMS = r"(?P<name>[A-Z][^,;:()]{3,150}?(?:\s*\([^()]{1,30}\)[^,;:()]{0,120}?)*)"


@cache
def organiser_prefix() -> str:
    """An organiser joined by a hyphen to a participle before a meeting's name (``ITU-coordinated``,
    ``UNESCO-hosted``: an acronym of two capitals or more; participles in ``meeting_words.csv``, role
    ``organised-by``) and the space after it: no word of the name of the body that met (decision 3)."""
    words = alternation(meeting_words("organised-by"), spaces=True)
    return rf"(?:[A-Z][A-Za-z0-9&/.]*[A-Z][A-Za-z0-9&/.]*-(?i:{words})\s+)"


@cache
def _held_name() -> re.Pattern[str]:
    """A sentence that opens with a name and says it was held (``The Sub-regional Workshop on X was held in
    Douala from 6 to 8 October 2030``, ``The X Forum took place in Suva on 3 and 4 March``), an organiser
    before it left out (``The UNDP-hosted X Dialogue took place ...``: :func:`organiser_prefix`)."""
    return re.compile(
        rf"^(?:The\s+)?{organiser_prefix()}?(?:(?P<ord>(?i:{ordinal_regex()}))\s+)?{_NAME_WITH_ACRONYMS}\s+"
        r"(?:\((?P<acr>[^()]{1,30})\)\s+)?"
        r"(?:(?:was|were)\s+(?:\w+\s+){0,2}?(?:held|convened|organi[sz]ed|hosted)|took\s+place)\b"
    )


@cache
def _held_name_participle() -> re.Pattern[str]:
    """A sentence whose subject is a name a participle says was held, between commas, maybe after an
    opening clause (``Following the election of its officers, the X Meeting (X-1), held in Bali from 2
    to 4 May 2031, adopted its agenda``), or whose subject is who took part in it (``The participants in the X
    Meeting on Y, held in Cairo on 3 and 4 May 2031, recommended``, ``Delegates at the X Forum, held ...``); an
    organiser before the name left out (:func:`organiser_prefix`)."""
    return re.compile(
        rf"^(?:[A-Z][^,;:()]{{0,80}},\s+)?(?:(?:[Tt]he\s+)?(?i:participants|delegates|experts|attendees)\s+(?:in|at|of|to)\s+)?"
        rf"(?:[Tt]he\s+)?{organiser_prefix()}?{_NAME_WITH_ACRONYMS},\s+held\b"
    )


#: the next sentence, about the same meeting
_IT_HELD = re.compile(r"^(?:It|The\s+meeting)\s+(?:was\s+(?:\w+\s+)?(?:held|convened)|took\s+place)\b")
#: the acronym in brackets right after the first words of a name (``... for Africa (RPM-AFR) for ...``)
_FIRST_ACRONYM = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<acronym>[^()\s]{2,30})\)")


def lead_named_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """A meeting outside the catalogue that a lead sentence opens with and says was held (or that a
    participle after it says was held), dated in that sentence or the next (``... was convened by BDT.
    It was held in Bridgetown on 14 and 15 November``): its own body, keyed by the acronym in brackets
    after its first words, else by its name."""
    year = header_year(report)
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        sentences = [p.text[a:b].strip() for a, b in sentence_spans(p.text)]
        for i, sentence in enumerate(sentences):
            m = _held_name().match(sentence) or _held_name_participle().match(sentence)
            head = m.group("name").split("(")[0].strip() if m else ""
            if m is None or not _headed(head) or _catalogue_whole(head, names):
                continue
            after = [sentence[m.end() :]] + [s for s in sentences[i + 1 : i + 2] if _IT_HELD.match(s)]
            days = _own_days(after, year) or _front_dated(report, after, year)
            if days:
                key = _lead_named_key(m.group("name"), names, m.groupdict().get("acr"))
                number = number_value(m.group("ord")) if m.groupdict().get("ord") else None
                return Meeting(key, number, start=days[0].start, end=days[0].end, paragraphs=(p.order,))
    return None


def _catalogue_whole(name: str, names: tuple[BodyName, ...]) -> bool:
    """Whether ``name`` is a catalogue body's whole (``the Internet Governance Forum``: the statement's), not a
    name of its own that holds one (``Nepal Internet Governance Forum``, a national forum)."""
    return any(span == (0, len(name)) for _, span in find_body_names(name, names))


def _own_days(texts: list[str], year: int | None) -> list[Any]:
    """The days ``texts`` (what a lead sentence says after a meeting's name) give it: up to another
    event they bring in (``... was held on 3 May during the X Forum (1-5 May)``: not the forum's,
    :func:`.meeting.own_dates_end`); ``on 14/05/2031 and 15/05/2031``: two days."""
    return [d for text in texts for d in day_dates(text[: own_dates_end(text, 0, len(text))], year)]


def _front_dated(report: ParsedReport, texts: list[str], year: int | None) -> list[Any]:
    """The days of the front's first dateline, for a meeting a lead sentence does not date or dates
    only by the event that hosts it (``was held during the X Forum 2031 (12-16 June 2031)`` under
    ``Wednesday, 14 June 2031, 11:00-12:45, Room K``; ``The second X Summit was organized by ITU ...``
    under ``Geneva, 15-17 May 2031``)."""
    lines = front_datelines(list(report.paragraphs[:LEAD_PARAGRAPHS]), year, None)
    return [lines[0][1][0]] if lines else []


def _lead_named_key(name: str, names: tuple[BodyName, ...], acronym: str | None = None) -> str:
    """The key of a meeting a lead sentence names: the acronym in brackets after its first words
    (a session's number after a hyphen dropped), else the acronym in brackets after the whole name (a
    meeting that defines its acronym is keyed by it), else the body of ``Meeting of the X`` (:func:`_meeting_of`:
    ``The Fifth Meeting of the X Alliance was held ...``, the alliance's), else its name without an ordinal
    before it."""
    defined = _FIRST_ACRONYM.match(name)
    if defined is not None:
        return slug(session_stem(defined.group("head") + " ", defined.group("acronym")))
    if acronym and re.fullmatch(r"[A-Z][A-Za-z0-9&/\-]*[A-Z0-9]", acronym):
        return slug(session_stem(name + " ", acronym))
    return _meeting_of(name, names) or slug(_ORDINAL_OPENING.sub("", name))

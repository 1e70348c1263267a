"""Find the meeting a report is about: body, number, dates, mode, place, attendance.

:func:`find_meeting` looks at the report title, then the first paragraphs, for
``the 41st meeting of the Council Working Group on WSIS&SDG`` /
``The Council Working Group on Languages (CWG-LANG) held its 12th meeting`` /
``the 41st CWG-WSIS&SDG meeting``. The body is resolved through the bodies gazetteer
(names, acronyms, aliases; glued or broken hyphens and ``&`` tolerated); a body the
gazetteer does not know gets the slug of its name as key. Chair and vice-chairs are
left empty (the persons extractor fills them).

Re-exported here for the other fact extractors of this package: the gazetteer lookup of
:mod:`.body_names` (:class:`BodyName`, :func:`find_body_names` ...), the ordinals of
:mod:`.ordinals` (:func:`ordinal_regex`, :func:`number_value` ...), :func:`slug` (from ``keys``).
Vocabulary (modes, attendance qualifiers, attendee nouns) is in ``ingest/data/meeting_words.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any

from wsiskg.ingest.extract.body_names import (
    BodyIndex,
    BodyName,
    as_body_names,
    body_index,
    find_body_names,
    load_body_names,
    squash,
    surface_regex,
)
from wsiskg.ingest.extract.dates import DateSpan, find_dates, month_numbers
from wsiskg.ingest.extract.genre import header_lines
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.ordinals import cardinal_regex, has_ordinal, number_value, ordinal_regex
from wsiskg.ingest.records import Meeting, Paragraph, ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, alternation, clause_spans, sentence_spans, span_at

#: how many leading paragraphs may state the meeting (after the title)
LEAD_PARAGRAPHS = 12


# -------------------------------------------------------------------------- meeting
@cache
def meeting_words(role: str) -> dict[str, str]:
    return {r["word"]: r["value"] for r in data_rows("meeting_words.csv") if r["role"] == role}


def _alt(words: Iterable[str]) -> str:
    return alternation(words, spaces=True)


_UNKNOWN_NAME = r"[A-Z][\w&/’'\-]*(?:\s+(?:on|of|for|and|the|to|&|[A-Z][\w&/’'\-]*))*"


@dataclass(frozen=True)
class _Hit:
    body: str
    number: int | None
    span: tuple[int, int]
    several: bool = False  # "the fifth and sixth meetings of ...": the number is the last one's


def _meeting_hits(text: str, bodies: tuple[BodyName, ...], unnumbered: bool = False) -> list[_Hit]:
    """Every statement of a numbered meeting of a body in ``text``.

    ``<ordinal> <series word> meeting`` (``second physical meeting``, ``third extraordinary
    meeting``; series words in ``meeting_words.csv``, role ``series``) counts meetings of one
    kind only: the hit has no number. With ``unnumbered=True`` meetings named without any
    ordinal are hits too (``the UNGIS meeting``, ``annual meeting of the Partnership on ...``,
    ``Rapporteur Group meeting for Question 1/1`` -> body ``rapporteur-group-question-1-1``).
    """
    index = body_index(bodies)
    forms = _compiled_forms(index.pattern.pattern, has_ordinal(text), unnumbered)
    hits: list[_Hit] = []
    for form, numbered in forms:
        for m in form.finditer(text):
            if any(m.start() < h.span[1] and h.span[0] < m.end() for h in hits):  # an earlier form's hit wins
                continue
            key = _hit_body(m, bodies, index)
            if not key:
                continue
            number = number_value(m.group("num")) if numbered else None
            hits.append(_Hit(key, number, m.span(), several=bool(m.groupdict().get("more"))))
    return sorted(hits, key=lambda h: h.span)


@cache
def _session_form(body: str) -> re.Pattern[str]:
    """``the fifth session of the Expert Group on X (EGX)``: a numbered session of a body."""
    return re.compile(
        rf"(?P<num>{ordinal_regex()})\s+[Ss]ession\s+of\s+(?:the\s+)?"
        rf"(?:(?P<body>{body})|(?P<name>{_UNKNOWN_NAME})(?:\s*\((?P<acr>[^)]{{1,40}})\))?)"
    )


def _session_hits(text: str, bodies: tuple[BodyName, ...]) -> list[_Hit]:
    """A numbered session of a body named in a title or a header line (``Report of the fifth session
    of the Expert Group on X``): the body's meeting of that number. Only there: in prose, ``the first
    session of the Conference Preparatory Meeting`` is mostly another meeting."""
    index = body_index(bodies)
    hits = []
    for m in _session_form(index.pattern.pattern).finditer(text):
        key, number = _hit_body(m, bodies, index), number_value(m.group("num"))
        if key and number:
            hits.append(_Hit(key, number, m.span()))
    return hits


@cache
def _continued() -> re.Pattern[str]:
    """A capitalised word right after a catalogue name, not a meeting word (``UNGIS Annual
    Meeting``): the name is part of a longer one (``Council Working Group on X``)."""
    words = [*meeting_words("series"), *meeting_words("occasion"), "meeting"]
    return re.compile(rf"\s+(?:on\s+|of\s+|for\s+)?(?!(?i:{_alt(words)})\b)[A-Z][a-z]")


#: a number or a number and a letter right after a name (``Working Party 5D``): part of the name
_DESIGNATOR = re.compile(r"\s+\d{1,3}[A-Z]?(?![\w/.-])")


def _hit_body(m: re.Match[str], bodies: tuple[BodyName, ...], index: BodyIndex) -> str | None:
    """The body key of a meeting statement: a catalogue body; else the acronym defined after an
    unknown name (``Preparatory Committee (PrepCom-3)``), found in the catalogue or keyed like a
    defined acronym (``bodies.find_defined``); else the unknown name's key; a rapporteur group
    by :func:`rapporteur_group_key`."""
    groups = m.groupdict()
    if groups.get("body"):
        if _continued().match(m.string, m.end("body")):  # "the Council Working Group on X": a longer name
            return None
        return index.keys.get(squash(m.group("body")))
    if groups.get("rq"):
        return rapporteur_group_key(int(m.group("rq")), int(m.group("rsg")), index)
    if _DESIGNATOR.match(m.string, m.end("name")):  # "Working Parties 6A and 6C": the name goes on
        return None
    written = (groups.get("acr") or "").strip()
    acronym = session_stem(m.string[: m.end("name")] + " ", written)  # "(PrepCom-2)": PrepCom's
    key = _unknown_body_key(m.group("name"), bodies)
    if key and _ACRONYM.fullmatch(written):
        key = index.keys.get(squash(acronym)) if key not in index.names else key
        key = key or slug(acronym)
    return key


@cache
def _rapporteur_forms() -> tuple[str, ...]:
    """Regexes of a rapporteur group's meeting with its Question's number (``rq``) and study group
    (``rsg``); group nouns in ``meeting_words.csv``, role ``rapporteur``."""
    group = rf"(?i:{_alt(meeting_words('rapporteur'))})"
    question = r"(?i:Questions?)\s+(?P<rq>\d{1,2})/(?P<rsg>\d{1,2})(?![\d/])"
    return (
        rf"{group}\s+(?:(?i:meeting)\s+)?(?:(?i:for|of|on)\s+)?(?:ITU-[TDR]\s+)?{question}",
        rf"{question}\s+(?:\w+\s+)?{group}\s+meeting\b",
    )


def rapporteur_group_key(question: int, study_group: int, index: BodyIndex) -> str:
    """The body whose meeting a rapporteur group's is: in a sector whose groups are their Questions
    (``meeting_words.csv``, role ``question-group-sector``: ITU-T's ``Q4/17``) that Question, when
    the report's study groups know it; else the Rapporteur Group for that Question
    (``rapporteur-group-question-3-1``, see :func:`rapporteur_group`)."""
    for sector in meeting_words("question-group-sector"):
        key = f"{sector}-q{question}-{study_group}"
        if key in index.names:
            return key
    noun = next(iter(meeting_words("rapporteur")))
    return f"{slug(noun)}-question-{question}-{study_group}"


def rapporteur_group(key: str) -> tuple[str, str] | None:
    """``(name, acronym)`` of a Rapporteur Group keyed by :func:`rapporteur_group_key`
    (``rapporteur-group-question-3-1`` -> ``Rapporteur Group for Question 3/1``, ``RGQ3/1``)."""
    (noun, prefix), *_ = meeting_words("rapporteur").items()
    m = re.fullmatch(rf"{slug(noun)}-question-(\d+)-(\d+)", key)
    if m is None:
        return None
    number = f"{m.group(1)}/{m.group(2)}"
    return f"{noun} for Question {number}", f"{prefix}{number}"


@cache
def _compiled_forms(body: str, ordinal: bool, unnumbered: bool) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """:func:`_meeting_forms`, compiled once."""
    return tuple((re.compile(form), numbered) for form, numbered in _meeting_forms(body, ordinal, unnumbered))


def _several_form(body: str, ordinal: str) -> str:
    """``the fifth and sixth meetings of X`` (``more``: the ordinals before the last one, ``num``)."""
    return (
        rf"(?P<more>{ordinal}(?:\s*,\s*{ordinal})*\s+(?:and|&)\s+)(?P<num>{ordinal})\s+[Mm]eetings\s+of\s+(?:the\s+)?"
        rf"(?:(?P<body>{body})|(?P<name>{_UNKNOWN_NAME})(?:\s*\((?P<acr>[^)]{{1,40}})\))?)"
    )


def _meeting_forms(body: str, with_ordinal: bool, unnumbered: bool) -> list[tuple[str, bool]]:
    """The regexes of :func:`_meeting_hits` (``body``: the catalogue alternation; the numbered
    forms only ``with_ordinal``, for a text with an ordinal), each with whether it gives the
    meeting's number."""
    series = _alt(meeting_words("series"))
    numbered = _numbered_forms(body, ordinal_regex(), series) if with_ordinal else []
    return numbered + (_unnumbered_forms(body, series) if unnumbered else [])


def _numbered_forms(body: str, ordinal: str, series: str) -> list[tuple[str, bool]]:
    """``the 5th meeting of X``, ``X held its 5th meeting``, ``the second physical meeting of X``
    (no number: it counts meetings of one kind), ``the 5th X meeting`` ..."""
    return [
        (_several_form(body, ordinal), True),
        (rf"(?P<num>{ordinal})\s+(?:[Mm]eeting\s+of\s+(?:the\s+)?|MEETING\s+OF\s+(?:THE\s+)?)(?P<body>{body})", True),
        (
            rf"(?P<body>{body})(?:\s*\([^)]{{1,40}}\))?\s+(?:held|convened|holds)\s+its\s+(?P<num>{ordinal})\s+[Mm]eeting",
            True,
        ),
        (
            rf"(?P<num>{ordinal})\s+(?i:{series})\s+[Mm]eeting\s+of\s+(?:the\s+)?(?:(?P<body>{body})|(?P<name>{_UNKNOWN_NAME}))",
            False,
        ),
        (
            rf"(?:(?P<body>{body})|(?P<name>{_UNKNOWN_NAME}))\s+(?P<num>{ordinal})\s+(?i:{series})\s+[Mm]eeting\b",
            False,
        ),
        (rf"(?P<num>{ordinal})\s+(?:\w+\s+)?(?P<body>{body})\s+(?:[Mm]eeting|MEETING)", True),
        (
            rf"(?P<num>{ordinal})\s+[Mm]eeting\s+of\s+(?:the\s+)?(?P<name>{_UNKNOWN_NAME})(?:\s*\((?P<acr>[^)]{{1,40}})\))?",
            True,
        ),
        (
            rf"(?P<name>{_UNKNOWN_NAME})(?:\s*\((?P<acr>[^)]{{1,40}})\))?\s+(?:held|convened|holds)\s+its\s+(?P<num>{ordinal})\s+[Mm]eeting",
            True,
        ),
    ]


def _unnumbered_forms(body: str, series: str) -> list[tuple[str, bool]]:
    """Meetings named without an ordinal: a rapporteur group's, ``the UNGIS meeting``, ``X held its
    annual meeting``, ``meeting of the X``, ``X met in Nairobi``, ``annual meeting of the X``."""
    kinds = _alt(meeting_words("occasion"))
    return [
        # "Rapporteur Group meeting for Question 1/1", "Question 4/17 interim Rapporteur group meeting"
        *((form, False) for form in _rapporteur_forms()),
        (rf"(?P<body>{body})(?:\s*\([^)]{{1,40}}\))?\s+(?:(?i:{kinds}|{series})\s+)?(?i:meeting)\b", False),
        # "The Expert Group on X (EGX) held its annual meeting ..."
        (
            rf"(?P<body>{body})(?:\s*\([^)]{{1,40}}\))?\s+(?:held|convened|holds)\s+its\s+"
            rf"(?:(?i:{kinds}|{series})\s+)?[Mm]eeting\b",
            False,
        ),
        (rf"\b(?i:meeting\s+of\s+(?:the\s+)?)(?P<body>{body})(?![\w&\-])", False),
        # "The Expert Group on X (EGX) met in Nairobi on 3 June": a body that met
        (
            rf"(?P<body>{body})(?:\s*\([^)]{{1,40}}\))?\s+(?:met|convened)\s+(?=(?:in|at|on|from|virtually|online)\b)",
            False,
        ),
        (
            rf"(?P<name>{_UNKNOWN_NAME})(?:\s*\((?P<acr>[^)]{{1,40}})\))?\s+(?:met|convened)\s+(?=(?:in|at|on|from|virtually|online)\b)",
            False,
        ),
        (rf"(?i:{kinds})\s+[Mm]eeting\s+of\s+(?:the\s+)?(?P<name>{_UNKNOWN_NAME})", False),
    ]


_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&\-]*[A-Z0-9]")


def _unknown_body_key(written: str, bodies: tuple[BodyName, ...]) -> str | None:
    """The key of a body named outside the gazetteer (``Open Consultation Process``):
    a gazetteer body inside the name wins; report words (``Report of the``) and a leading
    article are not part of the name."""
    if re.search(r"\w-$", written):  # a name cut at a line-end hyphen is no name
        return None
    name = re.sub(r"(?:\s+(?:on|of|for|and|the|to|&))+$", "", written)
    name = re.sub(r"^(?:.*?\b(?:Report|Minutes|Summary|Record|Outcome)\s+(?:of|on)\s+)?(?:(?:The|the)\s+)?", "", name)
    # a gazetteer body may follow a generic word: "meeting of the ITU Council ..."
    known = find_body_names(name, bodies)
    if known and known[0][1] == (0, len(name)):
        return known[0][0]
    # a catalogue name broken by a line-end hyphen or OCR ("Indic-ators"): the same letters
    same = body_index(bodies).keys.get(squash(name))
    if same:
        return same
    if len(name.split()) < 2:
        return None
    return slug(name) or None


def meeting_mode(text: str) -> str | None:
    """The attendance mode a sentence states; a place joined to a virtual mode (``held at ITU
    headquarters in Geneva and virtually``) or an in-person and a virtual word together
    (``in person and online``) is hybrid."""
    modes = meeting_words("mode")
    found = list(re.finditer(rf"(?i)(?<![\w-])(?:{_alt(modes)})(?![\w-])", text))
    if not found:
        return None
    kinds = [modes[re.sub(r"\s+", " ", m.group(0).lower())] for m in found]
    if kinds[0] == "hybrid":
        return "hybrid"
    if "virtual" in kinds and "in-person" in kinds:
        return "hybrid"
    first = found[0]
    if kinds[0] == "virtual" and re.search(
        r"\b(?:in|at)\s+[A-Z][^.;]{0,60}?(?:\s+and|\s+as\s+well\s+as|,\s+and|\s+and\s+also)\s+$", text[: first.start()]
    ):
        return "hybrid"
    return kinds[0]


def _place(text: str) -> str | None:
    """The place after ``held/convened/took place/... in|at``: capitalised words, commas kept.

    A name followed by a venue noun (``at ITU headquarters in Geneva``; nouns in
    ``meeting_words.csv``, role ``venue``) is the building, not the place: the next one is taken.
    """
    months = set(month_numbers())
    venues = meeting_words("venue")
    word = r"[A-Z][\w’'.\-]*"
    verb = re.search(r"\b(?:held|convened|took\s+place|hosted|meeting)\b", text)
    if not verb:
        return None
    stop = re.search(r"[.;](?:\s|$)", text[verb.end() :])
    window_end = verb.end() + stop.start() if stop else len(text)
    for m in re.finditer(
        rf"\b(?:in|at)\s+(?:the\s+)?(?P<place>{word}(?:(?:\s+|,\s*)(?:{word}|de|du|of|la))*)",
        text[:window_end],
    ):
        if m.start() < verb.end():
            continue
        after = text[m.end() : m.end() + 80]
        venue = re.match(rf"(?i)\s+(?:{_alt(venues)})\b", after) if venues else None
        if venue:
            # "at ITU headquarters, Geneva, from ...": the place follows the building
            then = re.match(rf",\s*(?P<place>{word}(?:(?:\s+|,\s*)(?:{word}|de|du|of|la))*)", after[venue.end() :])
            place = _trim_place(then.group("place"), months) if then else None
            if place:
                return place
            continue
        place = _trim_place(m.group("place"), months)
        if place and place.split()[0].lower() not in venues:  # "at the Headquarters of ...": a building
            return place
    return None


def _trim_place(place: str, months: set[str]) -> str | None:
    parts = re.split(r"\s+|,\s*", place)
    kept: list[str] = []
    for part in parts:
        if part.rstrip(".") in months:
            break
        kept.append(part)
    while kept and kept[-1] in ("de", "du", "of", "la"):
        kept.pop()
    if not kept:
        return None
    # keep the original spacing / commas of the kept words
    end = 0
    for part in kept:
        end = place.index(part, end) + len(part)
    return place[:end].rstrip(".,") or None


def _attendance(text: str) -> tuple[int | None, str | None]:
    quals = meeting_words("qualifier")
    nouns = meeting_words("attendee")
    m = re.search(rf"(?i)(?:(?P<q>{_alt(quals)})\s+)?(?P<n>{cardinal_regex()})\s+(?:\w+\s+)?(?:{_alt(nouns)})\b", text)
    if not m:
        return None, None
    qualifier = quals.get(re.sub(r"\s+", " ", m.group("q").lower())) if m.group("q") else None
    return number_value(m.group("n")), qualifier


_CONSIDER = r"considered|examined|reviewed|discussed|received|had\s+before\s+it"


def _documents_considered(text: str) -> int | None:
    """``considered 12 documents``, ``had before it nine documents``, ``Twelve documents were
    considered``, ``A total of 14 contributions were received``."""
    count = (
        rf"(?:a\s+total\s+of\s+|some\s+|the\s+following\s+)?(?P<n>{cardinal_regex()})"
        r"\s+(?:\w+\s+)?(?:documents|contributions)\b"
    )
    m = re.search(rf"(?i)\b(?:{_CONSIDER})\s+{count}", text) or re.search(
        rf"(?i)(?<![\w/.\-]){count}\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:considered|examined|reviewed|discussed|received|submitted|presented|before\s+the\s+meeting)\b",
        text,
    )
    return number_value(m.group("n")) if m else None


#: a weekday before a sitting's date, and its hour after it (``at 1440 hours``, ``at 10 a.m.``)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WEEKDAY_AND_HOUR = re.compile(
    rf"^{WEEKDAY},?\s+|,?\s+(?:(?:at|from)\s+\d{{1,2}}(?:[.:h]?\d{{2}})?|\d{{1,2}}[.:h]\d{{2}})"
    rf"(?:\s*(?:hours|hrs|h\b|[ap]\.?\s?m\.?))?(?:\s|$|{DASH}).*$"
)
#: a numeric date with slashes, day first (``15/03/2021``): read as one only on a dateline of its own
_SLASHED = re.compile(r"(?<![\w/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\w/])")


@cache
def _date_label() -> re.Pattern[str]:
    """What a dateline has besides its date and place: a label (``Date:``, ``Date and time:``;
    ``meeting_words.csv``, role ``date-label``) or the meeting's mode before or after them
    (``Virtual meeting, 26-27 April 2021``, ``virtual, 24-28 May 2021``, ``12 May 2030 – Virtual
    event``)."""
    label = _alt(meeting_words("date-label"))
    mode = rf"(?:{_alt(meeting_words('mode'))})(?:\s+(?:meeting|session|event))?"
    return re.compile(rf"^\s*(?i:(?:{label})\s*:|{mode}\s*(?:[,:]|{DASH}))\s*|\s*(?:[,;]|{DASH})\s*(?i:{mode})\s*$")


def dateline(text: str, default_year: int | None = None) -> tuple[Any, str | None] | None:
    """``Geneva, 6-7 February 2024`` / ``6-7 February 2024, Geneva`` / ``Friday, 16 July 2004, at
    1440 hours`` -> (date span, place); ``default_year`` completes a date without a year
    (``Thursday 16 November, at 1430 hours``). A label (``Date: 15/03/2021``, ``Date and time:
    Wednesday, 10 April 2019, 11:00–12:45``) or a mode (``Virtual meeting, 26-27 April 2021``) is
    no place; a slashed numeric date on a dateline is read day first."""
    text = _SLASHED.sub(r"\1.\2.\3", _WEEKDAY_AND_HOUR.sub("", _date_label().sub("", text)))
    text = _OCR_NUMBER.sub(lambda m: m.group(0).translate(_OCR_DIGITS), text)
    if len(text) > 80:
        return None
    dates = _joined(text, [d for d in find_dates(text, default_year) if d.precision == "day"])
    if len(dates) != 1:
        return None
    d = dates[0]
    rest = [_balanced(_PLACE_MODE.sub("", part).strip(" ,;|–-")) for part in (text[: d.span[0]], text[d.span[1] :])]
    words = " ".join(r for r in rest if r)
    if words and not _PLACE_WORDS.fullmatch(words):
        return None
    return d, (words.rstrip(",") or None)


#: a dateline's place: capitalised words, maybe with a particle (``Sharm el-Sheikh``, ``Ras al-Khaimah``)
_PLACE_WORDS = re.compile(r"(?:(?:[A-Z][\w’'.\-]*|(?:el|al|as|ad|ar)-[A-Z][\w’'.\-]*)(?:\s+|,\s*|\s*[|()]\s*)?)+")
#: what joins the two days of a range written as two dates (``04.05.2031 – 06.05.2031``)
_RANGE_JOIN = re.compile(rf"\s*(?:{DASH}|to|until)\s*")


def _joined(text: str, dates: list[DateSpan]) -> list[DateSpan]:
    """Two single days joined by a dash or ``to`` (``29.01.2030 – 30.01.2030``) as one range."""
    if len(dates) != 2 or dates[0].end or dates[1].end or not dates[0].start < dates[1].start:
        return dates
    first, last = dates
    if not _RANGE_JOIN.fullmatch(text[first.span[1] : last.span[0]]):
        return dates
    whole = text[first.span[0] : last.span[1]]
    return [replace(first, end=last.start, text=whole, span=(first.span[0], last.span[1]))]


def _balanced(text: str) -> str:
    """``text`` without a bracket left open or closed at its ends (``(Geneva`` -> ``Geneva``)."""
    while text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].strip()
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].strip()
    return text


#: OCR letters in a number of a dateline (``2O19``, ``l7-18``): a run of digits and look-alike letters
#: with two digits or more
_OCR_NUMBER = re.compile(r"(?<![\w])(?=[\dOol]*\d[\dOol]*\d)[\dOol]{2,4}(?![\w])")
_OCR_DIGITS = str.maketrans("Ool", "001")
#: a mode joined to a dateline's place (``Geneva and online``)
_PLACE_MODE = re.compile(r"(?i)\s+(?:and|&|\+)\s+(?:online|virtually|virtual|remotely)\b")


def _own_ordinal_stripped(text: str, number: int | None) -> str:
    """A header line that names the report's meeting by its ordinal before the dateline
    (``Forty-second meeting, Geneva, 3 and 4 February 2025``, ``25th meeting – Geneva, 14-15 May
    2013``, after the body's name: ``ITU-D Study Group 2 Second meeting: Geneva, ...``) without
    that ordinal, so the rest reads as a dateline; any other line unchanged."""
    m = re.match(
        rf"(?:[^,:;()]{{0,80}}?\s)?(?P<num>{ordinal_regex()})\s+(?:meeting|session)\s*(?:[,:]|{DASH})\s*", text, re.I
    )
    if m is None or number is None or number_value(m.group("num")) != number:
        return text
    return text[m.end() :]


#: a sentence that says when/where the report's meeting was held, without naming the body
_HELD_MEETING = (
    r"(?i)\b(?:the|this)\s+(?:\w+\s+){0,2}meeting\b[^.;]*?"
    r"\b(?:(?:was|were|is)\s+(?:\w+\s+)?(?:held|convened|conducted|organi[sz]ed)|took\s+place)\b"
)


@cache
def _group_met() -> re.Pattern[str]:
    """``The Group met``: the report's group (nouns in ``meeting_words.csv``, role ``group``) met."""
    return re.compile(rf"\b[Tt]he\s+(?:{_alt(meeting_words('group'))})\s+(?:\w+\s+)?(?:met|convened)\b")


def held_meeting(report: ParsedReport, body: str, dateline_too: bool = False) -> Meeting | None:
    """The unnumbered meeting of ``body`` (the group a report is about) that a lead sentence says
    was held (``The meeting was held in Geneva on 3 and 4 May 2031``, ``The Group met in Lima on ...``);
    with ``dateline_too`` (a title that says the report records a meeting), else the dateline of
    the front."""
    lead = list(report.paragraphs[:LEAD_PARAGRAPHS])
    facts = _Facts(sentence="", after="", year=header_year(report))
    joined = [(o, t) for o, t in lead_texts(report, lead) if o is not None]
    if not _dates_from_held_sentence(facts, joined, group=True) and not (
        dateline_too and _dates_from_dateline(facts, lead, _Hit(body, None, (0, 0)))
    ):
        return None
    return Meeting(
        body, start=facts.start, end=facts.end, place=facts.place, paragraphs=tuple(sorted(facts.paragraphs))
    )


#: a lead sentence that states a meeting without a number must say it was held
HELD = r"(?i)\b(?:held|convened|took\s+place|met|hosted|organi[sz]ed)\b"


#: a meeting the clause says is still to come
_TO_COME = re.compile(
    r"(?i)\b(?:will|would|shall)\s+(?:\w+\s+)?(?:be\s+held|take\s+place|meet|convene)\b|\bto\s+be\s+held\b"
)


#: a statement that starts with the meeting, not with its body (a word before a body, as in
#: ``the former Council Working Group on WSIS held its 25th meeting``, is about the body)
_STARTS_WITH_MEETING = re.compile(rf"(?:{ordinal_regex()}|(?i:meeting)\b)")


def another_meeting(text: str, span: tuple[int, int]) -> bool:
    """Whether the meeting stated at ``span`` of ``text`` is another one than the report's: a
    word before it names it so (``the next meeting``, ``its previous 41st meeting``, ``the next
    UNGIS meeting``; words in
    ``meeting_words.csv``, role ``other``), or the words after it say it is still to be held."""
    # a word before "the 5th meeting" or "the UNGIS meeting" is about the meeting; before "the Group
    # held its 5th meeting", about the Group
    about = _STARTS_WITH_MEETING.match(text, span[0]) or re.search(r"(?i)\bmeetings?$", text[span[0] : span[1]])
    before = text[max(0, span[0] - 40) : span[0]] if about and " its " not in text[span[0] : span[1]] else ""
    if re.search(rf"(?i)\b(?:{_alt(meeting_words('other'))})\s+(?:[\w-]+\s+){{0,2}}$", before):
        return True
    _, s1 = span_at(clause_spans(text), span[0], len(text))
    return bool(_TO_COME.search(text[span[1] : min(s1, span[1] + 80)]))


def _unnumbered_meeting(
    texts: list[tuple[int | None, str]],
    names: tuple[BodyName, ...],
    headings: frozenset[int] = frozenset(),
    bodies: frozenset[str] | None = None,
) -> tuple[int | None, str, _Hit] | None:
    """A meeting named without a number (``Report of the UNGIS meeting held on 12 March
    2024``): in the title or a header line (``headings``: ``Joint meeting of UNGIS and ...``), or in
    a lead sentence that says it was held; only of ``bodies`` when given."""
    for order, text in texts:
        for hit in _meeting_hits(text, names, unnumbered=True):
            if bodies is not None and hit.body not in bodies:
                continue
            s0, s1 = span_at(clause_spans(text), hit.span[0], len(text))
            other = another_meeting(text, hit.span)
            if order is None or (order in headings and not other) or (re.search(HELD, text[s0:s1]) and not other):
                return order, text, hit
    return None


#: a header line is short and is no sentence
_HEADING_LINE = 120


def _headings(lead: list[Paragraph]) -> frozenset[int]:
    """The header lines of the lead: short lines of the front that end without a full stop."""
    return frozenset(
        p.order for p in lead if p.section == "front" and len(p.text) <= _HEADING_LINE and not p.text.endswith(".")
    )


def find_meeting(
    report: ParsedReport,
    bodies: Iterable[Any] | None = None,
    default_body: str | None = None,
    prefer: frozenset[str] = frozenset(),
) -> Meeting | None:
    """The meeting the report is about, or ``None`` if no meeting of a body is stated.

    A meeting named without a number (``the UNGIS meeting held on ...``, ``annual meeting of
    the Partnership on ...``, ``Open Consultation Process second physical meeting``) is only
    taken when no numbered one is stated, from the title or a lead sentence saying it was
    held; its ``number`` is ``None`` (the model names it after the report).

    The title and the first :data:`LEAD_PARAGRAPHS` paragraphs are searched in order; the
    first statement wins. Dates, place and mode come from the sentence of that statement
    (mode also from a later lead sentence about "the meeting"); attendance and the number
    of documents from the lead paragraphs. ``paragraphs``: every paragraph (anywhere in
    the report) that states this meeting (same body and number), or gives one of these facts.

    ``prefer``: the bodies the title names (``REPORT OF SUB-COMMITTEE B``): the first statement
    of a meeting of one of them wins over an earlier one of another body (the session of the
    parent it met during).

    With ``default_body`` (the group the report is presumed to be about), a lead sentence that
    names only an ordinal (``This report covers the 5th meeting, held in ...``, ``Summary record
    of the fifth plenary meeting``) states that body's meeting.
    """
    names = as_body_names(bodies)
    lead = list(report.paragraphs[:LEAD_PARAGRAPHS])
    found = _statement(report, lead, names, prefer)
    if found is None and default_body is not None:
        found = _ordinal_statement(report, lead, default_body)
    if found is None:
        return None
    order, text, hit = found
    hit = _last_of_several(text, hit)
    s0, s1 = span_at(clause_spans(text), hit.span[0], len(text))
    facts = _Facts(sentence=text[s0:s1], after=text[hit.span[1] : s1], year=header_year(report))
    facts.paragraphs = {
        p.order
        for p in report.paragraphs
        if any(h.body == hit.body and h.number == hit.number for h in _meeting_hits(p.text, names, hit.number is None))
    }
    _dates(facts, report, lead, names, hit, order)
    facts.mode = meeting_mode(facts.after) or meeting_mode(facts.sentence)
    facts.place = _place(facts.sentence) if facts.place is None else facts.place
    _lead_facts(facts, lead)
    if order is not None:
        facts.paragraphs.add(order)
    return Meeting(
        body=hit.body,
        number=hit.number,
        start=facts.start,
        end=facts.end,
        mode=facts.mode,
        place=facts.place,
        delegates=facts.delegates,
        delegates_qualifier=facts.qualifier,
        documents_considered=facts.documents,
        paragraphs=tuple(sorted(facts.paragraphs)),
    )


def _last_of_several(text: str, hit: _Hit) -> _Hit:
    """The last of the body's meetings a sentence states one after the other (``held its 40th
    meeting on 3 March and its 41st meeting on 9 and 10 June``): the record is of the last."""
    if hit.number is None:
        return hit
    end = next((b for a, b in sentence_spans(text) if a <= hit.span[0] < b), len(text))
    last = hit
    for m in _next_of_several().finditer(text, hit.span[1], end):
        number = number_value(m.group("num"))
        later = number is not None and last.number is not None and number > last.number
        if later and not another_meeting(text, m.span("num")):  # not "and the 41st meeting will be held"
            last = _Hit(hit.body, number, m.span("num"))
    return last


@cache
def _next_of_several() -> re.Pattern[str]:
    return re.compile(rf"\b(?:and|then)\s+(?:its|the)\s+(?P<num>{ordinal_regex()})(?:\s+(?i:meeting))?\b")


@dataclass
class _Facts:
    """What is known of the report's meeting while its statement and lead are read."""

    sentence: str
    after: str
    year: int | None = None  # completes a date written without a year (:func:`header_year`)
    paragraphs: set[int] = field(default_factory=set)
    start: date | None = None
    end: date | None = None
    place: str | None = None
    mode: str | None = None
    delegates: int | None = None
    qualifier: str | None = None
    documents: int | None = None


#: a line that goes on in the next one: it ends with a hyphen after a letter, or without a
#: sentence's end before a line that starts with a small letter, or with a word that needs more
#: (``on``, ``and``) before a line that starts with a digit
_BROKEN = re.compile(r"(?:\w-|[^.;:!?)\]])$")
_GOES_ON = re.compile(r"[a-z]")
#: a line that is only a document symbol, maybe with its page (``EGH-9/4-E``): a running header
_RUNNING_SYMBOL = re.compile(r"[A-Z][\w&.\-]*/[\w/().\-]+(?:\s+(?i:page)\s+\d+)?")
_NEEDS_MORE = re.compile(r"(?:\w-|\b(?:and|on|from|to|of|in|at|between|the|by|until)|,)$")


def _name_goes_on(last: str, text: str) -> bool:
    """Whether a catalogue name starts at the end of ``last`` and ends in ``text`` (``... of the
    Council`` / ``Working Group on Languages``): a title broken inside a name."""
    if not last:
        return False
    start = max(0, len(last) - 80)  # the name's start is near the end of the line
    cut = len(last) - start
    return any(a < cut < b for _, (a, b) in find_body_names(f"{last[start:]} {text}"))


def lead_texts(report: ParsedReport, lead: list[Paragraph]) -> list[tuple[int | None, str]]:
    """The title and the lead paragraphs, ``(order or None for the title, text)``, with a line
    broken in the layout joined to the next one (``... Child On-`` / ``line Protection``; ``held
    on 3 and`` / ``4 March 2031.``): the joined text keeps the first line's order."""
    texts: list[tuple[int | None, str]] = [(None, report.title)] if report.title else []
    texts += [(p.order, p.text) for p in lead]
    out: list[tuple[int | None, str]] = []
    joins = -1  # the line the next one may go on from: a running header's symbol between them is skipped
    for order, text in texts:
        last = out[joins][1] if out else ""
        goes_on = _GOES_ON.match(text) or (text[:1].isupper() and _name_goes_on(last, text))
        if (_BROKEN.search(last) and goes_on) or (_NEEDS_MORE.search(last) and text[:1].isdigit()):
            out[joins] = (out[joins][0], last[:-1] + text if last.endswith("-") else f"{last} {text}")
            continue
        out.append((order, text))
        joins = joins if _RUNNING_SYMBOL.fullmatch(text) and joins != -1 else len(out) - 1
    return out


def _statement(
    report: ParsedReport, lead: list[Paragraph], names: tuple[BodyName, ...], prefer: frozenset[str] = frozenset()
) -> tuple[int | None, str, _Hit] | None:
    """Where the report states its meeting: the first numbered meeting in the title or the lead
    (of a body in ``prefer``, the bodies the title names, if there is one; else an unnumbered one of
    such a body said to be held), else an unnumbered one named in a header line or said to be
    held; ``(paragraph order or None for the title, text, hit)``."""
    texts = lead_texts(report, lead)
    found = [
        (order, text, h)
        for order, text in texts
        for h in _meeting_hits(text, names)
        if order is None or not another_meeting(text, h.span)
    ]
    headings = _headings(lead)
    found = found or [(o, t, h) for o, t in texts if o is None or o in headings for h in _session_hits(t, names)]
    preferred = [f for f in found if f[2].body in prefer]
    if preferred:
        return preferred[0]
    # a meeting of a body the title names, said to be held, wins over a numbered one of another body
    own = _unnumbered_meeting(texts, names, headings, prefer) if prefer and found else None
    return own or (found[0] if found else _unnumbered_meeting(texts, names, headings))


#: "the 5th meeting, held ..." / "covers the 5th meeting" / "record of the fifth plenary meeting"
_OWN_ORDINAL_CUE = re.compile(
    r"(?i)\b(?:held|took\s+place|convened|covers|record\s+of|report\s+(?:of|on)|summary\s+of|minutes\s+of)\b"
)


def _dated_heading(text: str, ordinal: str) -> bool:
    """Whether ``text`` is a header line of an ordinal meeting and its dateline (``Ninth meeting –
    Geneva, 3 and 4 March 2031``)."""
    rest = _own_ordinal_stripped(text, number_value(ordinal))
    return rest != text and dateline(rest) is not None


def _title_goes_on(text: str) -> int:
    """Where a header line starts after the words that go on from the title above it (``OF THE``)."""
    m = re.match(r"(?i:of\s+the)\s+", text)
    return m.end() if m else 0


def _ordinal_statement(report: ParsedReport, lead: list[Paragraph], body: str) -> tuple[int | None, str, _Hit] | None:
    """A meeting of ``body`` named only by its ordinal in the title or a lead clause that says it
    was held or is the one reported (not a list of past meetings)."""
    ordinal = ordinal_regex()
    pattern = re.compile(
        rf"(?P<more>{ordinal}(?:\s*,\s*{ordinal})*\s+(?i:and|&)\s+)?(?P<num>{ordinal})\s+"
        r"(?:(?i:plenary|regular|ordinary)\s+)?(?i:meeting(?(more)s|))\b"
    )
    texts: list[tuple[int | None, str]] = [(None, report.title)] if report.title else []
    texts += [(p.order, p.text) for p in lead if p.kind != "list-item"]
    for order, text in texts:
        for m in pattern.finditer(text):
            s0, s1 = span_at(clause_spans(text), m.start(), len(text))
            # a header line: "FIFTH PLENARY MEETING", "Seventh meeting, Lima, 3-4 May 2031"; the
            # title's line going on ("SUMMARY RECORD" / "OF THE FIFTH PLENARY MEETING")
            header = m.start() == _title_goes_on(text) and (
                m.end() == len(text.rstrip(" .:")) or _dated_heading(text, m.group("num"))
            )
            if (
                order is None
                or header
                or (_OWN_ORDINAL_CUE.search(text[s0:s1]) and not another_meeting(text, m.span()))
            ):
                number = number_value(m.group("num"))
                if number:
                    return order, text, _Hit(body, number, m.span(), several=bool(m.group("more")))
    return None


def _dates(
    facts: _Facts,
    report: ParsedReport,
    lead: list[Paragraph],
    names: tuple[BodyName, ...],
    hit: _Hit,
    order: int | None,
) -> None:
    """The meeting's dates: after its statement, else after a lead statement of the same meeting,
    else in a lead sentence saying the meeting was held, else in a dateline of the front (the
    title may only name the meeting; its dates are in the lead)."""
    dates = find_dates(facts.after, facts.year) or find_dates(facts.sentence, facts.year)
    if hit.several:  # a record of several meetings is dated by the last one's dates
        dates = dates or _front_dates(lead, facts.year, order)
        if dates:
            last = dates[-1]  # "3 March and 5 May 2031" (one span): the days of the two meetings
            apart = " and " in last.text and last.end is not None and last.end.month != last.start.month
            facts.start, facts.end = (last.end, None) if apart else (last.start, last.end)
            return
    joined = [(o, t) for o, t in lead_texts(report, lead) if o is not None]
    if dates:
        facts.start, facts.end = dates[0].start, dates[0].end
    elif not _dates_from_lead_statement(facts, joined, names, hit) and not _dates_from_held_sentence(facts, joined):
        _dates_from_dateline(facts, lead, hit, order)
        return
    _to_header_range(facts, lead, hit.number)


#: a verb that dates the first day of a meeting, not the meeting (``was opened on 5 February``)
_OPENED = re.compile(r"(?i)\b(?:opened|began|started|commenced)\b")


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


def _front_datelines(lead: list[Paragraph], year: int | None, number: int | None) -> list[tuple[Paragraph, Any]]:
    """``(line, (dates, place))`` of each dateline of the front, the meeting's own ordinal before
    it taken off (:func:`_own_ordinal_stripped`)."""
    found = []
    for p in lead:
        if p.section != "front":
            break
        line = dateline(_own_ordinal_stripped(p.text, number), year)
        if line is not None:
            found.append((p, line))
    return found


def _to_header_range(facts: _Facts, lead: list[Paragraph], number: int | None) -> None:
    """A meeting stated with one day that a dateline of the header gives as the first or last day
    of a range (``was opened on Wednesday, 5 February``, ``from Monday 3 to Friday 7 February``
    read as its last day, under ``Geneva, 3-7 February 2014``) lasted that range; a day of a
    session's longer range (a conference's) only when the sentence says the meeting opened then."""
    if facts.end is not None or facts.start is None:
        return
    opened = bool(_OPENED.search(facts.sentence))
    for p, (day, place) in _front_datelines(lead, facts.year, number):
        if day.end is None or facts.start not in (day.start, day.end):
            continue
        if opened and facts.start == day.start or (day.end - day.start).days < _MEETING_DAYS:
            facts.start, facts.end = day.start, day.end
            facts.place = facts.place or place
            facts.paragraphs.add(p.order)
            return


def _dates_from_lead_statement(
    facts: _Facts, texts: list[tuple[int, str]], names: tuple[BodyName, ...], hit: _Hit
) -> bool:
    """Dates after a lead paragraph's statement of the same meeting (``texts``: the lead's)."""
    for order, text in texts:
        for hp in _meeting_hits(text, names, hit.number is None):
            if hp.body == hit.body and hp.number == hit.number:
                ps0, ps1 = span_at(clause_spans(text), hp.span[0], len(text))
                more = find_dates(text[hp.span[1] : ps1], facts.year)
                if more:
                    facts.start, facts.end = more[0].start, more[0].end
                    facts.sentence, facts.after = text[ps0:ps1], text[hp.span[1] : ps1]
                    facts.paragraphs.add(order)
                    return True
    return False


def _dates_from_held_sentence(facts: _Facts, texts: list[tuple[int, str]], group: bool = False) -> bool:
    """``The third meeting was held ... on 14 March 2024``: a lead sentence about the meeting (with
    ``group``, also ``The Group met in Lima on 3 May 2031``)."""
    for order, text in texts:
        for a, b in clause_spans(text):
            sent = text[a:b]
            if not (re.search(_HELD_MEETING, sent) or (group and _group_met().search(sent))):
                continue
            more = [d for d in find_dates(sent, facts.year) if d.precision == "day"]
            if more:
                facts.start, facts.end = more[0].start, more[0].end
                facts.paragraphs.add(order)
                facts.place = facts.place or _place(sent)
                return True
    return False


def _dates_from_dateline(facts: _Facts, lead: list[Paragraph], hit: _Hit, after: int | None = None) -> bool:
    """A dateline under the title: ``Geneva, 6-7 February 2024``; the first one after the line
    that states the meeting (``after``), else from the top (not the document's issue date when
    the meeting's header comes later). A dateline with a place or a range of days comes before a
    bare date (``18 February 2013``: the document's issue date)."""
    lines = _front_datelines(lead, facts.year, hit.number)
    found = [line for line in lines if after is not None and line[0].order > after]
    found += [line for line in lines if line not in found]
    found.sort(key=lambda item: item[1][1] is None and item[1][0].end is None)  # stable: order kept
    if not found:
        return False
    p, (day, place) = found[0]
    facts.start, facts.end = day.start, day.end
    facts.place = facts.place or place
    facts.paragraphs.add(p.order)
    return True


_ABOUT_MEETING = re.compile(r"(?i)\b(?:the|this)\s+meeting\b|\bmeeting\s+was\b")
_OTHER_MEETING = re.compile(r"(?i)\b(?:previous|last|next|upcoming|former)\b")
_HELD_OR_ATTENDED = re.compile(r"(?i)\b(?:held|attended|conducted|convened)\b")


def _lead_facts(facts: _Facts, lead: list[Paragraph]) -> None:
    """Attendance, the number of documents, mode and place from the lead's sentences about the
    meeting (a count of documents is the meeting's unless another meeting is meant)."""
    for p in lead:
        for a, b in clause_spans(p.text):
            sent = p.text[a:b]
            about_meeting = bool(_ABOUT_MEETING.search(sent)) or p.order in facts.paragraphs
            if facts.delegates is None and about_meeting:
                n, q = _attendance(sent)
                if n is not None:
                    facts.delegates, facts.qualifier = n, q
                    facts.paragraphs.add(p.order)
                    facts.mode = facts.mode or meeting_mode(sent)
            if facts.documents is None and (about_meeting or not _OTHER_MEETING.search(sent)):
                facts.documents = _documents_considered(sent)
                if facts.documents is not None:
                    facts.paragraphs.add(p.order)
            if facts.mode is None and about_meeting and _HELD_OR_ATTENDED.search(sent):
                facts.mode = meeting_mode(sent)
            if facts.place is None and about_meeting:
                facts.place = _place(sent)


def header_year(report: ParsedReport) -> int | None:
    """The first year written with a date in the report's header (the title and its leading
    unnumbered lines: a dateline, the document's date): the year of the meeting's dates written
    without one (``held on 12 and 13 May``)."""
    for line in header_lines(report):
        for d in find_dates(line):
            if d.year_written:
                return d.start.year
    return None


def meeting_year(meeting: Meeting | None) -> int | None:
    """The default year for a report's dates: the year the meeting started."""
    return meeting.start.year if meeting and meeting.start else None


__all__: Sequence[str] = (
    "BodyIndex",
    "BodyName",
    "as_body_names",
    "body_index",
    "cardinal_regex",
    "find_body_names",
    "find_meeting",
    "has_ordinal",
    "load_body_names",
    "meeting_year",
    "number_value",
    "ordinal_regex",
    "slug",
    "squash",
    "surface_regex",
)


_NUMBERED_ACRONYM = re.compile(r"(?P<stem>[A-Za-z][\w/]*[A-Za-z])-(?P<n>\d{1,2})")


@cache
def _session_of() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<n>{ordinal_regex()})\s+(?:meeting|session)\s+of\b", re.IGNORECASE)


def session_stem(before: str, acronym: str) -> str:
    """The body's acronym in one of its sessions' (``the second meeting of the Preparatory
    Committee (PrepCom-2)``: ``PrepCom``): an acronym ending in the number of the session that
    the text ``before`` it names last (within 200 characters); else ``acronym``."""
    numbered = _NUMBERED_ACRONYM.fullmatch(acronym)
    sessions = list(_session_of().finditer(before[-200:])) if numbered else []
    if numbered and sessions and number_value(sessions[-1].group("n")) == int(numbered.group("n")):
        return numbered.group("stem")
    return acronym

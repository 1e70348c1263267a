"""How a mention of a meeting is read: its form (``the 5th meeting of X``, ``X held its 5th
meeting``, ``the 5th X meeting``, ``the fifth and sixth meetings of X``, ``the second physical
meeting of X``, ``Rapporteur Group meeting for Question 1/1``, ``Report of the fifth session of
X``), its number and its body: a catalogue body (names, acronyms, aliases; glued or broken hyphens
and ``&`` tolerated), else the acronym defined after an unknown name, else the unknown name's key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ..text import DASH, alternation, squash
from .body_acronyms import initials
from .body_names import BodyIndex, BodyName, body_index, find_body_names, head_of, organ_before
from .casing import joiner_alternation, name_joiners, name_link, title_cased, without_article
from .datelines import dateline
from .dates import find_dates
from .document import once_per_document
from .gazetteer import auxiliary_alternation, honorifics, preposition_alternation, prepositions, small_words
from .gazetteer import bodies as gazetteer_bodies
from .header_fields import label_alternation
from .keys import slug
from .meeting_words import meeting_words
from .meeting_words import word_alternation as _alt
from .ordinals import cardinal_regex, has_ordinal, number_value, ordinal_regex, roman_ordinal_regex
from .rapporteur_groups import rapporteur_forms, rapporteur_group_key
from .warnings import stopwords

#: a capitalised word of a name, maybe two joined by an en dash with no space (``Morocco–Spain``, ``Asia–Pacific``: a
#: pair of countries or regions, as a hyphen joins them)
_NAME_WORD = r"[A-Z][\w&/’'\-]*(?:–[A-Z][\w&/’'\-]*)*"

#: a name outside the catalogue: capitalised words and the small words that join a name's words but open no
#: place (``casing.name_joiners``), a period it covers closing it (``... and the Draft Financial Plan for 2032-2035``),
#: a lower-case link to a group's remit before a capitalised word (``casing.name_link``: ``Ministers in charge of
#: Transport``)
_UNKNOWN_NAME = (
    rf"{_NAME_WORD}(?:\s+(?:for\s+(?:19|20)\d\d{DASH}(?:19|20)?\d\d\b"
    rf"|{joiner_alternation()}|{_NAME_WORD})|{name_link()}{_NAME_WORD})*"
)


@dataclass(frozen=True)
class MeetingHit:
    body: str
    number: int | None
    span: tuple[int, int]
    several: bool = False  # "the fifth and sixth meetings of ...": the number is the last one's
    this: bool = False  # "The meeting, the fourth of X, ...": named as the meeting the text is about


def meeting_hits(text: str, bodies: tuple[BodyName, ...], unnumbered: bool = False) -> list[MeetingHit]:
    """Every statement of a numbered meeting of a body in ``text``.

    ``<ordinal> <series word> meeting`` (``second physical meeting``, ``third extraordinary
    meeting``; series words in ``meeting_words.csv``, role ``series``) gives the number the
    document gives the meeting (annotation guide, decision 2), as ``met for the third time`` does.
    With ``unnumbered=True`` meetings named without any
    ordinal are hits too (``the UNGIS meeting``, ``annual meeting of the Partnership on ...``,
    ``Rapporteur Group meeting for Question 1/1`` -> body ``rapporteur-group-question-1-1``).
    """
    key = (meeting_hits, text, id(bodies), unnumbered)
    hits = once_per_document(key, lambda: _hits(text, bodies, unnumbered), bodies)
    return list(hits)  # asked of every paragraph by each reading of the report's meeting: read once


def _hits(text: str, bodies: tuple[BodyName, ...], unnumbered: bool) -> list[MeetingHit]:
    index = body_index(bodies)
    hits: list[MeetingHit] = []
    # a line in capitals (``REPORT ON THE 2031 SESSION OF THE COUNCIL``) is read as written (its acronyms)
    # and in words, for a catalogue body's meeting (a one-word catalogue name is matched by its case)
    for read in dict.fromkeys((text, words_of_capitals(text))):
        if not _forms_cue().search(read):
            continue  # no form can match: most paragraphs name no meeting, session or body that met
        forms = _compiled_forms(index.regex(read).pattern, has_ordinal(read), unnumbered)
        for form, numbered in forms:
            for m in form.finditer(read):
                if any(m.start() < h.span[1] and h.span[0] < m.end() for h in hits):  # an earlier form's hit wins
                    continue
                if read is not text and not m.groupdict().get("body"):
                    continue  # words in capitals read as a name of no catalogue body: "SUMMARY RECORD"
                key = _hit_body(m, bodies, index)
                if not key:
                    continue
                number = number_value(m.group("num")) if numbered else None
                more, this = (bool(m.groupdict().get(g)) for g in ("more", "this"))
                hits.append(MeetingHit(key, number, m.span(), several=more, this=this))
    # a meeting of a kind of its own is its own body (decisions 3 and 20: ``the annual facilitation meeting for
    # Action Line C5`` is the ``Action Line C5 facilitation meeting``'s, not the action line's)
    own = own_kind_hits(text, unnumbered)
    hits = [h for h in hits if not any(_overlap(h.span, o.span) for o in own)] + own
    return sorted(hits, key=lambda h: h.span)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@cache
def _forms_cue() -> re.Pattern[str]:
    """What every match of the forms of :func:`_meeting_forms` holds, in any case: ``meeting``, ``session``,
    a verb of meeting (``met``, ``convened``, ``gathered``, role ``met``: ``took place``) or a rapporteur
    group's noun (role ``rapporteur``). A text without one is not searched with the forms (each tried at
    every position, with the catalogue's names); the engine's own case folding, so a text the forms match is
    never skipped."""
    words = ["meeting", "session", "met", "convened", "gathered", *meeting_words("met"), *meeting_words("rapporteur")]
    return re.compile(rf"(?i:{_alt(words)})")


@cache
def _own_kind_form() -> re.Pattern[str]:
    """``the ninth facilitation meeting of WSIS Action Line C10``, ``the annual facilitation meeting
    for Action Line C7 e-health``: a meeting of a kind of its own (``meeting_words.csv``, role
    ``own-kind``), maybe numbered, of what a capitalised name (and a hyphenated word or a bracket
    after it) names."""
    kinds, occasions = _alt(meeting_words("own-kind")), _alt(meeting_words("occasion"))
    return re.compile(
        rf"(?:(?P<num>{ordinal_regex()})\s+)?(?:(?P<occasion>(?i:{occasions}))\s+)?(?P<kind>(?i:{kinds}))\s+(?i:meeting)\s+"
        rf"(?:{preposition_alternation('topic')})\s+(?:the\s+)?(?P<name>{_UNKNOWN_NAME}(?:\s+[a-z]+-[a-z]+\b|\s*\([^()]{{1,40}}\))?)"
    )


@cache
def _owner_first_form() -> re.Pattern[str]:
    """A line that names what met, then its record of a numbered meeting of a kind of its own (round 40):
    ``WSIS Action Line C9 "Media": Report of the fourth facilitation meeting (Geneva, 12 May 2031)``, ``X Network —
    Summary of the 2nd consultation meeting``; a quoted title after the name, a colon or a spaced dash after it,
    a record's words of ``meeting_words.csv``, role ``session-record``."""
    kinds, occasions = _alt(meeting_words("own-kind")), _alt(meeting_words("occasion"))
    records = _alt(meeting_words("session-record"))
    return re.compile(
        rf"^\s*(?P<name>{_UNKNOWN_NAME})(?:\s*[\"“][^\"”]{{1,80}}[\"”])?\s*(?::|\s{DASH})\s+(?i:{records})\s+the\s+"
        rf"(?P<num>{ordinal_regex()})\s+(?:(?i:{occasions})\s+)?(?P<kind>(?i:{kinds}))\s+(?i:meeting)\b"
    )


def _owner_first(text: str) -> list[tuple[str, str, int | None, tuple[int, int]]]:
    """The numbered meeting of a kind of its own a line names after what met (:func:`_owner_first_form`)."""
    m = _owner_first_form().match(text) if ":" in text or re.search(DASH, text) else None
    if m is None or len(m.group("name").split()) < 2 or not (number := number_value(m.group("num"))):
        return []
    name = f"{m.group('name')} {m.group('kind').lower()} meeting"
    return [(slug(name), name, number, (m.start("num"), m.end()))]


@cache
def _own_kind_cue() -> re.Pattern[str]:
    """What every match of :func:`_own_kind_form` holds, found at once (its optional ordinal before
    tried at every position of every text cost more than the rest of the meeting reading)."""
    return re.compile(
        rf"(?i:{_alt(meeting_words('own-kind'))})\s+(?i:meeting)\s+(?:{preposition_alternation('topic')})\s"
    )


def own_kind_meetings(text: str, series: bool = False) -> list[tuple[str, str, int | None, tuple[int, int]]]:
    """``(key, name, number, span)`` of each meeting of a kind of its own in ``text``
    (:func:`_own_kind_form`): its name is what met, the kind and ``meeting`` (``WSIS Action Line C10
    facilitation meeting``), keyed by that name. With ``series``, only one of a series: numbered or
    said to recur (``the annual facilitation meeting``; not ``the consultation meeting on X held on
    ...``, a one-off event)."""
    found: list[tuple[str, str, int | None, tuple[int, int]]] = []
    if not _own_kind_cue().search(text):
        return _owner_first(text)
    for m in _own_kind_form().finditer(text):
        what = re.sub(rf"(?:\s+(?:{preposition_alternation('core')}|and|the|&))+$", "", m.group("name"))
        if len(what.split()) < 2 or (series and not (m.group("num") or m.group("occasion"))):
            continue
        name = f"{what} {m.group('kind').lower()} meeting"
        number = number_value(m.group("num")) if m.group("num") else None
        found.append((slug(name), name, number, m.span()))
    return found


def own_kind_hits(text: str, unnumbered: bool) -> list[MeetingHit]:
    """The meetings of a kind of its own in ``text`` (:func:`own_kind_meetings`): the numbered ones,
    and with ``unnumbered`` the others too."""
    found = own_kind_meetings(text, series=True)
    return [MeetingHit(key, n, span) for key, _, n, span in found if n is not None or unnumbered]


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
def _session_form(body: str) -> re.Pattern[str]:
    """``the fifth session of the Expert Group on X (EGX)``: a numbered session of a body."""
    return re.compile(
        rf"(?P<num>{ordinal_regex()})\s+[Ss]ession\s+of\s+(?:the\s+)?"
        rf"(?:(?P<body>{body})|(?P<name>{_UNKNOWN_NAME})(?:\s*\((?P<acr>[^)]{{1,40}})\))?)"
    )


def session_hits(text: str, bodies: tuple[BodyName, ...]) -> list[MeetingHit]:
    """A numbered session of a body named in a title or a header line (``Report of the fifth session
    of the Expert Group on X``): the body's meeting of that number. Only there: in prose, ``the first
    session of the Conference Preparatory Meeting`` is mostly another meeting."""
    index = body_index(bodies)
    hits = []
    for m in _session_form(index.regex(text).pattern).finditer(text):
        key, number = _hit_body(m, bodies, index), number_value(m.group("num"))
        if key and number:
            hits.append(MeetingHit(key, number, m.span()))
    return hits


@cache
def _continued() -> re.Pattern[str]:
    """A capitalised word right after a catalogue name, not a meeting word (``UNGIS Annual
    Meeting``): the name is part of a longer one (``Council Working Group on X``); so is a code run on
    after a hyphen or a slash (``TDAG-WG-X``, ``ITU/WHO Focus Group``)."""
    words = [*meeting_words("series"), *meeting_words("occasion"), "meeting"]
    return re.compile(
        rf"\s+(?:(?:{preposition_alternation('topic')})\s+)?(?!(?i:{_alt(words)})\b)[A-Z][a-z]|[-/][A-Z]{{2}}"
    )


#: the words in title case (or acronyms) right before a name, as a longer name's opening
_WORDS_BEFORE = re.compile(r"(?<![\w’'\-])(?:[A-Z][\w’'\-]*\s+){1,5}$")


def name_before(text: str, start: int, body: str, index: BodyIndex) -> bool:
    """Whether a catalogue name of one word in title case (``Council``, not an acronym) ends a longer name that
    opens with words in title case before it (``the Executive Council``, ``Regional Digital Inclusion Council``):
    not a small word that opens a sentence (``The Council``) nor a body's name or acronym, its parent's (``ITU
    Council``, ``INTERNATIONAL TELECOMMUNICATION UNION COUNCIL``)."""
    word = body.strip()
    m = _WORDS_BEFORE.search(text, max(0, start - 80), start) if word[1:].islower() and " " not in word else None
    words = m.group(0).split() if m is not None else []
    if not words or words[-1].lower() in stopwords():
        return False
    return not any(index.keys.get(squash(" ".join(words[i:]))) for i in range(len(words)))


def _dateline_after(text: str, pos: int) -> bool:
    """Whether a dateline with a place follows ``pos`` (a layout ran a title into its dateline: ``... OF THE COUNCIL
    Geneva, 12-21 May 2031``), up to its first day."""
    rest = text[pos : pos + 80]
    days = [d for d in find_dates(rest) if d.precision == "day"] if re.search(r"\d", rest) else []
    found = dateline(rest[: days[0].span[1]]) if days else None
    return found is not None and found[1] is not None


@cache
def _small_end() -> re.Pattern[str]:
    """Small words that end a name's run (``the MAG for the 2031 cycle``): no part of it
    (``casing.name_joiners``)."""
    return re.compile(rf"(?:\s+(?:{alternation(name_joiners())}))+$")


#: a number or a number and a letter right after a name (``Working Party 5D``), or numbers joined by a hyphen
#: (``Joint Task Group 1-2-8``, ``JTG 3-9``): part of the name
_DESIGNATOR = re.compile(r"\s+\d{1,3}[A-Z]?(?:/\d{1,3}|(?:-\d{1,3}[A-Z]?)+)?(?![\w/.-])")


def _hit_body(m: re.Match[str], bodies: tuple[BodyName, ...], index: BodyIndex) -> str | None:
    """The body key of a meeting statement: a catalogue body; else the acronym defined after an
    unknown name (``Preparatory Committee (PrepCom-3)``), found in the catalogue or keyed like a
    defined acronym (``bodies.find_defined``); else the unknown name's key; a rapporteur group
    by :func:`rapporteur_group_key`."""
    groups = m.groupdict()
    if groups.get("body"):
        # "the Council Working Group on X", "MEETING OF ABC MINISTERS" (read as words): a longer name; not "the
        # Council Geneva, 3-5 May 2031"
        continued = _continued().match(m.string, m.end("body")) or _continued().match(
            words_of_capitals(m.string), m.end("body")
        )
        if continued and not _dateline_after(m.string, m.end("body")):
            return None
        if name_before(m.string, m.start("body"), m.group("body"), index):
            return None  # "the Executive Council", "Regional Digital Council": the end of a longer name
        key = index.keys.get(squash(m.group("body")))
        # "The Council of the ITU met": the organ named before its owner met (not the owner)
        return (
            (organ_before(m.string, m.start("body"), key, bodies) or _group_before(m, key, bodies) or key)
            if key
            else key
        )
    if groups.get("rq"):
        return rapporteur_group_key(m.group("rq"), int(m.group("rsg")))
    designator = _DESIGNATOR.match(m.string, m.end("name"))
    # "Study Group 1": the number is part of the name (not of "Working Parties 6A, 6C"; "Committee on 8 May": a date)
    if designator is not None and not _small_end().search(m.group("name")):
        if re.search(r"s$", m.group("name")) or groups.get("acr"):
            return None
        written = m.group("name") + designator.group(0)
        return index.keys.get(squash(written)) or _unknown_body_key(written, bodies)
    written = (groups.get("acr") or "").strip()
    alone = _small_end().sub("", m.group("name"))
    if groups.get("num") and not written and _ACRONYM.fullmatch(alone):  # "the third meeting of the MAG": its acronym
        return index.keys.get(squash(alone)) or slug(alone)
    acronym = session_stem(m.string[: m.end("name")] + " ", written)  # "(PrepCom-2)": PrepCom's
    tail = "" if written else name_tail(m.string, m.start("name"), m.end("name"))
    name = _label_run_in().sub("", m.group("name")) if m.string.startswith(":", m.end("name")) else m.group("name")
    key = _unknown_body_key(name + tail, bodies)
    if key and _ACRONYM.fullmatch(written) and not _part_of_owner(m, written):
        key = index.keys.get(squash(acronym)) if key not in index.names else key
        key = key or slug(acronym)
    return key


def _group_before(m: re.Match[str], key: str, bodies: tuple[BodyName, ...]) -> str | None:
    """The key of a group named before a body outside the catalogue that the report defines (``The Steering
    Committee of the Baltic X Alliance (BXA) met ...``: a capitalised group noun of ``meeting_words.csv``, role
    ``group``, and ``of (the)``): the group met (decision 3), keyed by its whole name; else ``None``."""
    if key in gazetteer_bodies():
        return None
    group = _group_of().search(m.string, 0, m.start("body"))
    return _unknown_body_key(m.string[group.start() : m.end("body")], bodies) if group else None


@cache
def _group_of() -> re.Pattern[str]:
    """Capitalised words headed by a group noun and ``of (the)``, closing a text, maybe with the first words of the
    owner's name after it that its acronym does not spell (``Governing Board of the ITU Andean Learning Centres
    (ALC)``: :func:`_group_before`, :func:`_part_of_owner`)."""
    group = _alt(meeting_words("group"))
    return re.compile(rf"(?:[A-Z][\w-]*\s+){{0,3}}(?:{group})\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}$")


def _part_of_owner(m: re.Match[str], acronym: str) -> bool:
    """Whether the statement's name is a group of the owner the acronym after it stands for (``The Steering
    Committee of the Baltic X Alliance (BXA) met ...``: the acronym spells the alliance's name only; a group
    noun, capitalised, of ``meeting_words.csv``, role ``group``, before ``of (the)``): the group met (decision 3),
    keyed by its whole name, not the owner."""
    owner = name_before_acronym(m.string, m.end("name") + m.string[m.end("name") :].index("("), acronym)
    if owner is None or not m.group("name").endswith(owner) or len(owner) == len(m.group("name")):
        return False
    part = m.group("name")[: -len(owner)]
    return _group_of().search(part) is not None


@cache
def _label_run_in() -> re.Pattern[str]:
    """A header field's label that a layout ran into the end of a name (``... of the Preparatory Committee
    Original: French``; labels of ``header_fields.csv``)."""
    return re.compile(rf"\s+(?i:{label_alternation()})$")


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
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
    """The regexes of :func:`meeting_hits` (``body``: the catalogue alternation; the numbered
    forms only ``with_ordinal``, for a text with an ordinal), each with whether it gives the
    meeting's number."""
    series = _alt(meeting_words("series"))
    numbered = _numbered_forms(body, ordinal_regex(), series) if with_ordinal else []
    return numbered + (_unnumbered_forms(body, series) if unnumbered else [])


#: a name the commas of an apposition close, small words and a year in it (``The meeting, the fourth of the Council
#: Working Group to prepare for the 2031 X Conference, was held ...``)
_APPOSED_NAME = r"[A-Z][\w&/’'-]*(?:\s+[\w&/’'-]+){1,20}?"


#: a session a body names by its year before the body (``the 2031 session of the Council``): the body's
_YEAR_SESSION_OF = r"(?:19|20)\d\d\s+(?i:session)\s+(?i:of)\s+(?:(?i:the)\s+)?"


def _numbered_forms(body: str, ordinal: str, series: str) -> list[tuple[str, bool]]:
    """``the 5th meeting of X``, ``X held its 5th meeting`` (any verb of ``meeting_words.csv``, role
    ``held-its``: ``X concluded its 5th meeting``), ``the second physical meeting of X`` (its number:
    decision 2), ``the 5th X meeting``, ``X's 5th meeting``, ``X met for the 5th time``, ``the fifth X
    (X-31) met`` ..."""
    held = rf"(?:(?:{auxiliary_alternation('have', 'singular')})\s+)?(?:{_alt(meeting_words('held-its'))})"
    return [
        (_several_form(body, ordinal), True),
        # "the 5th meeting of X", "the second plenary meeting of the 2031 session of the Council": the body's
        (
            rf"(?P<num>{ordinal})\s+(?:(?i:{series})\s+)?(?:[Mm]eeting\s+of\s+(?:the\s+)?|MEETING\s+OF\s+(?:THE\s+)?)"
            rf"{_YEAR_SESSION_OF}(?P<body>{body})",
            True,
        ),
        # "the 5th meeting of X", "XXIX Meeting of X" (a Roman numeral before the noun: the twenty-ninth)
        (
            rf"(?P<num>{ordinal}|{roman_ordinal_regex()})\s+(?:[Mm]eeting\s+of\s+(?:the\s+)?|MEETING\s+OF\s+(?:THE\s+)?)(?P<body>{body})",
            True,
        ),
        (
            rf"(?P<body>{body})(?:\s*\([^)]{{1,40}}\))?\s+{held}\s+its\s+(?P<num>{ordinal})\s+(?:(?i:{series})\s+)?[Mm]eeting",
            True,
        ),
        (
            rf"(?P<num>{ordinal})\s+(?i:{series})\s+[Mm]eeting\s+of\s+(?:the\s+)?(?:(?P<body>{body})|(?P<name>{_UNKNOWN_NAME}))",
            True,
        ),
        (
            rf"(?:(?P<body>{body})|(?P<name>{_UNKNOWN_NAME}))\s+(?P<num>{ordinal})\s+(?i:{series})\s+[Mm]eeting\b",
            True,
        ),
        # "the 5th X meeting", "the second Open Consultations and X Meeting": the ordinal counts both; "the 4th X
        # preparatory meeting": a series word before the noun
        (
            rf"(?P<num>{ordinal})\s+(?:\w+\s+|(?:[A-Z][\w-]*\s+){{1,4}}(?:and|&)\s+)?(?P<body>{body})\s+"
            rf"(?:(?i:{series})\s+)?(?:[Mm]eeting|MEETING)",
            True,
        ),
        # "The fifth X Forum (XF-31) met in ...": an ordinal before a catalogue body that met numbers its meeting
        (rf"(?P<num>{ordinal})\s+(?P<body>{body})(?:\s*\([^)]{{1,40}}\))?\s+(?i:{_alt(meeting_words('met'))})\b", True),
        (
            rf"(?P<num>{ordinal}|{roman_ordinal_regex()})\s+[Mm]eeting\s+of\s+(?:the\s+)?(?P<name>{_UNKNOWN_NAME})(?:\s*\((?P<acr>[^)]{{1,40}})\))?",
            True,
        ),
        # "Working Group 4C held its sixth meeting": a designator after the name is part of it (:data:`_DESIGNATOR`)
        (
            rf"(?P<name>{_UNKNOWN_NAME})(?:{_DESIGNATOR.pattern})?(?:\s*\((?P<acr>[^)]{{1,40}})\))?\s+{held}\s+its\s+"
            rf"(?P<num>{ordinal})\s+(?:(?i:{series})\s+)?[Mm]eeting",
            True,
        ),
        *_counted_forms(body, ordinal),
    ]


def _counted_forms(body: str, ordinal: str) -> list[tuple[str, bool]]:
    """The last of :func:`_numbered_forms`: a body that met for the Nth time, a meeting the Nth of a body in
    apposition, a body's Nth meeting by its name or possessive."""
    return [
        # "The Working Group on X (WG-X) met for the third time on ...": the ordinal counts its meetings
        (
            rf"(?:(?P<body>{body})|(?P<name>{_UNKNOWN_NAME}))(?:\s*\((?P<acr>[^)]{{1,40}})\))?\s+"
            rf"(?:met|convened|gathered)\s+for\s+the\s+(?P<num>{ordinal})\s+time\b",
            True,
        ),
        # "The meeting, the fourth of the X Group, was held ...": the ordinal in apposition numbers the body's meeting
        (
            rf"\b(?P<this>[Mm]eeting)\s*,\s+the\s+(?P<num>{ordinal})\s+of\s+(?:the\s+)?"
            rf"(?:(?P<body>{body})|(?P<name>{_UNKNOWN_NAME}|{_APPOSED_NAME}))(?:\s*\((?P<acr>[^)]{{1,40}})\))?\s*,",
            True,
        ),
        # "EGTI's second meeting", "the TDAG 25th meeting": the body, then the ordinal
        (rf"(?P<body>{body})(?:['’]s)?\s+(?P<num>{ordinal})\s+(?:[Mm]eeting|MEETING)\b", True),
    ]


def _unnumbered_forms(body: str, series: str) -> list[tuple[str, bool]]:
    """Meetings named without an ordinal: a rapporteur group's, ``the UNGIS meeting``, ``X held its
    annual meeting``, ``meeting of the X``, ``X met in Nairobi``, ``annual meeting of the X``."""
    kinds = _alt(meeting_words("occasion"))
    met = rf"(?:met|convened)\s+(?:(?:{cardinal_regex()})\s+times\s+|once\s+|twice\s+)?"
    return [
        # "Rapporteur Group meeting for Question 1/1", "Question 4/17 interim Rapporteur group meeting"
        *((form, False) for form in rapporteur_forms()),
        (rf"(?P<body>{body})(?:\s*\([^)]{{1,40}}\))?\s+(?:(?i:{kinds}|{series})\s+)?(?i:meeting)\b", False),
        # "The Expert Group on X (EGX) held its annual meeting ..."
        (
            rf"(?P<body>{body})(?:\s*\([^)]{{1,40}}\))?\s+(?:held|convened|holds)\s+its\s+"
            rf"(?:(?i:{kinds}|{series})\s+)?[Mm]eeting\b",
            False,
        ),
        # "The Network of X (NoX) held its annual breakfast meeting ...": a name outside the catalogue, defined by
        # its acronym, holding a meeting its few lower-case words qualify
        (
            rf"(?P<name>{_UNKNOWN_NAME})\s*\((?P<acr>[^)\s]{{2,20}})\)\s+(?:held|convened|holds)\s+its\s+"
            rf"(?:[a-z]+\s+){{0,3}}?[Mm]eeting\b",
            False,
        ),
        (rf"\b(?i:meeting\s+of\s+(?:the\s+)?)(?P<body>{body})(?![\w&\-])", False),
        # a session named by its year, the usual way of the Council's: "the 2031 session of the Council", "the
        # Council concluded its 2031 session" (any verb of role ``held-its``)
        (rf"(?<![\w-]){_YEAR_SESSION_OF}(?P<body>{body})(?![\w&\-])", False),
        # ... or by its series word: "the extraordinary session of the Council", "the ordinary session of the X"
        (
            rf"(?<![\w-])(?i:{series}|ordinary|regular)\s+(?i:session)\s+(?i:of)\s+(?:(?i:the)\s+)?"
            rf"(?P<body>{body})(?![\w&\-])",
            False,
        ),
        (
            rf"(?P<body>{body})(?:\s*\([^)]{{1,40}}\))?\s+(?:(?:{auxiliary_alternation('have', 'singular')})\s+)?"
            rf"(?:{_alt(meeting_words('held-its'))})\s+"
            r"its\s+(?:19|20)\d\d\s+(?i:session)\b",
            False,
        ),
        # "The Expert Group on X (EGX) met in Nairobi on 3 June", "met four times between ...": a body that met
        (
            rf"(?P<body>{body})(?:\s*\([^)]{{1,40}}\))?\s+{met}(?=(?:in|at|on|from|between|virtually|online)\b)",
            False,
        ),
        (
            rf"(?P<name>{_UNKNOWN_NAME})(?:\s*\((?P<acr>[^)]{{1,40}})\))?\s+{met}(?=(?:in|at|on|from|between|virtually|online)\b)",
            False,
        ),
        (rf"(?i:{kinds})\s+[Mm]eeting\s+of\s+(?:the\s+)?(?P<name>{_UNKNOWN_NAME})", False),
    ]


_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&\-]*[A-Z0-9]")
#: a word of a name's tail in lower case, and what ends the tail: a bracket, a clause's end, a place
#: (``in Lima``) or a date (``on 3 May``) after it
_TAIL_WORD = re.compile(r"\s+(?P<word>[A-Za-z][\w’'\-]*)")
_TAIL_END = re.compile(rf"\s*(?:[,;:.(]|$)|\s+(?:{preposition_alternation('place')})\s+[A-Z]|\s+(?:on|from|of)\s+\d")
#: the most words of a name's tail
_TAIL_WORDS = 10


def name_tail(text: str, start: int, end: int) -> str:
    """The lower-case words that end a body's name (``text[start:end]``) cut after a connector (``the 4th
    meeting of the Group of Experts on the`` + `` revision of the regulations``, then ``was held``):
    words up to a bracket, a clause's end, a place or a date, or a word no name runs over
    (``meeting_words.csv``, role ``name-breaker``); none when the name does not end with a connector
    or no such end comes within :data:`_TAIL_WORDS` words. The name's head must be a body noun."""

    name = without_article(text[start:end])
    if head_of(name) is None:
        return ""
    if not re.search(rf"\s(?:{preposition_alternation('core')}|and)(?:\s+the)?$", name):
        return _closing_word(text, end)
    pos, breakers = end, meeting_words("name-breaker")
    for _ in range(_TAIL_WORDS):
        if _TAIL_END.match(text, pos) or (pos > end and _breaks(text, pos, breakers)):
            return text[end:pos]
        m = _TAIL_WORD.match(text, pos)
        if m is None:
            return ""
        pos = m.end()
    return ""


#: a bracket that dates the meeting after its body's name (``(online, 3-4 March 2031)``, ``(Lima, 3 May 2031)``)
_DATED_BRACKET = re.compile(r"\s*\([^()]*\b(?:19|20)\d\d\)")


def _closing_word(text: str, end: int) -> str:
    """The one lower-case word that ends a body's name written in title case before the bracket that dates its
    meeting (``the 3rd meeting of the X Working Group on Spectrum Conference`` + `` preparation``, then ``(online,
    3-4 March 2031)``): a noun of the topic, not a meeting's or a small word, nor one no name runs over or a
    verb's past."""
    m = _TAIL_WORD.match(text, end)
    if m is None or not m.group("word").islower() or not _DATED_BRACKET.match(text, m.end()):
        return ""
    word = m.group("word")
    kinds = {*meeting_words("meeting-noun"), "session", "sessions", "meetings"}
    no_name = word in kinds or word in meeting_words("name-breaker") or word in small_words() or len(word) < 4
    no_name = no_name or word.endswith("ed")  # a verb's past (``the Group agreed (Document 12, 2031)``)
    return "" if no_name else text[end : m.end()]


def _breaks(text: str, pos: int, breakers: dict[str, str]) -> bool:
    """Whether the word after ``pos`` ends a name (``was``, ``which``; ``and`` before a past tense:
    ``and agreed that``)."""
    m = _TAIL_WORD.match(text, pos)
    if m is None:
        return False
    after = _TAIL_WORD.match(text, m.end()) if m.group("word") == "and" else None
    return m.group("word").lower() in breakers or (after is not None and after.group("word").endswith("ed"))


def _unknown_body_key(written: str, bodies: tuple[BodyName, ...]) -> str | None:
    """The key of a body named outside the gazetteer (``Open Consultation Process``):
    a gazetteer body inside the name wins; report words (``Report of the``) and a leading
    article are not part of the name."""
    if re.search(r"\w-$", written):  # a name cut at a line-end hyphen is no name
        return None
    name = re.sub(rf"(?:\s+(?:{preposition_alternation('core')}|and|the|&))+$", "", written)
    name = re.sub(r"^(?:.*?\b(?:Report|Minutes|Summary|Record|Outcome)\s+(?:of|on)\s+)?(?:(?:The|the)\s+)?", "", name)
    # a gazetteer body may follow a generic word: "meeting of the ITU Council ..."
    known = find_body_names(name, bodies)
    if known and known[0][1] == (0, len(name)):
        return known[0][0]
    # a catalogue name broken by a line-end hyphen or OCR ("Indic-ators"): the same letters
    same = body_index(bodies).keys.get(squash(name))
    if same:
        return same
    if len(name.split()) < 2 or generic_name(name) or name.split()[0] in honorifics():
        return None  # "Mr Anders Berg (Norway) met ...": a person is no body
    return slug(name) or None


def generic_name(name: str) -> bool:
    """Whether ``name`` is a kind of body, not a body's name: its head noun alone, maybe after words of
    a kind (``meeting_words.csv``, role ``generic-kind``): ``the Working Group``, ``the Focus Group``
    stand for a group the report names elsewhere."""

    head = head_of(name)
    if head is None or not name.endswith(head[0]):
        return False
    kinds = {w.lower() for w in meeting_words("generic-kind")}
    return all(w.lower() in kinds for w in name[: -len(head[0])].split())


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


# ------------------------------------------------------------------ names the report defines
#: what no name before its acronym runs over
_NAME_STOP = re.compile(r"[.;:()\[\]]")
_COMMA = re.compile(r",")
_CAPITAL = re.compile(r"\b[A-Z]")
#: an ordinal opening a name (``Second Preparatory Meeting``), left out of what its acronym spells
_OPENING_ORDINAL = re.compile(rf"^(?i:{ordinal_regex()}|{roman_ordinal_regex()})\s+")
#: an ordinal word before a topic (``for the fourth X Forum``)
_ORDINAL_WORD = re.compile(rf"(?i:{ordinal_regex()})")
#: the most words of a name before its acronym
_DEFINED_WORDS = 25


def spells(acronym: str, words: Sequence[str]) -> bool:
    """Whether the capital letters of the acronym's first part (``CWG`` of ``CWG-LANG``, ``PC`` of
    ``PrepCom-3``) are the initials of the name's first capitalised words (``Council Working Group
    on the use of ...``); an acronym opening with the owner's acronym that opens the name too spells the rest of
    it (``RCC WG-X`` of ``RCC Working Group on X``)."""
    owner, _, organ = acronym.partition(" ")
    if organ and len(words) > 1 and words[0] == owner:
        return spells(organ, words[1:])
    letters = re.sub(r"[^A-Z]", "", re.split(r"[-/\s]", acronym)[0])
    return len(letters) >= 2 and initials(list(words)).startswith(letters)


def closes_topic(name: str, acronym: str) -> bool:
    """Whether the acronym in brackets that closes a name spells only what the name is about, the capitalised
    words after its last small word (``Second Preparatory Meeting for the World Telecommunication Development
    Conference (WTDC-31)``, ``Expert Group for the 9th Global Symposium for Regulators (GSR-31)``), not the name
    itself (``Regional Preparatory Meeting for Africa (RPM-AFR)``, ``ITU Regional Development Forum (RDF)``)."""
    return _before_topic(name, acronym) is not None


def closes_event(name: str, acronym: str) -> bool:
    """Whether the acronym in brackets that closes a name spells only the event the named group is for, the topic
    of :func:`closes_topic` after ``for`` (``Host Committee for the X Summit 2031 (XS-31)``; role ``serves``), not
    an owner after ``of`` (``The Council of the X Union (XU)``: the organ's owner, read by ``organ_before``);
    ``the`` and an ordinal between them (``for the fourth X Forum``) left out."""
    before = _before_topic(name, acronym)
    small = [w.lower() for w in before or () if w.lower() != "the" and not _ORDINAL_WORD.fullmatch(w)]
    return bool(small) and small[-1] in meeting_words("serves")


def _before_topic(name: str, acronym: str) -> list[str] | None:
    """The words of ``name`` before the topic the acronym spells (see :func:`closes_topic`), ordinals left out."""
    words = _OPENING_ORDINAL.sub("", name).split()
    letters = re.sub(r"[^A-Z]", "", re.split(r"[-/\s]", acronym)[0])
    if len(letters) < 2 or spells(acronym, words):
        return None
    for i in range(len(words) - 1, 0, -1):
        spelt = initials(words[i:])
        if len(spelt) > len(letters):
            return None
        if spelt == letters and words[i][:1].isupper():
            before = [w for w in words[:i] if not w[:1].isdigit()]
            return before if before and before[-1].islower() else None
    return None


def name_before_acronym(text: str, paren: int, acronym: str) -> str | None:
    """The name that ``(ACRONYM)`` at ``paren`` defines, lower-case words included (``Council
    Working Group to prepare for the 2012 World Conference on ... (CWG-WCIT12)``, ``Expert Group on
    the measurement of X (EG-X)``): the shortest run of words before it that starts with a capital
    and whose initials the acronym spells; not over a full stop, a colon, a bracket, a comma
    followed by capitalised words (``Ms X, Director, Telecommunication Development Bureau (BDT)``),
    nor over a word that ends a name (``was``, ``which``; ``meeting_words.csv``, role
    ``name-breaker``)."""
    before = text[:paren]
    stop = max((m.end() for m in _NAME_STOP.finditer(before)), default=0)
    # a comma ends the name, unless only a period follows it (``..., 2012-2015 (CWG-X)``)
    stop = max([stop] + [m.end() for m in _COMMA.finditer(before, stop) if _CAPITAL.search(before, m.end())])
    words = before[stop:].split()[-_DEFINED_WORDS:]
    breakers = meeting_words("name-breaker")
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in breakers:
            return None
        if words[i][:1].isupper() and spells(acronym, words[i:]):
            return " ".join(words[i:]).rstrip(",")
    return None


def as_words(capitals: str) -> str:
    """A name written in capitals as a name in words (``WORKING GROUP ON THE REVIEW OF X`` ->
    ``Working Group on the Review of X``): small words in lower case, the others capitalised
    (:func:`.casing.title_cased`)."""
    return " ".join(title_cased(capitals).split())


#: a header line in capitals is no longer
_CAPITALS_LINE = 200


#: words in capitals joined by a small word in capitals: a heading in capitals, not acronyms
#: (``SESSION OF THE COUNCIL``)
_CAPITALS_HEADING = re.compile(
    rf"(?<![\w-])[A-Z]{{2,}}\s+(?:{alternation(prepositions('goes-on'), each=str.upper)}|AND)\s+"
    rf"(?:THE\s+)?(?:\d{{4}}\s+)?[A-Z]{{2,}}(?![\w-])"
)


def words_of_capitals(text: str) -> str:
    """A short line written in capitals, or holding a heading in capitals (a title run into its dateline: ``C31/9-E
    REPORT ON THE 2031 SESSION OF THE COUNCIL Geneva, 3-5 May 2031``), read as words, letter for letter at the same
    places (``Report on the 2031 Session of the Council``): small words in lower case, the others capitalised; any
    other text as it is."""
    if len(text) > _CAPITALS_LINE or not _CAPITALS_HEADING.search(text):
        return text
    return title_cased(text)

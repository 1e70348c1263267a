"""What the name in a heading is: a body named there (``_body_named``, ``_meeting_of``, ``_owner``), a
name headed by a meeting noun (``_headed``), a series' year taken off (``series_year_off``), the most
specific of nested keys (``most_specific``; moved from meeting_heading.py)."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.text import DASH, alternation

from .body_names import BodyName, find_body_names, head_of, load_body_names
from .casing import name_words, remit_tail, title_cased
from .dates import find_dates
from .event_forms import heads_name
from .event_series import event_series
from .gazetteer import bodies as gazetteer_bodies
from .gazetteer import small_words
from .heading_kinds import _nouns
from .keys import slug
from .meeting import meeting_words, ordinal_regex
from .meeting_header import committee, owned_group
from .meeting_words import event_modifiers, is_modifier
from .study_groups import sector_study_groups, study_group_sector

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
#: (``Regional Radiocommunication Seminar 2031 for Africa``, ``Regional Development Forum 2030 for Asia``; a header
#: line in capitals, ``REGIONAL DEVELOPMENT FORUM 2030 FOR ASIA``)
_MID_YEAR = re.compile(r"^(?P<name>[^()]*?[A-Za-z])\s+(?:19|20)\d\d(?=\s+(?P<next>[A-Za-z]+)\s)")


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
    if name.split()[-1].lower() not in ends or m.group("next").lower() not in small_words() or not lead_only:
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


#: a period of years (``2032-2035``, ``2029–32``): a plan's or a study period's, a topic's, never a session's year
_YEARS_PERIOD = re.compile(rf"\b(?:19|20)\d\d\s*{DASH}\s*(?:(?:19|20)\d\d|\d\d)\b")


def _before_years(name: str) -> list[str]:
    """The word before each year in ``name`` (an empty one before a year that opens it), but a period of years
    (``Information session on the Financial Plan 2032-2035``: the plan's period, :data:`_YEARS_PERIOD`)."""
    plain = _YEARS_PERIOD.sub(lambda m: "~" * len(m.group(0)), name)
    return [(plain[: m.start()].split() or [""])[-1] for m in re.finditer(r"\b(?:19|20)\d\d\b", plain)]


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
    return known[0] if known else (slug(rest) if _body_named(rest) or _remit_named(rest) else None)


@cache
def _remit_link() -> re.Pattern[str]:
    """Capitalised words, then a lower-case link to a remit and the capitalised rest (``casing.remit_tail``)."""
    word = r"[A-Z][\w&/’'\-]*"
    return re.compile(rf"{word}(?:\s+[\w&/’'\-]+)*?{remit_tail(word)}$")


def _remit_named(name: str) -> bool:
    """Whether ``name`` is a group named with what its members answer for (``ECOWAS Ministers responsible for
    Energy``, ``Heads of Regulators in charge of Spectrum``): the group met (``Meeting of X``)."""
    return _remit_link().match(name) is not None


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
    if study_group_sector(key) and study_group_sector(key) == sector_study_groups(parent):
        return True  # "RADIOCOMMUNICATION STUDY GROUPS" / "Working Party 4C": the working party met
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
    name = " ".join(words)  # "X PROGRAMME – STEERING COMMITTEE": headed by the group after the dash
    head = head_of(owned_group(name) or name) if 1 < len(words) <= 12 and line[:1].isupper() else None
    return head is not None and head[2] == "body" and not re.search(r"[\d.,:;]", _TOPIC_NUMBERS.sub("", line))


#: a numbered event (``WRC-31``, ``PP30``, ``WSIS+20``) or a year in a body's topic (:func:`_body_named`)
_TOPIC_NUMBERS = re.compile(r"(?<![\w\-])(?:[A-Z][A-Za-z]*[\-+]?\d{2}|(?:19|20)\d\d)(?![\w\-./])")

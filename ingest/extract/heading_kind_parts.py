"""The parts of a kind line: its subject (``_subject``), number, dateline after it (``_rest_dateline``),
the body a line names (``_body_line``, ``_named``) and a kind that is its own (``_own_kind``; moved from
meeting_heading.py)."""

from __future__ import annotations

import re
from typing import Any

from wsiskg.ingest.text import DASH

from .body_names import BodyName, find_body_names, head_of
from .casing import line_joiner_alternation, title_cased
from .dates import find_dates
from .gazetteer import preposition_alternation
from .heading_lines import _heading
from .heading_names import _meeting_of, _owner
from .keys import slug
from .meeting import dateline, number_value, session_stem
from .meeting_header import BRACKET_ACRONYM, line_body, owned_group
from .meeting_mentions import closes_topic, generic_name
from .meeting_words import is_modifier
from .study_groups import sector_words

#: the words of a heading line before a colon, a bracket or a spaced dash
_SUBJECT_END = re.compile(rf"\s*[:(]|\s{DASH}\s")


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
        short = acronym.group(1) if acronym and not closes_topic(whole, acronym.group(1)) else ""
        found += [key for key, span in find_body_names(short, names) if span == (0, len(short))] if short else []
        if found:
            return found[0], line
    # its words before a colon, a bracket or a spaced dash (``AFRICAN GROUP – COUNCIL 2031``: the group, at the
    # session); the whole line when the dash ends an owner's name before its group's (``X Programme – Steering Group``)
    owned = line.strip() if owned_group(line, names) else None
    return None, _owner_acronym_name(line) or owned or _SUBJECT_END.split(line, maxsplit=1)[0].strip()


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


def _number(kind: re.Match[str]) -> int | None:
    """The number of a line of the kind: its ordinal (``Seventh meeting``) or the number after
    the noun (``Meeting No. 7``, ``Meeting XII``)."""
    written = kind.group("num") or kind.group("after")
    return number_value(re.sub(r"/\d{4}$", "", written)) if written else None


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


#: what joins a record's meeting to its dateline in a title (``meeting held in Lima, 3 May``, ``meeting of 3 May``)
_HELD_OR_OF = re.compile(
    rf"\s+(?:(?i:held)\s+(?:(?i:{preposition_alternation('place')})\s+(?=[A-Z])|(?i:on)\s+)|(?i:of)\s+(?=\d))"
)


#: two names a slash joins on a header line (``X PROGRAMME / Y UNION``): the partners' joint letterhead
_JOINT = re.compile(r"[A-Za-z]{3,}\s/\s[A-Z]")


def _body_line(line: str, names: tuple[BodyName, ...]) -> str | None:
    """The key of the body outside the catalogue a header line names whole: a name headed by a body noun
    with its acronym in brackets (``X Correspondence Group on Y (XCG-Y)``: keyed by the acronym, not one of what
    it is about, ``X Group for the 6th Y Forum (YF-31)``: :func:`.meeting_mentions.closes_topic`), or one in
    capitals (``STANDING COMMITTEE ON X``, :func:`.meeting_header.line_body`) or in title case, keyed by its name
    (``Joint Coordination Activity on X``); not a kind's name alone."""
    if _JOINT.search(line):
        return None  # "X PROGRAMME / Y UNION": the partners' joint letterhead, no body that met
    found = line_body(line, names, catalogue=False)
    if found is not None:
        return found.key
    m = _DEFINED_NAME.fullmatch(line) or _TITLE_CASED_NAME.fullmatch(line.strip())
    if m is None or _catalogue_whole(m.group("name"), names) or generic_name(m.group("name")):
        return None
    acronym = m.groupdict().get("acr")
    acronym = None if acronym and closes_topic(m.group("name"), acronym) else acronym  # "... for the X Forum (XF-31)"
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


def _own_kind(kind: str, subject: str) -> str | None:
    """The name of a meeting of a kind of its own (``Facilitation Meeting``; not only an
    ``Annual`` or ``Virtual meeting``, ``event_modifiers.csv``) of what a heading line names
    (``WSIS ACTION LINE C3``; not a document's symbol, a date or a sentence)."""
    modifiers = [w for w in kind.split()[:-1] if not is_modifier(w)]
    if not modifiers or not subject or subject.endswith(".") or re.search(r"/|\b\d+\b", subject):
        return None
    return f"{subject} {kind}"


def _catalogue_whole(name: str, names: tuple[BodyName, ...]) -> bool:
    """Whether ``name`` is a catalogue body's whole (``the Internet Governance Forum``: the statement's), not a
    name of its own that holds one (``Nepal Internet Governance Forum``, a national forum)."""
    return any(span == (0, len(name)) for _, span in find_body_names(name, names))

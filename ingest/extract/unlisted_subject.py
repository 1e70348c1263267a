"""The body outside the catalogue that opens a lead sentence as the subject of ``held its Nth session``
(:func:`.present_meeting.held_session`): ``The Intergovernmental Panel on X held its second session in ...``,
``1. The Executive Board of the Y Network held its seventh session ...``.

A session is read as the body's own when two things hold: the name is the whole subject, written as a name
(``The`` and words in title case, small joiners inside), and its head noun is a body's (``Panel``, ``Board``,
``Committee``, ``Council``) or a conference's (``Conference of Ministers``, ``Assembly``), not an event's: the
sessions of a forum or a track are parts of it (``The High-level Track held its first session``), and a head
noun alone (``The Commission``) stands for a body the report names elsewhere.

The same body named after its session (:func:`unlisted_session`): ``The second session of the Intergovernmental
Panel on X was held in Y from 1 to 3 June 2031``, ``3. The third ordinary session of the Conference of Ministers of
Z took place ...``: a lead sentence that opens with the session and says it met (``meeting_words.csv``, role
``met``), dated in its clause; a catalogue body's session is the other readers'.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import clause_spans

from .body_names import BodyName, find_body_names, head_of
from .casing import joiner_alternation
from .dates import find_dates
from .gazetteer import bodies as gazetteer_bodies
from .keys import slug
from .meeting_days import header_year
from .meeting_lead import LEAD_PARAGRAPHS
from .meeting_mentions import generic_name
from .meeting_words import meeting_words, word_alternation
from .ordinals import number_value, ordinal_regex
from .other_meetings import another_meeting

#: the kinds of head noun (``body_names.head_of``) of a body that holds numbered sessions though its category is an
#: event's: a conference, an assembly
_SESSION_KINDS = frozenset({"conference"})


@cache
def _name() -> str:
    """A name: capitalised words and the small joiners between them."""
    word = r"[A-Z][\w&/’'\-]*"
    return rf"(?P<name>{word}(?:\s+(?:{joiner_alternation()}|{word}))*)"


@cache
def _subject() -> re.Pattern[str]:
    """A clause that is a name only: a paragraph's number, ``The``, capitalised words and small joiners, maybe
    closed by an acronym in brackets (``The Assembly of the Andean Data Coalition (ADC)``: the owner's or its own)."""
    return re.compile(rf"^\s*(?:\d{{1,3}}[.)]?\s+)?[Tt]he\s+{_name()}(?:\s*\([A-Z][\w&/\-]{{1,30}}\))?\s*$")


@cache
def _session_of() -> re.Pattern[str]:
    """``The second [ordinary] session of the X [(XA)] was held``: a sentence that opens with a body's session."""
    kinds = word_alternation([*meeting_words("series"), *meeting_words("occasion")])
    met = word_alternation(meeting_words("met"))
    return re.compile(
        rf"^\s*(?:\d{{1,3}}[.)]?\s+)?[Tt]he\s+(?P<num>{ordinal_regex()})\s+(?:(?i:{kinds})\s+)?session\s+of\s+the\s+"
        rf"{_name()}(?:\s*\([^()]{{1,30}}\))?\s+(?:{met})\b"
    )


def unlisted_subject(before: str, found: str | None = None) -> str | None:
    """The key of the body outside the catalogue that ``before`` (the clause up to ``held its``) names whole, when
    its head noun is a body's or a conference's (see the module); else ``found``, the body another reading found
    ending the clause. The whole name wins over ``found`` only when ``found`` is no catalogue body and the name's
    head noun stands before its ``of``: an organ named before its owner (``The Members' Assembly of the Alliance for
    X (AX)``: the assembly, not the alliance its acronym defines)."""
    if found is not None and (found in gazetteer_bodies() or not _organ_of_owner(before)):
        return found
    m = _subject().match(before)
    return (_body_key(m.group("name")) if m is not None else None) or found


def _organ_of_owner(before: str) -> bool:
    """Whether the name ``before`` holds is headed by a noun written before its first ``of``."""
    m = _subject().match(before)
    head = head_of(m.group("name")) if m is not None else None
    first, of, _ = m.group("name").partition(" of ") if m is not None else ("", "", "")
    return head is not None and bool(of) and head[0].split()[-1] in first.split()


def _body_key(name: str) -> str | None:
    """The key of ``name`` when its head noun is a body's or a conference's and it is more than the noun."""
    if generic_name(name):
        return None
    head = head_of(name)
    if head is None or (head[2] != "body" and head[1] not in _SESSION_KINDS):
        return None
    return slug(name)


def unlisted_session(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The numbered session of a body outside the catalogue that a lead sentence opens with and says met, dated in
    its clause (see the module)."""
    year = header_year(report)
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        for a, b in clause_spans(p.text):
            m = _session_of().match(p.text[a:b])
            if m is None or find_body_names(m.group("name"), names) or another_meeting(p.text, (a, a + m.end())):
                continue
            days = [d for d in find_dates(p.text[a + m.end() : b], year) if d.precision == "day"]
            key, number = _body_key(m.group("name")), number_value(m.group("num"))
            if days and key and number:
                return Meeting(key, number, days[0].start, days[0].end, paragraphs=(p.order,))
    return None

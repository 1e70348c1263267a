"""The meeting a record says its chair closed: ``The Chairman closed the twenty-fifth meeting of RAG (Geneva,
9-11 April 2031)``, ``The Chair declared closed the 12th meeting of the X Group on 3 May 2031``.

An excerpt cut before its header may name its own meeting only in its closing paragraph, while its lead names
other bodies' meetings (``the views of the Group were sent to the fourth meeting of CWG-X (16 April)``): the
meeting a closing verb (``meeting_words.csv``, role ``closing``) has as its object is the one recorded, dated
by a dateline in brackets right after it or ``on`` and its day (:func:`.own_mention.days_after`).

A closing may name the meeting by its ordinal alone, maybe ``of the <noun>`` (``The Chair of X, Ms A, closed the
XXXI meeting held in Lima from ...``, ``thanked the Committee and closed the eighth meeting at 1815 hours on
Wednesday, 12 October 2031``, ``closed the second meeting of the Group (Hanoi, 7-10 November 2031)``): the meeting
is of the body the chair's title names (a catalogue body, or one whose longer name the report writes and the title
shortens: ``Chairman of the X Group`` for the ``X Group for WRC-31``, round 60), else of the body the excerpt is
presumed to be about, else of the group (``meeting_words.csv``, role ``group``) the noun or ``the <noun>`` before
it in the sentence names; dated as above, else by the first day after it in its sentence
(:func:`closed_by_ordinal`).
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import sentence_spans, span_at

from .body_names import BodyName, find_body_names
from .dates import document_date, find_dates
from .defined_bodies import find_defined
from .gazetteer import auxiliary_alternation, determiner_alternation, roles
from .genre import records_meeting
from .keys import slug
from .meeting import another_meeting, header_year, meeting_hits, number_value, ordinal_regex
from .meeting_words import meeting_words, word_alternation
from .ordinals import ROMAN
from .own_mention import days_after
from .presumed_body import presumed_meeting_body


@cache
def _closing() -> re.Pattern[str]:
    """A closing verb (``closed``, ``concluded``)."""
    return re.compile(rf"(?i)\b(?:{word_alternation(meeting_words('closing'))})\b")


@cache
def _closed_before() -> re.Pattern[str]:
    """A closing verb right before a meeting's mention (``closed the``, ``declared closed the``)."""
    return re.compile(rf"{_closing().pattern}\s+(?:the\s+)?$")


def closed_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The last numbered meeting of a body that a sentence of a record says was closed (see the module), with the
    days written right after it; not one still to come, nor one dated after the day the report is dated."""
    if not records_meeting(report):
        return None
    year, issued = header_year(report), document_date(report)
    found: Meeting | None = None
    for p in report.paragraphs:
        if not _closing().search(p.text):
            continue
        for hit in meeting_hits(p.text, names, False):
            before = p.text[max(0, hit.span[0] - 30) : hit.span[0]]
            if hit.number is None or not _closed_before().search(before) or another_meeting(p.text, hit.span):
                continue
            days = days_after(p.text, hit.span[1], year)
            if days is None or (issued is not None and days[0] > issued):
                continue
            found = Meeting(hit.body, hit.number, days[0], days[1], paragraphs=(p.order,))
    return found or closed_by_ordinal(report, names)


@cache
def _closed_ordinal() -> re.Pattern[str]:
    """A closing verb and the meeting it closes named by its ordinal alone (a word, a numeral, a Roman numeral),
    maybe ``of the <noun>`` and nothing more of a name (``closed the eighth meeting``, ``closed its 4th meeting``,
    ``closed the XXXI meeting``, ``closed the second meeting of the Group``; not ``... meeting of the Group on X``)."""
    return re.compile(
        rf"{_closing().pattern}\s+(?:{determiner_alternation('ordinal')})\s+(?P<num>{ordinal_regex()}|{ROMAN})\s+(?:meeting|session)\b"
        r"(?:\s+of\s+the\s+(?P<noun>(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?))\b(?!\s+(?-i:[A-Z0-9]|of\s|on\s)))?"
        r"(?!\s+of\s)"
    )


def closed_by_ordinal(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The last meeting a closing names by its ordinal alone (:func:`_closed_ordinal`), of the body
    :func:`_closing_body` reads, dated right after it (:func:`.own_mention.days_after`) or by the first day
    after it in its sentence; not one dated after the day the report is dated."""
    year, issued = header_year(report), document_date(report)
    found: Meeting | None = None
    for p in report.paragraphs:
        if not _closing().search(p.text):
            continue
        for m in _closed_ordinal().finditer(p.text):
            s0, s1 = span_at(sentence_spans(p.text), m.start(), len(p.text))
            number = number_value(m.group("num"))
            if (
                not number
                or _perfect().search(p.text, s0, m.start())
                or another_meeting(p.text, (m.start("num"), m.end()))
            ):
                continue
            days = days_after(p.text, m.end(), year)
            if days is None:
                later = [d for d in find_dates(p.text[m.end() : s1], year) if d.precision == "day"]
                days = (later[0].start, later[0].end) if later else None
            body = _closing_body(report, p.text[s0 : m.start()], m.group("noun"), names)
            if days is None or body is None or (issued is not None and days[0] > issued):
                continue
            found = Meeting(body, number, days[0], days[1], paragraphs=(p.order,))
    return found


@cache
def _perfect() -> re.Pattern[str]:
    """A perfect auxiliary right before the closing verb (``the Board had closed its 40th meeting``): a meeting
    recalled, not the one the chair closes."""
    return re.compile(rf"\b(?:{auxiliary_alternation('have')})\s+$")


@cache
def _chair_of() -> re.Pattern[str]:
    """A chair's title and the body it names after ``of`` (``The Chairperson of the X``, ``Chair of TDAG``: the
    forms of the role ``chair``), the name's capitalised words."""
    chairs = word_alternation(list(roles()["chair"].forms))
    return re.compile(rf"\b(?:{chairs})\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w&/'’\-]*(?:\s+[A-Z][\w&/'’\-]*)*)")


def _defined_as(report: ParsedReport, name: str) -> str | None:
    """The key of the body outside the catalogue whose longer name the report writes too and defines
    (:func:`.defined_bodies.find_defined`) with ``name`` as its short form (``The Chairman of the X Preparatory Group
    ... closed the second meeting of the Group`` in a report naming the ``X Preparatory Group for WTSA-31`` in full):
    the chair's title names the group by its short form (round 60); a name the report writes only so may be a
    longer one's the report never writes, and gives none."""
    return next((d.key for d in find_defined(report) if name != d.name and name in d.aliases), None)


@cache
def _group_nouns() -> re.Pattern[str]:
    """``the <group noun>`` (``meeting_words.csv``, role ``group``: ``the Committee``, ``the Board``)."""
    return re.compile(rf"\bthe\s+(?P<noun>{word_alternation(meeting_words('group'))})\b")


def _closing_body(report: ParsedReport, before: str, noun: str | None, names: tuple[BodyName, ...]) -> str | None:
    """The key of the body whose meeting a closing names by ordinal (see the module): the body the chair's title
    in ``before`` (the sentence up to the closing) names, a catalogue body (when it names another: the body whose
    longer name the report writes with it as its short form, :func:`_defined_as`, else none: a name outside the
    catalogue may be a longer one's short form); else the body the report is presumed to be about;
    else the group ``noun`` or the last ``the <group noun>`` in ``before`` names."""
    for m in _chair_of().finditer(before):
        rest, name = before[m.start("name") :], m.group("name")
        whole = [key for key, span in find_body_names(rest, names) if span[0] == 0 and span[1] >= len(name)]
        # a name outside the catalogue: maybe cut short (``the X Group``), the body only when the report defines it
        return whole[0] if whole else _defined_as(report, name)
    presumed = presumed_meeting_body(report)
    if presumed is not None:
        return presumed
    nouns = [m.group("noun") for m in _group_nouns().finditer(before)]
    named = noun if noun and noun in meeting_words("group") else (nouns[-1] if nouns else None)
    return slug(named) if named else None

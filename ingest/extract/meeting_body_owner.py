"""The report's own meeting body named with its owner in the lead (decision 6, its first full mention; decision 45,
a short form that is no acronym is never the body): a header or a title names the body that met by its own words
only (``Steering Committee``, ``Note of the third meeting of the Programme Committee``) and the lead sentence that
says it met names it with the body or event it belongs to, ``The Steering Committee of the Alliance for X met in
Y on ...``, ``The Programme Committee of the Z Summit held its third meeting ...``: the body is that full name.

Two kinds of evidence: the form (the body's own words, then ``of (the)`` and a proper name of two capitalised words
or more) and the position (the subject of a lead sentence whose verb says it met or held a meeting,
``meeting_words.csv`` roles ``met`` and ``held-its``). A name with a number (``Committee 5 of the Conference``, a
conference's committee, decision 2) or a catalogue body keeps its name; an owner named by one word (``the
Conference``, ``the Summit``) is no proper name.

An organ the header names after its owner's acronym (``MINUTES OF THE 12TH SESSION OF THE APU EXECUTIVE BOARD``) and
a lead paragraph names with its owner spelt out, closed by that acronym in brackets (``the Executive Board of the
Andean Postal Union (APU)``), is named so too (:func:`_spelt_owner`, round 53): the bracket ties the lead's owner to
the header's acronym, so no verb of meeting is asked for.

A unit any body may have (generic words and a body's head, ``body-generic-words.csv``: ``management team``,
``Steering Committee``) that the lead names right after the found body's name as the meeting's (``The sixth meeting of
the X Study Group 4 management team was held ...``), or the record's title (``Minutes of the SG4 management team
meeting``), is the body that met, with its owner as written (:func:`unit_in_lead`, round 58)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import alternation

from .body_form_lists import generic_words
from .casing import joiner_alternation
from .gazetteer import bodies as gazetteer_bodies
from .gazetteer import head_last_words, preposition_alternation
from .genre import header_lines
from .header_line_joins import NAME_LINE, name_lines
from .keys import slug
from .meeting_lead import LEAD_PARAGRAPHS, record_title
from .meeting_words import meeting_words
from .ordinals import number_value, ordinal_regex
from .other_meetings import another_meeting

#: the most words a body named without its owner has (``Technical Advisory Board``)
_BARE_WORDS = 4
#: a capitalised word of a proper name, its codes and years (``AI``, ``ICT4D``, ``2031``)
_CAPITAL = r"[A-Z0-9][\w&’'\-]*"


@cache
def _verbs() -> str:
    """A verb that says the subject met or held a meeting (``met``, ``was held``, ``held``, ``convened``)."""
    return alternation(sorted({*meeting_words("met"), *meeting_words("held-its")}), spaces=True)


@cache
def _owned(words: tuple[str, ...], line: bool = False) -> re.Pattern[str]:
    """``<words> of (the) <Owner>`` then, maybe after an acronym in brackets, a verb of meeting; ``line``: then the
    end of a header line or a comma (``Minutes of the Governing Board of the X Network``, ``..., Lima, 4 May``)."""
    body = r"[\s\-]+".join(map(re.escape, words))
    owner = rf"[A-Z][\w&’'\-]*(?:\s+(?:(?i:{joiner_alternation()})\s+)*{_CAPITAL})+"
    end = r"\s*(?:,|$)" if line else rf"\s+(?:{_verbs()})\b"
    return re.compile(
        rf"(?<![\w-])(?P<name>(?i:{body})\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<owner>{owner}))"
        rf"(?:\s+\([^()]{{1,30}}\))?{end}"
    )


def _bare(key: str) -> tuple[str, ...] | None:
    """The words of a body keyed ``key`` that may be named without its owner: outside the catalogue, a few words
    without a number or an ``of`` of their own."""
    words = tuple(key.split("-"))
    if key in gazetteer_bodies() or len(words) > _BARE_WORDS or "of" in words:
        return None
    return None if any(any(c.isdigit() for c in w) for w in words) else words


def owned_in_lead(report: ParsedReport, meeting: Meeting) -> Meeting:
    """``meeting`` of the body its lead names in full with its owner (``The Steering Committee of the Alliance for X
    met ...`` for ``steering-committee``; ``the Executive Board of the Andean Postal Union (APU)`` for
    ``apu-executive-board``, :func:`_spelt_owner`), keyed by that name; else ``meeting`` as it is."""
    words = _bare(meeting.body)
    if words is None:
        return meeting
    spelt = _spelt_owner(report, words)
    if spelt is not None:  # named where the lead spells it out
        return replace(meeting, body=slug(spelt[0]), paragraphs=tuple(sorted({*meeting.paragraphs, spelt[1]})))
    # a line cut after its joining word read with the next (``... Steering Committee of the`` / ``X Network``)
    lines = [(_owned(words, line=True), t) for t in name_lines(header_lines(report)) if len(t) <= NAME_LINE]
    for form, text in [*lines, *((_owned(words), p.text) for p in report.paragraphs[:LEAD_PARAGRAPHS])]:
        m = form.search(text)
        if m is not None and len(m["owner"].split()) > 1:
            return replace(meeting, body=slug(m["name"]))
    return meeting


@cache
def _owner_spelt(words: tuple[str, ...], acronym: str) -> re.Pattern[str]:
    """``<words> of (the) <Owner> (<acronym>)``: the organ's words, its owner's name of two capitalised words or more
    and the owner's acronym in brackets."""
    body = r"[\s\-]+".join(map(re.escape, words))
    owner = rf"[A-Z][\w&’'\-]*(?:\s+(?:(?i:{joiner_alternation()})\s+)*{_CAPITAL})+"
    return re.compile(
        rf"(?<![\w-])(?P<name>(?i:{body})\s+(?i:of)\s+(?:(?i:the)\s+)?{owner})\s+\((?i:{re.escape(acronym)})\)"
    )


def _spelt_owner(report: ParsedReport, words: tuple[str, ...]) -> tuple[str, int] | None:
    """The full name of an organ the header names after its owner's acronym (``APU EXECUTIVE BOARD``, ``MINUTES OF THE
    12TH SESSION OF THE APU EXECUTIVE BOARD``) that a lead paragraph writes with its owner spelt out and the acronym in
    brackets (``the Executive Board of the Andean Postal Union (APU)``): decision 6, its first full mention, the
    acronym's owner the same. Two kinds of evidence: the form (the key's first word an acronym, then the organ's
    words) and the lead's name that spells the owner out and closes with that acronym. ``(name, paragraph)``."""
    if len(words) < 2 or not any(
        w.isupper() and w.lower() == words[0] for line in header_lines(report) for w in re.findall(r"[\w&\-]+", line)
    ):
        return None
    form = _owner_spelt(words[1:], words[0])
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        m = form.search(p.text)
        if m is not None:
            return m["name"], p.order
    return None


def unit_in_lead(report: ParsedReport, forms: frozenset[str], meeting: Meeting) -> Meeting:
    """``meeting`` of a unit any body may have that a lead sentence names right after the found body's name
    (``forms``) as the meeting's: ``The sixth meeting of the X Study Group 4 management team was held ...`` (a
    paragraph stating the meeting, or the ordinal its number), else the record's title, ``Minutes of the SG4 management
    team meeting``: the unit with its owner as written (decision 3, the body that met; decision 6, its first full
    mention; round 58). The unit is generic words and a body's head (``body-generic-words.csv``: ``management team``,
    ``Steering Committee``), no ``of``/``on``/``for`` after it (a name of its own); else ``meeting`` as it is."""
    if not forms:
        return meeting
    ordered = tuple(sorted(forms, key=lambda f: (-len(f), f)))
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        for m in _unit_of(ordered).finditer(p.text):
            number = number_value(m["num"]) if m["num"] else None
            ours = p.order in meeting.paragraphs or (number is not None and number == meeting.number)
            if ours and not another_meeting(p.text, m.span()) and slug(m["name"]) != meeting.body:
                return replace(meeting, body=slug(m["name"]))
    titled = _unit_meeting(ordered).search(record_title(report) or "")
    if titled is None or slug(titled["name"]) == meeting.body:
        return meeting
    return replace(meeting, body=slug(titled["name"]))


def _unit(forms: tuple[str, ...]) -> str:
    """One of ``forms`` (any spaces between its words), then a unit's generic words and a body's head, in any case."""
    written = "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms)
    generic = alternation(sorted(generic_words()), spaces=True)
    heads = alternation(sorted(head_last_words("body")), spaces=True)
    topic = preposition_alternation("topic")
    return rf"(?P<name>(?:{written})(?:\s+(?i:{generic})){{1,3}}\s+(?i:{heads}))(?![\w-])(?!\s+(?i:{topic})\b)"


@cache
def _unit_of(forms: tuple[str, ...]) -> re.Pattern[str]:
    """``meeting of (the) <form> <unit>`` (:func:`_unit`)."""
    return re.compile(
        rf"(?:(?P<num>(?i:{ordinal_regex()}))\s+)?(?i:meeting|session)\s+of\s+(?:(?i:the)\s+)?{_unit(forms)}"
    )


@cache
def _unit_meeting(forms: tuple[str, ...]) -> re.Pattern[str]:
    """``<form> <unit> meeting`` (:func:`_unit`), a title's."""
    return re.compile(rf"(?<![\w-]){_unit(forms)}\s+(?i:meeting)\b")

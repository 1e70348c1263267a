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
the header's acronym, so no verb of meeting is asked for."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import alternation

from .casing import joiner_alternation
from .gazetteer import bodies as gazetteer_bodies
from .genre import header_lines
from .header_line_joins import NAME_LINE, name_lines
from .keys import slug
from .meeting_lead import LEAD_PARAGRAPHS
from .meeting_words import meeting_words

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

"""The report's own meeting body named with its owner in the lead (decision 6, its first full mention; decision 45,
a short form that is no acronym is never the body): a header or a title names the body that met by its own words
only (``Steering Committee``, ``Note of the third meeting of the Programme Committee``) and the lead sentence that
says it met names it with the body or event it belongs to, ``The Steering Committee of the Alliance for X met in
Y on ...``, ``The Programme Committee of the Z Summit held its third meeting ...``: the body is that full name.

Two kinds of evidence: the form (the body's own words, then ``of (the)`` and a proper name of two capitalised words
or more) and the position (the subject of a lead sentence whose verb says it met or held a meeting,
``meeting_words.csv`` roles ``met`` and ``held-its``). A name with a number (``Committee 5 of the Conference``, a
conference's committee, decision 2) or a catalogue body keeps its name; an owner named by one word (``the
Conference``, ``the Summit``) is no proper name."""

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
    met ...`` for ``steering-committee``), keyed by that name; else ``meeting`` as it is."""
    words = _bare(meeting.body)
    if words is None:
        return meeting
    # a line cut after its joining word read with the next (``... Steering Committee of the`` / ``X Network``)
    lines = [(_owned(words, line=True), t) for t in name_lines(header_lines(report)) if len(t) <= NAME_LINE]
    for form, text in [*lines, *((_owned(words), p.text) for p in report.paragraphs[:LEAD_PARAGRAPHS])]:
        m = form.search(text)
        if m is not None and len(m["owner"].split()) > 1:
            return replace(meeting, body=slug(m["name"]))
    return meeting

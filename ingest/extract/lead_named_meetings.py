"""A meeting named by the lead sentence that says it was held (``lead_named_meeting``: ``The X Meeting
was held ...``, ``Organised by Y, the X Forum took place ...``), keyed by its name or acronym (moved from
meeting_heading.py)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import sentence_spans

from .body_names import BodyName, find_body_names
from .gazetteer import auxiliary_alternation
from .heading_header import organiser_prefix
from .heading_kind_parts import _catalogue_whole
from .heading_kinds import _ORDINAL_OPENING
from .heading_names import _headed, _meeting_of
from .keys import slug
from .meeting import (
    LEAD_PARAGRAPHS,
    day_dates,
    front_datelines,
    header_year,
    meeting_words,
    number_value,
    ordinal_regex,
    own_dates_end,
    session_stem,
)
from .meeting_words import word_alternation

#: a name (its acronyms in brackets inside it: ``Regional Preparatory Meeting for Africa (RPM-AFR) for
#: the World ... Conference 2031 (WTDC-31)``)
_NAME_WITH_ACRONYMS = r"(?P<name>[A-Z][^,;:()]{3,150}?(?:\s*\([^()]{1,30}\)[^,;:()]{0,120}?)*)"


@cache
def _held_name() -> re.Pattern[str]:
    """A sentence that opens with a name and says it was held (``The Sub-regional Workshop on X was held in
    Douala from 6 to 8 October 2030``, ``The X Forum took place in Suva on 3 and 4 March``, ``The ninth edition of
    the X Symposium (XS-9) took place ...``: numbered by its ordinal), an organiser
    before it left out (``The UNDP-hosted X Dialogue took place ...``: :func:`organiser_prefix`)."""
    return re.compile(
        rf"^(?:The\s+)?{organiser_prefix()}?(?:(?P<ord>(?i:{ordinal_regex()}))\s+{_edition_of()})?{_NAME_WITH_ACRONYMS}\s+"
        r"(?:\((?P<acr>[^()]{1,30})\)\s+)?"
        rf"(?:(?:{auxiliary_alternation('be', 'past')})"
        r"\s+(?:\w+\s+){0,2}?(?:held|convened|organi[sz]ed|hosted)|took\s+place)\b"
    )


def _edition_of() -> str:
    """What may stand between an ordinal and the name it numbers (``The twelfth edition of the X Symposium``:
    ``meeting_words.csv``, role ``edition``), optional."""
    return rf"(?:(?i:{word_alternation(meeting_words('edition'))})\s+of\s+(?:the\s+)?)?"


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
#: a paragraph's number before a lead sentence (``1 The X Forum was held ...``, ``2.1 The X Meeting took place ...``)
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+(?=[A-Z])")
#: the acronym in brackets right after the first words of a name (``... for Africa (RPM-AFR) for ...``)
_FIRST_ACRONYM = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<acronym>[^()\s]{2,30})\)")


def lead_named_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """A meeting outside the catalogue that a lead sentence opens with (after a paragraph's number) and says
    was held (or that a participle after it says was held), dated in that sentence or the next (``... was
    convened by BDT. It was held in Bridgetown on 14 and 15 November``): its own body, keyed by the acronym
    in brackets after its first words, else by its name."""
    year = header_year(report)
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        sentences = [p.text[a:b].strip() for a, b in sentence_spans(p.text)]
        sentences[:1] = [_PARAGRAPH_NUMBER.sub("", s, count=1) for s in sentences[:1]]  # its number off
        for i, sentence in enumerate(sentences):
            m = _held_name().match(sentence) or _held_name_participle().match(sentence)
            head = m.group("name").split("(")[0].strip() if m else ""
            if m is None or not _headed(head) or _catalogue_whole(head, names) or _of_catalogue(head, names):
                continue
            after = [sentence[m.end() :]] + [s for s in sentences[i + 1 : i + 2] if _IT_HELD.match(s)]
            days = _own_days(after, year) or _front_dated(report, after, year)
            if days:
                key = _lead_named_key(m.group("name"), names, m.groupdict().get("acr"))
                number = number_value(m.group("ord")) if m.groupdict().get("ord") else None
                return Meeting(key, number, start=days[0].start, end=days[0].end, paragraphs=(p.order,))
    return None


def _of_catalogue(head: str, names: tuple[BodyName, ...]) -> bool:
    """Whether the name ``head`` is a catalogue body's meeting its own name does not key (``Third Plenary Meeting
    of the 2032 Session of Council``: a catalogue body after ``of``, not ``Meeting of X``'s whole ``X``,
    :func:`_meeting_of`): the statement's reader's."""
    return _meeting_of(head, names) is None and any(
        re.search(r"\bof\b", head[:start]) for _, (start, _end) in find_body_names(head, names)
    )


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

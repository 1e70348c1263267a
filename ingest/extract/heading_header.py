"""The header's lines a heading is read from (``_header``): an organiser's prefix taken off
(``organiser_prefix``), a run-in record title and two names on one line split (moved from
meeting_heading.py)."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import DASH, alternation

from .body_names import head_of
from .datelines import front_dateline
from .gazetteer import body_heads, preposition_alternation, small_words
from .genre import header_lines
from .heading_hosts import _host_off
from .heading_kinds import _kind_line, _nouns
from .meeting import header_year, meeting_words, ordinal_regex


def _header(report: ParsedReport) -> tuple[list[tuple[int | None, str]], int | None]:
    """The header's lines with their paragraphs' order (None for the title), and its year."""
    texts = header_lines(report)
    orders = (([None] if report.title else []) + [p.order for p in report.paragraphs[: len(texts)]])[: len(texts)]
    # the year completes a dateline without one (``Fifth meeting – Geneva, 9 and 10 February``)
    lines = [
        (order, _host_off(_organiser_prefix_off(part)))
        for order, text in zip(orders, texts, strict=True)
        for part in _run_in_parts(text)
    ]
    return lines, header_year(report)


def _organiser_prefix_off(text: str) -> str:
    """``text`` without an organiser joined by a hyphen to a participle that opens it (``UNDP-supported X Forum
    2031``: :func:`organiser_prefix`)."""
    return re.sub(rf"^\s*{organiser_prefix()}(?=[A-Z])", "", text)


#: a record's title that a layout ran into the line of the body's name and acronym (``X Regional Group (XRG) Report
#: of the virtual meeting, 10-11 May 2031``): its words in capitals, after the acronym's bracket; or after a bracket
#: or a name and a spaced dash (``Study Group 6 (X) - Report of the meeting, Geneva, ...``, ``Working Party 4C (X) -
#: Chairman's Report, 3rd meeting, ...``, ``STEERING COMMITTEE - Summary of the second meeting``)
_RUN_IN_RECORD = re.compile(
    rf"(?:(?<=[A-Z0-9]\))\s+|(?<=[\w)])\s+{DASH}\s+)(?=(?:(?:Final|Draft|Provisional)\s+)?"
    r"(?:(?:Report|Summary|Minutes|Highlights)\s+(?:of|on)\s+the\s|Chair(?:man|person)?['’]s\s+[Rr]eport\b))"
)


def _run_in_parts(text: str) -> list[str]:
    """A header line as the lines a layout ran together: the body's name, then the record's title (one split), or
    then a line of the kind with its dateline (:func:`_run_in_kind_line`)."""
    parts = _RUN_IN_RECORD.split(text, maxsplit=1)
    return parts if len(parts) == 2 and len(parts[0].split()) >= 2 else _run_in_kind_line(text)


@cache
def _kind_line_opening() -> re.Pattern[str]:
    """Where a numbered line of the kind may open inside a header line: after a word or a bracket, an ordinal or
    ``Meeting``/``Session`` and a number (``... for WRC-31 7th meeting, Quito, ...``, ``... Filings Meeting 4 –
    Almaty, ...``)."""
    nouns = alternation(_nouns(), spaces=True)
    numbered = rf"(?:{ordinal_regex()})\s+(?:[\w-]+\s+){{0,2}}?(?i:{nouns})|(?i:{nouns})\s+\d{{1,3}}(?!\d)"
    return re.compile(rf"(?<=[\w)])\s+(?=(?:{numbered})\s*(?:,|{DASH}))")


def _run_in_kind_line(text: str) -> list[str]:
    """A body's name and a numbered line of the kind with its dateline that a layout ran into one header line
    (``Andean Committee on Numbering Third meeting, Quito, 3-5 June 2031``): the two lines; else the line as it is."""
    for m in _kind_line_opening().finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        kind = _kind_line().match(after)
        if _name_ends(before) and kind is not None and kind.group("rest") and front_dateline(kind.group("rest")):
            return [*_two_names(before), after]
    return [text]


#: a preposition that opens a name's topic
_TOPIC = re.compile(rf"\s(?:{preposition_alternation('topic')})\s")


@cache
def _second_name() -> re.Pattern[str]:
    """Where a name may open with a body's head of two words or more and its topic (``... Working Party on X``)."""
    heads = [h for h, _, category in body_heads() if category == "body" and " " in h]
    return re.compile(
        rf"(?<=[\w)])\s+(?=(?:{alternation(heads, spaces=True)})\s+(?:{preposition_alternation('topic')})\s)"
    )


def _two_names(text: str) -> list[str]:
    """Two names a layout ran into one line, the second opening with a body's head of two words or more and its
    own topic after the first's topic (``Regional Commission on Frequency Use Working Party on Satellite Filings``:
    a commission, then its working party; ``body-heads.csv``); else the line as it is. A name without a topic before
    the head is one name (``Council Working Group on X``)."""
    for m in _second_name().finditer(text):
        first = text[: m.start()]
        found = head_of(first)
        if _TOPIC.search(first) and found is not None and found[2] == "body":
            return [first, text[m.end() :]]
    return [text]


def _name_ends(text: str) -> bool:
    """Whether ``text`` may be a name of two words or more that ends where it ends: its last word is capitalised,
    a number or a bracket, not a small word (``Report of the`` / ``third meeting, ...`` is one title)."""
    words = text.split()
    last = words[-1] if words else ""
    return len(words) >= 2 and last.lower() not in small_words() and (last[:1].isupper() or last[-1:] in ")0123456789")


@cache
def organiser_prefix() -> str:
    """An organiser joined by a hyphen to a participle before a meeting's name (``ITU-coordinated``,
    ``UNESCO-hosted``: an acronym of two capitals or more; participles in ``meeting_words.csv``, role
    ``organised-by``) and the space after it: no word of the name of the body that met (decision 3)."""
    words = alternation(meeting_words("organised-by"), spaces=True)
    return rf"(?:[A-Z][A-Za-z0-9&/.]*[A-Z][A-Za-z0-9&/.]*-(?i:{words})\s+)"

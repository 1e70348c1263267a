"""A heading's trailing fields: a session line of fields, a mode or a quoted theme after the name, a
record's word after it (``_fields_cut``, ``_record_word_off``; moved from meeting_heading.py)."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.header_fields import label_alternation
from wsiskg.ingest.text import DASH, alternation

from .datelines import dateline
from .heading_kinds import _nouns
from .meeting import meeting_words
from .submitters import language_field

#: a theme in quotes that ends a heading after a dash or a colon (``X facilitation meeting — "Skills for all"``)
_QUOTED_THEME = re.compile(rf"\s*(?:{DASH}|:)\s*[\"“][^\"“”]+[\"”]\s*$")


@cache
def _field_line() -> re.Pattern[str]:
    """A header field's line (``Source:``, ``Date:``; ``label_alternation``)."""
    return re.compile(rf"^(?i:{label_alternation()})\s*:")


@cache
def _fields_after() -> re.Pattern[str]:
    """Header fields a layout ran into a heading after its acronym (``X (RPM-X) Document RPM-X31/4-E Original:
    Arabic``): a document's symbol or a field's label (``header_fields.csv``), and all
    after it."""
    fields = label_alternation()
    return re.compile(rf"(?<=\))\s+(?:(?i:document)\s+[A-Z][\w.\-]*/\S+|(?i:{fields})\s*:).*$")


@cache
def _mode_after() -> re.Pattern[str]:
    """The meeting's mode after a dash, a colon or a comma, or in brackets, that ends a heading (``Regional Preparatory
    Meeting for X (RPM-X) - virtual``, ``... (XF-31): hybrid meeting``, ``X Forum for Y (virtual)``; modes of
    ``meeting_words.csv``)."""
    modes = alternation(meeting_words("mode"), spaces=True)
    mode = rf"(?i:{modes})(?:\s+(?i:meeting|format|session))?"
    return re.compile(rf"(?:\s*(?:{DASH}|:|,)\s*\(?{mode}\)?|\s*\({mode}\))\s*$")


def _fields_cut(text: str) -> str:
    """``text`` without the header fields run into it (:func:`_fields_after`), the mode that ends it
    (:func:`_mode_after`), a theme in quotes that ends it (:data:`_QUOTED_THEME`) or a record's word after
    its meeting noun (:func:`_record_word_off`)."""
    return _record_word_off(_QUOTED_THEME.sub("", _mode_after().sub("", _fields_after().sub("", text))))


#: a record's word after a heading's name, maybe before a dash and what the record was part of
#: (``X Facilitation Meeting Report - WSIS Forum 2031``)
_RECORD_WORD_AFTER = re.compile(rf"\s+(?i:report|summary|minutes|highlights)(?:\s*(?:{DASH}|:)\s*[^()]*)?$")
#: the record's name after a dash or a colon that ends a heading (``Expert Group Meeting on X – Final Report``,
#: ``X Forum: Chair's summary``, ``X Meeting — Summary of discussions``)
_RECORD_AFTER_DASH = re.compile(
    rf"\s*(?:{DASH}|:)\s*(?i:(?:final|draft|provisional|interim|informal)\s+)?(?i:(?:chair(?:man|person)?['’]s\s+)?"
    rf"(?:report|summary(?:\s+record)?|minutes|highlights|outcomes?|conclusions))(?:\s+(?i:of|on)\s+[\w\s]{{1,40}})?$"
)


def _record_word_off(text: str) -> str:
    """``text`` without a record's word that follows the meeting noun ending its name (:data:`_RECORD_WORD_AFTER`),
    or the record's name after a dash (:data:`_RECORD_AFTER_DASH`)."""
    text = _RECORD_AFTER_DASH.sub("", text)
    m = _RECORD_WORD_AFTER.search(text)
    last = text[: m.start()].split()[-1:] if m else []
    ends = {noun.split()[-1].lower() for noun in _nouns()}
    return text[: m.start()] if m and last and last[0].lower() in ends else text


#: a document's symbol alone on a header line (``Document RAG/30-E``, ``Doc. 4A/201-E``, ``Document TSAG-R 12``,
#: ``TD 512 (WP 1/13)``)
_SYMBOL_LINE = re.compile(r"^(?i:document|doc\.|td)\s+[A-Z0-9][\w.\-/]*(?:\s+\d[\w.\-/]*)?(?:\s*\([^()]{1,20}\))?$")

#: how many header fields a layout may have put between a body's line and the kind line under it
_FIELDS_BETWEEN = 4


def above_fields(lines: list[tuple[int | None, str]], i: int) -> int | None:
    """The index of the header line right above the header fields a layout put between it and line ``i``
    (``RADIOCOMMUNICATION ADVISORY GROUP`` / ``Document RAG/30-E`` / ``2 May 2031`` / ``Original: English`` /
    ``Summary of the meeting``: a right-hand column of fields read between the body's line and the record's
    title): a document's symbol, a bare day (the issue date), a language or a labelled field; ``None`` when no
    field stands right above line ``i``."""
    j = i - 1
    while j > 0 and i - j <= _FIELDS_BETWEEN and _a_field(lines[j][1].strip()):
        j -= 1
    return j if j < i - 1 and not _a_field(lines[j][1].strip()) else None


def _a_field(line: str) -> bool:
    """Whether a header line is a field of the document, not a name (:func:`above_fields`)."""
    found = dateline(line)
    bare_day = found is not None and found[1] is None and found[0].end is None and len(line) <= 30
    return bool(_SYMBOL_LINE.match(line) or _field_line().match(line) or language_field(line) or bare_day)

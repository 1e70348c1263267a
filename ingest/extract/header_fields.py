"""The labels of a document's header fields (``ingest/data/header_fields.csv``): ``Original:
English``, ``Source: Chair, Study Group 2``, ``Title: ...``. One list for every reader of a cover
block: where a line a layout ran together splits into fields, which value a label takes (a
language, who submitted the document, its title), and what a heading must not run into. The cover
block itself (:func:`cover_fields`, up to :data:`HEADER_LINES` paragraphs and the first sentence of
prose) is read here, below both the genre's reader and the submitter's, which read it from here."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import LONG_DASH_CHARS, alternation


@cache
def field_labels(*values: str) -> tuple[str, ...]:
    """The labels of the fields whose value is one of ``values`` (``language``, ``who``,
    ``title``), or of every field."""
    return tuple(r["label"] for r in data_rows("header_fields.csv") if not values or r["value"] in values)


def label_alternation(*values: str) -> str:
    """:func:`field_labels` as one regex alternation (spaces match any run of white space)."""
    return alternation(field_labels(*values), spaces=True)


#: how many leading unnumbered paragraphs (after the title) are header lines
HEADER_LINES = 15


def cover_fields(report: ParsedReport) -> list[str]:
    """The fields (:func:`line_fields`) of the report's cover block: its title and first paragraphs (at
    most :data:`HEADER_LINES`, whatever section a layout put them in), up to a sentence of prose
    after them (an excerpt may open with the end of a paragraph cut above its header)."""
    texts = [p.text for p in report.paragraphs[:HEADER_LINES]]
    prose = [sentence_of_prose(text) for text in texts]
    start = next((i for i, p in enumerate(prose) if not p), len(texts))
    cover = next((i + 1 for i in range(start, len(texts)) if prose[i]), len(texts))
    texts = ([report.title] if report.title else []) + texts[:cover]
    return [field for text in texts for field in line_fields(text)]


@cache
def _field_labels() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Where a header line runs into a field (``header_fields.csv``: ``... Original: English.
    Source: ...``), a title field's label, and a topic field's (``Agenda item:``)."""
    fields = label_alternation()
    titles = label_alternation("title")
    topic = re.compile(rf"^(?i:{label_alternation('topic')})\s*\*?\s*:")
    split = re.compile(rf"(?<=\S)\s+(?=(?i:{fields})\s*\*?\s*:)|(?<=\S)\s+[{LONG_DASH_CHARS}]\s+(?=\S)")
    return split, re.compile(rf"^(?i:{titles})\s*\*?\s*:\s*"), topic


def line_fields(line: str) -> list[str]:
    """The fields of a header line a layout ran together (``Document X-E, 20 March 2031. Source:
    Chair, Study Group 2. Title: Report of the Chair of Study Group 2``), a title without its label;
    no topic field (``Agenda item: Outcomes of the regional forums`` names what is discussed, not
    the document's genre)."""
    split, title, topic = _field_labels()
    return [title.sub("", field) for field in split.split(line) if not topic.match(field)]


def meeting_label_off(line: str) -> str:
    """``line`` without the label of a field whose value is its meeting's name (``Meeting name: X``, ``Event: X``;
    ``header_fields.csv``, value ``meeting``)."""
    return _meeting_label().sub("", line)


@cache
def _meeting_label() -> re.Pattern[str]:
    return re.compile(rf"^(?i:{label_alternation('meeting')})\s*\*?\s*:\s*")


#: a line of prose that ends the cover block has this many words at least
_COVER_WORDS = 12


def sentence_of_prose(line: str) -> bool:
    """Whether ``line`` is a sentence of prose (no title, no field): long, in lower case, ending with a stop."""
    line = line.strip()
    return line.endswith(".") and len(line.split()) >= _COVER_WORDS and not line.isupper()

"""The labels of a document's header fields (``ingest/data/header_fields.csv``): ``Original:
English``, ``Source: Chair, Study Group 2``, ``Title: ...``. One list for every reader of a cover
block: where a line a layout ran together splits into fields, which value a label takes (a
language, who submitted the document, its title), and what a heading must not run into."""

from __future__ import annotations

from functools import cache

from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


@cache
def field_labels(*values: str) -> tuple[str, ...]:
    """The labels of the fields whose value is one of ``values`` (``language``, ``who``,
    ``title``), or of every field."""
    return tuple(r["label"] for r in data_rows("header_fields.csv") if not values or r["value"] in values)


def label_alternation(*values: str) -> str:
    """:func:`field_labels` as one regex alternation (spaces match any run of white space)."""
    return alternation(field_labels(*values), spaces=True)

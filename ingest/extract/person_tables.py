"""Rows of a participants or officers table, and the cues before a name written without an honorific.

A table is a header paragraph whose cells are all column words (``Role / Name / Country``,
``Name  Country  Function``; ``ingest/data/person-cues.csv``, kind ``column:...``) and the
paragraphs right after it that split into as many cells the same way. Cells are separated by
a tab, a run of two or more spaces (.txt and PDF lines), `` | ``, `` / `` or ``, `` (a .docx
table row is read as its cells joined by ``", "``, see ``ingest/docx_reader.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

#: cell separators, tried in this order; a row uses the first that gives the header's cell count
_SEPARATORS = (
    re.compile(r"\s*\t\s*"),
    re.compile(r"\s*\|\s*"),
    re.compile(r" {2,}"),
    re.compile(r"\s+/\s+|(?<=\w)/(?=[A-Z])"),
    re.compile(r",\s+"),
)


@dataclass(frozen=True)
class Row:
    """One table row: the paragraph order and each column's cell as (start, end) in its text."""

    order: int
    cells: dict[str, tuple[int, int]]


@cache
def _cues() -> dict[str, str]:
    return {r["phrase"].lower(): r["kind"] for r in data_rows("person-cues.csv")}


@cache
def cue_re(kind: str) -> re.Pattern[str]:
    """The cue phrases of ``kind`` (``lead``: ``Speech by``; ``post``: ``by its``), any case, at a word start."""
    words = [w for w, k in _cues().items() if k == kind]
    return re.compile(r"(?<![\w-])(?i:" + alternation(words, spaces=True) + r")\s+")


def _cells(text: str, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in [*sep.finditer(text), None]:
        end = m.start() if m else len(text)
        cell = text[pos:end]
        lead = len(cell) - len(cell.lstrip())
        out.append((pos + lead, pos + len(cell.rstrip())))
        pos = m.end() if m else pos
    return out


def _header(text: str) -> list[str] | None:
    """The columns of a header line (``["role", "name", "country"]``), or None."""
    columns = {w: k.removeprefix("column:") for w, k in _cues().items() if k.startswith("column:")}
    for sep in _SEPARATORS:
        cells = [text[a:b].strip(" :.").lower() for a, b in _cells(text.strip(), sep)]
        found = [columns.get(" ".join(c.split())) for c in cells]
        if len(cells) >= 2 and all(found) and "name" in found and len(set(found)) == len(found):
            return [f for f in found if f]
    return None


def _row(text: str, columns: list[str]) -> dict[str, tuple[int, int]] | None:
    for sep in _SEPARATORS:
        cells = _cells(text, sep)
        if len(cells) == len(columns) and all(a < b for a, b in cells):
            return dict(zip(columns, cells, strict=True))
    return None


def table_rows(paragraphs: Sequence[tuple[int, str]]) -> list[Row]:
    """The rows of every participants table among ``(order, text)`` paragraphs: each row after
    a header, until a paragraph that does not split into the header's cell count."""
    out: list[Row] = []
    columns: list[str] | None = None
    for order, text in paragraphs:
        if (header := _header(text)) is not None:
            columns = header
            continue
        row = _row(text, columns) if columns else None
        if row is None:
            columns = None
            continue
        out.append(Row(order, row))
    return out

"""A name broken over two header lines (``EXECUTIVE COUNCIL OF THE`` / ``ANDEAN DIGITAL FORUM``, ``Standing
Committee on`` / ``Spectrum and Orbit Resources``): a PDF's or a writer's layout cuts a long name after a small word
that joins its words (``of``, ``on``, ``for``, ``the``, ``and``: column ``line`` of ``small-words.csv``), and the
name goes on on the next line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .casing import line_joiner_alternation

#: the longest header line that may hold a body's name or a part of it
NAME_LINE = 140
#: how many header lines from the top may write the own meeting's body's name apart from the lead (cut, or parted
#: from its topic)
NAME_LINES = 6


@cache
def _cut() -> re.Pattern[str]:
    """A line that ends with a joining small word after a word (``... COUNCIL OF THE``, ``Committee on``)."""
    return re.compile(rf"(?i)\w[\w’'\-]*\s+(?:{line_joiner_alternation()})$")


#: the rest of a name: capitalised words (or codes) with no sentence's end, comma, colon or bracket
_REST = re.compile(r"[A-Z0-9][\w’'&/\-]*(?:\s+[\w’'&/\-]+)*")


def goes_on_after_cut(line: str, rest: str) -> bool:
    """Whether header line ``rest`` goes on from ``line``, a name cut after a joining small word (``... GOVERNING
    BOARD OF THE`` / ``PACIFIC SPECTRUM NETWORK``): both short, ``rest`` a name's rest (:data:`_REST`)."""
    line, rest = line.strip(), rest.strip()
    return len(line) <= NAME_LINE and len(rest) <= NAME_LINE and bool(_cut().search(line) and _REST.fullmatch(rest))


def name_rest(line: str) -> bool:
    """Whether header line ``line`` may be the rest of a name the line above cut (:data:`_REST`, short)."""
    return len(line.strip()) <= NAME_LINE and bool(_REST.fullmatch(line.strip()))


def name_lines(lines: list[str]) -> Iterator[str]:
    """``lines`` (a report's header lines), each line cut after a joining small word first read with the next line
    when that one is the rest of a name (:data:`_REST`), then as it is."""
    for i, line in enumerate(lines):
        line = line.strip()
        rest = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if goes_on_after_cut(line, rest):
            yield f"{line} {rest}"
        yield line

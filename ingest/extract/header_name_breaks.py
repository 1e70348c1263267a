"""A body's name a header breaks over two lines with no joining word between them (``ANDEAN BROADBAND`` / ``STEERING
COMMITTEE``, ``Gulf Spectrum`` / ``Management Working Group``): the first line opens the name, the second is the
rest of it, its head noun last (``body-heads.csv``). Decision 6 names a body by its first full mention, and a name
is never cut before its first words (the annotators write ``Andean Broadband Steering Committee``).

Two kinds of evidence: the second line is the whole name the report's meeting body was read by (a few words headed
by a body's head noun), and the line right above it is the start of a name, not another line of the header: a few
capitalised words (a line in capitals or in title case), no head noun of its own (``NORDIC TELECOM ASSOCIATION``
over ``COORDINATION BOARD`` names the owner, left as it is), no catalogue body, no country, no number or year, no
record's or genre's words (``DRAFT MINUTES``), no punctuation. A name broken after a joining word
(``EXECUTIVE COUNCIL OF THE`` / ``X FORUM``) is :mod:`.header_line_joins`'s."""

from __future__ import annotations

import re

from .body_names import find_body_names, head_of
from .casing import is_title_cased, title_cased
from .countries import country_code
from .genre import line_genre

#: the most words of each part of a name broken over two lines
_PART_WORDS = 4
#: a part of a name: capitalised words with no digit or punctuation but a hyphen or an ampersand
_PART = re.compile(rf"[A-Z][A-Za-z&’'\-]*(?:\s+[A-Za-z&’'\-]+){{0,{_PART_WORDS - 1}}}")


def name_over_lines(lines: list[str], name: str) -> str | None:
    """The name broken over two of ``lines`` (a report's header lines) whose second line is ``name`` (see the
    module): the two lines joined, as written; else ``None``."""
    for above, line in zip(lines, lines[1:], strict=False):
        above, line = above.strip(), line.strip()
        if line.casefold() == name.casefold() and _rest_of_name(line) and _start_of_name(above):
            return f"{above} {line}"
    return None


def _rest_of_name(line: str) -> bool:
    """Whether ``line`` may end a name: a few words headed by a body's head noun, last."""
    words = title_cased(line) if line.isupper() else line
    head = head_of(words)
    return bool(_PART.fullmatch(line)) and head is not None and head[2] == "body" and words.endswith(head[0])


def _start_of_name(line: str) -> bool:
    """Whether ``line`` may open a name (see the module)."""
    if not _PART.fullmatch(line) or len(line.split()) < 2 or not (line.isupper() or is_title_cased(line)):
        return False
    words = title_cased(line) if line.isupper() else line
    if head_of(words) is not None or country_code(words) or find_body_names(words):
        return False
    return line_genre(words) is None and line_genre(f"{words} of the meeting") is None

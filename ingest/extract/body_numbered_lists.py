"""Groups numbered within their parent listed after one plural head: ``Committees 6 and 7``, ``Working Groups 2A,
2B and 2C``, ``Working Parties 1A, 1B and 1C``, ``Study Groups 5 and 11`` name ``Committee 6``, ``Committee 7``, ...
The one reader of such lists (:func:`listed_groups`): the bodies the report defines (:mod:`.defined_bodies`), the
matcher, which gives each item its own span (:mod:`.body_matcher`), and the Sectors' study groups and working
parties (:mod:`.study_groups`)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from wsiskg.ingest.extract.gazetteer import data_rows
from wsiskg.ingest.text import alternation

#: the number of a group within its meeting: ``4``, ``4A``, ``4A1``, ``4A-1`` (also :mod:`.defined_bodies`)
DESIGNATION = r"\d{1,2}(?:[A-H]\d?)?(?:-\d{1,2})?"
#: a listed number: a designation (any letter: ``3M``) or a working party of a study group (``1/15``)
_LISTED = r"\d{1,2}/\d{1,2}|\d{1,2}(?:[A-Z]\d?)?(?:-\d{1,2})?"
#: the Sectors' groups listed by number (:mod:`.study_groups`)
SECTOR_HEADS = ("Study Group", "Working Party")


class ListedGroup(NamedTuple):
    """One group of the list: its name (``Committee 7``) and the span of the text that names it (the plural
    head with the first number, ``Committees 6``; each later number alone, ``7``)."""

    name: str
    start: int
    end: int


def plural(head: str) -> str:
    """A head noun's plural: ``Committee`` -> ``Committees``, ``Working Party`` -> ``Working Parties``."""
    return f"{head[:-1]}ies" if head.endswith("y") else f"{head}s"


@cache
def _plural_list(heads: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """A plural of one of ``heads`` and two or more numbers joined by commas, ``and`` or ``&``; each plural's
    singular."""
    singular = {" ".join(plural(h).split()): h for h in heads}
    item = rf"(?:{_LISTED})(?![\w/\-])"
    joint = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
    names = alternation(singular, spaces=True)
    pattern = re.compile(rf"(?<![\w\-])(?P<head>{names})\s+(?P<first>{item})(?P<rest>(?:{joint}{item})+)")
    return pattern, singular


_ITEM = re.compile(_LISTED)


def listed_groups(text: str, heads: tuple[str, ...]) -> list[ListedGroup]:
    """The groups each list of ``text`` after a plural of one of ``heads`` names, in text order."""
    return [g for _, groups in plural_lists(text, heads) for g in groups]


def plural_lists(text: str, heads: tuple[str, ...]) -> list[tuple[int, list[ListedGroup]]]:
    """Each list's end and its groups: the plural head with the first number, then each later number alone."""
    pattern, singular = _plural_list(heads)
    out = []
    for m in pattern.finditer(text):
        head = singular[" ".join(m.group("head").split())]
        groups = [ListedGroup(f"{head} {m.group('first')}", m.start(), m.end("first"))]
        groups += [
            ListedGroup(f"{head} {n.group(0)}", n.start(), n.end()) for n in _ITEM.finditer(text, *m.span("rest"))
        ]
        out.append((m.end(), groups))
    return out


@cache
def _local_heads() -> tuple[str, ...]:
    """Heads of groups numbered within their meeting (``group-codes.csv`` column ``name``, ``Committee``,
    ``Sub-Committee``, ``Working Party``)."""
    return ("Committee", "Sub-Committee", "Working Party", *(r["name"] for r in data_rows("group-codes.csv")))


#: a list that goes on with its owner's name (``Committees 1 and 2 of the Conference``: no groups of the meeting)
_OWNED = re.compile(r"\s+(?:of|on)\s+[A-Z]")


def numbered_list_items(text: str) -> list[ListedGroup]:
    """The groups numbered within their meeting that each plural list of ``text`` names, in text order."""
    return [g for end, groups in plural_lists(text, _local_heads()) if not _OWNED.match(text, end) for g in groups]

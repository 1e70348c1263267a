"""Groups numbered within their meeting listed after one plural head: ``Committees 6 and 7``, ``Working Groups 2A,
2B and 2C`` name ``Committee 6``, ``Committee 7``, ... (:func:`numbered_list_items`): read by the bodies the report
defines (:mod:`.defined_bodies`) and by the matcher, which gives each item its own span (:mod:`.body_matcher`)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from wsiskg.ingest.extract.gazetteer import data_rows
from wsiskg.ingest.text import alternation, plural

#: the number of a group within its meeting: ``4``, ``4A``, ``4A1``, ``4A-1`` (also :mod:`.defined_bodies`)
DESIGNATION = r"\d{1,2}(?:[A-H]\d?)?(?:-\d{1,2})?"


class ListedGroup(NamedTuple):
    """One group of the list: its name (``Committee 7``) and the span of the text that names it (the plural
    head with the first number, ``Committees 6``; each later number alone, ``7``)."""

    name: str
    start: int
    end: int


@cache
def numbered_heads(coded: bool | None = None) -> tuple[str, ...]:
    """The heads of groups numbered within their meeting (``group-codes.csv`` column ``name``): those with a short
    code (``coded=True``: ``Working Group``, ``WG``), those without (``False``: ``Committee``), or all."""
    return tuple(r["name"] for r in data_rows("group-codes.csv") if coded is None or bool(r["code"]) == coded)


@cache
def group_codes() -> dict[str, str]:
    """The short codes of ``group-codes.csv`` and the head each stands for (``WG`` -> ``Working Group``)."""
    return {r["code"]: r["name"] for r in data_rows("group-codes.csv") if r["code"]}


@cache
def _plural_list() -> re.Pattern[str]:
    """A plural head of numbered groups (:func:`numbered_heads`) and two or more numbers closed by ``and``."""
    heads = alternation(_singulars(), spaces=True)
    item = rf"{DESIGNATION}(?![\w/\-])"
    return re.compile(
        rf"(?<![\w\-])(?P<head>{heads})\s+(?P<first>{item})(?P<rest>(?:,\s+{item})*,?\s+and\s+{item})"
        r"(?!\s+(?:of|on)\s+[A-Z])"
    )


@cache
def _singulars() -> dict[str, str]:
    """The plural of each head of :func:`numbered_heads` (``Working Parties``) -> the head."""
    return {plural(head): head for head in numbered_heads()}


_ITEM = re.compile(DESIGNATION)


def numbered_list_items(text: str) -> list[ListedGroup]:
    """The groups each plural list of ``text`` names, in text order."""
    out: list[ListedGroup] = []
    for m in _plural_list().finditer(text):
        head = _singulars()[" ".join(m.group("head").split())]
        out.append(ListedGroup(f"{head} {m.group('first')}", m.start(), m.end("first")))
        for n in _ITEM.finditer(text, m.start("rest"), m.end("rest")):
            out.append(ListedGroup(f"{head} {n.group(0)}", n.start(), n.end()))
    return out

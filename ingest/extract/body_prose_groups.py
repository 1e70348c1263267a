"""Groups named in lower case by their kind and topic: ``an ad hoc group on X`` (:func:`_prose_groups`)."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.date_vocabulary import weekday_words
from wsiskg.ingest.extract.gazetteer import data_rows, determiner_alternation
from wsiskg.ingest.months import month_alternation
from wsiskg.ingest.text import DASH, alternation


@cache
def prose_group_kinds() -> frozenset[str]:
    """The kinds of a group named in lower case (``prose-groups.csv``, role ``group``: ``ad hoc group``,
    ``informal group``, ``drafting group``), in lower case."""
    return frozenset(r["word"] for r in data_rows("prose-groups.csv") if r["role"] == "group")


@cache
def prose_group_ends() -> frozenset[str]:
    """The words that end a prose group's topic (``prose-groups.csv``, role ``end``: ``which``, ``chaired``,
    ``asked``): ``the ad hoc group on X, which met``, ``a working group on Y and asked it``."""
    return frozenset(r["word"] for r in data_rows("prose-groups.csv") if r["role"] == "end")


@cache
def group_set_up() -> re.Pattern[str]:
    """A group of the meeting named in lower case, with or without its topic, a capitalised word perhaps
    before its kind: ``an informal group``, ``a Pacific working group on buoy data`` (``name``; the topic ends at
    a punctuation mark or a word of :func:`prose_group_ends`, after ``and`` too)."""
    kinds = alternation(sorted(prose_group_kinds()), spaces=True)
    ends = rf"(?:and\s+)?(?:{alternation(sorted(prose_group_ends()))})\b"
    return re.compile(
        rf"(?<![\w-])(?i:{determiner_alternation('article')})\s+(?P<name>(?:[A-Z][a-z]+\s+)?(?i:{kinds})"
        rf"(?:\s+on\s+[^,;:.()]{{1,80}}?)?)(?=\s*(?:[,;:.()]|$)|\s+{ends})"
    )


@cache
def _prose_group_pattern() -> re.Pattern[str]:
    """``an ad hoc group on the review of X``, ``the correspondence group on Y``: a group named in
    lower case by its kind and topic (``ingest/data/prose-groups.csv``: the kinds, role ``group``;
    the words that end the topic, role ``end``); the topic ends at a punctuation mark (a comma only
    outside a list closed by ``and``), a spaced dash or such a word;
    the acronym of the group's parent may come before it (``the TSAG Rapporteur group on X``); a
    group numbered within its meeting needs no article (``Subgroup 2 on fixed broadband indicators``)."""
    kinds = alternation(sorted(prose_group_kinds()), spaces=True)
    ends = alternation(sorted(prose_group_ends()))
    ends = rf"(?:and\s+)?(?:{ends})"  # "... and designated Ms Y to lead it"
    # a comma inside the topic only in a list closed by "and": "on Work Programme, Restructuring and Management";
    # never before a word that ends the topic, nor a word in lower case after a capitalised one: the name ended
    # there ("the Working Group on Rural Access, opened the session and ...")
    listed = rf"\s+(?!{ends}\b)(?:[^\s,;:()\[\]]+\s+){{1,3}}?and\s"
    capitalised = rf"(?-i:[A-Z][a-z][^\s,;:()\[\]]*)(?:,(?=\s+(?-i:[A-Z0-9]))(?={listed}))?"
    word = rf"(?:{capitalised}|(?-i:(?![A-Z][a-z]))[^\s,;:()\[\]]+(?:,(?={listed}))?)"
    # "on" a day is when, no topic: "held jointly with the Rapporteur Group on 23 April 2031", "... on Monday"
    months = month_alternation(upper=False)  # capitalised only: read case-sensitively
    day = rf"(?-i:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{months})\b|(?:{months})\s+\d|(?:{alternation(weekday_words())})\b)"
    topic = rf"(?!{day})(?:(?!{ends}\b){word}\s+){{0,9}}?(?!{ends}\b)[^\s,;:()\[\]]*[\w)]"
    named = rf"(?:an?|the|its|this)\s+(?P<name>(?-i:[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?\s+)?(?:{kinds})\s+on\s+{topic})"
    numbered = rf"(?P<numbered>(?=(?-i:[A-Z]))(?:{kinds})\s+\d{{1,2}}\s+on\s+(?=(?-i:[a-z])){topic})"
    return re.compile(
        rf"(?<![\w\-])(?:{named}|{numbered})(?=\s*(?:,(?!{listed})|[;:()]|\.(?:\s|$)|$)|\s+{ends}\b|\s+{DASH}\s)",
        re.IGNORECASE,
    )


def _prose_groups(text: str) -> list[str]:
    """The names of the groups :func:`_prose_group_pattern` finds in ``text``, as written."""
    return [m.group("name") or m.group("numbered") for m in _prose_group_pattern().finditer(text)]

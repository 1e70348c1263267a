"""Groups named in lower case by their kind and topic: ``an ad hoc group on X`` (:func:`_prose_groups`)."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.date_vocabulary import month_numbers, weekday_words
from wsiskg.ingest.extract.gazetteer import data_rows
from wsiskg.ingest.text import DASH, alternation


@cache
def _prose_group_pattern() -> re.Pattern[str]:
    """``an ad hoc group on the review of X``, ``the correspondence group on Y``: a group named in
    lower case by its kind and topic (``ingest/data/prose-groups.csv``: the kinds, role ``group``;
    the words that end the topic, role ``end``); the topic ends at a punctuation mark (a comma only
    outside a list closed by ``and``), a spaced dash or such a word;
    the acronym of the group's parent may come before it (``the TSAG Rapporteur group on X``); a
    group numbered within its meeting needs no article (``Subgroup 2 on fixed broadband indicators``)."""
    rows = data_rows("prose-groups.csv")
    kinds = alternation([r["word"] for r in rows if r["role"] == "group"], spaces=True)
    ends = alternation([r["word"] for r in rows if r["role"] == "end"])
    ends = rf"(?:and\s+)?(?:{ends})"  # "... and designated Ms Y to lead it"
    # a comma inside the topic only in a list closed by "and": "on Work Programme, Restructuring and Management";
    # never before a word that ends the topic, nor a word in lower case after a capitalised one: the name ended
    # there ("the Working Group on Rural Access, opened the session and ...")
    listed = rf"\s+(?!{ends}\b)(?:[^\s,;:()\[\]]+\s+){{1,3}}?and\s"
    capitalised = rf"(?-i:[A-Z][a-z][^\s,;:()\[\]]*)(?:,(?=\s+(?-i:[A-Z0-9]))(?={listed}))?"
    word = rf"(?:{capitalised}|(?-i:(?![A-Z][a-z]))[^\s,;:()\[\]]+(?:,(?={listed}))?)"
    # "on" a day is when, no topic: "held jointly with the Rapporteur Group on 23 April 2031", "... on Monday"
    months = alternation([m for m in month_numbers() if m[1:].islower()])
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

"""ITU symbols of a body prefix, a meeting and a number in a text (read by :func:`.symbols.symbol_mentions`).

``CWG-WSIS&SDG-41/2``, a prefix in mixed case that a known body has (``CWG-Internet-22/3``), the prefix
written in the catalogue's form (:func:`_canonical_prefix`) with its glue as written (:func:`_glue`);
follow-ons that repeat only the meeting number (``CWG-WSIS&SDG-40/2, 40/3 and 40/4``) and ranges
(``40/2 to 40/5``, at most :data:`MAX_RANGE` documents: :func:`_follow_ons`); ITU-D study groups'
symbols with the group inside the prefix (``SG1RGQ/112-E``, ``SG1RGQ/101 to SG1RGQ/104``:
:func:`_glued_pattern`, :func:`_glued_range`). A Question of a study group (``Q4/17``), a UN organ's
resolution (``UNGA 76/258``) and a proposal numbered by slashes (``ARB/19/2``) are none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from wsiskg.ingest.extract.body_names import body_index
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.symbol_vocab import SymbolMention, _clean_tail, _known_prefix, _revision_tail, _vocab
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, DASH_CHARS, fold_dashes, squash


@cache
def _un_organs() -> frozenset[str]:
    """UN organs whose resolutions are cited by acronym and number (``UNGA 76/258``, read by
    :mod:`resolutions`): the ``bare_number`` rows of ``resolution_issuers.csv``."""
    return frozenset(r["prefix"] for r in data_rows("resolution_issuers.csv") if r.get("bare_number"))


@cache
def _mixed_case_pattern() -> re.Pattern[str]:
    """ITU symbols whose body prefix is written in mixed case (``CWG-Internet-22/3``, with a
    space ``CWG-Internet 5/3``): read only when the prefix is a body acronym the gazetteer knows
    (see :func:`_known_prefix`)."""
    tail = _revision_tail()
    return re.compile(
        rf"(?<![\w&/.{DASH_CHARS}])(?P<prefix>[A-Z][A-Za-z&]*(?:{DASH}[A-Z][A-Za-z&]*)*)(?P<sep>{DASH}\s?|\s)(?P<meeting>\d{{1,3}})"
        rf"/(?P<rest>(?:[A-Z]{{2,6}}/)*\d{{1,4}}[A-Z]?{tail})(?![\w/])"
    )


@cache
def _follow_on_pattern() -> re.Pattern[str]:
    tail = _revision_tail()
    return re.compile(
        rf"\s*(?P<sep>,|;|,?\s+and|,?\s+&|\s+to|\s*{DASH})\s*(?P<meeting>\d{{1,3}})/(?P<rest>(?:[A-Z]{{2,6}}/)*\d{{1,4}}[A-Z]?{tail})(?![\w/])"
    )


@cache
def _glued_pattern() -> re.Pattern[str]:
    """ITU-D study group symbols with the group number inside the prefix: ``SG1RGQ/112-E``,
    ``SG2RGQ/45(Rev.1)``, ``RGQ2/1/12``, with a series ``RGQ5/1/REP/3-E``."""
    tail = _revision_tail()
    return re.compile(
        rf"(?<![\w&/.{DASH_CHARS}])(?P<prefix>[A-Z]{{2,6}}\d{{1,2}}(?:[A-Z]{{2,6}}|/\d{{1,2}}))/(?P<rest>(?:[A-Z]{{2,6}}/)?\d{{1,4}}{tail})(?![\w/])"
    )


#: the longest range of documents ``40/2 to 40/5`` is expanded into
MAX_RANGE = 30


#: what joins the two ends of a range of documents (``to``, a dash)
_RANGE_WORD = re.compile(rf"\s*(?:to|{DASH})")
#: a space or a dash doubled in a symbol's prefix
_SPACE_OR_DOUBLED_DASH = re.compile(rf"\s|{DASH}(?={DASH})")
#: a sign that makes a prefix a group's (``CWG-COP``, ``A+B``)
_PLUS_OR_DASH = re.compile(rf"[+{DASH_CHARS}]")


def _range_between(first: str, sep: str, last: str) -> list[str]:
    """``.../2`` ``to`` ``5`` -> ``["3", "4"]``: the numbers strictly between a range's ends
    (same series, no revision or language marks); other separators -> ``[]``."""
    if not _RANGE_WORD.fullmatch(sep):
        return []
    a = re.search(r"/((?:[A-Z]{2,6}/)*)(\d{1,4})$", first)
    b = re.fullmatch(r"((?:[A-Z]{2,6}/)*)(\d{1,4})", last)
    if not a or not b or a.group(1) != b.group(1):
        return []
    lo, hi = int(a.group(2)), int(b.group(2))
    if not lo < hi <= lo + MAX_RANGE:
        return []
    return [f"{a.group(1)}{n}" for n in range(lo + 1, hi)]


def _canonical_prefix(prefix: str, bodies: Iterable[Any] | None) -> str:
    index = body_index(bodies)
    key = index.keys.get(squash(prefix))
    info = index.names.get(key) if key else None
    if info and info.acronym and squash(info.acronym) == squash(prefix):
        return info.acronym  # the body's acronym as the catalogue writes it ("CWGWSIS&SDG" -> "CWG-WSIS&SDG")
    # another name of the body (an older group's acronym) is kept as written
    return fold_dashes(_SPACE_OR_DOUBLED_DASH.sub("", prefix))


def _meeting_symbols(
    text: str,
    itu: re.Pattern[str],
    bodies: Iterable[Any] | None,
    found: list[SymbolMention],
    free: Callable[[tuple[int, int]], bool],
) -> None:
    """Add to ``found`` the symbols of a prefix, a meeting and a number (``itu``, and a prefix in mixed case
    that a known body has), each where ``free``, with the follow-ons that repeat only the meeting number; a
    Question of a study group, a UN organ's resolution and a proposal numbered by slashes are none."""
    mixed = [
        m
        for m in _mixed_case_pattern().finditer(text)
        if not m.group("prefix").isupper() and _known_prefix(m.group("prefix"), bodies)
    ]
    for m in sorted([*itu.finditer(text), *mixed], key=lambda m: m.start()):
        if m.group("prefix") in _vocab("not-prefix") or m.group("prefix") in _un_organs():
            continue  # "Q4/17": a Question of a study group, "UNGA 76/258" a resolution, not a document
        by_slash = m.group("sep") == "/" and len(m.group("meeting")) < 4  # not a year: "EGTI/2009/R1"
        if by_slash and not _PLUS_OR_DASH.search(m.group("prefix")):
            continue  # "ARB/19/2": a proposal (authors/document/number); "CWG-CYB/3/9" is a group's
        prefix = _canonical_prefix(m.group("prefix"), bodies)
        glue = _glue(prefix, m)
        symbol = f"{prefix}{glue}{m.group('meeting')}/{_clean_tail(m.group('rest'))}"
        if free(m.span()):
            found.append(SymbolMention(symbol, slug(symbol), m.span()))
        _follow_ons(text, m, f"{prefix}{glue}", found, free)


def _glue(prefix: str, m: re.Match[str]) -> str:
    """The glue between prefix and meeting as written: ``CWG-COP-9/4``, ``CWG-COP 9/4`` (same key),
    ``EGTI/2009/1``; none after one letter (``C24/12``) or where the symbol glues its own prefix
    (``RAG10-1/12``, ``PP14/67``); a prefix rewritten to the catalogue's acronym takes a hyphen."""
    sep = m.group("sep")
    if len(prefix) == 1 or (sep == "" and prefix == m.group("prefix")):
        return ""
    return " " if sep and not sep.strip() else "/" if sep == "/" else "-"


def _glued_range(text: str, m: re.Match[str]) -> list[SymbolMention]:
    """``SG1RGQ/101 to SG1RGQ/104``: the documents between, same prefix, plain numbers only."""
    more = re.match(
        rf"\s*(?:to|{DASH})\s*(?:{re.escape(m.group('prefix'))}/)?(?P<n>\d{{1,4}})(?![\w/(])", text[m.end() :]
    )
    if not more or not m.group("rest").isdigit():
        return []
    lo, hi = int(m.group("rest")), int(more.group("n"))
    if not lo < hi <= lo + MAX_RANGE:
        return []
    span = (m.end() + more.start("n"), m.end() + more.end())
    return [
        SymbolMention(f"{m.group('prefix')}/{n}", slug(f"{m.group('prefix')}/{n}"), span) for n in range(lo + 1, hi + 1)
    ]


def _follow_ons(
    text: str, m: re.Match[str], head: str, found: list[SymbolMention], free: Callable[[tuple[int, int]], bool]
) -> None:
    """``CWG-WSIS&SDG-40/2, 40/3 and 40/4``: follow-ons that repeat only the meeting number
    (``head`` is the symbol's prefix with its glue), with the documents of a range between."""
    position = m.end()
    while True:
        more = _follow_on_pattern().match(text, position)
        if not more or more.group("meeting") != m.group("meeting"):
            break
        rest = _clean_tail(more.group("rest"))
        span = (more.start("meeting"), more.end())
        symbol = f"{head}{more.group('meeting')}/{rest}"
        if free(span):
            previous = found[-1].symbol if found else ""
            for number in _range_between(previous, more.group("sep"), rest):
                between = f"{head}{more.group('meeting')}/{number}"
                found.append(SymbolMention(between, slug(between), span))
            found.append(SymbolMention(symbol, slug(symbol), span))
        position = more.end()

"""Meeting-local document symbols in a text (:func:`local_mentions`, read by :func:`.symbols.symbol_mentions`).

A conference's ``Document 27-E (Rev. 2)``, ``DT/5``, ITU-T's ``TD 98``, ``contribution C 45`` and the
numbers listed after a plural ``Documents 45, 46 and 52`` (:func:`_listed_numbers`), each keyed within
the report's meeting (:func:`document_context`: ``wtdc-2010-dt-5``), so that the documents of different
meetings do not merge; symbols that name their group (``SG20-TD245``, ``COM 17-C 45``, ``TSAG-R 9``)
need no context. Parts of a document named in words (``Addendum 4 to Document 66-E``:
:func:`_parts_of_documents`) are kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.symbol_vocab import SymbolMention, _known_prefix, _revision_tail, _vocab
from wsiskg.ingest.text import DASH


@cache
def _local_patterns() -> tuple[re.Pattern[str], ...]:
    """Symbols that name a document only within their meeting (see :func:`local_mentions`)."""
    revs = "|".join(map(re.escape, _vocab("revision")))
    langs = "".join(_vocab("language"))
    marks = rf"(?:\s?\((?:{revs})\.\s?\d+\))*"
    tail = rf"{marks}(?:{DASH}[{langs}](?![\w]))?{marks}"
    series = "|".join(map(re.escape, _vocab("local-series")))
    numbered = r"\s?\d{1,2}"
    groups = "|".join(re.escape(g).replace("\\#", numbered).replace("#", numbered) for g in _vocab("td-group"))
    number = rf"(?:(?:{series})/|\d{{1,2}}(?:-\d{{1,2}})*/(?:[A-Z]{{2,6}}/)?)?(?!(?:19|20)\d\d\b)\d{{1,4}}"
    return (
        # a conference's "Document 27-E (Rev. 2)", "Document 12(Add.3)-E", "Document DT/4", "Document 2/238",
        # "Doc. 4/95(Rev.1)-E", a joint task group's "Document 4-5-6-7/715-E"
        re.compile(rf"(?:\b(?i:documents?)\s+|\bDocs?\.\s*)(?:No\.\s*)?(?P<sym>{number}{tail})(?![\w/]|\.\d)"),
        # the series of meeting-local documents written alone: "DT/61 (Rev.1)", "INF/3"
        re.compile(rf"(?<![\w/.\-])(?P<sym>(?:{series})/\d{{1,4}}{tail})(?![\w/])"),
        # ITU-T temporary documents and contributions: "TD 1802 (Rev.1)", "TD 187 Rev.1", "C 45"
        # after the word contribution; with the group that issued them "TD 12 (PLEN/11)", "TD 3-R1 (GEN/11)"
        re.compile(
            rf"(?<![\w/.\-])(?P<sym>(?:TD|(?<=[Cc]ontribution )C)\s?\d{{1,4}}(?:{DASH}R\d{{1,2}})?"
            rf"(?:[/\-](?:{groups})(?![\w/]))?(?:\s+Rev\.\s?\d+|{marks})(?:\s?\((?:{groups})/\d{{1,2}}\))?)(?![\w/])"
        ),
    )


#: an ITU-T group: a study group, its regional group (``SG3RG-AFR``) or ``COM 17``
_ITU_T_GROUP = rf"SG\d{{1,2}}(?:RG{DASH}[A-Z]{{2,4}})?|COM\s?\d{{1,2}}"
#: the dash between the parts of an ITU-T symbol, spaced or not: ``COM 17 – C 402 – E``
_PART = rf"\s?{DASH}\s?"
#: ITU-T documents with their group: "SG17-TD1873", "SG20-C112", "COM 17-C 45", "TSAG-TD 98",
#: "TSAG-TD-51", "COM 3 – C 211 – E", "SG3RG-AFR-C15", a liaison statement "COM 3 - LS 28 - E"
_GROUP_DOCUMENT = re.compile(
    rf"(?<![\w/.\-])(?:{_ITU_T_GROUP}|TSAG){_PART}(?:TD|C|LS)(?:\s?{DASH})?\s?\d{{1,4}}(?:{_PART}[EFSACR](?!\w))?"
    rf"(?:\s?\((?:Rev|Add|Corr)\.\s?\d+\))*(?![\w/])"
)
#: a group's report: "TSAG-R2", "TSAG-R 9", "TSAG - R 15 - E", an ITU-T study group's "SG11-R1", "COM 13 - R 45"
_GROUP_REPORT = re.compile(
    rf"(?<![\w/.\-])(?P<acronym>{_ITU_T_GROUP}|[A-Z][A-Z&]{{2,}}){_PART}R\s?\d{{1,3}}(?:{_PART}[EFSACR](?!\w))?(?![\w/\-]|\.\d)"
)


#: an addendum, corrigendum or revision of a document named in words, kept as written (the
#: annotations' form): ``Addendum 4 to Document 66-E``, ``Revision 1 to Document C24/71-E``, in capitals
#: ``REVISION 2 TO DOCUMENT C24/71-E``
_PART_OF_DOCUMENT = re.compile(
    r"\b(?P<part>(?i:addendum|corrigendum|revision))\s+(?P<n>\d{1,2})\s+(?i:to|of)\s+(?i:document)\s+"
    r"(?P<doc>(?:[A-Z][A-Z\d&\-]*/)?\d{1,4}(?:/\d{1,4})?)(?P<lang>-[A-Z](?![\w]))?(?![\w/(])"
)


def _parts_of_documents(text: str, context: str) -> list[SymbolMention]:
    """``Addendum 2 to Document 67-E`` (a conference's document: keyed within ``context``) and
    ``Revision 1 to Document C24/71-E``, as written."""
    out = []
    for m in _PART_OF_DOCUMENT.finditer(text):
        symbol = " ".join(m.group(0).split())
        local = "/" not in m.group("doc")
        out.append(SymbolMention(symbol, slug(f"{context} {symbol}" if local else symbol), m.span()))
    return out


def local_mentions(text: str, context: str, bodies: Iterable[Any] | None = None) -> list[SymbolMention]:
    """Symbols without the meeting in them: a conference's ``Document 45`` or ``DT/4``, ITU-T's
    ``TD 98`` or ``contribution C 45``. Each is keyed within ``context`` (the report's meeting:
    ``wtdc-2010-dt-4``), so that ``DT/4`` of two meetings are two documents; the symbol is kept
    as written. Symbols that name their group (``SG20-TD245``, ``COM 17-C 45``, ``TSAG-R 9``)
    need no context."""
    found: list[SymbolMention] = []

    def add(symbol: str, key: str, span: tuple[int, int]) -> None:
        if all(span[1] <= f.span[0] or span[0] >= f.span[1] for f in found):
            found.append(SymbolMention(symbol, key, span))

    for m in _GROUP_DOCUMENT.finditer(text):
        symbol = " ".join(m.group(0).split())
        add(symbol, slug(symbol), m.span())
    for m in _GROUP_REPORT.finditer(text):
        acronym = m.group("acronym")
        known = re.match(_ITU_T_GROUP, acronym) is not None or _known_prefix(acronym, bodies)
        if known and not _known_prefix(f"{acronym}-R", bodies):
            add(" ".join(m.group(0).split()), slug(m.group(0)), m.span())
    for pattern in _local_patterns():
        for m in pattern.finditer(text):
            for symbol, span in [(m.group("sym"), m.span("sym")), *_listed_numbers(text, m)]:
                symbol = " ".join(symbol.split())
                add(symbol, slug(f"{context} {symbol}"), span)
    return sorted(found, key=lambda f: f.span)


@cache
def _local_next() -> re.Pattern[str]:
    """The next number of a list after ``Documents 45``: ``, 46``, `` and 52``, ``, 53(Rev.1)``, `` to 7/48``."""
    tail = _revision_tail()
    return re.compile(
        rf"\s*(?:,\s*(?:(?i:and)\s+)?|(?i:and|to)\s+|&\s*)(?P<sym>(?:\d{{1,2}}/)?(?!(?:19|20)\d\d\b)\d{{1,4}}{tail})(?![\w/]|\.\d)"
    )


def _listed_numbers(text: str, m: re.Match[str]) -> list[tuple[str, tuple[int, int]]]:
    """``Documents 45, 46 and 52``, ``Documents 7/45 to 7/48``: the numbers listed after a plural
    ``Documents N`` (a range by its ends, as written)."""
    if not re.match(r"(?i)documents\s", m.group(0)) or not re.fullmatch(r"\d(?:\d?/\d)?[^/]*", m.group("sym")):
        return []
    out = []
    position = m.end()
    while (more := _local_next().match(text, position)) is not None:
        out.append((more.group("sym"), more.span("sym")))
        position = more.end()
    return out


def document_context(body: str | None, number: int | None, year: int | None, title: str | None) -> str:
    """What a meeting-local symbol is keyed within: the report's meeting (``tsag-2``, ``wtdc-2010``),
    else its title."""
    if body:
        return slug(f"{body} {number or year or ''}")
    return slug(" ".join((title or "").split()[:6])) or "report"

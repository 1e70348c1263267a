"""Document symbols in a text (:func:`symbol_mentions`), normalised, in text order.

The text is read with OCR confusions undone (:mod:`.symbol_ocr`); UNESCO (``42 C/15``) and UN
(``A/RES/70/125``, a joint ``A/65/64-E/2010/12``: :func:`_un_symbols`) symbols are read here, the other
shapes by their own modules: series of their own (:mod:`.symbol_series`), ITU-D study groups' and ITU
symbols of a prefix, a meeting and a number (:mod:`.symbol_meetings`) and, with a context, the
meeting-local ones (:mod:`.symbol_local`). Each symbol is read only where no other one or a URL is; a
revision written right after it is its own (:func:`_with_revision`). Symbol shapes:
:mod:`.documents`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.symbol_local import _parts_of_documents, local_mentions
from wsiskg.ingest.extract.symbol_meetings import _glued_pattern, _glued_range, _meeting_symbols
from wsiskg.ingest.extract.symbol_ocr import _lookalikes, ocr_fixed
from wsiskg.ingest.extract.symbol_series import _of_no_series, _other_shapes, _recommendations
from wsiskg.ingest.extract.symbol_vocab import SymbolMention, _clean_tail, _revision_tail, _vocab
from wsiskg.ingest.text import DASH, DASH_CHARS

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    revs = "|".join(map(re.escape, _vocab("revision")))
    organs = "".join(_vocab("un-organ"))
    tail = _revision_tail()
    # the meeting: a number ("41"), a year ("EGTI-2023/4", "EGTI/2009/1") or a numbered session of
    # a year ("RAG10-1/12"); the body prefix may hold a slash ("WSIS/PC-3/SR/4", "BDT/DM-08/0112"),
    # end in a review's "+10" and reach its meeting by a slash ("WSIS+10/4/5-E", "CWG-CYB/3/9")
    itu = re.compile(
        rf"(?<![\w&/.{DASH_CHARS}\[])(?P<prefix>[A-Z](?:[A-Z&]|{DASH}\s?(?=[A-Z&])|\s&\s?(?=[A-Z])|&\s(?=[A-Z])|/(?=[A-Z]))*(?:\+\d{{1,2}})?)"
        rf"(?P<sep>{DASH}?\s?|/(?=(?:19|20)\d\d/)|/(?=\d{{1,3}}/\s?(?:[A-Z]{{2,6}}/)*R?\d))(?P<meeting>(?:19|20)\d\d|\d{{1,3}}(?:{DASH}\d{{1,2}}(?=/))?)"
        rf"/\s?(?P<rest>(?:[A-Z]{{2,6}}(?:{DASH}[A-Z\d]{{1,2}})?/)*R?\d{{1,4}}[A-Z]?{tail})(?![\w/])"
    )
    un = re.compile(
        rf"(?<![\w/])(?<![A-Za-z]{DASH})[{organs}](?:/(?:[A-Z]{{1,6}}(?:\.\d+)?|\d+))+(?:/(?:[A-Z]{{1,6}}\.\d+|{revs}\.\d+))*(?![\w/])"
    )
    unesco = re.compile(rf"(?<![\w/])(?P<session>\d{{2}})\s?C/(?P<n>(?:Resolution\s+)?\d+){tail}(?![\w/])")
    return itu, un, unesco


def symbol_mentions(text: str, bodies: Iterable[Any] | None = None, context: str | None = None) -> list[SymbolMention]:
    """Every document symbol in ``text`` (normalised), in text order; with ``context``, also the
    meeting-local ones (:func:`local_mentions`)."""
    if not re.search(r"\d", text):
        return []  # every symbol has a number
    itu, un, unesco = _patterns()
    text = ocr_fixed(text)
    urls = [m.span() for m in _URL.finditer(text)]
    found: list[SymbolMention] = []

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in urls + [f.span for f in found])

    if context is not None and ("ument" in text or "UMENT" in text):
        found += _parts_of_documents(text, context)
    for m in unesco.finditer(text):
        rest = " ".join(m.group("n").split()) + _clean_tail(text[m.end("n") : m.end()])
        symbol = f"{m.group('session')} C/{rest}"
        if free(m.span()):
            found.append(SymbolMention(symbol, "unesco-" + slug(symbol), m.span()))
    for symbol, span in _un_symbols(_lookalikes(text), un):
        if free(span):
            found.append(SymbolMention(symbol, slug(symbol), span))
    for symbol, span in _other_shapes(text):
        if free(span):
            found.append(SymbolMention(symbol, slug(symbol), span))
    for m in _glued_pattern().finditer(text):
        symbol = f"{m.group('prefix')}/{_clean_tail(m.group('rest'))}"
        if free(m.span()):
            found.append(SymbolMention(symbol, slug(symbol), m.span()))
        found += _glued_range(text, m)
    if "Re" in text or "ITU" in text:
        found += [sm for sm in _recommendations(text) if free(sm.span)]
    _meeting_symbols(text, itu, bodies, found, free)
    if context is not None:
        found += [sm for sm in local_mentions(text, context, bodies) if free(sm.span)]
    for symbol, span in _of_no_series(text):  # last: no shape above, as written
        if free(span):
            found.append(SymbolMention(symbol, slug(symbol), span))
    return sorted((_with_revision(text, f) for f in found), key=lambda f: f.span)


@cache
def _revision_after() -> re.Pattern[str]:
    """A revision mark right after a symbol that the symbol's pattern left out: `` (Rev.1)``,
    `` Rev.2``, `` rev.1`` (``document_symbols.csv``, kind ``revision``)."""
    revs = "|".join(map(re.escape, _vocab("revision")))
    return re.compile(rf"\s?\((?:{revs})\.\s?\d+\)|\s(?i:{revs})\.\s?\d+(?![\w/])")


def _with_revision(text: str, found: SymbolMention) -> SymbolMention:
    """The mention with the revision marks written right after it (``TSAG-TD931 Rev.1``), as written."""
    end = found.span[1]
    while (m := _revision_after().match(text, end)) is not None:
        end = m.end()
    if end == found.span[1]:
        return found
    added = " ".join(text[found.span[1] : end].split(" "))
    return SymbolMention(found.symbol + added, f"{found.key}-{slug(added)}", (found.span[0], end))


def _un_symbols(text: str, un: re.Pattern[str]) -> list[tuple[str, tuple[int, int]]]:
    """UN symbols (``A/70/125``, ``E/CN.16/2007/CRP.2``); a joint symbol of two organs, written
    with a dash between, is one document: ``A/65/64-E/2010/12``, ``A/67/66–E/2012/49`` (the dash as
    written)."""
    out: list[tuple[str, tuple[int, int]]] = []
    for m in un.finditer(text):
        symbol = m.group(0).rstrip(".")
        if not re.search(r"\d", symbol) or symbol.count("/") < 2 and not re.search(r"/\d", symbol):
            continue
        start, end = m.start(), m.start() + len(symbol)
        if out and out[-1][1][1] + 1 == start and text[start - 1] in DASH_CHARS and "/RES/" not in symbol:
            first, (first_start, _) = out.pop()
            symbol, start = f"{first}{text[start - 1]}{symbol}", first_start  # the dash as written
        out.append((symbol, (start, end)))
    return out

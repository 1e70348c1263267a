"""Find document symbols cited in a report.

Symbol shapes (vocabulary in ``ingest/data/document_symbols.csv``):

- ITU: ``<body>-<meeting>/[<series>/]<n>[(Rev.n)|(Add.n)|(Corr.n)][-<lang>]``:
  ``CWG-WSIS&SDG-41/2``, ``CWG-WSIS&SDG-41/INF/3``, ``WSIS-05/TUNIS/DOC/6(Rev.1)-E``, and
  Council documents ``C22/45-E``. The body prefix is written in its canonical form when the
  bodies gazetteer knows it (acronyms and aliases, compared without hyphens or spaces), so
  ``CWGWSIS&SDG41/INF/3`` and ``CWG-WSIS&SDG- 41/2`` become ``CWG-WSIS&SDG-41/INF/3`` and
  ``CWG-WSIS&SDG-41/2``; a one-letter prefix (``C``) is glued to the number.
- ITU-D study groups: ``SG1RGQ/112-E``, ``RGQ2/1/12``; ``SG1RGQ/101 to SG1RGQ/104`` gives
  the four.
- UN: ``A/RES/70/125``, ``A/78/L.2``, ``E/CN.16/2007/CRP.2``, ``A/70/1`` (Cyrillic look-alike
  letters such as ``А`` are read as Latin).
- UNESCO General Conference: ``42 C/15``.
- ITU-T / ITU-R Recommendations (published texts with a symbol, so documents rather than
  resolutions): ``Recommendation ITU-T X.1205``, ``ITU-R Recommendation M.2083`` -> ``ITU-T
  X.1205``, ``ITU-R M.2083`` (keys ``itu-t-x-1205``, ``itu-r-m-2083``).

A list that repeats only the meeting number after a full symbol (``CWG-WSIS&SDG-40/2, 40/3 and
40/4``) gives the full symbols of each; a range (``CWG-WSIS&SDG-40/2 to 40/5``, at most
:data:`MAX_RANGE` documents, same series) gives every document in it. The meeting part may be a
year (``EGTI-2023/4``, ``EGTI/2009/R1``) or a session of a year (``RAG10-1/12-E``), the prefix
may hold a slash (``WSIS/PC-3/DT/1``, ``BDT/DM-08/0112``); a symbol is kept as written, never
rewritten to a later group's name. Meeting-local symbols (a conference's ``Document 27-E (Rev.
2)``, ``DT/5``, ITU-T's ``TD 98``, ``contribution C 45``) are read by :func:`local_mentions` and
keyed within the report's meeting (``wtdc-2010-dt-5``): without it they would merge the documents
of different meetings. Look-alike Cyrillic/Greek letters are read with the one table of
``ingest/data/lookalikes.csv``.

URLs, year ranges (``2023-2024``), ratios (``60:40``) and resolution numbers are not symbols.
``key`` is the slug of the symbol (``cwg-wsis-sdg-41-inf-3``, ``a-res-70-125``); UNESCO
symbols are prefixed (``unesco-42-c-15``). ``agenda_item``/``title``: the first section whose
heading cites the symbol in brackets (``Agenda item 5: WSIS Stocktaking (Document X)``), and
that heading's text before the bracket without its ``Agenda item 5:`` label; else, for a
document said to be taken ``under agenda item 5`` in a sentence, the section whose heading is
``Agenda item 5`` (no such heading: no agenda item).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from wsiskg.ingest.extract.document import TypedSpan, document
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import body_index
from wsiskg.ingest.records import DocumentRef, ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, DASH_CHARS, UPPER, alternation, fold_dashes, squash

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+")


@dataclass(frozen=True)
class SymbolMention:
    symbol: str
    key: str
    span: tuple[int, int]


@cache
def _vocab(kind: str) -> dict[str, str]:
    return {r["value"]: r["meaning"] for r in data_rows("document_symbols.csv") if r["kind"] == kind}


@cache
def _un_organs() -> frozenset[str]:
    """UN organs whose resolutions are cited by acronym and number (``UNGA 76/258``, read by
    :mod:`resolutions`): the ``bare_number`` rows of ``resolution_issuers.csv``."""
    return frozenset(r["prefix"] for r in data_rows("resolution_issuers.csv") if r.get("bare_number"))


@cache
def _lookalike_table() -> dict[int, str]:
    """Cyrillic/Greek letters read as the Latin ones they look like (``ingest/data/lookalikes.csv``,
    the one table of look-alikes, also used by :func:`wsiskg.ingest.text.normalize`)."""
    return str.maketrans({r["char"]: r["latin"] for r in data_rows("lookalikes.csv") if len(r["char"]) == 1})


def _lookalikes(text: str) -> str:
    return text.translate(_lookalike_table())


#: a token that looks like a document symbol or a number, where OCR confuses digits and letters
_OCR_TOKEN = re.compile(
    r"(?<![\w&/.\-])(?=[\w&/.()\-]*\d)(?=[\w&/.()\-]*[lIO])[A-Z0-9lIO&/.()\-]*[A-Z0-9lIO)](?![\w&/\-])"
)
#: citation words split by an OCR hyphen: ``Resolut-ion``, ``Docu- ment``
_OCR_WORD = re.compile(
    r"\b(?:"
    + "|".join(
        f"[{w[0].upper()}{w[0]}]" + "".join(rf"(?:-\s?)?{ch}" for ch in w[1:]) + "s?"
        for w in ("resolution", "document", "decision")
    )
    + r")\b"
)


#: where an OCR confusion may sit: a digit or a slash next to ``l``, ``I`` or ``O``
_OCR_HINT = re.compile(r"[\d/][lIO]|[lIO][\d/]")


def _ocr_token(m: re.Match[str]) -> str:
    """``C04/l3`` -> ``C04/13``, ``CO4/12`` -> ``C04/12``, ``WSIS/PC-3/DT/l`` -> ``WSIS/PC-3/DT/1``, ``l40``
    -> ``140``: a lower-case ``l`` next to a digit or between marks is a one (not in ``All/11``);
    ``I`` and ``O`` next to a digit are a one and a zero."""
    token = m.group(0)
    if "/" not in token and not re.fullmatch(r"[0-9lIO]{2,}", token):
        return token
    if "/" not in token and sum(ch.isdigit() for ch in token) < 2:
        return token
    out = list(token)
    for i, ch in enumerate(token):
        near = token[i - 1 : i] + token[i + 1 : i + 2]
        digit, letter = any(c.isdigit() for c in near), any(c.isalpha() for c in near)
        if ch == "l" and (digit or not letter) or ch in "IO" and digit and not _in_word(token, i):
            out[i] = "1" if ch in "lI" else "0"
    return "".join(out)


def _in_word(token: str, i: int) -> bool:
    """Is ``token[i]`` inside a run of three letters or more (``INF``, ``COP``, ``ODA``)?"""
    left = re.search(r"[A-Z]*$", token[:i])
    right = re.match(r"[A-Z]*", token[i + 1 :])
    return len(left.group(0) if left else "") + len(right.group(0) if right else "") >= 2


def ocr_fixed(text: str) -> str:
    """``text`` with OCR confusions undone where they break a citation, at the same length (spans
    stay valid): ``l``/``I``/``O`` for ``1``/``0`` inside a symbol or number (``C04/l3``,
    ``Resolution l40``) and a hyphen splitting a citation word (``Resolut-ion 140`` ->
    ``Resolution  140``)."""
    if _OCR_HINT.search(text):
        text = _OCR_TOKEN.sub(_ocr_token, text)
    if "-" not in text:
        return text
    return _OCR_WORD.sub(lambda m: (w := re.sub(r"[-\s]", "", m.group(0))) + " " * (len(m.group(0)) - len(w)), text)


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


def _known_prefix(prefix: str, bodies: Iterable[Any] | None) -> bool:
    index = body_index(bodies)
    key = index.keys.get(squash(prefix))
    info = index.names.get(key) if key else None
    return bool(info and info.acronym and squash(info.acronym) == squash(prefix))


@cache
def _revision_tail() -> str:
    """Regex (no groups) of what may follow a document's number: revisions and the language,
    ``(Rev.1)(Rev. 2)-E`` (``document_symbols.csv``, kinds ``revision`` and ``language``)."""
    revs = "|".join(map(re.escape, _vocab("revision")))
    langs = "".join(_vocab("language"))
    return rf"(?:\s?\((?:{revs})\.\s?\d+\))*(?:{DASH}\s?[{langs}](?![\w]))?"


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


#: ITU-T / ITU-R Recommendations and Reports: ``Recommendation ITU-T X.1205``, ``Rec. ITU-R BT.2020``,
#: ``Report ITU-R M.2415``, ``ITU-R Recommendation M.2083``, ``ITU-T Y.3172``, a joint one ``Recommendation
#: ITU-T Y.4901/L.1601`` (one of no Sector, ``Recommendation G.1080``, is no symbol: its Sector is unknown)
_REC_NUMBER = r"[A-Z]{1,2}\.\d{1,4}(?:\.\d{1,3})?(?:/[A-Z]{1,2}\.\d{1,4})?(?!\w|\.\d)"
_RECOMMENDATION = re.compile(
    rf"(?<![\w\-])(?:(?P<word>Recommendations?|Rec\.|Report)\s+)?(?P<sector>ITU{DASH}[TR])\s+(?:Recommendations?\s+|Rec\.\s*)?"
    rf"(?P<rec>{_REC_NUMBER})"
)
#: the next Recommendation of a list that names the first: ``Recommendations ITU-T X.1209, X.1303 and X.1521``
_NEXT_RECOMMENDATION = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<rec>{_REC_NUMBER})")


def _recommendations(text: str) -> list[SymbolMention]:
    """Recommendations and Reports as written, with the word before the Sector that the
    annotations keep (``Recommendation ITU-T A.1``, ``Rec. ITU-R BT.2020``; a plural is written as
    one: ``Recommendations ITU-T X.1209 and X.1521`` -> ``Recommendation ITU-T X.1209``, ``X.1521``);
    keyed by Sector and number (``itu-t-x-1209``: the same Recommendation however written), a Report
    apart (``report-itu-r-m-2415``)."""
    out: list[SymbolMention] = []
    for m in _RECOMMENDATION.finditer(text):
        word, sector = m.group("word") or "", m.group("sector")
        word = "Recommendation" if word.startswith("Recommendation") else word
        head = f"{'report ' if word == 'Report' else ''}{sector}"
        symbol = " ".join(x for x in (word, sector, m.group("rec")) if x)
        out.append(SymbolMention(symbol, slug(f"{head} {m.group('rec')}"), (m.start(), m.end())))
        position = m.end()
        while (more := _NEXT_RECOMMENDATION.match(text, position)) is not None:
            rec = more.group("rec")
            out.append(SymbolMention(rec, slug(f"{head} {rec}"), more.span("rec")))
            position = more.end()
    return out


#: the longest range of documents ``40/2 to 40/5`` is expanded into
MAX_RANGE = 30


#: what joins the two ends of a range of documents (``to``, a dash)
_RANGE_WORD = re.compile(rf"\s*(?:to|{DASH})")
#: a space or a dash doubled in a symbol's prefix
_SPACE_OR_DOUBLED_DASH = re.compile(rf"\s|{DASH}(?={DASH})")
#: a sign that makes a prefix a group's (``CWG-COP``, ``A+B``)
_PLUS_OR_DASH = re.compile(rf"[+{DASH_CHARS}]")
#: the signs after a title before its symbol
_TITLE_END = re.compile(rf"[\s(:{DASH_CHARS}]+$")


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


def _clean_tail(text: str) -> str:
    return re.sub(r"\s+", "", fold_dashes(text))


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


def _of_no_series(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Symbols of no shape above, as written: a letter's reference, a symbol after the word
    Document, three or more slash-parted segments (not a list of codes, not a meeting-local ``DT/14``:
    :func:`local_mentions`)."""
    local = tuple(f"{series}/" for series in _vocab("local-series"))
    lower = text.lower()
    out = []
    for pattern in (_REFERENCE, _AFTER_DOCUMENT, _SLASHED_SYMBOL):
        cue = "ref" if pattern is _REFERENCE else "document" if pattern is _AFTER_DOCUMENT else ""
        if cue not in lower or text.count("/") < (2 if pattern is _SLASHED_SYMBOL else pattern is _AFTER_DOCUMENT):
            continue
        out += [
            (symbol, span)
            for symbol, span in _as_written(text, pattern)
            if not symbol.startswith(local) and not (pattern is _SLASHED_SYMBOL and _CODE_LIST.fullmatch(symbol))
        ]
    return out


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


#: conference proposals: ``MOD APT/38A7/1``, ``ADD ACP/27/3``, ``CHL/KEN/MLA/NOR/74/1`` (several
#: authors), ``APT/38A7/1`` (an addendum number): authors, document (and addendum), proposal
_PROPOSAL = re.compile(
    r"(?:(?<=\b(?:MOD|ADD|SUP|NOC) )|(?<=\b(?:MOD|ADD|SUP|NOC)  )|(?<=\b(?:MOD|ADD|SUP|NOC)\t)|(?<![\w/.\-]))"
    r"(?P<sym>(?P<authors>(?:[A-Z]{2,6}/)+)(?P<doc>\d{1,3}(?P<add>A\d{1,2})?)/\d{1,3})(?![\w/])"
)
#: after a proposal mark the symbol may be anyone's
_PROPOSAL_MARK = re.compile(r"\b(?:MOD|ADD|SUP|NOC)\s+$")
#: a circular of a Bureau by number: ``TSB Circular 158``, ``BR Administrative Circular 12``,
#: ``Circular Letter No. 4``; the circular series of the data (``CA/182``, ``CR/412``)
_CIRCULAR = re.compile(
    r"(?<![\w/])(?P<sym>(?:(?:[A-Z]{2,4})\s+)?(?:Administrative\s+)?Circular(?:\s+[Ll]etter)?\s+(?:No\.\s*)?\d{1,4})(?![\w/])"
)
#: the reference of a letter: ``Ref.: BDT/RAF/DM/026``, ``Our ref: DM-11/1024``, ``your letter ref. BR/SSD/112``,
#: a file number in brackets ``Ref. MTC/ICT/3/VOL.II/(41)``, one led by digits ``Ref: 511.32-ITU/ZW``, one without
#: a slash but with a numbered part ``Ref.: SUTEL-CS-0412-2009``
_REFERENCE = re.compile(
    r"(?:^|(?<=\s))(?:(?i:our|your)\s+)?(?i:ref(?:erence)?)(?:\.\s*(?:No\.\s*)?:?|\s*(?:No\.\s*)?:)\s*"
    r"(?P<sym>[A-Z\d][\w&.\-]*(?:(?:/[\w&.\-]+|/\(\d{1,4}\))+|[A-Z]-\d[\w&.\-]*))"
)
#: the line of a circular's reference under its number (``TSB Circular 312`` / ``SG20/AK``,
#: ``TSB Events/SW``, ``COM 13/ŁK``): the unit, a slash and the writer's initials
_CIRCULAR_LINE = re.compile(rf"(?P<sym>[A-Z][\w&]*(?:\s[A-Z\d][\w&]*)?/[{UPPER}]{{2,3}})")
_CIRCULAR_NUMBER = re.compile(r"\bCircular\s+\d{1,4}\s*$")
#: a symbol of no series above, read by its form: three or more slash-parted segments in capitals
#: and digits led by a capital (``ESCAP/IDD/WSIS/2013/REP``, ``UNCTAD/DTL/STICT/2010/MISC.3``,
#: ``CI-11/WSIS/C3/REP``, ``RGQ4/2/018``), a revision mark after it kept
_SLASHED_SYMBOL = re.compile(
    r"(?<![\w/.\-])(?P<sym>[A-Z][A-Z\d.+&\-]*(?:/[A-Za-z\d.+&\-]*[A-Z\d][A-Za-z\d.+&\-]*){2,}"
    r"(?:\s?\((?:Rev|Add|Corr)\.\s?\d+\))*)(?![\w/])"
)
#: a list of codes, not a symbol: ``C1/C3/C7`` (action lines), ``SG1/SG2/SG3``
_CODE_LIST = re.compile(r"[A-Z]{1,3}\d{1,2}(?:/[A-Z]{1,3}\d{1,2})+")
#: any symbol-shaped word after the word Document: ``(Document WSIS-F29/OD-1)``
_AFTER_DOCUMENT = re.compile(
    r"\b(?i:documents?)\s+(?:No\.\s*)?(?P<sym>[A-Z][\w&.\-]*(?:/[\w&.\-]+)+(?:\s?\((?:Rev|Add|Corr)\.\s?\d+\))*)"
)


#: symbols of other series, each by its form, as written: a CEPT committee's ``Com-ITU(19)054``,
#: ``CPG11(10)098 rev1``, ``ECC(19)031 Rev.1``, its annex ``Com-ITU(19)054 A1``; a CITEL or African
#: preparatory meeting's ``CCP.I-TIC/doc. 3412/14 rev.1``, ``ATU/APM20-2/Doc. 19``; a group's series
#: letter and number, an ITU-T focus group's ``FG-AI4H-F-100``, ``FG DFS-O-112``, ``FG-AI4H-F-004-R1``,
#: ``FGXR-O-045``, a joint coordination activity's ``JCA-IoT-D-0112``, a group's report ``ABC-R-12``
_SERIES_SHAPES = (
    re.compile(
        r"(?<![\w/.\-])(?P<sym>[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*\d{0,2}\(\d{2}\)\d{2,3}(?:\s(?:[Rr]ev\.?\s?\d{1,2}|A\d{1,2}))?)(?![\w/(])"
    ),
    re.compile(
        r"(?<![\w/.\-])(?P<sym>[A-Z][\w.\-]*(?:/[\w.\-]+)*/[Dd]oc\.\s?\d{1,4}(?:/\d{2})?(?:\s[Rr]ev\.\s?\d{1,2})?)(?![\w/])"
    ),
    re.compile(
        r"(?<![\w/.\-&])(?P<sym>(?!ITU-)(?:FG[\s\-]?)?[A-Z][A-Za-z\d&]*(?:-[A-Z][A-Za-z\d&]*)*-[A-Z]{1,2}-"
        r"(?!(?:19|20)\d\d\b)\d{2,4}(?:-R\d{1,2})?)(?![\w/\-])"
    ),
)


@cache
def _numbered_series() -> re.Pattern[str]:
    """A meeting's documents by series and number after the meeting's code, with the owner that
    writes its name before them (``series-owner`` of ``document_symbols.csv``): ``AWF-9/OUT-02``,
    ``APT WTSA24-2/INP-14``, ``APT PP22-3/OUT-09``."""
    owners = alternation(_vocab("series-owner")) or "(?!)"
    return re.compile(
        rf"(?<![\w/.\-])(?P<sym>(?:(?:{owners})\s)?[A-Z][A-Z&]*(?:{DASH}[A-Z&]+)*{DASH}?\d{{1,2}}(?:{DASH}\d{{1,2}})?"
        rf"/[A-Z]{{2,4}}{DASH}\d{{1,3}})(?![\w/])"
    )


@cache
def _report_series() -> re.Pattern[str]:
    """A meeting's one document of a series that needs no number (``report-series`` of
    ``document_symbols.csv``), after a code that holds a digit: ``RDF-AFR26/SUM``,
    ``PAC-RPM-PP26/SUM``, ``ASMG-WRC12-16/REP``, ``RDF-CIS11/SR-E``, ``EGH 2017/REP``."""
    series = alternation(_vocab("report-series"))
    langs = "".join(_vocab("language"))
    return re.compile(
        rf"(?<![\w/.\-])(?P<sym>(?=[A-Za-z&{DASH_CHARS}]*\d|[A-Z]+\s(?:19|20)\d\d/)[A-Z][A-Za-z\d&]*(?:{DASH}[A-Za-z\d&]+)*"
        rf"(?:\s(?:19|20)\d\d)?/(?:{series})(?:{DASH}[{langs}])?)(?![\w/\-])"
    )


@cache
def _working_party_documents() -> re.Pattern[str]:
    """An ITU-R working party's documents: ``4A/177-E``, ``5D/1004``, ``5D/TEMP/312``, ``4A/177
    (Rev.1)`` (the working parties: ``itu-r-wp`` in ``document_symbols.csv``)."""
    parties = alternation(_vocab("itu-r-wp"))
    return re.compile(rf"(?<![\w/.\-])(?P<sym>(?:{parties})/(?:TEMP/)?\d{{1,4}}{_revision_tail()})(?![\w/])")


@cache
def _circular_series() -> re.Pattern[str]:
    series = "|".join(map(re.escape, _vocab("circular-series"))) or "(?!)"
    return re.compile(rf"(?<![\w/.\-])(?P<sym>(?:{series})/\d{{1,4}})(?![\w/])")


def _other_shapes(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Proposals and circulars, each as written (trailing punctuation off; a symbol needs a digit)."""
    out: list[tuple[str, tuple[int, int]]] = []
    if "(" in text:
        out += _as_written(text, _SERIES_SHAPES[0])
    if "-" in text:
        out += _as_written(text, _SERIES_SHAPES[2])
    if "/" not in text and "ircular" not in text:
        return out
    for pattern in (_SERIES_SHAPES[1], _working_party_documents(), _numbered_series(), _report_series()):
        out += _as_written(text, pattern)
    for m in _PROPOSAL.finditer(text):
        marked = _PROPOSAL_MARK.search(text[: m.start()]) is not None
        if marked or m.group("authors").count("/") > 1 or m.group("add"):
            out.append((m.group("sym"), m.span("sym")))
    for pattern in (_CIRCULAR, _circular_series()):
        out += _as_written(text, pattern)
    return out


def _as_written(text: str, pattern: re.Pattern[str]) -> list[tuple[str, tuple[int, int]]]:
    out: list[tuple[str, tuple[int, int]]] = []
    for m in pattern.finditer(text):
        symbol = re.sub(r"[.\-]+$", "", " ".join(m.group("sym").split()))
        if re.search(r"\d", symbol):
            out.append((symbol, (m.start("sym"), m.start("sym") + len(symbol))))
    return out


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


#: a row of a table of documents that starts with a study group's bare document number:
#: ``1/198, Enabling environment ...``, ``2/45 (Rev.1) | Title | Source``
_TABLE_ROW = re.compile(
    r"^(?P<sym>(?P<group>\d{1,2})/\d{2,4}(?:\s?\((?:Rev|Add|Corr)\.\s?\d+\))*(?:-[A-Z])?)\s*(?:,|\||\t)"
)


def _listed_in_table(
    report: ParsedReport, bodies: Iterable[Any] | None, context: str
) -> dict[int, list[SymbolMention]]:
    """Paragraph -> the document number a table row starts with (``1/198, Title, Source``), when
    the report also cites a document of that group by the word (``Document 1/214``): a bare
    ``N/NNN`` elsewhere may be a Question (``4/1``) or a fraction."""
    groups = {
        m.group(1)
        for p in report.paragraphs
        if re.search(r"(?i)documents?\s+\d", p.text)
        for sm in local_mentions(p.text, context, bodies)
        if (m := re.match(r"(\d{1,2})/\d", sm.symbol))
    }
    out: dict[int, list[SymbolMention]] = {}
    for p in report.paragraphs:
        if groups and (m := _TABLE_ROW.match(p.text)) and m.group("group") in groups:
            symbol = " ".join(m.group("sym").split())
            out[p.order] = [SymbolMention(symbol, slug(f"{context} {symbol}"), m.span("sym"))]
    return out


def _circular_lines(report: ParsedReport) -> dict[int, list[SymbolMention]]:
    """Paragraph -> the reference line right under a circular's number in the front (the title
    or a paragraph ending ``Circular 312``), as written: ``SG20/AK``."""
    out: dict[int, list[SymbolMention]] = {}
    above = report.title or ""
    for p in report.paragraphs[:12]:
        text = p.text.strip()
        if _CIRCULAR_NUMBER.search(above) and _CIRCULAR_LINE.fullmatch(text):
            out[p.order] = [SymbolMention(text, slug(text), (0, len(text)))]
        above = p.text
    return out


_AGENDA_LABEL = re.compile(rf"(?i)^\s*agenda\s+item\s+(?P<n>\d+(?:\.\d+)*[a-z]?)\b\s*[.:{DASH_CHARS}]?\s*")
_UNDER_ITEM = re.compile(r"(?i)\bunder\s+(?:the\s+)?agenda\s+item\s+(?P<n>\d+(?:\.\d+)*[a-z]?)\b")


def _agenda_sections(report: ParsedReport) -> dict[str, str]:
    """Agenda item number -> number of the section whose heading is that item (``Agenda item 5: ...``)."""
    out: dict[str, str] = {}
    for section in report.sections:
        if m := _AGENDA_LABEL.match(section.heading):
            out.setdefault(m.group("n").lower(), section.number)
    return out


def _under_agenda_item(report: ParsedReport, bodies: Iterable[Any] | None, context: str) -> dict[str, tuple[str, str]]:
    """Key -> (symbol, section of the agenda item it was taken under): ``Document X was presented
    under agenda item 5`` (the first such sentence wins)."""
    items = _agenda_sections(report)
    out: dict[str, tuple[str, str]] = {}
    if not items:
        return out
    for p in report.paragraphs:
        if p.kind == "heading" or not _UNDER_ITEM.search(p.text):
            continue
        for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])", p.text):
            under = _UNDER_ITEM.search(sentence)
            if under is None or (section := items.get(under.group("n").lower())) is None:
                continue
            for sm in symbol_mentions(sentence, bodies, context):
                out.setdefault(sm.key, (sm.symbol, section))
    return out


def _heading_paragraph(report: ParsedReport, section: str | None) -> tuple[int, ...]:
    """The paragraph that stands for a heading the parser kept as no paragraph (the title: the
    report's first paragraph; a section's heading: the section's first), so that a document cited
    only there is still mentioned somewhere (the document's own symbol as its title:
    ``CWG-FHR 14/3``, ``Report of the meeting ... (Document X-3/5)``)."""
    first = next((p for p in report.paragraphs if section is None or p.section == section), None)
    first = first or (report.paragraphs[0] if report.paragraphs else None)
    return (first.order,) if first else ()


def find_documents(
    report: ParsedReport, bodies: Iterable[Any] | None = None, context: str | None = None
) -> tuple[DocumentRef, ...]:
    """Documents cited in the report, one per key (the symbol as first written: ``CWG-COP-9/4``
    and ``CWG-COP 9/4`` are one document), ordered by first mention; meeting-local symbols
    (``Document 45``, ``DT/4``, ``TD 98``) keyed within ``context`` (:func:`document_context`)."""
    context = context or document_context(None, None, None, report.title)
    cited_in: dict[str, tuple[str, str | None]] = {}  # key -> (agenda item, title)
    symbols: dict[str, str] = {}  # key -> symbol as first written
    headed: dict[str, str] = {}  # key -> symbol of a heading that cites it without brackets
    headings: list[tuple[str | None, str]] = [(section.number, section.heading) for section in report.sections]
    if report.title and report.title not in {h for _, h in headings}:  # a title no section heads: "FG X-O-0127"
        headings.append((None, report.title))
    heading_of: dict[str, str | None] = {}  # key -> section number of the heading that cites it (None: the title)
    for number, heading in headings:
        for sm in symbol_mentions(heading, bodies, context):
            heading_of.setdefault(sm.key, number)
            before = heading[: sm.span[0]]
            # a heading cites its document in brackets: "4.2. Budget matters (C24/12-E):"
            if sm.key in cited_in or not re.search(r"\([^()]*$", before) or number is None:
                headed.setdefault(sm.key, sm.symbol)  # "CWG-COP 12/5", the document's own symbol over it
                continue
            title = _TITLE_END.sub("", before.rsplit("(", 1)[0] if "(" in before else before).strip()
            title = _AGENDA_LABEL.sub("", title, count=1).strip()
            cited_in[sm.key] = (number, title or None)
            symbols.setdefault(sm.key, sm.symbol)
    for key, (symbol, section_number) in _under_agenda_item(report, bodies, context).items():
        cited_in.setdefault(key, (section_number, None))
        symbols.setdefault(key, symbol)
    docs: dict[str, dict[int, None]] = {}  # key -> paragraphs
    doc = document(report)
    doc.found("document")
    listed = _listed_in_table(report, bodies, context) | _circular_lines(report)
    for p in report.paragraphs:
        mentions = symbol_mentions(p.text, bodies, context)
        mentions += [sm for sm in listed.get(p.order, []) if all(sm.span[1] <= o.span[0] for o in mentions)]
        doc.add(p.order, (TypedSpan(*sm.span, "document", sm.key, sm.symbol) for sm in mentions))
        for sm in mentions:
            docs.setdefault(sm.key, {})[p.order] = None
            symbols.setdefault(sm.key, sm.symbol)
    for key in [*cited_in, *headed]:  # cited only in a heading the parser did not keep as a paragraph
        if not docs.get(key):
            docs[key] = dict.fromkeys(_heading_paragraph(report, heading_of.get(key)))
        symbols.setdefault(key, headed.get(key, ""))
    return tuple(
        DocumentRef(
            symbol=symbols[key],
            key=key,
            agenda_item=cited_in.get(key, (None, None))[0],
            title=cited_in.get(key, (None, None))[1],
            paragraphs=tuple(sorted(paragraphs)),
        )
        for key, paragraphs in docs.items()
    )

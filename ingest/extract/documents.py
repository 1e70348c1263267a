"""Find document symbols cited in a report (:func:`find_documents`).

A text's symbols are read by :func:`.symbols.symbol_mentions` (series of their own: :mod:`.symbol_series`;
ITU symbols of a meeting: :mod:`.symbol_meetings`; meeting-local ones: :mod:`.symbol_local`; OCR
confusions undone: :mod:`.symbol_ocr`; what they share: :mod:`.symbol_vocab`); this module reads them over
the report: each paragraph's, the table rows and circular lines the layout gives, and the agenda item and
title of a heading or a sentence that cites one.

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
:data:`.symbol_meetings.MAX_RANGE` documents, same series) gives every document in it. The meeting part may be a
year (``EGTI-2023/4``, ``EGTI/2009/R1``) or a session of a year (``RAG10-1/12-E``), the prefix
may hold a slash (``WSIS/PC-3/DT/1``, ``BDT/DM-08/0112``); a symbol is kept as written, never
rewritten to a later group's name. Meeting-local symbols (a conference's ``Document 27-E (Rev.
2)``, ``DT/5``, ITU-T's ``TD 98``, ``contribution C 45``) are read by :func:`.symbol_local.local_mentions` and
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
from collections.abc import Iterable
from typing import Any

from wsiskg.ingest.extract.document import TypedSpan, document
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.symbol_local import document_context, local_mentions
from wsiskg.ingest.extract.symbol_ocr import ocr_fixed
from wsiskg.ingest.extract.symbol_vocab import SymbolMention
from wsiskg.ingest.extract.symbols import symbol_mentions
from wsiskg.ingest.records import DocumentRef, ParsedReport
from wsiskg.ingest.text import DASH_CHARS, UPPER

#: the signs after a title before its symbol
_TITLE_END = re.compile(rf"[\s(:{DASH_CHARS}]+$")
#: the line of a circular's reference under its number (``TSB Circular 312`` / ``SG20/AK``,
#: ``TSB Events/SW``, ``COM 13/ŁK``): the unit, a slash and the writer's initials
_CIRCULAR_LINE = re.compile(rf"(?P<sym>[A-Z][\w&]*(?:\s[A-Z\d][\w&]*)?/[{UPPER}]{{2,3}})")
_CIRCULAR_NUMBER = re.compile(r"\bCircular\s+\d{1,4}\s*$")


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


__all__ = ["document_context", "find_documents", "ocr_fixed", "symbol_mentions"]

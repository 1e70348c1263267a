"""Symbols of series of their own in a text, each read by its form (by :func:`.symbols.symbol_mentions`).

ITU-T / ITU-R Recommendations and Reports (:func:`_recommendations`: ``Recommendation ITU-T X.1205``,
keyed by Sector and number); conference proposals, circulars, a CEPT committee's, a CITEL or African
preparatory meeting's, a focus group's, an ITU-R working party's and a meeting's numbered or report
series (:func:`_other_shapes`); last, symbols of no series above (:func:`_of_no_series`: a letter's
reference, a symbol after the word Document, three or more slash-parted segments). Each as written.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.symbol_vocab import SymbolMention, _revision_tail, _vocab
from wsiskg.ingest.text import DASH, DASH_CHARS, alternation

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

"""The meeting an excerpt's running footer names: an excerpt cut before its header (no title, its first line cut)
may name its own meeting only in the line its pages end with, the document's symbol or its body, then the meeting
by its number and its dateline:

- ``CWG-X(31)77 – Minutes of the 12th meeting, Oslo, 3–5 May 2031``, ``PP30/PLEN/4-E – Summary record of the fourth
  plenary meeting, 9 October 2030  5`` (a record's word of ``meeting_words.csv``, roles ``record-word`` and
  ``sitting-record``, then ``of the <ordinal> [kind] meeting``);
- ``Working Group on X, meeting 9, Lima, 2–4 June 2031`` (the body's name, ``meeting`` or ``session`` and its number).

The body is the catalogue body the symbol or the name opens with (``PP30/...``: the Plenipotentiary Conference),
else the name as written (a name line), else the symbol's letters before its numbers (``CWG-X(31)77``: ``CWG-X``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import alternation

from .body_names import BodyName, find_body_names
from .datelines import dateline
from .keys import slug
from .meeting import header_year, number_value, ordinal_regex
from .meeting_words import meeting_words

#: a page number or ``- 3 -`` after the dateline, and the dashes that part the symbol from the record's words
_PAGE = r"(?:\s+(?:-\s*)?(?:[Pp]age\s+)?\d{1,3}(?:\s*-)?)?"
#: the letters a symbol opens with, before its numbers or its brackets (``CWG-X`` of ``CWG-X(31)77``)
_SYMBOL_LETTERS = re.compile(r"[A-Za-z][A-Za-z&]*(?:-[A-Za-z&]+)*(?=[(/\d])")


@cache
def _record_footer() -> re.Pattern[str]:
    """``<symbol> – <record word> of the <ordinal> [kind] meeting, <dateline> [page]``."""
    records = alternation([*meeting_words("record-word"), *meeting_words("sitting-record")], spaces=True)
    return re.compile(
        rf"(?P<lead>\S[^\s–—]{{1,40}})\s+[–—-]\s+(?i:{records})\s+(?i:of\s+the)\s+(?P<num>{ordinal_regex()})\s+"
        rf"(?:[a-z][\w-]*\s+){{0,2}}(?i:meeting|session)\s*,\s*(?P<line>[^|]{{6,80}}?){_PAGE}\s*"
    )


_NAME_FOOTER = re.compile(
    rf"(?P<lead>[A-Z][^,]{{1,80}}?),\s*(?i:meeting|session)\s+(?P<num>\d{{1,3}})\s*,\s*(?P<line>[^|]{{6,80}}?){_PAGE}\s*"
)


def footer_meeting(report: ParsedReport, names: tuple[BodyName, ...], last: int = 6) -> Meeting | None:
    """The numbered meeting a running footer of the report names and dates (see the module), read in its ``last``
    paragraphs and in any line as short as a footer (a page's footer between its paragraphs)."""
    year = header_year(report)
    for p in reversed(report.paragraphs):
        if len(p.text) > 160 and p not in report.paragraphs[-last:]:
            continue
        for line in reversed(p.text.splitlines()):
            found = _footer_line(line.strip(), names, year)
            if found is not None:
                return replace(found, paragraphs=(p.order,))
    return None


def _footer_line(line: str, names: tuple[BodyName, ...], year: int | None) -> Meeting | None:
    """The meeting a footer line names and dates, else ``None``."""
    for pattern, symbol in ((_record_footer(), True), (_NAME_FOOTER, False)):
        m = pattern.fullmatch(line)
        read = dateline(m.group("line"), year) if m else None
        number = number_value(m.group("num")) if m else None
        if m is None or read is None or not number or read[0].precision != "day":
            continue
        body = _lead_body(m.group("lead"), names, symbol)
        if body is not None:
            return Meeting(body, number, read[0].start, read[0].end, place=read[1])
    return None


def _lead_body(lead: str, names: tuple[BodyName, ...], symbol: bool) -> str | None:
    """The key of the body a footer's symbol or name stands for (see the module)."""
    opening = [key for key, span in find_body_names(lead, names) if span[0] == 0]
    if opening and (symbol or find_body_names(lead, names)[0][1] == (0, len(lead))):
        return opening[0]
    if not symbol:
        return slug(lead)
    letters = _SYMBOL_LETTERS.match(lead)
    return slug(letters.group(0)) if letters and len(letters.group(0)) > 2 else None

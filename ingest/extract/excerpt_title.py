"""Whether a report is an excerpt cut before its header, though the parser gave it a title.

The parser takes a report's first heading-like line for its title. An excerpt cut before its header opens with the
end of a sentence cut above it, and its first heading is a numbered section's, further down
(``questions raised by delegates on the timing of the final reports.`` / ``5 Approval of outputs`` / ``5.1 The
study group approved ...``): that heading is no title of the document, and the excerpt names its meeting only in
its prose, its symbols or its running footer, as one with no title does (:mod:`.meeting_excerpts`,
:func:`.presumed_body.presumed_meeting_body`).
"""

from __future__ import annotations

import re

from wsiskg.ingest.records import ParsedReport

from .date_finder import find_dates

#: a numbered section's heading: its number (``5``, ``4.2``, ``3.``) and a capitalised word
_SECTION_HEADING = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])")
#: a document's symbol alone on the excerpt's first line (``RPM-X05/9-E``, ``C31/97-E``), maybe with a page's number
_SYMBOL_LINE = re.compile(r"\s*[A-Z][\w&.\-]*/\s?[\w.\-()]+(?:\s+Page\s+\d+)?\s*")
#: a line that opens with a section's number past the first (``2 The Rapporteur ...``, ``4.1 The Chairman ...``)
_LATER_SECTION = re.compile(r"\s*(?:\d+\.\d+|[2-9]|\d\d)(?:\.\d+)*\.?\s+(?=[A-Z])")


def headless(report: ParsedReport) -> bool:
    """Whether the report has no title of its own: none, or a numbered section's heading the parser took for one
    (:data:`_SECTION_HEADING`, not a date: ``8 April 2031``) over a first line cut from a sentence above it (it
    opens in lower case, or with a later section's number: ``2 The Rapporteur ...``), a symbol alone skipped."""
    title = report.title
    if not title:
        return True
    if _SECTION_HEADING.match(title) is None or any(d.span[0] == 0 for d in find_dates(title.strip())):
        return False
    lines = [p.text.strip() for p in report.paragraphs[:2]]
    if lines and _SYMBOL_LINE.fullmatch(lines[0]):
        lines = lines[1:]
    return opens_cut(lines[0] if lines else "")


def opens_cut(text: str) -> bool:
    """Whether a report's first line goes on from a sentence cut above it: it opens in lower case or with an
    ellipsis (``... the draft was accepted``), or with the number of a section past the first (``2 The Rapporteur
    ...``)."""
    text = text.strip()
    return text[:1].islower() or text.startswith(("...", "…")) or _LATER_SECTION.match(text) is not None

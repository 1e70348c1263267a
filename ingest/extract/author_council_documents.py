"""The Secretary-General as the author of a Council document or a circular letter that names no other.

``Document C31/35-E`` on its cover and something put to the Council (``The Council is invited to ...``); none for a
record of a sitting or of the session. A circular letter's symbol opening the document (``CL-31/12``). Read by
:func:`.authors.document_voice`.
"""

from __future__ import annotations

import re

from wsiskg.ingest.extract.agent_resolver import catalogue_label
from wsiskg.ingest.extract.author_agents import _FRONT
from wsiskg.ingest.records import AgentRef, ParsedReport

#: a Council document's symbol (``Document C31/35-E``, ``C26/INF/11-E``), and a front line that says it records a
#: sitting
_COUNCIL_SYMBOL = re.compile(r"(?<![\w/])C\d{2}/(?:INF/)?\d{1,3}(?:\s*\(Rev\.\s*\d\))?-[EFSARC]\b")


#: what a document put to the Council asks of it: ``The Council is invited to``, ``Action required by the Council``
_TO_THE_COUNCIL = re.compile(r"\bCouncil\s+is\s+(?:invited|requested|asked)\b|\b[Aa]ction\s+required\b")


#: a page's running line that is only the document's symbol and a page number (``C26/30-E - 6``): an
#: excerpt cut before its cover still shows whose document it is
_PAGE_LINE = re.compile(r"\s*(?:-?\s*\d{1,3}\s*-\s*)?\S{6,20}(?:\s*-\s*\d{1,3}(?:\s*-)?)?\s*")


_PROSE = re.compile(r"^\W*[a-z]|\S(?:\s+\S+){12,}[.;:]\s*$")


_RECORD_LINE = re.compile(r"(?i)\b(?:summary\s+record|minutes|record\s+of|decisions?\s+of|resolutions?\s+of)\b")


def _council_document_author(report: ParsedReport) -> AgentRef | None:
    """The Secretary-General as the author of a Council document (``Document C31/35-E`` on its cover)
    that names no other and puts something to the Council (``The Council is invited to ...``): the
    Council's documents are the Secretary-General's unless a header says whose (``Report by the
    Chairman of ...``); none for a record of a sitting (``SUMMARY RECORD``) or of the session."""
    front = [p.text for p in report.paragraphs[:_FRONT] if p.section == "front"]
    cover = next((i for i, t in enumerate(front) if _PROSE.search(t)), len(front))  # an excerpt's prose first: no cover
    titled = [report.title or "", *front]
    footer = any(_PAGE_LINE.fullmatch(p.text) and _COUNCIL_SYMBOL.search(p.text) for p in report.paragraphs)
    if not (footer or any(_COUNCIL_SYMBOL.search(t) for t in front[: min(cover, 5)])) or any(
        _RECORD_LINE.search(t) for t in titled
    ):
        return None
    if not any(_TO_THE_COUNCIL.search(p.text) for p in report.paragraphs):
        return None  # a report of the session ("The Council ... instructed"): no document put to the Council
    return AgentRef("post", "itu/secretary-general", catalogue_label("post", "itu/secretary-general"))


#: a circular letter's symbol of the General Secretariat opening a document (``CL-31/12``, ``CL-O3/27`` as OCR reads a
#: zero), maybe after its series (``WSIS/CL-31/12``)
_CIRCULAR_SYMBOL = re.compile(r"^\W*(?:[A-Z]{2,6}/)?CL-[\dO]{2}/[\dO]{1,3}\b")


def circular_letter_author(report: ParsedReport) -> AgentRef | None:
    """The Secretary-General as the author of a circular letter whose first line opens with its symbol (``CL-31/12``:
    a letter of the General Secretariat), when nothing else names who writes it (an excerpt cut before its signature:
    its passives, ``Member States are invited to ...``, are the Secretary-General's, decisions 50 and 55)."""
    first = next((p.text for p in report.paragraphs if p.text.strip()), "")
    if not any(_CIRCULAR_SYMBOL.match(text) for text in (report.title or "", first)):
        return None
    return AgentRef("post", "itu/secretary-general", catalogue_label("post", "itu/secretary-general"))

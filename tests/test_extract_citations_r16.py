"""Round 16: citation forms and due dates of the round-14 held-out writers (issue 8's held-out
gap). Every example is invented; each class is tried in several wordings."""

from __future__ import annotations

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.documents import find_documents
from wsiskg.ingest.records import Paragraph, ParsedReport, Section


# ------------------------------------------------------------------ the document's own symbol in its title
@pytest.mark.parametrize(
    "title",
    [
        "Report of the third meeting, Geneva, 4–5 May 2031 (CWG-XYZ 3/6)",
        "Report of the 9th meeting — Lima, 2 March 2030 — Document CWG-ABC-9/4-E",
        "TSAG-C 217",
        "A/91/12–E/2036/8",
    ],
)
def test_a_symbol_only_in_the_title_is_mentioned_by_the_first_paragraph(title: str) -> None:
    report = make_report("The Group met in Geneva.", "It closed at noon.", title=title)
    docs = find_documents(report)
    assert len(docs) == 1 and docs[0].paragraphs == (1,)


def test_a_symbol_only_in_a_section_heading_is_mentioned_by_the_sections_first_paragraph() -> None:
    sections = (Section("1", "Opening", None, 1), Section("2", "Budget C31/44-E", None, 2))
    paragraphs = (Paragraph(1, "1", "Opening."), Paragraph(2, "2", "The plan was noted."))
    report = ParsedReport("test.txt", "text/plain", "Report", sections, paragraphs)
    assert [(d.symbol, d.paragraphs) for d in find_documents(report)] == [("C31/44-E", (2,))]

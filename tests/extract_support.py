"""Helpers shared by the extractor tests: the sample report through the real reader and
parser, and small hand-made reports."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import read
from wsiskg.ingest.records import Paragraph, ParsedReport, Section

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "cwg-wsis-sdg-38-report.txt"


@cache
def sample_report() -> ParsedReport:
    """The sample report (.txt) as the pipeline parses it."""
    return parse(read(SAMPLE))


def make_report(
    *texts: str, title: str | None = None, sections: tuple[Section, ...] = (), section: str = "front"
) -> ParsedReport:
    """A report of ``texts``, one paragraph each, all in ``section``."""
    paragraphs = tuple(Paragraph(i + 1, section, t) for i, t in enumerate(texts))
    return ParsedReport("test.txt", "text/plain", title, sections, paragraphs)


def one_section_report(*texts: str) -> ParsedReport:
    """A report of ``texts`` in a single section "1"."""
    return make_report(*texts, sections=(Section("1", "t", None, 1),), section="1")


def order_of(report: ParsedReport, start: str) -> int:
    """The order of the paragraph whose text starts with ``start``."""
    return next(p.order for p in report.paragraphs if p.text.startswith(start))

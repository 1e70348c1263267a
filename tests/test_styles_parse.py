"""Report structure in other styles than the sample: Roman, undotted and annex numbering,
Roman parts holding Arabic paragraphs, loose numbers that are not headings, upper-case and
wrapped titles, and a document symbol line that is not the title."""

from __future__ import annotations

from pathlib import Path

from extract_support import fixture_report
from pdfgen import write_pdf

from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import read
from wsiskg.ingest.records import Block, RawDocument


def _sections(*lines: str) -> list[tuple[str, str]]:
    raw = RawDocument("t.txt", "text/plain", tuple(Block(line) for line in lines))
    return [(s.number, s.heading) for s in parse(raw).sections]


def test_roman_numbered_sections_and_an_annex() -> None:
    report = parse(read(fixture_report("egti-12").report))
    assert [(s.number, s.heading) for s in report.sections] == [
        ("I", "Opening of the meeting"),
        ("II", "Documents"),
        ("III", "Sub-group work"),
        ("IV", "Next steps"),
        ("Annex 1", "Annex 1"),
    ]


def test_roman_parts_hold_arabic_paragraphs() -> None:
    report = parse(read(fixture_report("tdag-31-roman-parts").report))
    assert [s.number for s in report.sections] == ["front", "I", "1", "2", "II", "3", "4"]


def test_loose_numbers_only_in_sequence_and_heading_like() -> None:
    assert _sections("1 Introduction", "Text.", "2 Documents", "Text.", "15 January 2025 was set.", "4 Skipped") == [
        ("1", "Introduction"),
        ("2", "Documents"),
    ]
    assert _sections("I. Opening", "I. Smith spoke.", "II Close") == [("I", "Opening"), ("II", "Close")]
    assert _sections("1 Introduction", "ANNEX A – List of participants") == [
        ("1", "Introduction"),
        ("Annex A", "List of participants"),
    ]


def test_one_page_pdf_with_symbol_header_roman_heading_and_wrapped_title(tmp_path: Path) -> None:
    pages = [
        [
            "- 1 -",
            "EGTI-12/5-E",
            "",
            "Meeting report: 12th meeting of the Expert Group on Telecommunication/ICT",
            "Indicators (EGTI), 25–27 September 2023, Geneva, Switzerland",
            "I. Opening of the meeting and adoption of the agenda of the twelfth",
            "meeting",
            "The 12th meeting of the Expert Group on Telecommunication/ICT Indicators",
            "(EGTI) took place in Geneva, Switzerland, on 25–27 September 2023. The",
            "meeting was held in hybrid format.",
            "II. Documents",
            "The meeting considered documents TDAG-24/12 and WTDC-25/DT/3.",
        ]
    ]
    report = parse(read(write_pdf(tmp_path / "egti.pdf", pages)))
    assert report.title == (
        "Meeting report: 12th meeting of the Expert Group on Telecommunication/ICT "
        "Indicators (EGTI), 25–27 September 2023, Geneva, Switzerland"
    )
    assert [(s.number, s.heading) for s in report.sections][1:] == [
        ("I", "Opening of the meeting and adoption of the agenda of the twelfth meeting"),
        ("II", "Documents"),
    ]


def test_a_symbol_line_is_not_the_title() -> None:
    raw = RawDocument(
        "t.txt",
        "text/plain",
        tuple(
            Block(t)
            for t in (
                "CWG-WSIS&SDG-40/10-E",
                "Fortieth meeting of the Council Working Group on WSIS&SDG",
                "1 Introduction",
            )
        ),
    )
    assert parse(raw).title == "Fortieth meeting of the Council Working Group on WSIS&SDG"

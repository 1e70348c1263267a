"""Tests for the parse stage: section tree, paragraphs, front matter, and the three sample formats."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from wsiskg.ingest.parse import is_furniture, parse
from wsiskg.ingest.read import DOCX, TXT, pdf_pages_to_blocks, read
from wsiskg.ingest.records import Block, ParsedReport, RawDocument

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data" / "parse"
SAMPLE = "cwg-wsis-sdg-38-report"


def _raw(*lines: str, media_type: str = TXT, blocks: tuple[Block, ...] | None = None, title=None) -> RawDocument:
    return RawDocument(
        source="t.txt", media_type=media_type, blocks=blocks or tuple(Block(text=line) for line in lines), title=title
    )


def _sections(report: ParsedReport) -> list[tuple[str, str, str | None]]:
    return [(s.number, s.heading, s.parent) for s in report.sections]


def _paragraphs(report: ParsedReport) -> list[tuple[str, str, str | None, str]]:
    return [(p.section, p.kind, p.number, p.text) for p in report.paragraphs]


# ------------------------------------------------------------------- variants
def test_variant_report_fixture() -> None:
    report = parse(read(DATA / "variant-report.txt"))
    assert report.title == "Report of the second meeting of the Expert Group on Examples"
    assert _sections(report) == [
        ("summary", "Summary", None),
        ("action-required", "Action required", None),
        ("1", "Opening", None),
        ("2", "Documents considered", None),
        ("2.1", "Review of tasks (EG-EX-2/4)", "2"),
        ("2.1.1", "The group noted the review", "2.1"),
        ("3.2.1.4", "A deep paragraph that skips levels", None),
        ("3", "Conclusions", None),
        ("3.1", "The group met on 24th and 25th January and approved document A/70/1", "3"),
    ]
    assert _paragraphs(report) == [
        ("summary", "heading", None, "Summary"),
        ("summary", "summary", None, "This report summarises the second meeting held on 3 March 2031."),
        ("action-required", "heading", None, "Action required"),
        ("action-required", "action-required", None, "The Council is invited to note this report."),
        ("1", "heading", "1", "Opening"),
        ("1", "body", None, "The meeting was opened by the Chair, Ms. Ana Example (Freedonia)."),
        ("2", "heading", "2", "Documents considered"),
        ("2.1", "body", "2.1", "Review of tasks (EG-EX-2/4): The Secretariat presented the review."),
        ("2.1.1", "body", "2.1.1", "The group noted the review."),
        ("3.2.1.4", "body", "3.2.1.4", "A deep paragraph that skips levels."),
        ("3.2.1.4", "list-item", None, "first bullet"),
        ("3.2.1.4", "list-item", None, "(i) first enumerated item; (ii) second one"),
        ("3.2.1.4", "list-item", None, "A list that restarts at one."),
        ("3", "heading", "3", "Conclusions"),
        ("3.1", "body", "3.1", "The group met on 24th and 25th January and approved document A/70/1."),
    ]
    assert [p.order for p in report.paragraphs] == list(range(1, len(report.paragraphs) + 1))
    assert [s.order for s in report.sections] == list(range(1, len(report.sections) + 1))


def test_parent_is_nearest_existing_ancestor() -> None:
    report = parse(
        _raw("1. Top", "1.2.3. Skips a level.", "1.2. Late middle", "1.2.4. Has its parent now.", "4.5.6. Orphan.")
    )
    parents = {s.number: s.parent for s in report.sections}
    assert parents == {"1": None, "1.2.3": "1", "1.2": "1", "1.2.4": "1.2", "4.5.6": None}


def test_numbers_without_final_dot_and_glued() -> None:
    report = parse(
        _raw("5. Items", "5.4 Heading without dot", "5.4.1.Dr X presented the item.", "5.4.2 The Group agreed.")
    )
    assert [s.number for s in report.sections] == ["5", "5.4", "5.4.1", "5.4.2"]
    assert [p.text for p in report.paragraphs][2:] == ["Dr X presented the item.", "The Group agreed."]


def test_nbsp_bookmarks_and_glued_words_are_cleaned() -> None:
    report = parse(_raw("1.\u00a0Intro", "[bookmark: _x1]Held on 24thand\u00a0 25thJanuary 2031 in\u00a0Geneva."))
    assert _paragraphs(report) == [
        ("1", "heading", "1", "Intro"),
        ("1", "body", None, "Held on 24th and 25th January 2031 in Geneva."),
    ]


def test_colon_heading_only_when_the_head_reads_like_a_title() -> None:
    report = parse(
        _raw(
            "6.1. Preparations for the Annual Forum (EX-1/2): The Secretariat reported.",
            "6.2. Stakeholders are invited to contribute to the following: Alpha, Beta and Gamma.",
            "6.3. Open call for speakers via www.example.org. Deadline: 7 March 2031.",
            "6.4. Special Initiatives (EX-1/7):",
            "6.5. The Group noted:",
        )
    )
    assert _sections(report) == [
        ("6.1", "Preparations for the Annual Forum (EX-1/2)", None),
        ("6.2", "Stakeholders are invited to contribute to the following: Alpha, Beta and Gamma", None),
        ("6.3", "Open call for speakers via www.example.org", None),
        ("6.4", "Special Initiatives (EX-1/7)", None),
        ("6.5", "The Group noted", None),
    ]
    kinds = [(p.section, p.kind) for p in report.paragraphs]
    assert kinds == [("6.1", "body"), ("6.2", "body"), ("6.3", "body"), ("6.4", "heading"), ("6.5", "body")]
    assert report.paragraphs[0].text == "Preparations for the Annual Forum (EX-1/2): The Secretariat reported."


def test_long_numbered_paragraph_gets_a_short_label_heading() -> None:
    text = (
        "The Group appreciated the continuing work between the Study Groups and the process, and asked for "
        "more reports. It also noted other things."
    )
    report = parse(_raw(f"7.1. {text}"))
    heading = report.sections[0].heading
    assert heading.endswith("…") and len(heading) <= 81 and text.startswith(heading[:-1])
    assert report.paragraphs[0].text == text


def test_front_matter_title_and_furniture() -> None:
    report = parse(
        _raw(
            "Council Working Group on Examples",
            "Document EX-3/1 of 20 January 2031",
            "Summary: The short summary on one line.",
            "1. Introduction",
            "Text.",
            "______",
            "\u2022 http://www.example.org/council \u2022",
            "- 3 -",
        )
    )
    assert report.title == "Council Working Group on Examples"
    assert _sections(report)[:2] == [("front", "Council Working Group on Examples", None), ("summary", "Summary", None)]
    assert _paragraphs(report) == [
        ("front", "body", None, "Document EX-3/1 of 20 January 2031"),
        ("summary", "heading", None, "Summary"),
        ("summary", "summary", None, "The short summary on one line."),
        ("1", "heading", "1", "Introduction"),
        ("1", "body", None, "Text."),
    ]


def test_title_cue_wins_over_a_header_line() -> None:
    report = parse(_raw("Geneva, 20 January 2031", "Draft Report of the 4th meeting of the Group", "1. Introduction"))
    assert report.title == "Draft Report of the 4th meeting of the Group"
    assert _paragraphs(report)[0] == ("front", "body", None, "Geneva, 20 January 2031")


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("______", True),
        ("\u2022 http://www.itu.int/council \u2022", True),
        ("* * *", True),
        ("- 3 -", True),
        ("Page 4 of 9", True),
        ("See http://www.example.org for details.", False),
        ("1. Intro", False),
        ("- 3 items", False),
    ],
)
def test_is_furniture(text: str, furniture: bool) -> None:
    assert is_furniture(text) is furniture


def test_bullets_are_list_items_in_the_enclosing_section() -> None:
    report = parse(
        _raw(
            "2. Items",
            "2.1. The themes are:",
            "\u00b7 Alpha theme",
            "\u2022 Beta theme",
            "- Gamma theme",
            "(ii) Delta",
            "a) Epsilon",
            "After the list.",
        )
    )
    assert _paragraphs(report)[2:] == [
        ("2.1", "list-item", None, "Alpha theme"),
        ("2.1", "list-item", None, "Beta theme"),
        ("2.1", "list-item", None, "Gamma theme"),
        ("2.1", "list-item", None, "(ii) Delta"),
        ("2.1", "list-item", None, "a) Epsilon"),
        ("2.1", "body", None, "After the list."),
    ]


def test_an_arrow_opening_a_line_is_a_bullet() -> None:
    """``→ Delegates agreed ...`` under ``What was agreed``: each arrow line a list item, its mark dropped."""
    report = parse(
        _raw(
            "3. Outcomes",
            "What was agreed",
            "  \u2192 Delegates asked the Bureau to publish the lagoon atlas.",
            "  \u2192 Operators were encouraged to share tide data before 2032.",
        )
    )
    assert _paragraphs(report)[-2:] == [
        ("3", "list-item", None, "Delegates asked the Bureau to publish the lagoon atlas."),
        ("3", "list-item", None, "Operators were encouraged to share tide data before 2032."),
    ]


def test_restarting_numbering_does_not_crash_or_duplicate_sections() -> None:
    report = parse(_raw("1. One", "2. Two", "1. One again.", "2. Two again.", "3. Three"))
    numbers = [s.number for s in report.sections]
    assert numbers == ["1", "2", "3"]
    assert [p.kind for p in report.paragraphs] == ["heading", "heading", "list-item", "list-item", "heading"]


def test_empty_and_unnumbered_documents() -> None:
    assert parse(_raw()).paragraphs == ()
    report = parse(_raw("Just a heading", "Some text without numbers."))
    assert report.title == "Just a heading"
    assert _paragraphs(report) == [("front", "body", None, "Some text without numbers.")]


def test_word_blocks_with_numbers_and_styles() -> None:
    blocks = (
        Block("Report of the Group", style="title", level=1),
        Block("Summary", style="heading", level=2),
        Block("Short summary.", style="body"),
        Block("Introduction", number="1", style="heading", level=1),
        Block("Body under one.", style="body"),
        Block("Details", number="1.1", style="heading", level=2),
        Block("The Group noted the details.", number="1.1.1", style="body"),
        Block("Unnumbered Word heading", style="heading", level=2),
    )
    report = parse(RawDocument(source="w.docx", media_type=DOCX, blocks=blocks, title="Report of the Group"))
    assert report.title == "Report of the Group"
    assert _sections(report) == [
        ("summary", "Summary", None),
        ("1", "Introduction", None),
        ("1.1", "Details", "1"),
        ("1.1.1", "The Group noted the details", "1.1"),
    ]
    assert _paragraphs(report)[-1] == ("1.1.1", "heading", None, "Unnumbered Word heading")
    assert _paragraphs(report)[2] == ("1", "heading", "1", "Introduction")


def test_docx_with_word_numbering_end_to_end(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Report of a test meeting", style="Title")
    for text in ("Opening of the meeting", "Adoption of the agenda"):
        paragraph = document.add_paragraph(text, style="List Number")
        assert paragraph._p.pPr is not None
    plain = document.add_paragraph("The agenda was adopted.")
    plain._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="0"/></w:numPr>'))
    path = tmp_path / "listnumber.docx"
    document.save(str(path))
    report = parse(read(path))
    assert report.title == "Report of a test meeting"
    assert _sections(report) == [("1", "Opening of the meeting", None), ("2", "Adoption of the agenda", None)]
    assert _paragraphs(report)[-1] == ("2", "body", None, "The agenda was adopted.")


def test_pdf_blocks_parse_like_text() -> None:
    pages = [
        "Draft report of the meeting of the\nGroup\nSummary\nShort.\n1. Intro\n"
        "Text that is long enough to fill a whole line of the page and\ncontinues.\n"
    ]
    report = parse(RawDocument(source="p.pdf", media_type="application/pdf", blocks=tuple(pdf_pages_to_blocks(pages))))
    assert report.title == "Draft report of the meeting of the Group"
    assert _paragraphs(report) == [
        ("summary", "heading", None, "Summary"),
        ("summary", "summary", None, "Short."),
        ("1", "heading", "1", "Intro"),
        ("1", "body", None, "Text that is long enough to fill a whole line of the page and continues."),
    ]


# -------------------------------------------------------------------- samples
@pytest.fixture(scope="module")
def samples() -> dict[str, ParsedReport]:
    reports = {}
    for ext in ("txt", "docx", "pdf"):
        reports[ext] = parse(read(SAMPLES / f"{SAMPLE}.{ext}"))
    return reports


def _ws(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_sample_formats_agree(samples: dict[str, ParsedReport], ext: str) -> None:
    """The three sample formats give the same sections and paragraphs (no documented difference needed)."""
    base, other = samples["txt"], samples[ext]
    assert _sections(other) == _sections(base)
    assert [(p.section, p.kind, p.number, _ws(p.text)) for p in other.paragraphs] == [
        (p.section, p.kind, p.number, _ws(p.text)) for p in base.paragraphs
    ]


def test_sample_structure(samples: dict[str, ParsedReport]) -> None:
    report = samples["docx"]
    assert report.title and report.title.startswith("Draft report of the")
    numbers = [s.number for s in report.sections]
    assert numbers[:3] == ["summary", "action-required", "1"]
    assert "7.3.1.1" in numbers and "6.13.4" in numbers and numbers[-1] == "9"
    by_number = {s.number: s for s in report.sections}
    assert by_number["7.3.1.1"].parent == "7.3.1"
    assert by_number["6.1"].heading.startswith("Preparations towards the")
    assert by_number["6.1"].heading.endswith(")")
    kinds = {p.kind for p in report.paragraphs}
    assert kinds == {"heading", "body", "list-item", "summary", "action-required"}
    texts = [p.text for p in report.paragraphs]
    assert not any("itu.int/council" in t or t.startswith("___") for t in texts)
    assert report.title not in texts
    assert not any("[bookmark" in t for t in texts)
    # unnumbered paragraphs belong to the last numbered section seen
    last = report.paragraphs[-1]
    assert last.section == "9" and last.number is None


def test_a_number_set_off_by_a_tab_is_a_paragraph_number() -> None:
    raw = RawDocument(
        "r.txt",
        "text/plain",
        (
            Block("Report of the meeting"),
            Block("1\tThe Group met in Lima on 3 May 2031."),
            Block("2\tIt adopted its agenda."),
            Block("2031 was a busy year for the Group."),
        ),
    )
    paragraphs = parse(raw).paragraphs
    numbered = [(p.number, p.text) for p in paragraphs if p.number]
    assert numbered == [("1", "The Group met in Lima on 3 May 2031."), ("2", "It adopted its agenda.")]
    assert paragraphs[-1].text == "2031 was a busy year for the Group."


def test_a_word_heading_whose_section_text_follows_a_line_break_is_split() -> None:
    """``Requests`` / ``The Parties jointly:`` / ``1. request X to ...`` typed in one heading-styled
    Word paragraph with line breaks: the heading, then each line as a paragraph; a heading of lines that
    name and date a meeting stays one."""
    blocks = (
        Block("WORLD RADIOCOMMUNICATION SEMINAR (WRS-31)\nGeneva, 1-5 December 2031", style="heading", level=1),
        Block("Introduction", number="1", style="heading", level=1),
        Block("Body under one.", style="body"),
        Block(
            "Requests\nThe two Unions jointly:\n1. request Working Party 5D to consider the conclusions;\n"
            "2. invite the Bureau to hold a clinic before the end of 2031.",
            number="2",
            style="heading",
            level=1,
        ),
    )
    report = parse(RawDocument(source="w.docx", media_type=DOCX, blocks=blocks))
    assert [p.text for p in report.paragraphs] == [
        "Introduction",
        "Body under one.",
        "Requests",
        "The two Unions jointly:",
        "request Working Party 5D to consider the conclusions;",
        "invite the Bureau to hold a clinic before the end of 2031.",
    ]
    assert report.title == "WORLD RADIOCOMMUNICATION SEMINAR (WRS-31) Geneva, 1-5 December 2031"
    assert ("2", "Requests") in [(s.number, s.heading) for s in report.sections]


def test_a_split_heading_before_any_title_reads_the_front_block_by_block() -> None:
    """The title cue reads the blocks after a Word heading is split at its line breaks, one text per
    block: a split heading in a document with no title-like line neither shifts nor exhausts them."""
    blocks = (
        Block(
            "Outcomes\nThe participants of the clinic agreed as follows:\n"
            "a) to circulate the draft checklist to all regional offices;",
            style="heading",
            level=1,
        ),
        Block("b) to meet again online in the second half of the year.", style="body"),
    )
    report = parse(RawDocument(source="w.docx", media_type=DOCX, blocks=blocks))
    assert [p.text for p in report.paragraphs][-3:] == [
        "The participants of the clinic agreed as follows:",
        "a) to circulate the draft checklist to all regional offices;",
        "b) to meet again online in the second half of the year.",
    ]

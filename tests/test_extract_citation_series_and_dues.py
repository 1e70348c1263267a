"""Citation forms (symbols of group and meeting series, Recommendations as written, a UN body's
resolution by acronym and number) and due dates (action-table date columns, a meeting named before
a date). Every example is invented; each class is tried in several wordings."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, one_section_report

from wsiskg.ingest.extract.deadlines import find_deadlines
from wsiskg.ingest.extract.documents import find_documents, symbol_mentions
from wsiskg.ingest.extract.resolutions import find_resolutions
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


# ------------------------------------------------------------------ an action table's plain date column
@pytest.mark.parametrize(
    "rows",
    [
        ("Item | Responsible | Date", "Draft the regional position | Rapporteur | 12 March 2033"),
        ("Task, Lead, Timeline", "Collect national data on spectrum use, BDT, 12 March 2033"),
        ("Item | Date | Responsible", "Consolidated list of candidates | 12/03/2033 | Executive Committee"),
        ("Action | Responsible | Deadline", "Update the views on agenda item 1.9 | WP4 Chair | 12 March 2033"),
    ],
)
def test_an_action_tables_date_column_is_due(rows: tuple[str, ...]) -> None:
    assert [d.due for d in find_deadlines(make_report("Follow-up:", *rows), 2033)] == [date(2033, 3, 12)]


@pytest.mark.parametrize(
    "rows",
    [
        ("Meeting | Date | Venue", "Regional forum | 12 March 2033 | Accra"),  # no column of who: a calendar
        ("Item | Date | Responsible", "Update of the web page | 12/03/2033 | —"),  # no one to do it
    ],
)
def test_a_date_column_without_anyone_to_do_it_is_no_deadline(rows: tuple[str, ...]) -> None:
    assert find_deadlines(make_report(*rows), 2033) == ()


# ------------------------------------------------------------------ Recommendations as written
@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("in line with Recommendation ITU-T Q.3050 on", ["Recommendation ITU-T Q.3050"]),
        (
            "consented draft Recommendations ITU-T G.9902, G.9903 and G.9904.",
            ["Recommendation ITU-T G.9902", "G.9903", "G.9904"],
        ),
        ("Rec. ITU-R P.1812 and Report ITU-R SM.2257 apply.", ["Rec. ITU-R P.1812", "Report ITU-R SM.2257"]),
        ("(Recommendation ITU-T Y.4470/L.1450)", ["Recommendation ITU-T Y.4470/L.1450"]),
        ("under ITU-R Recommendation F.699 and ITU-T H.265.", ["ITU-R F.699", "ITU-T H.265"]),
        ("Draft Recommendation Q.1234 was progressed.", []),  # no Sector: no symbol
    ],
)
def test_a_recommendation_is_written_with_its_word(text: str, symbols: list[str]) -> None:
    assert [s.symbol for s in symbol_mentions(text, None, "ctx")] == symbols


def test_a_recommendation_written_two_ways_is_one_document() -> None:
    keys = {s.key for s in symbol_mentions("ITU-T Q.3050 and Recommendation ITU-T Q.3050", None, "ctx")}
    assert keys == {"itu-t-q-3050"}


# ------------------------------------------------------------------ other series, as written
@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("the agenda (JCA-XYZ-D-0142) was approved", "JCA-XYZ-D-0142"),
        ("Document FG-QR&ST-O-081", "FG-QR&ST-O-081"),
        ("the baseline text (KM-O-045) was accepted", "KM-O-045"),
        ("Report of the meeting — ABC-R-17", "ABC-R-17"),
        ("including APT WTDC31-2/INP-07 from Japan", "APT WTDC31-2/INP-07"),
        ("AWG-12/OUT-05", "AWG-12/OUT-05"),
        ("RDF-EUR31/SUM", "RDF-EUR31/SUM"),
        ("ASMG-PP30-3/REP — page 2", "ASMG-PP30-3/REP"),
        ("RPM-ASP31/SR-E", "RPM-ASP31/SR-E"),
        ("XYZ 2031/MIN", "XYZ 2031/MIN"),
        ("Doc. 6/112(Rev.1)-E", "6/112(Rev.1)-E"),
        ("Document 1-3-4/88-E", "1-3-4/88-E"),
    ],
)
def test_a_symbol_of_another_series(text: str, symbol: str) -> None:
    assert [s.symbol for s in symbol_mentions(text, None, "ctx")] == [symbol]


@pytest.mark.parametrize(
    "text",
    ["ITU-D-2031 and ITU-T-23", "the EU-AU-2030 agenda", "COVID-19 measures", "the SUM/REP line and ITU/REP"],
)
def test_no_symbol_of_another_series(text: str) -> None:
    assert symbol_mentions(text, None, "ctx") == []


def test_a_range_of_documents_by_its_ends() -> None:
    symbols = [s.symbol for s in symbol_mentions("presented their reports (Documents 5/31 to 5/34).", None, "ctx")]
    assert symbols == ["5/31", "5/34"]


# ------------------------------------------------------------------ due words
@pytest.mark.parametrize(
    "text",
    [
        "Comments should reach the Bureau by close of business on 4 May 2031.",
        "Replies are requested by COB on 4 May 2031.",
        "The call for case studies closes on 4 May 2031.",
        "Nominations, which must reach us at the latest on 4 May 2031, will be",
        "Deadlines: - contributions: 4 May 2031",
    ],
)
def test_a_due_word(text: str) -> None:
    assert [d.due for d in find_deadlines(make_report(text), 2031)] == [date(2031, 5, 4)]


def test_a_meeting_that_closed_is_no_deadline() -> None:
    assert find_deadlines(make_report("The meeting closed on 4 May 2031."), 2031) == ()


# ------------------------------------------------------------------ due by a meeting named before its date
@pytest.mark.parametrize(
    "text",
    [
        "The councillor from Peru asked him to present them to the Committee at its third meeting on 4 May 2031.",
        "Members were invited to pledge funds for the Coalition before its annual meeting on 4 May 2031.",
        "The Chair requested Working Group 5B to report to the Committee at its ninth meeting, on Monday 4 May 2031.",
        "The Committee invited the secretariat to report the figures to the Plenary on 4 May 2031.",
        "The Group asked the Bureau to provide data before the fifth meeting, to be held on 4 May 2031.",
        "Administrations are encouraged to nominate experts before the heads of delegation meeting (4 May 2031).",
        "I invite you to finish before the Regional Forum, which will be held in Lima on 4 May 2031.",
        "asked it to report on progress to the next meeting of the Group on 4 May 2031.",
    ],
)
def test_what_is_asked_is_due_by_the_meeting_named_before_the_date(text: str) -> None:
    assert [d.due for d in find_deadlines(make_report(text), 2031)] == [date(2031, 5, 4)]


@pytest.mark.parametrize(
    "text",
    [
        "The Group met on 3 May 2031 and invited Members to attend the workshop on 4 May 2031.",
        "The Group invited Members to contribute. The next meeting will be held on 4 May 2031.",
        "Members were asked to register for the workshop, which will be held on 4 May 2031.",
        "The Committee reported to the Plenary on 4 May 2031.",  # nothing asked
        "It urged administrations to finish before WRC-31 (4 May – 1 June 2031).",  # a range
    ],
)
def test_a_meeting_date_without_anything_asked_by_it_is_no_deadline(text: str) -> None:
    assert find_deadlines(make_report(text), 2031) == ()


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("REVISION 2 TO DOCUMENT C31/40-E", "REVISION 2 TO DOCUMENT C31/40-E"),
        ("ADDENDUM 3 TO DOCUMENT 58-E", "ADDENDUM 3 TO DOCUMENT 58-E"),
    ],
)
def test_a_part_of_a_document_in_capitals(text: str, symbol: str) -> None:
    assert [s.symbol for s in symbol_mentions(text, None, "wtdc-2030")] == [symbol]


# ------------------------------------------------------------------ resolutions
@pytest.mark.parametrize(
    ("text", "number"),
    [("under Resolution 4O (Rev. Dubai, 2018)", "40"), ("Resolution 7I of the Plenipotentiary Conference", "71")],
)
def test_an_ocr_letter_ending_a_resolution_number_is_a_digit(text: str, number: str) -> None:
    assert [r.number for r in find_resolutions(one_section_report(text))] == [number]


@pytest.mark.parametrize(
    ("front", "issuer"),
    [
        (
            (
                "WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY (WTSA-32)",
                "Proposals of the TSAG members",
                "ITU-T and ITU-D cooperation",
            ),
            "wtsa",
        ),
        (
            ("TELECOMMUNICATION DEVELOPMENT SECTOR", "Study Group 1 management team", "ITU-D and BDT", "with ITU-R"),
            "wtdc",
        ),
    ],
)
def test_the_home_conference_is_the_one_the_front_names_most(front: tuple[str, ...], issuer: str) -> None:
    report = make_report(*front, "Resolution 61 was recalled.", title=front[0])
    assert {(r.issuer, r.number) for r in find_resolutions(report)} == {(issuer, "61")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("as called for in the Programme of Action (UNGA 81/244).", ("unga", "81/244")),
        ("in line with ECOSOC 2031/12, the Commission", ("ecosoc", "2031/12")),
    ],
)
def test_a_un_organ_and_its_number_is_a_resolution_not_a_document(text: str, found: tuple[str, str]) -> None:
    assert [(r.issuer, r.number) for r in find_resolutions(one_section_report(text))] == [found]
    assert symbol_mentions(text, None, "ctx") == []

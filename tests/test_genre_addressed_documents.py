"""A document submitted to a meeting, not its record (ingest/extract/genre.py, ``addressed_document`` and
``records_named``): a header line that is the document's number, no word of a record in its title, header or
lead, and a meeting named only in its header lines (the session the document goes to) -> no own meeting; a
record keeps its meeting (round 53)."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_parts

from wsiskg.ingest.extract.genre import addressed_document
from wsiskg.ingest.records import Paragraph, ParsedReport, Section


def _with_prose(front: list[str], prose: list[str], title: str) -> ParsedReport:
    """A report of ``front`` header lines (section ``front``) then ``prose`` paragraphs numbered 1, 2, ..."""
    paragraphs = [Paragraph(i + 1, "front", t) for i, t in enumerate(front)]
    paragraphs += [Paragraph(len(front) + i + 1, str(i + 1), t) for i, t in enumerate(prose)]
    sections = tuple(Section(str(i + 1), "t", None, i + 1) for i in range(len(prose)))
    return ParsedReport("test.txt", "text/plain", title, sections, tuple(paragraphs))


_TO_PREPARATORY = (
    [
        "Telecommunication Development Bureau",
        "Regional Preparatory Meeting for WTDC-31 for the Americas",
        "Document RPM-AMS30/9-E",
        "3 March 2030",
        "Status of the regional initiatives for the Americas, 2026-2029",
    ],
    [
        "The Conference (Lima, 2026) adopted four regional initiatives for the Americas. This document reviews "
        "their implementation and is submitted to the meeting in Asuncion from 7 to 9 April 2030.",
        "Projects were carried out with the administrations of the region and with CITEL.",
    ],
    "International Telecommunication Union",
)
_TO_CONFERENCE = (
    [
        "Kigali, 2-20 October 2034",
        "PLENARY MEETING",
        "Document 88-E",
        "14 August 2034",
        "Note by the Human Resources Management Department",
        "STAFF COSTS OF THE UNION FOR 2036-2039",
    ],
    [
        "The staff costs for 2036-2039 were estimated on the basis of Council Decision 702 and reviewed by the "
        "Council Working Group on Financial and Human Resources in February 2034.",
        "Staff costs are kept at the level of the previous period, with a rise of 1.5 per cent a year.",
    ],
    "PLENIPOTENTIARY CONFERENCE (PP-34)",
)
_TO_COUNCIL = (
    [
        "Council 2033",
        "Geneva, 7-17 June 2033",
        "Addendum 1 to Document C33/22-E",
        "2 May 2033",
        "Use of the premises of the Union by external organizations",
    ],
    [
        "Following the request of the Standing Committee on Administration and Management, the secretariat "
        "describes the rules for the use of the premises by external organizations.",
        "The rules apply from 1 January 2034 to organizations that are not members of the Union.",
    ],
    "Secretariat paper",
)


@pytest.mark.parametrize("layout", [_TO_PREPARATORY, _TO_CONFERENCE, _TO_COUNCIL])
def test_a_document_submitted_to_a_meeting_has_no_own_meeting(layout: tuple[list[str], list[str], str]) -> None:
    front, prose, title = layout
    report = _with_prose(front, prose, title)
    assert addressed_document(report)
    assert meeting_parts(report) is None


def test_a_record_titled_by_a_record_word_keeps_its_meeting() -> None:
    report = _with_prose(
        ["RADIO REGULATIONS BOARD", "Document RRB33-2/14-E", "4 August 2033", "SUMMARY OF DECISIONS"],
        [
            "The Board held its 101st meeting in Geneva from 24 to 28 July 2033 under the chairmanship of Ms A.",
            "The Board approved the rules of procedure on the cancellation of frequency assignments.",
        ],
        "INTERNATIONAL TELECOMMUNICATION UNION",
    )
    assert not addressed_document(report)
    assert meeting_parts(report) is not None


def test_a_chairmans_report_to_the_council_keeps_the_groups_meeting() -> None:
    report = _with_prose(
        ["Council 2032", "Geneva, 8-18 June 2032", "Document C32/19-E", "30 April 2032"],
        [
            "The Council Working Group on Child Online Protection held its twenty-sixth meeting in Geneva on "
            "2 and 3 February 2032, chaired by Mr B.",
            "The Group reviewed the draft guidelines for industry and agreed on their structure.",
        ],
        "Report by the Chair of the Council Working Group on Child Online Protection",
    )
    assert not addressed_document(report)
    found = meeting_parts(report)
    assert found is not None and found[0] == "cwg-cop"


def test_a_meeting_stated_in_the_lead_is_recorded_though_no_record_word_is_written() -> None:
    report = _with_prose(
        ["ASIA-PACIFIC X GROUP", "Fifth meeting, Bangkok, 3-5 May 2033", "Document AXG-5/21"],
        [
            "The fifth meeting of the Asia-Pacific X Group was held in Bangkok from 3 to 5 May 2033.",
            "The Chair, Ms C (Thailand), opened the meeting and the Group adopted its agenda.",
        ],
        "ASIA-PACIFIC X GROUP",
    )
    assert meeting_parts(report) is not None


def test_a_header_without_a_document_line_is_no_addressed_document() -> None:
    report = make_report(
        "Council 2033",
        "Geneva, 7-17 June 2033",
        "C33/22-E",
        "Use of the premises of the Union by external organizations",
        title="Secretariat paper",
    )
    assert not addressed_document(report)


@pytest.mark.parametrize(
    ("title", "dateline", "lead"),
    [
        ("SUBREGIONAL WORKSHOP ON NUMBERING PLANS (SWNP)", "Online, 3-4 May 2033", "1 The workshop elected its Chair."),
        ("Expert Group Meeting on Rural Backhaul", "Apia, 9-10 June 2032", "The meeting adopted its agenda."),
    ],
)
def test_a_record_narrating_its_meeting_keeps_it_under_a_document_line(title: str, dateline: str, lead: str) -> None:
    report = make_report(dateline, "Document 5-E", lead, title=title)
    assert not addressed_document(report)
    assert meeting_parts(report) is not None

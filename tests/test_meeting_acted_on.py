"""A document that asks the body whose session its header names to act on the document itself is addressed to that
session, not a record of it (ingest/extract/meeting_acted_on.py; feature ``addressed`` of meeting_ranking.py): an
auditor's, an evaluation unit's or a department's report to the Council or a conference records no meeting. A
group's report to its parent asks the parent: the group's meeting stays the record's."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_parts

from wsiskg.ingest.extract.document import new_document
from wsiskg.ingest.extract.meeting_acted_on import asked_bodies
from wsiskg.ingest.extract.study_groups import meeting_body_names


@pytest.mark.parametrize(
    ("header", "title", "closing"),
    [
        (
            ("Council 2033", "Geneva, 7-17 June 2033", "Document C33/55-E", "2 May 2033"),
            "Report of the Independent Evaluation Unit",
            "The Council is invited to take note of this report and to endorse its three recommendations.",
        ),
        (
            ("COUNCIL 2036", "Geneva, 10-19 June 2036", "Document C36/12-E"),
            "Report of the Internal Auditor",
            "Action required: The Council is requested to consider this document.",
        ),
        (
            ("PLENIPOTENTIARY CONFERENCE (PP-34)", "Lisbon, 2-20 October 2034", "Document 61-E"),
            "Note by the Chief of the Human Resources Department",
            "The Conference is invited to take note of this document.",
        ),
    ],
)
def test_a_document_asking_its_headers_session_to_act_on_it_records_no_meeting(
    header: tuple[str, ...], title: str, closing: str
) -> None:
    report = make_report(
        title,
        *header,
        "1 The review covered the period from 2030 to 2032 and the costs of the regional events held in those years.",
        "2 The unit found that the terms of reference of the project team were never written down.",
        closing,
        title=title,
    )
    assert meeting_parts(report) is None


def test_a_groups_report_asking_its_parent_keeps_the_groups_meeting() -> None:
    report = make_report(
        "Council 2032",
        "Geneva, 8-18 June 2032",
        "Document C32/21-E",
        "1 The Council Working Group on Languages held its ninth meeting in Geneva on 3 and 4 February 2032.",
        "2 The Council is invited to take note of this report.",
        title="Report by the Chairman of the Council Working Group on Languages",
    )
    found = meeting_parts(report)
    assert found is not None and found[0] == "cwg-lang"
    assert found[1:3] == (9, date(2032, 2, 3))


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("The Council is invited to take note of this report.", {"itu-council"}),
        ("4.2 The Plenipotentiary Conference (PP) is requested to consider the present document.", {"itu-pp"}),
        ("Members of the Council are invited to review this document.", set()),
        ("The Council was invited to take note of the report of the Group.", set()),
    ],
)
def test_the_body_asked_heads_the_sentence(sentence: str, asked: set[str]) -> None:
    report = make_report("Geneva, 3 March 2031", sentence, title="Note")
    new_document(report)
    assert asked_bodies(report, meeting_body_names(report)) == asked

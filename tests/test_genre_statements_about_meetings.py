"""Documents about a meeting that are not its record (decisions 4 and 75; ``genre_cues.csv``): a list of speakers is a
notice, a note by a summit's executive secretariat is a secretariat's note. The meeting the header names stays an
event. Every name and sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_parts

from wsiskg.ingest.extract.genre import line_genre, records_meeting


@pytest.mark.parametrize(
    ("line", "genre"),
    [
        ("PLENARY SEGMENT: ORDER OF SPEAKERS", "notice"),
        ("Provisional list of speakers - Ministerial round table", "notice"),
        ("Note by the Executive Secretariat", "secretary-general"),
        ("Note by the Executive Secretary of the Summit", "secretary-general"),
    ],
)
def test_a_line_names_a_document_about_a_meeting(line: str, genre: str) -> None:
    assert line_genre(line) == genre


@pytest.mark.parametrize(
    "line",
    [
        "Summary of the session on speaker diversity",  # a record whose topic is speakers
        "Report of the third meeting",
        "Note for the record",
    ],
)
def test_a_record_s_line_is_no_such_document(line: str) -> None:
    assert line_genre(line) == "record"


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        (
            "Pacific Forum on Rural Connectivity 2031",
            ("Suva, 2-6 June 2031", "HIGH-LEVEL SEGMENT: ORDER OF SPEAKERS",
             "The statements will be delivered on Tuesday 3 June 2031 in the main hall.",
             "H.E. Mr Tevita Lolohea-Marsh, Minister of Ports, Tonga"),
        ),
        (
            "Summit on Island Networks",
            ("Third meeting of the Preparatory Committee, Apia, 4-8 May 2031", "Note by the Executive Secretariat",
             "The Executive Secretariat informs delegations of the arrangements for the third meeting.",
             "Delegations are invited to register online."),
        ),
    ],
)  # fmt: skip
def test_a_document_about_a_meeting_records_no_meeting(title: str, lines: tuple[str, ...]) -> None:
    report = make_report(*lines, title=title)
    assert not records_meeting(report)
    assert meeting_parts(report) is None

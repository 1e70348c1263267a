"""An information note for the participants of a meeting records no meeting (``genre_cues.csv``, genre ``notice``;
round 54): ``WSIS Forum 2032: Information for Participants`` over the forum's venue and days gives the practical
arrangements of a meeting still to come (decision 4: a document about a meeting, not its
record); the forum it names stays the context the other extractors read it in."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_parts

from wsiskg.ingest.extract.genre import line_genre, records_meeting


@pytest.mark.parametrize(
    "line",
    [
        "WSIS Forum 2032: Information for Participants",
        "Information note for participants",
        "GSR-31 — PRACTICAL INFORMATION FOR PARTICIPANTS",
        "Regional Forum on Spectrum — information for delegates",
    ],
)
def test_an_information_note_s_line_names_a_genre_with_no_meeting(line: str) -> None:
    assert line_genre(line) == "notice"


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        (
            "WSIS Forum 2032: Information for Participants",
            ("ITU Headquarters and CICG, Geneva, 10-14 May 2032", "Ref. WSIS/F32/INF-1",
             "This note gives practical information to participants in the WSIS Forum 2032.",
             "All participants must register online before 1 May 2032."),
        ),
        (
            "International Telecommunication Union",
            ("Practical information for participants", "WSIS Forum 2030", "Geneva, 7-11 April 2030",
             "Participants are invited to collect their badges at the registration desk."),
        ),
    ],
)  # fmt: skip
def test_an_information_note_records_no_meeting(title: str, lines: tuple[str, ...]) -> None:
    report = make_report(*lines, title=title)
    assert not records_meeting(report)
    assert meeting_parts(report) is None


def test_a_record_s_information_session_is_no_note() -> None:
    """A record whose header names an information session keeps its meeting: the cue is the note's phrase only."""
    report = make_report("Summary of the information session for delegates", "Geneva, 3 May 2031", title="Council 2031")
    assert records_meeting(report)

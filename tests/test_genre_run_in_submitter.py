"""A submitter's name a PDF's layout ran in between the language field and a contribution's title in capitals
(ingest/extract/genre.py, ``_RUN_IN_SUBMITTER``; round 53): the line is a contribution's, and a title opening with
``Contribution on`` is a contribution's cue."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_parts

from wsiskg.ingest.extract.genre import line_genre, records_meeting


@pytest.mark.parametrize(
    "line",
    [
        "Document WG-X-7/4-E 3 May 2031 Original: Russian Regional Commonwealth in the Field of Communications (RCC) "
        "CONTRIBUTION ON THE PREPARATION OF THE REVIEW",
        "Document C33/58-E 2 May 2033 Original: French Republic of Senegal CONTRIBUTION FROM THE REPUBLIC OF SENEGAL",
        "Document 31-E Original: Arabic Arab States Broadcasting Union (ASBU) PROPOSAL BY ASBU ON THE FORUM 2033",
        "CONTRIBUTION ON THE ROLE OF ITU AS FACILITATOR OF ACTION LINE C5",
    ],
)
def test_a_contribution_s_title_after_a_run_in_submitter_is_a_contribution(line: str) -> None:
    assert line_genre(line) == "contribution"


@pytest.mark.parametrize(
    "line",
    [
        "Document RAG31-1/20-E 4 May 2031 Original: English SUMMARY OF CONCLUSIONS OF THE MEETING",
        "Document CWG-X-9/6 Original: English Council Working Group on X REPORT OF THE MEETING",
        # a contribution's cue in title case after words in title case is no run-in title
        "Document 9-E Original: English Summary of the Contribution from Chile",
    ],
)
def test_a_record_s_title_after_the_language_field_is_no_contribution(line: str) -> None:
    assert line_genre(line) != "contribution"


def test_a_contribution_whose_submitter_ran_into_its_header_has_no_own_meeting() -> None:
    report = make_report(
        "WG-X-7/4-E",
        "Document WG-X-7/4-E 3 May 2031 Original: Russian Regional Commonwealth in the Field of Communications "
        "(RCC) CONTRIBUTION ON THE PREPARATION OF THE REVIEW",
        "1 The Administrations of the RCC have studied the proposals of the secretariat.",
        title="Council Working Group on WSIS&SDG Fortieth meeting - Geneva, 26-27 September 2031",
    )
    assert not records_meeting(report)
    assert meeting_parts(report) is None

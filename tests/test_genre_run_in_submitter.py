"""A submitter's name a PDF's layout ran in between the language field and a contribution's title in capitals
(ingest/extract/genre.py, ``_RUN_IN_SUBMITTER``; round 53): the line is a contribution's, and a title opening with
``Contribution on`` is a contribution's cue."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_parts, requests_of

from wsiskg.ingest.extract.genre import line_genre, records_meeting
from wsiskg.ingest.extract.submitters import submitter


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


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "Document WG-X-7/4-E 3 May 2031 Original: Russian Regional Commonwealth in the Field of Communications "
            "(RCC) CONTRIBUTION ON THE PREPARATION OF THE REVIEW",
            "Regional Commonwealth in the Field of Communications (RCC)",
        ),
        (
            "Document 31-E 9 March 2033 Original: French African Telecommunications Union (ATU) PROPOSALS FOR THE "
            "FORUM 2033",
            "African Telecommunications Union (ATU)",
        ),
        (
            "Document C34/12-E Original: Spanish Republic of Paraguay, Oriental Republic of Uruguay JOINT PROPOSALS "
            "ON RURAL CONNECTIVITY",
            "Republic of Paraguay, Oriental Republic of Uruguay",
        ),
    ],
)
def test_a_submitter_run_in_between_the_language_field_and_the_title_submits(line: str, who: str) -> None:
    """The submitters' reader reads who as the genre does (round 60): a contribution's requests are its
    submitter's (decision 22), not the subject phrase's (``The RCC Administrations``)."""
    found = submitter(make_report("WG-X-7/4-E", line, "1 The Administrations have studied the proposals."))
    assert found is not None and found.who == who and found.named_only


@pytest.mark.parametrize(
    "line",
    [
        "Document C33/9-E 27 March 2033 Original: English ITU ACTIVITIES IN THE FOLLOW-UP OF THE SUMMIT",
        "Document 9-E Original: English Summary of the Contribution from Chile",
        "Document RAG31-1/20-E 4 May 2031 Original: English SUMMARY OF CONCLUSIONS OF THE MEETING",
    ],
)
def test_a_title_after_the_language_field_names_no_submitter(line: str) -> None:
    assert submitter(make_report("Document 9-E", line, "1 The Group met in Geneva.")) is None


def test_the_run_in_submitter_asks_what_its_contribution_asks() -> None:
    report = make_report(
        "WG-X-7/4-E",
        "Document WG-X-7/4-E 3 May 2031 Original: Russian Regional Commonwealth in the Field of Communications "
        "(RCC) CONTRIBUTION ON THE PREPARATION OF THE REVIEW",
        "1 The RCC Administrations request the Working Group to recommend to the Council that the review be held "
        "in 2033.",
        title="Council Working Group on WSIS&SDG Fortieth meeting - Geneva, 26-27 September 2031",
    )
    assert {r.requester.label for r in requests_of(report, None, 2031)} == {
        "Regional Commonwealth in the Field of Communications"
    }

"""A text cut before its header that asks a body to act on it, or in which the post that writes it speaks in the
present, is a report or contribution submitted to a body (ingest/extract/genre.py, ``_acted_on_genre``,
``_author_speaks``): it records no meeting, whatever meetings its sections date."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_parts

from wsiskg.ingest.extract.genre import records_meeting, report_genre


@pytest.mark.parametrize(
    ("texts", "genre"),
    [
        (
            (
                "and the regional offices, in particular in the Pacific.",
                "3.2 The second meeting of the Expert Panel on Rural Broadband was held in Suva from 6 to 8 March"
                " 2033 under the chairmanship of Ms Lanieta Vuki (Fiji).",
                "4 Action required",
                "4.1 The Council is invited to take note of this report.",
            ),
            "secretary-general",
        ),
        (
            (
                "of the fund, as shown in Annex 2.",
                "5.1 The Task Force on Spectrum Data held its fourth meeting online on 12 October 2034.",
                "5.2 The Conference is requested to consider the present document and to decide on the next steps.",
            ),
            "secretary-general",
        ),
        (
            (
                "for the least developed countries, where coverage fell during 2032.",
                "2 Proposals",
                "2.1 The Working Group met for the ninth time in Windhoek on 14 May 2032.",
                "2.2 Member States are invited to examine this contribution and to support its proposals.",
            ),
            "contribution",
        ),
    ],
)
def test_an_excerpt_asking_a_body_to_act_on_it_records_no_meeting(texts: tuple[str, ...], genre: str) -> None:
    report = make_report(*texts)
    assert report_genre(report) == genre
    assert not records_meeting(report)
    assert meeting_parts(report) is None


def test_a_titled_report_of_a_group_asking_its_parent_still_records_its_meeting() -> None:
    """A group's report to its parent names itself in its title: the request at its end does not make it a
    report of someone else."""
    report = make_report(
        "1.1 Sub-Committee C held its third meeting in Accra on 9 and 10 June 2035.",
        "4.1 The Assembly is invited to approve this report.",
        title="Report of Sub-Committee C (Numbering Resources)",
    )
    assert report_genre(report) != "secretary-general"
    assert records_meeting(report)


def test_an_excerpt_of_a_record_without_such_a_request_keeps_its_meeting() -> None:
    """The cue is the document named as itself: a record that invites someone to act on another document is
    still a record."""
    report = make_report(
        "of the draft budget. The Board met in Tallinn on 3 April 2036 for its fifth meeting.",
        "5.1 The Board invited the secretariat to consider the comments in Document BRD-5/7.",
    )
    assert report_genre(report) is None
    assert records_meeting(report)


@pytest.mark.parametrize(
    "sentence",
    [
        "4.2 The Secretary-General encourages Member States to nominate experts by 30 June 2035.",
        "The Secretary-General further proposes that the pilot be extended to the Caribbean region.",
        "The Director of the Bureau invites the regional offices to map training needs in 2036.",
    ],
)
def test_an_excerpt_in_which_the_author_s_post_speaks_in_the_present_records_no_meeting(sentence: str) -> None:
    """The post that writes a report speaking of itself in the present tense: that post's report, even cut before
    its header; a record reports what the Secretary-General said, in the past."""
    report = make_report(
        "of the platform, which registered 9 300 new users in 2034.",
        "3.1 The Global Forum on Digital Skills, held in Apia from 4 to 6 May 2034, hosted a session on training.",
        sentence,
    )
    assert report_genre(report) == "secretary-general"
    assert meeting_parts(report) is None


def test_a_record_reporting_the_secretary_general_in_the_past_is_still_a_record() -> None:
    report = make_report(
        "of the agenda. The Board met in Tallinn on 3 April 2036 for its fifth meeting.",
        "5.1 The Secretary-General encouraged the Board to conclude its work before the Conference.",
    )
    assert report_genre(report) is None
    assert records_meeting(report)

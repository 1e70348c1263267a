"""The report's own meeting, round 32: a Chairman's report or summary covering two meetings is of the latest
(annotation guide, decision 1). A count of times in one word lists them (``met twice in the period: on ... and
... from ...``); a numbered meeting of another body named after ``of`` (``the sixth meeting of the X Forum
(XF), Nairobi, 27-30 September``) is no meeting of the report's group. Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.own_mention import listed_meeting

D = date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Group met twice in the period under review: on 4 and 5 March 2031 and, for the second time, "
            "from 29 September to 1 October 2031, both in Nairobi.",
            (2, D(2031, 9, 29), D(2031, 10, 1)),
        ),
        (
            "The Expert Group has met twice since the last session: on 12 May 2032 and on 3 November 2032.",
            (2, D(2032, 11, 3), None),
        ),
        (
            "The Working Party met three times, on 2 February, 9 June and 14 October 2033.",
            (3, D(2033, 10, 14), None),
        ),
    ],
)
def test_a_count_of_times_in_one_word_lists_the_meetings(text: str, expected: tuple[int, date, date | None]) -> None:
    found = listed_meeting(text, None)
    assert found is not None and found[1:] == expected


def test_twice_with_more_dates_than_meetings_is_no_list() -> None:
    assert listed_meeting("The Group met twice: on 2 April, on 9 April and on 16 April 2032.", None) is None


def test_a_chairmans_report_of_a_group_that_met_twice_is_of_the_second_meeting() -> None:
    report = make_report(
        "COUNCIL 2032 | Geneva, 8-18 June 2032 | Document C32/9-E | 2 May 2032",
        "The Council established the CWG-RBB and appointed Ms A. Okonkwo (Nigeria) as its Chair. The Group met "
        "twice in the period under review: on 6 and 7 October 2031 and, for the second time, from 14 to 16 "
        "February 2032, both in Geneva.",
        "At its first meeting, the Group agreed on its working methods.",
        "At the second meeting, the Group reviewed the draft guidelines.",
        title="REPORT BY THE CHAIR OF THE COUNCIL WORKING GROUP ON RURAL BROADBAND (CWG-RBB)",
    )
    assert _meeting(report) == ("cwg-rbb", 2, D(2032, 2, 14), D(2032, 2, 16))


@pytest.mark.parametrize(
    "other",
    [
        "the sixth meeting of the Internet Governance Forum (IGF), Nairobi, 7-10 July 2031",
        "the ninth meeting of the United Nations Group on the Information Society, held on 20 August 2031",
        "the 30th meeting of the Radiocommunication Advisory Group (Geneva, 3-5 May 2031)",
    ],
)
def test_a_numbered_meeting_of_another_body_is_not_the_groups(other: str) -> None:
    report = make_report(
        "COUNCIL 2031 | Geneva, 4-14 October 2031 | Document C31/28-E | 12 September 2031",
        "The Council established the Council Working Group on Languages (CWG-LANG). The Group's first meeting "
        "was held on 15 and 16 June 2031.",
        f"The Vice-Chair drew the attention of the Group to {other}.",
        title="Report by the Chairman of the Council Working Group on Languages",
    )
    assert _meeting(report) == ("cwg-lang", 1, D(2031, 6, 15), D(2031, 6, 16))

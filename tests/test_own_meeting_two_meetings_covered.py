"""The report's own meeting, rounds 32 and 34: a Chairman's report or summary covering two meetings is of the
latest (annotation guide, decision 1). A count of times in one word lists them (``met twice in the period: on ...
and ... from ...``); a numbered meeting of another body named after ``of`` (``the sixth meeting of the X Forum
(XF), Nairobi, 27-30 September``) is no meeting of the report's group; meetings named by listed ordinals (``at its
12th, 13th and 14th meetings, held on A, B and C``) are dated by the last of as many days listed right after them
(``meeting_dates._listed_days``). Names, places and dates are our own."""

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


# ------------------------------------------- round 34: "at its 12th, 13th and 14th meetings, held on A, B and C"
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (None, "At its 12th, 13th and 14th meetings, held on 2 May, 4 July and 14-16 October 2029, the "
         "Radiocommunication Advisory Group (RAG) reviewed the plan.", ("rag", 14, D(2029, 10, 14), D(2029, 10, 16))),
        (None, "This note covers the work of the Radiocommunication Advisory Group (RAG) at its 12th and 13th "
         "meetings, held on 2 May and 14-16 October 2029.", ("rag", 13, D(2029, 10, 14), D(2029, 10, 16))),
        (None, "The Regional Working Party on Tariffs held its 8th and 9th meetings in Lusaka on 4 and 5 March 2032 "
         "respectively.", ("regional-working-party-on-tariffs", 9, D(2032, 3, 5), None)),
        (None, "1 The Committee on Rural Connectivity (CRC) held its 4th and 5th meetings on 12 March and on 9 and 10 "
         "September 2030.", ("crc", 5, D(2030, 9, 9), D(2030, 9, 10))),
        ("Report of the Expert Group on Spectrum Pricing", "The Group held its fifth and sixth meetings on 3 February "
         "and 14 June 2031 and asked the Bureau to reply by 1 September 2031.",
         ("expert-group-on-spectrum-pricing", 6, D(2031, 6, 14), None)),
    ],
)  # fmt: skip
def test_meetings_listed_by_their_ordinals_are_dated_by_the_last_days(
    title: str | None, text: str, expected: tuple[str, int, date, date | None]
) -> None:
    report = make_report(text, "The Group agreed to forward the draft to the Bureau.", title=title)
    assert _meeting(report) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the days after another verb are another event's: the meeting keeps the header's day
        ("At its 5th and 6th meetings the Group considered the report of the workshop held on 3 and 4 May 2031.",
         D(2031, 6, 10)),
        # one day for two meetings lists no days of each: read as before (the first day)
        ("At its 5th and 6th meetings, held on 2 May 2031, the Group asked the Bureau to reply by 1 and 2 June 2031.",
         D(2031, 5, 2)),
    ],
)  # fmt: skip
def test_days_not_listed_after_the_ordinals_do_not_date_the_last_meeting(text: str, day: date) -> None:
    report = make_report("Geneva, 10 June 2031", text, "The Group agreed.", title="Report of the Expert Group on X")
    found = _meeting(report)
    assert found is not None and found[:3] == ("expert-group-on-x", 6, day)


def test_a_council_record_keeps_its_sitting_beside_a_groups_listed_meetings() -> None:
    # the Group's listed meetings, in a sentence about its report, are no meeting of the Council's record
    report = make_report(
        "C32/88-E",
        "Council 2032",
        "Geneva, 8-18 June 2032",
        "Original: English",
        "Wednesday, 10 June 2032, at 14:30 hours",
        "1 Report of the Council Working Group on Rural Broadband (Document C32/20)",
        "1.1 The Chair of the Group presented the report on its 6th and 7th meetings, held on 2 February and 4-5 May "
        "2032. The Council took note of the report.",
        title="Summary record of the sixth plenary meeting",
    )
    found = _meeting(report)
    assert found is not None and found[:3] == ("itu-council", 6, D(2032, 6, 10))


@pytest.mark.parametrize(
    ("title", "header", "lead", "expected"),
    [
        (
            "Report by the Chair of the Council Working Group on Child Online Protection (CWG-COP) on its 14th and "
            "15th meetings",
            "Council 2032 – Geneva, 8–18 June 2032",
            "The Group met on 12 October 2031 (14th meeting) and on 3 February 2032 (15th meeting), both in hybrid "
            "format.",
            ("cwg-cop", 15, D(2032, 2, 3), None),
        ),
        (
            "REPORT OF THE CHAIRMAN OF THE COUNCIL WORKING GROUP ON INTERNATIONAL INTERNET-RELATED PUBLIC POLICY "
            "ISSUES",
            "COUNCIL 2033 | Geneva, 14-24 June 2033 | Document C33/21-E",
            "Since the last session of the Council, CWG-Internet met in Geneva on 9-10 November 2032 (sixth meeting) "
            "and virtually on 22-23 February 2033 (seventh meeting).",
            ("cwg-internet", 7, D(2033, 2, 22), D(2033, 2, 23)),
        ),
        (
            "Report by the Chairman of the Council Working Group on WSIS&SDG",
            "Council 2031, Geneva, 7-17 June 2031",
            "The Group held two meetings: on 20 September 2030 (the 35th meeting), and on 26 January 2031 (the 36th "
            "meeting).",
            ("cwg-wsis-sdg", 36, D(2031, 1, 26), None),
        ),
    ],
)
def test_a_chairmans_report_dates_its_meeting_by_the_day_before_the_bracket_that_numbers_it(
    title: str, header: str, lead: str, expected: tuple[str, int, date, date | None]
) -> None:
    # the days of the Council session the report goes to (its header) are not its meeting's
    report = make_report(header, "Document C/1-E – 2 May – Original: English", lead, title=title)
    assert _meeting(report) == expected


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        (
            "Report of the Chair of the Council Working Group on Financial and Human Resources",
            "Since the 2030 session of the Council, the Group has met twice: on 6 October 2030 (its seventeenth "
            "meeting) and on 24 and 25 February 2031 (its eighteenth meeting).",
            ("cwg-fhr", 18, D(2031, 2, 24), D(2031, 2, 25)),
        ),
        (
            "Report by the Chair of the Council Working Group on Child Online Protection",
            "The Group met in Geneva on 2 and 3 November 2030 (its 9th meeting) and online on 19 January 2031 "
            "(its 10th meeting).",
            ("cwg-cop", 10, D(2031, 1, 19), None),
        ),
    ],
)
def test_the_days_after_a_bracket_that_numbers_a_meeting_date_the_next_one_not_it(
    title: str, lead: str, expected: tuple[str, int, date, date | None]
) -> None:
    """``on A (its 17th meeting) and on B (its 18th meeting)``: B is the 18th's, not the 17th's (``(its ...)`` reads
    as ``(the ...)`` did)."""
    report = make_report(
        "Council 2031, Geneva, 9-18 June 2031", "Document C31/7-E – 2 May – Original: English", lead, title=title
    )
    assert _meeting(report) == expected

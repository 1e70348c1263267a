"""The meeting a report is about: body, number, dates, mode, place, attendance."""

from __future__ import annotations

import re
from datetime import date

import pytest
from extract_support import make_report as _report
from extract_support import order_of as _order
from extract_support import sample_report as _sample

from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import (
    BodyName,
    find_body_names,
    find_meeting,
    meeting_year,
    number_value,
    ordinal_regex,
)
from wsiskg.ingest.text import sentence_spans


def test_sample_meeting() -> None:
    report = _sample()
    m = find_meeting(report)
    assert m is not None
    assert (m.body, m.number) == ("cwg-wsis-sdg", 38)
    assert (m.start, m.end) == (date(2022, 1, 19), date(2022, 1, 20))
    assert m.mode == "virtual"
    assert m.place is None
    assert (m.delegates, m.delegates_qualifier) == (140, "more than")
    assert m.documents_considered == 18
    assert (m.chair, m.vice_chairs) == (None, ())
    intro = _order(report, "The ITU Council Working Group on WSIS&SDG (CWG-WSIS&SDG) held its")
    attended = _order(report, "The meeting was attended virtually")
    welcome = _order(report, "Mr. Houlin Zhao, Secretary-General, welcomed all participants")
    summary = _order(report, "This report highlights the main outcomes")
    assert m.paragraphs == tuple(sorted({summary, intro, attended, welcome}))
    assert meeting_year(m) == 2022


def test_title_with_place_and_attendance() -> None:
    report = _report(
        "The meeting was attended by some 80 participants and considered twenty-one documents.",
        title="Draft report of the 41st meeting of the Council Working Group on WSIS&SDG held in Geneva "
        "on 2-3 October 2024",
    )
    m = find_meeting(report)
    assert m is not None
    assert (m.body, m.number, m.place) == ("cwg-wsis-sdg", 41, "Geneva")
    assert (m.start, m.end) == (date(2024, 10, 2), date(2024, 10, 3))
    assert (m.delegates, m.delegates_qualifier, m.documents_considered) == (80, "about", 21)
    assert m.mode is None
    assert m.paragraphs == (1,)


def test_unknown_body_hybrid() -> None:
    report = _report(
        "Summary",
        "This report covers the 12th meeting of the Expert Group on Widget Indicators held in hybrid format "
        "in Kigali from 28 Feb to 2 March 2023, attended by some 85 participants.",
    )
    m = find_meeting(report)
    assert m is not None
    assert (m.body, m.number, m.mode, m.place) == ("expert-group-on-widget-indicators", 12, "hybrid", "Kigali")
    assert (m.start, m.end) == (date(2023, 2, 28), date(2023, 3, 2))
    assert (m.delegates, m.delegates_qualifier) == (85, "about")
    assert m.paragraphs == (2,)


def test_ordinal_words_glued_acronym_in_person() -> None:
    report = _report(
        "The thirty-ninth meeting of the CWGWSIS&SDG was held at ITU Headquarters, Geneva, on 5 "
        "September 2022 in person."
    )
    m = find_meeting(report)
    assert m is not None
    assert (m.body, m.number, m.mode, m.place) == ("cwg-wsis-sdg", 39, "in-person", "ITU Headquarters, Geneva")
    assert (m.start, m.end) == (date(2022, 9, 5), None)


def test_held_its_meeting_online_us_dates() -> None:
    report = _report(
        "The Council Working Group on Child Online Protection (CWG-COP) held its 20 th meeting "
        "online on January 19-20, 2023."
    )
    m = find_meeting(report)
    assert m is not None
    assert (m.body, m.number, m.mode) == ("cwg-cop", 20, "virtual")
    assert (m.start, m.end) == (date(2023, 1, 19), date(2023, 1, 20))


def test_custom_bodies_list() -> None:
    bodies = [BodyName("widget-council", "Widget Council", "WDC")]
    m = find_meeting(_report("The WDC held its 3rd meeting physically in Lima on 4 May 2021."), bodies)
    assert m is not None
    assert (m.body, m.number, m.mode, m.place, m.start) == ("widget-council", 3, "in-person", "Lima", date(2021, 5, 4))


def test_no_meeting() -> None:
    assert find_meeting(_report("Nothing about any gathering here.")) is None
    assert meeting_year(None) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("38th", 38),
        ("38 th", 38),
        ("1st", 1),
        ("thirty-eighth", 38),
        ("Twenty fifth", 25),
        ("first", 1),
        ("eighteen", 18),
        ("1,200", 1200),
    ],
)
def test_numbers(text: str, value: int) -> None:
    assert number_value(text) == value


def test_ordinal_regex_rejects_plain_numbers() -> None:
    assert re.fullmatch(ordinal_regex(), "thirty-eighth")
    assert not re.fullmatch(ordinal_regex(), "38")


@pytest.mark.parametrize("text", ["12TH", "1ST", "22ND", "3RD"])
def test_ordinal_regex_reads_suffixes_in_capitals(text: str) -> None:
    assert re.fullmatch(ordinal_regex(), text)


def test_find_body_names_tolerates_broken_names() -> None:
    keys = [k for k, _ in find_body_names("the CWGWSIS&SDG and the CWG-WSIS & SDG met the UN CSTD and TSB")]
    assert keys == ["cwg-wsis-sdg", "cwg-wsis-sdg", "cstd", "itu-tsb"]
    assert find_body_names("UNESCWA") == [("escwa", (0, 7))]  # the acronym inside is not ESCWA twice


def test_sentences_and_slug() -> None:
    text = "PP-18 Resolution 140 (Rev. Dubai, 2018) applies. Mr. Zhao spoke. Next one"
    assert [text[a:b].strip() for a, b in sentence_spans(text)] == [
        "PP-18 Resolution 140 (Rev. Dubai, 2018) applies.",
        "Mr. Zhao spoke.",
        "Next one",
    ]
    assert slug("Council Working Group on WSIS&SDG") == "council-working-group-on-wsis-sdg"


def test_a_meeting_named_by_its_ordinal_under_a_title_naming_the_group() -> None:
    from datetime import date

    from extract_support import make_report

    from wsiskg.ingest.extract import extract

    report = make_report(
        "The Group met twice since the last session: 6th meeting (3 March 2030); 7th meeting (4-5 March 2031).",
        "This report covers the 7th meeting, held in Nairobi on 4 and 5 March 2031.",
        title="Report by the Chairman of the Council Working Group on Child Online Protection",
    )
    meeting = extract(report).meeting
    assert meeting is not None
    assert (meeting.body, meeting.number, meeting.start, meeting.end) == (
        "cwg-cop",
        7,
        date(2031, 3, 4),
        date(2031, 3, 5),
    )


def test_a_body_that_met_states_an_unnumbered_meeting() -> None:
    from datetime import date

    from extract_support import make_report

    from wsiskg.ingest.extract import extract

    for text, key in (
        ("The Expert Group on Rural Connectivity (EGRC) met in Accra on 3 and 4 June 2030.", "egrc"),
        ("The United Nations Group on the Information Society (UNGIS) met online on 3 June 2030.", "ungis"),
        ("The Regional Spectrum Task Force met from 3 to 4 June 2030 in Suva.", "regional-spectrum-task-force"),
    ):
        meeting = extract(make_report(text)).meeting
        assert meeting is not None and (meeting.body, meeting.number, meeting.start) == (key, None, date(2030, 6, 3))
    # "met once since ..." states no meeting
    assert extract(make_report("The Task Force on Spectrum met once since its creation in 2029.")).meeting is None


def test_a_summary_record_header_states_the_meeting_not_the_issue_date() -> None:
    from datetime import date

    from extract_support import make_report

    from wsiskg.ingest.extract import extract

    report = make_report(
        "COUNCIL",
        "Document C31/77-E",
        "GENEVA — SESSION 2031",
        "4 August 2031",
        "THIRD PLENARY MEETING",
        "Tuesday, 15 July 2031, at 0930 hours",
        "Chairman: Ms. Lena Varga (Hungary)",
        title="SUMMARY RECORD",
    )
    found = extract(report)
    meeting = found.meeting
    assert meeting is not None
    assert (meeting.body, meeting.number, meeting.start) == ("itu-council", 3, date(2031, 7, 15))
    assert meeting.chair == "lena-varga"


# ------------------------------------------------------------------ rapporteur groups of a Question
@pytest.mark.parametrize(
    ("texts", "key", "name"),
    [
        # ITU-D: the Rapporteur Group for the Question (RGQ)
        (
            (
                "TELECOMMUNICATION DEVELOPMENT BUREAU",
                "The Rapporteur Group meeting for Question 6/2 (Telecommunications for disaster relief), held "
                "virtually on 3 and 4 March 2031, reviewed the outline of the final report.",
            ),
            "rapporteur-group-question-6-2",
            "Rapporteur Group for Question 6/2",
        ),
        # ITU-T: a rapporteur group is a body of its own too (decision 3), not its Question (Q7/13)
        (
            (
                "TELECOMMUNICATION STANDARDIZATION SECTOR",
                "Title: Report of the Question 7/13 interim Rapporteur group meeting (Lima, 3-4 March 2031)",
                "The interim meeting of the Rapporteur group for Question 7/13 (Network slicing) was held in Lima "
                "on 3 and 4 March 2031.",
            ),
            "rapporteur-group-question-7-13",
            "Rapporteur group for Question 7/13",
        ),
        (
            (
                "Study Group 11",
                "1 The interim Rapporteur group meeting of Question 2/11 of ITU-T Study Group 11 was held by "
                "e-meeting on 3 and 4 March 2031.",
            ),
            "rapporteur-group-question-2-11",
            "Rapporteur group of Question 2/11",
        ),
        (
            (
                "ITU-T Study Group 16",
                "Title: Report of the Question 9/16 rapporteur group meeting, Seoul, 3-4 March 2031",
                "The rapporteur group meeting on Question 9/16 (Accessibility) was held in Seoul from 3 to 4 March "
                "2031.",
            ),
            "rapporteur-group-question-9-16",
            "Question 9/16 rapporteur group",
        ),
    ],
)
def test_rapporteur_group_meetings(texts: tuple[str, ...], key: str, name: str) -> None:
    from wsiskg.ingest.extract import extract

    x = extract(_report(*texts))
    assert x.meeting is not None
    assert (x.meeting.body, x.meeting.start, x.meeting.end) == (key, date(2031, 3, 3), date(2031, 3, 4))
    (body,) = [b for b in x.bodies if b.key == key]
    assert body.name == name


def test_rapporteur_group_in_capitals_in_the_title_dated_by_a_lead_statement() -> None:
    report = _report(
        "TELECOMMUNICATION DEVELOPMENT BUREAU",
        "Document RGQ5/1/30-E",
        "The Rapporteur Group meeting on Question 5/1 (Geneva, 12 and 13 May) reviewed eleven contributions.",
        "20 May 2033",
        title="REPORT OF THE RAPPORTEUR GROUP MEETING ON QUESTION 5/1",
    )
    m = find_meeting(report)
    assert m is not None
    assert (m.body, m.start, m.end) == ("rapporteur-group-question-5-1", date(2033, 5, 12), date(2033, 5, 13))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Andean Data Council met in Lima from 3 to 5 May 2027.", ("andean-data-council", "Lima")),
        ("The Expert Group on Rural Tariffs met in Port Louis, Mauritius, on 2 June 2031.",
         ("expert-group-on-rural-tariffs", "Port Louis, Mauritius")),
        ("The Council Working Group on WSIS and SDGs met in Geneva on 19 and 20 January 2032.",
         ("cwg-wsis-sdg", "Geneva")),
    ],
)  # fmt: skip
def test_the_place_after_met_in(text: str, expected: tuple[str, str]) -> None:
    m = find_meeting(_report(text, title="Summary of the meeting"))
    assert m is not None
    assert (m.body, m.place) == expected


# ------------------------------------------------ an unnumbered meeting numbered by the lead's ordinal of its name
@pytest.mark.parametrize(
    ("title", "heading", "lead", "expected"),
    [
        (
            "CHAIR'S REPORT",
            "REGIONAL MEETING OF DATA REGULATORS OF THE SAHEL Niamey, 4-5 March 2031",
            "The third regional meeting of data regulators of the Sahel was held in Niamey at the invitation of the"
            " national regulator.",
            ("regional-meeting-of-data-regulators-of-the-sahel", 3),
        ),
        (
            "Meeting of Pacific Spectrum Coordinators",
            "Suva, Fiji, 3 June 2031",
            "Following the call of the regional ministers, the second meeting of Pacific spectrum coordinators was"
            " convened by the Forum secretariat on 3 June 2031.",
            ("pacific-spectrum-coordinators", 2),
        ),
        (
            "Meeting of WSIS Action Line Statisticians",
            "Geneva, ITU, 14 October 2031",
            "The fifth meeting of action line statisticians reviewed the indicators for C2 and C4.",
            ("wsis-action-line-statisticians", 5),
        ),
    ],
)
def test_an_unnumbered_meeting_takes_the_ordinal_the_lead_gives_its_name(
    title: str, heading: str, lead: str, expected: tuple[str, int]
) -> None:
    from extract_support import meeting_parts

    found = meeting_parts(_report(heading, lead, title=title))
    assert found is not None and found[:2] == expected


@pytest.mark.parametrize(
    "lead",
    [
        "The next regional meeting of data regulators of the Sahel will be held in Bamako in 2032.",
        "Delegates recalled the conclusions of the second Sahel broadband meeting held in 2029.",
        "The meeting was the first held since the regulators adopted their charter.",
    ],
)
def test_the_lead_numbers_no_meeting_by_another_meetings_ordinal(lead: str) -> None:
    from extract_support import meeting_parts

    report = _report("REGIONAL MEETING OF DATA REGULATORS OF THE SAHEL Niamey, 4-5 March 2031", lead, title="REPORT")
    found = meeting_parts(report)
    assert found is not None and found[:2] == ("regional-meeting-of-data-regulators-of-the-sahel", None)

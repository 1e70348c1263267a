"""The meeting of a record read from its header: header lines with the meeting's ordinal and a
dash, summary records of a sitting, committees of conferences, plenary meetings of a conference
(ingest/extract/meeting_header.py, own_meeting.py)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_body
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.casing import title_cased
from wsiskg.ingest.extract.gazetteer import bodies as catalogue_bodies
from wsiskg.ingest.extract.meeting import dateline, find_meeting, load_body_names
from wsiskg.ingest.extract.meeting_header import committee, header_year, sitting
from wsiskg.ingest.extract.meeting_heading import heading_meeting


@pytest.mark.parametrize("dash", ["–", "-", "—"])
def test_header_line_with_the_ordinal_and_a_dash_gives_the_dates_not_the_issue_date(dash: str) -> None:
    report = make_report(
        "Council Working Group on Languages",
        f"12th meeting {dash} Lima, 3-4 March 2031",
        "Document CWG-LANG-12/9-E",
        "9 March 2031",
        "The twelfth meeting of the Council Working Group on Languages was opened by its Chairman.",
        title="REPORT OF THE TWELFTH MEETING OF THE COUNCIL WORKING GROUP ON LANGUAGES",
    )
    m = find_meeting(report)
    assert m is not None and (m.body, m.number, m.start, m.end, m.place) == (
        "cwg-lang",
        12,
        date(2031, 3, 3),
        date(2031, 3, 4),
        "Lima",
    )


@pytest.mark.parametrize(
    ("line", "year", "day"),
    [
        ("Wednesday, 8 October 2031, at 10 a.m.", None, date(2031, 10, 8)),
        ("Monday 3 May, at 0930 hours", 2027, date(2027, 5, 3)),
        ("Friday, 12 June 2019, at 2.30 p.m.", None, date(2019, 6, 12)),
    ],
)
def test_dateline_of_a_sitting(line: str, year: int | None, day: date) -> None:
    found = dateline(line, year)
    assert found is not None and (found[0].start, found[0].end) == (day, None)


def test_a_summary_record_is_dated_by_its_sitting_within_the_session() -> None:
    report = make_report(
        "Document WSIS/PC-2/SR/3-E",
        "Second meeting of the Preparatory Committee (PrepCom-2)",
        "Geneva, 17-28 February 2031",
        "Wednesday, 19 February 2031, at 3 p.m.",
        "President: Mr Ivo Kranjc (Slovenia)",
        title="SUMMARY RECORD OF THE THIRD PLENARY MEETING",
    )
    assert _meeting(report) == ("prepcom", 2, date(2031, 2, 19), None)  # the body of "PrepCom-2" is PrepCom
    (body,) = [b for b in extract(report).bodies if b.key == "prepcom"]
    assert (body.name, body.acronym) == ("Preparatory Committee", "PrepCom")


def test_a_sitting_outside_the_meetings_dates_is_another_one() -> None:
    report = make_report(
        "Geneva, 17-28 February 2031",
        "Thursday, 6 March 2031, at 3 p.m.",
        title="Summary record of the 4th meeting of the Council Working Group on Languages held in Geneva on "
        "17 February 2031",
    )
    assert _meeting(report) == ("cwg-lang", 4, date(2031, 2, 17), None)
    assert header_year(report) == 2031 and sitting(report) is not None


def test_a_weekday_dateline_outside_a_summary_record_is_no_sitting() -> None:
    report = make_report(
        "Geneva, 17-19 February 2031",
        "Tuesday, 18 February 2031",
        title="Report of the 4th meeting of the Council Working Group on Languages",
    )
    assert sitting(report) is None
    assert _meeting(report) == ("cwg-lang", 4, date(2031, 2, 17), date(2031, 2, 19))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("COMMITTEE 4", ("committee-4", "Committee 4", "COM4")),
        ("Draft first report of Committee 6 to the Plenary", ("committee-6", "Committee 6", "COM6")),
        ("Committee 12/3", None),
        ("SUB-COMMITTEE B", ("sub-committee-b", "Sub-Committee B", None)),
        ("Report of Subcommittee C", ("subcommittee-c", "Subcommittee C", None)),
        ("Committee on Budget Control", None),
    ],
)
def test_committee(text: str, expected: tuple[str, str, str | None] | None) -> None:
    found = committee(text)
    assert (None if found is None else (found.key, found.name, found.acronym)) == expected


def test_summary_record_of_a_committee_meeting_without_the_year() -> None:
    report = make_report(
        "COMMITTEE 4 – SUMMARY RECORD OF THE SEVENTH MEETING",
        "Tuesday 14 October, at 0930 hours",
        "Chairman: Mr Ole Brandt (Denmark)",
        "The Committee took note of Document 61 on the budget of the Union.",
        title="Lima, 6-24 October 2031",
    )
    assert _meeting(report) == ("committee-4", 7, date(2031, 10, 14), None)
    (body,) = [b for b in extract(report).bodies if b.key == "committee-4"]
    assert (body.name, body.acronym) == ("Committee 4", "COM4")


def test_a_committees_report_records_the_meeting_held_on_a_date() -> None:
    report = make_report(
        "Lima, 6-24 October 2031",
        "COMMITTEE 6",
        "Draft first report of Committee 6 to the Plenary",
        "At its third meeting, held on 9 October 2031, Committee 6 approved the draft resolution below.",
        "RESOLUTION 12 (REV. LIMA, 2031)",
        title="Plenipotentiary Conference (PP-31)",
    )
    assert _meeting(report) == ("committee-6", 3, date(2031, 10, 9), None)


def test_a_plenary_meeting_of_a_conference_named_in_the_header() -> None:
    report = make_report(
        "WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY (WTSA-32)",
        "Lima, 4-13 October 2032",
        "Document 77-E",
        "THIRD PLENARY MEETING",
        "Thursday, 7 October 2032, at 1000 hours",
        "Chairman: Ms Rosa Quispe (Peru)",
        title="SUMMARY RECORD",
    )
    assert _meeting(report) == ("wtsa", 3, date(2032, 10, 7), None)


def test_a_conference_document_for_the_plenary_records_no_meeting() -> None:
    report = make_report(
        "WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY (WTSA-32)",
        "Lima, 4-13 October 2032",
        "PLENARY MEETING",
        "Document 41-E",
        "Andean Community administrations",
        "COMMON PROPOSALS FOR THE WORK OF THE ASSEMBLY",
        title="World Telecommunication Standardization Assembly",
    )
    assert extract(report).meeting is None


@pytest.mark.parametrize(
    ("title", "lines", "expected"),
    [
        (
            "WSIS Forum 2031: Outcomes and Highlights",
            ("Geneva, 5–9 May 2031", "The WSIS Forum 2031 gathered some 3 000 participants."),
            ("wsis-forum", date(2031, 5, 5), date(2031, 5, 9)),
        ),
        (
            "Outcome Document",
            (
                "WSIS Forum 2032: Digital Trust",
                "The WSIS Forum 2032 was held online from 2 March to 4 April 2032, instead of the meeting planned "
                "in Geneva from 10 to 12 May 2032.",
            ),
            ("wsis-forum", date(2032, 3, 2), date(2032, 4, 4)),
        ),
        # no dateline of the session's year and no lead sentence saying it was held: no meeting
        ("WSIS Forum 2033: Highlights", ("Geneva, 3 May 2031", "Participants met in many sessions."), None),
    ],
)
def test_a_forum_outcomes_page_records_the_session(
    title: str, lines: tuple[str, ...], expected: tuple[str, date, date] | None
) -> None:
    report = make_report(*lines, title=title)
    m = extract(report).meeting
    assert (None if m is None else (m.body, m.start, m.end)) == expected
    if m is not None:
        (body,) = [b for b in extract(report).bodies if b.key == m.body]
        assert body.name == "WSIS Forum"


def test_a_speech_at_a_forum_records_no_meeting() -> None:
    report = make_report("Geneva, 5–9 May 2031", "Opening remarks", "Excellencies,", title="WSIS Forum 2031")
    assert extract(report).meeting is None


@pytest.mark.parametrize(
    "title",
    ["REPORT OF THE 2031 MEETING OF THE EXPERT GROUP ON ICT HOUSEHOLD INDICATORS", "Meeting report"],
)
def test_a_group_that_held_its_annual_meeting(title: str) -> None:
    report = make_report(
        "Geneva, 2-4 April 2031",
        "The Expert Group on ICT Household Indicators (EGH) held its annual meeting in Geneva from 2 to 4 April "
        "2031, back to back with the meeting of the Expert Group on Telecommunication/ICT Indicators (EGTI).",
        title=title,
    )
    m = find_meeting(report)
    assert m is not None and (m.body, m.number, m.start, m.end) == ("egh", None, date(2031, 4, 2), date(2031, 4, 4))


def test_a_catalogue_name_broken_by_a_hyphen_is_the_catalogue_body() -> None:
    report = make_report(
        "The second meeting of the Expert Group on ICT House-hold Indicators was held in Geneva on 5 May 2031.",
        title="Report",
    )
    m = find_meeting(report)
    assert m is not None and (m.body, m.number) == ("egh", 2)


def test_meeting_dates_without_a_year_take_the_headers_year() -> None:
    report = make_report(
        "Document SG2RGQ/88-E",
        "14 June 2032",
        "The Rapporteur Group meeting for Question 4/2 was held in Geneva on 2 and 3 June and reviewed eight "
        "contributions.",
        title="TELECOMMUNICATION DEVELOPMENT BUREAU",
    )
    m = find_meeting(report)
    assert m is not None and (m.start, m.end) == (date(2032, 6, 2), date(2032, 6, 3))


@pytest.mark.parametrize(
    "lead",
    [
        "The 13th meeting of the Council Working Group on Languages will take place in Geneva on 2 May 2031.",
        "Members recalled the previous 11th meeting of the Council Working Group on Languages, held on 2 May 2030.",
    ],
)
def test_another_meeting_the_lead_names_is_not_the_reports(lead: str) -> None:
    report = make_report(
        lead,
        "The Council Working Group on Languages held its 12th meeting in Lima on 3 March 2031.",
        title="Summary",
    )
    m = find_meeting(report)
    assert m is not None and (m.body, m.number, m.start) == ("cwg-lang", 12, date(2031, 3, 3))


def test_the_next_unnumbered_meeting_is_not_the_reports() -> None:
    report = make_report(
        "Participants agreed that the next meeting of UNGIS, which was held by videoconference in the past, "
        "would take place in Rome on 2 May 2032.",
        "The annual meeting of UNGIS was held in Paris on 3 March 2031.",
        title="Summary",
    )
    m = find_meeting(report)
    assert m is not None and (m.body, m.start) == ("ungis", date(2031, 3, 3))


def test_the_dateline_with_a_place_wins_over_the_issue_date_above_it() -> None:
    report = make_report(
        "Summary of the twentieth meeting",
        "Document CWG-Internet 20/9-E",
        "21 February 2031",
        "Geneva, 3-4 February 2031",
        "The Group discussed the results of the open consultation.",
        title="Council Working Group on International Internet-related Public Policy Issues",
    )
    m = extract(report).meeting
    assert m is not None and (m.body, m.number, m.start, m.end, m.place) == (
        "cwg-internet",
        20,
        date(2031, 2, 3),
        date(2031, 2, 4),
        "Geneva",
    )


def test_a_sub_committees_report_of_its_meeting() -> None:
    report = make_report(
        "Fourth meeting of the Preparatory Committee (PrepCom-4)",
        "SUB-COMMITTEE B",
        "Geneva, 9-20 March 2032",
        "Report of the third meeting of Sub-Committee B, held on 12 March 2032 under the chairmanship of "
        "Ms Rosa Quispe (Peru).",
        title="REPORT OF SUB-COMMITTEE B",
    )
    m = extract(report).meeting
    assert m is not None and (m.body, m.number, m.start) == ("sub-committee-b", 3, date(2032, 3, 12))


def test_a_meeting_statement_broken_over_layout_lines() -> None:
    report = make_report(
        "Opening",
        "The seventh meeting of the Council Working Group on Financial and Hu-",
        "man Resources was held in Geneva on 9 and",
        "10 May 2032. The Chair opened the meeting.",
        title="Report of the seventh meeting of the Council Working Group on Financial and Human Re-",
    )
    m = find_meeting(report)
    assert m is not None and (m.body, m.number, m.start, m.end) == ("cwg-fhr", 7, date(2032, 5, 9), date(2032, 5, 10))
    assert 2 in m.paragraphs


def test_a_name_cut_at_a_line_end_hyphen_is_no_body() -> None:
    report = make_report(
        "The third meeting of the Working Party on Spectrum Moni-", "Geneva, 3 May 2032", title="Report"
    )
    assert find_meeting(report) is None


def test_a_catalogue_name_inside_a_longer_unknown_one_is_not_the_body() -> None:
    # "Council" is in the catalogue; "Council Working Group on Space Debris" is not
    report = make_report(
        "The fourth meeting of the Council Working Group on Space Debris was held in Geneva on 3 May 2032.",
        title="Summary",
    )
    m = find_meeting(report)
    assert m is not None and (m.body, m.number) == ("council-working-group-on-space-debris", 4)


def test_a_header_naming_a_forum_as_a_topic_is_no_record_of_it() -> None:
    report = make_report(
        "Open consultation on the WSIS Forum 2032: second physical meeting",
        "Geneva, 3 February 2032",
        "Participants discussed the themes of the Forum.",
        title="International Telecommunication Union",
    )
    assert extract(report).meeting is None


@pytest.mark.parametrize("title", ["UNGIS Meeting Report", "UNGIS Annual Meeting – Summary"])
def test_a_title_naming_the_bodys_meeting_in_capitals(title: str) -> None:
    report = make_report("Geneva, 4 May 2032", "1 The members reviewed the joint workplan.", title=title)
    m = find_meeting(report)
    assert m is not None and (m.body, m.number, m.start, m.end) == ("ungis", None, date(2032, 5, 4), None)


def test_an_issue_date_under_the_title_is_not_joined_to_it() -> None:
    report = make_report(
        "12 March 2031",
        "Lima, 3-4 March 2031",
        title="Report of the fifth meeting of the Council Working Group on Languages",
    )
    m = find_meeting(report)
    assert m is not None and (m.number, m.start, m.end, m.place) == (5, date(2031, 3, 3), date(2031, 3, 4), "Lima")


def test_a_word_before_the_body_is_about_the_body_not_the_meeting() -> None:
    report = make_report(
        "Ahead of the next session the Council Working Group on Languages held its 12th meeting in Lima on "
        "3 March 2031.",
        title="Summary",
    )
    m = find_meeting(report)
    assert m is not None and (m.body, m.number) == ("cwg-lang", 12)


def test_a_catalogue_body_wins_over_an_unknown_name_around_it() -> None:
    report = make_report(
        "In Lima the Council Working Group on Languages held its 12th meeting on 3 March 2031.", title="Summary"
    )
    m = find_meeting(report)
    assert m is not None and (m.body, m.number) == ("cwg-lang", 12)


# ------------------------------------------------------------------ header lines of other styles
@pytest.mark.parametrize(
    "session",
    ["COUNCIL 2031, Lima, 3-12 June 2031", "COUNCIL 2031"],
)
def test_a_council_summary_record_is_of_its_plenary_meeting_dated_by_the_sitting(session: str) -> None:
    lines = [session] if "," in session else [session, "Lima, 3-12 June 2031"]
    report = make_report(
        "C31/77-E",
        *lines,
        "Tuesday, 5 June 2031, at 1430 hours",
        "Chairman: Ms Aigerim Nurlanovna (Kazakhstan)",
        title="SUMMARY RECORD OF THE THIRD PLENARY MEETING",
    )
    assert _meeting(report) == ("itu-council", 3, date(2031, 6, 5), None)


def test_a_summary_record_dated_by_its_issue_date_after_the_sitting_is_of_the_sitting() -> None:
    report = make_report(
        "COUNCIL 2031 – LIMA, 3-12 JUNE 2031",
        "Document C31/44-E",
        "Lima, 20 June 2031",
        "Tuesday, 5 June 2031, at 0930 hours",
        "Chairman: Ms Aigerim Nurlanovna (Kazakhstan)",
        title="Summary record of the sixth Plenary Meeting",
    )
    assert _meeting(report) == ("itu-council", 6, date(2031, 6, 5), None)


@pytest.mark.parametrize(
    "sitting_line",
    ["Wednesday, the fifth of June 2031, at 0930 hours", "held on the fifth of June at 1000 hours"],
)
def test_a_sitting_with_its_day_in_words_dates_the_plenary_meeting(sitting_line: str) -> None:
    report = make_report(
        "COUNCIL 2031",
        "Lima, 3-12 June 2031",
        "Document C31/81-E",
        "9 June 2031",
        sitting_line,
        "Chairman: Ms Aigerim Nurlanovna (Kazakhstan)",
        title="SUMMARY RECORD OF THE FOURTH PLENARY MEETING",
    )
    assert _meeting(report) == ("itu-council", 4, date(2031, 6, 5), None)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("COUNCIL 2016, Lima", "Council 2016, Lima"),
        ("PLENIPOTENTIARY CONFERENCE (PP-30)", "Plenipotentiary Conference (PP-30)"),
        ("ITU-T STUDY GROUP 5", "ITU-T Study Group 5"),
        ("Council Working Group", "Council Working Group"),
    ],
)
def test_title_cased_header_lines(line: str, words: str) -> None:
    assert title_cased(line) == words


def test_a_running_header_symbol_between_the_lines_of_a_broken_title() -> None:
    # OCR: "Summary of the fourth meeting of the Expert Group on Mobile Money Indic-" / "XYZ-4/2-E" / "ators (EGMM)"
    report = make_report(
        "EGMM-4/2-E",
        "ators (EGMM)",
        "Quito, 8-9 October 2030",
        title="Summary of the fourth meeting of the Expert Group on Mobile Money Indic-",
    )
    assert _meeting(report) == ("egmm", 4, date(2030, 10, 8), date(2030, 10, 9))


def test_a_heading_with_a_capitalised_meeting_word_and_a_numbered_acronym() -> None:
    report = make_report(
        "Regional Broadband Initiative",
        "Fourth Meeting of the Steering Committee (SC-4)",
        "Nairobi, 2-6 March 2026",
        "Document SC-4/DOC/3-E",
        title="REPORT OF WORKSTREAM B",
    )
    assert _meeting(report) == ("sc", 4, date(2026, 3, 2), date(2026, 3, 6))  # SC-4: the SC's fourth


@pytest.mark.parametrize(
    ("line", "day", "end"),
    [
        ("Date: 04/11/2030", date(2030, 11, 4), None),
        ("Dates: 4-6 November 2030", date(2030, 11, 4), date(2030, 11, 6)),
        ("Date and time: Monday, 4 November 2030, 14:00–15:30", date(2030, 11, 4), None),
        ("Online meeting, 4-5 November 2030", date(2030, 11, 4), date(2030, 11, 5)),
        ("Hybrid session – Accra, 4 November 2030", date(2030, 11, 4), None),
    ],
)
def test_a_dateline_after_a_label_or_a_mode(line: str, day: date, end: date | None) -> None:
    found = dateline(line)
    assert found is not None and (found[0].start, found[0].end) == (day, end)
    assert found[1] in (None, "Accra")  # a label or a mode is no place


def test_a_slashed_number_in_prose_is_no_dateline() -> None:
    assert dateline("See Document 4/11/2030 and its annex for the full list of the participants today") is None


def test_a_header_line_names_an_unnumbered_joint_meeting() -> None:
    report = make_report(
        "Joint meeting of EGTI and the regional statistics focal points",
        "Date: 22/09/2032",
        "Venue: online",
        "SUMMARY",
        "The participants reviewed the draft indicator list.",
        title="EXPERT GROUP ON TELECOMMUNICATION/ICT INDICATORS (EGTI)",
    )
    assert _meeting(report) == ("egti", None, date(2032, 9, 22), None)


def test_a_meeting_opened_on_its_first_day_lasted_the_headers_range() -> None:
    report = make_report(
        "Lima, 3-5 March 2030",
        "TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP",
        "Twelfth meeting",
        "The twelfth meeting of the Telecommunication Standardization Advisory Group (TSAG) was opened on "
        "Monday, 3 March, by its Chairman, Ms Ilse Vermeulen (Belgium).",
        title="REPORT OF THE MEETING",
    )
    assert _meeting(report) == ("tsag", 12, date(2030, 3, 3), date(2030, 3, 5))


def test_a_meeting_held_on_one_day_keeps_that_day_under_a_longer_header_range() -> None:
    report = make_report(
        "Lima, 3-12 March 2030",
        "The twelfth meeting of the Telecommunication Standardization Advisory Group (TSAG) was held on 3 March 2030.",
        title="Report of the meeting",
    )
    assert _meeting(report) == ("tsag", 12, date(2030, 3, 3), None)


@pytest.mark.parametrize(
    ("title", "dateline_", "key"),
    [
        (
            "EXPERT GROUP MEETING ON DIGITAL SKILLS FOR YOUTH (EGM-DSY)",
            "Hybrid meeting – Nairobi, 14-15 March 2028",
            "egm-dsy",
        ),
        ("Regional Preparatory Meeting for the Americas (RPM-AMS)", "Asunción, 14-15 March 2028", "rpm-ams"),
        ("SUBREGIONAL WORKSHOP ON SPECTRUM PRICING (SWSP)", "Online, 14-15 March 2028", "swsp"),
    ],
)
def test_a_heading_that_names_the_meeting_by_its_kind(title: str, dateline_: str, key: str) -> None:
    report = make_report(dateline_, "Document 3-E", "1 The meeting elected its Chair.", title=title)
    extraction = extract(report)
    assert _meeting(report) == (key, None, date(2028, 3, 14), date(2028, 3, 15))
    (body,) = [b for b in extraction.bodies if b.key == key]
    # the meeting is its own body, mentioned where the meeting is (a body the graph describes must be)
    assert body.acronym is not None and body.paragraphs == extraction.meeting.paragraphs != ()


def test_a_heading_naming_a_catalogue_body_is_not_a_meeting_of_its_own() -> None:
    report = make_report(
        "Geneva, 3 May 2031", "1 The members met.", title="WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-10)"
    )
    assert heading_meeting(report, load_body_names()) is None


@pytest.mark.parametrize(
    ("title", "lines", "name"),
    [
        (
            "WSIS Forum 2031 – Outcome of session 212",
            ("High-Level Dialogue: Digital public infrastructure for small islands",),
            "High-Level Dialogue: Digital public infrastructure for small islands",
        ),
        ("WSIS Forum 2031 – Session 212: Dialogue on open data for cities", (), "Dialogue on open data for cities"),
    ],
)
def test_the_record_of_one_session_of_a_forum_is_of_that_session(title: str, lines: tuple[str, ...], name: str) -> None:
    report = make_report(
        *lines,
        "Date and time: Tuesday, 6 May 2031, 09:00–10:30",
        "Venue: Room 3, Geneva",
        "Moderator",
        title=title,
    )
    extraction = extract(report)
    assert extraction.meeting is not None
    assert (extraction.meeting.start, extraction.meeting.number) == (date(2031, 5, 6), None)
    body = meeting_body(extraction)
    assert body is not None and body.name == name


def test_the_outcomes_of_a_whole_forum_are_still_of_the_forum() -> None:
    report = make_report(
        "Geneva, 5-9 May 2031", "The Forum gathered 2,000 participants.", title="WSIS Forum 2031: Outcomes"
    )
    assert _meeting(report) == ("wsis-forum", None, date(2031, 5, 5), date(2031, 5, 9))


@pytest.mark.parametrize(
    "title",
    ["WSIS Forum 2031: Thematic Session 14 - Outcome", "WSIS Forum 2031 – Policy Session 3: Summary report"],
)
def test_a_session_titled_only_by_a_record_word_is_of_the_forum(title: str) -> None:
    report = make_report(
        "Theme: Open data for local governments",
        "Geneva, 5-9 May 2031",
        "1. The session was moderated by the chair of the panel.",
        title=title,
    )
    assert _meeting(report) == ("wsis-forum", None, date(2031, 5, 5), date(2031, 5, 9))


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Quito, 8-9 October 2O30", "Quito"),  # OCR: O for 0 in the year
        ("Quito (Ecuador), 8-9 October 2030", "Quito (Ecuador)"),
        ("Quito and online, 8-9 October 2030", "Quito"),
        ("Quito, Ecuador | 8-9 October 2030", "Quito, Ecuador"),
        ("(Quito, 8-9 October 2030)", "Quito"),
    ],
)
def test_datelines_with_ocr_digits_brackets_and_a_mode_by_the_place(line: str, place: str) -> None:
    found = dateline(line)
    assert found is not None and (found[0].start, found[0].end, found[1]) == (
        date(2030, 10, 8),
        date(2030, 10, 9),
        place,
    )


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Nairobi and remote participation, 4 March 2031", "Nairobi"),
        ("Bangkok & virtual participation, 4 March 2031", "Bangkok"),
        ("Montevideo and Remote Participation, 4 March 2031", "Montevideo"),
    ],
)
def test_a_dateline_whose_place_is_joined_to_remote_participation(line: str, place: str) -> None:
    """``Geneva and remote participation, 17 May 2031``: the mode joined to the place by ``and`` is no part of it
    (``meeting_words.csv``, role ``place-mode``), as ``Geneva and online`` was not."""
    found = dateline(line)
    assert found is not None and (found[0].start, found[1]) == (date(2031, 3, 4), place)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ITU-D STUDY GROUP 2 — RAPPORTEUR GROUP MEETING FOR QUESTION 5/2 (Cost models for access networks) "
         "Dakar and remote participation, 4 March 2031",
         "ITU-D STUDY GROUP 2 — RAPPORTEUR GROUP MEETING FOR QUESTION 5/2"),
        ("SAHEL SPECTRUM PRICING WORKSHOP (Auction design) Dakar and remote participation, 4 March 2031",
         "SAHEL SPECTRUM PRICING WORKSHOP"),
        ("Andean Regulators Roundtable (Numbering) Dakar and Remote Participation, 4 March 2031",
         "Andean Regulators Roundtable"),
    ],
)  # fmt: skip
def test_a_heading_run_into_a_dateline_of_remote_participation(line: str, name: str) -> None:
    """A heading a layout ran into its dateline, whose place is joined to its mode (``X (Title) Dakar and remote
    participation, 4 March 2031``), is dated and placed by it, its name not run on into the place (its bracketed title
    may be left out, decision 21)."""
    report = make_report(line, "1. The meeting was opened by the Chair, who presented the work plan.", title="MINUTES")
    x = extract(report)
    body = meeting_body(x)
    assert x.meeting is not None and (x.meeting.start, x.meeting.place) == (date(2031, 3, 4), "Dakar")
    assert body is not None and body.name == name


@pytest.mark.parametrize("section", ["2 WTDC-29 preparation", "3.1 Council 2031", "4. Plenipotentiary Conference 2030"])
def test_a_numbered_sections_heading_is_no_header_line_of_the_body(section: str) -> None:
    """``Minutes of the 41st meeting`` over ``Baltic Spectrum Forum`` and a numbered section's heading that names a
    conference or the Council (``2 WTDC-29 preparation``): the ordinal is not that body's meeting (a body that
    numbers its meetings per session, ``meeting_header.header_body``); a section's heading is the record's body."""
    report = make_report(
        "Baltic Spectrum Forum",
        "Riga, 4–6 March 2031",
        "1 The meeting was chaired by Ms Ilze Ozola (Latvia).",
        section,
        "The Forum agreed the draft common proposals.",
        title="Minutes of the 41st meeting",
    )
    assert _meeting(report) == ("baltic-spectrum-forum", None, date(2031, 3, 4), date(2031, 3, 6))


def test_a_word_with_a_look_alike_digit_is_no_date() -> None:
    assert dateline("Room l0 and Room 2O, Quito") is None


def test_a_title_broken_inside_a_catalogue_name() -> None:
    report = make_report(
        "Working Group on Languages", "Quito, 3-4 May 2031", title="Report of the tenth meeting of the Council"
    )
    assert _meeting(report) == ("cwg-lang", 10, date(2031, 5, 3), date(2031, 5, 4))


def test_a_capitalised_line_after_a_title_with_its_own_name_is_not_joined() -> None:
    report = make_report(
        "Working Group on Languages", "Quito, 3-4 May 2031", title="Report of the tenth meeting of the Council."
    )
    m = _meeting(report)
    assert m is None or m[0] != "cwg-lang"  # a sentence ended: the next line is no part of it


@pytest.mark.parametrize("line", ["Preparations for the next UNGIS meeting", "Outcome of the previous EGTI meeting"])
def test_a_header_line_naming_another_meeting_is_not_the_reports(line: str) -> None:
    assert (
        _meeting(make_report(line, "Date: 3 May 2031", "1 The members discussed the workplan.", title="Note")) is None
    )


@pytest.mark.parametrize(
    ("before", "acronym", "stem"),
    [
        ("The third session of the Intergovernmental Committee ", "IGC-3", "IGC"),
        ("Twelfth Meeting of the Regional Working Party ", "RWP-12", "RWP"),
        ("the 5th meeting of the Joint Coordination Activity ", "JCA-5", "JCA"),
        ("the fourth session of the Intergovernmental Committee ", "IGC-3", "IGC-3"),  # another number
        ("the Joint Coordination Activity ", "JCA-1", "JCA-1"),  # no session named
        ("the second meeting of the Steering Committee ", "SC", "SC"),
    ],
)
def test_an_acronym_numbered_like_the_session_is_its_body_s(before: str, acronym: str, stem: str) -> None:
    from wsiskg.ingest.extract.meeting import session_stem

    assert session_stem(before, acronym) == stem


@pytest.mark.parametrize(
    ("lines", "title", "expected"),
    [
        (
            ("INTERNATIONAL TELECOMMUNICATION UNION", "Council 2031", "Document C31/45-E", "Lima, 15-25 May 2031"),
            "SUMMARY RECORD OF THE SECOND PLENARY MEETING",
            ("itu-council", 2, date(2031, 5, 15)),
        ),
        (
            ("International Telecommunication Union", "COUNCIL 2029", "Bangkok, 3-13 June 2029", "Document C29/88-E"),
            "Summary record of the fifth plenary meeting",
            ("itu-council", 5, date(2029, 6, 3)),
        ),
        (
            ("ITU", "Council 2033", "Document C33/12-E", "Accra, 1-10 July 2033"),
            "MINUTES OF THE THIRD PLENARY MEETING",
            ("itu-council", 3, date(2033, 7, 1)),
        ),
    ],
)
def test_a_letterhead_over_a_session_leaves_the_meeting_to_the_body_that_met(
    lines: tuple[str, ...], title: str, expected: tuple[str, int, date]
) -> None:
    """Two readers find one numbered meeting, one with the letterhead's organisation, one with the Council under it:
    the Council met (decision 2), not the organisation it belongs to."""
    report = make_report(*lines, "1 The Council adopted its agenda and approved the budget.", title=title)
    found = _meeting(report)
    assert found is not None and found[:3] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Working Group on Spectrum Planning for WRC-31 7th meeting, Quito, 3–5 June 2031",
            ("working-group-on-spectrum-planning-for-wrc-31", 7, date(2031, 6, 3), date(2031, 6, 5)),
        ),
        (
            "Andean Committee on Numbering Third meeting – Quito, 3-5 June 2031",
            ("andean-committee-on-numbering", 3, date(2031, 6, 3), date(2031, 6, 5)),
        ),
        (  # two names run together: the working party of the commission met
            "Regional Commission on Frequency Use Working Party on Satellite Filings Meeting 4, Almaty, 3-5 June 2031",
            ("working-party-on-satellite-filings", 4, date(2031, 6, 3), date(2031, 6, 5)),
        ),
        (
            "Committee for Development of Postal Services Working Group on Tariffs 2nd meeting, Dakar, 3-4 March 2031",
            ("working-group-on-tariffs", 2, date(2031, 3, 3), date(2031, 3, 4)),
        ),
        (  # no topic before the head: one name
            "Council Working Group on Languages Fifth meeting, Lima, 3-4 March 2031",
            ("cwg-lang", 5, date(2031, 3, 3), date(2031, 3, 4)),
        ),
    ],
)
def test_a_body_and_its_numbered_meeting_run_into_one_header_line(
    line: str, expected: tuple[str, int, date, date]
) -> None:
    """A layout ran the body's name and the line of its numbered meeting with its dateline into one paragraph: read as
    the two lines they were."""
    report = make_report(line, "The meeting was chaired by Ms Ana Ruiz (Peru).", title="Minutes")
    assert _meeting(report) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Summary of the third meeting, Geneva, 3-5 June 2031",
        "Report on the fifth meeting – Lima, 3-4 March 2031",
        "Closing remarks of the eighth and final meeting, Quito, 2-4 May 2031",
    ],
)
def test_words_of_a_record_before_a_numbered_meeting_are_no_body(line: str) -> None:
    """``Summary of the`` / ``third meeting, ...`` is one title, not a body's name run into its meeting's line."""
    report = make_report(line, "The meeting was chaired by Ms Ana Ruiz (Peru).", title="Minutes")
    assert _meeting(report) is None


@pytest.mark.parametrize(
    ("lines", "title", "key", "number"),
    [
        (
            ("Summary of the first session", "Lima, Peru, 3-4 May 2031"),
            "Andean Broadband Corridor (ABC) Steering Committee",
            "andean-broadband-corridor-abc-steering-committee",
            1,
        ),
        (
            (
                "Nordic Roaming Alliance (NRA) Advisory Board",
                "Report of the fourth meeting",
                "Lima, Peru, 3-4 May 2031",
            ),
            "Summary",
            "nordic-roaming-alliance-nra-advisory-board",
            4,
        ),
        (
            ("Report of the second meeting", "Lima, Peru, 3-4 May 2031"),
            "Sahel Data Exchange (SDX) Technical Working Group",
            "sahel-data-exchange-sdx-technical-working-group",
            2,
        ),
    ],
)
def test_a_body_of_an_owner_named_with_its_acronym_inside_the_name(
    lines: tuple[str, ...], title: str, key: str, number: int
) -> None:
    """``X Corridor (XC) Steering Committee`` over ``Summary of the first session``: the committee met, its name whole
    with the owner's acronym inside (not the owner's name cut at the bracket)."""
    report = make_report(*lines, "The members elected Ms Ana Ruiz (Peru) as Chair.", title=title)
    assert _meeting(report) == (key, number, date(2031, 5, 3), date(2031, 5, 4))


# ------------------------------------------------------------------ a session of a series named in the header
@pytest.mark.parametrize(
    ("title", "lines", "expected"),
    [
        (  # a header line longer than a short line: the session's name and its dateline on one line
            "HIGHLIGHTS",
            ("World Telecommunication Development Conference 2030 · Kigali, Rwanda · 2 – 13 November 2030",),
            ("wtdc", date(2030, 11, 2), date(2030, 11, 13), "Kigali, Rwanda"),
        ),
        (
            "Summary of the outcomes",
            ("World Radiocommunication Conference 2031 | Sharm el-Sheikh, Egypt | 3-28 November 2031 |",),
            ("wrc", date(2031, 11, 3), date(2031, 11, 28), "Sharm el-Sheikh, Egypt"),
        ),
        (  # the session's code and a record's word as the title, the dateline under it
            "WTDC-30 HIGHLIGHTS",
            ("Kigali, Rwanda, 2-13 November 2030",),
            ("wtdc", date(2030, 11, 2), date(2030, 11, 13), "Kigali, Rwanda"),
        ),
        (
            "PP-34: Summary",
            ("Document 45-E", "Doha, 25 September – 13 October 2034"),
            ("itu-pp", date(2034, 9, 25), date(2034, 10, 13), "Doha"),
        ),
        (
            "WRC-31 Outcomes Report",
            ("Sharm el-Sheikh, 3-28 November 2031",),
            ("wrc", date(2031, 11, 3), date(2031, 11, 28), "Sharm el-Sheikh"),
        ),
    ],
)
def test_a_session_named_in_the_header_over_or_beside_its_dateline_is_the_meeting(
    title: str, lines: tuple[str, ...], expected: tuple[object, ...]
) -> None:
    from wsiskg.ingest.extract.events import session_meeting

    meeting = session_meeting(make_report(*lines, "1 The Conference opened with an address.", title=title))
    assert meeting is not None and (meeting.body, meeting.start, meeting.end, meeting.place) == expected


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("WTDC-30 preparations", ("Kigali, Rwanda, 2-13 November 2030",)),  # the title is about the session
        ("PP-34 HIGHLIGHTS", ("Geneva, 3 May 2033",)),  # a dateline of another year: an issue date
        (  # a long line of prose naming the session, no dateline
            "Report",
            ("World Telecommunication Development Conference 2030 and the regional preparatory meetings before it",),
        ),
    ],
)
def test_a_session_the_header_only_names_is_no_meeting(title: str, lines: tuple[str, ...]) -> None:
    from wsiskg.ingest.extract.events import session_meeting

    assert session_meeting(make_report(*lines, "1 The Group discussed the timetable.", title=title)) is None


@pytest.mark.parametrize(
    ("title", "lines", "body", "name"),
    [
        (
            "GSR-33 OUTCOMES",
            ("Global Symposium for Regulators 2033 · Port Louis, Mauritius · 31 August – 3 September 2033",),
            "global-symposium-for-regulators",
            "Global Symposium for Regulators",
        ),
        (
            "Highlights",
            ("World Telecommunication/ICT Indicators Symposium 2031, Bangkok, 5-7 December 2031",),
            "world-telecommunication-ict-indicators-symposium",
            "World Telecommunication/ICT Indicators Symposium",
        ),
        (
            "Chair's summary",
            ("World Telecommunication/ICT Policy Forum 2032 (WTPF-32)", "Nairobi, Kenya, 12-14 May 2032"),
            "wtpf",  # keyed by the code the header gives it
            "World Telecommunication/ICT Policy Forum",
        ),
    ],
)
def test_a_session_of_an_event_a_body_holds_is_the_events_own_meeting(
    title: str, lines: tuple[str, ...], body: str, name: str
) -> None:
    # GSR and WTIS are ITU-D's events, WTPF ITU's: the body that met is the event (decision 3), the
    # catalogue's when it holds the event's name (WTPF)
    x = extract(make_report(*lines, "1 Participants adopted the guidelines of the year.", title=title))
    found = meeting_body(x) or next((b for b in catalogue_bodies().values() if b.key == body), None)
    assert x.meeting is not None and x.meeting.body == body
    assert found is not None and found.name == name


def test_a_session_of_a_body_the_series_names_is_that_bodys_meeting() -> None:
    # the IGF's catalogue entry is the series' name: its session is the IGF's own meeting
    report = make_report(
        "Internet Governance Forum 2031 · Oslo, Norway · 23 – 27 June 2031",
        "1 Participants adopted the messages of the year.",
        title="Summary",
    )
    meeting = extract(report).meeting
    assert meeting is not None and (meeting.body, meeting.start) == ("igf", date(2031, 6, 23))


@pytest.mark.parametrize(
    ("dateline_line", "start", "end"),
    [
        ("MOMBASA, KENYA, 12TH – 16TH OCTOBER 2031", date(2031, 10, 12), date(2031, 10, 16)),
        ("LUSAKA, ZAMBIA, 22ND MARCH 2031", date(2031, 3, 22), None),
    ],
)
def test_a_dateline_in_capitals_with_ordinal_suffixes_dates_the_meeting(
    dateline_line: str, start: date, end: date | None
) -> None:
    """``REPORT OF THE 9TH MEETING OF THE REGIONAL BOARD ON X`` over ``MOMBASA, KENYA, 12TH – 16TH OCTOBER 2031``: the
    dateline in capitals, its days' suffixes too, dates the meeting."""
    report = make_report(
        "SAVANNA DIGITAL COMMUNITY",
        dateline_line,
        "1.0 INTRODUCTION",
        "The 9th Meeting of the Regional Board on Postal Services was held at the Secretariat's headquarters.",
        title="REPORT OF THE 9TH MEETING OF THE REGIONAL BOARD ON POSTAL SERVICES",
    )
    found = _meeting(report)
    assert found is not None and (found[1], found[2], found[3]) == (9, start, end)


@pytest.mark.parametrize(
    ("line", "key", "acronym"),
    [
        ("CEPT Com-PTT", "com-ptt", "Com-PTT"),
        ("APT AWG", "awg", "AWG"),
        ("ATU PrepGroup-WRC", "prepgroup-wrc", "PrepGroup-WRC"),
    ],
)
def test_a_group_named_by_its_code_after_its_organisations_acronym(line: str, key: str, acronym: str) -> None:
    """``CEPT Com-PTT`` / ``Minutes of the 66th meeting``: the group the line names by its code after a catalogue
    organisation's acronym met (``meeting_header.over_title_body``), numbered by the title's ordinal; not a body a
    numbered section's heading names."""
    report = make_report(
        line,
        "Tallinn, Estonia, 3–5 June 2031",
        "1 The meeting was chaired by Ms Kadri Tamm (Estonia).",
        "2 WRC-31 preparation",
        title="Minutes of the 66th meeting",
    )
    x = extract(report)
    body = meeting_body(x)
    assert x.meeting is not None and (x.meeting.body, x.meeting.number, x.meeting.start) == (
        key,
        66,
        date(2031, 6, 3),
    )
    assert body is not None and body.acronym == acronym

"""How a mention of a meeting is read into its body, number and dates, wherever a meeting is named:
a body's name with lower-case words up to its acronym, a name the report defines elsewhere, the
header of a summary record broken over lines (``SUMMARY RECORD`` / ``OF THE SIXTH PLENARY
MEETING``), a committee of a conference named with its title, a body named by a header line in
capitals, datelines whose place has lower-case particles (ingest/extract/meeting_mention.py,
meeting.py, meeting_header.py)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_body_names as _body_name
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import dateline, find_meeting
from wsiskg.ingest.extract.meeting_mentions import name_before_acronym
from wsiskg.ingest.extract.ordinals import count_word_regex, number_value


# ------------------------------------------------------------- a name with lower-case words
@pytest.mark.parametrize(
    ("sentence", "key", "number", "start", "end"),
    [
        (
            "The second meeting of the Council Working Group to review the drafting of the Financial "
            "Regulations (CWG-FINREG) was held in Geneva on 4 and 5 March 2027.",
            "cwg-finreg",
            2,
            date(2027, 3, 4),
            date(2027, 3, 5),
        ),
        (
            "The third meeting of the Expert Group on indicators of access to public services (EG-PSA) "
            "took place in Nairobi from 6 to 8 June 2029.",
            "eg-psa",
            3,
            date(2029, 6, 6),
            date(2029, 6, 8),
        ),
        (
            "The Working Party for the preparation of the regional agenda, 2031-2034 (WP-RA) held its "
            "fifth meeting in Lima on 9 and 10 April 2030.",
            "wp-ra",
            5,
            date(2030, 4, 9),
            date(2030, 4, 10),
        ),
        (
            "The 14th meeting of the Council Working Group on the use of the official languages of the "
            "Union (CWG-LANG) was held on 2 and 3 February 2032.",
            "cwg-lang",
            14,
            date(2032, 2, 2),
            date(2032, 2, 3),
        ),
    ],
)
def test_a_name_with_lower_case_words_runs_to_its_acronym(
    sentence: str, key: str, number: int, start: date, end: date
) -> None:
    report = make_report("Document X/1-E", sentence, title="REPORT OF THE MEETING")
    assert _meeting(report) == (key, number, start, end)


def test_an_acronym_of_another_body_does_not_end_the_name() -> None:
    """The letters of the acronym do not spell the name's first words: it is another body's."""
    report = make_report(
        "The fifth meeting of the Group on Tariff Principles, and of the Expert Group on Telecommunication "
        "Indicators (EGTI), was held in Accra on 2 May 2026.",
        title="REPORT",
    )
    m = find_meeting(report)
    assert m is None or m.body != "egti"


def test_a_name_the_report_defines_elsewhere_gives_the_body() -> None:
    """The lead names the group without its acronym; its header line defines it."""
    report = make_report(
        "Expert Group on the measurement of rural broadband access (EG-RBA)",
        "Document EG-RBA-4/7-E",
        "11 May 2028",
        "The fourth meeting of the Expert Group on the measurement of rural broadband access, held in "
        "Quito on 3 and 4 May 2028, was chaired by Ms Ana Ruiz (Ecuador).",
        title="SUMMARY REPORT OF THE FOURTH MEETING",
    )
    assert _meeting(report) == ("eg-rba", 4, date(2028, 5, 3), date(2028, 5, 4))


# ------------------------------------------------------------- datelines: places with particles
@pytest.mark.parametrize(
    ("line", "start", "end", "place"),
    [
        ("Rio de Janeiro, 3rd-5th June 2027", date(2027, 6, 3), date(2027, 6, 5), "Rio de Janeiro"),
        ("Port of Spain, 12-14 March 2030", date(2030, 3, 12), date(2030, 3, 14), "Port of Spain"),
        ("Sharm el-Sheikh, 8 to 10 November 2028", date(2028, 11, 8), date(2028, 11, 10), "Sharm el-Sheikh"),
        ("12 and 13 March 2030 (Montevideo)", date(2030, 3, 12), date(2030, 3, 13), "Montevideo"),
        ("Hyderabad, India, 3–5 May 2030 (hybrid)", date(2030, 5, 3), date(2030, 5, 5), "Hyderabad, India"),
    ],
)
def test_a_dateline_place_with_particles_or_brackets(line: str, start: date, end: date, place: str) -> None:
    found = dateline(line)
    assert found is not None and (found[0].start, found[0].end, found[1]) == (start, end, place)


@pytest.mark.parametrize(
    "line",
    [
        "KUALAMPURCONVENTIONCENTREPLENARYHALLMAINBUILDINGSOUTHWING, 9 May 2031 x",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ 12 June 2029, 3rd",
    ],
)
def test_a_long_run_of_capitals_that_is_no_place_is_refused_at_once(line: str) -> None:
    # a run of capitals split into "words" every way before failing took time exponential in its
    # length: fifty letters would not finish
    assert dateline(line) is None


def test_a_range_dateline_under_the_heading_wins_over_the_issue_date() -> None:
    report = make_report(
        "CARIBBEAN TELECOMMUNICATIONS UNION",
        "Second Regional Preparatory Meeting for WTDC-30 (RPM-CAR2)",
        "Rio de Janeiro, 3rd-5th June 2029",
        "Document RPM-CAR2/REP/1",
        "Date: 05/06/2029",
        "REPORT OF THE MEETING",
        "The second Regional Preparatory Meeting for WTDC-30 was organized by the Caribbean "
        "Telecommunications Union and attended by 80 delegates.",
    )
    m = extract(report).meeting
    assert m is not None and (m.start, m.end) == (date(2029, 6, 3), date(2029, 6, 5))


# ------------------------------------------------------------- a summary record's header over lines
@pytest.mark.parametrize(
    ("session", "dates", "ordinal", "sitting", "key", "number", "day"),
    [
        (
            "COUNCIL 2025",
            "Geneva, 16-26 June 2025",
            "OF THE SIXTH PLENARY MEETING",
            "Wednesday, 18 June 2025, at 0930 hours",
            "itu-council",
            6,
            date(2025, 6, 18),
        ),
        (
            "WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY (WTSA-28)",
            "Lisbon, 3-12 October 2028",
            "OF THE SECOND PLENARY MEETING",
            "Thursday, 5 October 2028, at 1430 hours",
            "wtsa",
            2,
            date(2028, 10, 5),
        ),
    ],
)
@pytest.mark.parametrize("title", ["SUMMARY RECORD", "MINUTES"])
def test_a_record_title_goes_on_in_the_line_under_it(
    session: str, dates: str, ordinal: str, sitting: str, key: str, number: int, day: date, title: str
) -> None:
    report = make_report(
        "INTERNATIONAL TELECOMMUNICATION UNION",
        session,
        dates,
        "Document 77-E",
        "Original: English",
        ordinal,
        sitting,
        "Chairman: Mr Lars Øberg (Sweden)",
        title=title,
    )
    assert _meeting(report) == (key, number, day, None)


def test_a_committee_named_with_its_title_under_the_ordinal_line() -> None:
    report = make_report(
        "PLENIPOTENTIARY CONFERENCE (PP-30)",
        "Doha, 2-20 November 2030",
        "COMMITTEE 4",
        "Document 88-E",
        "OF THE SECOND MEETING OF COMMITTEE 4",
        "(BUDGET CONTROL)",
        "Monday, 11 November 2030, at 0930 hours",
        "Chairman: Mr Omar Haddad (Jordan)",
        title="SUMMARY RECORD",
    )
    assert _meeting(report) == ("committee-4", 2, date(2030, 11, 11), None)
    # the title is read with the committee (decision 6), but the body that met is named without it
    # (decision 3; bodies.untitled_meeting_body): one name for the meeting's body in the graph
    assert _body_name(report) == ("Committee 4", "COM4")


def test_the_ordinal_line_may_name_the_committee_after_a_bare_of_the() -> None:
    report = make_report(
        "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-30)",
        "Kigali, 4-15 March 2030",
        "COMMITTEE 2",
        "Document 64-E",
        "OF THE",
        "FOURTH MEETING OF COMMITTEE 2",
        "Friday, 8 March 2030, at 1430 hours",
        title="SUMMARY RECORD",
    )
    assert _meeting(report) == ("committee-2", 4, date(2030, 3, 8), None)


def test_a_body_named_by_a_header_line_in_capitals_over_the_ordinal() -> None:
    report = make_report(
        "INTERNATIONAL TELECOMMUNICATION UNION",
        "COUNCIL 2027",
        "Geneva, 8-18 October 2027",
        "Document C27/90-E",
        "STANDING COMMITTEE ON PERSONNEL AND PENSIONS",
        "OF THE SECOND MEETING",
        "Tuesday, 12 October 2027, at 1430 hours",
        title="SUMMARY RECORD",
    )
    assert _meeting(report) == ("standing-committee-on-personnel-and-pensions", 2, date(2027, 10, 12), None)
    assert _body_name(report) == ("Standing Committee on Personnel and Pensions", None)


# ------------------------------------------------------------- the body of a heading
def test_a_conference_named_as_the_topic_of_a_meeting_heading_is_not_the_header_body() -> None:
    """``Regional Preparatory Meeting for WTDC-30 ...``: the meeting is the heading's own, not a
    meeting of the conference (nor the advisory group's meeting a lead sentence names)."""
    report = make_report(
        "Regional Preparatory Meeting for WTDC-30 for the Americas (RPM-AMS)",
        "Asunción, Paraguay, 2-4 October 2029",
        "Document RPM-AMS29/40-E",
        "The Regional Preparatory Meeting for WTDC-30 for the Americas was opened by the Minister. It asked "
        "BDT to submit its report to TDAG at its 14th meeting, held on 20-22 January 2030.",
        title="FINAL REPORT",
    )
    assert _meeting(report) == ("rpm-ams", None, date(2029, 10, 2), date(2029, 10, 4))


@pytest.mark.parametrize("hours", ["(09:30-12:00)", "(14:00–17:30 CET)", "(10.00 - 13.00)"])
def test_the_hours_in_brackets_after_a_dateline_are_no_place(hours: str) -> None:
    found = dateline(f"ITU Headquarters, Geneva, 14 May 2031 {hours}")
    assert found is not None and (found[0].start, found[1]) == (date(2031, 5, 14), "ITU Headquarters, Geneva")


def test_a_kind_line_with_hours_dates_the_meeting_of_the_body_above() -> None:
    report = make_report(
        "Working-level meeting, UNESCO Headquarters, Paris, 6 March 2031 (10:00-13:00)",
        "Summary of the meeting",
        "The meeting was chaired by Ms Ilse Vermeulen, UNDP, on behalf of the rotating Chair.",
        title="United Nations Group on the Information Society (UNGIS)",
    )
    assert _meeting(report) == ("ungis", None, date(2031, 3, 6), None)


def test_a_short_form_of_a_defined_group_is_that_group() -> None:
    """``the Informal Experts Group (IEG)`` after ``Informal Experts Group for the X Forum 2031
    (IEG-XF)``: one group, named by its longer acronym."""
    report = make_report(
        "Informal Experts Group for the Digital Skills Forum 2031 (IEG-DSF)",
        "Second meeting, Geneva, 4-5 March 2031",
        "Document DSF-31/IEG-2/9",
        "The second meeting of the Informal Experts Group (IEG) for the Digital Skills Forum was held in "
        "Geneva from 4 to 5 March 2031.",
        title="CHAIR'S SUMMARY OF THE SECOND MEETING OF THE INFORMAL EXPERTS GROUP",
    )
    assert _meeting(report) == ("ieg-dsf", 2, date(2031, 3, 4), date(2031, 3, 5))
    assert _body_name(report) == ("Informal Experts Group for the Digital Skills Forum 2031", "IEG-DSF")


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        (
            "the Working Group for the review of the Tariff Regulations, 2027-2030 (WG-TR) met",
            "WG-TR",
            "Working Group for the review of the Tariff Regulations, 2027-2030",
        ),
        ("the Preparatory Committee (PrepCom-4)", "PrepCom-4", "Preparatory Committee"),
        ("Mr Akin Bello, Director, Telecommunication Development Bureau (BDT)", "BDT", None),
        ("The Group was informed that the Expert Group on Skills (CWG-SK)", "CWG-SK", None),
        ("the Group on Tariff Principles and the Expert Group on Telecommunication Indicators (EGTI)", "EGTI",
         "Expert Group on Telecommunication Indicators"),
    ],
)  # fmt: skip
def test_the_name_an_acronym_defines(text: str, acronym: str, name: str | None) -> None:
    assert name_before_acronym(text, text.index(f"({acronym})"), acronym) == name


# ------------------------------------------------------------- numbers after the noun, sittings
@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Meeting No. 7 – Nairobi, 3-4 May 2030", 7),
        ("Meeting XII, Nairobi, 3-4 May 2030", 12),
        ("Meeting IV: Nairobi, 3-4 May 2030", 4),
        ("Ninth meeting – Nairobi, 3-4 May 2030", 9),
    ],
)
def test_a_kind_line_may_number_the_meeting_after_its_noun(line: str, number: int) -> None:
    report = make_report(
        "Expert Group on Digital Finance Indicators (EGDFI)",
        line,
        "Document EGDFI/2030/2",
        title="REPORT OF THE MEETING",
    )
    assert _meeting(report) == ("egdfi", number, date(2030, 5, 3), date(2030, 5, 4))


@pytest.mark.parametrize(("text", "value"), [("XII", 12), ("No. 7", 7), ("N° 12", 12), ("LXXXIX", 89), ("ii", 2)])
def test_numbers_written_after_a_noun(text: str, value: int) -> None:
    assert number_value(text) == value


def test_a_sitting_is_a_meeting() -> None:
    report = make_report(
        "WORLD RADIOCOMMUNICATION CONFERENCE (WRC-31)",
        "Cairo, 3-28 November 2031",
        "Document 301-E",
        "MINUTES OF THE SEVENTH SITTING",
        "Tuesday, 11 November 2031, at 0930 hours",
    )
    assert _meeting(report) == ("wrc", 7, date(2031, 11, 11), None)


def test_a_name_in_capitals_is_the_name_the_prose_writes_in_lower_case() -> None:
    report = make_report(
        "Geneva, 2-3 March 2029",
        "The sixth meeting of the Working Group on the review of numbering resources was held in Geneva on "
        "2 and 3 March 2029.",
        title="REPORT OF THE SIXTH MEETING OF THE WORKING GROUP ON THE REVIEW OF NUMBERING RESOURCES",
    )
    assert _meeting(report) == (
        "working-group-on-the-review-of-numbering-resources",
        6,
        date(2029, 3, 2),
        date(2029, 3, 3),
    )


def test_a_heading_is_dated_by_a_dateline_with_a_place_below_its_issue_date() -> None:
    """A symbol, the issue date and a language line stand between the heading and its dateline."""
    report = make_report(
        "ECONOMIC COMMISSION FOR AFRICA",
        "ECA/ICT/2030/REP",
        "19 June 2030",
        "English only",
        "Addis Ababa, 2-4 June 2030",
        "The Regional Review was organized by ECA.",
        title="REPORT OF THE AFRICAN REGIONAL REVIEW OF DIGITAL INCLUSION POLICIES",
    )
    m = extract(report).meeting
    assert m is not None and (m.start, m.end, m.place) == (date(2030, 6, 2), date(2030, 6, 4), "Addis Ababa")


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        (
            "The fourth meeting of the Group of Experts on the revision of the regulations was held in Geneva "
            "on 3 and 4 May 2030.",
            "group-of-experts-on-the-revision-of-the-regulations",
        ),
        (
            "The 2nd meeting of the Task Force on digital inclusion in Lima on 3 and 4 May 2030 adopted its report.",
            "task-force-on-digital-inclusion",
        ),
        (
            "The fourth meeting of the Working Group on ICT and education, held on 3 and 4 May 2030, agreed on a plan.",
            "working-group-on-ict-and-education",
        ),
    ],
)
def test_a_name_without_acronym_runs_over_its_lower_case_words_to_the_clause(sentence: str, key: str) -> None:
    m = find_meeting(make_report("Document X/2-E", sentence, title="REPORT"))
    assert m is not None and (m.body, m.start) == (key, date(2030, 5, 3))


def test_a_name_with_lower_case_words_names_the_meeting_body() -> None:
    report = make_report(
        "Document X/2-E",
        "The fourth meeting of the Group of Experts on the revision of the regulations was held in Geneva "
        "on 3 and 4 May 2030.",
        title="REPORT",
    )
    assert _body_name(report) == ("Group of Experts on the revision of the regulations", None)


# ------------------------------------------------------------- dates of a meeting: one reading
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("between Tuesday 4 March and Friday 7 March 2031", date(2031, 3, 4), date(2031, 3, 7)),
        ("between 28 April and 2 May 2029", date(2029, 4, 28), date(2029, 5, 2)),
        ("from Monday, 9 June to Thursday, 12 June 2031", date(2031, 6, 9), date(2031, 6, 12)),
        ("from Monday 9 to Wednesday 11 June 2031", date(2031, 6, 9), date(2031, 6, 11)),
        # "and" without "between" joins two days, not a range
        ("on 6 June and 1 July 2031", date(2031, 7, 1), None),
        # a number before a weekday's date is no first day ("Room 4")
        ("Geneva, Room 4 – Tuesday 13 May 2031", date(2031, 5, 13), None),
    ],
)
def test_a_range_of_days_read_with_weekdays_or_between(text: str, start: date, end: date | None) -> None:
    from wsiskg.ingest.extract.dates import find_dates

    found = find_dates(text)
    assert (found[-1].start, found[-1].end) == (start, end)


@pytest.mark.parametrize(
    ("line", "start", "end", "place"),
    [
        ("Meeting date(s): 2031-03-04 to 2031-03-05 (virtual)", date(2031, 3, 4), date(2031, 3, 5), None),
        ("Meeting dates: 4-6 May 2029", date(2029, 5, 4), date(2029, 5, 6), None),
        ("Lusaka (hybrid), 8-9 October 2030", date(2030, 10, 8), date(2030, 10, 9), "Lusaka"),
        ("Bangkok (virtual), 1 June 2032", date(2032, 6, 1), None, "Bangkok"),
    ],
)
def test_a_dateline_with_a_label_or_a_bracketed_mode(
    line: str, start: date, end: date | None, place: str | None
) -> None:
    found = dateline(line)
    assert found is not None
    assert (found[0].start, found[0].end, found[1]) == (start, end, place)


def test_an_ordinal_heading_dated_with_a_bracketed_mode_is_dated_so_not_by_the_issue_date() -> None:
    report = make_report(
        "Council Working Group on Financial and Human Resources (CWG-FHR)",
        "Twentieth meeting - Geneva (hybrid), 3-4 March 2031",
        "Document CWG-FHR-20/7-E",
        "12 March 2031",
        "The meeting was opened by the Chair.",
        title="REPORT OF THE TWENTIETH MEETING",
    )
    assert _meeting(report) == ("cwg-fhr", 20, date(2031, 3, 3), date(2031, 3, 4))


def test_a_labelled_iso_range_under_an_ordinal_line_dates_the_meeting() -> None:
    report = make_report(
        "Twelfth meeting",
        "Meeting date(s): 2030-11-05 to 2030-11-06 (virtual)",
        "Document CWG-FHR-12/9",
        "8 November 2030",
        "The Chair opened the virtual meeting.",
        title="Council Working Group on Financial and Human Resources (CWG-FHR)",
    )
    assert _meeting(report) == ("cwg-fhr", 12, date(2030, 11, 5), date(2030, 11, 6))


def test_a_range_dateline_wins_over_an_earlier_issue_date_with_a_place() -> None:
    report = make_report(
        "Document PC-2/12-E",
        "Nairobi, 19 April 2030",
        "Original: English",
        "Nairobi, Kenya, 16-19 April 2030",
        "The second meeting of the Council Working Group on Languages was opened on 16 April 2030.",
        title="REPORT OF THE SECOND MEETING OF THE COUNCIL WORKING GROUP ON LANGUAGES (CWG-LANG)",
    )
    assert _meeting(report) == ("cwg-lang", 2, date(2030, 4, 16), date(2030, 4, 19))


def test_a_dateline_run_into_the_document_symbol_on_one_line_dates_the_meeting() -> None:
    report = make_report(
        "TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP (TDAG)",
        "Sixth meeting, Geneva, 10-12 March 2031 Document TDAG31-6/4-E 20 March 2031",
        "The sixth meeting of the Telecommunication Development Advisory Group was opened by the Director.",
        title="REPORT OF THE SIXTH MEETING OF TDAG",
    )
    assert _meeting(report) == ("tdag", 6, date(2031, 3, 10), date(2031, 3, 12))


def test_a_committee_that_held_meetings_between_two_weekdays_lasted_that_range() -> None:
    report = make_report(
        "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-30)",
        "Kigali, 4-15 March 2030",
        "Committee 2 held five meetings between Tuesday 5 March and Monday 11 March 2030, under the "
        "chairmanship of Mr A. Bello (Nigeria).",
        title="Report of Committee 2 to the plenary",
    )
    found = _meeting(report)
    assert found is not None and found[2:] == (date(2030, 3, 5), date(2030, 3, 11))


# ------------------------------------------------------------- numbers and bodies read from the heading and lead
def test_a_record_word_before_an_ordinal_heading_gives_the_groups_meeting_its_number() -> None:
    report = make_report(
        "OUTCOMES OF THE FOURTH MEETING",
        "Bogotá, 6-8 October 2031",
        "Some 40 experts took part. The meeting was hosted by the regulator.",
        "The Expert Group on ICT Household Indicators agreed to revise the questionnaire.",
        title="Expert Group on ICT Household Indicators (EGH)",
    )
    assert _meeting(report) == ("egh", 4, date(2031, 10, 6), date(2031, 10, 8))


def test_a_dateline_whose_place_names_a_headquarters_dates_an_unnumbered_meeting() -> None:
    report = make_report(
        "Annual meeting",
        "Vienna, UNIDO headquarters (Conference Room C), 14 March 2031",
        "The meeting was chaired by the representative of UNIDO.",
        title="UNITED NATIONS GROUP ON THE INFORMATION SOCIETY (UNGIS)",
    )
    assert _meeting(report) == ("ungis", None, date(2031, 3, 14), None)


def test_a_title_that_names_a_session_by_ordinal_and_dates_it_is_the_header_bodys_session() -> None:
    report = make_report(
        "E/2031/31",
        "Commission on Science and Technology for Development",
        "Chapter I",
        "The Commission considered agenda item 3 at its 2nd and 3rd meetings.",
        title="Report on the thirty-fourth session (12–16 May 2031)",
    )
    assert _meeting(report) == ("cstd", 34, date(2031, 5, 12), date(2031, 5, 16))


@pytest.mark.parametrize(
    ("sentence", "key", "number", "name"),
    [
        (
            "The fourth facilitation meeting of WSIS Action Line C3 was convened by UNDESA on 6 May 2031.",
            "wsis-action-line-c3-facilitation-meeting",
            4,
            "WSIS Action Line C3 facilitation meeting",
        ),
        (
            "The twelfth facilitation meeting for Action Line C7 e-science was held on 7 May 2031 in Geneva.",
            "action-line-c7-e-science-facilitation-meeting",
            12,
            "Action Line C7 e-science facilitation meeting",
        ),
    ],
)
def test_a_meeting_of_a_kind_of_its_own_is_named_by_what_met_and_its_kind(
    sentence: str, key: str, number: int, name: str
) -> None:
    report = make_report("Geneva, 2031", sentence, title="Outcome report")
    found = _meeting(report)
    assert found is not None and found[:3] == (key, number, date(2031, 5, 6 if number == 4 else 7))
    assert _body_name(report) == (name, None)


def test_the_dates_of_an_event_the_meeting_took_place_during_are_not_the_meetings() -> None:
    report = make_report(
        "Summary of the facilitation meeting held on 9 May 2031 (Room K)",
        "The third facilitation meeting for Action Line C7 e-learning took place during the WSIS Forum 2031, "
        "which was held in Geneva from 8 to 12 May 2031.",
        title="WSIS Forum 2031 – Action Line C7 E-learning",
    )
    assert _meeting(report) == ("action-line-c7-e-learning-facilitation-meeting", 3, date(2031, 5, 9), None)


@pytest.mark.parametrize(
    ("title", "key"),
    [
        (
            "Report of the Pacific High-Level Forum on Digital Inclusion and the 2030 Agenda",
            "pacific-high-level-forum-on-digital-inclusion-and-the-2030-agenda",
        ),
        # a year closing the name names a session of a series: no body of its own
        ("Report of the Pacific Digital Inclusion Forum 2031", None),
    ],
)
def test_a_year_in_a_headed_names_topic_is_no_session(title: str, key: str | None) -> None:
    report = make_report(
        "UNITED NATIONS",
        "Suva and online, 4th and 5th March 2031",
        "A. Introduction",
        "Ministers and senior officials attended.",
        title=title,
    )
    found = _meeting(report)
    if key is None:
        assert found is None or found[0] != slug(title.removeprefix("Report of the "))
    else:
        assert found == (key, None, date(2031, 3, 4), date(2031, 3, 5))


def test_a_range_dateline_just_above_a_headed_name_dates_it_not_the_issue_date_under_it() -> None:
    report = make_report(
        "Kigali, 4-6 June 2031",
        "EAST AFRICAN REGIONAL CONSULTATION MEETING ON DIGITAL SKILLS",
        "Distr.: General",
        "9 June 2031",
        "I. Introduction",
        title="Meeting report",
    )
    found = _meeting(report)
    assert found is not None and found[2:] == (date(2031, 6, 4), date(2031, 6, 6))


def test_a_numbered_committee_with_its_title_in_brackets_held_meetings_over_days() -> None:
    report = make_report(
        "WORLD RADIOCOMMUNICATION CONFERENCE (WRC-31)",
        "Dubai, 3-28 November 2031",
        "Document 212-E",
        "1 Committee 4 (Regulatory and procedural questions) held nine meetings between 5 and 24 November 2031 "
        "under the chairmanship of Ms A. Diallo (Senegal).",
        title="REPORT OF THE CHAIRMAN OF COMMITTEE 4 TO THE PLENARY",
    )
    assert _meeting(report) == ("committee-4", None, date(2031, 11, 5), date(2031, 11, 24))


def test_a_committee_named_in_capitals_under_a_records_ordinal_title_is_the_one_that_met() -> None:
    report = make_report(
        "Council 2031",
        "Geneva, 9-19 June 2031",
        "Document C31/88-E",
        "STANDING COMMITTEE ON STAFF PENSIONS",
        "Tuesday, 10 June 2031, from 1430 to 1730 hours",
        "Chair: Ms A. Novak (Slovenia)",
        title="SUMMARY RECORD OF THE FOURTH MEETING",
    )
    assert _meeting(report) == ("standing-committee-on-staff-pensions", 4, date(2031, 6, 10), None)
    assert _body_name(report) == ("Standing Committee on Staff Pensions", None)


@pytest.mark.parametrize(
    ("text", "key", "number"),
    [
        ("EGH's ninth meeting was held in Lisbon on 2 and 3 October 2031.", "egh", 9),
        ("The Council Working Group on Languages 12th meeting was held online.", "cwg-lang", 12),
    ],
)
def test_a_meeting_named_by_its_body_then_its_ordinal(text: str, key: str, number: int) -> None:
    from wsiskg.ingest.extract.body_names import load_body_names
    from wsiskg.ingest.extract.meeting_mentions import meeting_hits

    assert [(h.body, h.number) for h in meeting_hits(text, load_body_names())] == [(key, number)]


def test_a_one_off_meeting_of_a_kind_held_before_is_not_the_records_meeting() -> None:
    report = make_report(
        "Geneva, 4-13 June 2031",
        "Wednesday, 6 June 2031, at 1435 hours",
        "The Deputy Secretary-General recalled the consultation meeting on Action Line C4 held on 15-16 May 2031.",
        title="SUMMARY RECORD OF THE FIFTH PLENARY MEETING",
    )
    found = _meeting(report)
    assert found is None or found[0] != "action-line-c4-consultation-meeting"


def test_a_range_dateline_under_a_titled_session_does_not_date_a_heading_below_it() -> None:
    report = make_report(
        "Digital Futures for All",
        "Geneva, 5-9 May 2031",
        "HIGH-LEVEL TRACK AND THEMATIC WORKSHOPS - HIGHLIGHTS OF TUESDAY",
        "The WSIS Forum 2031 entered its second day with the closing of the High-Level Track.",
        title="WSIS Forum 2031: Outcome Document (extract)",
    )
    found = _meeting(report)
    assert found is None or not found[0].startswith("high-level-track")


# ------------------------------------------------------------- the number a phrase gives
@pytest.mark.parametrize(
    ("sentence", "key", "number"),
    [
        # an ordinal before a kind of meeting is the meeting's number (annotation guide, decision 2)
        (
            "The fourth physical meeting of the Regional Advisory Board took place in Lusaka on 3 May 2031.",
            "regional-advisory-board",
            4,
        ),
        (
            "The second virtual meeting of the Expert Group on Spectrum Pricing (EG-SP) was held on 9 June 2030.",
            "eg-sp",
            2,
        ),
        (
            "The Telecommunication Development Advisory Group held its third extraordinary meeting on 7 July 2031.",
            "tdag",
            3,
        ),
        # "met for the Nth time": the ordinal counts the body's meetings
        (
            "The Expert Group on Broadband Mapping (EG-BBM) met for the second time in Accra on 3 and 4 March 2031.",
            "eg-bbm",
            2,
        ),
        ("The Telecommunication Development Advisory Group met for the fifth time on 12 October 2029.", "tdag", 5),
    ],
)
def test_an_ordinal_before_a_kind_of_meeting_or_a_time_is_the_number(sentence: str, key: str, number: int) -> None:
    found = _meeting(make_report(sentence, title="Summary"))
    assert found is not None and found[:2] == (key, number)


def test_a_next_physical_meeting_is_not_the_reports() -> None:
    report = make_report(
        "The Regional Advisory Board met in Lusaka on 3 May 2031.",
        "The second physical meeting of the Regional Advisory Board will be held in Dakar on 3 June 2032.",
        title="Summary",
    )
    found = _meeting(report)
    assert found is not None and found[1] is None and found[2] == date(2031, 5, 3)


@pytest.mark.parametrize(
    ("heading", "key", "number"),
    [
        # a Roman ordinal before MEETING OF THE X (ACR): the body X, keyed by its dotted acronym
        ("XL MEETING OF THE REGIONAL CONSULTATIVE COMMITTEE III: SATELLITES (RCC.III)", "rcc-iii", 40),
        ("XXVII Meeting of the Standing Committee on Numbering (SCN)", "scn", 27),
        # the acronym first, then a dash and the meeting's ordinal name
        ("ABR9 - 9th Annual Broadband Roundtable", "abr9", 9),
        ("RFS21 – Twenty-first Regional Forum on Standards", "rfs21", 21),
    ],
)
def test_a_heading_read_into_its_body_and_number(heading: str, key: str, number: int) -> None:
    report = make_report("Lomé, 3-6 May 2031", "The participants discussed the work plan.", title=heading)
    found = _meeting(report)
    assert found is not None and found[:2] == (key, number)
    assert found[2:] == (date(2031, 5, 3), date(2031, 5, 6))


# ------------------------------------------------------------- whose dates a statement gives
def test_a_date_in_what_was_done_at_the_meeting_is_not_the_meetings() -> None:
    report = make_report(
        "At its fourth meeting the Standing Group on Numbering (SGN) asked the secretariat to publish the plan "
        "as from 1 March 2032.",
        "The meeting was held in Geneva from 3 to 5 May 2031.",
        title="Report of the Chairman",
    )
    assert _meeting(report) == ("sgn", 4, date(2031, 5, 3), date(2031, 5, 5))


@pytest.mark.parametrize(
    "sentence",
    [
        "At its fourth meeting, on 3 May 2031, the Standing Group on Numbering (SGN) asked the secretariat to act.",
        "At its fourth meeting (Geneva, 3 May 2031) the Standing Group on Numbering (SGN) asked the secretariat to "
        "act.",
    ],
)
def test_a_meeting_named_as_a_time_is_dated_by_its_apposition(sentence: str) -> None:
    assert _meeting(make_report(sentence, title="Report of the Chairman")) == ("sgn", 4, date(2031, 5, 3), None)


def test_a_month_of_another_event_in_the_statement_does_not_date_the_meeting() -> None:
    report = make_report(
        "Geneva, 14-16 February 2033",
        "The ninth meeting of the Regional Advisory Board (RAB), the first since the conference held in Lima in "
        "March 2032, was chaired by Ms Ana Ruiz.",
        title="REGIONAL ADVISORY BOARD",
    )
    assert _meeting(report) == ("rab", 9, date(2033, 2, 14), date(2033, 2, 16))


@pytest.mark.parametrize(
    ("line", "start", "place"),
    [
        (
            'Action Line C2 — Infrastructure Facilitation Meeting: "Open networks" Lima, 9 May 2031 '
            "(X Forum 2031, 7-11 May)",
            date(2031, 5, 9),
            "Lima",
        ),
        (
            "Session 212 | Room B, Palais, Geneva | Tuesday, 13 May 2031, 09:00–10:45",
            date(2031, 5, 13),
            "Room B, Palais, Geneva",
        ),
        ("Report of the fourth consultation meeting (Nairobi, 2 June 2031)", date(2031, 6, 2), "Nairobi"),
    ],
)
def test_a_dateline_that_ends_a_meeting_line(line: str, start: date, place: str) -> None:
    from wsiskg.ingest.extract.datelines import tail_dateline

    found = tail_dateline(line)
    assert found is not None and (found[0].start, found[0].end, found[1]) == (start, None, place)


@pytest.mark.parametrize(
    "line", ["Council 2031 - Geneva, 17-27 June 2031", "Document C31/4-E | 3 May 2031", "Geneva, 3 – 5 May 2031"]
)
def test_no_dateline_ends_a_line_that_names_no_meeting(line: str) -> None:
    from wsiskg.ingest.extract.datelines import tail_dateline

    assert tail_dateline(line) is None


def test_a_numbered_meeting_dated_by_the_end_of_its_title_line() -> None:
    report = make_report(
        'WSIS Action Line C2 — Infrastructure Facilitation Meeting: "Open networks" Lima, 9 May 2031 '
        "(X Forum 2031, 7-11 May)",
        "The ninth facilitation meeting of Action Line C2 was organized by the secretariat.",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (9, date(2031, 5, 9), None)


# ------------------------------------------------------------- the body that met (decision 3)
@pytest.mark.parametrize(
    "record",
    [
        "SUMMARY RECORD OF THE THIRD MEETING OF COMMITTEE 4 (BUDGET CONTROL)",
        "SUMMARY RECORD OF THE THIRD MEETING OF COMMITTEE 4",
    ],
)
def test_a_committee_with_its_title_beside_it_is_the_committee_that_met(record: str) -> None:
    # the title is the organisation's (decision 6); the meeting's body is named without it (decision 3)
    report = make_report(
        "Lima, 3-20 October 2030",
        "COMMITTEE 4 Document 141-E",
        record,
        "Tuesday, 8 October 2030, at 0930 hours",
        "1 The Chairman opened the meeting.",
        title="PLENIPOTENTIARY CONFERENCE (PP-30)",
    )
    assert _meeting(report) == ("committee-4", 3, date(2030, 10, 8), None)
    assert _body_name(report) == ("Committee 4", "COM4")


def test_a_headings_meeting_of_an_unknown_body_is_that_bodys() -> None:
    report = make_report(
        "Lima, 3-5 October 2030", "SECOND MEETING OF THE REGIONAL STEERING BOARD ON SPECTRUM", "1 Text."
    )
    assert _meeting(report) == ("regional-steering-board-on-spectrum", 2, date(2030, 10, 3), date(2030, 10, 5))


@pytest.mark.parametrize(
    ("lead", "start", "end"),
    [
        (
            "Since the last session the Regional Advisory Board has held two meetings: the eighth on 4 March 2031 "
            "and the ninth on 12 and 13 October 2031.",
            date(2031, 10, 12),
            date(2031, 10, 13),
        ),
        (
            "This report covers the study period and ends with the Board's last meeting, the ninth of the period, "
            "held in Nairobi from 6 to 9 October 2031.",
            date(2031, 10, 6),
            date(2031, 10, 9),
        ),
    ],
)
def test_the_meetings_ordinal_standing_alone_dates_it(lead: str, start: date, end: date) -> None:
    report = make_report(
        lead,
        "At its ninth meeting, the Regional Advisory Board (RAB) agreed that the survey would run from 1 November "
        "to 15 December 2031.",
        "Issued in Geneva, 2 February 2032",
        title="Report of the Chairman of the Regional Advisory Board",
    )
    assert _meeting(report) == ("rab", 9, start, end)


def test_header_fields_run_into_a_heading_are_no_part_of_the_body() -> None:
    report = make_report(
        "Lomé, 3-5 February 2031",
        "Regional Preparatory Meeting for WTDC-33 for Africa (RPM-AFR) Document RPM-AFR31/12-E Original: French",
        "1 The meeting adopted its agenda.",
        title="RPM-AFR31/12-E",
    )
    assert _meeting(report) == ("rpm-afr", None, date(2031, 2, 3), date(2031, 2, 5))
    assert _body_name(report) == ("Regional Preparatory Meeting for WTDC-33 for Africa", "RPM-AFR")


def test_a_dateline_opening_a_line_before_a_dashed_clause() -> None:
    from wsiskg.ingest.extract.datelines import head_dateline

    found = head_dateline("Lima, 9 May 2031 — organized by X within the framework of the Y Forum 2031 (7–11 May 2031)")
    assert found is not None and (found[0].start, found[0].end, found[1]) == (date(2031, 5, 9), None, "Lima")
    assert head_dateline("Lima, 9 May 2031 — Document X-31/2") is None


@pytest.mark.parametrize("times", ["four times", "twice", "once"])
def test_a_body_that_met_several_times_between_two_days(times: str) -> None:
    report = make_report(
        "World Conference on Spectrum 2031 (WCS-31)",
        "Lima, Peru, 3-14 March 2031",
        f"1 The Drafting Group of the Plenary (DG-PLEN) met {times} between 5 and 11 March 2031, under the "
        "chairmanship of Ms Ana Ruiz (Peru).",
        title="Document 140-E",
    )
    found = _meeting(report)
    assert found is not None and found[2:] == (date(2031, 3, 5), date(2031, 3, 11))


def test_a_sittings_day_after_its_venue_ends_a_line() -> None:
    from wsiskg.ingest.extract.datelines import tail_dateline

    found = tail_dateline("Lima, Centro, Room 4 – Tuesday 13 May 2031, 14:30–16:15")
    assert found is not None and (found[0].start, found[0].end) == (date(2031, 5, 13), None)
    report = make_report(
        "Facilitation meeting – Outcome report",
        "Lima, Centro, Room 4 – Tuesday 13 May 2031, 14:30–16:15",
        "The annual facilitation meeting of Action Line C2 infrastructure was organized by the secretariat.",
    )
    found_meeting = _meeting(report)
    assert found_meeting is not None and found_meeting[2] == date(2031, 5, 13)


@pytest.mark.parametrize(
    ("sentence", "key", "name"),
    [
        (
            "The second in-person meeting of the RAB for the 2031 cycle took place in Lima from 3 to 5 May 2031.",
            "rab",
            "RAB",
        ),
        (
            "The second meeting of the Council Working Group for the Elaboration of the Draft Regional Plan and the "
            "Draft Budget for 2032-2035 was held in Geneva on 3 and 4 March 2031.",
            "council-working-group-for-the-elaboration-of-the-draft-regional-plan-and-the-draft-budget-for-2032-2035",
            "Council Working Group for the Elaboration of the Draft Regional Plan and the Draft Budget for 2032-2035",
        ),
    ],
)
def test_a_numbered_meetings_body_by_its_acronym_or_its_whole_name(sentence: str, key: str, name: str) -> None:
    report = make_report(sentence, title="Report")
    found = _meeting(report)
    assert found is not None and found[:2] == (key, 2)
    assert _body_name(report) == (name, None)


def test_an_unnumbered_acronym_alone_is_no_meeting_body() -> None:
    assert _meeting(make_report("The meeting of the RAB for the 2031 cycle took place in Lima on 3 May 2031.")) is None


def test_a_count_in_words_within_bounds() -> None:
    counts = re.compile(rf"^{count_word_regex(2, 12)}$")
    assert all(counts.match(w) for w in ("two", "Three", "TWELVE"))
    assert not any(counts.match(w) for w in ("one", "thirteen", "3"))


# ------------------------------------------------------------- a designator between the name and "held its"
@pytest.mark.parametrize(
    ("title", "lines", "expected"),
    [
        (
            "REPORT OF THE CHAIRMAN OF WORKING GROUP 3B TO COMMITTEE 3",
            (
                "Working Group 3B",
                "1 Working Group 3B held its fourth meeting on 12 November 2031 under the chairmanship of "
                "Mr Ivo Kranjc (Slovenia).",
                "2 The Working Group agreed on a revision of Resolution 12.",
            ),
            ("working-group-3b", 4, date(2031, 11, 12), None),
        ),
        (
            "Report of Task Group 2 to the Plenary",
            ("Task Group 2 held its ninth meeting on 4 May 2031 in Nairobi.", "The Task Group agreed on its report."),
            ("task-group-2", 9, date(2031, 5, 4), None),
        ),
        (
            "Report of Ad Hoc Group 12",
            (
                "Ad Hoc Group 12 has held its second meeting on Friday, 2 March 2030, chaired by Ms Ana Lopes "
                "(Portugal).",
                "The Group reviewed the text.",
            ),
            ("ad-hoc-group-12", 2, date(2030, 3, 2), None),
        ),
    ],
)
def test_a_numbered_group_that_held_its_meeting_is_named_with_its_designator(
    title: str, lines: tuple[str, ...], expected: tuple[str, int, date, date | None]
) -> None:
    """``Working Group 3B held its fourth meeting``: the designator after the name is part of it, as in ``the fourth
    meeting of Working Group 3B``."""
    assert _meeting(make_report(*lines, title=title)) == expected

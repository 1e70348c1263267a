"""Events listed in tables of meetings and schedules (:mod:`wsiskg.ingest.extract.event_tables`), the
dates-only line reader (:func:`~wsiskg.ingest.extract.event_programme.day_of`) and the key that keeps
distinct occurrences of one generic event apart (:func:`~wsiskg.ingest.extract.events.find_events`)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report as _report

from wsiskg.ingest.extract.event_programme import day_of
from wsiskg.ingest.extract.event_tables import block_mentions, schedule_mentions, table_mentions
from wsiskg.ingest.extract.events import event_mentions, find_events
from wsiskg.ingest.records import Meeting


def _dated(report, year: int = 2031, meeting: Meeting | None = None) -> dict[str, tuple[date | None, date | None]]:
    return {e.name: (e.start, e.end) for e in find_events(report, year, meeting=meeting)}


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Tuesday, 21 July", date(2031, 7, 21), None),
        ("Monday 29 September - Wednesday 1 October", date(2031, 9, 29), date(2031, 10, 1)),
        ("3 - 5 March 2032", date(2032, 3, 3), date(2032, 3, 5)),
        ("Friday 7 November 2031 (14:00-17:30)", date(2031, 11, 7), None),
        ("12 May and 14 May", date(2031, 5, 12), date(2031, 5, 14)),
    ],
)
def test_a_line_of_dates_only_is_read_whole(line: str, start: date, end: date | None) -> None:
    day = day_of(line, 2031)
    assert day is not None and (day.start, day.end) == (start, end)


@pytest.mark.parametrize("line", ["Geneva, 21 July 2031", "Deadline: 3 May", "Contributions by 4 June 2031", "21 July"])
def test_a_line_with_more_than_dates_is_no_day(line: str) -> None:
    if line == "21 July":
        assert day_of(line, 2031) is not None  # the control: a date alone is a day
    else:
        assert day_of(line, 2031) is None


def test_a_table_of_group_meetings_lists_one_event_a_row() -> None:
    report = _report(
        "The cluster of group meetings is as follows.",
        "Group, Dates, Chair",
        "CWG-LANG, 3 - 4 March 2032, Ms Aino Virtanen",
        "CWG-SFP, 5 and 6 March 2032, Mr Kofi Mensah",
        "EG-ITRs, 9 March 2032, Ms Lucía Ferrer",
        "The Council noted the schedule.",
    )
    assert [(m.name, m.start, m.end) for _, m in table_mentions(report, 2031)] == [
        ("CWG-LANG", date(2032, 3, 3), date(2032, 3, 4)),
        ("CWG-SFP", date(2032, 3, 5), date(2032, 3, 6)),
        ("EG-ITRs", date(2032, 3, 9), None),
    ]
    dated = _dated(report)
    assert dated["CWG-LANG"] == (date(2032, 3, 3), date(2032, 3, 4))
    assert dated["EG-ITRs"] == (date(2032, 3, 9), None)


def test_a_text_table_with_the_date_column_first() -> None:
    report = _report(
        "Date | Meeting | Open to",
        "Monday 10 November 2031 (09:30-12:30) | Fourth EGX meeting | EGX members",
        "11-13 November 2031 | Regional Forum on Digital Trade | all",
    )
    found = [(m.name, m.start) for _, m in table_mentions(report, 2031)]
    assert found == [
        ("Fourth EGX meeting", date(2031, 11, 10)),
        ("Regional Forum on Digital Trade", date(2031, 11, 11)),
    ]


def test_a_numbered_sub_group_row_takes_its_column_name_and_repeats_stay_apart() -> None:
    report = _report(
        "Sub-group | Date | Venue",
        "3 (household surveys) | 2 June 2031 | online",
        "3 (household surveys) | 16-17 June 2031 | Tallinn",
    )
    dated = [(e.name, e.start) for e in find_events(report, 2031)]
    assert dated == [
        ("Sub-group 3 (household surveys)", date(2031, 6, 2)),
        ("Sub-group 3 (household surveys)", date(2031, 6, 16)),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        ("Milestone, Date", "Nomination of experts, by 15 January 2032", "Final report, 1 April 2032"),
        ("Phase, Date", "Deadline for proposals, 29 February 2032", "Launch of the survey, 3 March 2032"),
        ("Group, Chair", "CWG-LANG, Ms Aino Virtanen", "CWG-SFP, Mr Kofi Mensah"),
    ],
)
def test_a_table_with_no_meeting_column_or_no_date_column_lists_no_event(rows: tuple[str, ...]) -> None:
    assert list(table_mentions(_report(*rows), 2031)) == []


def test_a_row_on_the_reports_own_days_is_its_own_meeting() -> None:
    report = _report(
        "Meeting, Dates, Participants",
        "First meeting, 18-19 September 2031, 120",
        "Second meeting, 20-21 January 2032, 131",
    )
    own = Meeting("cwg-sfp", 2, date(2032, 1, 20), date(2032, 1, 21))
    starts = {start for start, _ in _dated(report, meeting=own).values()}
    assert date(2031, 9, 18) in starts and date(2032, 1, 20) not in starts


def test_an_undated_event_read_from_a_row_is_dated_by_it() -> None:
    report = _report("Date, Meeting", "4 May 2031, WTIS-31", "5 May 2031, Third meeting of the EGH")
    events = {e.key: e for e in find_events(report, 2031)}
    assert events["wtis-31"].start == date(2031, 5, 4)


def test_a_schedule_of_name_and_date_lines() -> None:
    report = _report(
        "The programme of meetings is as follows:",
        "Rapporteur Groups of Study Group 3",
        "Monday 29 September - Wednesday 1 October",
        "Study Group 3 (plenary)",
        "Thursday 2nd and Friday 3rd October",
        "Rapporteur Groups of Study Group 4",
        "6 - 7 October",
        "Study Group 4 (plenary)",
        "8 - 10 October 2031",
        "Contributions should reach the secretariat by 1 September 2031.",
    )
    found = [(m.name, m.start) for _, m in schedule_mentions(report, 2031)]
    assert found == [
        ("Rapporteur Groups of Study Group 3", date(2031, 9, 29)),
        ("Study Group 3 (plenary)", date(2031, 10, 2)),  # two weekdays and their days: one range
        ("Rapporteur Groups of Study Group 4", date(2031, 10, 6)),
        ("Study Group 4 (plenary)", date(2031, 10, 8)),
    ]


def test_one_name_and_date_line_is_no_schedule() -> None:
    report = _report("Regional Forum on Digital Trade", "11-13 November 2031", "The Forum will be held in Kigali.")
    assert list(schedule_mentions(report, 2031)) == []


def test_one_event_named_on_two_days_stays_two_events_and_once_again_stays_one() -> None:
    report = _report(
        "A physical consultation meeting was held on 14 January 2031 in Geneva.",
        "A second round closed with a physical consultation meeting on 9 June 2031.",
        "The physical consultation meeting of 14 January 2031 drew 40 participants.",
    )
    starts = sorted(e.start for e in find_events(report, 2031) if "consultation" in e.name and e.start)
    assert starts == [date(2031, 1, 14), date(2031, 6, 9)]


def test_a_series_edition_named_on_two_days_stays_one_event() -> None:
    report = _report(
        "The WSIS Forum 2031 will be held from 12 to 16 May 2031.",
        "The WSIS Prizes will be awarded on 13 May at the WSIS Forum 2031.",
    )
    assert [e.key for e in find_events(report, 2031)].count("wsis-forum-2031") == 1


def test_a_programme_in_blocks_lists_one_event_a_block() -> None:
    report = _report(
        "Geneva, 4-8 May 2031",
        "Thematic Workshop 31",
        "Open data for disaster alerts in coastal cities",
        "Organized by: the Coastal Cities Network",
        "Tuesday 5 May 2031, 11.00-12.45, Room C2",
        "Key outcomes",
        "High-Level Policy Session 7 - Digital public goods",
        "Wednesday 6 May 2031, 09.30-11.00",
        "Moderator: Ms Ilse Brandvold",
    )
    found = [(m.name, m.start) for _, m in block_mentions(report, 2031)]
    assert found == [
        ("Thematic Workshop 31", date(2031, 5, 5)),
        ("High-Level Policy Session 7 - Digital public goods", date(2031, 5, 6)),
    ]


def test_one_block_is_no_programme() -> None:
    report = _report("Regional Workshop on Spectrum Pricing", "Organized by: the Bureau", "4 May 2031, Apia")
    assert list(block_mentions(report, 2031)) == []


def test_a_table_written_one_cell_a_line_lists_one_event_a_row() -> None:
    report = _report(
        "The timetable of the review is as follows:",
        "Date",
        "Activity",
        "12/03/2032",
        "Briefing on the outcome text (Room 2)",
        "13/03/2032",
        "First reading of the outcome text",
        "2-3 April 2032",
        "Informal consultations on the first revision",
        "20 April",
        "Deadline for written comments",
        "June 2032",
        "Informal consultations on the second revision (dates tbc)",
        "Please accept the assurances of our highest consideration.",
    )
    found = _dated(report, 2032)
    assert found["Briefing on the outcome text (Room 2)"] == (date(2032, 3, 12), None)
    assert "First reading of the outcome text" not in found  # an activity no event noun names
    assert found["Informal consultations on the first revision"] == (date(2032, 4, 2), date(2032, 4, 3))
    assert found["Informal consultations on the second revision (dates tbc)"] == (date(2032, 6, 1), date(2032, 6, 30))
    assert "Activity" not in found and not any(start == date(2032, 4, 20) for start, _ in found.values())


def test_column_headers_one_a_line_without_a_date_column_list_no_event() -> None:
    report = _report("Activity", "Lead", "Workshop on rural access", "Ministry of Posts", "Webinar on skills", "UNDP")
    assert _dated(report, 2032) == {}


def test_an_activity_column_lists_only_the_rows_an_event_noun_names() -> None:
    report = _report(
        "Date, Activity",
        "06/03/2032, Deadline for fellowship requests",
        "03/04/2032, Closing of online registration",
        "20/04/2032, Youth Dialogue on rural access",
        "24/04/2032, Workshop on spectrum for rural broadband",
    )
    found = _dated(report, 2032)
    assert found["Workshop on spectrum for rural broadband"] == (date(2032, 4, 24), None)
    assert "Closing of online registration" not in found and "Deadline for fellowship requests" not in found


def test_a_row_named_by_a_meeting_code_in_capitals_is_an_event_not_a_heading() -> None:
    report = _report(
        "Meeting, Dates, Venue",
        "APG PP-31-1, 6-8 April 2029, Virtual",
        "APG PP-31-2, 2-4 November 2029, Suva",
        "REGIONAL WORKSHOP, 5 May 2030, Suva",
    )
    found = [(m.name, m.start) for _, m in table_mentions(report, 2029)]
    assert found == [("APG PP-31-1", date(2029, 4, 6)), ("APG PP-31-2", date(2029, 11, 2))]


def test_a_row_whose_name_has_a_comma_finds_its_date_cell_further_right() -> None:
    report = _report(
        "Meeting, Dates, Documents",
        "Rapporteur Group meetings, Study Group 3, 2-6 May 2031, RGQ/3 series",
        "Fourth meeting of Study Group 3, 9-13 May 2031, SG3/1 to SG3/20",
    )
    assert [(m.name, m.start) for _, m in table_mentions(report, 2031)] == [
        ("Rapporteur Group meetings, Study Group 3", date(2031, 5, 2)),
        ("Fourth meeting of Study Group 3", date(2031, 5, 9)),
    ]


@pytest.mark.parametrize("header", ["Day, Topic, Led by", "Date, Theme, Moderator", "Days, Topics, Speakers"])
def test_a_programme_tables_theme_rows_are_no_events_but_its_named_sittings_are(header: str) -> None:
    """A programme's column of themes or topics (``event-table-columns.csv``, role ``activity``): a row that is
    only what the day is about (``Spectrum pricing in small island states``) names no event (round 57: the
    annotators list none, as a name with no event noun is none); a row an event noun names still is. A ``Session``
    column still names each row's session (the annotations list those rows)."""
    report = _report(
        header,
        "Monday 3 March, Spectrum pricing in small island states, Ms Aino Virtanen, Head of Division",
        "4-5 March, Satellite filings clinic, Bureau staff",
        "6 March, Data protection and cross-border flows, Mr Tane Horomona",
        "7 March, High-Level Session 3 on financing, Ms Rua Tawhiri",
    )
    assert [(m.name, m.start, m.end) for _, m in table_mentions(report, 2031)] == [
        ("Satellite filings clinic", date(2031, 3, 4), date(2031, 3, 5)),
        ("High-Level Session 3 on financing", date(2031, 3, 7), None),
    ]


@pytest.mark.parametrize("row", ["Conference Room 7 | 14 September 2033", "Main Conference Hall, 2 March 2034"])
def test_a_row_naming_a_room_or_a_hall_names_no_event(row: str) -> None:
    assert event_mentions(row, 2033) == []


@pytest.mark.parametrize(
    ("item", "name", "start", "end"),
    [
        ("second expert meeting: 16-17 March 2031;", "second expert meeting", date(2031, 3, 16), date(2031, 3, 17)),
        (
            "informal consultation of the regional groups: Lima, 9 June 2031;",
            "informal consultation of the regional groups",
            date(2031, 6, 9),
            None,
        ),
        (
            "third coordination meeting of the Andean regulators: June 2031.",
            "third coordination meeting of the Andean regulators",
            date(2031, 6, 1),
            date(2031, 6, 30),
        ),
        ("briefing for new members: Tuesday, 9 September 2031", "briefing for new members", date(2031, 9, 9), None),
        ("Webinar on open spectrum data: 2 October 2031;", "Webinar on open spectrum data", date(2031, 10, 2), None),
    ],
)
def test_a_list_items_label_ended_by_a_colon_names_the_event_its_dates_follow(
    item: str, name: str, start: date, end: date | None
) -> None:
    """A list item ``<event>: [place,] <date>;`` (a calendar of meetings), in lower case after its mark too."""
    report = _report("The Group agreed on the following calendar:", item)
    assert _dated(report)[name] == (start, end)


@pytest.mark.parametrize(
    "item",
    [
        "comments from members on the second draft: by 26 February 2031;",
        "deadline for registration for the regional workshop: 3 May 2031;",
        "the meeting of the experts: 4 May 2031;",
        "regional workshop on spectrum, which Kenya will host in Nairobi on 4 May 2031;",
    ],
)
def test_a_lower_case_item_without_a_label_of_an_event_names_no_row_event(item: str) -> None:
    """Not a label: a deadline, a due date, a phrase opened by an article, a sentence with no colon."""
    names = [e.name for e in event_mentions(item, 2031)]
    refused = ("comments", "deadline", "the meeting", "regional workshop on spectrum,")
    assert not any(n.startswith(refused) for n in names)


@pytest.mark.parametrize(
    ("row", "code", "days"),
    [
        (
            "Americas (RPM-AMS) | Quito, Ecuador | 30 May - 1 June 2031",
            "RPM-AMS",
            (date(2031, 5, 30), date(2031, 6, 1)),
        ),
        ("Arab States (RPM-ARB)\tTunis\t21-23 June 2031", "RPM-ARB", (date(2031, 6, 21), date(2031, 6, 23))),
        ("RPM-CIS | Chisinau | 3–4 September 2031", "RPM-CIS", (date(2031, 9, 3), date(2031, 9, 4))),
        ("Lima | RDF-AMS | 9 October 2031", "RDF-AMS", (date(2031, 10, 9), None)),
    ],
)
def test_a_row_naming_a_meeting_only_by_its_code_is_that_meeting(row: str, code: str, days: tuple) -> None:
    """A cell that is a meeting's code, alone or in brackets after its region (``Americas (RPM-AMS)``), names
    the meeting as written, dated by the row's date cell, also a range whose spaced dash parts no cells."""
    assert _dated(_report("The regional preparatory meetings were held as follows:", row))[code] == days


@pytest.mark.parametrize(
    "row",
    [
        "WTDC-30 | Quito | 3-14 May 2030",  # a series' code: the series' edition, not a meeting of that code
        "Document (RPM-AMS/12) | 3 May 2031",  # a document's symbol
    ],
)
def test_a_row_of_a_series_code_or_a_document_symbol_is_no_coded_meeting(row: str) -> None:
    found = _dated(_report("The regional preparatory meetings were held as follows:", row))
    assert not any(name.startswith(("WTDC-30", "RPM-AMS")) for name in found)


@pytest.mark.parametrize(
    ("row", "name", "days"),
    [
        (
            "Sub-regional workshop on broadband policies for the Andes, Quito, Ecuador, 7 – 9 March 2031",
            "Sub-regional workshop on broadband policies for the Andes",
            (date(2031, 3, 7), date(2031, 3, 9)),
        ),
        (
            "Regional seminar on spectrum | Lima | 30 May - 1 June 2031",
            "Regional seminar on spectrum",
            (date(2031, 5, 30), date(2031, 6, 1)),
        ),
        ("Arab States (RPM-ARB) | Tunis | 28 June – 1 July 2031", "RPM-ARB", (date(2031, 6, 28), date(2031, 7, 1))),
    ],
)
def test_a_range_whose_spaced_dash_parts_cells_is_one_date_cell(row: str, name: str, days: tuple) -> None:
    assert _dated(_report("The meetings were held as follows:", row))[name] == days


@pytest.mark.parametrize(
    "row",
    [
        "Phase 2, review by the Andean Expert Group: 25 January - 12 February 2031;",
        "Step 3, session by the jury: 4 - 8 March 2031;",
        "Stage 1, plenary by correspondence: 2 - 6 June 2031;",
    ],
)
def test_a_lower_case_step_headed_by_a_noun_that_is_no_event_alone_is_none(row: str) -> None:
    """A noun that names an event only with a modifier or a topic (``generic-events.csv``, ``alone``: ``no``)
    heading a lower-case label with neither is a step of a process, as the generic reader reads it."""
    assert _dated(_report("The nomination process has four phases.", row)) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Members should register before the Pacific Data Forum, 3-5 May 2031.", "Pacific Data Forum"),
        ("Delegates may attend the Andean Spectrum Summit, Quito, 9-10 June 2032.", "Andean Spectrum Summit"),
        (
            "Observers can join the Regional Workshop on Cybersecurity, Dakar, 4 March 2033.",
            "Regional Workshop on Cybersecurity",
        ),
    ],
)
def test_a_sentence_with_any_modal_is_no_row(text: str, name: str) -> None:
    """A modal verb of any kind (``modals.csv``) makes a cell a sentence: the event is the name in it, not the
    sentence up to the comma."""
    found = {m.name for m in event_mentions(text)}
    assert name in found
    assert not any(n.startswith(("Members", "Delegates", "Observers")) for n in found)


@pytest.mark.parametrize(
    ("line", "name", "start", "end"),
    [
        ("Pacific Data Forum · 3-4 June 2030", "Pacific Data Forum", date(2030, 6, 3), date(2030, 6, 4)),
        (
            "Andean Digital Summit · Quito · 12–14 May 2031",
            "Andean Digital Summit",
            date(2031, 5, 12),
            date(2031, 5, 14),
        ),
        ("Caribbean Spectrum Symposium – 8 October 2032", "Caribbean Spectrum Symposium", date(2032, 10, 8), None),
    ],
)
def test_a_line_of_a_name_and_its_date_after_a_dot_or_a_dash_is_that_event(
    line: str, name: str, start: date, end: date | None
) -> None:
    """The name's capitalised words are no place cell when an event noun ends them."""
    found = _dated(
        _report("Summary of the meeting", "The participants reviewed the calendar.", line, "Other business.")
    )
    assert found.get(name) == (start, end), found


@pytest.mark.parametrize(
    "line", ["Geneva · 3 May 2030", "Rio de Janeiro – 4 June 2031", "Kigali Convention · 5 May 2031"]
)
def test_a_place_and_a_date_after_a_dot_or_a_dash_is_no_event(line: str) -> None:
    found = _dated(
        _report("Summary of the meeting", "The participants reviewed the calendar.", line, "Other business.")
    )
    assert not any(v[0] is not None and v[0].month in (5, 6) for v in found.values()), found


@pytest.mark.parametrize(
    ("line", "name", "start", "end"),
    [
        ("Youth dialogue (6 March 2031)", "Youth dialogue", date(2031, 3, 6), None),
        (
            "Action Line C9 e-Fisheries facilitation session (4 March 2031)",
            "Action Line C9 e-Fisheries facilitation session",
            date(2031, 3, 4),
            None,
        ),
        (
            "Thematic workshop: Skills for rural teachers (Tuesday, 5 March 2031)",
            "Thematic workshop: Skills for rural teachers",
            date(2031, 3, 5),
            None,
        ),
        (
            "Ministerial round table on spectrum pricing (6-7 March 2031)",
            "Ministerial round table on spectrum pricing",
            date(2031, 3, 6),
            date(2031, 3, 7),
        ),
        ("Policy Statements – Session 2 (Wednesday, 5 March)", "Policy Statements – Session 2", date(2031, 3, 5), None),
    ],
)
def test_a_line_of_a_name_and_its_date_in_brackets_is_that_event(
    line: str, name: str, start: date, end: date | None
) -> None:
    """A session's heading in an outcome document or a programme: the name, a label's colon and all, and the
    date in brackets after it."""
    found = _dated(
        _report(
            "Outcome of the Forum",
            "The Forum was held in Lusaka from 3 to 7 March 2031.",
            line,
            "Participants were invited to share their examples.",
        )
    )
    assert found.get(name) == (start, end), found


@pytest.mark.parametrize(
    "line",
    [
        "Report of the Expert Group (4 May 2031)",
        "Deadline for comments (4 May 2031)",
        "Kigali (4 May 2031)",
        "Opening session (4 May 2031)",
        "Participants attended a workshop on data (4 May 2031)",
    ],
)
def test_a_bracketed_date_after_no_events_name_or_in_a_clause_is_no_row_event(line: str) -> None:
    """A record's title, a due date, a place, a mode or part of the own meeting alone, and a clause with an
    article before its event noun (read by the prose's readers, the phrase alone) are no heading of an event."""
    found = _dated(_report("Summary of the meeting", "The participants reviewed the calendar.", line))
    assert set(found) <= {"workshop on data"}, found


@pytest.mark.parametrize(
    "line",
    ["Summary of the sixth meeting (Lima, 4 May 2031)", "Approval: Study Group 9 meeting (Quito, 3-5 June 2031)"],
)
def test_a_bracket_of_a_place_and_a_date_is_no_sessions_heading(line: str) -> None:
    """A place before the date makes the bracket a dateline, which its own readers read: the line before it is
    no event's name."""
    found = _dated(_report("Summary of the meeting", "The participants reviewed the calendar.", line))
    assert not any(n.startswith(("Summary", "Approval")) for n in found), found


def test_a_table_headed_by_an_event_noun_lists_one_such_event_a_row() -> None:
    report = _report(
        "The survey will be complemented by three regional webinars:",
        "Webinar, Date, Partner",
        "Southern Africa, 18 August 2031, Regional Economic Commission",
        "Andean countries, 25 August 2031, Andean Community",
        "Drill on early warning, 1 September 2031, National Disaster Agency",
    )
    assert [(m.name, m.start) for _, m in table_mentions(report, 2031)] == [
        ("Southern Africa webinar", date(2031, 8, 18)),
        ("Andean countries webinar", date(2031, 8, 25)),
        ("Drill on early warning", date(2031, 9, 1)),  # a name with an event noun of its own keeps it
    ]


@pytest.mark.parametrize(
    ("rows", "name", "day"),
    [
        (
            (
                "Course, Host centre, Dates",
                "Radio monitoring, Tunisia, 4-8 May 2031",
                "5G licensing, Jordan, 1-5 June 2031",
            ),
            "5G licensing",
            date(2031, 6, 1),
        ),
        (
            (
                "Session, Date, Moderator",
                "Open data, 9 March, Ms A. Rua",
                "3GPP standards for islands, 10 March, Mr B. Toa",
            ),
            "3GPP standards for islands",
            date(2031, 3, 10),
        ),
        (
            ("Workshop, Dates", "Rural access, 2-3 April 2031", "4IR skills for youth, 7-8 April 2031"),
            "4IR skills for youth",
            date(2031, 4, 7),
        ),
    ],
)
def test_a_row_named_by_a_code_of_digits_and_capitals_is_an_event(rows, name: str, day: date) -> None:
    """``event_tables._row_event``: a name may open with a code of digits and capitals (``5G``, ``3GPP``), as with an
    ordinal (``25th meeting``); a row's name in lower case or a number alone is still none."""
    found = {n: s for n, (s, _) in _dated(_report("Newsletter of the Office", *rows)).items()}
    assert any(n.startswith(name) and s == day for n, s in found.items()), found


@pytest.mark.parametrize(
    ("sentence", "header", "rows", "found"),
    [
        (
            "3. Each region will also hold a regional celebration, as shown in the table below.",
            "Region, Host city, Date",
            ("Africa, Kigali, 21 April 2031", "Americas, Quito, 22 April 2031", "Europe, Riga, 28-29 April 2031"),
            [
                ("regional celebration for Africa", date(2031, 4, 21), None),
                ("regional celebration for Americas", date(2031, 4, 22), None),
                ("regional celebration for Europe", date(2031, 4, 28), date(2031, 4, 29)),
            ],
        ),
        (
            "The Bureau will organize a national workshop on cable landing in three countries:",
            "Host city | Country | Dates",
            ("Suva | Fiji | 3-4 June 2031", "Apia | Samoa | 9 June 2031"),
            [
                ("national workshop in Suva", date(2031, 6, 3), date(2031, 6, 4)),
                ("national workshop in Apia", date(2031, 6, 9), None),
            ],
        ),
    ],
)
def test_a_table_of_places_and_dates_lists_the_holdings_of_the_event_named_before_it(
    sentence: str, header: str, rows: tuple[str, ...], found: list[tuple[str, date, date | None]]
) -> None:
    """``event_tables._place_table``: no column of names, a place column first (``event-table-columns.csv`` roles
    ``place-for``, ``place-in``) and a date column; the sentence before names the one event they hold."""
    report = _report(sentence, header, *rows)
    assert [(m.name, m.start, m.end) for _, m in table_mentions(report, 2031)] == found


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional celebrations are listed in the table below.",  # a plural: the rows are not one event's
        "3. The focal points of each region are listed below.",  # no event named
    ],
)
def test_a_table_of_places_and_dates_after_no_single_event_lists_none(sentence: str) -> None:
    report = _report(sentence, "Region, Host city, Date", "Africa, Kigali, 21 April 2031", "Europe, Riga, 2 May 2031")
    assert list(table_mentions(report, 2031)) == []

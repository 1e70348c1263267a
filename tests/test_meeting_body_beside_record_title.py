"""The report's own meeting where the readers once found none (ingest/extract/meeting_heading.py, genre.py). Classes:
a body's name line beside a record's title of the kind only (``Report of the meeting, Lima, 6 March 2031``), the name
in title case or with its acronym after a topic; a possessive before the record's word (``Chairman's Report of the
meeting held in ...``); a record of decisions before the kind (``Summary of decisions, virtual meeting, ...``); a
Sector's name in words before a study group (``Radiocommunication Study Group 7``); ``Meeting held in X, date`` under
the body; a record's title run into the line of the body's name and acronym."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_body_names
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.datelines import front_dateline


# ------------------------------------------------------------------ a body's line under a record's title of the kind
@pytest.mark.parametrize(
    ("title", "lines", "key", "days"),
    [
        (
            "Report of the meeting, Lima, 6 March 2031",
            (
                "JCA-IOT-R-31",
                "Joint Coordination Activity on Internet of Things and Smart Cities",
                "Convener: Mr Tomas Berg (Sweden)",
                "1 The JCA reviewed the roadmap.",
            ),
            "joint-coordination-activity-on-internet-of-things-and-smart-cities",
            (date(2031, 3, 6), None),
        ),
        (
            "Minutes of the meeting, e-meeting, 14 October 2030",
            (
                "Intersector Rapporteur Group Quantum Key Distribution (IRG-QKD)",
                "The IRG-QKD met online, co-chaired by Ms Lea Moro (Italy).",
            ),
            "irg-qkd",
            (date(2030, 10, 14), None),
        ),
        (
            "Chairman's Report of the meeting held in Geneva, 2 – 9 June 2031",
            (
                "Working Party 5A (Land mobile service)",
                "Document 5A/300-E",
                "1 The meeting was attended by 90 delegates.",
            ),
            "itu-r-wp5a",
            (date(2031, 6, 2), date(2031, 6, 9)),
        ),
    ],
)
def test_a_bodys_line_under_a_records_title_of_the_kind(
    title: str, lines: tuple[str, ...], key: str, days: tuple[date, date | None]
) -> None:
    assert _meeting(make_report(*lines, title=title)) == (key, None, *days)


# ------------------------------------------------------------------ a record's line of the kind under the body's name
@pytest.mark.parametrize(
    ("title", "lines", "key", "days"),
    [
        (
            "Radiocommunication Study Group 7 (Science services)",
            ("Summary of decisions, virtual meeting, 4 October 2030", "Document 7/88-E", "1 The meeting was chaired."),
            "itu-r-sg7",
            (date(2030, 10, 4), None),
        ),
        (
            "Telecommunication Development Study Group 1 (Enabling environment)",
            ("Summary of conclusions of the meeting held in Geneva, 12-14 May 2031", "1 The meeting was opened."),
            "itu-d-sg1",
            (date(2031, 5, 12), date(2031, 5, 14)),
        ),
        (
            "MINUTES",
            (
                "ITU-T STUDY GROUP 5 REGIONAL GROUP FOR LATIN AMERICA (SG5RG-LATAM)",
                "Meeting held in Bogotá, Colombia, 8-9 March 2031",
                "1 The meeting was hosted by the regulator.",
            ),
            "sg5rg-latam",
            (date(2031, 3, 8), date(2031, 3, 9)),
        ),
        (
            "ITU-T SG11 Regional Group for Africa (SG11RG-AFR) Report of the virtual meeting, 10-11 March 2031",
            ("SG11RG-AFR/R2", "1 The meeting was chaired by Mr Ali Diop (Senegal)."),
            "sg11rg-afr",
            (date(2031, 3, 10), date(2031, 3, 11)),
        ),
    ],
)
def test_a_records_line_of_the_kind_under_the_bodys_name(
    title: str, lines: tuple[str, ...], key: str, days: tuple[date, date | None]
) -> None:
    assert _meeting(make_report(*lines, title=title)) == (key, None, *days)


def test_a_committees_summary_of_the_meeting_held_on_a_weekday() -> None:
    report = make_report(
        "Geneva, 10-20 May 2031",
        "STEERING COMMITTEE",
        "Summary of the meeting held on Tuesday, 13 May 2031, at 0930 hours",
        "Present: Mr Jan Novak (Czech Republic), Chairman of the Council",
        title="COUNCIL 2031",
    )
    found = _meeting(report)
    assert found is not None and found[0] == "steering-committee" and found[2] == date(2031, 5, 13)


# ------------------------------------------------------------------ a summary record's sitting run into other fields
@pytest.mark.parametrize(
    "fields",
    [
        "Geneva, 9-19 June 2031. Document C31/88-E. Monday, 16 June 2031, at 1430 hours",
        "Geneva, 9-19 June 2031. Document C31/88-E. Meeting held on Monday, 16 June 2031, at 1430 hours",
        "Geneva, 9-19 June 2031 | C31/88-E | Monday, 16 June 2031, at 0930 hours",
    ],
)
def test_a_sitting_run_into_the_header_fields_dates_the_meeting(fields: str) -> None:
    report = make_report(
        fields,
        "Chairman: Mr Pablo Ortiz (Uruguay)",
        "1 Report of the Council Working Group on Languages (Document C31/12)",
        title="COUNCIL 2031 - SUMMARY RECORD OF THE SIXTH PLENARY MEETING",
    )
    assert _meeting(report) == ("itu-council", 6, date(2031, 6, 16), None)


# ------------------------------------------------------------------ a word in brackets or a series word before the noun
@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("SUMMARY RECORD OF THE NINTH (FINAL) PLENARY MEETING", 9),
        ("SUMMARY RECORD OF THE FIRST (OPENING) PLENARY MEETING", 1),
        ("Summary record of the twelfth (closing) meeting", 12),
    ],
)
def test_a_word_in_brackets_after_the_ordinal(title: str, number: int) -> None:
    report = make_report("COUNCIL 2031", "Geneva, 9-19 June 2031", "Thursday, 19 June 2031, at 1500 hours", title=title)
    found = _meeting(report)
    assert found is not None and found[:3] == ("itu-council", number, date(2031, 6, 19))


@pytest.mark.parametrize(
    "title",
    [
        "TDAG Correspondence Group on Regional Initiatives — Minutes of the 4th virtual meeting",
        "TDAG Correspondence Group on Regional Initiatives — Minutes of the fourth online meeting",
        "TDAG Correspondence Group on Regional Initiatives — Minutes of the fourth working-level meeting",
    ],
)
def test_a_series_word_between_the_ordinal_and_the_noun(title: str) -> None:
    report = make_report("3 May 2031, 13:00-15:00 UTC (Zoom)", "Convenor: Ms Ana Ruiz (Peru)", title=title)
    found = _meeting(report)
    assert found is not None and found[1:3] == (4, date(2031, 5, 3))


# ------------------------------------------------------------------ a session named by its series word
@pytest.mark.parametrize(
    "title",
    [
        "C31-EX/4-E REPORT OF THE EXTRAORDINARY SESSION OF THE COUNCIL Doha, Qatar, 2 November 2031",
        "Report of the extraordinary session of the Council, Doha, 2 November 2031",
        "REPORT ON THE SPECIAL SESSION OF THE COUNCIL Doha, Qatar, 2 November 2031",
    ],
)
def test_a_session_named_by_its_series_word(title: str) -> None:
    report = make_report("1 The Council approved the draft agenda of the Conference.", title=title)
    assert _meeting(report) == ("itu-council", None, date(2031, 11, 2), None)


# ------------------------------------------------------------------ a heading dated by a record's kind line under it
@pytest.mark.parametrize(
    ("line", "days"),
    [
        ("Summary of the online consultation, 3 November 2031", (date(2031, 11, 3), None)),
        ("Report of the consultation held in Quito, 3-4 November 2031", (date(2031, 11, 3), date(2031, 11, 4))),
        ("Highlights of the virtual consultation — 3 November 2031", (date(2031, 11, 3), None)),
    ],
)
def test_a_heading_dated_by_a_records_kind_line_under_it(line: str, days: tuple[date, date | None]) -> None:
    report = make_report(
        line,
        "Organized by the ITU Regional Office for Africa",
        title="Youth Consultation on Digital Skills — Africa region",
    )
    found = _meeting(report)
    assert found is not None and found[0].startswith("youth-consultation-on-digital-skills") and found[2:] == days


# ------------------------------------------------------------------ a record's word after the kind, a place with d'
@pytest.mark.parametrize(
    "title",
    [
        "Meeting report — Abidjan, Côte d'Ivoire, 5 to 7 March 2031",
        "Meeting minutes — Abidjan, Côte d’Ivoire, 5-7 March 2031",
        "Meeting report: Yamoussoukro (Côte d'Ivoire), 5 to 7 March 2031",
    ],
)
def test_a_meeting_report_title_over_the_bodys_line(title: str) -> None:
    report = make_report(
        "SG3 Regional Group for Africa (SG3RG-AFR)",
        "The meeting was preceded by a workshop on tariffs held on 4 March 2031.",
        title=title,
    )
    assert _meeting(report) == ("sg3rg-afr", None, date(2031, 3, 5), date(2031, 3, 7))


# ------------------------------------------------------------------ a whole header run into one line
@pytest.mark.parametrize(
    "title",
    [
        "TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP Twentieth meeting, Geneva, 2-4 June 2031 - Report (TDAG31-20/9)",
        "Telecommunication Development Advisory Group (TDAG) Twentieth meeting, Geneva, 2-4 June 2031 — Report",
        "TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP Twentieth meeting, Geneva, 2-4 June 2031 Document TDAG31-20/9",
    ],
)
def test_a_body_its_meeting_and_dateline_run_into_one_title(title: str) -> None:
    report = make_report("TDAG31-20/9", "1 The 20th TDAG meeting was chaired by Ms Ana Ruiz (Peru).", title=title)
    assert _meeting(report) == ("tdag", 20, date(2031, 6, 2), date(2031, 6, 4))


# ------------------------------------------------------------------ a series' dateline with a field after a bar
def test_a_series_dateline_with_a_field_after_a_bar() -> None:
    report = make_report(
        'Geneva, 5–9 May 2031 | Theme: "ICTs for the Goals"',
        "Wednesday, 7 May 2031",
        "High-Level Policy Session 4 – Digital inclusion",
        title="WSIS FORUM 2031 — OUTCOMES AND HIGHLIGHTS (Day 3)",
    )
    assert _meeting(report) == ("wsis-forum", None, date(2031, 5, 5), date(2031, 5, 9))


# ------------------------------------------------------------------ a person who met is no body
@pytest.mark.parametrize(
    "line",
    [
        "3.1 The drafting group led by Mr Jonas Vik (Sweden) met on 3 and 4 March 2031 and reached consensus.",
        "3.1 Informal consultations chaired by Ms Aiko Mori (Japan) met in Room C on 3 March 2031.",
    ],
)
def test_a_person_who_met_is_no_meetings_body(line: str) -> None:
    report = make_report("to the maritime service, taking into account the studies.", line, title="3 Agenda item 1.9")
    found = _meeting(report)
    assert found is None or not found[0].startswith(("mr-", "ms-"))


# ------------------------------------------------------------------ a number of the year after the noun; a call
@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("Minutes of meeting no. 4/2031 — 19 June 2031, Geneva (Tower building, room 3)", 4),
        ("Minutes of meeting No. 4/2031 - 19 June 2031", 4),
        ("Minutes of call no. 4 — 19 June 2031, 14:00–15:00 UTC (Zoom)", 4),
        ("Summary of the fourth call, 19 June 2031", 4),
    ],
)
def test_a_numbered_record_over_the_bodys_line(title: str, number: int) -> None:
    report = make_report(
        "ITU Task Force on Digital Inclusion (TFDI)", "Present: Ms Lea Moro (Chair), Mr Jan Novak (BR)", title=title
    )
    assert _meeting(report) == ("tfdi", number, date(2031, 6, 19), None)


# ------------------------------------------------------------------ a group that met several times on single days
@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        (
            "1 The Group met three times: on 4 November 2030, on 20 January 2031 and, for the last time, on 3 March "
            "2031.",
            (date(2031, 3, 3), None),
        ),
        ("1 The Group met twice, on 20 January 2031 and on 3 March 2031, in Geneva.", (date(2031, 3, 3), None)),
        ("1 The Group met once, on 6 and 7 March 2031, in Geneva.", (date(2031, 3, 6), date(2031, 3, 7))),
    ],
)
def test_a_group_that_met_several_times_on_single_days(sentence: str, days: tuple[date, date | None]) -> None:
    report = make_report(
        "Source: Chairman of the Council Working Group on Languages (CWG-LANG)",
        sentence,
        "2 The Group invites the Council to note this report.",
        title="Report to Council 2031 (C31/61-E)",
    )
    found = _meeting(report)
    assert found is not None and found[2:] == days


# ------------------------------------------------------------------ a record's name before a colon, or in lower case
@pytest.mark.parametrize(
    ("title", "line", "key"),
    [
        (
            "Summary record: Webinar on Rural Connectivity for Landlocked Countries",
            "Date: 16 February 2031, 14:00-16:00 UTC (online)",
            "webinar-on-rural-connectivity-for-landlocked-countries",
        ),
        (
            "Record of the information session on the ITU-D Digital Skills Initiative",
            "Virtual, 16 February 2031",
            "information-session-on-the-itu-d-digital-skills-initiative",
        ),
        (
            "Minutes: Workshop on Spectrum Pricing for Small Island States",
            "Suva, Fiji, 16 February 2031",
            "workshop-on-spectrum-pricing-for-small-island-states",
        ),
    ],
)
def test_a_records_name_before_a_colon_or_in_lower_case(title: str, line: str, key: str) -> None:
    report = make_report(line, "Organized by: ITU Regional Office for Asia and the Pacific", title=title)
    assert _meeting(report) == (key, None, date(2031, 2, 16), None)


# ------------------------------------------------------------------ a dateline before a remark or a record's name
@pytest.mark.parametrize(
    "line",
    [
        "Bangkok, 16 February 2031 (held back-to-back with the 20th Indicators Meeting, 15–17 February 2031)",
        "Bangkok, 16 February 2031 — Outcome summary (extract)",
        "Bangkok, 16 February 2031 (organized jointly with the X Forum, 15–17 February 2031)",
        "Bangkok, 16 February 2031 | Venue: UNCC, Room 3",
    ],
)
def test_a_dateline_before_a_remark_or_a_records_name(line: str) -> None:
    found = front_dateline(line)
    assert found is not None and (found[0].start, found[0].end, found[1]) == (date(2031, 2, 16), None, "Bangkok")


def test_a_partnerships_committee_dated_before_a_remark() -> None:
    report = make_report(
        "Steering Committee — Minutes of the 14th meeting",
        "Bangkok, 16 February 2031 (held back-to-back with the 20th Indicators Meeting, 15–17 February 2031)",
        "Present:",
        title="PARTNERSHIP ON MEASURING ICT FOR DEVELOPMENT",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (14, date(2031, 2, 16), None)


# ------------------------------------------------------------------ a facilitation meeting's title over the action line
@pytest.mark.parametrize(
    "heading", ["WSIS ACTION LINE C7 — E-AGRICULTURE", "WSIS Action Line C7: e-agriculture", "WSIS ACTION LINE C7"]
)
def test_a_facilitation_meetings_title_over_its_action_line(heading: str) -> None:
    report = make_report(
        heading,
        "Geneva, CICG, Room 2, 15 May 2031",
        "1 The ninth facilitation meeting of Action Line C7 was convened by FAO within the framework of the WSIS "
        "Forum 2031 (Geneva, 12-16 May 2031).",
        title="Report of the ninth facilitation meeting",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (9, date(2031, 5, 15), None)


def test_a_facilitation_meetings_title_over_its_action_line_names_the_body() -> None:
    report = make_report(
        "WSIS ACTION LINE C7 — E-AGRICULTURE",
        "Geneva, CICG, Room 2, 15 May 2031",
        "1 The ninth facilitation meeting of Action Line C7 was convened by FAO.",
        title="Report of the ninth facilitation meeting",
    )
    names = meeting_body_names(report)
    assert names is not None and names[0].lower().endswith("action line c7 facilitation meeting")

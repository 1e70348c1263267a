"""Reading a meeting mention as written (issue 8, annotation guide decisions 2 and 3): the body of a
``MEETING OF <acronym>`` title is the body, not ``Meeting of X``; a record's title written as a front
line states an unnumbered meeting; a Rapporteur Group is named as the report writes it; a meeting a lead
sentence names with its acronym (and what it prepares) is keyed by that acronym; a meeting of a kind of
its own that a heading names unnumbered takes the ordinal a lead sentence gives it."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_body_names as _body
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.meeting import dateline, lead_ordinal, load_body_names
from wsiskg.ingest.extract.meeting_mentions import meeting_hits
from wsiskg.ingest.extract.rapporteur_groups import rapporteur_group_as_written


# --------------------------------------------------------------- "MEETING OF <acronym>": the body
@pytest.mark.parametrize(
    ("header", "title", "key", "number"),
    [
        ("TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP", "REPORT ON THE THIRD MEETING OF TSAG", "tsag", 3),
        ("TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP", "SUMMARY OF THE TWELFTH MEETING OF TDAG", "tdag", 12),
        ("RADIOCOMMUNICATION ADVISORY GROUP", "Report on the fifth meeting of RAG", "rag", 5),
    ],
)
def test_meeting_of_an_acronym_is_the_bodys_meeting(header: str, title: str, key: str, number: int) -> None:
    ordinal = title.split()[3 if title.split()[1].lower() == "on" else 3].title()
    report = make_report(
        header,
        f"{ordinal} Meeting",
        "Kampala, 7 and 8 October 2032",
        "Document X-1/9-E",
        "1. The meeting was chaired by Ms Ana Ferreira (Portugal).",
        title=title,
    )
    found = _meeting(report)
    assert found is not None and found[:2] == (key, number)
    assert found[2:] == (date(2032, 10, 7), date(2032, 10, 8))


# --------------------------------------------------------------- a record's title as a front line
@pytest.mark.parametrize(
    "line",
    [
        "Title: Report of the Rapporteur Group meeting on Question 3/2 (Digital services), "
        "Geneva, Tuesday 4 May 2032, 10:00-16:00",
        "Summary record of the Rapporteur Group meeting for Question 3/2 (Digital services) held in "
        "Geneva, Tuesday 4 May 2032, an all-day session that continued the discussion of the previous year",
    ],
)
def test_a_records_title_in_a_front_line_states_its_meeting(line: str) -> None:
    report = make_report(
        "TELECOMMUNICATION DEVELOPMENT SECTOR",
        "Document RGQ3/2/044-E",
        "Source: Rapporteur for Question 3/2",
        line,
        "1. The meeting was opened by the Rapporteur, Mr Tomas Lindqvist (Sweden).",
        title="INTERNATIONAL TELECOMMUNICATION UNION",
    )
    assert _meeting(report) == ("rapporteur-group-question-3-2", None, date(2032, 5, 4), None)
    name = _body(report)
    assert name is not None and name[0] == (
        "Rapporteur Group on Question 3/2" if "on Q" in line else "Rapporteur Group for Question 3/2"
    )


def test_a_records_words_in_a_sentence_body_need_held() -> None:
    """Only a line that opens with a record's words is a title: a sentence that mentions a report of
    a meeting in passing states none."""
    report = make_report(
        "1. Delegates discussed the rapporteur's text. The report of the Rapporteur Group meeting on "
        "Question 3/2 will be circulated.",
        title="NOTE BY THE SECRETARIAT",
    )
    assert _meeting(report) is None


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Report of the Rapporteur Group meeting on Question 7/1, 3 May 2031"], "Rapporteur Group on Question 7/1"),
        (["the RAPPORTEUR GROUP FOR QUESTION 7/1 met"], "RAPPORTEUR GROUP FOR QUESTION 7/1"),
        (["the Rapporteur Group on Question 7/2"], None),
        (["Rapporteur Group meeting on Questions 7/1"], None),
        # the group named as such in the lead over its meeting's name in the title
        (["Rapporteur Group meeting on Question 7/1 (Lima, 3 May 2031)",
          "The meeting of the Rapporteur Group for Question 7/1 of ITU-D Study Group 1 was opened by its Rapporteur."],
         "Rapporteur Group for Question 7/1"),
        (["Rapporteur Group meeting on Question 7/1",
          "1 The Rapporteur Group for ITU-D Study Group 1 Question 7/1 met in Quito on 4 June 2031."],
         "Rapporteur Group for ITU-D Study Group 1 Question 7/1"),
        (["RAPPORTEUR GROUP MEETING ON QUESTION 7/1", "The Rapporteur's Group of Question 7/1 met in Accra."],
         "Rapporteur's Group of Question 7/1"),
    ],
)  # fmt: skip
def test_rapporteur_group_as_written(texts: list[str], expected: str | None) -> None:
    assert rapporteur_group_as_written(texts, "rapporteur-group-question-7-1") == expected


# --------------------------------------------------------------- a lead meeting defining its acronym
@pytest.mark.parametrize(
    ("sentence", "key", "start", "end"),
    [
        (
            "The Regional Preparatory Meeting for the Americas (RPM-AMS) for the World Telecommunication "
            "Development Conference 2033 (WTDC-33) was held in Quito, Ecuador, from 3 to 5 May 2032, at the "
            "invitation of the Government.",
            "rpm-ams",
            date(2032, 5, 3),
            date(2032, 5, 5),
        ),
        (
            "The Sub-regional Expert Meeting on Spectrum Sharing (SEM-SS) took place in Lusaka on 9 and "
            "10 November 2031.",
            "sem-ss",
            date(2031, 11, 9),
            date(2031, 11, 10),
        ),
    ],
)
def test_a_lead_meeting_that_defines_its_acronym_is_keyed_by_it(
    sentence: str, key: str, start: date, end: date
) -> None:
    report = make_report(
        "Document X/41-E", f"1. {sentence}", "2. Participants adopted the agenda.", title="Report of the meeting"
    )
    assert _meeting(report) == (key, None, start, end)
    body = _body(report)
    assert body is not None and body[1] is not None and body[1].startswith(key.split("-")[0].upper())


# --------------------------------------------------------------- an own-kind heading meeting's number
@pytest.mark.parametrize(
    ("lead", "number"),
    [
        ("1. The seventh e-learning facilitation meeting gathered some 40 participants.", 7),
        ("1. The facilitator convened its third facilitation meeting on the morning of 12 May.", 3),
        ("1. Participants noted that the third facilitation meeting will be held in May 2033.", None),
        ("1. Participants recalled the outcome of the consultation.", None),
    ],
)
def test_an_own_kind_heading_meeting_takes_the_leads_ordinal(lead: str, number: int | None) -> None:
    report = make_report(
        "ACTION LINE C7: E-LEARNING — FACILITATION MEETING",
        "Geneva, 12 May 2032, 09:00–10:30",
        "Meeting report",
        lead,
        title="WSIS FORUM 2032",
    )
    found = _meeting(report)
    assert found is not None and found[0].endswith("facilitation-meeting")
    assert found[1] == number


def test_lead_ordinal_needs_a_kind_of_two_words() -> None:
    report = make_report("1. The fourth meeting was held in Bonn.")
    assert lead_ordinal(report, "meeting") is None
    assert lead_ordinal(make_report("1. The fourth consultation meeting was held."), "consultation meeting") == 4


# --------------------------------------------------------------- datelines: next days, a weekday after the place
@pytest.mark.parametrize(
    ("line", "start", "end", "place"),
    [
        ("Nairobi, 2031-09-22 and 2031-09-23", date(2031, 9, 22), date(2031, 9, 23), "Nairobi"),
        ("Lima, 04.11.2030 and 05.11.2030", date(2030, 11, 4), date(2030, 11, 5), "Lima"),
        ("Geneva, Monday 19 September 2016, 09:30-17:30", date(2016, 9, 19), None, "Geneva"),
        ("Bangkok, Thursday, 2 October 2031", date(2031, 10, 2), None, "Bangkok"),
    ],
)
def test_dateline_days_and_weekdays(line: str, start: date, end: date | None, place: str) -> None:
    found = dateline(line, 2031)
    assert found is not None
    assert (found[0].start, found[0].end, found[1]) == (start, end, place)


@pytest.mark.parametrize("line", ["Nairobi, 2031-09-22 and 2031-09-25", "Geneva, 6 June and 1 July 2031"])
def test_dateline_days_apart_are_no_range(line: str) -> None:
    assert dateline(line, 2031) is None


def test_a_numbered_heading_dated_by_iso_days() -> None:
    report = make_report(
        "Council Working Group on Spectrum Outreach",
        "Ninth meeting – Geneva, 2031-03-13 and 2031-03-14",
        "Summary of discussions",
        "The meeting brought together 40 participants.",
        title="CWG-SO-9/INF/1",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (9, date(2031, 3, 13), date(2031, 3, 14))


# --------------------------------------------------------------- an ordinal before a coordination of meetings
@pytest.mark.parametrize(
    ("sentence", "key", "number"),
    [
        (
            "The third Open Consultations and TSAG Meeting of the cycle were held in Paris on 4 and 5 May 2031.",
            "tsag",
            3,
        ),
        ("The fifth Joint Session and TDAG meeting took place in Geneva on 4 and 5 May 2031.", "tdag", 5),
    ],
)
def test_an_ordinal_before_coordinated_meetings(sentence: str, key: str, number: int) -> None:
    hits = meeting_hits(sentence, load_body_names())
    assert [(h.body, h.number) for h in hits][:1] == [(key, number)]


# ---------------------------------------- a heading's ordinal before the kind; a body over a kind line
@pytest.mark.parametrize(
    ("heading", "number", "name"),
    [
        (
            "ACTION LINE C4: CAPACITY BUILDING — FIFTH FACILITATION MEETING",
            5,
            "Action Line C4: Capacity Building — Facilitation Meeting",  # a name in capitals: in title case
        ),
        ("Action Line C9 (Media) – Second Facilitation Meeting", 2, "Action Line C9 (Media) – Facilitation Meeting"),
    ],
)
def test_an_ordinal_before_a_headings_kind_is_the_number(heading: str, number: int, name: str) -> None:
    report = make_report(
        heading, "Geneva, 14 May 2031", "1. The meeting was opened by Ms Lea Novak.", title="WSIS FORUM 2031"
    )
    found = _meeting(report)
    assert found is not None and found[1:3] == (number, date(2031, 5, 14))
    body = _body(report)
    assert body is not None and body[0] == name


def test_a_body_named_over_a_dated_kind_line_met_unnumbered() -> None:
    report = make_report(
        "Document TD 77 (GEN)",
        "Informal expert group on numbering resources",
        "Meeting, Geneva, 20 January 2032",
        "1. The group met on 20 January 2032 under the chairmanship of Mr Omar Haddad (Morocco).",
        title="INTERNATIONAL TELECOMMUNICATION UNION",
    )
    assert _meeting(report) == ("informal-expert-group-on-numbering-resources", None, date(2032, 1, 20), None)


# --------------------------------------------------------------- a designator ends a body's name
@pytest.mark.parametrize(
    ("sentence", "key", "number"),
    [
        ("The third meeting of Study Group 4 was held in Geneva on 2 May 2031.", "study-group-4", 3),
        ("The second meeting of Task Group 6/2 took place in Geneva on 2 May 2031.", "task-group-6-2", 2),
        ("The 4th meeting of Focus Group 12 was held online on 2 May 2031.", "focus-group-12", 4),
    ],
)
def test_a_bodys_number_is_part_of_its_name(sentence: str, key: str, number: int) -> None:
    assert [(h.body, h.number) for h in meeting_hits(sentence, load_body_names())] == [(key, number)]


def test_bodies_in_the_plural_with_designators_are_no_one_body() -> None:
    assert meeting_hits("The fifth meeting of Working Parties 6A and 6C was held.", load_body_names()) == []


def test_a_defined_meetings_name_is_the_body_without_its_ordinal() -> None:
    report = make_report(
        "The Third Meeting of the APT Preparatory Group for WRC-35 (APG35-3)",
        "Bangkok, Thailand, 6-10 October 2034",
        "1. The third meeting of the APT Preparatory Group for WRC-35 (APG35-3) was held in Bangkok.",
        title="ASIA-PACIFIC TELECOMMUNITY",
    )
    body = _body(report)
    assert body is not None and body[0] == "APT Preparatory Group for WRC-35"


# --------------------------------------------------------------- a statement's days: next days, the year written later
@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("The ninth meeting of the Council Working Group on Ports (CWG-PORT) took place on 30 September and "
         "1 October 2031 in Geneva.", date(2031, 9, 30), date(2031, 10, 1)),
        ("The ninth meeting of the Council Working Group on Ports (CWG-PORT) took place on 30 September 2031.",
         date(2031, 9, 30), None),
        ("The ninth meeting of the Council Working Group on Ports (CWG-PORT) took place on 3 June and "
         "1 July 2031.", date(2031, 6, 3), None),
    ],
)  # fmt: skip
def test_a_statements_days(sentence: str, start: date, end: date | None) -> None:
    report = make_report(
        f"1. {sentence}",
        "2. The group adopted its agenda.",
        title="REPORT OF THE NINTH MEETING OF THE COUNCIL WORKING GROUP ON PORTS",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (9, start, end)


def test_a_year_alone_gives_no_year_to_a_day() -> None:
    report = make_report(
        "1. The ninth meeting of the Council Working Group on Ports (CWG-PORT) was held on 3 June; "
        "it reviewed the 2019 report.",
        title="REPORT OF THE NINTH MEETING OF THE COUNCIL WORKING GROUP ON PORTS",
    )
    found = _meeting(report)
    assert found is not None
    assert found[2] is None or found[2].year != 2019


def test_a_header_fields_value_is_no_part_of_a_meetings_name() -> None:
    report = make_report(
        "Document 27-E Original: Spanish Regional Preparatory Meeting for the Americas for WTDC-37 (RPM-AMS)",
        "Asunción, Paraguay, 2-4 April 2036",
        "1. The meeting was opened by the Director of BDT.",
        title="INTERNATIONAL TELECOMMUNICATION UNION",
    )
    assert _body(report) == ("Regional Preparatory Meeting for the Americas for WTDC-37", "RPM-AMS")


@pytest.mark.parametrize("line", ["TSAG - 12th meeting", "TSAG (Geneva) – 12th meeting", "TSAG, 12th meeting"])
def test_a_body_a_dash_and_its_meetings_ordinal(line: str) -> None:
    report = make_report(line, "Geneva , 14 - 18 March 2032", "REPORT", "1. TSAG adopted its agenda.", title="ITU-T")
    found = _meeting(report)
    assert found is not None and found[:2] == ("tsag", 12)


@pytest.mark.parametrize(
    ("lead", "number"),
    [
        ("1. At its fourth meeting (Geneva, 6 June 2032), the Expert Group on Port Tariffs reviewed its plan.", 4),
        ("1. During its 7th meeting, held online, the Expert Group on Port Tariffs agreed its report.", 7),
        ("1. The Expert Group on Port Tariffs recalled the fourth meeting of another group.", None),
    ],
)
def test_at_its_ordinal_meeting_states_the_groups_meeting(lead: str, number: int | None) -> None:
    report = make_report(lead, "2. The Chair closed the meeting.", title="Report of the Expert Group on Port Tariffs")
    found = _meeting(report)
    assert (found[1] if found else None) == number


def test_a_record_of_two_meetings_is_dated_by_the_later_ones_heading() -> None:
    report = make_report(
        "Document WG-X/9",
        "SUMMARY OF THE FOURTH AND FIFTH MEETINGS",
        "1 This summary covers the fourth and fifth meetings of the Working Group on Port Tariffs, held online.",
        "2 Fourth meeting (14 February 2033)",
        "2.1 The group reviewed its plan.",
        "3 Fifth meeting (2-3 May 2033)",
        "3.1 The group adopted its report.",
        title="Working Group on Port Tariffs (WG-PT)",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (5, date(2033, 5, 2), date(2033, 5, 3))


@pytest.mark.parametrize(
    ("sentence", "key", "number"),
    [
        # "de", "des" join a name's words (casing.name_joiners, not only the English ones)
        (
            "The fourth meeting of the Comité de Pilotage des Réseaux Ruraux was held in Dakar on 3 May 2031.",
            "comite-de-pilotage-des-reseaux-ruraux",
            4,
        ),
        # a period closes the name with any dash of text.DASH (an em dash too)
        (
            "The third meeting of the Working Group on the Financial Plan for 2036—2039 was held on 3 May 2031.",
            "working-group-on-the-financial-plan-for-2036-2039",
            3,
        ),
        ("The second meeting of the Group of Friends today agreed on a plan.", "group-of-friends", 2),
    ],
)
def test_a_name_outside_the_catalogue_reads_the_one_list_of_joiners(sentence: str, key: str, number: int) -> None:
    hits = meeting_hits(sentence, load_body_names(), unnumbered=True)
    assert [(h.body, h.number) for h in hits] == [(key, number)]


def test_a_name_outside_the_catalogue_stops_before_a_place() -> None:
    # "in" and "at" join a catalogue name's words ("Women in Technology"), never one read as written
    hits = meeting_hits("The second meeting of the Steering Group at Lisbon was held on 3 May 2031.", load_body_names())
    assert all("lisbon" not in h.body for h in hits)

"""The report's own meeting where none was found or it was misdated (ingest/extract/meeting_heading.py,
meeting_mentions.py, datelines.py, meeting.find_meeting). Classes: a rapporteur group's meetings in a lead
sentence beside the title's ordinal; a Council session's title in capitals; a dash between a dateline's place
and its date; an hour in brackets before a venue; the record's name after a dash ending a heading; a heading
under an issue date; a mode in brackets ending a heading; ``The participants in the X, held ...``."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.datelines import dateline


# ------------------------------------------------------------------ a rapporteur group in the lead
@pytest.mark.parametrize(
    ("title", "lines", "key", "number", "days"),
    [
        (
            "ITU-T Study Group 9 – Report of the fourth meeting (2029-2032 study period)",
            (
                "Geneva, 3–7 May 2030",
                "Document 9/REP/004-E",
                "The meeting was chaired by Mr Tomasz Wrona (Poland).",
                "Four Rapporteur group meetings took place in the week before the plenary, 26–30 April 2030, among "
                "them the Rapporteur group for Question 2/9 on cable networks.",
            ),
            "itu-t-sg9",
            4,
            (date(2030, 5, 3), date(2030, 5, 7)),
        ),
        (
            "ITU-D Study Group 2 – Report of the third meeting",
            (
                "Geneva, 8–12 October 2029",
                "A Rapporteur group meeting on Question 5/2 was held on 1 October 2029 in the margins.",
                "The Study Group approved two output reports.",
            ),
            "itu-d-sg2",
            3,
            (date(2029, 10, 8), date(2029, 10, 12)),
        ),
    ],
)
def test_a_rapporteur_group_in_the_lead_keeps_the_titles_ordinal(
    title: str, lines: tuple[str, ...], key: str, number: int, days: tuple[date, date]
) -> None:
    assert _meeting(make_report(*lines, title=title)) == (key, number, *days)


# ------------------------------------------------------------------ a Council session's title in capitals
@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("REPORT ON THE 2031 SESSION OF THE COUNCIL", ("(Geneva, 8 - 18 June 2031)", "The Council reviewed the plan.")),
        ("REPORT ON THE 2031 SESSION OF THE COUNCIL", ("Geneva, 8-18 June 2031", "The Council adopted two decisions.")),
        ("Report on the 2031 session of the Council", ("Geneva, 8 - 18 June 2031", "The Council reviewed the plan.")),
    ],
)
def test_a_council_session_named_in_capitals(title: str, lines: tuple[str, ...]) -> None:
    assert _meeting(make_report(*lines, title=title)) == ("itu-council", None, date(2031, 6, 8), date(2031, 6, 18))


@pytest.mark.parametrize(
    "title",
    [
        "C31/120-E REPORT ON THE 2031 SESSION OF THE COUNCIL Geneva, 8–18 June 2031",
        "REPORT ON THE 2031 SESSION OF THE COUNCIL Geneva, 8-18 June 2031",
        "Document C31/120-E Report on the 2031 session of the Council Geneva, 8–18 June 2031",
    ],
)
def test_a_council_session_title_run_into_its_dateline(title: str) -> None:
    report = make_report(
        "The session was opened on 8 June 2031 by the Chairman.", "The Council adopted two decisions.", title=title
    )
    assert _meeting(report) == ("itu-council", None, date(2031, 6, 8), date(2031, 6, 18))


def test_a_summary_record_in_capitals_is_no_body_of_its_own() -> None:
    report = make_report(
        "Geneva, 3 May 2031", "The meeting opened at 10 a.m.", title="SUMMARY RECORD OF THE THIRD MEETING"
    )
    found = _meeting(report)
    assert found is None or not found[0].startswith("summary")


# ------------------------------------------------------------------ datelines
@pytest.mark.parametrize(
    ("line", "days", "place"),
    [
        (
            "Geneva, Palais des Nations, Room XII — 14 and 15 November 2030",
            (14, 15),
            "Geneva, Palais des Nations, Room XII",
        ),
        ("Kampala, Speke Resort — 14-15 November 2030", (14, 15), "Kampala, Speke Resort"),
        ("Nairobi ― 14 November 2030", (14, None), "Nairobi"),
        ("New York, 14 November 2030 (09:30–12:00), Conference Room 11, UN Headquarters", (14, None), None),
        ("Nairobi, 14 November 2030 (10:00-13:00), Room 2, Gigiri", (14, None), None),
        ("Geneva, 14 November 2030, Room 11", (14, None), None),
    ],
)
def test_a_dateline_with_a_dash_or_an_hour_before_its_venue(
    line: str, days: tuple[int, int | None], place: str | None
) -> None:
    found = dateline(line)
    assert found is not None
    assert (found[0].start, found[0].end) == (date(2030, 11, days[0]), date(2030, 11, days[1]) if days[1] else None)
    if place is not None:
        assert found[1] == place


def test_a_heading_over_a_dateline_with_a_dash() -> None:
    report = make_report(
        "Working Party on Digital Statistics",
        "Regional Review Meeting on Data Governance in the Andean Region",
        "Lima, Centro de Convenciones, Room 4 — 14 and 15 November 2030",
        "Informal summary by the secretariat",
        title="United Nations Economic Commission for Latin America",
    )
    found = _meeting(report)
    assert found is not None and found[2:] == (date(2030, 11, 14), date(2030, 11, 15))


def test_a_heading_over_a_dateline_with_an_hour_and_a_venue() -> None:
    report = make_report(
        "Annual meeting of the Partnership Principals",
        "New York, 23 September 2030 (09:30–12:00), Conference Room 11, UN Headquarters",
        "Summary of conclusions",
        title="GLOBAL PARTNERSHIP ON DIGITAL SKILLS",
    )
    found = _meeting(report)
    assert found is not None and found[2:] == (date(2030, 9, 23), None)


# ------------------------------------------------------------------ the record's name after a dash; an issue date above
_LEAD = (
    "An Expert Group Meeting on Broadband Statistics, convened by the Institute for Statistics, was held at the "
    "Headquarters from 19 to 21 April 2031."
)


@pytest.mark.parametrize(
    "lines",
    [
        (
            "Communication Sector",
            "Paris, 30 April 2031",
            "Expert Group Meeting on Broadband Statistics – Final Report",
            _LEAD,
        ),
        ("Communication Sector", "Paris, 30 April 2031", "Expert Group Meeting on Broadband Statistics", _LEAD),
        ("Communication Sector", "Expert Group Meeting on Broadband Statistics: Summary of discussions", _LEAD),
        ("Communication Sector", "Expert Group Meeting on Broadband Statistics — Chair's report", _LEAD),
    ],
)
def test_a_titled_meeting_after_an_issue_date_or_before_the_records_name(lines: tuple[str, ...]) -> None:
    assert _meeting(make_report(*lines, title="UNESCO")) == (
        "expert-group-meeting-on-broadband-statistics",
        None,
        date(2031, 4, 19),
        date(2031, 4, 21),
    )


# ------------------------------------------------------------------ a mode in brackets ends a heading
@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("RDF-AMS 2030 — Regional Development Forum for the Americas (virtual)", "rdf-ams"),
        ("Regional Development Forum for the Americas (RDF-AMS) (hybrid)", "rdf-ams"),
        ("Subregional Forum on Spectrum Pricing (online)", "subregional-forum-on-spectrum-pricing"),
    ],
)
def test_a_mode_in_brackets_ends_a_heading(title: str, key: str) -> None:
    report = make_report("Date: 24.11.2030 – 25.11.2030", "Summary of discussions and agreements", title=title)
    assert _meeting(report) == (key, None, date(2030, 11, 24), date(2030, 11, 25))


# ------------------------------------------------------------------ who took part in a meeting, held ...
@pytest.mark.parametrize(
    ("text", "key", "days"),
    [
        (
            "The participants in the Expert Group Meeting on Digital Identity Frameworks, held in Amman on 14 and 15 "
            "March 2031, adopted the following recommendations:",
            "expert-group-meeting-on-digital-identity-frameworks",
            (date(2031, 3, 14), date(2031, 3, 15)),
        ),
        (
            "Delegates at the Subregional Workshop on Spectrum Pricing, held in Lusaka from 3 to 5 June 2031, agreed "
            "on the following.",
            "subregional-workshop-on-spectrum-pricing",
            (date(2031, 6, 3), date(2031, 6, 5)),
        ),
    ],
)
def test_who_took_part_in_a_meeting_held(text: str, key: str, days: tuple[date, date]) -> None:
    report = make_report("E/XYZ/2031/WG.3/Report", text, "(a) To member States: to adopt national strategies.")
    assert _meeting(report) == (key, None, *days)


# ------------------------------------------------------------------ a venue that opens a dateline run into a title
@pytest.mark.parametrize(
    ("title", "key", "days"),
    [
        (
            "Report of the Expert Meeting on Media Literacy Indicators UNESCO Headquarters, Paris, 4-5 June 2030",
            "expert-meeting-on-media-literacy-indicators",
            (date(2030, 6, 4), date(2030, 6, 5)),
        ),
        (
            "Workshop on Spectrum Management ITU Headquarters, Geneva, 3-4 May 2030",
            "workshop-on-spectrum-management",
            (date(2030, 5, 3), date(2030, 5, 4)),
        ),
        (
            "Expert Meeting on Youth Skills UN Headquarters, New York, 3-4 May 2030",
            "expert-meeting-on-youth-skills",
            (date(2030, 5, 3), date(2030, 5, 4)),
        ),
    ],
)
def test_a_venue_opens_the_dateline_run_into_a_title(title: str, key: str, days: tuple[date, date]) -> None:
    report = make_report("CI-30/CONF.2/4", "The meeting was organized by the Division.", title=title)
    assert _meeting(report) == (key, None, *days)


# ------------------------------------------------------------------ a group, a dash and the session it met at
@pytest.mark.parametrize(
    "title",
    ["ARAB GROUP – ITU COUNCIL 2030", "Arab Group – Council 2030", "ARAB GROUP — PLENIPOTENTIARY CONFERENCE 2030"],
)
def test_a_group_before_a_dash_over_a_dated_kind_line(title: str) -> None:
    report = make_report(
        "Coordination meeting, Geneva, ITU headquarters, Room C, 9 June 2030",
        "SUMMARY OF CONCLUSIONS",
        "The coordination meeting of the Group was chaired by Mr Karim Haddad.",
        title=title,
    )
    found = _meeting(report)
    assert found is not None and found[2] == date(2030, 6, 9)


# ------------------------------------------------------------------ a list item of the lead is no header cue
@pytest.mark.parametrize(
    "item",
    [
        "the RCC to prepare common proposals for WTDC-30 at its meeting in Baku on 17–19 September 2030;",
        "(a) APT to finalize its common proposals for the work of the Conference by 1 March 2031;",
        "– the Administrations to submit draft new Resolution texts through the regional group;",
    ],
)
def test_a_list_item_naming_proposals_is_no_contributions_cue(item: str) -> None:
    report = make_report(
        "Regional Preparatory Meeting for WTDC-30 for the Arab States (RPM-ARB)",
        "Muscat, Oman, 25–27 June 2030",
        "The meeting, hosted by the Telecommunications Regulatory Authority, was opened by the Minister.",
        "The meeting agreed on five regional initiatives and requested:",
        item,
        title="REPORT",
    )
    assert _meeting(report) == ("rpm-arb", None, date(2030, 6, 25), date(2030, 6, 27))


def test_a_header_line_of_common_proposals_is_still_a_contribution() -> None:
    report = make_report(
        "Plenipotentiary Conference (PP-30)",
        "Bucharest, 26 September – 14 October 2030",
        "Arab States Common Proposals for the Work of the Conference",
        "The Administrations of the Arab States propose the following modifications.",
        title="Document 52-E",
    )
    assert _meeting(report) is None


# ------------------------------------------------------------------ ``Final report`` names a record
@pytest.mark.parametrize("title", ["FINAL REPORT (extract)", "Final Report", "Final report of the meeting"])
def test_a_final_report_records_its_meeting_over_a_resolutions_text(title: str) -> None:
    report = make_report(
        "ANDEAN TELECOMMUNICATION COMMITTEE",
        "Sixth meeting of the Andean Committee on Spectrum (ACS)",
        "Quito, Ecuador, from 3 to 5 May 2030",
        "The Andean Committee on Spectrum, resolves:",
        "1. To request the Rapporteurs to submit draft proposals at the seventh meeting.",
        title=title,
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (6, date(2030, 5, 3), date(2030, 5, 5))


# ------------------------------------------------------------------ a dateline's label naming the place first
@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Place and date: Windhoek, Namibia, 4–6 March 2030", "Windhoek, Namibia"),
        ("Venue and dates: Lima, Peru, 4-6 March 2030", "Lima, Peru"),
        ("Dates and venue: 4-6 March 2030, Quito", "Quito"),
    ],
)
def test_a_dateline_labelled_with_its_place(line: str, place: str) -> None:
    found = dateline(line)
    assert found is not None and (found[0].start, found[0].end, found[1]) == (date(2030, 3, 4), date(2030, 3, 6), place)


def test_a_labelled_dateline_dates_the_meeting_over_the_issue_date() -> None:
    report = make_report(
        "Document FG3/031-E",
        "12 March 2030",
        "Summary of the third meeting of ITU-D Focus Group 3 (Rural Connectivity)",
        "Place and date: Windhoek, Namibia, 4–6 March 2030",
        "Chairman: Dr Tjipuka Hoveka (Namibia)",
        title="TELECOMMUNICATION DEVELOPMENT SECTOR",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (3, date(2030, 3, 4), date(2030, 3, 6))


# ---------------------------------------------------------- a session line under the heading, over the issue date
@pytest.mark.parametrize(
    "session",
    [
        "Second session, Geneva, 18–28 February 2030",
        "Second session – Geneva, 18–28 February 2030",
        "Second session: Geneva, 18-28 February 2030",
    ],
)
def test_a_session_line_dates_the_heading_over_the_issue_date(session: str) -> None:
    report = make_report(
        session,
        "Document CPM30-2/312-E",
        "28 February 2030",
        "REPORT ON THE SESSION",
        "The second session of the CPM was attended by 1 150 participants.",
        title="CONFERENCE PREPARATORY MEETING FOR WRC-31",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (2, date(2030, 2, 18), date(2030, 2, 28))


# ------------------------------------------------------------------ the lead's days over an issue date under the title
_MET = "The Group met in Geneva from 3 to 5 May 2031 under the chairmanship of Mr Ansel Korhonen (Finland)."


@pytest.mark.parametrize(
    ("title", "lines", "key", "number"),
    [
        (
            "Report of the fifth meeting",
            ("Council Working Group on Child Online Protection", "Document CWG-COP-5/10-E", "12 May 2031", _MET),
            "cwg-cop",
            5,
        ),
        (
            "COUNCIL WORKING GROUP ON CHILD ONLINE PROTECTION",
            ("Document CWG-COP-5/10-E", "12 May 2031", "Report of the fifth meeting", _MET),
            "cwg-cop",
            5,
        ),
        (
            "Telecommunication Development Advisory Group",
            ("Geneva, 20 May 2031", "Summary of the 28th meeting", "TDAG met in Geneva from 3 to 5 May 2031."),
            "tdag",
            28,
        ),
    ],
)
def test_the_leads_days_over_an_issue_date(title: str, lines: tuple[str, ...], key: str, number: int) -> None:
    assert _meeting(make_report(*lines, title=title)) == (key, number, date(2031, 5, 3), date(2031, 5, 5))


@pytest.mark.parametrize(
    "lead",
    [
        "The Group held its 12th meeting in Khartoum from 22 to 25 November 2031.",
        "The meeting was held in Khartoum from 22 to 25 November 2031.",
    ],
)
def test_a_name_over_an_issue_date_over_a_records_title_of_the_kind(lead: str) -> None:
    report = make_report(
        "Khartoum, 30 November 2031", "Report of the 12th meeting", lead, title="Nile Basin Spectrum Group (NBSG)"
    )
    assert _meeting(report) == ("nbsg", 12, date(2031, 11, 22), date(2031, 11, 25))

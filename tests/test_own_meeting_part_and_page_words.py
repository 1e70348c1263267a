"""The report's own meeting named by its body: the part of a catalogue body a header line names
is the body that met, not the parent the readers took (a Council working group, an advisory group's working
group, a project team on a conference, a committee under the title's commission, a working group after its
commission and a dash); the page's words a heading glued to a body's name are left out (a sitting's weekday,
a dateline's town, a record's word after a dash, the words of the meeting's occasion before ``meeting of``).
The names, bodies and dates are invented."""

from __future__ import annotations

import importlib
from datetime import date

import pytest
from extract_support import found_meeting_body as _meeting_body
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import Body

own = importlib.import_module("wsiskg.ingest.extract.own_meeting")
parts = importlib.import_module("wsiskg.ingest.extract.meeting_parts")


# ------------------------------------------------------------------ the part, not its parent
@pytest.mark.parametrize(
    ("title", "line", "name", "acronym"),
    [
        (
            "Report of the second meeting",
            "Council Working Group on Digital Inclusion of Persons in Rural Areas (CWG-DIRA)",
            "Council Working Group on Digital Inclusion of Persons in Rural Areas",
            "CWG-DIRA",
        ),
        (
            "Minutes of the 2nd meeting",
            "TSAG Working Group on Regional Cooperation and Outreach (TSAG-WG-RCO)",
            "TSAG Working Group on Regional Cooperation and Outreach",
            "TSAG-WG-RCO",
        ),
        (
            "Summary of the second meeting",
            "CEPT Com-ITU Project Team on the World Telecommunication Development Conference (PT WTDC)",
            "CEPT Com-ITU Project Team on the World Telecommunication Development Conference",
            "PT WTDC",
        ),
    ],
)
def test_the_part_a_header_line_names_met_not_the_catalogue_body_inside_its_name(
    title: str, line: str, name: str, acronym: str
) -> None:
    report = make_report(
        line,
        "Lisbon, 4–5 March 2031",
        "The meeting was chaired by Ms Rosalind Achterberg (Netherlands). It reviewed four contributions.",
        "The Group agreed to meet again in June.",
        title=title,
    )
    body = _meeting_body(report)
    assert (body.name, body.acronym) == (name, acronym)
    assert _meeting(report)[1:] == (2, date(2031, 3, 4), date(2031, 3, 5))


@pytest.mark.parametrize(
    "line",
    [
        "Broadband Commission for Digital Development — Working Group on Rural Health",
        "Broadband Commission for Digital Development – Working Group on Rural Health",
    ],
)
def test_a_working_group_after_its_commission_and_a_dash_met(line: str) -> None:
    report = make_report(
        line,
        "Participants: 14 Commissioners' focal points.",
        "The co-chairs recalled the mandate of the Working Group and presented the draft outline.",
        title="Minutes of the 3rd meeting (teleconference), 9 February 2031",
    )
    assert _meeting_body(report).name == "Working Group on Rural Health"


def test_a_committee_under_the_titles_commission_met() -> None:
    report = make_report(
        "Committee on Digital Trade, Statistics and Innovation (CODTSI)",
        "Fourth session — Report",
        "Kigali, 3–6 May 2031",
        "The fourth session of the Committee on Digital Trade, Statistics and Innovation was held in Kigali.",
        title="Economic Commission for Africa",
    )
    body = _meeting_body(report)
    assert (body.name, body.acronym) == ("Committee on Digital Trade, Statistics and Innovation", "CODTSI")


def test_the_catalogue_body_itself_defined_on_a_line_stays() -> None:
    report = make_report(
        "PLENIPOTENTIARY CONFERENCE (PP-30)",
        "Doha, 2–20 October 2030",
        "MINUTES OF THE FOURTH PLENARY MEETING",
        "Tuesday 8 October 2030, at 0930 hours",
        "The Chairman opened the meeting.",
        title="INTERNATIONAL TELECOMMUNICATION UNION",
    )
    assert extract(report).meeting.body == "itu-pp"


# ------------------------------------------------------------------ the page's words glued to a name
class _NoHeader:
    title = None
    paragraphs = ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("COMMITTEE 4 (BUDGET CONTROL) Thursday", "COMMITTEE 4 (BUDGET CONTROL)"),
        ("Committee 2 (Credentials) Monday, 7 May", "Committee 2 (Credentials)"),
        ("Regional Forum on Rural Broadband — HIGHLIGHTS", "Regional Forum on Rural Broadband"),
        ("Outcomes – Regional Forum on Rural Broadband", "Regional Forum on Rural Broadband"),
        ("Summary - Andean Regional Initiative Consultation", "Andean Regional Initiative Consultation"),
        ("THIRD EXTRAORDINARY MEETING OF SADC MINISTERS OF ICT", "SADC MINISTERS OF ICT"),
        ("Annual Session of the Caribbean Spectrum Forum", "Caribbean Spectrum Forum"),
        ("Informal consultation of the Friends of Digital Cooperation", "Friends of Digital Cooperation"),
        ("Meeting of Heads of Regional Offices", "Meeting of Heads of Regional Offices"),
        ("Expert Group Meeting on Rural Broadband", "Expert Group Meeting on Rural Broadband"),
        ("Regional Forum on Digital Skills Kampala, Uganda", "Regional Forum on Digital Skills"),
        ("Ministerial Meeting of Kenya, Uganda and Rwanda", "Ministerial Meeting of Kenya, Uganda and Rwanda"),
    ],
)
def test_the_pages_words_glued_to_a_body_name_are_left_out(name: str, expected: str) -> None:
    assert own.page_words_off(_NoHeader(), name) == expected


def test_a_town_a_header_line_follows_with_its_country_is_left_out() -> None:
    report = make_report("7th Meeting of the Pacific Spectrum Forum Apia, Samoa, 3-5 June 2031", title="Summary")
    assert own.page_words_off(report, "Pacific Spectrum Forum Apia") == "Pacific Spectrum Forum"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (  # the lead writes the name without the town and places the meeting there: a town of two words is cut
            "1 The Third Donors' Forum on Rural Networks in Bolivia was held in Santa Cruz on 4 May 2031.",
            "Donors' Forum on Rural Networks in Bolivia",
        ),
        (  # the lead names the meeting with the same last words and places it elsewhere: the name stays whole
            "1 The Donors' Forum on Rural Networks in Bolivia Santa Cruz met in La Paz on 4 May 2031.",
            "Donors' Forum on Rural Networks in Bolivia Santa Cruz",
        ),
    ],
)
def test_a_town_the_lead_places_the_meeting_in_is_left_out(lead: str, expected: str) -> None:
    line = "Third Donors' Forum on Rural Networks in Bolivia Santa Cruz, 4 May 2031"
    report = make_report(line, lead, title="Report")
    assert own.page_words_off(report, "Donors' Forum on Rural Networks in Bolivia Santa Cruz") == expected


def test_a_committee_in_capitals_ending_the_councils_header_line_met() -> None:
    report = make_report(
        "C31/90-E",
        "Council 2031, Geneva, 10-20 June 2031. Document C31/90-E, 14 June 2031 STANDING COMMITTEE ON STAFF AND PENSIONS",  # noqa: E501
        "1 Election of the Vice-Chair: Ms Oona Tervonen (Finland) was elected Vice-Chair of the Committee.",
        "The Committee recommended the report for approval by the plenary.",
        title="SUMMARY RECORD OF THE SECOND MEETING, Thursday, 12 June 2031, at 0930 hours",
    )
    assert _meeting_body(report).name == "Standing Committee on Staff and Pensions"
    assert _meeting(report)[1:3] == (2, date(2031, 6, 12))


def test_a_line_naming_the_bodys_session_names_no_part() -> None:
    report = make_report(
        "PREPARATORY COMMITTEE ON ITS THIRD SESSION",
        "Geneva, 3–14 March 2031",
        "The third session of the Preparatory Committee (PrepCom-3) was held in Geneva from 3 to 14 March 2031.",
        title="REPORT OF THE WORLD SUMMIT ON THE DIGITAL SOCIETY",
    )
    assert not any(parts._line_part(line, ()) for line in ("PREPARATORY COMMITTEE ON ITS THIRD SESSION",))
    assert "session" not in _meeting_body(report).name.lower()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a possessive before the short name on a header line says whose the body is: a word of its full name
        ("Growers' Round Table on Mobile Payments in Malawi", "Growers' Round Table on Mobile Payments in Malawi"),
        ("Women's Round Table on Mobile Payments", "Women's Round Table on Mobile Payments"),
        # another word before it (not a possessive) is no word of the body's name
        ("Annual Round Table on Mobile Payments in Malawi", "Round Table"),
        ("Growers' Annual Round Table on Mobile Payments", "Round Table"),
    ],
)
def test_a_possessive_owner_on_the_header_line_names_the_body_in_full(line: str, expected: str) -> None:
    report = make_report(
        line, "Lilongwe, 3 March 2031", "1 The meeting opened at 9:00.", title="REPORT OF THE ROUND TABLE"
    )
    assert own.in_full(report, Body("round-table", "Round Table")).name == expected


@pytest.mark.parametrize(
    ("line", "acronym"),
    [
        # the bracket spells only the event the committee is for: no acronym of the committee, no part keyed by it
        ("Host Committee for the Pacific Spectrum Summit 2031 (PSS-31)", None),
        # the bracket spells the committee's own name: its acronym
        ("Host Committee for the Pacific Spectrum Summit (HCPSS)", "HCPSS"),
        # after "of", the bracket spells the committee's owner: kept, as an organ's owner's acronym is
        ("Host Committee of the Pacific Spectrum Union (PSU)", "PSU"),
        # a sentence naming another group last: not the event the group is for
        ("Host Committee met in Apia on 2 May 2031, after the Pacific Spectrum Summit (PSS)", "PSS"),
    ],
)
def test_a_bracket_spelling_only_the_topic_is_no_acronym_of_the_part(line: str, acronym: str | None) -> None:
    part = parts._line_part(line, ())
    assert part is not None
    assert (part.name.startswith("Host Committee"), part.acronym) == (True, acronym)

"""The report's own meeting named by its body: a study group named only in the title; the group
of a Chairman's report defined on the title's own line or, under a bare ``Report of the Chair``, by its
document symbols (not the Council the report goes to); a committee under its parent on the header's lines;
a place written ``Republic of the X`` on a dateline; a series' session named with its year (the year is
the session's, not the body's: decision 17); a name, its acronym and a dateline run into one line. The
names, bodies and dates are invented."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.heading_names import series_year_off


def _body(report, key: str):  # type: ignore[no-untyped-def]
    return next(b for b in extract(report).bodies if b.key == key)


# ------------------------------------------------------------------ a study group named only in the title
@pytest.mark.parametrize(
    ("title", "key", "number", "name"),
    [
        (
            "ITU-D Study Group 2 – Report of the third meeting (2030-2033 study period)",
            "itu-d-sg2",
            3,
            "ITU-D Study Group 2",
        ),
        ("ITU-T Study Group 9 — first meeting of the 2029-2032 study period", "itu-t-sg9", 1, "ITU-T Study Group 9"),
        ("ITU-R Study Group 4: report of the second meeting", "itu-r-sg4", 2, "ITU-R Study Group 4"),
    ],
)
def test_a_study_group_named_only_in_the_title_is_the_meeting_body(
    title: str, key: str, number: int, name: str
) -> None:
    report = make_report(
        "Geneva, 8–12 September 2031",
        "The meeting was chaired by Ms Ilse Vandenbroucke (Belgium). The Study Group approved two draft reports.",
        title=title,
    )
    assert _meeting(report) == (key, number, date(2031, 9, 8), date(2031, 9, 12))
    assert _body(report, key).name == name


# ------------------------------------------------------------------ the group of a Chairman's report
@pytest.mark.parametrize(
    "title",
    [
        "Report of the Chairman of the Council Working Group on Translation Services (CWG-TRS)",
        "Report by the Chairman of the Council Working Group on Translation Services (CWG-TRS)",
        "REPORT OF THE CHAIR OF THE COUNCIL WORKING GROUP ON TRANSLATION SERVICES (CWG-TRS)",
    ],
)
def test_a_chairmans_report_is_of_the_group_its_title_defines_on_its_own_line(title: str) -> None:
    report = make_report(
        "Council 2031",
        "Document C31/44-E",
        "2 June 2031",
        "The CWG-TRS held its sixth and seventh meetings in Geneva on 3-4 February 2031 and 12-13 May 2031, "
        "chaired by Mr Tomasz Wrzesniak (Poland).",
        "The Group reviewed the costs of translation of the documents of the Council.",
        title=title,
    )
    assert _meeting(report) == ("cwg-trs", 7, date(2031, 5, 12), date(2031, 5, 13))
    assert _body(report, "cwg-trs").name.lower() == "council working group on translation services"


@pytest.mark.parametrize(
    ("header", "chair"),
    [
        ("COUNCIL WORKING GROUP ON CHILD ONLINE PROTECTION", "Report of the Chairman"),
        ("Council Working Group on Child Online Protection for 2030-2033", "REPORT OF THE CHAIR"),
        ("Council Working Group on Child Online Protection (CWG-COP)", "Chair's report"),
    ],
)
def test_a_bare_chairs_report_is_of_the_group_its_symbols_name_not_the_council(header: str, chair: str) -> None:
    report = make_report(
        header,
        "Document CWG-COP-9/6",
        "14 May 2031",
        chair,
        "1 The Working Group held its ninth meeting at ITU headquarters on 12 and 13 May, chaired by Ms Aino "
        "Lehtonen (Finland).",
        "2 The Group reviewed Document CWG-COP-9/3 and agreed to report to the Council at its 2031 session.",
    )
    found = _meeting(report)
    assert found is not None and found[:2] == ("cwg-cop", 9)


# ------------------------------------------------------------------ a committee under its parent in the header
@pytest.mark.parametrize(
    ("committee", "key"),
    [
        ("Permanent Consultative Committee I: Telecommunications (PCC.I)", "citel-pcc1"),
        ("Permanent Consultative Committee II: Radiocommunications (PCC.II)", "citel-pcc2"),
        ("PERMANENT CONSULTATIVE COMMITTEE II: RADIOCOMMUNICATIONS (PCC.II)", "citel-pcc2"),
    ],
)
def test_a_committee_named_under_its_parent_is_the_body_that_met(committee: str, key: str) -> None:
    report = make_report(
        "INTER-AMERICAN TELECOMMUNICATION COMMISSION (CITEL)",
        committee,
        "31st Meeting, Quito, Ecuador, 3–6 May 2031",
        "The meeting was chaired by Ing. Mateo Alarcón Vega (Ecuador).",
        "The Committee approved eleven draft Inter-American Proposals.",
        title="FINAL REPORT",
    )
    assert _meeting(report) == (key, 31, date(2031, 5, 3), date(2031, 5, 6))


# ------------------------------------------------------------------ a country written "Republic of the X"
@pytest.mark.parametrize(
    "place",
    [
        "Kinshasa, Democratic Republic of the Congo",
        "Khartoum, Republic of the Sudan",
        "The Hague, Kingdom of the Netherlands",
    ],
)
def test_a_dateline_placed_in_a_republic_of_the_x_dates_the_heading(place: str) -> None:
    report = make_report(
        "Regional Preparatory Meeting for WTDC-33 for Africa (RPM-AFR)",
        f"{place}, 5-7 March 2032",
        "The meeting was opened by the Minister of Posts and Telecommunications.",
        title="Final report",
    )
    assert _meeting(report) == ("rpm-afr", None, date(2032, 3, 5), date(2032, 3, 7))


# ------------------------------------------------------------------ a series' session named with its year
@pytest.mark.parametrize(
    ("lines", "key", "name"),
    [
        (
            ["Regional Development Forum for the Caribbean 2031 (RDF-CAR)", "Bridgetown, Barbados, 3–4 June 2031"],
            "rdf-car",
            "Regional Development Forum for the Caribbean",
        ),
        (
            ["Regional Development Forum for the Caribbean (RDF-CAR 2031)", "Bridgetown, Barbados, 3–4 June 2031"],
            "rdf-car",
            None,  # named by its acronym (the year inside the bracket defines no name)
        ),
        (
            ["Caribbean Broadband Forum (CBF) 2031", "Bridgetown, Barbados, 3–4 June 2031"],
            "cbf",
            "Caribbean Broadband Forum",
        ),
        (
            ["REGIONAL DEVELOPMENT FORUM FOR THE CARIBBEAN (RDF-CAR 2031) Bridgetown, Barbados, 3-4 June 2031"],
            "rdf-car",
            None,
        ),
    ],
)
def test_a_series_session_named_with_its_year_is_of_the_series(lines: list[str], key: str, name: str | None) -> None:
    report = make_report(
        *lines,
        "The Forum was opened by the Minister of Innovation and Technology of Barbados.",
        "The Forum requested the Regional Office to report on the regional initiatives.",
        title="Summary of the Forum",
    )
    assert _meeting(report) == (key, None, date(2031, 6, 3), date(2031, 6, 4))
    body = _body(report, key)
    assert "2031" not in body.name
    if name is not None:
        assert body.name == name


def test_a_year_of_a_conference_in_a_meetings_topic_stays() -> None:
    """``... Meeting for the Plenipotentiary Conference 2030 (PP-30)``: the year is the conference's,
    the meeting is not read as a session of a series (nor as the conference)."""
    from wsiskg.ingest.extract.meeting_heading import series_year_off

    text = "African Preparatory Meeting for the Plenipotentiary Conference 2030"
    assert series_year_off(text) == text
    assert series_year_off("ADDITIONAL SESSION OF THE COUNCIL 2031") == "ADDITIONAL SESSION OF THE COUNCIL 2031"
    assert (
        series_year_off("Pacific Regional Internet Governance Forum 2031")
        == "Pacific Regional Internet Governance Forum"
    )
    assert (
        series_year_off("Forum on Digital Skills and the 2030 Agenda") == "Forum on Digital Skills and the 2030 Agenda"
    )
    assert series_year_off("Pacific Regional Forum, Suva, 3-4 May 2031") == "Pacific Regional Forum, Suva, 3-4 May 2031"


# ------------------------------------------------------------------ a session's year after its noun, in capitals
@pytest.mark.parametrize(
    ("lines", "key"),
    [
        (["REGIONAL SPECTRUM WORKSHOP 2033 FOR EASTERN EUROPE", "Chisinau, Moldova, 8-10 March 2033"],
         "regional-spectrum-workshop-for-eastern-europe"),
        (["SUBREGIONAL NUMBERING SEMINAR 2033 ON CENTRAL ASIA (SNS-33-CA)", "Bishkek, 8-10 March 2033"], "sns-33-ca"),
        (["Regional Spectrum Workshop 2033 for Eastern Europe", "Chisinau, Moldova, 8-10 March 2033"],
         "regional-spectrum-workshop-for-eastern-europe"),
    ],
)  # fmt: skip
def test_a_sessions_year_after_its_noun_in_a_header_in_capitals_is_the_series_session(
    lines: list[str], key: str
) -> None:
    """``X WORKSHOP 2033 FOR Y``: the year before the region's preposition is the session's, in capitals as in
    title case (the capitals' preposition was read as no small word, and no meeting was found)."""
    report = make_report(
        *lines, "Report of the Workshop", "1 The Workshop was organized by the Bureau.", title=lines[0]
    )
    assert _meeting(report) == (key, None, date(2033, 3, 8), date(2033, 3, 10))
    assert series_year_off(lines[0]).count("2033") == 0


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("SUBREGIONAL SEMINAR 2034 ON EMERGENCY TELECOMMUNICATIONS FOR THE SAHEL Niamey, Niger, 6-8 June 2034",
         "subregional-seminar-on-emergency-telecommunications-for-the-sahel"),
        ("SAHEL EMERGENCY TELECOMMUNICATIONS WORKSHOP 2034 Niamey, Niger, 6-8 June 2034",
         "sahel-emergency-telecommunications-workshop"),
    ],
)  # fmt: skip
def test_a_session_named_in_capitals_with_its_year_and_a_dateline_run_in_is_found(line: str, key: str) -> None:
    """A PDF's line that runs the dateline into a name in capitals holding the session's year: the year is read
    once the dateline is cut off (it was left in the name, and no meeting was found)."""
    report = make_report(line, "Summary of the Workshop", "1 The Workshop was opened by the Minister.", title=line)
    assert _meeting(report) == (key, None, date(2034, 6, 6), date(2034, 6, 8))


# ------------------------------------------------------------------ a bracketed subject inside a meeting's name
@pytest.mark.parametrize(
    "title",
    [
        "Action Line C4 (Capacity building and digital skills) facilitation meeting",
        "WSIS Action Line C9 (Media and the information society) - Facilitation Meeting",
        "Action Line C3 (Access to information and knowledge) Facilitation Meeting",
    ],
)
def test_a_facilitation_meeting_named_with_its_subject_in_brackets(title: str) -> None:
    report = make_report(
        "Held during the WSIS Forum 2031, Geneva, 12–16 May 2031",
        "Meeting date: Tuesday, 13 May 2031, 14:00–15:45, Room C",
        "The meeting was opened by the facilitator, who recalled the outcomes of the previous meeting.",
        title=title,
    )
    found = _meeting(report)
    assert found is not None and found[2] == date(2031, 5, 13)
    assert "facilitation" in found[0]


# ------------------------------------------------------------------ a Chairman's report to another group's session
@pytest.mark.parametrize(
    ("held", "number", "start", "end"),
    [
        ("held its third plenary meeting of the study period in Geneva from 9 to 18 March 2031", 3, 9, 18),
        ("held its second annual meeting of the 2029-2032 study period online from 10 to 14 March 2031", 2, 10, 14),
        ("held its fourth meeting in Geneva on 12 and 13 March 2031", 4, 12, 13),
    ],
)
def test_a_chairmans_report_to_a_session_is_not_of_that_sessions_ordinal(
    held: str, number: int, start: int, end: int
) -> None:
    report = make_report(
        "12th meeting, Geneva, 4-8 June 2031",
        "Document TSAG-12/21",
        "Source: Chairman, ITU-T Study Group 11",
        "Title: Report of the Chairman of ITU-T Study Group 11",
        f"1 ITU-T Study Group 11 {held}, chaired by Mr Oskari Mäkelä (Finland).",
        "2 The Study Group consented four new Recommendations on signalling requirements.",
        title="Telecommunication Standardization Advisory Group (TSAG)",
    )
    assert _meeting(report) == ("itu-t-sg11", number, date(2031, 3, start), date(2031, 3, end))


@pytest.mark.parametrize(
    "title",
    [
        "Report of the Chairman of the Standing Committee on Finance and Staffing to the Plenary",
        "Report by the Chair of the Standing Committee on Finance and Staffing to the Council",
        "Report of the Chairman of the Standing Committee on Finance and Staffing to the Plenary Meeting",
        "REPORT OF THE CHAIRMAN OF THE STANDING COMMITTEE ON FINANCE AND STAFFING TO THE PLENARY",
    ],
)
def test_a_chairmans_report_title_names_the_group_without_where_it_goes(title: str) -> None:
    report = make_report(
        "Council 2031",
        "Geneva, 10–20 June 2031",
        "Document C31/98-E",
        "18 June 2031",
        "The Standing Committee on Finance and Staffing (SCFS) held five meetings between 11 and 17 June 2031 "
        "under my chairmanship.",
        "The Committee examined the financial operating report for 2030.",
        title=title,
    )
    assert _meeting(report) == ("scfs", None, date(2031, 6, 11), date(2031, 6, 17))


# ------------------------------------------------------------------ a title broken over two header lines
@pytest.mark.parametrize(
    ("group", "key"),
    [
        ("TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP", "tdag"),
        ("THE RADIOCOMMUNICATION ADVISORY GROUP", "rag"),
    ],
)
def test_a_group_on_the_line_that_goes_on_from_the_title_is_the_body(group: str, key: str) -> None:
    report = make_report(
        "INTERNATIONAL TELECOMMUNICATION UNION",
        "Geneva, 3-5 March 2031",
        "SUMMARY OF CONCLUSIONS OF THE TWENTIETH MEETING",
        f"OF {group}" if group.isupper() else f"of {group}",
        "Chairman: Mr Bartosz Zielinski-Hall (Poland)",
        "The Group adopted its agenda and reviewed the operational plan.",
    )
    assert _meeting(report) == (key, 20, date(2031, 3, 3), date(2031, 3, 5))


@pytest.mark.parametrize(
    ("line", "lead", "name", "acronym"),
    [
        ("NORDIC SPECTRUM FORUM (NSF) 2033 Tromsø, Norway",
         "1 The Nordic Spectrum Forum was held in Tromsø on 14 and 15 March 2033, hosted by the regulator.",
         "Nordic Spectrum Forum", "NSF"),
        ("ANDEAN DIGITAL WEEK (ADW) Quito, Ecuador",
         "The Andean Digital Week took place in Quito from 3 to 7 May 2031.", "Andean Digital Week", "ADW"),
    ],
)  # fmt: skip
def test_a_meeting_keyed_by_the_acronym_a_header_line_defines_is_named_by_that_line(
    line: str, lead: str, name: str, acronym: str
) -> None:
    report = make_report(line, lead, "The participants adopted a plan.", title="OUTCOME DOCUMENT")
    found = extract(report).meeting
    assert found is not None
    body = _body(report, found.body)
    assert (body.name, body.acronym) == (name, acronym)

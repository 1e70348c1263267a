"""The report's own meeting and its body: the page's words around a body's name (a record's word
before a colon, the meeting's own words after a dash, an acronym in brackets that ends it), a part whose name
ends the body's own, a parent's name written before its part's, a body a speaker represents, a study group's
Rapporteur Group that a header line names by its meeting, and a committee's name in capitals run into its
summary record's title line. The names, bodies and dates are invented."""

from __future__ import annotations

import importlib
from datetime import date

import pytest
from extract_support import found_meeting_body as _meeting_body
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.body_names import find_body_names
from wsiskg.ingest.extract.meeting import load_body_names
from wsiskg.ingest.extract.persons import presumed_meeting_body
from wsiskg.ingest.extract.study_groups import study_group_number
from wsiskg.ingest.records import Body

own = importlib.import_module("wsiskg.ingest.extract.own_meeting")
parts = importlib.import_module("wsiskg.ingest.extract.meeting_parts")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Highlights: Caribbean Regional Dialogue on Smart Islands", "Caribbean Regional Dialogue on Smart Islands"),
        ("Summary: Andean Regional Workshop on Spectrum Pricing", "Andean Regional Workshop on Spectrum Pricing"),
        ("OUTCOMES : Sahel Regional Consultation on Rural Broadband", "Sahel Regional Consultation on Rural Broadband"),
    ],
)
def test_a_record_word_before_a_colon_is_the_page_not_the_body(title: str, name: str) -> None:
    report = make_report(
        "Praia, Cabo Verde",
        "21–22 October 2032",
        f"The {name} brought together regulators and operators from eleven countries.",
        title=title,
    )
    assert _meeting_body(report).name == name


@pytest.mark.parametrize(
    "name",
    [
        "Steering Committee – 7th meeting",
        "Steering Committee — Seventh Meeting",
        "Steering Committee - meeting",
        "Advisory Board — Third session",
    ],
)
def test_the_meeting_s_own_words_after_a_dash_are_not_the_body_s(name: str) -> None:
    report = make_report(name)
    assert own.page_words_off(report, name) in ("Steering Committee", "Advisory Board")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nordic Data Forum (Nordic DF", ("Nordic Data Forum", "Nordic DF")),
        ("West Asia Cyber Forum (WACF)", ("West Asia Cyber Forum", "WACF")),
        ("Committee 4 (Budget and Finance)", ("Committee 4 (Budget and Finance)", None)),
        ("Regional Forum (2031)", ("Regional Forum (2031)", None)),
    ],
)
def test_an_acronym_in_brackets_ending_a_name_is_its_acronym(name: str, expected: tuple[str, str | None]) -> None:
    body = own._acronym_split(Body("x", name))
    assert (body.name, body.acronym) == expected


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_a_joint_body_of_two_organisations_is_not_read_as_its_last_words(dash: str) -> None:
    report = make_report(
        f"CARICOM{dash}ITU JOINT TASK FORCE",
        "Project on regional spectrum harmonization — first phase",
        "Bridgetown, Barbados — 3 and 4 March 2032",
        "The Task Force reviewed the status of the national spectrum plans.",
        title="Minutes of the 4th meeting",
    )
    found = _meeting(report)
    assert found is not None
    assert found[0] != "joint-task-force"
    assert found[1:] == (4, date(2032, 3, 3), date(2032, 3, 4))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ITU Council Working Group on Languages", "cwg-lang"),
        ("The ITU Council Working Group on Child Online Protection met.", "cwg-cop"),
        ("ITU Council Working Group on WSIS", "cwg-wsis-sdg"),
    ],
)
def test_a_parent_s_name_before_its_part_s_longer_name_is_one_name(text: str, key: str) -> None:
    found = find_body_names(text, load_body_names())
    assert [k for k, _ in found] == [key]


def test_the_parent_and_another_body_stay_two() -> None:
    found = find_body_names("ITU Council and CWG-COP", load_body_names())
    assert [k for k, _ in found] == ["itu-council", "cwg-cop"]


@pytest.mark.parametrize(
    "lead",
    [
        "The representative of the Broadband Commission for Sustainable Development presented the survey to the"
        " meeting of the Working Group.",
        "On behalf of the Broadband Commission for Sustainable Development, Ms Ilse Vandersloot presented the"
        " survey to the members present.",
        # a joint body's participants listed by the side each member sits for (round 60)
        "Participants. Chair: Ms Ilse Vandersloot. Members for the Broadband Commission for Sustainable"
        " Development: Mr Tomas Ruud-Okafor and Ms Aiko Brandt.",
        "Present: Mr Tomas Ruud-Okafor, member representing the Broadband Commission for Sustainable Development;"
        " Ms Aiko Brandt, secretary.",
    ],
)
def test_a_body_a_speaker_represents_is_not_the_presumed_group(lead: str) -> None:
    report = make_report("Geneva, 4 May 2032", lead, title="Minutes")
    assert presumed_meeting_body(report) != "broadband-commission"


@pytest.mark.parametrize(
    ("header", "sides"),
    [
        ("JOINT ADVISORY COMMITTEE (JAC)", "Members for the Administration: Mr Oskar Lindqvist-Mbeki. Members for the"),
        ("JOINT ADVISORY COMMITTEE (JAC)", "Member representing the Administration: Ms Rue Halvorsen. Members for the"),
    ],
)
def test_a_joint_committee_s_minutes_are_not_of_the_side_its_members_sit_for(header: str, sides: str) -> None:
    """A joint committee's minutes list the members sitting for each side (round 60): the header's committee met,
    not the staff's council its members stand for."""
    report = make_report(
        "INTERNATIONAL TELECOMMUNICATION UNION",
        header,
        f"Participants. Chairwoman: Ms Dalia Oyelaran-Berg. {sides} Staff Council: Ms Kirsi Toivonen-Adu, Chair of"
        " the Staff Council, and Mr Paulo Nwosu-Lund.",
        "The Committee adopted the agenda and approved the minutes of its 139th meeting.",
        title="Minutes of the 140th meeting, held on 12 March 2031",
    )
    assert presumed_meeting_body(report) == "jac"


@pytest.mark.parametrize(
    ("sg", "line", "name"),
    [
        (
            "ITU-D Study Group 1",
            "Rapporteur Group meeting for Question 7/1 (Consumer protection in the digital era)",
            "Rapporteur Group for Question 7/1",
        ),
        ("ITU-D Study Group 2", "Rapporteur Group meeting on Question 3/2", "Rapporteur Group on Question 3/2"),
        ("ITU-D Study Group 1", "Question 4/1 Rapporteur Group meeting", "Question 4/1 Rapporteur Group"),
        ("ITU-T Study Group 12", "Question 8/12 Rapporteur Group meeting", "Question 8/12 Rapporteur Group"),
        ("ITU-T Study Group 5", "Rapporteur Group meeting on Question 3/5", "Rapporteur Group on Question 3/5"),
    ],
)
def test_a_study_group_s_rapporteur_group_a_header_line_names_met(sg: str, line: str, name: str) -> None:
    report = make_report(
        line,
        "Geneva, 16 October 2032",
        "1 The meeting was chaired by the Rapporteur, Ms Hana Kovarikova (Czech Republic).",
        "2 Five contributions were considered.",
        title=sg,
    )
    assert _meeting_body(report).name == name


@pytest.mark.parametrize(
    ("sg", "line", "place", "other"),
    [
        ("ITU-D Study Group 1", "Rapporteur Group meeting for Question 7/2", "Geneva, 16 October 2032", "7/2"),
        ("ITU-D Study Group 2", "Rapporteur Group meeting on Question 3/1", "Lusaka, 4 May 2031", "3/1"),
        ("ITU-D Study Group 1", "Question 5/2 Rapporteur Group meeting", "Geneva, 9-10 March 2033", "5/2"),
    ],
)
def test_another_study_group_s_rapporteur_group_is_not_the_one_that_met(
    sg: str, line: str, place: str, other: str
) -> None:
    report = make_report(
        line,
        place,
        "1 The meeting was chaired by the Rapporteur, Ms Hana Kovarikova (Czech Republic).",
        title=sg,
    )
    assert other not in _meeting_body(report).name


@pytest.mark.parametrize(
    ("key", "number"),
    [
        ("itu-d-sg1", "1"),
        ("itu-t-sg17", "17"),
        ("itu-t-q4-17", "17"),
        ("rapporteur-group-question-7-2", "2"),
        ("rapporteur-group-question-12-3-1", "1"),
        ("itu-d", None),
        ("cwg-wsis", None),
        (None, None),
    ],
)
def test_the_study_group_a_body_key_belongs_to(key: str | None, number: str | None) -> None:
    assert study_group_number(key) == number


@pytest.mark.parametrize(
    "line",
    [
        "STANDING COMMITTEE ON FINANCE AND STAFF SUMMARY RECORD OF THE THIRD MEETING Tuesday, 5 June 2031, at 0930"
        " hours",
        "STANDING COMMITTEE ON FINANCE AND STAFF MINUTES OF THE THIRD MEETING Tuesday, 5 June 2031, at 0930 hours",
    ],
)
def test_a_committee_run_into_its_summary_record_s_title_line_met(line: str) -> None:
    report = make_report(
        "Document C31/44-E",
        "Geneva, 2-12 June 2031",
        "8 June 2031",
        line,
        "Chairman: Mr Tomas Lindqvist-Oduya (Sweden)",
        "1 Budget 2032-2033 (Document C31/12)",
        "1.1 The Committee considered the draft budget.",
        title="COUNCIL 2031",
    )
    found = _meeting(report)
    assert found is not None
    assert found[:2] == ("standing-committee-on-finance-and-staff", 3)


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("ITU-R Radiocommunication Advisory Group", "rag"),
        ("ITU-T Telecommunication Standardization Advisory Group", "tsag"),
        ("ITU Telecommunication Development Advisory Group", "tdag"),
    ],
)
def test_a_catalogue_body_written_after_its_parent_s_acronym_is_that_body(title: str, key: str) -> None:
    report = make_report(
        "Thirty-second meeting, Geneva, 3–5 May 2032",
        "Document X/12-E",
        "The meeting was chaired by Ms Ingrid Solbakken-Ruiz (Norway).",
        title=title,
    )
    found = _meeting(report)
    assert found is not None
    assert found[:2] == (key, 32)


@pytest.mark.parametrize(
    "line",
    [
        "INTERNATIONAL TELECOMMUNICATION UNION COUNCIL",
        "Geneva, 9-19 June 2031 INTERNATIONAL TELECOMMUNICATION UNION COUNCIL",
        "ITU COUNCIL",
    ],
)
def test_the_council_after_its_union_s_name_is_no_part_that_met(line: str) -> None:
    assert parts._line_part(line, load_body_names()) is None


def test_a_catalogue_group_after_its_sector_s_code_is_that_group() -> None:
    part = parts._line_part("ITU-R RADIOCOMMUNICATION ADVISORY GROUP", load_body_names())
    assert part is not None and part.key == "rag"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Report of the Chairman of the Informal Experts Group (IEG) for the ninth World Digital Policy Forum"
            " (WDPF-33)",
            ("ieg", "Informal Experts Group", "IEG"),
        ),
        (
            "Report by the Chairman of the Expert Group (EG-DTR) on the Digital Trust Regulations (DTRs)",
            ("eg-dtr", "Expert Group", "EG-DTR"),
        ),
    ],
)
def test_a_chairman_s_group_is_the_one_its_acronym_follows_not_what_it_prepares(
    title: str, expected: tuple[str, str, str]
) -> None:
    from wsiskg.ingest.extract.covered_meetings import title_group

    report = make_report("Council 2033", "Document C33/40-E", "The Group held two meetings.", title=title)
    assert title_group(report, load_body_names()) == expected

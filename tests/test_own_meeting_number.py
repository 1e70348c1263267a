"""The report's own meeting and its number: a meeting found with its body and days but without the ordinal the
document gives it, on the numbered line of the kind that dates the title (``Report of the meeting`` / a group's name /
``Sixth meeting, online, 3-4 May 2031``) or in the lead before the body's acronym (``The ninth XG-Y meeting was
hosted by ...``). The names, bodies and dates are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

from wsiskg.ingest.extract.meeting_heading import heading_meeting
from wsiskg.ingest.extract.study_groups import meeting_body_names


@pytest.mark.parametrize(
    ("text", "number", "days"),
    [
        (  # a symbol line, the group's name, then its numbered line of the kind with a mode and the days
            "Report of the meeting\n"
            "CWG-SFP-7/12 | 20 March 2031 | Original: English\n\n"
            "Council Working Group for the elaboration of the Strategic Plan and the Financial Plan\n"
            "Seventh meeting, hybrid (Geneva and online), 3 – 4 March 2031\n\n"
            "1. Mr Tomasz Wielgosz (Poland), Chair, opened the meeting.\n",
            7,
            (date(2031, 3, 3), date(2031, 3, 4)),
        ),
        (  # a summary's title over the group and a line of the kind with a place
            "Summary of the meeting\n"
            "EGH-12/3 | 25 September 2031 | Original: English\n\n"
            "Expert Group on ICT Household Indicators\n"
            "Twelfth meeting, in person (Lisbon, Portugal), 9-11 September 2031\n\n"
            "1. The meeting was opened by Ms Inês Carvalho-Mota (Portugal).\n",
            12,
            (date(2031, 9, 9), date(2031, 9, 11)),
        ),
        (  # a catalogue group under a symbol line, the days with an en dash
            "Report of the meeting\n"
            "Document C32/INF/4 | 30 October 2032 | Original: French\n\n"
            "Council Working Group on Child Online Protection\n"
            "Twenty-second meeting, hybrid (Nairobi and remote participation), 14–15 October 2032\n\n"
            "1. The Chair, Ms Wanjiku Mbeki-Otieno (Kenya), welcomed the participants.\n",
            22,
            (date(2032, 10, 14), date(2032, 10, 15)),
        ),
    ],
)
def test_the_numbered_line_that_dates_the_title_numbers_the_meeting(
    tmp_path: Path, text: str, number: int, days: tuple[date, date]
) -> None:
    parts = meeting_parts(parsed_text(tmp_path, text))
    assert parts is not None and parts[1:] == (number, *days)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (  # a group outside the catalogue keyed by its acronym, its ordinal in the lead before it
            "Joint Rapporteur Group on Tactile Interfaces (JRG-TI)\n"
            "Meeting report – Osaka, 12-13 February 2031\n\n"
            "Source: JRG-TI co-Rapporteurs\n\n"
            "Participants\n\n"
            "  Role                 Name                       Affiliation\n"
            "  Co-Rapporteur        Dr Haruto Mizushima-Kato   Kansai Broadcasting Corporation, Japan\n"
            "  Secretariat          Ms Leila Bouazza           TSB\n\n"
            "Summary\n"
            "The ninth JRG-TI meeting was hosted by the Kansai Broadcasting Corporation (KBC).\n",
            9,
        ),
        (  # the ordinal in figures, the lead's second sentence
            "Inter-Regional Coordination Group on Spectrum Sharing (IRCG-SS)\n"
            "Meeting report – Nairobi, 4-5 June 2032\n\n"
            "Participants\n\n"
            "  Role                 Name                       Affiliation\n"
            "  Co-Rapporteur        Mr Otieno Wafula-Said      Communications Authority of Kenya    \n"
            "  Secretariat          Ms Leila Bouazza           TSB\n\n"
            "Summary\n"
            "The 15th IRCG-SS meeting was hosted by the Communications Authority of Kenya (CA).\n",
            15,
        ),
        (  # a catalogue group by its catalogue acronym
            "Council Working Group on Child Online Protection\n"
            "Meeting report – Geneva, 18-19 January 2033\n\n"
            "Summary\n"
            "The twenty-fifth CWG-COP meeting was hosted by the Swiss Federal Office of Communications (OFCOM).\n",
            25,
        ),
    ],
)
def test_the_leads_ordinal_before_the_bodys_acronym_numbers_the_meeting(tmp_path: Path, text: str, number: int) -> None:
    parts = meeting_parts(parsed_text(tmp_path, text))
    assert parts is not None and parts[1] == number


def test_a_meeting_still_to_be_held_gives_no_number(tmp_path: Path) -> None:
    """The lead's ordinal of the body's next meeting is not the number of the meeting the report records."""
    report = parsed_text(
        tmp_path,
        "Joint Rapporteur Group on Tactile Interfaces (JRG-TI)\n"
        "Meeting report – Osaka, 12-13 February 2031\n\n"
        "Summary\n"
        "The Group reviewed two drafts. The tenth JRG-TI meeting will be held in Geneva in October 2031.\n",
    )
    parts = meeting_parts(report)
    assert parts is not None and parts[1] is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Joint Rapporteur Group on Tactile Interfaces (JRG-TI)\nMeeting report – Osaka, 12-13 February 2031\n\n"
            "The ninth JRG-TI meeting was hosted by the Kansai Broadcasting Corporation (KBC).\n",
            9,
        ),
        (
            "Inter-Regional Coordination Group on Spectrum Sharing (IRCG-SS)\n"
            "Meeting report – Nairobi, 4-5 June 2032\n\n"
            "Thirty experts attended. The 15th IRCG-SS meeting was opened by Mr Otieno Wafula-Said.\n",
            15,
        ),
        (
            "Council Working Group on Child Online Protection\nMeeting report – Geneva, 18-19 January 2033\n\n"
            "The twenty-fifth CWG-COP meeting was chaired by Ms Aroha Ngata-Reid (New Zealand).\n",
            25,
        ),
    ],
)
def test_the_heading_reader_numbers_its_meeting_by_the_leads_ordinal_before_the_acronym(
    tmp_path: Path, text: str, number: int
) -> None:
    """The heading reader itself gives the number (another reader, of the presumed group, may miss the group when the
    lead names a host or a participants' table names other bodies first)."""
    report = parsed_text(tmp_path, text)
    found = heading_meeting(report, meeting_body_names(report))
    assert found is not None and found.number == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (  # a qualified meeting noun ("e-meeting") after "and last"
            "Focus Group on Tactile Haptic Networks (FG-THN)\n"
            "Meeting report, e-meeting, 3–5 May 2031 (THN-O-044)\n\n"
            "The fourth and last e-meeting of the FG-THN was chaired by Ms Ana Prieto-Lobo (Uruguay).\n",
            4,
        ),
        (  # a kind of meeting before the noun and the year the meetings are counted in
            "Inter-Agency Group on Digital Archives (IAGDA)\n"
            "Working-level meeting — Summary of discussions\n"
            "Vienna, 14 March 2031\n\n"
            "1. The second working-level meeting of 2031 of the Inter-Agency Group on Digital Archives (IAGDA) "
            "was chaired by UNIDO.\n",
            2,
        ),
        (  # a mode and a kind before the noun, the ordinal in figures
            "Expert Group on Rural Broadband Indicators (EG-RBI)\n"
            "Meeting report – online, 8-9 February 2032\n\n"
            "The 11th virtual plenary meeting of the EG-RBI opened with a minute of silence.\n",
            11,
        ),
    ],
)
def test_the_leads_ordinal_over_words_of_the_kind_numbers_the_meeting(tmp_path: Path, text: str, number: int) -> None:
    """The lead's ordinal numbers the meeting of the body the header names when a word or two of its kind or mode
    stand between the ordinal and the meeting noun, or the year the body counts its meetings in stands after it."""
    parts = meeting_parts(parsed_text(tmp_path, text))
    assert parts is not None and parts[1] == number


def test_the_ordinal_over_words_of_the_kind_of_a_meeting_to_come_gives_no_number(tmp_path: Path) -> None:
    """``the fifth and last e-meeting of the X`` that a clause says is still planned is not the report's meeting."""
    report = parsed_text(
        tmp_path,
        "Focus Group on Tactile Haptic Networks (FG-THN)\n"
        "Meeting report, e-meeting, 3–5 May 2031\n\n"
        "The Group reviewed two drafts. The fifth and last e-meeting of the FG-THN is planned for June 2031.\n",
    )
    parts = meeting_parts(report)
    assert parts is not None and parts[1] is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (  # an acronym with lower-case letters opening the title line, the name on the line under it
            "EuroDIG 2031 — Messages from Tallinn\nEuropean Dialogue on Internet Governance\n"
            "Tallinn, Estonia, 30–31 May 2031\n\nIntroduction\n"
            "The fourth EuroDIG gathered 600 participants. Governments are invited to involve youth by 1 June 2032.\n",
            4,
        ),
        (  # a series' acronym before a dash and the record's words
            "AfIGF 2031 – Final Report\nAfrican Internet Governance Forum\nKigali, Rwanda, 4-6 October 2031\n\n"
            "The tenth AfIGF brought together 900 participants. The Commission was asked to publish the report by 1 "
            "December 2031.\n",
            10,
        ),
        (  # the ordinal in figures, a numbered paragraph
            "PacSEC – Summary of discussions\nPacific Spectrum Engineering Conference\n"
            "Apia, Samoa, 12-13 March 2032\n\n"
            "1. The 7th PacSEC was opened by the Minister. Administrations were invited to send their plans by 1 May "
            "2032.\n",
            7,
        ),
    ],
)
def test_the_leads_ordinal_before_the_acronym_that_opens_the_title_numbers_the_meeting(
    tmp_path: Path, text: str, number: int
) -> None:
    """An acronym that opens a header line and spells the meeting's name (``EuroDIG`` of ``European Dialogue on
    Internet Governance``) is a name the lead may number the meeting by (``own_meeting._header_acronyms``)."""
    parts = meeting_parts(parsed_text(tmp_path, text))
    assert parts is not None and parts[1] == number


def test_an_acronym_that_spells_another_name_numbers_nothing(tmp_path: Path) -> None:
    """The lead's ordinal before an acronym of another body (its letters are not the meeting's name's initials)."""
    report = parsed_text(
        tmp_path,
        "EuroDIG 2031 — Messages from Tallinn\nEuropean Dialogue on Internet Governance\n"
        "Tallinn, Estonia, 30–31 May 2031\n\nIntroduction\n"
        "The messages will be fed into the sixth IGF in Nairobi. Governments are invited to involve youth by 1 June "
        "2032.\n",
    )
    parts = meeting_parts(report)
    assert parts is not None and parts[1] is None


# ------------------------------------------------------------------ a session number in the acronym (decision 27)
@pytest.mark.parametrize(
    ("text", "key", "number"),
    [
        (
            "Virtual Consultation of Experts (VCE-2)\n"
            "Online, 14-15 September 2031\n\n"
            "Document VCE-2/8-E\n20 September 2031\nOriginal: English\n\n"
            "SUMMARY OF THE DISCUSSIONS\n\n"
            "1. The experts met online on 14 and 15 September 2031 to discuss the draft guidelines.\n",
            "vce-2",
            2,
        ),
        (
            "Preparatory Committee for the Digital Inclusion Summit (PrepCom-3)\n"
            "Nairobi, 3-5 March 2031\n\n"
            "Report of the meeting\n\n"
            "1. The Preparatory Committee met in Nairobi from 3 to 5 March 2031, chaired by Ms Wanjiru Kamau.\n",
            "prepcom-3",
            3,
        ),
    ],
)
def test_a_session_number_in_the_meeting_s_acronym_numbers_it(tmp_path: Path, text: str, key: str, number: int) -> None:
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None and found[:2] == (key, number)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (  # the number after the hyphen is the meeting's year
            "Regional Radiocommunication Seminar for the Americas (RRS-31)\nLima, 6-10 October 2031\n\n"
            "Final report\n\n1. The seminar was held in Lima from 6 to 10 October 2031.\n",
            "rrs-31",
        ),
    ],
)
def test_a_year_after_the_acronym_s_hyphen_numbers_nothing(tmp_path: Path, text: str, key: str) -> None:
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None and found[:2] == (key, None)


def test_a_committee_s_number_is_no_session_number(tmp_path: Path) -> None:
    """``Committee 5`` is keyed ``committee-5``: its number names the committee, not a session of it."""
    text = (
        "WORLD CONFERENCE ON DATA NETWORKS (WCDN-31)\nLima, 3-14 March 2031\n\nCOMMITTEE 5\n"
        "REPORT OF COMMITTEE 5 TO THE PLENARY\n\n"
        "1. Committee 5 held its meetings from 4 to 12 March 2031 under the chairmanship of Ms Ana Ruiz.\n"
    )
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is None or found[:2] != ("committee-5", 5)

"""The report's own meeting and its body: an organisation's organ named on the header line under the
organisation's (a working group, a council of ministers, a sectoral council: the organ met, not the organisation).
The names, bodies and dates are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import meeting_body, meeting_parts, parsed_text

from wsiskg.ingest.extract import extract


@pytest.mark.parametrize(
    ("text", "name", "number"),
    [
        (  # the organisation in capitals with its acronym, the organ in title case under it, the title centred
            "REGIONAL COMMONWEALTH IN THE FIELD OF COMMUNICATIONS (RCC)\n"
            "Working Group on Satellite Orbit Coordination\n\n"
            "                 Report of the 3rd meeting\n"
            "          Bishkek, Kyrgyzstan, 2–4 June 2031\n\n"
            "Present: representatives of the Communications Administrations of Armenia and Belarus.\n",
            "Working Group on Satellite Orbit Coordination",
            3,
        ),
        (  # a council of ministers defined by its acronym under the organisation's name
            "League of Arab States\n"
            "Council of Arab Ministers of Postal Services (CAMPS)\n\n"
            "REPORT OF THE 9th MEETING\n"
            "Amman, 14-15 March 2031\n\n"
            "The Ministers met in Amman under the chairmanship of H.E. Mr Omar Haddad-Salem.\n",
            "Council of Arab Ministers of Postal Services",
            9,
        ),
        (  # a sectoral council whose name holds a comma, its segment in brackets; the dateline run into the title
            "EAST AFRICAN COMMUNITY\n"
            "Sectoral Council on Energy, Transport and Communications (ICT segment)\n\n"
            "Report of the 7th Meeting — Arusha, Tanzania, 4-6 May 2031\n"
            "Ref: EAC/SCETC/7/2031\n\n"
            "The Sectoral Council, chaired by Hon. Grace Wanjiru-Otieno, considered the report of the officials.\n",
            "Sectoral Council on Energy, Transport and Communications",
            7,
        ),
        (  # a catalogue organisation in title case, its executive council under it, minutes
            "Caribbean Telecommunications Union\n"
            "Executive Council\n"
            "Minutes of the 40th meeting\n"
            "Port of Spain, 3-4 February 2031\n\n"
            "1. The Executive Council met in Port of Spain under the chairmanship of Mr Ravi Persaud-Lall.\n",
            "Executive Council",
            40,
        ),
    ],
)
def test_the_organ_on_the_line_under_the_organisation_met(tmp_path: Path, text: str, name: str, number: int) -> None:
    report = parsed_text(tmp_path, text)
    found = meeting_body(extract(report))
    assert found is not None and found.name == name
    parts = meeting_parts(report)
    assert parts is not None and parts[1] == number


def test_the_organisation_over_a_title_naming_its_own_meeting_stays(tmp_path: Path) -> None:
    """A line under the organisation's that is no name headed by a body noun (a theme) is no organ."""
    report = parsed_text(
        tmp_path,
        "REGIONAL COMMONWEALTH IN THE FIELD OF COMMUNICATIONS (RCC)\n"
        "Digital Transformation for Sustainable Growth\n\n"
        "Report of the 12th meeting of the RCC Board of Heads of Communications Administrations\n"
        "Baku, 6-7 October 2031\n\n"
        "The Board met in Baku.\n",
    )
    found = meeting_body(extract(report))
    assert found is not None and "Digital Transformation" not in found.name


@pytest.mark.parametrize(
    ("text", "key", "number"),
    [
        (  # a study group's header in capitals with its Sector's code, over the record's title and dateline
            "ITU-D STUDY GROUP 1\nReport of the third meeting\nGeneva, 6–10 May 2032\nDocument SG1/REP/3\n\n"
            "1 The meeting was chaired by Ms Amina Diallo-Fofana (Senegal).\n",
            "itu-d-sg1",
            3,
        ),
        (  # the Sector in words, the record in capitals
            "ITU-T STUDY GROUP 13\nREPORT OF THE FOURTH MEETING OF THE STUDY PERIOD\nGeneva, 1-10 July 2032\n\n"
            "1 The meeting was chaired by Mr Jun-ho Park (Korea).\n",
            "itu-t-sg13",
            4,
        ),
        (  # the Sector's name and the study group on lines of their own, in capitals, as ITU-T documents head
            "INTERNATIONAL TELECOMMUNICATION UNION\nTELECOMMUNICATION STANDARDIZATION SECTOR\nSTUDY GROUP 16\n"
            "Report of the meeting\nGeneva, 3-12 May 2032\n\n1 The meeting was chaired by Mr Luis Ortega (Spain).\n",
            "itu-t-sg16",
            None,
        ),
        (  # the Sector in words before the study group, a summary held on days
            "RADIOCOMMUNICATION STUDY GROUP 5\nSummary of the meeting held in Geneva, 14-22 November 2032\n\n"
            "1 Study Group 5 met under the chairmanship of Ms Ana Souza (Brazil).\n",
            "itu-r-sg5",
            None,
        ),
    ],
)
def test_a_study_group_named_in_capitals_met(tmp_path: Path, text: str, key: str, number: int | None) -> None:
    report = parsed_text(tmp_path, text)
    parts = meeting_parts(report)
    assert parts is not None and parts[:2] == (key, number)
    found = meeting_body(extract(report))
    assert found is not None and found.key == key


@pytest.mark.parametrize(
    ("text", "name", "number"),
    [
        (  # a record's word and a dash before the meeting's ordinal; "The Council" in the lead is the header's
            "Regional Digital Inclusion Council\nMinutes – third meeting\nNairobi, 12-13 March 2032\n\n"
            "1. The Council opened its third meeting with a welcome by the Chair.\n",
            "Regional Digital Inclusion Council",
            3,
        ),
        (  # a record's word and a dash in capitals
            "Andean Spectrum Managers Council\nREPORT — SECOND MEETING\nQuito, 4-5 June 2032\n\n"
            "1. Members reviewed the spectrum roadmap.\n",
            "Andean Spectrum Managers Council",
            2,
        ),
        (  # a council whose name ends with a catalogue one-word name, in a sentence of the lead
            "Minutes of the 40th meeting\nPort of Spain, 3-4 February 2032\n\n"
            "1. The Executive Council of the Caribbean Postal Union met in Port of Spain.\n",
            None,
            40,
        ),
    ],
)
def test_a_name_closed_by_a_catalogue_word_is_not_the_catalogue_body(
    tmp_path: Path, text: str, name: str | None, number: int
) -> None:
    report = parsed_text(tmp_path, text)
    parts = meeting_parts(report)
    assert parts is None or parts[0] != "itu-council"
    if name is not None:
        found = meeting_body(extract(report))
        assert found is not None and found.name == name
        assert parts is not None and parts[1] == number


@pytest.mark.parametrize("line", ["ITU COUNCIL", "INTERNATIONAL TELECOMMUNICATION UNION COUNCIL", "Council 2032"])
def test_the_council_after_its_parent_or_with_its_session_stays_the_council(tmp_path: Path, line: str) -> None:
    report = parsed_text(
        tmp_path,
        f"{line}\nSummary record of the fourth plenary meeting\nGeneva, 10 June 2032\n\n"
        "1. The Chairman opened the meeting.\n",
    )
    parts = meeting_parts(report)
    assert parts is not None and parts[:2] == ("itu-council", 4)


@pytest.mark.parametrize(
    ("text", "key", "number", "start", "end"),
    [
        (  # a PDF's layout ran the study group, its title in brackets, the record and its dateline into one line
            "3/99-E\nRadiocommunication Study Group 3 (Radiowave propagation) - Report of the meeting, Geneva, "
            "6 June 2032 - Document 3/99-E\n\n1 Study Group 3 met under the chairmanship of Ms Kari Nordby (Norway).\n",
            "itu-r-sg3",
            None,
            "2032-06-06",
            None,
        ),
        (  # an en dash, the dateline after the meeting without a comma, the symbol in brackets after it
            "SG5-R 7\nITU-T Study Group 5 (Environment) – Report of the meeting Geneva, 2 - 11 May 2032 (SG5-R 7)\n\n"
            "1 Study Group 5 met under the chairmanship of Mr Paolo Ricci (Italy).\n",
            "itu-t-sg5",
            None,
            "2032-05-02",
            "2032-05-11",
        ),
        (  # a Chairman's report, its meeting's ordinal after a comma
            "5A/400-E\nWorking Party 5A (Land mobile service) - Chairman's Report, 12th meeting, Geneva, 3-10 May 2032 "
            "(Document 5A/400-E)\n\n1 The Working Party progressed its texts.\n",
            "itu-r-wp5a",
            12,
            "2032-05-03",
            "2032-05-10",
        ),
        (  # a catalogue group by its name and acronym, an em dash, a summary
            "CWG-LANG/4\nCouncil Working Group on Languages (CWG-LANG) — Summary of the meeting, Geneva, "
            "4 February 2032\n\n1 The Group met under the chairmanship of Ms Salma Nour (Egypt).\n",
            "cwg-lang",
            None,
            "2032-02-04",
            None,
        ),
    ],
)
def test_a_record_run_into_the_line_of_its_body_after_a_dash(
    tmp_path: Path, text: str, key: str, number: int | None, start: str, end: str | None
) -> None:
    parts = meeting_parts(parsed_text(tmp_path, text))
    assert parts is not None
    assert (parts[0], parts[1], str(parts[2]), parts[3] and str(parts[3])) == (key, number, start, end)


@pytest.mark.parametrize(
    ("header", "name", "number"),
    [
        (
            "STEERING COMMITTEE - Summary of the second meeting, Wednesday, 17 May 2032, at 0830 hours",
            "Steering Committee",
            2,
        ),
        ("BUDGET GROUP – Minutes of the fourth meeting, Tuesday, 16 May 2032, at 1400 hours", "Budget Group", 4),
    ],
)
def test_a_committee_in_capitals_and_its_record_run_into_one_line(
    tmp_path: Path, header: str, name: str, number: int
) -> None:
    report = parsed_text(
        tmp_path,
        f"Council 2032, Geneva, 15-25 May 2032\nC32/SC-2\n{header}\n\n1 The members noted the progress of the work.\n",
    )
    found = meeting_body(extract(report))
    assert found is not None and found.name.lower() == name.lower()
    parts = meeting_parts(report)
    assert parts is not None and parts[1] == number


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "UNDP Pacific Centre — Regional Workshop on Open Data in the Pacific",
            "Regional Workshop on Open Data in the Pacific",
        ),
        (
            "UNESCO Bangkok Office — Regional Workshop on Media Literacy in Asia",
            "Regional Workshop on Media Literacy in Asia",
        ),
    ],
)
def test_the_organiser_before_a_dash_is_not_the_meeting_s_name(tmp_path: Path, title: str, name: str) -> None:
    report = parsed_text(
        tmp_path,
        f"{title}\nSuva, Fiji, 11–13 March 2032\nWorkshop Report\n\n1 The meeting was opened by the Secretary.\n",
    )
    found = meeting_body(extract(report))
    assert found is not None and found.name == name

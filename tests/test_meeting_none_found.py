"""The report's own meeting where none was found or it was found undated (ingest/extract/meeting_heading.py,
meeting_candidates.py, meeting_mentions.py, datelines.py). Classes: a record's title of the kind only over a
header line naming a body outside the catalogue (``Minutes of the 12th meeting`` / ``X Committee for Y (X-Y)``);
a title with the dateline after the kind and a symbol in brackets; ``Final report of the``; a name whose head
is joined by ``and``; a name holding a catalogue body (``Nepal Internet Governance Forum``); a forum's name with
its year in brackets; ``adopted at the`` X over its dateline; ``from 3 to 5 May`` after a place; a dash before
the symbol run into a dateline; an excerpt of a Council summary record; a Chairman's report of a group that
``met once`` or ``has held two meetings``; a Rapporteur's Group of a Question numbered with its revision."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.datelines import dateline, front_dateline


# ------------------------------------------------------------------ a record's title of the kind only
@pytest.mark.parametrize(
    ("title", "body_line", "dated", "key", "number", "days"),
    [
        (
            "Minutes of the 31st meeting",
            "Baltic Committee for Spectrum Policy (BCSP)",
            "Riga, Latvia, 4–6 March 2030",
            "bcsp",
            31,
            (date(2030, 3, 4), date(2030, 3, 6)),
        ),
        (
            "Report of the meeting — Apia, Samoa, 10–11 June 2030",
            "SG5 Regional Group for the Pacific (SG5RG-PAC)",
            "Opening",
            "sg5rg-pac",
            None,
            (date(2030, 6, 10), date(2030, 6, 11)),
        ),
        (
            "Report of the virtual meeting of 2 October 2030",
            "TSAG Correspondence Group on Working Methods (TSAG-CG-WM)",
            "Convener: Ms Aino Rask (Estonia)",
            "tsag-cg-wm",
            None,
            (date(2030, 10, 2), None),
        ),
        (
            "Minutes of the meeting held in Nairobi, 8 May 2030 (morning)",
            "Joint Coordination Activity on Smart Grids (JCA-SG)",
            "Convener: Mr Otieno Kamau",
            "jca-sg",
            None,
            (date(2030, 5, 8), None),
        ),
        (
            "SUMMARY RECORD OF THE 9TH ANNUAL GENERAL MEETING",
            "SAHEL REGULATORS' ASSOCIATION OF WEST AFRICA (SRAWA)",
            "Niamey, Niger, 2nd – 3rd April 2030",
            "srawa",
            9,
            (date(2030, 4, 2), date(2030, 4, 3)),
        ),
    ],
)
def test_a_record_title_of_the_kind_only_is_of_the_body_named_under_it(
    title: str, body_line: str, dated: str, key: str, number: int | None, days: tuple[date, date | None]
) -> None:
    report = make_report(
        body_line,
        dated,
        "The meeting was opened by the Chair, who welcomed the participants.",
        "Members were invited to send their comments by 30 November 2030.",
        title=title,
    )
    found = _meeting(report)
    assert found is not None and found[0] == key and found[1] == number and found[2:] == days


def test_a_kind_only_title_over_a_named_meeting_is_that_meeting() -> None:
    report = make_report(
        "PACIFIC ISLANDS TELECOMMUNITY",
        "4th PIT Spectrum and Licensing Forum (SLF-04)",
        "Apia, Samoa, 11-13 August 2030",
        "1 The Forum was opened by the Minister of Communications.",
        title="REPORT OF THE FORUM",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (4, date(2030, 8, 11), date(2030, 8, 13))


def test_a_title_dated_after_its_kind_before_a_symbol_in_brackets() -> None:
    report = make_report(
        "ITU-T Focus Group on Network Resilience (FG-NR)",
        "The fourth meeting of FG-NR was chaired by Ms Ines Varga (Hungary).",
        title="Report of the fourth meeting, e-meeting, 7–9 April 2030 (FG-NR-O-044)",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (4, date(2030, 4, 7), date(2030, 4, 9))


@pytest.mark.parametrize(
    "title",
    [
        "FINAL REPORT OF THE SECOND ARAB PREPARATORY MEETING FOR WRC-31 (APM31-2)",
        "Final Report of the Second Arab Preparatory Meeting for WRC-31 (APM31-2)",
    ],
)
def test_a_final_report_of_a_named_meeting(title: str) -> None:
    report = make_report(
        "ARAB SPECTRUM GROUP (ASG)",
        "Muscat, Oman, 14th–16th May 2030",
        "The meeting was opened by the Minister of Transport and Communications.",
        title=title,
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (2, date(2030, 5, 14), date(2030, 5, 16))


@pytest.mark.parametrize(
    "line",
    [
        "Eighth Andean Telecommunications and Media Ministers Meeting (ATMM 8)",
        "8th CARIB Policy and Regulatory Forum (CPRF-08)",
    ],
)
def test_a_name_whose_head_words_are_joined_by_and(line: str) -> None:
    report = make_report(line, "Quito, Ecuador, 3-4 November 2030", "The Ministers adopted the work plan.")
    found = _meeting(report)
    assert found is not None and found[1:] == (8, date(2030, 11, 3), date(2030, 11, 4))


# ------------------------------------------------------------------ national and regional forums
@pytest.mark.parametrize(
    ("lines", "lead", "number"),
    [
        (
            ("BHUTAN INTERNET GOVERNANCE FORUM 2030 (BTIGF 2030)", "Thimphu, 5th and 6th May 2030"),
            "The fourth Bhutan Internet Governance Forum was held at the Taj Hotel on 5 and 6 May 2030.",
            4,
        ),
        (
            ("IGF-MD 2030 — Moldovan Internet Governance Forum", "Chisinau and online, 30 May – 1 June 2030"),
            "The 9th Moldovan Internet Governance Forum (IGF-MD) was held in a hybrid format.",
            9,
        ),
    ],
)
def test_a_national_forum_holding_a_catalogue_name(lines: tuple[str, str], lead: str, number: int) -> None:
    report = make_report(*lines, lead, "Participants asked the regulator to publish its plan.", title="Final Report")
    found = _meeting(report)
    assert found is not None and found[1] == number and found[2] is not None


def test_a_title_ran_into_its_dateline_after_a_dash() -> None:
    report = make_report(
        "...as the Forum had not met since 2027.",
        "Outcome report (extract)",
        "The Forum was closed on 20 October 2030 by the Chair.",
        title="Third Gulf Internet Governance Forum — Doha, 18–20 October 2030",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (3, date(2030, 10, 18), date(2030, 10, 20))


@pytest.mark.parametrize(
    "adopted",
    [
        "Adopted at the Andean Ministerial Meeting on Rural Connectivity",
        "adopted at the Andean Ministerial Meeting on Rural Connectivity,",
    ],
)
def test_a_declaration_adopted_at_a_meeting(adopted: str) -> None:
    report = make_report(
        adopted,
        "Cusco, Peru, 12 and 13 March 2030",
        "The Ministers responsible for telecommunications, meeting in Cusco,",
        "DECLARE their commitment to connect every school by 2033.",
        title="CUSCO MINISTERIAL DECLARATION ON RURAL CONNECTIVITY",
    )
    found = _meeting(report)
    assert found is not None and found[0] == "andean-ministerial-meeting-on-rural-connectivity"
    assert found[2:] == (date(2030, 3, 12), date(2030, 3, 13))


# ------------------------------------------------------------------ datelines
@pytest.mark.parametrize(
    ("line", "days", "place"),
    [
        ("Quebec, Canada, from 8 to 12 May 2030", (date(2030, 5, 8), date(2030, 5, 12)), "Quebec, Canada"),
        ("Lima, from 3 – 5 June 2030", (date(2030, 6, 3), date(2030, 6, 5)), "Lima"),
        ("e-meeting, 16–18 June 2030", (date(2030, 6, 16), date(2030, 6, 18)), None),
    ],
)
def test_a_range_after_from_is_no_hour(line: str, days: tuple[date, date], place: str | None) -> None:
    found = dateline(line)
    assert found is not None and (found[0].start, found[0].end) == days and found[1] == place


def test_an_hour_after_from_is_still_one() -> None:
    found = dateline("Geneva, 3 May 2030, from 14 to 17 hours")
    assert found is not None and (found[0].start, found[0].end) == (date(2030, 5, 3), None)


@pytest.mark.parametrize(
    "line", ["Geneva, 9–12 May 2030 — Document TDAG30-25/30-E", "Geneva, 9-12 May 2030 – TDAG30-25/30"]
)
def test_a_symbol_after_a_dash_ends_a_front_dateline(line: str) -> None:
    found = front_dateline(line)
    assert found is not None and (found[0].start, found[0].end) == (date(2030, 5, 9), date(2030, 5, 12))


# ------------------------------------------------------------------ excerpts
@pytest.mark.parametrize(
    "opening",
    [
        ("C30/88-E", "the proposal of the Secretary-General on the venue."),
        ("C30/88-E the councillor from Chile, who supported the proposal.",),
        ("C30/88-E", "recalled the decision of the previous session (Document C30/12)."),
    ],
)
def test_an_excerpt_of_a_council_record_is_the_council_session(opening: tuple[str, ...]) -> None:
    """The excerpt's own symbol (its first line) is the session's; a report citing one is not (next test)."""
    report = make_report(
        *opening,
        "The councillor from Ghana asked the secretariat to circulate the list of pledges by 30 June 2030.",
        "The Chair concluded that the Council took note of the report (Document C30/44). It was so decided.",
    )
    found = _meeting(report)
    assert found is not None and found[0] == "itu-council" and found[1:] == (None, None, None)


def test_an_excerpt_citing_a_council_document_records_no_council_session() -> None:
    report = make_report(
        "and landlocked developing countries, where coverage reached 71 per cent in 2029.",
        "ITU launched the connectivity baseline reports for nine LDCs on 3 February 2030 (see Document C30/40).",
        "The Council is invited to take note of this report.",
    )
    found = _meeting(report)
    assert found is None or found[0] != "itu-council"


# ------------------------------------------------------------------ a Chairman's report of a group that met
@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        (
            "The Working Group met once, on 9 and 10 March 2030, to prepare its report.",
            (date(2030, 3, 9), date(2030, 3, 10)),
        ),
        (
            "Since the last report to Council, the Group has held two meetings, from 2 to 4 June 2029"
            " and from 20 to 24 January 2030.",
            (date(2030, 1, 20), date(2030, 1, 24)),
        ),
    ],
)
def test_a_chair_report_of_a_group_that_met(sentence: str, days: tuple[date, date]) -> None:
    report = make_report(
        "COUNCIL 2030",
        "Document C30/27-E",
        "Geneva, 10-20 June 2030",
        f"1 {sentence}",
        "2 The Council is invited to take note of this report.",
        title="Report by the Chairman of the Council Working Group on Spectrum Outreach (CWG-SO)",
    )
    found = _meeting(report)
    assert found is not None and found[0] == "cwg-so" and found[2:] == days


# ------------------------------------------------------------------ Rapporteur's Groups
def test_a_rapporteurs_group_of_a_question_with_its_revision() -> None:
    report = make_report(
        "Bamako, 6 March 2030 — Document RGQ9-2/2/14",
        "The Rapporteur, Mr Issa Traoré (Mali), chaired the meeting.",
        title="ITU-D Study Group 2 — Rapporteur's Group meeting on Question 9-2/2 (Emergency telecommunications)",
    )
    found = _meeting(report)
    assert found is not None and found[0] == "rapporteur-group-question-9-2-2" and found[2] == date(2030, 3, 6)


# ------------------------------------------------------------------ a room as a dateline's place; "meeting of the X"
@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Workshop room 6, 8 December 2030", "Workshop room 6"),
        ("Nairobi, room 12B, 8 December 2030", "Nairobi, room 12B"),
    ],
)
def test_a_numbered_room_is_a_datelines_place(line: str, place: str) -> None:
    found = dateline(line)
    assert found is not None and found[0].start == date(2030, 12, 8) and found[1] == place


def test_a_session_dated_by_its_room_line_not_by_the_forum_around_it() -> None:
    report = make_report(
        "Dynamic Coalition on Rural Access (DC-RA) — Session Report",
        "Workshop room 3, 9 November 2030",
        "The session took place during the fifteenth IGF (7–10 November 2030) and was moderated by Ms Lea Borg.",
        title="IGF 2030 — Kyoto, Japan",
    )
    found = _meeting(report)
    assert found is not None and found[0] == "dc-ra" and found[2:] == (date(2030, 11, 9), None)


@pytest.mark.parametrize(
    "title",
    [
        "Minutes of the meeting of the Regional Initiative Coordinators for Africa",
        "Report of the meeting of the Regional Initiative Coordinators for Africa",
    ],
)
def test_a_record_of_the_meeting_of_a_group_outside_the_catalogue(title: str) -> None:
    report = make_report(
        "ITU Regional Office for Africa",
        "Addis Ababa, 21 March 2030 (hybrid)",
        "Item 1 – Welcome",
        "The Regional Director welcomed the coordinators.",
        title=title,
    )
    found = _meeting(report)
    assert found is not None and found[0] == "regional-initiative-coordinators-for-africa"
    assert found[2] == date(2030, 3, 21)


def test_a_numbered_briefing_under_its_title() -> None:
    report = make_report(
        "Summary of the 3rd briefing",
        "ITU headquarters, Popov Room, Thursday 4 April 2030, 15:00-17:00",
        "The briefing was chaired by the Deputy Secretary-General.",
        title="Briefing to Geneva-based Permanent Missions on the preparations for WTDC-30",
    )
    found = _meeting(report)
    assert found is not None and found[1:3] == (3, date(2030, 4, 4))


def test_a_titled_group_meeting_is_not_of_the_body_named_under_it() -> None:
    report = make_report(
        "Question 7/2 (Spectrum management for developing countries)",
        "1 The meeting was opened by the Rapporteur, Ms Ana Lobo (Cabo Verde).",
        title="Report of the Rapporteur Group meeting, Geneva, 2 March 2030",
    )
    found = _meeting(report)
    assert found is None or found[0] != "itu-d-q7-2"


def test_an_excerpt_opening_with_a_later_section_names_its_group_by_its_symbols_only() -> None:
    named = make_report(
        "The delegate of Peru asked the secretariat to circulate the revised policy by 1 March 2030.",
        "The Chief of the Financial Resources Department presented Document CWG-FHR 21/6 on the budget.",
        section="4.2",
    )
    found = _meeting(named)
    assert found is not None and found[:2] == ("cwg-fhr", 21)
    unnamed = make_report(
        "Question 3/9 (Cable networks) – Rapporteur: Mr Ito Ken (Japan)",
        "The Rapporteur presented the report of the Question. The study group consented two drafts.",
        section="7.2",
    )
    found = _meeting(unnamed)
    assert found is None or not found[0].endswith("q3-9")

"""The report's own meeting, round 31: a group outside the catalogue named (with its acronym) only in the
title is the group that met, not the catalogue body that opens its name (``Council Working Group on X (CWG-X)``
is not the Council); a dateline followed by the meeting's mode in square brackets; a session's name with its
year between the meeting noun and the region or topic (``X Seminar 2031 for Africa``, its code ``XS-31-Africa``);
a session's code joined by a slash or a hyphen to the venue of its dateline (``WTDC-30/Kigali Highlights``); a
record's title after a committee's name on its header line (``STANDING COMMITTEE ON X – SUMMARY RECORD OF THE
THIRD MEETING``); a date a participle recalls (``..., recalling the launch of X on 17 May``); a Chairman's report
addressed to the Council's session whose lead numbers the group's meeting; an undated excerpt whose speakers are
councillors (a Council meeting). Names, codes, places and dates are our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import make_report, parsed_text
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.bodies import find_defined
from wsiskg.ingest.extract.datelines import dateline
from wsiskg.ingest.extract.persons import presumed_meeting_body

D = date
_LEAD = "The Group reviewed the draft report and agreed to continue its work by correspondence."


# ------------------------------------------------------------------ a group named only in the title
@pytest.mark.parametrize(
    ("title", "key", "name"),
    [
        (
            "Council Working Group on Road Safety Skills (CWG-RSS)",
            "cwg-rss",
            "Council Working Group on Road Safety Skills",
        ),
        ("Expert Group on Maritime Radio Rules (EG-MRR)", "eg-mrr", "Expert Group on Maritime Radio Rules"),
        ("COUNCIL WORKING GROUP ON RURAL BROADBAND (CWG-RBB)", "cwg-rbb", "Council Working Group on Rural Broadband"),
    ],
)
def test_a_group_defined_only_in_the_title_is_the_meeting_body(title: str, key: str, name: str) -> None:
    report = make_report("Geneva, 3-4 March 2031", _LEAD, title=title)
    assert presumed_meeting_body(report) == key
    assert _meeting(report) == (key, None, D(2031, 3, 3), D(2031, 3, 4))
    assert next(b for b in find_defined(report) if b.key == key).name.casefold() == name.casefold()


def test_a_group_defined_only_in_the_title_takes_the_meeting_the_lead_numbers() -> None:
    report = make_report(
        "The Group held its sixth meeting in Nairobi on 9 and 10 June 2032.",
        _LEAD,
        title="Advisory Group on Emergency Alerting (AG-EMA)",
    )
    assert _meeting(report) == ("ag-ema", 6, D(2032, 6, 9), D(2032, 6, 10))
    assert "itu-council" not in {b.key for b in extract(report).bodies if b.key == "ag-ema"}


def test_a_catalogue_body_defined_in_the_title_is_still_the_catalogue_body() -> None:
    report = make_report("Geneva, 3-4 March 2031", _LEAD, title="Council (C31) – Summary of decisions")
    assert presumed_meeting_body(report) == "itu-council"


# ------------------------------------------------------------------ the mode in square brackets after a dateline
@pytest.mark.parametrize(
    ("line", "start", "end", "place"),
    [
        ("Suva, 4-6 May 2029 [virtual]", D(2029, 5, 4), D(2029, 5, 6), "Suva"),
        ("Quito, 12 November 2030 [hybrid]", D(2030, 11, 12), None, "Quito"),
        ("Windhoek [online], 21-22 January 2033", D(2033, 1, 21), D(2033, 1, 22), "Windhoek"),
    ],
)
def test_a_mode_in_square_brackets_is_no_place(line: str, start: date, end: date | None, place: str) -> None:
    found = dateline(line)
    assert found is not None
    assert (found[0].start, found[0].end, found[1]) == (start, end, place)


def test_a_remark_in_square_brackets_is_still_no_dateline() -> None:
    assert dateline("Suva, 4-6 May 2029 [to be confirmed by the host]") is None


@pytest.mark.parametrize(
    "line", ["Apia, 4-6 May 2029 [virtual]", "Apia, 4-6 May 2029 [hybrid meeting]", "Apia [online], 4-6 May 2029"]
)
def test_a_meeting_dated_by_a_dateline_with_its_mode_in_square_brackets(tmp_path: Path, line: str) -> None:
    report = parsed_text(
        tmp_path, f"Summary of the Pacific Spectrum Workshop\n\n{line}\n\nThe participants reviewed the draft plan.\n"
    )
    assert _meeting(report) == ("pacific-spectrum-workshop", None, D(2029, 5, 4), D(2029, 5, 6))


# ------------------------------------------------------------------ a session's year or region inside its name or code
@pytest.mark.parametrize(
    ("line", "acronym", "start", "end"),
    [
        (
            "Regional Maritime Seminar 2031 for Africa (RMS-31-Africa) Dakar, Senegal, 2-6 June 2031",
            "RMS-31-Africa",
            D(2031, 6, 2),
            D(2031, 6, 6),
        ),
        (
            "Regional Development Forum 2030 for Asia and the Pacific (RDF-30-ASP)\n\nHanoi, Viet Nam, 4-5 March 2030",
            "RDF-30-ASP",
            D(2030, 3, 4),
            D(2030, 3, 5),
        ),
        (
            "Regional Workshop 2033 on Spectrum Pricing for the Caribbean (RWS-33-CAR)\n\nLima, Peru, 7-9 April 2033",
            "RWS-33-CAR",
            D(2033, 4, 7),
            D(2033, 4, 9),
        ),
    ],
)
def test_a_session_named_with_its_year_and_region(
    tmp_path: Path, line: str, acronym: str, start: date, end: date | None
) -> None:
    text = f"BUREAU OF TELECOMMUNICATION\n\nXYZ/SUM\n\n{line}\n\nCLOSING SUMMARY\n\nThe seminar had 120 participants.\n"
    report = parsed_text(tmp_path, text)
    found = extract(report)
    assert found.meeting is not None
    assert (found.meeting.start, found.meeting.end) == (start, end)
    body = next(b for b in found.bodies if b.key == found.meeting.body)
    assert body.acronym == acronym
    assert "20" not in body.name.split(" for ")[0]  # the series that met, its session's year left out


@pytest.mark.parametrize(
    "name", ["Forum on the 2030 Agenda for Sustainable Development", "Workshop on the 2031 Census for Africa"]
)
def test_a_year_of_the_topic_is_no_session_year(tmp_path: Path, name: str) -> None:
    from wsiskg.ingest.extract.meeting_heading import series_year_off

    assert series_year_off(name) == name


# ------------------------------------------------------------------ a session's code joined to its venue
@pytest.mark.parametrize(
    ("title", "dateline_", "key", "start", "end"),
    [
        ("WTDC-30/Kigali Highlights", "Kigali, Rwanda, 2-13 November 2030", "wtdc", D(2030, 11, 2), D(2030, 11, 13)),
        ("PP-34/Doha: Outcomes", "Doha, Qatar, 4-22 October 2034", "itu-pp", D(2034, 10, 4), D(2034, 10, 22)),
        ("WTSA-32-Lisbon Summary", "Lisbon, 1-9 March 2032", "wtsa", D(2032, 3, 1), D(2032, 3, 9)),
    ],
)
def test_a_session_code_joined_to_the_venue_of_its_dateline(
    tmp_path: Path, title: str, dateline_: str, key: str, start: date, end: date
) -> None:
    report = parsed_text(tmp_path, f"{title}\n\n{dateline_}\n\nThe delegates adopted the final acts.\n")
    assert _meeting(report) == (key, None, start, end)


def test_a_session_code_joined_to_another_place_is_not_read_as_the_session(tmp_path: Path) -> None:
    report = parsed_text(
        tmp_path, "WTDC-30/Rome Highlights\n\nKigali, Rwanda, 2-13 November 2030\n\nThe delegates adopted the acts.\n"
    )
    assert _meeting(report) != ("wtdc", None, D(2030, 11, 2), D(2030, 11, 13))


# ------------------------------------------------------------------ a record's title after the group's name on its line
@pytest.mark.parametrize(
    "line",
    [
        "STANDING COMMITTEE ON PERSONNEL AND FINANCE – SUMMARY RECORD OF THE THIRD MEETING",
        "STANDING COMMITTEE ON PERSONNEL AND FINANCE: MINUTES OF THE THIRD MEETING",
        "Standing Committee on Personnel and Finance – Summary record of the third meeting",
    ],
)
def test_a_record_title_after_the_committee_on_its_line_is_no_part_of_its_name(tmp_path: Path, line: str) -> None:
    text = (
        "Council 2031\n\nGeneva, 3-13 May 2031\n\nDocument C31/99-E\n\n12 May 2031\n\n"
        f"{line}\n\nWednesday, 5 May 2031, at 0930 hours\n\nChairman: Mr A. Bello (Nigeria)\n\n"
        "1 The Committee approved the draft budget.\n"
    )
    report = parsed_text(tmp_path, text)
    assert _meeting(report) == ("standing-committee-on-personnel-and-finance", 3, D(2031, 5, 5), None)
    body = next(b for b in extract(report).bodies if b.key == "standing-committee-on-personnel-and-finance")
    assert body.name.casefold() == "standing committee on personnel and finance"


def test_a_dash_before_other_words_keeps_the_line_whole() -> None:
    from wsiskg.ingest.extract.meeting_header import record_title_off

    line = "WORKING GROUP ON SPECTRUM – ADMINISTRATION OF THE PLAN"
    assert record_title_off(line) == line


# ------------------------------------------------------------------ what a participle recalls is not the meeting's date
@pytest.mark.parametrize(
    "lead",
    [
        "The Director opened the first meeting of the HLX, recalling the launch of the Skills Agenda on 17 May 2031.",
        "The Chair opened the first meeting of the HLX, noting the adoption of the Skills Charter on 17 May 2031.",
        "The first meeting of the HLX was opened by the Director, referring to the summit of 17 May 2031.",
    ],
)
def test_a_date_a_participle_recalls_does_not_date_the_meeting(tmp_path: Path, lead: str) -> None:
    text = (
        "Report of the first meeting — Nairobi, 5 October 2031\n\n"
        "High-Level Experts Group (HLX) on the Skills Agenda\n\n"
        f"1 {lead} The meeting was chaired by Ms A. Berg (Norway).\n\n2 The Group agreed on its work plan.\n"
    )
    assert _meeting(parsed_text(tmp_path, text)) == ("hlx", 1, D(2031, 10, 5), None)


def test_a_meeting_dated_in_its_own_clause_before_a_participle_keeps_its_date() -> None:
    from wsiskg.ingest.extract.meeting import own_dates_end

    text = "The Group held its fourth meeting on 3 May 2031, noting the report of 1 April 2031."
    assert text[: own_dates_end(text, text.index("meeting"), len(text))].endswith("on 3 May 2031")


# ------------------------------------------------------------ a Chairman's report addressed to the Council's session
@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("REPORT OF THE CHAIRMAN OF THE COUNCIL WORKING GROUP ON ROAD SAFETY SKILLS (CWG-RSS)", "cwg-rss"),
        ("Report of the Chair of the Council Working Group on Road Safety Skills (CWG-RSS)", "cwg-rss"),
        ("Report by the Chairman of the Expert Group on Maritime Telecommunication Rules (EG-MTR)", "eg-mtr"),
    ],
)
@pytest.mark.parametrize(
    "lead",
    [
        "The fifth meeting of the Group took place at ITU headquarters on the dates shown above.",
        "The Group held its fifth meeting at ITU headquarters on the dates indicated above.",
    ],
)
def test_a_chairmans_report_is_of_the_groups_numbered_meeting_not_the_session_it_goes_to(
    tmp_path: Path, title: str, key: str, lead: str
) -> None:
    text = (
        f"{title}\n\nGeneva, 1-2 February 2031\n\nTO THE 2031 SESSION OF THE COUNCIL\n\nDocument C31/24-E\n\n"
        f"Introduction\n\n{lead} It was chaired by Ms A. Berg (Norway).\n\nThe Group had before it six documents.\n"
    )
    assert _meeting(parsed_text(tmp_path, text)) == (key, 5, D(2031, 2, 1), D(2031, 2, 2))


# ------------------------------------------------------------ an undated excerpt whose speakers are a body's members
@pytest.mark.parametrize(
    "texts",
    [
        (
            "The councillor from Chile, Ms R. Soto, welcomed the draft strategy and asked that it be circulated.",
            "The councillor from Ghana supported the proposal and requested that CWG-FHR review it by 1 May 2032.",
        ),
        (
            "would be published before the end of the session.",
            "The councillor from Japan asked the Director of TSB to report on the pilot.",
            "The councillors from Mali and Niger supported the request made by the councillor from Japan.",
        ),
        (
            "The councillor from Fiji thanked the Chairman of the Council Working Group on Child Online "
            "Protection, which held its ninth meeting on 3 February 2032.",
            "The councillor from Peru, supported by the councillor from Chile, proposed to take note of the report.",
        ),
    ],
)
def test_an_excerpt_whose_speakers_are_councillors_records_a_council_meeting(texts: tuple[str, ...]) -> None:
    report = make_report(*texts)
    assert _meeting(report) == ("itu-council", None, None, None)


def test_a_dated_record_is_not_read_by_its_speakers() -> None:
    report = make_report(
        "The councillor from Chile welcomed the draft strategy.",
        "The councillor from Ghana supported the proposal.",
        title="Council Working Group on Road Skills (CWG-RS) – Report of the fourth meeting (Geneva, 3-4 March 2031)",
    )
    assert _meeting(report) == ("cwg-rs", 4, D(2031, 3, 3), D(2031, 3, 4))


@pytest.mark.parametrize(
    "acting", ["The Committee recommended that the Council approve the plan.", "Committee noted that it had fallen."]
)
def test_councillors_in_a_committees_record_do_not_make_it_a_council_meeting(acting: str) -> None:
    from wsiskg.ingest.extract.meeting_excerpts import members_meeting as _members
    from wsiskg.ingest.extract.study_groups import meeting_body_names

    report = make_report(
        "The councillor from Chile asked whether the freeze had been lifted.",
        "The councillor from Ghana requested the secretariat to present an analysis.",
        acting,
    )
    assert _members(report, meeting_body_names(report)) is None
    assert _meeting(report) != ("itu-council", None, None, None)

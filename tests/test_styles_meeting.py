"""The report's own meeting in other styles than the sample: the body and number from a title,
a header line or a lead sentence; dates, place, attendance mode and delegates; meetings
without a number (named after the report), sessions of a body named in the header, the number
of documents considered."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import fixture_extraction, fixture_store, make_report, query_rows, report_fixture

from wsiskg.core.store import Store
from wsiskg.ingest.extract.meeting import find_meeting

cop7 = report_fixture("cwg-cop-7")
cwg40 = report_fixture("cwg-wsis-40")
internet22 = report_fixture("cwg-internet-22")


# ------------------------------------------------------------------ the meetings query, report by report
def test_meeting_in_every_format(cop7: Store) -> None:
    (m,) = query_rows(cop7, "meetings")
    assert m["meeting"].endswith("/id/meeting/cwg-cop-7")
    assert m["body"] == "Council Working Group on Child Online Protection"
    assert (m["number"], m["start"], m["end"], m["mode"]) == ("7", "2023-09-14", "2023-09-15", "hybrid")
    assert m["place"] == "Geneva"
    assert m["delegates"] == "85"
    assert m["chair"] == "Amina Diallo"


def test_meeting_with_agenda_item_headings() -> None:
    (m,) = query_rows(fixture_store("cwg-wsis-sdg-41"), "meetings")
    assert m["meeting"].endswith("/id/meeting/cwg-wsis-sdg-41")
    assert (m["body"], m["bodyAcronym"], m["number"]) == ("Council Working Group on WSIS&SDG", "CWG-WSIS&SDG", "41")
    assert (m["start"], m["end"], m["mode"], m["place"], m["delegates"]) == (
        "2024-09-17",
        "2024-09-18",
        "hybrid",
        "Geneva",
        "112",
    )
    assert m["chair"] == "Ingrid Solberg"


def test_meeting_of_an_open_consultation_in_every_format(internet22: Store) -> None:
    (m,) = query_rows(internet22, "meetings")
    assert (m["bodyAcronym"], m["number"], m["start"], m["end"]) == ("CWG-Internet", "22", "2025-01-29", "2025-01-29")
    assert (m["mode"], m["place"], m["delegates"], m["chair"]) == ("hybrid", "Geneva", "76", "Abdullah Al-Harbi")


def test_an_event_outcome_document_records_the_events_session() -> None:
    # "WSIS+20 High-Level Event 2025 / Outcome document: Chair's summary / ... was held from 7 to 11 July 2025"
    (m,) = query_rows(fixture_store("wsis-forum-2025-outcome"), "meetings")
    assert (m["body"], m["number"], m["start"], m["end"]) == (
        "WSIS+20 High-Level Event",
        "",
        "2025-07-07",
        "2025-07-11",
    )
    assert m["chair"] == "Mateo Alvarez"


def test_meeting_with_venue_and_undotted_numbering_in_every_format(cwg40: Store) -> None:
    (m,) = query_rows(cwg40, "meetings")
    assert m["meeting"].endswith("/id/meeting/cwg-wsis-sdg-40")
    assert (m["number"], m["start"], m["end"], m["mode"]) == ("40", "2024-02-06", "2024-02-07", "hybrid")
    assert m["place"] == "Geneva, Switzerland"  # not "ITU" (headquarters is the building)
    assert m["delegates"] == "95"  # not the 40 who attended remotely


def test_expert_group_meeting_with_roman_parts() -> None:
    (m,) = query_rows(fixture_store("egti-12"), "meetings")
    assert (m["number"], m["start"], m["end"], m["mode"], m["place"]) == (
        "12",
        "2023-09-25",
        "2023-09-27",
        "hybrid",
        "Geneva, Switzerland",
    )
    assert (m["delegates"], m["delegatesQualifier"]) == ("120", "about")  # "Some 120 delegates from 60 Member States"


def test_summary_record_meeting_dates_from_lead_sentence() -> None:
    (m,) = query_rows(fixture_store("summary-record"), "meetings")
    assert (m["number"], m["start"], m["mode"], m["delegates"], m["delegatesQualifier"]) == (
        "3",
        "2024-03-14",
        "virtual",
        "200",
        "more than",
    )


def test_upper_case_title_and_dateline() -> None:
    (m,) = query_rows(fixture_store("cwg-wsis-40-upper"), "meetings")
    assert (m["number"], m["start"], m["end"], m["place"], m["mode"]) == (
        "40",
        "2024-02-06",
        "2024-02-07",
        "Geneva",
        "virtual",
    )


def test_place_after_the_building_in_a_report_with_roman_parts() -> None:
    (m,) = query_rows(fixture_store("tdag-31-roman-parts"), "meetings")
    assert (m["number"], m["start"], m["end"], m["place"], m["mode"], m["delegates"]) == (
        "31",
        "2024-05-22",
        "2024-05-26",
        "Geneva",
        "hybrid",
        "300",
    )


# ------------------------------------------------------------------ meetings without a number
def test_ungis_meeting_without_a_number_is_named_after_the_report() -> None:
    (m,) = query_rows(fixture_store("ungis-2024-paris"), "meetings")
    assert m["meeting"].endswith("/id/meeting/ungis-2024")  # named after the report
    assert (m["number"], m["start"], m["place"], m["mode"]) == ("", "2024-03-12", "Paris", "hybrid")


def test_ungis_meeting_body_and_documents_considered() -> None:
    x = fixture_extraction("ungis-2024-paris")
    assert x.meeting is not None and (x.meeting.body, x.meeting.number, x.meeting.documents_considered) == (
        "ungis",
        None,
        9,
    )


def test_rapporteur_group_meeting_and_passive_count() -> None:
    m = fixture_extraction("itud-sg1-rapporteur").meeting
    assert m is not None
    assert (m.body, m.number, m.start, m.end, m.place, m.mode, m.delegates, m.documents_considered) == (
        "rapporteur-group-question-1-1",
        None,
        date(2024, 10, 14),
        date(2024, 10, 15),
        "Geneva",
        "hybrid",
        85,
        12,
    )


@pytest.mark.parametrize(
    ("title", "texts", "body"),
    [
        ("Report of the UNGIS meeting held on 12 March 2024 in Paris", ("Text.",), "ungis"),
        (
            None,
            ("The annual meeting of the Partnership on Measuring ICT for Development was held on 3 May 2024.",),
            "partnership-measuring-ict",
        ),
    ],
)
def test_meetings_without_a_number(title: str | None, texts: tuple[str, ...], body: str) -> None:
    m = find_meeting(make_report(*texts, title=title))
    assert m is not None and (m.body, m.number) == (body, None)
    assert m.start is not None


def test_an_unnumbered_meeting_must_be_held_and_a_numbered_one_wins() -> None:
    assert find_meeting(make_report("The outcome was presented at the ITU Council meeting.")) is None
    m = find_meeting(
        make_report("The UNGIS meeting was held in Paris.", "The 12th meeting of the EGTI took place on 3 May 2024.")
    )
    assert m is not None and m.number == 12


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The Group considered 12 documents.", 12),
        ("Twelve documents were considered by the meeting.", 12),
        ("The meeting had before it 9 documents.", 9),
        ("A total of 14 contributions were received.", 14),
        ("The previous meeting considered 30 documents.", None),
    ],
)
def test_documents_considered_forms(text: str, n: int | None) -> None:
    m = find_meeting(make_report(text, title="Report of the 5th meeting of the EGTI"))
    assert m is not None and m.documents_considered == n


# ------------------------------------------------------------------ a session of a body named in the header
def test_council_session_header_gives_the_meeting() -> None:
    (m,) = query_rows(fixture_store("council-2024-wsis"), "meetings")
    assert (m["body"], m["number"], m["start"], m["end"], m["place"]) == (
        "ITU Council",
        "4",  # "Summary record of the fourth plenary meeting": the numbered meeting, not the session
        "2024-06-04",
        "2024-06-14",
        "Geneva",
    )
    assert m["meeting"].endswith("/id/meeting/itu-council-2024-4")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("PP-22", "Bucharest, 26 September - 14 October 2022", "Document 12-E"),
            ("itu-pp", "2022-09-26", "2022-10-14", "Bucharest"),
        ),
        (
            ("Council 2023, Geneva, 11-21 July 2023", "Summary record"),
            ("itu-council", "2023-07-11", "2023-07-21", "Geneva"),
        ),
        (("Council 2024", "Geneva, 4-14 June 2023"), None),  # a dateline of another year
        (("WSIS+20 High-Level Event 2025", "Geneva, 7-11 July 2025"), None),  # an event of no body
        (("Preparations for Council 2024", "Geneva, 4-14 June 2024"), None),  # the line is more than the session
    ],
)
def test_session_meeting_from_the_header(lines: tuple[str, ...], expected: tuple[str, ...] | None) -> None:
    from wsiskg.ingest.extract.events import session_meeting

    meeting = session_meeting(make_report(*lines, "1 The meeting discussed the agenda."))
    got = None if meeting is None else (meeting.body, meeting.start.isoformat(), meeting.end.isoformat(), meeting.place)
    assert got == expected
    assert meeting is None or meeting.number is None


def test_header_line_with_the_meetings_own_ordinal_gives_its_dates() -> None:
    # "Forty-second meeting, Geneva, 3 and 4 February 2025"
    (m,) = query_rows(fixture_store("cwg-wsis-sdg-42-agenda"), "meetings")
    assert (m["number"], m["start"], m["end"], m["place"]) == ("42", "2025-02-03", "2025-02-04", "Geneva")


def test_header_line_with_another_ordinal_gives_no_dates() -> None:
    report = make_report(
        "Forty-first meeting, Geneva, 3 and 4 February 2025",
        "This document contains the report of the 42nd meeting of the Council Working Group on WSIS&SDG.",
        title="Report of the 42nd meeting of the Council Working Group on WSIS&SDG",
    )
    meeting = find_meeting(report)
    assert meeting is not None and (meeting.number, meeting.start) == (42, None)


# ------------------------------------------------------------------ Chairman's reports, the present meeting
def _own(*texts: str, title: str) -> tuple[str, int | None, date | None, date | None] | None:
    from wsiskg.ingest.extract import extract

    m = extract(make_report(*texts, title=title)).meeting
    return None if m is None else (m.body, m.number, m.start, m.end)


def test_a_chairmans_report_covering_several_meetings_records_the_last_one_listed() -> None:
    assert _own(
        "Council 2031",
        "Geneva, 9-19 June 2031",
        "Document C31/40-E",
        "2 May 2031",
        "This report covers the Group's two meetings since Council 2030.",
        "Meeting | Dates | Participants",
        "First meeting, 2-3 October 2030, 80",
        "Second meeting, 5 February 2031, 95",
        "Third meeting, 12 September 2031 (to be confirmed)",
        title="Report by the Chairman of the Council Working Group on Languages",
    ) == ("cwg-lang", 2, date(2031, 2, 5), None)


def test_a_chairs_report_names_its_group_by_the_acronym_the_text_defines() -> None:
    from wsiskg.ingest.extract import extract

    report = make_report(
        "COUNCIL 2030",
        "Lima, 2-11 June 2030",
        "The Council Expert Group on Digital Skills (CEG-DS) met twice since its establishment:",
        "4th meeting (12 May 2029)",
        "5th meeting (8-9 September 2029)",
        "Ms Nomvula Dlamini-Khoza (South Africa) chaired both meetings.",
        title="Report by the Chair of the Council Expert Group on Digital Skills",
    )
    extraction = extract(report)
    m = extraction.meeting
    assert m is not None and (m.body, m.number, m.start, m.end) == ("ceg-ds", 5, date(2029, 9, 8), date(2029, 9, 9))
    (body,) = [b for b in extraction.bodies if b.key == "ceg-ds"]
    assert (body.name, body.acronym) == ("Council Expert Group on Digital Skills", "CEG-DS")


def test_a_chairmans_report_records_the_meeting_it_says_it_covers_not_the_councils_session() -> None:
    assert _own(
        "Council 2031",
        "Geneva, 9-19 June 2031",
        "This report covers the 9th meeting, held in Geneva on 3 and 4 March 2031.",
        title="Report by the Chairman of the Council Working Group on Languages",
    ) == ("cwg-lang", 9, date(2031, 3, 3), date(2031, 3, 4))


def test_the_present_meeting_of_an_excerpt() -> None:
    assert _own(
        "ters of the work programme were discussed at length by the Group.",
        "TSAG noted that the present meeting (Lima, 12-16 May 2031) was the last before the Assembly, and "
        "it is proposed to hold the next meeting from 2 to 4 February 2032.",
        title="",
    ) == ("tsag", None, date(2031, 5, 12), date(2031, 5, 16))


def test_a_name_before_its_number_is_no_body_of_a_meeting() -> None:
    # "Working Parties 5A and 5B": the name goes on with its designators; the meeting is no meeting of "Working Parties"
    assert (
        _own(
            "The Chairman presented the results of the joint meeting of Working Parties 5A and 5B held in Lima "
            "from 3 to 7 March 2031.",
            title="",
        )
        is None
    )


def test_the_title_bodys_meeting_said_to_be_held_wins_over_another_bodys_numbered_one() -> None:
    assert _own(
        "Working-level meeting",
        "Lima, 3-4 May 2030",
        "The working-level meeting of the Telecommunication Development Advisory Group was held in Lima on "
        "3 and 4 May 2030.",
        "Members heard about the fifth meeting of the Expert Group on ICT Household Indicators, held in Quito "
        "on 2 March 2029.",
        title="TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP (TDAG)",
    ) == ("tdag", None, date(2030, 5, 3), date(2030, 5, 4))


def test_the_headquarters_of_an_organisation_is_no_place() -> None:
    m = find_meeting(
        make_report(
            "The annual meeting of UNGIS was held at the Headquarters of UNESCO on 3 May 2030.", title="Summary"
        )
    )
    assert m is not None and m.place is None


@pytest.mark.parametrize(
    ("lines", "title", "expected"),
    [
        (  # a header line of the ordinal meeting and its dateline, under the group's name
            ("Council Working Group on Languages", "Seventh meeting, Lima, 3-4 May 2031"),
            "REPORT",
            ("cwg-lang", 7, date(2031, 5, 3), date(2031, 5, 4)),
        ),
        (
            ("Ninth meeting – Accra, 3 and 4 March 2030", "Document CWG-LANG-9/2"),
            "Council Working Group on Languages",
            ("cwg-lang", 9, date(2030, 3, 3), date(2030, 3, 4)),
        ),
        (  # a session of a group in the title
            ("Lima, 3-5 May 2031", "1 Opening"),
            "Report of the fifth session of the Expert Group on Telecommunication/ICT Indicators",
            ("egti", 5, date(2031, 5, 3), date(2031, 5, 5)),
        ),
        (  # a summary of two meetings: the last one
            ("Geneva, 3 March and 5 May 2031", "The Group reviewed its work plan."),
            "Summary of the fifth and sixth meetings of the Council Working Group on Languages",
            ("cwg-lang", 6, date(2031, 5, 5), None),
        ),
        (
            ("The meetings were held in Geneva on 3 and 4 March 2031 and on 5 and 6 May 2031.",),
            "Summary of the 5th, 6th and 7th meetings of the Expert Group on Rural Access (EGRA)",
            ("egra", 7, date(2031, 5, 5), date(2031, 5, 6)),
        ),
        (  # a dateline with the mode after the date
            ("12 May 2030 – Virtual event", "The participants discussed the draft."),
            "Report of the third meeting of the Expert Group on Telecommunication/ICT Indicators",
            ("egti", 3, date(2030, 5, 12), None),
        ),
        (  # a kind of meeting before "meeting"
            ("Date: 3 March 2031", "Venue: online"),
            "Minutes of the UNGIS working-level meeting",
            ("ungis", None, date(2031, 3, 3), None),
        ),
    ],
)
def test_headers_of_other_styles(lines: tuple[str, ...], title: str, expected: tuple[object, ...]) -> None:
    assert _own(*lines, title=title) == expected


def test_a_session_in_prose_is_not_the_reports_meeting() -> None:
    # only a title or a header line names the report's meeting by a session
    assert (
        _own(
            "The Director recalled the first session of the Conference Preparatory Meeting for WRC-31, held on "
            "3 and 4 May 2029.",
            title="",
        )
        is None
    )


def test_an_ordinal_meeting_header_is_of_the_title_group_not_a_council_named_in_prose() -> None:
    from wsiskg.ingest.extract.meeting import load_body_names
    from wsiskg.ingest.extract.own_meeting import own_meeting

    report = make_report(
        "Eleventh meeting, Lima, 1-2 February 2030",
        "1 This contribution is submitted on behalf of the administrations of the region, which reported to the "
        "Council at its last session on the results of the national campaigns for the protection of children.",
        title="Council Working Group on Child Online Protection",
    )
    records, named = own_meeting(report, load_body_names())
    # a contribution (it says so) records no meeting; the one its header names is the group's
    assert records is None and named is not None
    assert (named.body, named.number, named.start, named.end) == ("cwg-cop", 11, date(2030, 2, 1), date(2030, 2, 2))


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("REPORT OF THE 12TH TSAG MEETING", 12),
        ("REPORT OF THE TWELFTH MEETING OF THE TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP", 12),
    ],
)
def test_a_title_in_capitals_with_the_meetings_ordinal(title: str, number: int) -> None:
    assert _own("Geneva, 3-7 June 2030", "1 Opening", title=title) == (
        "tsag",
        number,
        date(2030, 6, 3),
        date(2030, 6, 7),
    )


@pytest.mark.parametrize(
    ("lead", "title", "body"),
    [
        (
            "1 The Group met in Quito on 3 and 4 May 2031 under the chairmanship of Ms Wanjiru Kamau.",
            "Expert Group on ICT Household Indicators",
            "egh",
        ),  # fmt: skip
        (
            "1 The meeting was held in Quito on 3 and 4 May 2031.",
            "Report of the Expert Group on Telecommunication/ICT Indicators",
            "egti",
        ),
    ],
)
def test_the_unnumbered_meeting_of_the_title_group_said_to_be_held(lead: str, title: str, body: str) -> None:
    assert _own(lead, "2 The members reviewed the draft.", title=title) == (
        body,
        None,
        date(2031, 5, 3),
        date(2031, 5, 4),
    )


def test_a_contribution_to_a_group_records_no_held_meeting() -> None:
    assert (
        _own(
            "Contribution from the Republic of Chile",
            "1 The Group met in Quito on 3 and 4 May 2031 and asked for proposals.",
            title="Expert Group on ICT Household Indicators",
        )
        is None
    )

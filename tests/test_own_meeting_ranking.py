"""The report's own meeting chosen by one ranking (ingest/extract/meeting_candidates.py,
meeting_ranking.py): every candidate the front names, scored by its evidence. Classes: a summary
record's numbered meeting inside the session of its header; a committee named on the line above
the ordinal; a sub-committee's or a standing committee's meetings over some days, not the session
around them; a record of two meetings; a meeting the report's own prepares or is addressed to; a
heading dated only by the day the document was issued; the evidence and its weights as data."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.document import new_document
from wsiskg.ingest.extract.genre import line_genre, records_meeting
from wsiskg.ingest.extract.meeting_candidates import candidates
from wsiskg.ingest.extract.meeting_ranking import EVIDENCE, evidence
from wsiskg.ingest.extract.study_groups import meeting_body_names
from wsiskg.ingest.records import ParsedReport

DATA = Path(__file__).resolve().parents[1] / "ingest" / "data"


def _features(report: ParsedReport) -> dict[str, frozenset[str]]:
    """``body -> features`` of each candidate."""
    new_document(report)
    names = meeting_body_names(report)
    found = candidates(report, names)
    return {c.meeting.body: f for c, f in zip(found, evidence(report, names, found), strict=True)}


# ------------------------------------------------------------------ a numbered meeting inside its session
@pytest.mark.parametrize(
    ("session", "dateline", "ordinal", "sitting", "number", "day"),
    [
        ("COUNCIL 2031", "Geneva, 9-19 June 2031", "OF THE SECOND PLENARY MEETING",
         "Tuesday, 10 June 2031, at 1430 hours", 2, date(2031, 6, 10)),
        ("COUNCIL 2033", "Geneva, 5-15 May 2033", "OF THE SEVENTH PLENARY MEETING",
         "Friday, 13 May 2033, at 0930 hours", 7, date(2033, 5, 13)),
    ],
)  # fmt: skip
def test_a_summary_records_numbered_meeting_wins_over_the_session_around_it(
    session: str, dateline: str, ordinal: str, sitting: str, number: int, day: date
) -> None:
    report = make_report(
        session,
        dateline,
        "Document C31/77-E",
        ordinal,
        sitting,
        "Chairman: Mr Tomasz Wrona (Poland)",
        title="SUMMARY RECORD",
    )
    assert _meeting(report) == ("itu-council", number, day, None)


def test_the_committee_named_above_the_ordinal_line_is_the_meetings_body() -> None:
    report = make_report(
        "COUNCIL 2032",
        "Geneva, 12-22 October 2032",
        "Document C32/90-E",
        "STANDING COMMITTEE ON STAFF AND PENSIONS",
        "OF THE FOURTH MEETING",
        "Wednesday, 20 October 2032, at 1000 hours",
        title="SUMMARY RECORD",
    )
    assert _meeting(report) == ("standing-committee-on-staff-and-pensions", 4, date(2032, 10, 20), None)


# ------------------------------------------------------------------ the body the title names, over its own days
def test_a_sub_committees_report_is_of_its_meetings_not_of_the_preparatory_committee() -> None:
    report = make_report(
        "World Summit on the Information Society",
        "Third Meeting of the Preparatory Committee (PrepCom-3)",
        "Geneva, 8-19 March 2032",
        "Document WSIS/PC-3/SC-B/4-E",
        "18 March 2032",
        "Sub-Committee B was set up by the Plenary on 8 March 2032. It held nine meetings between 9 and 17 March 2032.",
        title="REPORT OF SUB-COMMITTEE B TO THE PREPARATORY COMMITTEE",
    )
    assert _meeting(report) == ("sub-committee-b", None, date(2032, 3, 9), date(2032, 3, 17))
    assert "addressed" in _features(report)["prepcom"]


def test_a_chairmans_report_of_meetings_held_over_some_days_is_not_of_the_council_session() -> None:
    report = make_report(
        "COUNCIL 2030",
        "Geneva, 1-11 October 2030",
        "Document C30/66-E",
        "The Standing Committee on Budget Matters (SCBM) held four meetings between 2 and 9 October 2030 under "
        "the chairmanship of Ms Ilse Vandamme (Belgium).",
        title="REPORT BY THE CHAIRMAN OF THE STANDING COMMITTEE ON BUDGET MATTERS",
    )
    assert _meeting(report) == ("scbm", None, date(2030, 10, 2), date(2030, 10, 9))


def test_a_record_of_two_meetings_is_of_the_later() -> None:
    report = make_report(
        "Expert Group on Telecommunication Indicators (EGTI)",
        "Document EGTI-7/3-E",
        "The Group held its sixth meeting on 4 February 2032 and its seventh on 12 and 13 May 2032.",
        "The seventh meeting of EGTI was chaired by Mr Ruslan Beketov (Kazakhstan).",
        title="SUMMARY OF THE SIXTH AND SEVENTH MEETINGS",
    )
    found = _meeting(report)
    assert found is not None and found[:2] == ("egti", 7)


# ------------------------------------------------------------------ a meeting it prepares; a day of issue
def test_a_regional_preparatory_meeting_is_not_the_conference_it_prepares() -> None:
    report = make_report(
        "Regional Preparatory Meeting for WTDC-30 for Africa (RPM-AFR)",
        "Sharm el-Sheikh, Egypt, 4-6 May 2029",
        "The meeting recommended that its report be submitted as an input to WTDC-30 at its first meeting "
        "on 3 February 2030.",
        title="FINAL REPORT",
    )
    assert _meeting(report) == ("rpm-afr", None, date(2029, 5, 4), date(2029, 5, 6))


def test_a_heading_dated_only_by_the_documents_issue_date_is_no_meeting_of_it() -> None:
    report = make_report(
        "World Summit on the Information Society",
        "Document WSIS/PC-2/SC-C/9-E",
        "14 April 2032",
        "Second meeting of the Preparatory Committee (PrepCom-2), Geneva, 5-16 April 2032",
        "Sub-Committee C held six meetings between 6 and 13 April 2032.",
        title="REPORT OF SUB-COMMITTEE C",
    )
    features = _features(report)
    assert "issue-date" in features["world-summit-on-the-information-society"]
    assert _meeting(report) == ("sub-committee-c", None, date(2032, 4, 6), date(2032, 4, 13))


# ------------------------------------------------------------------ genre: speeches and a record's cue as a topic
@pytest.mark.parametrize(
    ("line", "genre"),
    [
        ("STATEMENT ON BEHALF OF THE GROUP OF LANDLOCKED COUNTRIES ON BROADBAND", "speech"),
        ("Delivered by Mr Anders Holm, Permanent Representative of Denmark", "speech"),
        ("[Check against delivery]", "speech"),
        ("TRANSCRIPT OF THE CLOSING ADDRESS by the Minister of ICT", "speech"),
        ("Global meeting on the review of the implementation of the outcomes of the Summit", None),
        ("Outcomes of the Digital Skills Forum 2031", "record"),
    ],
)
def test_speech_cues_and_a_records_cue_as_the_topic_of_a_name(line: str, genre: str | None) -> None:
    assert line_genre(line) == genre


def test_a_transcript_of_an_opening_statement_records_no_meeting() -> None:
    report = make_report(
        "Lomé (Togo), 7-9 March 2032",
        "TRANSCRIPT OF THE OPENING STATEMENT by H.E. Ms Afi Mensah, Minister of Digital Economy",
        "[Check against delivery]",
        "I welcome you to Lomé for this three-day workshop.",
        title="ITU REGIONAL WORKSHOP ON SPECTRUM MANAGEMENT FOR WEST AFRICA",
    )
    assert not records_meeting(report)
    assert extract(report).meeting is None


# ------------------------------------------------------------------ the evidence is data
def test_every_weight_of_the_data_is_a_feature_the_ranking_reads_with_its_meaning() -> None:
    with (DATA / "meeting_ranker.csv").open(encoding="utf-8") as f:
        rows = {r["feature"]: (float(r["weight"]), r["meaning"]) for r in csv.DictReader(f)}
    prefixes = (
        "reader:",
        "readers:",
        "first:",
        "mentions:",
        "genre:",
        "candidates:",
        "has:",
        "body:",
        "among:",
        "order:",
    )
    assert all(f in EVIDENCE or f == "candidate" or f.startswith(prefixes) for f in rows)
    assert all(meaning for _, meaning in rows.values())
    assert rows["addressed"][0] < 0 < rows["title-body"][0]


def test_the_committee_named_above_the_ordinal_line_is_a_body_of_the_report() -> None:
    report = make_report(
        "COUNCIL 2034",
        "Geneva, 3-13 June 2034",
        "STANDING COMMITTEE ON STAFF AND PENSIONS",
        "OF THE SECOND MEETING",
        "Monday, 5 June 2034, at 1430 hours",
        "The Standing Committee on Staff and Pensions considered Document C34/12.",
        title="SUMMARY RECORD",
    )
    bodies = {b.key: b.name for b in extract(report).bodies}
    assert bodies["standing-committee-on-staff-and-pensions"] == "Standing Committee on Staff and Pensions"


def test_a_title_cut_after_of_the_names_no_meeting_of_its_own() -> None:
    report = make_report(
        "Council Working Group on Child Online Protection",
        "Document CWG-COP/19/4-E",
        "Geneva, 9 and 10 March 2033",
        "The nineteenth meeting of the Council Working Group on Child Online Protection was held in Geneva on 9 and "
        "10 March 2033.",
        title="REPORT ON THE NINETEENTH MEETING OF THE",
    )
    assert "meeting-of-the" not in _features(report)
    assert _meeting(report) == ("cwg-cop", 19, date(2033, 3, 9), date(2033, 3, 10))


def test_an_ordinal_of_the_headers_conference_is_not_of_a_group_named_in_the_prose() -> None:
    report = make_report(
        "PLENIPOTENTIARY CONFERENCE (PP-30)",
        "Lisbon, 1-19 October 2030",
        "Document 188-E",
        "The Chairman of the Council Working Group on Languages introduced the report of the Group.",
        title="MINUTES OF THE NINTH PLENARY MEETING Thursday, 10 October 2030, at 0930 hours",
    )
    assert _meeting(report) == ("itu-pp", 9, date(2030, 10, 10), None)


def test_a_chairmans_report_naming_only_the_council_session_it_is_for_records_no_meeting() -> None:
    report = make_report(
        "Council 2031",
        "Geneva, 10-20 June 2031",
        "Document C31/40-E",
        "This report presents the work of the Group since Council 2030.",
        title="Report by the Chairman of the Council Working Group on Languages",
    )
    assert "addressed" in _features(report)["itu-council"]
    assert extract(report).meeting is None


def test_a_kind_line_dated_with_its_venue_and_hours_under_the_bodys_title() -> None:
    report = make_report(
        "Annual meeting, UNESCO Headquarters, Paris, 14 March 2033 (10:00-13:00)",
        "Summary of the meeting",
        "The meeting was chaired by Ms Oona Virtanen, UNESCO.",
        title="United Nations Group on the Information Society (UNGIS)",
    )
    assert _meeting(report) == ("ungis", None, date(2033, 3, 14), None)


@pytest.mark.parametrize(
    "lines",
    [
        ("OF THE FOURTH MEETING OF COMMITTEE 6",),
        ("OF THE", "FOURTH MEETING OF COMMITTEE 6"),
    ],
)
def test_an_ordinal_meeting_of_a_committee_on_the_line_under_the_title(lines: tuple[str, ...]) -> None:
    report = make_report(
        "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-34)",
        "Nairobi, 2-13 October 2034",
        "COMMITTEE 6",
        "Document 140-E",
        *lines,
        "Wednesday, 11 October 2034, at 0930 hours",
        "1 Approval of the summary record of the third meeting (Document 97)",
        title="SUMMARY RECORD",
    )
    assert _meeting(report) == ("committee-6", 4, date(2034, 10, 11), None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The open consultation was followed by the ninth meeting of the Group on 14 and 15 February 2033.",
        "Ninth meeting of CWG-LANG, 14-15 February 2033, ITU headquarters, Geneva, CWG-LANG-9/5",
    ],
)
def test_a_chairmans_report_is_of_the_last_meeting_it_dates_not_the_council_session(sentence: str) -> None:
    report = make_report(
        "Council 2033",
        "Geneva, 7-17 June 2033",
        "Document C33/31-E",
        "28 April 2033",
        "This report covers the eighth and ninth meetings of the Council Working Group on Languages (CWG-LANG).",
        "The eighth meeting was held on 3 and 4 October 2032.",
        sentence,
        title="Report by the Chairman of the Council Working Group on Languages",
    )
    assert _meeting(report) == ("cwg-lang", 9, date(2033, 2, 14), date(2033, 2, 15))


def test_an_event_held_within_a_forums_week_does_not_make_the_forum_a_session_around_the_record() -> None:
    report = make_report(
        "Geneva, 12-16 May 2031",
        "The Regional Workshop on Digital Skills was held in Room K on 14 May 2031.",
        "Over 2 000 participants attended the Forum.",
        title="WSIS Forum 2031: Outcomes and Highlights",
    )
    features = _features(report)
    assert "encloses" not in features["wsis-forum"]
    assert _meeting(report) == ("wsis-forum", None, date(2031, 5, 12), date(2031, 5, 16))


@pytest.mark.parametrize(
    ("line", "key", "number"),
    [
        ("SUMMARY RECORD OF THE SECOND MEETING OF THE STANDING COMMITTEE ON STAFF AND PENSIONS",
         "standing-committee-on-staff-and-pensions", 2),
        ("Summary record of the fifth meeting of Committee 4", "committee-4", 5),
    ],
)  # fmt: skip
def test_a_summary_record_line_naming_the_ordinal_and_its_committee(line: str, key: str, number: int) -> None:
    report = make_report(
        "COUNCIL 2035",
        "Geneva, 4-14 June 2035",
        line,
        "Thursday, 7 June 2035, at 0930 hours",
        title="INTERNATIONAL TELECOMMUNICATION UNION",
    )
    assert _meeting(report) == (key, number, date(2035, 6, 7), None)


# ------------------------------------------------------------------ the classes the newest reports showed
def test_a_standing_committees_summary_record_is_of_its_numbered_meeting_not_the_council() -> None:
    # the committee's name is a header line of its own under the session's lines, not above the title
    report = make_report(
        "Council 2033",
        "Geneva, 7-17 May 2033",
        "Document C33/90-E",
        "12 May 2033",
        "STANDING COMMITTEE ON FINANCE AND STAFF",
        "Tuesday, 10 May 2033, from 0930 to 1230 hours",
        "Chairman: Mr Ilkka Rautavaara (Finland)",
        title="SUMMARY RECORD OF THE THIRD MEETING",
    )
    found = _meeting(report)
    assert found is not None and found[:3] == ("standing-committee-on-finance-and-staff", 3, date(2033, 5, 10))
    assert "encloses" in _features(report)["itu-council"]


def test_a_plenarys_minutes_are_not_of_a_committee_its_table_of_subjects_names() -> None:
    report = make_report(
        "WORLD RADIOCOMMUNICATION CONFERENCE (WRC-31)",
        "Sharm el-Sheikh, 3-28 November 2031",
        "PLENARY MEETING",
        "Document 212-E",
        "OF THE",
        "NINTH PLENARY MEETING",
        "Wednesday, 19 November 2031, at 1430 hours",
        "Chairman: Mr Hossam Badawi (Egypt)",
        "2 | Report of the Chairman of Committee 6 | 180",
        title="MINUTES",
    )
    found = _meeting(report)
    assert found is not None and found[1:3] == (9, date(2031, 11, 19)) and found[0] != "committee-6"


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("1 Committee 4 (Budget control and the working methods of the Assembly) held seven meetings between "
         "Tuesday 5 March and Thursday 14 March 2030, under the chairmanship of Mr Ali Demir (Türkiye).",
         (date(2030, 3, 5), date(2030, 3, 14))),
        ("Committee 4 held three meetings between 6 and 8 March 2030.", (date(2030, 3, 6), date(2030, 3, 8))),
        ("Committee 4 held five meetings in Nairobi between 5 and 9 March 2030.",
         (date(2030, 3, 5), date(2030, 3, 9))),
    ],
)  # fmt: skip
def test_a_committees_report_is_of_its_meetings_from_the_first_day_to_the_last(
    sentence: str, days: tuple[date, date]
) -> None:
    report = make_report(
        "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-30)",
        "Nairobi, 4-15 March 2030",
        "Document 140-E",
        sentence,
        title="Report of Committee 4 (Budget control) to the plenary",
    )
    assert _meeting(report) == ("committee-4", None, *days)


def test_a_meeting_of_another_group_the_record_of_a_session_reports_on_is_not_the_session() -> None:
    # "the Group's eleventh ... meetings" are the Group's, not the Council's; the Council's session is dated
    report = make_report(
        "The Council, at its session held from 3 to 13 June 2031 under the chairmanship of Mr Kofi Mensah-Bonsu "
        "(Ghana), considered the report of the Chair of the Working Group on Languages.",
        "The Chair presented the outcomes of the Group's eleventh and twelfth meetings, held on 2 October 2030 "
        "and 20 January 2031.",
        title="4 Languages (Documents C31/12 and C31/40)",
    )
    assert _meeting(report) == ("itu-council", None, date(2031, 6, 3), date(2031, 6, 13))


def test_a_meeting_scheduled_for_later_is_another_meeting() -> None:
    from wsiskg.ingest.extract.meeting import another_meeting

    text = "the third meeting of the Preparatory Committee (PrepCom-3), scheduled for 2-13 May 2033 in Geneva."
    mention = "third meeting of the Preparatory Committee (PrepCom-3)"
    start = text.index(mention)
    assert another_meeting(text, (start, start + len(mention)))
    held = "the third meeting of the Preparatory Committee (PrepCom-3), held from 2 to 13 May 2033 in Geneva."
    assert not another_meeting(held, (start, start + len(mention)))


@pytest.mark.parametrize(
    ("lines", "title", "expected"),
    [
        # a title of the kind only, numbered and dated, over the line naming the catalogue body
        (("E/2032/31", "Commission on Science and Technology for Development", "Chapter II"),
         "Report on the twenty-first session (10–14 May 2032)", ("cstd", 21, date(2032, 5, 10), date(2032, 5, 14))),
        # a meeting's name with a year in its topic (not a session of a series)
        (("UNITED NATIONS", "Document E/ESCAP/2031/7", "Suva and online, 4 and 5 June 2031"),
         "Report of the Pacific Regional Forum on the 2030 Agenda and Digital Inclusion",
         ("pacific-regional-forum-on-the-2030-agenda-and-digital-inclusion", None, date(2031, 6, 4),
          date(2031, 6, 5))),
    ],
)  # fmt: skip
def test_a_heading_of_the_kind_or_name_dates_the_meeting(
    lines: tuple[str, ...], title: str, expected: tuple[object, ...]
) -> None:
    assert _meeting(make_report(*lines, title=title)) == expected


@pytest.mark.parametrize(
    ("lines", "title", "expected"),
    [
        # the body's name broken over two lines above the kind line; a mode in brackets in its dateline
        (("Council Working Group on Child Online Protection and the", "Safety of Young Users (CWG-COP)",
          "Ninth meeting - Geneva (hybrid), 3-4 March 2032", "Document CWG-COP-9/7-E", "11 March 2032"),
         "REPORT OF THE NINTH MEETING", ("cwg-cop", 9, date(2032, 3, 3), date(2032, 3, 4))),
        # header fields a layout ran into the kind line after its dateline
        (("TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP (TDAG)",
          "Twelfth meeting, Geneva, 5-7 February 2031 Document TDAG31-12/20-E 14 February 2031",
          "Original: English"),
         "REPORT OF THE TWELFTH MEETING OF TDAG", ("tdag", 12, date(2031, 2, 5), date(2031, 2, 7))),
        # the day the document was issued at the venue, above the meeting's days there
        (("Document WSIS-II/PC-9/DOC/4-E", "Cotonou, 19 May 2033", "Original: French", "Agenda item 3",
          "Summary", "Cotonou, Benin, 17-19 May 2033"),
         "REPORT OF THE FIRST MEETING OF THE PREPARATORY COMMITTEE (PrepCom-1)",
         ("prepcom", 1, date(2033, 5, 17), date(2033, 5, 19))),
    ],
)  # fmt: skip
def test_a_heading_read_through_its_layout(lines: tuple[str, ...], title: str, expected: tuple[object, ...]) -> None:
    assert _meeting(make_report(*lines, title=title)) == expected


def test_a_heading_dated_by_the_dateline_above_it_not_by_the_issue_date_under_it() -> None:
    report = make_report(
        "Windhoek, 4-6 March 2031",
        "SOUTHERN AFRICAN REGIONAL REVIEW MEETING ON DIGITAL INCLUSION",
        "Distr.: General",
        "E/ECA/DI/2031/3",
        "9 March 2031",
        title="Meeting report",
    )
    found = _meeting(report)
    assert found is not None and found[2:] == (date(2031, 3, 4), date(2031, 3, 6))
    assert found[0] == "southern-african-regional-review-meeting-on-digital-inclusion"


def test_a_records_words_before_the_kind_line_and_a_body_named_after_to_the_in_prose() -> None:
    # "... to the ITU-D Study Group 1 online forum" in a long header paragraph is prose, not an address
    report = make_report(
        "HIGHLIGHTS OF THE FOURTH MEETING",
        "Accra, 2-4 October 2030",
        "Some 50 experts took part. The subgroup on prices was tasked with submitting its draft questionnaire on "
        "the affordability of mobile data services and fixed broadband to the Expert Group on Telecommunication "
        "Indicators (EGTI) online forum by 1 November 2030, and members were invited to comment on it.",
        title="Expert Group on Telecommunication Indicators (EGTI)",
    )
    assert _meeting(report) == ("egti", 4, date(2030, 10, 2), date(2030, 10, 4))
    assert "addressed" not in _features(report)["egti"]


def test_a_part_of_a_records_heading_under_the_forums_dateline_is_no_meeting() -> None:
    report = make_report(
        "Geneva, 6-10 May 2030",
        "High-Level Track and thematic workshops: highlights",
        "The WSIS Forum 2030, held at ITU Headquarters from 6 to 10 May, brought together 2 000 participants.",
        title="WSIS Forum 2030 - Outcome Document (extract)",
    )
    assert _meeting(report) == ("wsis-forum", None, date(2030, 5, 6), date(2030, 5, 10))


# ------------------------------------------------------------------ a header's dateline over another event's days
@pytest.mark.parametrize(
    ("dateline", "start", "end"),
    [("Geneva, 3-4 February 2031", date(2031, 2, 3), date(2031, 2, 4)),
     ("Nairobi, 10-12 March 2031", date(2031, 3, 10), date(2031, 3, 12))],
)  # fmt: skip
def test_a_header_dateline_of_days_dates_the_meeting_a_sentence_dates_by_another_events_days(
    dateline: str, start: date, end: date
) -> None:
    """Two readers find one meeting: the lead sentence's (dated by the consultation it names) and
    the presumed group's, dated by the header's dateline: the dateline's days win."""
    report = make_report(
        dateline,
        "The meeting of the Council Working Group on Child Online Protection (CWG-COP) was opened by its "
        "Chairman, who thanked the participants of the online consultation held from 6 October to "
        "7 November 2030 for their inputs.",
        "The group designated two Vice-Chairmen.",
        title="Summary report of the Council Working Group on Child Online Protection",
    )
    assert _meeting(report) == ("cwg-cop", None, start, end)


def test_an_issue_date_line_does_not_redate_a_meeting_a_sentence_dates() -> None:
    report = make_report(
        "Geneva, 20 May 2031",
        "The ninth meeting of the Council Working Group on Child Online Protection was held in Geneva on "
        "12 and 13 May 2031.",
        title="Summary report of the Council Working Group on Child Online Protection",
    )
    assert _meeting(report) == ("cwg-cop", 9, date(2031, 5, 12), date(2031, 5, 13))


# ------------------------------------------------------------------ a later meeting still to come
@pytest.mark.parametrize(
    ("heading", "row"),
    [
        ("NEXT STEPS", "Seventh meeting of CWG-COP: 14/10/2031"),
        ("Future meetings", "Seventh meeting of CWG-COP, 14 October 2031"),
        ("Decisions", "Seventh meeting of CWG-COP: 14/10/2031 (tentative)"),
    ],
)
def test_a_later_meeting_still_to_come_is_not_the_record_of_the_last(heading: str, row: str) -> None:
    report = make_report(
        "Council Working Group on Child Online Protection (CWG-COP)",
        "Sixth meeting - ITU Headquarters, Geneva, 3-4 March 2031",
        "Chaired by Ms Ana Pires (Portugal).",
        "The Group reviewed the draft guidelines for industry and agreed to publish them in six languages.",
        heading,
        row,
        title="HIGHLIGHTS",
    )
    assert _meeting(report) == ("cwg-cop", 6, date(2031, 3, 3), date(2031, 3, 4))


def test_a_later_meeting_the_report_records_is_its_meeting() -> None:
    report = make_report(
        "Council Working Group on Child Online Protection (CWG-COP)",
        "Sixth meeting - ITU Headquarters, Geneva, 3-4 March 2031",
        "Outcomes of the meetings",
        "Seventh meeting of CWG-COP: 14/10/2031",
        title="HIGHLIGHTS",
    )
    assert _meeting(report) == ("cwg-cop", 7, date(2031, 10, 14), None)


# ------------------------------------------------------------------ a meeting held during a forum
def test_a_facilitation_meeting_held_during_a_forum_is_the_record_not_the_forum() -> None:
    report = make_report(
        "WSIS Forum 2031 - Action Line Facilitation Meetings",
        "C4. Capacity building",
        "The C4 Capacity building Action Line facilitation meeting was held in hybrid format on Tuesday, 6 May, "
        "at the CICG in Geneva, during the second week of the WSIS Forum 2031 (28 April - 9 May 2031). "
        "ILO and UNITAR co-organized it.",
        "The meeting was moderated by Ms Orsolya Vendelin-Kraus, Programme Officer, UNITAR.",
        title="Report of the meeting",
    )
    assert _meeting(report) == ("c4-capacity-building-action-line-facilitation-meeting", None, date(2031, 5, 6), None)


def test_a_meeting_dated_only_by_the_forum_around_it_takes_the_front_dateline() -> None:
    report = make_report(
        "Facilitation Meeting Report",
        "Thursday, 8 May 2031, 14:00–15:45, CICG, Room 3 Facilitator: ITU (Digital Networks Division)",
        "The Action Line C5 facilitation meeting was held during the WSIS Forum 2031 (5–9 May 2031) on the theme "
        '"Trust in digital payments". It was moderated by Mr Teodor Halvorsen-Brekke, ITU.',
        title="WSIS Forum 2031 – Action Line C5: Building confidence and security",
    )
    assert _meeting(report) == ("action-line-c5-facilitation-meeting", None, date(2031, 5, 8), None)


# ------------------------------------------------------------------ a group's report to an advisory group's session
def test_a_chairmans_report_to_an_advisory_group_session_is_of_the_groups_meeting() -> None:
    report = make_report(
        "Document TSAG-31/14-E, 2 May 2031. Original: English. Source: Chairman, ITU-T Study Group 11. "
        "Title: Report of the Chairman of ITU-T Study Group 11.",
        "Purpose. This report informs TSAG of the progress of ITU-T Study Group 11 since the last TSAG meeting.",
        "Meeting, Dates, Documents",
        "Second meeting of Study Group 11, 3-7 March 2031, SG11/201 to SG11/260",
        "At its second meeting the Study Group approved two new Recommendations.",
        title="Telecommunication Standardization Advisory Group (TSAG) — 12th meeting, Geneva, 12-16 May 2031",
    )
    assert _meeting(report) == ("itu-t-sg11", 2, date(2031, 3, 3), date(2031, 3, 7))


def test_a_session_a_header_line_names_after_to_is_the_addressee() -> None:
    report = make_report(
        "Geneva, 12-16 May 2031",
        "Source: Chairman, ITU-T Study Group 11",
        "Title: Report of ITU-T Study Group 11 to TSAG",
        "ITU-T Study Group 11 held its first meeting of the study period in Geneva from 3 to 7 March 2031.",
        title="TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP",
    )
    assert _features(report)["tsag"] >= {"addressed"}


def test_a_meeting_of_the_session_a_title_names_after_to_the_is_the_addressee() -> None:
    report = make_report(
        "Document TDAG31-12/8-E, 2 May 2031. Source: Chairman, TDAG-WG-X.",
        "1 The TDAG Working Group on Digital Skills (TDAG-WG-X) held its second meeting on 3 and 4 April 2031.",
        title="Report of the Chairman of the TDAG Working Group on Digital Skills to the twelfth meeting of TDAG",
    )
    assert _features(report)["tdag"] >= {"addressed"}


def test_an_annual_facilitation_meeting_for_a_catalogue_action_line_is_its_own_body() -> None:
    report = make_report(
        "Facilitation Meeting, WSIS Forum 2031",
        "Outcome summary",
        "The annual facilitation meeting for Action Line C3 convened on 6 May 2031, on the second day of the "
        'WSIS Forum 2031 (Geneva, 5-9 May), under the theme "Open libraries".',
        title="ACTION LINE C3 - ACCESS TO INFORMATION AND KNOWLEDGE",
    )
    found = _meeting(report)
    assert found is not None and found[0] == "action-line-c3-facilitation-meeting"
    assert found[2] == date(2031, 5, 6)


def test_a_heading_numbered_in_brackets_after_its_name() -> None:
    report = make_report(
        "Lusaka, 5 March 2031",
        "RECORD OF DECISIONS",
        "COMESA Preparatory Meeting for WRC-31 (third meeting)",
        "Lusaka, Zambia, 3-4 March 2031",
        "Chair: Ms Mutinta Chanda-Mwale, Zambia Information and Communications Technology Authority (ZICTA)",
        title="Association of Regulators of Eastern and Southern Africa",
    )
    assert _meeting(report) == ("comesa-preparatory-meeting-for-wrc-31", 3, date(2031, 3, 3), date(2031, 3, 4))


@pytest.mark.parametrize("host", ["in the framework of", "as part of"])
def test_a_facilitation_meeting_held_within_a_forum_is_dated_by_its_own_dateline(host: str) -> None:
    report = make_report(
        "Date: Wednesday, 7 May 2031, 09:00-10:45 Venue: CICG, Room 2, Geneva Facilitator: UNESCO",
        f"The fifth facilitation meeting of WSIS Action Line C9 was held {host} the WSIS Forum 2031 (5-9 May 2031). "
        "It was moderated by Ms Ingunn Bergsvik-Aasen, UNESCO.",
        title="WSIS FORUM 2031 Action Line C9 (Media) Facilitation Meeting - Summary",
    )
    assert _meeting(report) == ("wsis-action-line-c9-facilitation-meeting", 5, date(2031, 5, 7), None)


def test_a_meeting_that_ended_on_a_day_after_three_days_of_work_lasted_them() -> None:
    from wsiskg.ingest.extract.meeting import day_dates

    (span,) = day_dates(
        "the Group's ninth meeting, which ended on 4 March 2031 after three days of work in Lima.", 2031
    )
    assert (span.start, span.end) == (date(2031, 3, 2), date(2031, 3, 4))
    (span,) = day_dates("The Board closed on 4 March 2031 after eight working days.", 2031)  # a weekend between
    assert (span.start, span.end) == (date(2031, 3, 4), None)
    report = make_report(
        "Doha, 7-15 March 2031",
        "1 This report covers the work of TDAG since the Group's ninth meeting, which ended on 4 March 2031 after "
        "three days of work in Lima.",
        title="REPORT OF THE CHAIRMAN OF TDAG TO WTDC-31",
    )
    assert _meeting(report) == ("tdag", 9, date(2031, 3, 2), date(2031, 3, 4))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The third meeting of TDAG-WG-DS took place in Geneva on 4 May 2031.", "tdag-wg-ds"),
        ("The third meeting of the ITU/UNEP Focus Group on Green Data Centres was held in Nairobi.", None),
    ],
)
def test_a_catalogue_acronym_run_on_by_a_code_is_no_meeting_of_the_catalogue_body(text: str, key: str | None) -> None:
    from wsiskg.ingest.extract.meeting import load_body_names, meeting_hits

    hits = meeting_hits(text, load_body_names())
    assert hits and hits[0].number == 3 and hits[0].body not in ("tdag", "itu")
    assert key is None or hits[0].body == key


def test_a_chairmans_report_listing_its_meetings_without_an_issue_date_is_of_the_last() -> None:
    report = make_report(
        "1 Since Council 2030, the Group has held the following meetings in Geneva:",
        "seventh meeting: 12-13 June 2030;",
        "eighth meeting: 4-5 February 2031.",
        "2 At the eighth meeting, the Group elected a Vice-Chairman for the Americas region.",
        title="REPORT OF THE CHAIRMAN OF THE COUNCIL WORKING GROUP ON LANGUAGES (CWG-LANG) TO COUNCIL 2031",
    )
    assert _meeting(report) == ("cwg-lang", 8, date(2031, 2, 4), date(2031, 2, 5))


# ------------------------------------------------------------------ a record of a General Assembly sitting
# The General Assembly numbers its plenary meetings within each session, as the Council does
# (session-numbering.csv): its record is read by the same readers, of the numbered meeting under the
# session's line, dated by its sitting.
_GA_PLENARY = (
    "United Nations{pad}A/82/PV.57\nGeneral Assembly\nEighty-second session\nOfficial Records\n"
    "57th plenary meeting\nThursday, 9 December 2027, at 10 a.m.\nNew York\n\n"
    "President: Mr Einar Solbakken (Iceland)\n\nThe meeting was called to order at 10.05 a.m.\n\n"
    "Ms Ferreira (Brazil): Brazil supports the draft resolution on information and communications technologies."
)
_GA_UPPER = (
    "UNITED NATIONS GENERAL ASSEMBLY\nSIXTY-FIRST SESSION\nTWENTY-THIRD PLENARY MEETING\n"
    "Wednesday, 11 October 2006, at 3 p.m.\nNew York\n\nPresident: Ms Halima Bello (Ghana)\n\n"
    "Mr Varga (Hungary): Hungary welcomes the progress made since the Tunis phase of the Summit."
)
_GA_COMMITTEE = (
    "General Assembly\nSeventy-fourth session\nSecond Committee\nSummary record of the 19th meeting\n"
    "Held at Headquarters, New York, on Friday, 1 November 2019, at 3 p.m.\n\nChair: Ms Tamm (Estonia)\n\n"
    "1. Mr Anand (India) said that his delegation supported the draft resolution on science and technology."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_GA_PLENARY.format(pad=" " * 30), ("unga", 57, date(2027, 12, 9), None)),
        (_GA_PLENARY.format(pad="\n"), ("unga", 57, date(2027, 12, 9), None)),
        (_GA_UPPER, ("unga", 23, date(2006, 10, 11), None)),
        (_GA_COMMITTEE, ("second-committee", 19, date(2019, 11, 1), None)),
    ],
)  # fmt: skip
def test_a_general_assembly_record_is_of_its_numbered_sitting(tmp_path: Path, text: str, expected: tuple) -> None:
    from wsiskg.ingest.parse import parse
    from wsiskg.ingest.read import read

    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    assert _meeting(parse(read(path))) == expected


# ------------------------------------------------------------------ the body that met, named in full
@pytest.mark.parametrize(
    ("name", "lines", "expected"),
    [
        # a name cut at "and": the header line goes on with words only
        ("Working Group for the Revision of the Draft Operational Plan",
         ["Report on the third meeting",
          "Working Group for the Revision of the Draft Operational Plan and the Draft Budget for 2034-2037"],
         ("Working Group for the Revision of the Draft Operational Plan and the Draft Budget for 2034-2037", None)),
        # a code before a bare group noun
        ("Focus Group", ["REPORT OF THE MEETING", "ITU-T Focus Group on Quantum Key Networks", "Lisbon, 3-5 May 2032"],
         ("ITU-T Focus Group on Quantum Key Networks", None)),
        # the same words the title defines with an acronym, after other codes
        ("ITU/UNEP Focus Group on Smart Water Metering",
         ['ITU-T Focus Group on "Smart Water Metering" (FG-SWM)', "Nairobi, 7-9 June 2032"],
         ('Focus Group on "Smart Water Metering"', "FG-SWM")),
        # a line of a meeting's title, or with a dateline, is no name
        ("Expert Panel on Rural Access",
         ["Second meeting of the Expert Panel on Rural Access and Backhaul", "Expert Panel on Rural Access, Accra"],
         ("Expert Panel on Rural Access", None)),
    ],
)  # fmt: skip
def test_the_body_that_met_is_named_in_full(name: str, lines: list[str], expected: tuple) -> None:
    from wsiskg.ingest.extract.own_meeting import in_full
    from wsiskg.ingest.records import Body

    report = make_report(*lines[1:], "1 The meeting was opened by the Chairman.", title=lines[0])
    found = in_full(report, Body("x", name))
    assert (found.name, found.acronym) == expected


@pytest.mark.parametrize(
    ("parent", "child", "key"),
    [
        ("Economic and Social Council", "Commission on Science and Technology for Development", "cstd"),
        ("ECONOMIC AND SOCIAL COUNCIL", "COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT", "cstd"),
    ],
)
def test_a_session_under_a_parent_and_its_commission_is_the_commissions(parent: str, child: str, key: str) -> None:
    report = make_report(
        parent,
        child,
        "Official Records, 2033, Supplement No. 11",
        "1 The Commission held its thirty-sixth session in Geneva from 10 to 14 April 2033.",
        title="Report on the thirty-sixth session (10-14 April 2033)",
    )
    assert _meeting(report) == (key, 36, date(2033, 4, 10), date(2033, 4, 14))


def test_an_ordinal_opening_the_header_line_is_no_part_of_the_body_name() -> None:
    from wsiskg.ingest.extract.own_meeting import in_full
    from wsiskg.ingest.records import Body

    report = make_report("Twelfth Regional Forum on Postal Innovation", "Dakar, 2-4 March 2032", title="Highlights")
    name = "Regional Forum on Postal Innovation"
    assert in_full(report, Body("x", name)).name == name


@pytest.mark.parametrize(
    ("sentence", "number", "day"),
    [
        ("1 Committee 3 held its fourth and last meeting on Monday 9 October 2034, chaired by Ms A. Rossi (Italy).",
         4, date(2034, 10, 9)),
        ("Committee 3 held its second meeting on 5 October 2034 under the chairmanship of Mr B. Dlamini.",
         2, date(2034, 10, 5)),
        ("1.1 Committee 3 held its fifth and final meeting, on Tuesday, 10 October 2034.", 5, date(2034, 10, 10)),
    ],
)  # fmt: skip
def test_a_numbered_committee_that_held_its_nth_meeting_on_a_day(sentence: str, number: int, day: date) -> None:
    report = make_report(
        "World Telecommunication Development Conference (WTDC-34)",
        "Bogotá, 2-13 October 2034",
        "Document 77-E",
        "11 October 2034",
        sentence,
        "2 The Committee approved the texts in Annex A.",
        title="Report of the Chairman of Committee 3 (Budget control)",
    )
    assert _meeting(report) == ("committee-3", number, day, None)


@pytest.mark.parametrize("line", ["Chairman of Committee 2", "CHAIRMAN OF COMMITTEE 2", "Vice-Chairman of Committee 2"])
def test_a_post_on_a_header_line_is_no_longer_name_of_its_body(line: str) -> None:
    from wsiskg.ingest.extract.own_meeting import in_full
    from wsiskg.ingest.records import Body

    report = make_report(line, "Busan, 4 November 2034", title="Second report of Committee 2")
    assert in_full(report, Body("committee-2", "Committee 2")).name == "Committee 2"


# ------------------------------------------------------------------ the series the title names
@pytest.mark.parametrize(
    ("title", "lines"),
    [
        (
            "WSIS FORUM 2031 - OUTCOME DOCUMENT (HIGHLIGHTS)",
            (
                "Geneva, 12–16 May 2031",
                "The Forum opened on Monday with a High-Level Track chaired by Ms Ana Ribeiro (Portugal), who "
                "welcomed ministers and heads of the co-organizing agencies.",
                "The United Nations Group on the Information Society (UNGIS) held its tenth meeting on 14 May 2031 "
                "during the Forum and agreed on a joint statement on the twenty-five-year review.",
            ),
        ),
        (
            "WSIS Forum 2031: Outcome Document",
            (
                "Geneva, 12-16 May 2031",
                "The WSIS Forum 2031 took place in Geneva from 12 to 16 May 2031 and gathered more than 2,000 "
                "participants from 150 countries, in person and remote.",
                "The twelfth meeting of UNGIS was held on 15 May 2031 in the margins of the Forum; the members "
                "reviewed their joint work plan for the next biennium.",
            ),
        ),
        (
            "Summary of the WSIS Forum 2031",
            (
                "Geneva, 12–16 May 2031",
                "The Forum was opened by the Secretary-General on 12 May 2031 before an audience of ministers, "
                "regulators and representatives of civil society.",
                "On 14 May, UNGIS met for its ninth meeting and adopted a joint statement on the review of the "
                "outcomes of the Summit.",
            ),
        ),
    ],
)
def test_the_forum_the_title_names_is_the_record_not_a_meeting_held_within_it(
    title: str, lines: tuple[str, ...]
) -> None:
    """A numbered meeting the prose names within the Forum's days is an event of it, not the record's meeting."""
    found = _meeting(make_report(title, *lines, title=title))
    assert found is not None and found[0] == "wsis-forum"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("5. Sub-Committee 2 of the second session of the Regional Preparatory Committee held four meetings "
         "between 8 and 11 October 2030. It was chaired by Ms Lena Okafor-Strand (Norway).",
         ("sub-committee-2", None, date(2030, 10, 8), date(2030, 10, 11))),
        ("7 Committee 3 held three meetings in Bangkok from 2 to 4 June 2031 under the chairmanship of "
         "Mr Somchai Rattanakorn (Thailand).",
         ("committee-3", None, date(2031, 6, 2), date(2031, 6, 4))),
    ],
)  # fmt: skip
def test_an_excerpt_cut_before_its_title_is_of_the_meetings_its_subject_held(sentence: str, found: tuple) -> None:
    report = make_report(
        "XYZ/PC-2/SC2/DOC/4-E Page 3",
        "ing the draft texts before the plenary.",
        "II. Organization of work",
        sentence,
        "The Sub-Committee had before it the draft plan of action.",
    )
    assert _meeting(report) == found


def test_a_titled_report_does_not_take_the_meetings_another_body_held() -> None:
    report = make_report(
        "Geneva, 4-8 May 2031",
        "1 Working Group 3 held three meetings between 5 and 6 May 2031.",
        title="Report of Committee 5 to the plenary",
    )
    found = _meeting(report)
    assert found is None or found[0] != "working-group-3"

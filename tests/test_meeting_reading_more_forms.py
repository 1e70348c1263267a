"""More forms of a meeting mention (docs/meeting-reading.md): the number a verb
other than ``held`` gives (``X concluded its fourth meeting``), an ordinal before a body that met
(``The sixth X (XF-31) met``), a meeting said to close on the last day of the header's range, a
designator not read from a date (``the Committee on 8 April``), a kind of body (``the Working
Group``) no body's name, a header line's name with its acronym in brackets, and ``this 12th meeting
of the Group (Lima, 4-6 May 2031)``."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_body
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.datelines import dateline, tail_dateline
from wsiskg.ingest.extract.document import new_document
from wsiskg.ingest.extract.meeting import find_meeting, load_body_names
from wsiskg.ingest.extract.meeting_header import line_body
from wsiskg.ingest.extract.meeting_mentions import generic_name, meeting_hits
from wsiskg.ingest.extract.own_mention import own_ordinal_meeting
from wsiskg.ingest.extract.study_groups import meeting_body_names
from wsiskg.ingest.records import ParsedReport


def _hits(text: str) -> list[tuple[str, int | None]]:
    return [(h.body, h.number) for h in meeting_hits(text, load_body_names())]


# ------------------------------------------------------------- the number a verb gives
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("TDAG concluded its 31st meeting in Geneva on 9 May 2031.", ("tdag", 31)),
        ("The Working Party on Rural Access (WP-RA) opened its seventh meeting on 3 March 2030.", ("wp-ra", 7)),
        ("The Board on Regional Cables has held its second meeting on 4 May 2029.", ("board-on-regional-cables", 2)),
    ],
)
def test_any_verb_of_a_body_and_its_ordinal_meeting_numbers_it(sentence: str, expected: tuple[str, int]) -> None:
    assert expected in _hits(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The sixth World Telecommunication/ICT Policy Forum (WTPF-21) met in Geneva from 16 to 18 June 2021.", 6),
        ("The third Telecommunication Development Advisory Group took place online on 2 May 2032.", 3),
    ],
)
def test_an_ordinal_before_a_catalogue_body_that_met_numbers_its_meeting(sentence: str, expected: int) -> None:
    assert [n for _, n in _hits(sentence)] == [expected]


def test_an_ordinal_before_a_body_that_did_not_meet_numbers_nothing() -> None:
    assert _hits("The sixth World Telecommunication/ICT Policy Forum will consider the report.") == []


def test_a_meeting_said_to_close_on_the_headers_last_day_lasted_the_range() -> None:
    report = make_report(
        "Meeting highlights — virtual meeting, 3–14 October 2033",
        "TSAG concluded its 12th meeting on 14 October. It approved two Recommendations.",
        title="Telecommunication Standardization Advisory Group",
    )
    assert _meeting(report) == ("tsag", 12, date(2033, 10, 3), date(2033, 10, 14))


def test_a_meeting_on_a_day_of_a_long_header_range_keeps_its_day() -> None:
    report = make_report(
        "Meeting highlights — virtual meeting, 3–14 October 2033",
        "TSAG held its 12th meeting on 10 October. It approved two Recommendations.",
        title="Telecommunication Standardization Advisory Group",
    )
    assert _meeting(report) == ("tsag", 12, date(2033, 10, 10), None)


# ------------------------------------------------------------- the body
def test_a_number_after_a_small_word_is_a_date_not_a_designator() -> None:
    # "the Committee on 8 April": the fifth meeting of an unnamed committee, not "Committee on 8"
    assert _hits("Both groups reported to the fifth and final meeting of the Committee on 8 April.") == []


def test_a_designator_right_after_the_name_is_part_of_it() -> None:
    assert _hits("The fifth meeting of Task Group 9 was held on 8 April 2031.") == [("task-group-9", 5)]


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Working Group", True),
        ("Focus Group", True),
        ("Expert Group", True),
        ("Committee", True),
        ("Working Group on Rural Access", False),
        ("Regional Working Group", False),
        ("Standing Committee on Budget", False),
    ],
)
def test_generic_name(name: str, generic: bool) -> None:
    assert generic_name(name) is generic


def test_the_kind_of_a_body_in_a_title_gives_way_to_its_name_in_the_lead() -> None:
    report = make_report(
        "Regional Union of Posts (RUP)",
        "Working Group on rural access and WRC-31",
        "Lusaka, 3-5 March 2030",
        "The fourth meeting of the RUP Working Group on rural access and WRC-31 was held in Lusaka.",
        title="Minutes of the fourth meeting of the Working Group",
    )
    found = _meeting(report)
    assert found is not None
    assert found[0] == "rup-working-group-on-rural-access-and-wrc-31"
    assert found[1:] == (4, date(2030, 3, 3), date(2030, 3, 5))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "STANDING COMMITTEE ON BUDGET AND AUDIT (SCBA)",
            ("scba", "Standing Committee on Budget and Audit", "SCBA"),
        ),
        ("STANDING COMMITTEE ON BUDGET AND AUDIT", ("standing-committee-on-budget-and-audit", None, None)),
    ],
)
def test_a_header_line_with_its_acronym_in_brackets_is_keyed_by_it(
    line: str, expected: tuple[str, str | None, str | None]
) -> None:
    body = line_body(line, load_body_names())
    assert body is not None
    key, name, acronym = expected
    assert body.key == key
    if name is not None:
        assert (body.name, body.acronym) == (name, acronym)


# ------------------------------------------------------------- "this Nth meeting of the Group (dateline)"
def _own(report: ParsedReport, bodies: tuple[str, ...]) -> tuple[int | None, date | None, date | None] | None:
    new_document(report)
    m = own_ordinal_meeting(report, meeting_body_names(report), bodies)
    return None if m is None else (m.number, m.start, m.end)


def test_this_ordinal_meeting_of_the_group_before_its_dateline_is_the_groups() -> None:
    report = make_report(
        "the discussion went on.",
        "The Chairman recalled that this twelfth meeting of the Group (Lima, 4-6 May 2031) opened the new period.",
    )
    assert _own(report, ("tdag",)) == (12, date(2031, 5, 4), date(2031, 5, 6))


def test_this_ordinal_meeting_of_another_body_is_not_the_groups() -> None:
    report = make_report(
        "the discussion went on.",
        "The Chairman recalled that this twelfth meeting of the Council (Lima, 4-6 May 2031) opened the new period.",
    )
    assert _own(report, ("tdag",)) is None


# ------------------------------------------------------------- a table of the meetings held
def test_a_table_row_of_the_meetings_ordinal_dates_it() -> None:
    report = make_report(
        "Report of the fourth and final meeting",
        "The Focus Group on Rural Grids (FG-RG) held the following meetings:",
        "| No. | Place | Dates |",
        "| 3rd | Quito, Ecuador | 2-4 March 2032 |",
        "| 4th | Accra, Ghana | 7-9 September 2032 |",
        "This report covers the last of these meetings.",
        title="Focus Group on Rural Grids",
    )
    new_document(report)
    found = find_meeting(report, meeting_body_names(report), default_body="fg-rg")
    assert found is not None
    assert (found.number, found.start, found.end) == (4, date(2032, 9, 7), date(2032, 9, 9))


# ------------------------------------------------------------- a series word; a title's dateline
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The third TDAG preparatory meeting for WTDC-33 was held in Lima.", ("tdag", 3)),
        ("The second UNGIS working-level meeting of 2031 was held online.", ("ungis", 2)),
    ],
)
def test_a_series_word_between_the_body_and_its_meeting_keeps_the_number(
    sentence: str, expected: tuple[str, int]
) -> None:
    assert _hits(sentence)[:1] == [expected]


@pytest.mark.parametrize(
    ("title", "start", "end"),
    [
        ("Geneva, 20-24 January 2031", date(2031, 1, 20), date(2031, 1, 24)),
        ("TSAG | 5th meeting | Thursday 16 February 2031 | Geneva and online", date(2031, 2, 16), None),
    ],
)
def test_a_title_that_is_or_ends_with_a_dateline_dates_an_undated_meeting(
    title: str, start: date, end: date | None
) -> None:
    report = make_report(
        "TSAG MEETING HIGHLIGHTS",
        "The Telecommunication Standardization Advisory Group (TSAG) held its fifth meeting this week.",
        title=title,
    )
    assert _meeting(report) == ("tsag", 5, start, end)


def test_a_header_field_run_into_a_name_is_no_part_of_it() -> None:
    text = "Resumed fourth meeting of the Organizing Committee Original: Spanish Quito, 3-5 May 2031"
    assert _hits(text) == [("organizing-committee", 4)]


def test_its_ordinal_meeting_in_an_apposition_after_the_committees_sentence_is_the_committees() -> None:
    report = make_report(
        "the discussion went on.",
        "Committee 3, chaired by Ms Ada Ferreira (Brazil), met five times between 4 and 9 May 2031. Its fifth "
        "meeting, on Friday 9 May, approved the draft resolutions.",
    )
    assert _own(report, ("committee-3",)) == (5, date(2031, 5, 9), None)


def test_its_ordinal_meeting_after_another_bodys_sentence_is_not_the_committees() -> None:
    report = make_report(
        "the discussion went on.",
        "The Council met twice in May 2031. Its fifth meeting, on Friday 9 May, approved the budget.",
    )
    assert _own(report, ("committee-3",)) is None


@pytest.mark.parametrize("line", ["FOCUS GROUP", "WORKING GROUP", "AD HOC COMMITTEE"])
def test_a_header_line_naming_a_kind_of_body_names_none(line: str) -> None:
    assert line_body(line, load_body_names()) is None


def test_a_headings_acronym_with_an_organisations_prefix_is_its_acronym() -> None:
    report = make_report(
        "PACIFIC TELECOMMUNITY UNION",
        "The Third PTU Preparatory Group Meeting for WRC-31 (PTU WRC31-3)",
        "Suva, Fiji, 2-5 June 2030",
        "The Third PTU Preparatory Group Meeting for WRC-31 was held from 2 to 5 June 2030 in Suva, Fiji.",
    )
    x = extract(report)
    assert x.meeting is not None
    body = meeting_body(x)
    assert body is not None
    assert "(" not in body.name
    assert "PTU WRC31-3" in (body.name, body.acronym)
    assert (x.meeting.number, x.meeting.start, x.meeting.end) == (3, date(2030, 6, 2), date(2030, 6, 5))


def test_a_date_right_after_a_documents_symbol_is_the_documents_not_the_meetings() -> None:
    report = make_report(
        "Document CWG-FHR-12/6-E, 30 May 2031, English only Report of the 12th meeting of the Council Working "
        "Group on Financial and Human Resources",
        "Geneva, 27 May 2031",
        "1 The 12th meeting of the Council Working Group on Financial and Human Resources (CWG-FHR) was held in "
        "hybrid format.",
    )
    found = _meeting(report)
    assert found is not None
    assert found[1:] == (12, date(2031, 5, 27), None)


def test_a_date_before_the_meeting_in_its_sentence_dates_it() -> None:
    report = make_report(
        "On 27 May 2031 the 12th meeting of the Council Working Group on Financial and Human "
        "Resources (CWG-FHR) was held in hybrid format."
    )
    found = _meeting(report)
    assert found is not None
    assert found[1:3] == (12, date(2031, 5, 27))


def test_a_record_of_two_meetings_is_dated_by_the_last_ones_ordinal_standing_alone() -> None:
    report = make_report(
        "The two meetings of CWG-FHR were held virtually, the 7th on 2031-03-03 and the 8th on 2031-06-09 and "
        "2031-06-10. This summary covers both meetings.",
        "8th meeting",
        "Members were invited to comment before 2031-12-31.",
        title="Summary of the 7th and 8th meetings of the Council Working Group on Financial and Human Resources",
    )
    found = _meeting(report)
    assert found is not None
    assert found[1:] == (8, date(2031, 6, 9), date(2031, 6, 10))


# ------------------------------------------------------------- datelines
@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("(Electronic meeting, 14 June - 3 July 2031)", date(2031, 6, 14), date(2031, 7, 3)),
        ("(Lima, 4-6 May 2031)", date(2031, 5, 4), date(2031, 5, 6)),
        ("Electronic meeting, 14 June - 3 July 2031", date(2031, 6, 14), date(2031, 7, 3)),
    ],
)
def test_a_dateline_in_brackets_or_of_an_electronic_meeting(line: str, start: date, end: date) -> None:
    found = dateline(line, 2031)
    assert found is not None
    assert (found[0].start, found[0].end) == (start, end)


def test_the_dash_of_a_range_starts_no_tail() -> None:
    found = tail_dateline("Sixth meeting of X, 14 June - 3 July 2031", 2031)
    assert found is None or (found[0].start, found[0].end) == (date(2031, 6, 14), date(2031, 7, 3))
    after = tail_dateline("Report of the sixth meeting - Geneva, 3-4 May 2031", 2031)
    assert after is not None
    assert (after[0].start, after[0].end) == (date(2031, 5, 3), date(2031, 5, 4))

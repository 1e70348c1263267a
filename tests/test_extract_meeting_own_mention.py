"""The report's meeting named only mid-text (ingest/extract/own_mention.py): an excerpt cut
before its header, whose group is known from its own document symbols and whose meeting is the
one its prose calls its own (``this third meeting, held on ...``, ``its fifth meeting (Lima,
...)``), not another body's or one still to come."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.document import new_document
from wsiskg.ingest.extract.own_mention import listed_meeting, own_ordinal_meeting, stands_for, symbol_group
from wsiskg.ingest.extract.persons import presumed_meeting_body
from wsiskg.ingest.extract.study_groups import meeting_body_names
from wsiskg.ingest.records import ParsedReport


def _own(report: ParsedReport, bodies: tuple[str, ...]) -> tuple[int | None, date | None, date | None] | None:
    new_document(report)
    m = own_ordinal_meeting(report, meeting_body_names(report), bodies)
    return None if m is None else (m.number, m.start, m.end)


# ------------------------------------------------------------------ the group of the document symbols
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms Ana Ruiz introduced Document CWG-FHR-7/3 on the budget.", ("cwg-fhr", 7)),
        ("The secretariat presented Documents CWG-LANG-12/4 and CWG-LANG-12/5.", ("cwg-lang", 12)),
        ("See TDAG-31/9-E for the operational plan.", ("tdag", 31)),
        ("Mr Lee introduced Document RAG41-2/6.", ("rag", None)),  # a year's second session: no ordinal
        # its own meeting's documents and an earlier one's: the latest
        ("Documents CWG-LANG/2/4 and CWG-LANG/3/9 were noted.", ("cwg-lang", 3)),
    ],
)
def test_the_group_of_the_reports_own_document_symbols(text: str, expected: tuple[str, int | None]) -> None:
    assert symbol_group(make_report(text)) == expected


def test_the_symbols_of_no_catalogue_group_name_none() -> None:
    assert symbol_group(make_report("The meeting noted Document XYZ-4/2 and Document C31/14.")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's former acronym, an alias in capitals the catalogue keeps beside its present one
        ("Ms Ines Varga introduced Document WG-WSIS-6/4 on the stocktaking database.", ("cwg-wsis-sdg", 6)),
        ("The Chairman drew attention to Documents CWG-WSIS-11/2 and CWG-WSIS-11/5.", ("cwg-wsis-sdg", 11)),
    ],
)
def test_an_alias_written_as_an_acronym_numbers_a_group_s_documents(text: str, expected: tuple[str, int]) -> None:
    assert symbol_group(make_report(text)) == expected


def test_an_excerpt_of_a_group_s_documents_under_its_former_acronym_records_its_meeting() -> None:
    report = make_report(
        "the roadmap for the second phase, which the secretariat had circulated.",
        "4.1 The Chairman of the Working Group, Mr Henrik Dahl (Denmark), introduced Document WG-WSIS-6/4.",
        "4.2 The Working Group requested the secretariat to update the roadmap by March.",
    )
    found = _meeting(report)
    assert found is not None and found[:2] == ("cwg-wsis-sdg", 6)


def test_an_excerpt_without_its_header_is_of_the_group_its_symbols_name() -> None:
    report = make_report(
        "the draft plan, on which the Council would decide in 2031.",
        "3.1 Mr Karel Dvorak introduced Document CWG-FHR-9/2 on the Council budget.",
        "3.2 Ms Inge Holm introduced Document CWG-FHR-9/4 on the staff costs.",
    )
    assert presumed_meeting_body(report) == "cwg-fhr"


def test_a_titled_report_keeps_the_group_its_title_names() -> None:
    report = make_report("The Group noted Document CWG-FHR-9/2.", title="Report of the meeting of CWG-LANG")
    assert presumed_meeting_body(report) == "cwg-lang"


# ------------------------------------------------------------------ the meeting the prose calls its own
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chair thanked the Group for its work at this sixth meeting, held on 3 and 4 March 2031.",
            (6, date(2031, 3, 3), date(2031, 3, 4)),
        ),
        (
            "The Group noted that its ninth meeting, held from 10 to 12 May 2032, was the first held online.",
            (9, date(2032, 5, 10), date(2032, 5, 12)),
        ),
        (
            "Summing up, the group at its 11th meeting (Nairobi, 7 June 2030) agreed to continue.",
            (11, date(2030, 6, 7), None),
        ),
        (
            "It was recalled that the Group's second meeting, which was held on 22 September 2029, was short.",
            (2, date(2029, 9, 22), None),
        ),
    ],
)
def test_a_meeting_the_prose_calls_its_own_and_dates(text: str, expected: tuple[int, date, date | None]) -> None:
    assert _own(make_report("the discussion went on.", text), ("cwg-fhr",)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Group noted that its tenth meeting will be held on 3 and 4 March 2031.",  # still to come
        "The Group noted that its tenth meeting, to be held on 3 and 4 March 2031, would decide.",
        "The Council, at its twentieth session, held on 3 and 4 March 2031, adopted the plan.",  # another body
        "The Commission's eighth session, held from 3 to 7 March 2031, adopted the text.",  # another noun
        "The Group noted that UNGIS, at its fifth meeting, held on 3 March 2031, adopted a plan.",
        "The Group noted that its fifth meeting discussed the budget on 3 March 2031.",  # no "held", no dateline
    ],
)
def test_no_meeting_of_another_body_or_still_to_come(text: str) -> None:
    assert _own(make_report("the discussion went on.", text), ("cwg-fhr",)) is None


def test_a_meeting_dated_after_the_report_is_another() -> None:
    report = make_report(
        "Geneva, 2 February 2031",
        "The Group recalled that its fourth meeting, held on 3 and 4 March 2031, would follow.",
    )
    assert _own(report, ("cwg-fhr",)) is None


def test_the_latest_meeting_the_prose_calls_its_own() -> None:
    report = make_report(
        "the discussion went on.",
        "The Group recalled that its third meeting, held on 5 and 6 May 2030, had asked for a study.",
        "The Chair closed this fourth meeting, held on 1 and 2 October 2030, at noon.",
    )
    assert _own(report, ("cwg-fhr",)) == (4, date(2030, 10, 1), date(2030, 10, 2))


def test_an_excerpt_records_the_meeting_of_its_symbols_group_its_prose_dates() -> None:
    report = make_report(
        "the proposal, which several delegations supported.",
        "3.1 Ms Liv Berg introduced Document CWG-LANG-8/3 on the terminology database.",
        "3.2 Mr Omar Haddad introduced Document CWG-LANG-8/5 on machine translation.",
        "4.1 The group noted that its eighth meeting, held on 14 and 15 April 2031, was the first held in "
        "the new conference centre.",
    )
    assert _meeting(report) == ("cwg-lang", 8, date(2031, 4, 14), date(2031, 4, 15))


def test_an_excerpt_numbered_by_its_symbols_but_undated_is_the_groups_numbered_meeting() -> None:
    report = make_report(
        "the proposal, which several delegations supported.",
        "3.1 Ms Liv Berg introduced Document CWG-LANG-8/3 on the terminology database.",
        "3.2 The group agreed to report to the Council.",
    )
    assert _meeting(report) == ("cwg-lang", 8, None, None)


# ------------------------------------------------------------------ the last of the meetings a sentence lists
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the last session, the Group has held two meetings: the ninth on 4 March 2031 and the "
            "tenth on 2 and 3 September 2031, both in Geneva.",
            (10, date(2031, 9, 2), date(2031, 9, 3)),
        ),
        (
            "The Study Group held two meetings in the period: the first in Lima from 3 to 7 May 2030, and "
            "the second, at the invitation of Peru, in Cusco from 1 to 5 November 2030.",
            (2, date(2030, 11, 1), date(2030, 11, 5)),
        ),
        (
            "The Group met three times: on 2 April, on 9 April and on 16 April 2032.",
            (3, date(2032, 4, 16), None),
        ),
    ],
)
def test_the_last_of_the_meetings_a_sentence_lists(text: str, expected: tuple[int, date, date | None]) -> None:
    found = listed_meeting(text, None)
    assert found is not None and found[1:] == expected


def test_a_list_of_more_dates_than_meetings_is_no_list_of_meetings() -> None:
    text = "The Group held two meetings: on 2 April, on 9 April and on 16 April 2032."
    assert listed_meeting(text, None) is None


def test_a_chairmans_report_is_of_the_last_meeting_its_group_lists() -> None:
    report = make_report(
        "COUNCIL 2031",
        "Geneva, 10-20 June 2031",
        "Document C31/14-E",
        "2 May 2031",
        "1 Since the 2030 session of the Council, the Council Working Group on Languages (CWG-LANG) has "
        "held two meetings: the eleventh on 12 September 2030 and the twelfth on 20 and 21 January 2031.",
        "2 At its twelfth meeting, the Group agreed to run an online survey from 1 September to 31 October 2031.",
        "3 The Council is invited to take note of this report.",
        title="Report by the Chairman of the Council Working Group on Languages",
    )
    assert _meeting(report) == ("cwg-lang", 12, date(2031, 1, 20), date(2031, 1, 21))


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("1 Since the 2030 session of the Council, CWG-LANG has", "cwg-lang", True),
        ("The Group", "cwg-lang", True),
        ("The Group", "itu-council", False),  # the Council is no group
        ("It", "itu-council", False),  # "It" may be another body named before
        ("Committee 4 (Working methods)", "committee-4", True),
    ],
)
def test_the_subject_of_a_list_of_meetings(subject: str, body: str, expected: bool) -> None:
    assert stands_for(subject, body, meeting_body_names(make_report(subject))) is expected


def test_an_excerpt_dates_its_meeting_held_this_year_by_the_year_its_days_are_written_with() -> None:
    report = make_report(
        "the Bureau to take account of the comments.",
        "3.1 Ms Ana Lima introduced Document TSAG-9/4 on working methods.",
        "3.2 The Director recalled that the workshop of 2 and 3 June 2031 would be held in Lima.",
        "4.1 The TSAG agreed that its ninth meeting, held this year from 10 to 12 March, had confirmed the plan.",
    )
    assert _meeting(report) == ("tsag", 9, date(2031, 3, 10), date(2031, 3, 12))


def test_its_ordinal_meeting_after_another_body_is_that_bodys() -> None:
    report = make_report(
        "the Bureau to take account of the comments.",
        "3.1 Ms Ana Lima introduced Document TSAG-9/4 on working methods.",
        "3.2 The Director recalled that the Council would consider the matter at its 12th meeting, from 3 to "
        "5 June 2031.",
    )
    meeting = _meeting(report)
    assert meeting is None or meeting[1] != 12

"""Deadlines in other styles than the sample: "no later than", "by end of", "on or before",
a day without a year after the meeting (the next one), quarters, halves and year ends, and
subjects without a dangling "no later than"."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import fixture_store, make_report, one_section_report, query_rows, report_fixture

from wsiskg.core.store import Store
from wsiskg.ingest.extract.deadlines import find_deadlines

cop7 = report_fixture("cwg-cop-7")
cwg40 = report_fixture("cwg-wsis-40")
internet22 = report_fixture("cwg-internet-22")


# ------------------------------------------------------------------ the deadlines query, report by report
def test_deadlines_in_every_format(cop7: Store) -> None:
    dates = {r["date"] for r in query_rows(cop7, "deadlines")}
    assert {"2024-03-01", "2024-01-15"} <= dates


def test_deadline_forms_of_a_cwg_report(cwg40: Store) -> None:
    got = {(r["date"], r["subject"]) for r in query_rows(cwg40, "deadlines")}
    assert ("2025-01-15", "submit contributions") in got  # "no later than"
    assert ("2024-03-31", "circulate the draft roadmap") in got  # "by end of March 2024"
    assert ("2024-05-10", "Comments on the draft report (Conclusions)") in got  # "on or before"


def test_deadlines_of_a_cwg_meeting_with_agenda_items() -> None:
    deadlines = {(r["date"], r["section"]) for r in query_rows(fixture_store("cwg-wsis-sdg-41"), "deadlines")}
    assert deadlines == {("2024-11-15", "4.3"), ("2025-01-10", "4.4")}


def test_deadline_of_an_open_consultation_in_every_format(internet22: Store) -> None:
    assert {r["date"] for r in query_rows(internet22, "deadlines")} == {"2025-09-15"}


def test_deadline_of_an_event_outcome_document() -> None:
    assert {r["date"] for r in query_rows(fixture_store("wsis-forum-2025-outcome"), "deadlines")} == {"2025-12-31"}


def test_deadline_of_a_council_summary_record() -> None:
    got = {(r["date"], r["section"]) for r in query_rows(fixture_store("council-2024-wsis"), "deadlines")}
    assert got == {("2025-03-31", "3.3")}


def test_a_day_without_a_year_after_the_meeting_is_the_next_one() -> None:
    # "before 1 March" in the report of a September 2023 meeting is 1 March 2024
    got = {(r["date"], r["subject"]) for r in query_rows(fixture_store("egti-12"), "deadlines")}
    assert got == {("2024-03-01", "send their comments")}


def test_deadline_under_an_upper_case_title() -> None:
    got = {(r["date"], r["subject"]) for r in query_rows(fixture_store("cwg-wsis-40-upper"), "deadlines")}
    assert ("2024-03-31", "Inputs to the WSIS+20 review") in got


def test_quarter_and_year_end_deadlines_in_a_report() -> None:
    assert {(r["date"], r["subject"]) for r in query_rows(fixture_store("ungis-2024-paris"), "deadlines")} == {
        ("2025-03-31", "send their inputs to the joint UNGIS statement"),  # "by the first quarter of 2025"
        ("2024-12-31", "publish the joint statement"),  # "will publish ... by the end of 2024"
    }


def test_deadline_of_a_rapporteur_group() -> None:
    got = {(r["date"], r["subject"]) for r in query_rows(fixture_store("itud-sg1-rapporteur"), "deadlines")}
    assert ("2025-06-30", "circulate the revised draft output report") in got


# ------------------------------------------------------------------ forms
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Members were invited to send inputs by the first quarter of 2025.", date(2025, 3, 31)),
        ("Members were invited to send inputs by Q3 2025.", date(2025, 9, 30)),
        ("Members were invited to send inputs before the end of the second half of 2025.", date(2025, 12, 31)),
        ("Members were invited to send inputs by the end of 2024.", date(2024, 12, 31)),
        ("Members were invited to send inputs by mid-2025.", date(2025, 6, 30)),
        ("Members were invited to send inputs by the week of 12 February 2024.", date(2024, 2, 18)),
        ("Members were invited to send inputs in the first quarter of 2025.", None),  # no due word
        ("Members aim to connect everyone by 2030.", None),  # a bare year is a goal
    ],
)
def test_period_deadlines(text: str, due: date | None) -> None:
    got = [d.due for d in find_deadlines(one_section_report(text), 2024)]
    assert got == ([due] if due else [])


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "The Group invited Member States to submit contributions for the next meeting no later "
            "than 15 September 2025.",
            "submit contributions for the next meeting",
        ),
        (
            "The Group asked the secretariat to circulate the draft report to members not later than 1 May 2025.",
            "circulate the draft report to members",
        ),
    ],
)
def test_deadline_subject_has_no_dangling_due_words(sentence: str, subject: str) -> None:
    (deadline,) = find_deadlines(make_report(sentence), None)
    assert deadline.subject.endswith(subject), deadline.subject


def test_deadline_subject_in_the_store_has_no_dangling_due_words() -> None:
    (row,) = query_rows(fixture_store("cwg-internet-22"), "deadlines")
    assert row["subject"].endswith("for the next meeting"), row["subject"]


# ------------------------------------------------------------------ due words before a weekday, a month without a year
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Comments are to be sent to the secretariat by Monday, 3 March 2031.", date(2031, 3, 3)),
        ("Replies are expected no later than Thursday 9 October 2031.", date(2031, 10, 9)),
        ("Members were invited to reply before Friday, the 7th of November 2031.", date(2031, 11, 7)),
        ("Delegates should register before the fourteenth of January 2032.", date(2032, 1, 14)),
    ],
)
def test_due_words_before_a_weekday_or_a_spelled_day(text: str, due: date) -> None:
    report = one_section_report(text)
    assert [d.due for d in find_deadlines(report, 2031)] == [due]


def test_the_end_of_a_month_without_a_year_is_its_next_end_after_the_meeting() -> None:
    from wsiskg.ingest.extract.dates import due_dates

    reference = date(2031, 9, 15)  # a meeting in September 2031
    assert [d.due for d in due_dates("to reply before the end of November.", 2031, reference)] == [date(2031, 11, 30)]
    assert [d.due for d in due_dates("to reply by the end of February.", 2031, reference)] == [date(2032, 2, 29)]
    assert due_dates("At the end of November the group met.", 2031, reference) == []  # no due word
    assert [d.due for d in due_dates("by the end of May 2030.", 2031, reference)] == [date(2030, 5, 31)]


def test_the_last_action_asked_for_before_the_date_is_due() -> None:
    text = (
        "I invite you to attend the regional dialogue and to send your comments on the draft toolkit "
        "through the online form no later than 12 March 2031."
    )
    (found,) = find_deadlines(one_section_report(text), 2031)
    assert found.subject == "send your comments on the draft toolkit through the online form"


def test_a_deadline_said_in_a_table_and_in_a_sentence_is_one() -> None:
    report = one_section_report(
        "Closing date for comments on the draft toolkit | 12 March 2031",
        "Members are invited to send their comments on the draft toolkit no later than 12 March 2031.",
        "Nominations for the Vice-Chairs are due by 12 March 2031.",
    )
    found = [(d.due, d.paragraphs) for d in find_deadlines(report, 2031)]
    assert found == [(date(2031, 3, 12), (1, 2)), (date(2031, 3, 12), (3,))]


def test_a_report_of_no_meeting_reads_year_less_deadlines_from_the_day_it_is_dated() -> None:
    from wsiskg.ingest.extract import extract

    letter = make_report(
        "Ref: CL-31/07",
        "17 November 2031",
        "Subject: Call for contributions",
        "Contributions should reach the secretariat before 15 January.",
    )
    assert [d.due for d in extract(letter).deadlines] == [date(2032, 1, 15)]

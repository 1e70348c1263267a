"""Deadlines in a table column headed by a due word: ``Deadline``, ``Due date``, ``By``,
``Target date`` — in a text table (cells parted by `` | ``) and a Word table (by ``, ``)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.deadlines import find_deadlines
from wsiskg.ingest.text import table_cells


def _dues(*rows: str, reference: date | None = None) -> list[tuple[date, str]]:
    return [(d.due, d.subject) for d in find_deadlines(make_report(*rows), 2033, reference=reference)]


def test_a_text_table_with_a_deadline_column() -> None:
    rows = (
        "No. | Action | Responsible | Deadline",
        "1 | Compile the replies to the tariff questionnaire | Secretariat | 14/02/2033",
        "2 | Draft terms of reference for the correspondence group | Vice-Chair | 2033-03-30",
        "3 | Report to the Council | Chair | -",
    )
    assert _dues(*rows) == [
        (date(2033, 2, 14), "Compile the replies to the tariff questionnaire"),
        (date(2033, 3, 30), "Draft terms of reference for the correspondence group"),
    ]


@pytest.mark.parametrize("head", ["Due date", "By", "Target date", "Deadline:"])
def test_a_word_table_with_a_due_column(head: str) -> None:
    rows = (f"Task, Lead, {head}", "Publish the indicator handbook (second edition), BDT, 30 June 2033")
    assert _dues(*rows) == [(date(2033, 6, 30), "Publish the indicator handbook (second edition)")]


def test_a_date_column_that_is_no_deadline_is_not_read() -> None:
    rows = ("Phase, Activity, Date", "Phase II, Second virtual consultation, 2033-01-24")
    assert _dues(*rows) == []


def test_the_table_ends_where_the_rows_end() -> None:
    rows = (
        "Item | Owner | Deadline",
        "Share the draft | Rapporteur | 3 May 2033",
        "The Group met again on 9 June 2033 to review the draft.",
    )
    assert [due for due, _ in _dues(*rows)] == [date(2033, 5, 3)]


def test_a_word_row_whose_who_column_lists_several_keeps_its_due_day() -> None:
    """A Word table joins a row's cells by ``, ``: a who cell naming two parties gives the row more cells than the
    header; they are the who column's list, and the rows after it are still the table's."""
    rows = (
        "Step, Responsible, Date",
        "Survey of national regulators, Study Group 1, Bureau, 12 May 2033",
        "Validation meeting of the experts, Lima, -, 2-4 June 2033",
        "Final text to the Council, Chair, 9 July 2033",
    )
    assert _dues(*rows) == [
        (date(2033, 5, 12), "Survey of national regulators"),
        (date(2033, 7, 9), "Final text to the Council"),
    ]


def test_a_sentence_after_a_word_table_is_no_row() -> None:
    rows = (
        "Task, Lead, Date",
        "Circulate the draft, Secretariat, 3 May 2033",
        "The Chair thanked Chile, Peru, Kenya and Oman, and closed the meeting on 4 May 2033.",
    )
    assert [due for due, _ in _dues(*rows)] == [date(2033, 5, 3)]


def test_a_day_without_a_year_is_the_next_after_the_reference() -> None:
    rows = ("Action | Deadline", "Circulate the revised questionnaire | 15 January")
    assert _dues(*rows, reference=date(2033, 9, 20)) == [(date(2034, 1, 15), "Circulate the revised questionnaire")]


def test_a_range_in_a_due_column_is_no_deadline() -> None:
    assert _dues("Activity | Deadline", "Open consultation | 4-15 March 2033") == []


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("a | b c | d", ["a", "b c", "d"]),
        ("Second meeting (hybrid, Geneva), 2033-01-24", ["Second meeting (hybrid, Geneva)", "2033-01-24"]),
        ("no cells here", ["no cells here"]),
    ],
)
def test_table_cells(text: str, cells: list[str]) -> None:
    assert [text[a:b] for a, b in table_cells(text)] == cells


# ------------------------------------------------------------------ a timetable of steps: a step and its date
@pytest.mark.parametrize("head", ["Milestone, Date", "Item, Date", "Action | Date", "Activity, Date"])
def test_a_timetable_of_steps_sets_each_steps_day(head: str) -> None:
    sep = " | " if "|" in head else ", "
    rows = (
        head,
        f"Abstracts of the proposed papers{sep}12 April 2033",
        f"Online registration closes{sep}no later than 3 May 2033",
        f"Capacity-building workshop in Windhoek{sep}17 May 2033",
        f"Regional hackathon{sep}20-22 May 2033",
    )
    assert [due for due, _ in _dues(*rows)] == [date(2033, 4, 12), date(2033, 5, 3)]


def test_a_timetable_of_steps_ends_with_its_rows() -> None:
    rows = (
        "Milestone, Date",
        "Nominations of national experts, 2 February 2033",
        "The Steering Committee met in Gaborone on 9 March 2033, under the chairmanship of Zambia.",
    )
    assert [due for due, _ in _dues(*rows)] == [date(2033, 2, 2)]


def test_two_columns_of_a_meeting_and_its_date_set_no_deadline() -> None:
    rows = ("Meeting, Date", "Third meeting of the Group, 14 September 2033")
    assert _dues(*rows) == []


def test_a_timetables_step_restating_a_day_already_due_adds_none() -> None:
    rows = (
        "Candidate institutions are invited to apply through the portal by 30 April 2033.",
        "Milestone, Date",
        "Applications close, 30 April 2033",
        "Shortlist published, 2 June 2033",
    )
    assert [due for due, _ in _dues(*rows)] == [date(2033, 4, 30), date(2033, 6, 2)]


def test_a_word_row_of_one_cell_more_or_less_keeps_its_day_in_the_last_due_column() -> None:
    """A Word table's row whose cells do not count as the header's (a cell with a comma of its own, an empty who
    cell left out) still sets the day of its last cell when the header's one due column is its last
    (``deadline_ragged_rows``)."""
    rows = (
        "No., Recommendation, Addressee, Target date",
        "1, Publish the audit follow-up plan, Head, Budget and Finance Division, 30 June 2033",
        "2, Review the fee schedule for publications, Sales Unit, 31 July 2033",
    )
    assert [due for due, _ in _dues(*rows)] == [date(2033, 6, 30), date(2033, 7, 31)]
    rows = (
        "Milestone, Responsible, Due date",
        "Shared reporting template, BDT, 14 March 2033",
        "Mapping of the regional indicators to the survey, 30 September 2033",
    )
    assert _dues(*rows) == [
        (date(2033, 3, 14), "Shared reporting template"),
        (date(2033, 9, 30), "Mapping of the regional indicators to the survey"),
    ]


@pytest.mark.parametrize(
    "after",
    [
        "Geneva, 4 May 2033",  # a dateline
        "The Group met again in Lima, 9 June 2033.",  # a sentence
        "Prepare the annual report, Secretariat, 2-4 June 2033",  # a range
    ],
)
def test_a_row_of_another_count_is_no_row_when_it_is_a_dateline_a_sentence_or_a_range(after: str) -> None:
    rows = ("Milestone, Responsible, Due date", "Shared reporting template, BDT, 14 March 2033", after)
    assert [due for due, _ in _dues(*rows)] == [date(2033, 3, 14)]

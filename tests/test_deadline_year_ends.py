"""A deadline at the end of a year named by reference: ``before the end of the year`` (the
document's year), ``by the end of that year`` (the year last written before it)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.dates import due_dates
from wsiskg.ingest.extract.deadlines import find_deadlines


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The Bureau was asked to run a survey of rural operators before the end of the year.", date(2031, 12, 31)),
        ("Administrations are invited to reply by the end of this year.", date(2031, 12, 31)),
        ("Replies are expected no later than the end of the current year.", date(2031, 12, 31)),
        ("Members should nominate experts by the close of the year.", date(2031, 12, 31)),
        (
            "In 2027 the Council asked the Secretariat to review the fund before the end of that year.",
            date(2027, 12, 31),
        ),
    ],
)
def test_the_end_of_a_year_named_by_reference_is_due(text: str, due: date) -> None:
    (found,) = due_dates(text, 2031, date(2031, 9, 14))
    assert (found.due, found.kind) == (due, "period")


@pytest.mark.parametrize(
    "text",
    [
        "The network was completed at the end of the year.",  # no due word: a time, not a deadline
        "The Group noted that the year had been busy.",
    ],
)
def test_no_due_year_end(text: str) -> None:
    assert due_dates(text, 2031, date(2031, 9, 14)) == []


def test_a_year_written_after_it_is_that_year() -> None:
    (found,) = due_dates("By the end of the year 2029 every school should be connected.", 2031, date(2031, 9, 14))
    assert found.due == date(2029, 12, 31)


def test_that_year_without_a_year_written_is_the_reference_year() -> None:
    (found,) = due_dates("They agreed to finish the draft before the end of that year.", None, date(2030, 3, 2))
    assert found.due == date(2030, 12, 31)


def test_a_deadline_record_with_its_subject() -> None:
    report = make_report(
        "The Group requested the Rapporteur to circulate a revised outline before the end of the year."
    )
    (d,) = find_deadlines(report, 2031, reference=date(2031, 9, 14))
    assert d.due == date(2031, 12, 31)
    assert "circulate a revised outline" in d.subject

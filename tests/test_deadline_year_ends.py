"""A deadline at the end of a year named by reference: ``before the end of the year`` (the
document's year), ``by the end of that year`` (the year last written before it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import make_report

import wsiskg.ingest.extract as extract_module
from wsiskg.ingest.extract.dates import due_dates
from wsiskg.ingest.extract.deadlines import find_deadlines
from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import read
from wsiskg.ingest.records import Meeting


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


LETTER = """Telecommunication Development Bureau

Ref.: BDT/RO-31/88
Windhoek, 3 May 2031

Dear Sir/Madam,

I have the pleasure to invite you to the Regional Development Forum for Africa, which will be held
in Windhoek from 22 to 24 September 2031. Participants requiring a visa are requested to contact
the nearest embassy of Namibia by 20 July. Administrations are invited to send their presentations
by 1 September.

Yours faithfully,

Tomasz Wielgosz
Director
"""


def test_a_letter_about_a_meeting_reads_its_deadlines_from_its_own_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The deadlines of a letter of invitation fall before the meeting it names (and does not
    record): a date without a year is the next one after the letter's date, not after the meeting's."""
    forum = Meeting("rdf-afr", start=date(2031, 9, 22), end=date(2031, 9, 24))
    monkeypatch.setattr(extract_module, "own_meeting", lambda report, names: (None, forum))
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    extraction = extract_module.extract(parse(read(path)))
    assert sorted(d.due for d in extraction.deadlines) == [date(2031, 7, 20), date(2031, 9, 1)]
    # a report of that meeting reads them from the meeting: after it, so the next year
    monkeypatch.setattr(extract_module, "own_meeting", lambda report, names: (forum, forum))
    extraction = extract_module.extract(parse(read(path)))
    assert sorted(d.due for d in extraction.deadlines) == [date(2032, 7, 20), date(2032, 9, 1)]

"""A deadline written as the one before it (``deadline_same_date.same_date_dues``, ``date_words.csv`` role
``same-due``): ``by the same date`` is due on the last day due before it, in its paragraph or the ones before,
a deadline of its own. Sentences, parties and dates are our own."""

from __future__ import annotations

from datetime import date

from extract_support import make_report

from wsiskg.ingest.extract.deadlines import find_deadlines


def _dues(*texts: str) -> list[tuple[date, str]]:
    return [(d.due, d.subject) for d in find_deadlines(make_report(*texts), 2031, reference=date(2031, 1, 10))]


def test_the_same_date_in_the_next_paragraph_is_the_day_due_before() -> None:
    found = _dues(
        "Member States that object to the draft are invited to inform the Director, giving their reasons, by 23.59 "
        "hours UTC on Wednesday, 14 May 2031.",
        "Administrations are also asked to indicate, by the same date, whether their delegation may speak.",
    )
    assert [due for due, _ in found] == [date(2031, 5, 14), date(2031, 5, 14)]
    assert found[1][1].startswith("Administrations")


def test_the_same_day_in_the_sentence_after_takes_the_last_day_of_its_paragraph() -> None:
    found = _dues(
        "Proposals should reach the secretariat by 2 March 2031 and comments on the draft agenda by 20 April 2031. "
        "Observers are requested to register no later than the same day."
    )
    assert [due for due, _ in found] == [date(2031, 3, 2), date(2031, 4, 20), date(2031, 4, 20)]


def test_nothing_is_due_by_the_same_date_when_no_day_was_due_before() -> None:
    assert _dues("Observers are requested to register by the same date as the members of the Group.") == []

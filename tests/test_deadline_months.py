"""A due date written as a month and its year without a day (``by March 2031``, ``no later than September 2032``) is
due on the month's last day, as ``by the end of March 2031`` is (annotation guide decision 36; the dev annotations
date such requests to the month's end): read by ``deadline_dates.due_dates`` after a due word of
``date_words.csv`` role ``due-month`` right before the month, so the deadline and the request's due date agree. A
month already over when the meeting starts is what was done by then, no deadline (``By May 2029, 300 schools were
connected``); ``before June 2032``, ``until June 2032``, a month without its year and a month after another word
(``by mid-March 2032``) stay undated. ``before the end of the month`` is due on the last day of the meeting's month
(as ``the end of the year`` is its year's). Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import kinds_report as kinds
from extract_support import one_section_report
from extract_support import requests_of as run

from wsiskg.ingest.extract.dates import due_dates
from wsiskg.ingest.extract.deadlines import find_deadlines

_MEETING = date(2031, 10, 6)  # a meeting in October 2031


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Member States are invited to submit contributions on spectrum pricing by March 2032.", date(2032, 3, 31)),
        ("The Bureau should circulate the revised handbook no later than September 2032.", date(2032, 9, 30)),
        ("Regulators were asked to share their coverage maps not later than February 2032.", date(2032, 2, 29)),
        ("The secretariat was requested to publish the survey results by Nov. 2031.", date(2031, 11, 30)),
        ("The Chair asked the rapporteurs to finish the draft guidelines by June, 2032.", date(2032, 6, 30)),
    ],
)
def test_a_month_after_a_due_word_is_due_on_its_last_day(text: str, due: date) -> None:
    (found,) = due_dates(text, 2031, _MEETING)
    assert (found.due, found.kind) == (due, "month")


@pytest.mark.parametrize(
    "text",
    [
        "By May 2029, 300 rural schools were connected to the national backbone.",  # over before the meeting
        "The fellowship budget of the Sector was exhausted by March 2031.",
        "The pilot project will run until June 2032 in three provinces.",
        "Replies to the questionnaire are expected before June 2032.",
        "The Group asked BDT to report on the pilot by mid-March 2032.",
        "The Group asked BDT to report on the pilot by March.",
        "The next meeting of the Group, in May 2032, will review the pilot.",
    ],
)
def test_no_month_due_date(text: str) -> None:
    assert due_dates(text, 2031, _MEETING) == []


def test_the_deadline_and_the_request_share_the_month_end() -> None:
    sentence = "The Group invited administrations to send their views on satellite backhaul fees by April 2032."
    opening = ("The meeting of the Working Group on Backhaul was held in Lomé on 6 October 2031.", "body")
    (request,) = run(kinds(opening, (sentence, "body")), "Working Group on Backhaul", 2031)
    (deadline,) = find_deadlines(one_section_report(sentence), 2031, reference=_MEETING)
    assert (request.deadline, deadline.due) == (date(2032, 4, 30), date(2032, 4, 30))
    assert deadline.subject == "send their views on satellite backhaul fees"


@pytest.mark.parametrize(
    "text",
    [
        "The Chair asked the facilitators to confirm their meeting dates before the end of the month.",
        "Members are invited to send their comments by the end of this month.",
        "Replies are expected no later than the close of the current month.",
    ],
)
def test_the_end_of_the_month_is_the_meetings_month_end(text: str) -> None:
    (found,) = due_dates(text, 2031, _MEETING)
    assert (found.due, found.kind) == (date(2031, 10, 31), "period")


def test_the_end_of_the_month_without_a_meeting_or_a_due_word_is_no_deadline() -> None:
    assert due_dates("Members are invited to reply before the end of the month.", 2031, None) == []
    assert due_dates("The survey closed at the end of the month.", 2031, _MEETING) == []
    (found,) = due_dates("Please reply by the end of the month of May 2032.", 2031, _MEETING)
    assert found.due == date(2032, 5, 31)


@pytest.mark.parametrize("again", ["each year", "every year", "of each year", "annually"])
def test_the_end_of_a_month_that_comes_back_each_year_is_no_deadline(again: str) -> None:
    """``by the end of November each year`` comes back every year (``date_words.csv``, role ``every-year``), as
    ``before 15 March each year`` does: no deadline; without the words it is one."""
    text = f"Agencies were invited to send their reports to the secretariat by the end of November {again}."
    assert due_dates(text, 2031, _MEETING) == []
    assert [d.due for d in due_dates(text.replace(f" {again}", ""), 2031, _MEETING)] == [date(2031, 11, 30)]

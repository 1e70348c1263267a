"""The year of a deadline written without one in a report dated by no day and recording no dated meeting (an
excerpt, a speech, remarks): the year its events' days are read in (``events.report_year``: its header's, else
the last year a day is written with), where before such a date was no deadline at all. A report dated by a day
keeps reading from that day. Names and dates are our own."""

from __future__ import annotations

from datetime import date

from extract_support import make_report

from wsiskg.ingest.extract import extract


def test_a_deadline_without_its_year_in_a_report_of_no_date_takes_the_reports_year() -> None:
    report = make_report(
        "...the Forum will open in Apia on 14 September 2031, and ministers are invited to confirm their attendance "
        "by 30 July 2031.",
        "Exhibitors are encouraged to book their stands before the 20th of June.",
        "Speakers should send their slides to the secretariat by 1 September.",
        title=None,
    )
    assert sorted(d.due for d in extract(report).deadlines) == [date(2031, 6, 20), date(2031, 7, 30), date(2031, 9, 1)]


def test_remarks_of_no_date_read_their_deadlines_in_the_year_their_days_are_written() -> None:
    report = make_report(
        "Distinguished delegates, the regional review held in Suva on 3 and 4 March 2032 showed the way.",
        "I urge all administrations to send their national reports to the Bureau before 30 April.",
        title=None,
    )
    assert [d.due for d in extract(report).deadlines] == [date(2032, 4, 30)]


def test_a_day_that_comes_back_each_year_is_no_deadline() -> None:
    report = make_report(
        "...the survey of 2031, held from 3 to 28 February 2031, showed progress.",
        "Member States are invited to send their data before 15 March each year, and to name a focal point by 30 "
        "April.",
        title=None,
    )
    assert [d.due for d in extract(report).deadlines] == [date(2031, 4, 30)]

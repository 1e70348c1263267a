"""One reading of a front line that is only a document's issue date (``dates.bare_date``).

Two copies once decided it and disagreed: one took any short label before the date (so a reply's
``Deadline: 30 May 2031`` dated the document), the other only ``Date:``; one took any run of closing
dots, the other one. The labels of an issue date are data (``header_fields.csv``, value ``date``).
"""

from __future__ import annotations

from datetime import date as D

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.dates import bare_date, document_date
from wsiskg.ingest.extract.header_fields import field_labels


def test_the_issue_date_labels_are_data() -> None:
    assert {"Date", "Issued", "Received"} <= set(field_labels("date"))


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("17 March 2033", D(2033, 3, 17)),
        ("Date: 4 November 2029", D(2029, 11, 4)),
        ("ISSUED: 21 January 2036.", D(2036, 1, 21)),
        ("   Received:  9 August 2027 ", D(2027, 8, 9)),
        ("Date: 2nd February 2032", D(2032, 2, 2)),
    ],
)
def test_a_line_that_is_only_an_issue_date(line: str, day: D) -> None:
    assert bare_date(line) == day


@pytest.mark.parametrize(
    "line",
    [
        "Deadline: 30 May 2031",  # a reply's due day, not the day the document was issued
        "Closing date: 14 July 2034",
        "Reply by: 2 October 2028",
        "5 April 2030..",  # more than one closing stop
        "Tromsø, 5 April 2030",  # a dateline: the day of a session, read by document_date itself
        "11-13 June 2029",
    ],
)
def test_other_lines_are_no_issue_date(line: str) -> None:
    assert bare_date(line) is None


@pytest.mark.parametrize("deadline", ["Deadline: 30 May 2031", "Deadline: 30 May 2031."])
def test_a_deadline_under_the_session_days_does_not_date_the_document(deadline: str) -> None:
    report = make_report("Liaison statement", "Windhoek, 12-16 May 2031", deadline, "To: Study Group 4")
    assert document_date(report) == D(2031, 5, 12)


@pytest.mark.parametrize("issued", ["Issued: 22 April 2031", "22 April 2031.", "Date: 22 April 2031"])
def test_an_issue_date_under_a_dateline_dates_the_document(issued: str) -> None:
    report = make_report("Note by the Secretariat", "Valparaíso, 6 May 2031", issued, "Dear colleagues")
    assert document_date(report) == D(2031, 4, 22)

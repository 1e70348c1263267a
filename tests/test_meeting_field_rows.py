"""The own meeting dated by a field of its dates right under the line that names it, in a table of fields
(``Subject, Details`` / ``Meeting, First meeting of X`` / ``Dates, 8-9 March 2031`` / ``Venue, Geneva``:
``meeting_dates._dates_from_field_row``), not by the header's dateline of the session the report is written for
(``COUNCIL 2031 — Geneva, 10-20 June 2031 — Document C31/45-E``). Names, bodies and dates are invented."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import meeting_parts

from wsiskg.ingest.extract.datelines import dateline
from wsiskg.ingest.records import Paragraph, ParsedReport


def _report(title: str, header: str, rows: list[str]) -> ParsedReport:
    paragraphs = [
        Paragraph(1, "front", header),
        Paragraph(2, "1", "1. The Group's meeting is summarized below."),
        *(Paragraph(3 + i, "1", row) for i, row in enumerate(rows)),
    ]
    return ParsedReport("test.txt", "text/plain", title, (), tuple(paragraphs))


@pytest.mark.parametrize(
    ("rows", "start", "end"),
    [
        (["Subject, Details", "Meeting, First meeting of CWG-LANG", "Dates, 8-9 March 2031", "Venue, Geneva"],
         date(2031, 3, 8), date(2031, 3, 9)),
        (["Meeting | Second meeting of CWG-LANG", "Date | 3 February 2031", "Venue | ITU headquarters, Geneva"],
         date(2031, 2, 3), None),
        (["Meeting: Third meeting of CWG-LANG", "Dates and venue: 8-9 March 2031, Geneva"],
         date(2031, 3, 8), date(2031, 3, 9)),
    ],
)  # fmt: skip
def test_a_field_of_dates_under_the_meetings_row_dates_it(rows: list[str], start: date, end: date | None) -> None:
    report = _report(
        "Report by the Chairman of the Council Working Group on Languages",
        "COUNCIL 2031 — Geneva, 10-20 June 2031 — Document C31/45-E — 2 May 2031",
        rows,
    )
    found = meeting_parts(report)
    assert found is not None and (found[0], found[2], found[3]) == ("cwg-lang", start, end)


@pytest.mark.parametrize("line", ["Dates, 8-9 March 2031", "Date | 8 March 2031", "Dates: 8-9 March 2031"])
def test_a_date_label_before_a_comma_or_a_bar_is_no_place(line: str) -> None:
    """A row of a table of fields read as a line (``Dates, 8-9 March 2031``): its label is no place."""
    found = dateline(line)
    assert found is not None and found[0].start == date(2031, 3, 8) and found[1] is None

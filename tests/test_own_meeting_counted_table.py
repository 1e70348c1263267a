"""A body's report on the meetings it held over some days, with a table that dates each by its ordinal
(``covered_meetings.counted_meeting``, read by the ``held-meetings`` reader; round 59): ``Committee 4 held five
meetings between 4 and 9 March 2034`` was one meeting over those days, but when a table under a ``Meeting`` column
dates each meeting (``First, 4 March 2034, ...`` / ``Fifth, 9 March 2034, ...``) and its row of the last one counted is
within those days, the report is of that meeting (decision 1: the latest), numbered and dated by its row. A row for a
run of meetings (``Fourth to sixth, 8-10 March``) dates the last on the run's last day. A table whose last row is not
the counted meeting, or no table, leaves the one meeting over the days."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_parts

_HEADER = ("WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-34)", "Lima, 2-13 March 2034")


@pytest.mark.parametrize(
    ("held", "rows", "expected"),
    [
        (
            "1 Committee 4 held five meetings between 4 and 9 March 2034 under the chairmanship of Mr B. Quispe.",
            ("Meeting, Date, Subjects", "First, 4 March 2034, Organization of work", "Second, 5 March 2034, Article 2",
             "Fifth, 9 March 2034, Report to the plenary"),
            ("committee-4", 5, date(2034, 3, 9), None),
        ),
        (
            "1 Committee 4 met six times from 3 to 11 March 2034 to consider the draft resolutions.",
            ("Meeting | Date | Documents", "1st | 3 March 2034 | DT/2", "2nd-3rd | 5-6 March 2034 | DT/9",
             "Fourth to sixth | 9-11 March 2034 | DT/21"),
            ("committee-4", 6, date(2034, 3, 11), None),
        ),
        (
            "1 Committee 4 held three meetings, from 6 to 10 March 2034, chaired by Ms K. Osei (Ghana).",
            ("Meetings held", "1st meeting, 6 March 2034", "3rd meeting, 9-10 March 2034"),
            ("committee-4", 3, date(2034, 3, 9), date(2034, 3, 10)),
        ),
    ],
)  # fmt: skip
def test_the_counted_meeting_a_table_dates_is_the_own_meeting(
    held: str, rows: tuple[str, ...], expected: tuple[str, int, date, date | None]
) -> None:
    report = make_report(*_HEADER, held, "2 The Committee approved the texts in the annex.", *rows,
                         title="Report of Committee 4 to the plenary")  # fmt: skip
    assert meeting_parts(report) == expected


@pytest.mark.parametrize(
    "rows",
    [
        # the table's last row is not the fifth meeting: the rows list only some of them
        ("Meeting, Date", "First, 4 March 2034", "Second, 5 March 2034"),
        # the fifth meeting's row is dated outside the days the committee says it met
        ("Meeting, Date", "First, 4 March 2034", "Fifth, 12 March 2034"),
        (),
    ],
)
def test_without_the_counted_meetings_row_the_meetings_are_one_over_the_days(rows: tuple[str, ...]) -> None:
    held = "1 Committee 4 held five meetings between 4 and 9 March 2034 under the chairmanship of Mr B. Quispe (Peru)."
    report = make_report(*_HEADER, held, *rows, title="Report of Committee 4 to the plenary")
    assert meeting_parts(report) == ("committee-4", None, date(2034, 3, 4), date(2034, 3, 9))

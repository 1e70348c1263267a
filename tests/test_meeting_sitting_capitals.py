"""A summary record's sitting written in capitals or run into a header line dates its meeting (``meeting_header``:
``_in_words`` and ``_run_in``, read by ``sitting``, round 56): ``THURSDAY, 12 JUNE 2031, AT 0930 HOURS`` under
``COUNCIL 2031`` / ``Geneva, 10-20 June 2031`` is the day of the third plenary meeting, as ``Thursday, 12 June 2031,
at 0930 hours`` is, and so is ``... Original: English Thursday, 12 June 2031, at 0930 hours``."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_named


@pytest.mark.parametrize(
    ("title", "lines", "expected"),
    [
        ("SUMMARY RECORD OF THE THIRD PLENARY MEETING",
         ["COUNCIL 2031", "Geneva, 10-20 June 2031", "Document C31/118-E", "THURSDAY, 12 JUNE 2031, AT 0930 HOURS",
          "Chairman: Mr E. Mensah (Ghana)"],
         ("itu-council", 3, date(2031, 6, 12))),
        ("SUMMARY RECORD OF THE SECOND MEETING OF COMMITTEE 5",
         ["PLENIPOTENTIARY CONFERENCE (PP-34)", "DOHA, 3-20 OCTOBER 2034", "TUESDAY 8 OCTOBER 2034, AT 14:30"],
         ("committee-5", 2, date(2034, 10, 8))),
        ("MINUTES OF THE FIFTH MEETING",
         ["COUNCIL 2032", "Geneva, 2-12 March 2032", "STANDING COMMITTEE ON ADMINISTRATION AND MANAGEMENT",
          "WEDNESDAY, 4 MARCH 2032, FROM 1440 TO 1730 HOURS"],
         ("standing-committee-on-administration-and-management", 5, date(2032, 3, 4))),
    ],
)  # fmt: skip
def test_a_sitting_in_capitals_dates_the_meeting(title: str, lines: list[str], expected: tuple[str, int, date]) -> None:
    report = make_report(*lines, "1. The Chairman opened the meeting.", title=title)
    found = meeting_named(report)
    assert found is not None and found[:3] == expected


def test_a_dateline_in_capitals_with_no_weekday_is_no_sitting() -> None:
    report = make_report("COUNCIL 2031", "GENEVA, 10-20 JUNE 2031", "1. The Chairman opened the meeting.",
                         title="SUMMARY RECORD OF THE THIRD PLENARY MEETING")  # fmt: skip
    found = meeting_named(report)
    assert found is not None and found[2] == date(2031, 6, 10)


@pytest.mark.parametrize(
    ("title", "line", "expected"),
    [
        ("SUMMARY RECORD OF THE EIGHTH MEETING OF COMMITTEE 6",
         "PLENIPOTENTIARY CONFERENCE (PP-34), Doha, 3-20 October 2034 COMMITTEE 6 - Document 156-E - 17 October 2034 "
         "- Original: English Thursday, 16 October 2034, at 0930 hours",
         ("committee-6", 8, date(2034, 10, 16))),
        ("SUMMARY RECORD OF THE SIXTH PLENARY MEETING",
         "C31/92-E COUNCIL 2031, Geneva, 10-20 June 2031 Friday, 13 June 2031, at 1430 hours",
         ("itu-council", 6, date(2031, 6, 13))),
    ],
)  # fmt: skip
def test_a_sitting_a_layout_ran_into_a_header_line_dates_the_meeting(
    title: str, line: str, expected: tuple[str, int, date]
) -> None:
    report = make_report(line, "1. The Chairman opened the meeting.", title=title)
    found = meeting_named(report)
    assert found is not None and found[:3] == expected


def test_a_labelled_sitting_of_several_is_no_run_in_sitting() -> None:
    report = make_report(
        "WORLD CONFERENCE ON X 2031 (WCX-31)", "Lima, 3-14 March 2031", "COMMITTEE 2", "OF THE", "THIRD AND FOURTH "
        "MEETINGS OF COMMITTEE 2", "Third meeting: Friday, 7 March, at 0930 hours", "Fourth meeting: Monday, 10 March, "
        "at 1430 hours", "1. The Chairman opened the meeting.", title="SUMMARY RECORD")  # fmt: skip
    found = meeting_named(report)
    assert found is None or found[2] != date(2031, 3, 7)

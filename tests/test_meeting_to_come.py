"""A meeting that a clause says something is still to be done at or for (``invited the subgroup to report to
the seventh meeting of X``, ``agreed to hold its final meeting during the XXV Meeting of Y``: an infinitive of
holding, convening, reporting or submitting before it, ``meeting_words.csv`` role ``goes-to``) is a meeting to
come, never the report's own (:func:`.meeting.another_meeting`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

from wsiskg.ingest.extract.meeting import another_meeting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EGH – Ninth meeting, Lisbon, 3–5 June 2031 – Report (extract, paragraphs 4 to 9)\n\n"
         "4. The Chair, Ms Ilse Vandoorne (Belgium), invited the task team to report to the tenth meeting of EGH "
         "on its survey of household data.\n",
         ("egh", 9, date(2031, 6, 3), date(2031, 6, 5))),
        ("CWG-FHR – Thirtieth meeting, Geneva, 11–12 March 2032 – Report (extract)\n\n"
         "1. The Group agreed to submit to the thirty-first meeting of CWG-FHR a revised plan for its budget review.\n",
         ("cwg-fhr", 30, date(2032, 3, 11), date(2032, 3, 12))),
        ("TDAG – 40th meeting, Geneva, 20–22 October 2033 – Summary (extract)\n\n"
         "1. The members agreed to hold the 41st meeting of TDAG during the 12th Meeting of the Assembly.\n",
         ("tdag", 40, date(2033, 10, 20), date(2033, 10, 22))),
    ],
)  # fmt: skip
def test_a_meeting_something_is_still_to_be_done_at_is_not_the_reports(
    tmp_path: Path, text: str, expected: tuple[str, int, date, date]
) -> None:
    assert meeting_parts(parsed_text(tmp_path, text)) == expected


@pytest.mark.parametrize(
    ("text", "meeting", "expected"),
    [
        ("The Group agreed to hold its final meeting during the XXV Meeting of the Committee.", "XXV Meeting", True),
        ("Members were invited to present to the 12th meeting of the Forum their national plans.", "12th meeting",
         True),
        ("The Panel decided to convene the second meeting of the Panel in Dakar.", "second meeting", True),
        ("The 12th meeting of the Forum was held to review national plans.", "12th meeting", False),
        ("At its 3rd meeting, the Council agreed to hold a debate on tariffs.", "3rd meeting", False),
    ],
)  # fmt: skip
def test_an_infinitive_of_holding_or_reporting_before_a_meeting_makes_it_one_to_come(
    text: str, meeting: str, expected: bool
) -> None:
    start = text.index(meeting)
    assert another_meeting(text, (start, start + len(meeting))) is expected

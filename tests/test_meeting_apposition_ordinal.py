"""The report's own meeting named by an ordinal in apposition to ``the meeting``: ``The meeting, the fourth of the X
Group, was held in ...`` (:func:`.meeting_mentions._numbered_forms`, the hit marked ``this``): the body's meeting of
that number, before another body's numbered meeting an earlier lead sentence names (``X held its first preparatory
meeting in ...``, :func:`.meeting_statements._statement`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Summary\n\n1. The agenda was adopted.\n\n2. The Andean Forum held its first preparatory meeting in Quito "
         "on 2 March 2031.\n\n3. The meeting, the seventh of the Baltic Numbering Network, was held in Tartu from 3 "
         "to 5 May 2031, and closed at 1700 hours.\n",
         ("baltic-numbering-network", 7, date(2031, 5, 3), date(2031, 5, 5))),
        ("Excerpt\n\n1. The Sahel Spectrum Partnership held its second meeting in Niamey on 4 June 2030.\n\n"
         "2. The meeting, the 12th of the Expert Group on Island Connectivity (EG-IC), took place in Apia on 9 and "
         "10 October 2032.\n",
         ("eg-ic", 12, date(2032, 10, 9), date(2032, 10, 10))),
        ("Notes\n\n1. Members recalled the third meeting of the Pacific Data Alliance held in Suva on 1 March "
         "2029.\n\n2. This meeting, the ninth of the Steering Committee on Rural Coverage, was convened in Hanoi on "
         "14 November 2029.\n",
         ("steering-committee-on-rural-coverage", 9, date(2029, 11, 14), None)),
        # a name with small words and a year in it, closed by the apposition's comma
        ("Notes\n\n1. The Regional Forum held its second meeting in Lima on 3 March 2031.\n\n2. The meeting, the "
         "fifth of the Expert Team to review the 2030 Island Connectivity Plan, was held in Apia from 9 to 11 June "
         "2031.\n",
         ("expert-team-to-review-the-2030-island-connectivity-plan", 5, date(2031, 6, 9), date(2031, 6, 11))),
    ],
)  # fmt: skip
def test_the_meeting_the_nth_of_a_body_is_the_bodys(tmp_path: Path, text: str, expected: tuple) -> None:
    assert meeting_parts(parsed_text(tmp_path, text)) == expected


def test_the_meeting_the_first_of_a_period_names_no_body(tmp_path: Path) -> None:
    text = (
        "Minutes\n\n1. The Expert Group on Rural Coverage held its fifth meeting in Lima on 3 May 2031.\n\n"
        "2. The chair opened the meeting, the first of the 2031-2034 study period, and welcomed participants.\n"
    )
    assert meeting_parts(parsed_text(tmp_path, text)) == ("expert-group-on-rural-coverage", 5, date(2031, 5, 3), None)

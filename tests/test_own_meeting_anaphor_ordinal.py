"""The report's own meeting numbered by a lead sentence that puts ``the meeting`` as the Nth of its group or of a
period (round 40, :func:`.own_meeting.numbered_by_lead`): ``opened the meeting, the first of the 2031-2034 study
period for Question 2/1``, ``The meeting was the third and last of the Rapporteur Group in the current study
period``, ``This session was the ninth of the Council Working Group since ...``; not ``the first of its kind``.
Names, places and dates are our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

D = date

_RAPPORTEUR = """ITU-D STUDY GROUP 2 — RAPPORTEUR GROUP MEETING FOR QUESTION 5/2

Geneva, 12 March 2031

MINUTES

1. Ms Ilse Vandermeer-Ako opened the meeting, the second of the 2030-2033 study period for Question 5/2, and
presented the work plan.

2. Members were invited to submit case studies by 30 April 2031.
"""

_GROUP = """Council Working Group on Child Online Protection (CWG-COP)

Geneva, 9-10 October 2030

Summary of the meeting

1 {sentence}

2 The Group reviewed the draft guidelines and invited members to comment by 1 December 2030.
"""


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (_RAPPORTEUR, 2),
        (_GROUP.format(sentence="The meeting was the fourth and last of the Group in the current study period."), 4),
        (
            _GROUP.format(sentence="This meeting, the 7th of the cycle, was chaired by Dr Leilani Kahale-Borg (Fiji)."),
            7,
        ),
        (_GROUP.format(sentence="The session was the ninth of the Council Working Group since its creation."), 9),
    ],
)
def test_the_meeting_put_as_the_nth_of_its_group_or_period_is_numbered(tmp_path: Path, text: str, number: int) -> None:
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None and found[1] == number


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting was the first of its kind in the region.",
        "The meeting was the second of two events on the topic that week.",
    ],
)
def test_an_ordinal_of_no_group_nor_period_numbers_nothing(tmp_path: Path, sentence: str) -> None:
    assert meeting_parts(parsed_text(tmp_path, _GROUP.format(sentence=sentence))) == (
        "cwg-cop",
        None,
        D(2030, 10, 9),
        D(2030, 10, 10),
    )

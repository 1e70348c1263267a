"""The parts of the report's own meeting (body, number, dates) when the report states them in one
sentence that counts its body's meetings and dates them as a list: the report is a record of the last
(decision 1), numbered by the count when the list dates as many meetings, else by an ordinal in brackets
after its days (:func:`.own_mention.listed_meeting`, reader ``listed``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

_COMMITTEE = """PLENIPOTENTIARY CONFERENCE (PP-30)
Lima, 2-20 October 2030

COMMITTEE 6

REPORT OF COMMITTEE 6 (ADMINISTRATION) TO THE PLENARY MEETING

1 Committee 6 held three meetings, on 4, 9 and 15 October 2030, under the chairmanship of Ms Ana Ruiz-Toledo (Chile).

2 The committee recommends that the Conference approve the revised draft budget in the Annex.
"""

_APPOSITION = """PLENIPOTENTIARY CONFERENCE (PP-30)
Lima, 2-20 October 2030

COMMITTEE 2 - CREDENTIALS

REPORT OF THE CREDENTIALS COMMITTEE TO THE PLENARY MEETING

1 The Committee, set up by the Conference at its opening plenary meeting on 2 October 2030, held two meetings, on 6
and 13 October 2030, under the chairmanship of Mr Teodor Vasko (Slovakia).

2 The Committee found the credentials of 97 delegations in order.
"""

_LAST_TIME = """Report of the Chairman of the Telecommunication Development Advisory Group

1 Since the last Conference, the Group met four times in the period, the last time from 8 to 10 April 2031 (thirty-first
meeting), under the chairmanship of Ms Ilka Marsh (Jamaica).

2 The Group reviewed the draft operational plan and invites the Conference to note this report.
"""

_TIMES = """PLENIPOTENTIARY CONFERENCE (PP-30)
Lima, 2-20 October 2030

REPORT OF SUB-COMMITTEE C TO COMMITTEE 5

1 Sub-Committee C, chaired by Mr Oto Berg-Lind (Estonia), met four times, on 3, 5, 10 and 12 October 2030.

2 It reached agreement on the draft revision of the resolution in the Annex.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_COMMITTEE, ("committee-6", 3, date(2030, 10, 15), None)),
        (_APPOSITION, ("credentials-committee", 2, date(2030, 10, 13), None)),
        (_LAST_TIME, ("tdag", 31, date(2031, 4, 8), date(2031, 4, 10))),
        (_TIMES, ("sub-committee-c", 4, date(2030, 10, 12), None)),
    ],
)  # fmt: skip
def test_a_record_of_the_meetings_a_sentence_counts_and_dates_is_of_the_last(
    tmp_path: Path, text: str, expected: tuple
) -> None:
    assert meeting_parts(parsed_text(tmp_path, text)) == expected


def test_meetings_counted_over_a_range_of_days_stay_one_meeting_over_them(tmp_path: Path) -> None:
    counted = "held three meetings, on 4, 9 and 15 October"
    text = _COMMITTEE.replace(counted, "held six meetings between 4 and 15 October")
    assert meeting_parts(parsed_text(tmp_path, text)) == ("committee-6", None, date(2030, 10, 4), date(2030, 10, 15))


def test_another_bodys_counted_meetings_in_a_record_are_not_its_own(tmp_path: Path) -> None:
    other = "2 The drafting group chaired by Mr Ivo Lunde (Norway) held two meetings, on 5 and 8 October 2030."
    text = _COMMITTEE.replace("2 The committee", f"{other}\n\n3 The committee")
    assert meeting_parts(parsed_text(tmp_path, text)) == ("committee-6", 3, date(2030, 10, 15), None)

"""The report's own meeting dated by a header line that opens with the meeting's noun and says where and when it
was held, with no determiner (``Meeting held in Geneva, 13-22 January 2031`` under a study group's subject line,
``Session held at X from ... to ...``): the presumed group's meeting over those days (round 40; reader
``group-held``, :func:`.meeting_dates._held_meeting`). Names, places and dates are our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

D = date

_STUDY_GROUP = """ITU-T SG9 – R 4

STUDY GROUP 9 – REPORT 4

Broadband cable and TV

Meeting held in Geneva, 3–12 March 2031

1. General

The meeting was chaired by Mr Arvid Lindqvist-Obi (Sweden).

2. Results

SG9 consented J.1290 and agreed new work items on cable access networks.
"""

_ADVISORY_GROUP = """Telecommunication Development Advisory Group

Summary of discussions

Session held at ITU Headquarters, Geneva, from 14 to 16 June 2032

1 The Chair, Ms Fenna Oosterhuis-Diallo (Netherlands), opened the session and welcomed the participants.

2 TDAG considered 44 input documents and agreed on the draft operational plan.
"""

_COUNCIL_GROUP = """Council Working Group on Child Online Protection (CWG-COP)

Summary record

Meeting held on 9 and 10 October 2030, Geneva (hybrid)

1. The Chair, Dr Leilani Kahale-Borg (Fiji), welcomed the participants.

2. The Group reviewed the draft guidelines and invited members to comment by 1 December 2030.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_STUDY_GROUP, ("itu-t-sg9", None, D(2031, 3, 3), D(2031, 3, 12))),
        (_ADVISORY_GROUP, ("tdag", None, D(2032, 6, 14), D(2032, 6, 16))),
        (_COUNCIL_GROUP, ("cwg-cop", None, D(2030, 10, 9), D(2030, 10, 10))),
    ],
)
def test_a_header_line_of_a_meeting_held_dates_the_presumed_groups_meeting(
    tmp_path: Path, text: str, expected: tuple
) -> None:
    assert meeting_parts(parsed_text(tmp_path, text)) == expected


def test_a_line_of_another_meeting_still_to_be_held_dates_nothing(tmp_path: Path) -> None:
    line = "Meeting held in Geneva, 3–12 March 2031"
    text = _STUDY_GROUP.replace(line, f"Next {line.lower().replace('held', 'to be held')}")
    assert meeting_parts(parsed_text(tmp_path, text)) is None

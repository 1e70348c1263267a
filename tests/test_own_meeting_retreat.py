"""The report's own meeting, round 60: a retreat is a meeting of the body a header line names (``Report of the
annual retreat`` over ``United Nations Group on the Information Society (UNGIS)`` and a dateline): ``Retreat`` is a
kind of meeting a heading names (``meeting_words.csv``, role ``heading-kind``), read by the ``heading`` reader as
``Annual meeting`` is. Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

D = date


@pytest.mark.parametrize(
    ("title", "body", "dateline", "lead", "expected"),
    [
        ("Report of the annual retreat", "United Nations Group on the Information Society (UNGIS)",
         "Glion, 14-15 October 2031",
         "It brought together the focal points of 21 member agencies.",
         ("ungis", None, D(2031, 10, 14), D(2031, 10, 15))),
        ("Summary of the informal retreat", "Council Working Group on Child Online Protection (CWG-COP)",
         "Montreux, 3-4 May 2032", "Members reviewed the work plan and the guidelines for industry.",
         ("cwg-cop", None, D(2032, 5, 3), D(2032, 5, 4))),
        ("OUTCOME OF THE STRATEGIC RETREAT", "Telecommunication Standardization Advisory Group (TSAG)",
         "Nyon, Switzerland, 20–21 January 2033",
         "Participants discussed the structure of the study groups for the next study period.",
         ("tsag", None, D(2033, 1, 20), D(2033, 1, 21))),
    ],
)  # fmt: skip
def test_a_retreat_under_a_body_s_line_is_its_meeting(
    title: str, body: str, dateline: str, lead: str, expected: tuple
) -> None:
    assert _meeting(make_report(body, dateline, lead, title=title)) == expected

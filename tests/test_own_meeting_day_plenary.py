"""The own meeting, one day of a session, numbered by the plenary meeting the lead says the day opened with
(``meeting_day_plenary.day_plenary``, round 55): a Council session's daily highlights, ``The third day of the
session (...) opened with the sixth plenary meeting``."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_parts


@pytest.mark.parametrize(
    ("title", "lines", "number"),
    [
        (
            "ITU Council 2031 — Daily Highlights, Day 3",
            [
                "Thursday, 12 June 2031 — Geneva",
                "The third day of the 2031 session of the Council (10-20 June 2031) opened with the sixth plenary "
                "meeting, chaired by Ms Ana Costa (Portugal), Chair of Council 2031.",
            ],
            6,
        ),
        (
            "Council 2034 — Highlights of the Day",
            [
                "Geneva, Friday, 5 May 2034",
                "The fourth day of the 2034 session of the Council (2-12 May 2034) began with the 7th plenary meeting, "
                "at which the Secretary-General presented the draft budget.",
            ],
            7,
        ),
        (
            "ITU COUNCIL 2030: DAILY HIGHLIGHTS",
            [
                "Wednesday, 9 July 2030 — Geneva",
                "Wednesday, the third day of the 2030 session of the Council (7–17 July 2030), started with the fifth "
                "plenary meeting, chaired by Mr Tomás Ruiz (Uruguay).",
            ],
            5,
        ),
    ],
)  # fmt: skip
def test_the_day_s_plenary_meeting_numbers_the_meeting(title: str, lines: list[str], number: int) -> None:
    found = meeting_parts(make_report(*lines, title=title))
    assert found is not None and found[1] == number


def test_another_body_s_plenary_meeting_numbers_nothing() -> None:
    lines = [
        "Thursday, 12 June 2031 — Geneva",
        "The third day of the 2031 session of the Council (10-20 June 2031) opened with the sixth plenary meeting of "
        "the Regional Spectrum Forum, chaired by Ms Ana Costa (Portugal).",
    ]
    found = meeting_parts(make_report(*lines, title="ITU Council 2031 — Daily Highlights, Day 3"))
    assert found is not None and found[1] is None

"""A numbered session of the report's own forum named in its front matter, dated by its own day line
(:mod:`wsiskg.ingest.extract.event_front_sessions`). Texts are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.event_front_sessions import numbered_session


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Session 88 | Thematic Workshop", "Session 88"),
        ("Pacific Data Forum 2031: Policy Session 4 - Outcome", "Policy Session 4"),
        ("High-Level Policy Session 11: Trust in e-government", "High-Level Policy Session 11: Trust in e-government"),
        ("Thematic Workshop 203 – Outcome", "Thematic Workshop 203"),
        ("Pacific Data Forum 2031", None),  # a year, no session's number
        ("Day 3 – Wednesday, 7 May", None),  # a time of the event
        ("Week 5", None),
        ("SESSION 3 — TAXATION", None),  # a heading in capitals
        ("Room 4 | Hall B", None),  # no event noun
        ("Study Group 17", None),
    ],
)
def test_a_numbered_session_name_opens_a_line_a_cell_or_a_titles_part(text, name):
    assert numbered_session(text) == name


def _events(tmp_path, *lines: str) -> dict[str, date | None]:
    report = parsed_text(tmp_path, "\n\n".join(lines) + "\n")
    return {e.name: e.start for e in extract(report).events}


def test_the_session_a_forums_outcome_is_of_is_an_event_on_its_own_day(tmp_path):
    events = _events(
        tmp_path,
        "WSIS Forum 2033: Policy Session 9 - Outcome",
        "Theme: Open data for small islands",
        "Geneva, 2-6 May 2033",
        "Session held on Tuesday, 3 May 2033, 10:00-11:30, Room 5",
        "1. Policy Session 9 was moderated by Ms Zephyrine Quandt-Oyelaran, journalist.",
    )
    assert events.get("Policy Session 9") == date(2033, 5, 3)


def test_a_session_line_in_cells_takes_the_day_line_under_it(tmp_path):
    events = _events(
        tmp_path,
        "WSIS FORUM 2033 — Session outcome document",
        "Geneva, 2-6 May 2033",
        "Session 61 | Thematic Workshop",
        '"Community radio in the age of streaming"',
        "Thursday 5 May 2033, 14:00-15:45, Room C",
        "Organized by: Radio Commons Network",
        "Summary of the discussion",
        "1. Panellists described three community stations in the Andes.",
    )
    assert events.get("Session 61") == date(2033, 5, 5)


@pytest.mark.parametrize(
    "day_line",
    [
        "Session held on Tuesday, 17 May 2033, 10:00-11:30",  # a day outside the forum's days
        "Room 5, CICG",  # no day
        "Geneva, 2-6 May 2033",  # the forum's days, no day of its own
    ],
)
def test_no_session_without_one_day_within_the_forums_days(tmp_path, day_line):
    events = _events(
        tmp_path,
        "WSIS Forum 2033: Policy Session 9 - Outcome",
        "Geneva, 2-6 May 2033",
        day_line,
        "1. The session was moderated by Ms Zephyrine Quandt-Oyelaran, journalist.",
    )
    assert "Policy Session 9" not in events

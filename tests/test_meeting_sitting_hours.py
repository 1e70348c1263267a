"""A dateline that gives the hours of its day dates a sitting, not the day the document was issued
(:func:`.datelines.gives_hours`, read by the ranking's ``issue-date`` evidence): a meeting of a kind of its own
(a facilitation meeting) under a forum's session lines, dated with its hours, is the report's meeting; a session
of the forum so dated is still the forum's (decision 17)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_parts

from wsiskg.ingest.extract.datelines import gives_hours


@pytest.mark.parametrize(
    ("line", "hours"),
    [
        ("Date and venue: Tuesday, 13 May 2031, 10:00-11:30, Room H2", True),
        ("Thursday, 5 May 2033, at 1430 hours", True),
        ("Monday 7 June 2032 (09.30 h - 12.00 h)", True),
        ("Wednesday, 9 March 2034, 3 p.m.", True),
        ("5 May 2033", False),
        ("Date: 14.06.2031", False),
        ("Lusaka, 4 April 2030", False),
        ("The session opened at 10:00 on 3 May 2031 and closed at noon.", False),
    ],
)  # fmt: skip
def test_a_dateline_gives_hours(line: str, hours: bool) -> None:
    assert gives_hours(line) is hours


@pytest.mark.parametrize(
    ("series", "span", "kind", "day_line", "day"),
    [
        ("WSIS FORUM 2031", "Geneva, 12-16 May 2031", "WSIS Action Line C3 Access to information facilitation meeting",
         "Date and venue: Tuesday, 13 May 2031, 10:00-11:30, Room H2", date(2031, 5, 13)),
        ("WSIS FORUM 2033", "Geneva, 2-6 May 2033", "WSIS Action Line C5 Building confidence facilitation meeting",
         "Thursday, 5 May 2033, at 1430 hours", date(2033, 5, 5)),
    ],
)  # fmt: skip
def test_a_meeting_dated_with_its_hours_under_a_forums_session_lines_is_the_reports(
    series: str, span: str, kind: str, day_line: str, day: date
) -> None:
    report = make_report(series, span, kind, day_line, "The meeting was opened by the facilitator.", title="Summary")
    found = meeting_parts(report)
    assert found is not None and found[0] != "wsis-forum" and found[2] == day


def test_a_bare_day_under_the_meetings_line_is_still_the_issue_date() -> None:
    report = make_report(
        "WSIS FORUM 2033",
        "Geneva, 2-6 May 2033",
        "Action Line C5 facilitation meeting on trust",
        "5 May 2033",
        "The meeting was opened by the facilitator.",
        title="Summary",
    )
    assert meeting_parts(report) == ("wsis-forum", None, date(2033, 5, 2), date(2033, 5, 6))


def test_a_forums_session_dated_with_its_hours_is_still_the_forums() -> None:
    report = make_report(
        "WSIS FORUM 2032 — Session outcome document",
        "Geneva, 3-7 May 2032",
        "Session 88 | Thematic Workshop",
        "Wednesday 5 May 2032, 11:00-12:45, Room C",
        "The session was opened by the moderator.",
        title="Outcome",
    )
    found = meeting_parts(report)
    assert found is not None and found[0] == "wsis-forum"

"""A group's meeting named by the group alone with its own dates (``event_body_alone.body_alone_mentions``):
``held during TSAG, 11-15 February``, ``at the last RAG (3-5 May)``. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.events import find_events
from wsiskg.ingest.records import Meeting


def _events(text: str) -> dict[str, tuple[str, date | None, date | None]]:
    report = make_report("Summary of the discussions", text)
    meeting = Meeting("cwg-internet", 9, date(2031, 9, 20))
    return {e.key: (e.name, e.start, e.end) for e in find_events(report, 2031, meeting=meeting)}


@pytest.mark.parametrize(
    ("text", "body", "start", "end"),
    [
        (
            "A workshop on quantum networks was held during TSAG, 11-15 February 2031, in Geneva.",
            "Telecommunication Standardization Advisory Group",
            date(2031, 2, 11),
            date(2031, 2, 15),
        ),
        (
            "The draft was presented at TDAG on 4-8 March 2031 and welcomed by the members.",
            "Telecommunication Development Advisory Group",
            date(2031, 3, 4),
            date(2031, 3, 8),
        ),
        (
            "Members recalled the views expressed at the last RAG (3-5 May 2031) on the matter.",
            "Radiocommunication Advisory Group",
            date(2031, 5, 3),
            date(2031, 5, 5),
        ),
        (
            "The Chair will report to the members at the next UNGIS (Vienna, 14-15 October 2031).",
            "United Nations Group on the Information Society",
            date(2031, 10, 14),
            date(2031, 10, 15),
        ),
    ],
)
def test_a_group_named_alone_with_its_dates_is_its_meeting(text: str, body: str, start: date, end: date) -> None:
    found = _events(text)
    assert (f"meeting of the {body}", start, end) in found.values(), found


@pytest.mark.parametrize(
    "text",
    [
        "The contribution was submitted to TSAG on 11 February 2031 by the Administration of Chile.",
        "The Secretariat consulted ITU, 11-15 February 2031, on the budget.",
        "The proposal, sent to RAG on 12 February 2031, was noted by the Chair.",
    ],
)
def test_a_group_named_without_a_cue_of_attending_or_a_body_that_is_no_group_is_no_meeting(text: str) -> None:
    found = _events(text)
    assert not any(start is not None and start.month == 2 for _, start, _ in found.values()), found


def test_the_group_held_around_the_own_meeting_keeps_its_days() -> None:
    report = make_report(
        "Summary of the fourth meeting – Geneva, 3 March 2032 (held during TDAG, 3-6 March 2032)",
        "The meeting was opened by the Chair.",
    )
    found = {e.key: (e.start, e.end) for e in find_events(report, 2032, meeting=Meeting("iscg", 4, date(2032, 3, 3)))}
    assert found.get("tdag-meeting-2032-03-03") == (date(2032, 3, 3), date(2032, 3, 6)), found


def test_the_own_group_named_alone_is_the_own_meeting() -> None:
    report = make_report("The Group met during TSAG, 3-6 March 2032, in Geneva.")
    found = {
        e.key for e in find_events(report, 2032, meeting=Meeting("tsag", None, date(2032, 3, 3), date(2032, 3, 6)))
    }
    assert not any(k.startswith("tsag") for k in found), found


def test_dates_after_a_group_held_in_conjunction_are_not_read_as_its_meeting() -> None:
    found = _events("The next meeting of the team will be held in conjunction with RAG, 13-15 May 2031.")
    assert "rag-meeting-2031-05-13" not in found, found

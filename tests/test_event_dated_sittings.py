"""A sitting named by its day (:mod:`wsiskg.ingest.extract.event_dated_sittings`): a meeting or a session is no event
alone, but ``of`` and a day right after its noun say which one it is. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.events import find_events


def _events(*texts: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.name: (e.start, e.end) for e in find_events(make_report(*texts))}


@pytest.mark.parametrize(
    ("text", "name", "days"),
    [
        (
            "4. If enough replies support it, the draft will be considered at the plenary session of 22 June 2033.",
            "plenary session of 22 June 2033",
            (date(2033, 6, 22), None),
        ),
        (
            "2 The Alliance for Rural Broadband Standards agreed at its meeting of 3 August 2032 the following:",
            "meeting of 3 August 2032",
            (date(2032, 8, 3), None),
        ),
        (
            "The draft annex will be reviewed by Task Group 6/3 at its meeting of 9–17 March 2034.",
            "meeting of 9–17 March 2034",
            (date(2034, 3, 9), date(2034, 3, 17)),
        ),
    ],
)
def test_a_sitting_named_by_its_day_is_an_event_on_it(text, name, days):
    assert _events(text).get(name) == days


@pytest.mark.parametrize(
    "text",
    [
        "The text was agreed at this meeting of 4 May 2033 and sent to the Council.",  # the report's own, named again
        "The delegate recalled the outcome of the meeting of the Bureau and of the session of 2033.",  # no day
    ],
)
def test_no_sitting_without_a_day_of_its_own(text):
    assert not [n for n in _events(text) if " of " in n and n.split()[0] in ("meeting", "session")]


def test_a_sitting_by_its_day_is_the_meeting_named_on_the_same_days():
    found = _events(
        "Subject: Approval of two draft Recommendations at the meeting of Study Group 11, Lima, 5-14 May 2033",
        "1. The study group, at the close of its meeting of 5 to 14 May 2033, intends to apply the approval procedure.",
    )
    assert not [n for n in found if n.startswith("meeting of 5 to 14 May")]
    assert any(days == (date(2033, 5, 5), date(2033, 5, 14)) for days in found.values())

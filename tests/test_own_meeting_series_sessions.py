"""The numbered session of a series a header line names (ingest/extract/series_sessions.py, reader ``numbered-series``;
round 53): ``X Dialogue Series — Session 3: topic`` over its dateline is session 3 of the series."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_parts


@pytest.mark.parametrize(
    ("line", "dateline", "key", "number", "day"),
    [
        ("Spectrum Policy Dialogue Series — Session 4: Satellite direct-to-device", "Online, 9 June 2032",
         "spectrum-policy-dialogue-series", 4, date(2032, 6, 9)),
        ("DIGITAL SKILLS WEBINAR SERIES - Episode 12", "Virtual, 3 March 2031, 14:00-15:30 CET",
         "digital-skills-webinar-series", 12, date(2031, 3, 3)),
        ("Pacific Cable Resilience Series – Part 2: Repair ships and spares", "Suva, Fiji, 21 October 2030",
         "pacific-cable-resilience-series", 2, date(2030, 10, 21)),
    ],
)  # fmt: skip
def test_a_series_session_over_its_dateline_is_the_own_meeting(
    line: str, dateline: str, key: str, number: int, day: date
) -> None:
    report = make_report(line, dateline, "Summary", "The session brought together 140 participants.", title="ITU")
    found = meeting_parts(report)
    assert found is not None and found[:3] == (key, number, day)


def test_a_series_named_without_a_numbered_session_is_no_such_meeting() -> None:
    report = make_report("Spectrum Policy Dialogue Series: Satellite direct-to-device", "Online, 9 June 2032")
    found = meeting_parts(report)
    assert found is None or found[1] is None

"""The report's own meeting when its heading names the session of a series it was held at around the
meeting's name (ingest/extract/meeting_heading.py, ``_host_off``): the session opening the heading, maybe
with its place and a dash (``IGF 2031 Lima — Best Practice Forum on X``), or closing it after a cue, the
heading's kind before (``Dynamic Coalition on X (DC-X) — session at IGF 2031``). The meeting is the one the
heading names, dated by the sitting's line under it, not the host session; only a body that met (a name headed
by a body noun or closed by its acronym): a session of the host's programme (``Main Session on X``) is none."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting


@pytest.mark.parametrize(
    ("heading", "sitting", "body"),
    [
        (
            "Dynamic Coalition on Rural Spectrum (DC-RS) — session at IGF 2031",
            "Date: 14 May 2031, 10:00–11:30, Room 2 (hybrid)",
            "dc-rs",
        ),
        (
            "Dynamic Coalition on Public Libraries (DC-PL) – meeting during the IGF 2031",
            "Date: 14 May 2031, 16:00-17:30, Workshop room 9",
            "dc-pl",
        ),
        (
            "IGF 2031 Lima — Best Practice Forum on Open Data (BPF Data)",
            "Main Hall, Room 4, 14 May 2031, 09:00–10:30",
            "bpf-data",
        ),
        (
            "IGF 2031 Tallinn, Estonia — Dynamic Coalition on Local Content (DC-LC) – session",
            "Room B, 14 May 2031, 11:00–12:30",
            "dc-lc",
        ),
        (
            "WSIS Forum 2031 | Action Line C9 Facilitation Meeting",
            "Geneva, Room 7 + online | 14 May 2031, 14:00–15:30",
            "action-line-c9-facilitation-meeting",
        ),
        (
            "Policy Network on Rural Access (PNRA) — meeting on the sidelines of the WSIS Forum 2031",
            "Room C2, 14 May 2031, 14:00-15:00",
            "pnra",
        ),
    ],
)
def test_a_heading_held_at_a_series_session_is_the_meeting_it_names(heading: str, sitting: str, body: str) -> None:
    report = make_report(
        heading,
        sitting,
        "2. The session was moderated by the coordinator, who presented the draft principles.",
        "3. Participants asked the secretariat to circulate the outcome before the next cycle.",
    )
    assert _meeting(report) == (body, None, date(2031, 5, 14), None)


@pytest.mark.parametrize(
    "heading",
    [
        "IGF 2031: Highlights and outcomes",
        "WSIS Forum 2031 – Outcomes",
        "Report on participation at IGF 2031",
        "IGF 2031 Lima — Main Session on Rural Access",
        "IGF 2031 Tallinn — Youth Collaborative Session",
        "IGF 2031 – Session 40: Open data for river towns",
    ],
)
def test_a_line_of_the_session_itself_keeps_its_words(heading: str) -> None:
    from wsiskg.ingest.extract.heading_hosts import _host_off

    assert _host_off(heading) == heading

"""A segment of a series' edition is a part of its own (``generic-events.csv``: ``segment``, column ``of`` ``part``):
the edition named after ``of`` is its host, which takes none of the segment's days, not the segment itself (as
``the session of Council 2031`` is that session: column ``of`` ``name``). ``A segment of the population`` names no
event: the topic must be a capitalised name. Sentences, bodies, places and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.events import event_mentions, find_events


def _starts(text: str, year: int) -> dict[str, date | None]:
    return {e.name: e.start for e in find_events(one_section_report(text), year, meeting=None)}


@pytest.mark.parametrize(
    ("text", "year", "name", "start", "edition"),
    [
        (
            "The Commission is asked to encourage ministers to attend the high-level segment of WCIT-12 on "
            "4 December 2012.",
            2012,
            "high-level segment of WCIT-12",
            date(2012, 12, 4),
            "World Conference on International Telecommunications 2012",
        ),
        (
            "Ministers will meet at the ministerial segment of PP-34 on 8 November 2034.",
            2034,
            "ministerial segment of PP-34",
            date(2034, 11, 8),
            "Plenipotentiary Conference 2034",
        ),
        (
            "The Minister of Digital Affairs of Norland opened the high-level segment of the HLPF 2031 on 15 July "
            "2031.",
            2031,
            "high-level segment of the HLPF 2031",
            date(2031, 7, 15),
            "High-level Political Forum 2031",
        ),
    ],
)
def test_a_segment_of_an_edition_is_a_part_of_its_own(
    text: str, year: int, name: str, start: date, edition: str
) -> None:
    found = _starts(text, year)
    assert found.get(name) == start
    assert found.get(edition, "missing") != start  # the host takes none of its part's days


@pytest.mark.parametrize(
    "text",
    [
        "The session of Council 2031 will open on 4 May 2031.",
        "The plenary session of Council 2031 closed on 14 May 2031.",
    ],
)
def test_a_session_of_an_edition_is_still_that_edition(text: str) -> None:
    assert "ITU Council 2031" in _starts(text, 2031)


@pytest.mark.parametrize(
    "text",
    [
        "A segment of the population lacked access on 3 May 2031.",
        "A large segment of rural households in Norland was connected on 9 June 2031.",
    ],
)
def test_a_segment_of_no_name_is_no_event(text: str) -> None:
    assert event_mentions(text, 2031) == []

"""A hearing is a meeting's kind (``ingest/data/event_nouns.csv``: ``Hearing``; round 53): a header line naming a
parliamentary or public hearing over its dateline is the record's own meeting."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_parts


@pytest.mark.parametrize(
    ("title", "lines", "key", "days"),
    [
        (
            "INTER-PARLIAMENTARY X",
            ("Annual Parliamentary Hearing at the United Nations", "New York, 3-4 December 2031",
             "Connectivity for rural schools", "SUMMARY OF THE HEARING"),
            "annual-parliamentary-hearing-at-the-united-nations",
            (date(2031, 12, 3), date(2031, 12, 4)),
        ),
        (
            "SOUTHERN AFRICAN X NETWORK",
            ("Regional Parliamentary Hearing on Digital Inclusion", "Windhoek, Namibia, 12 and 13 May 2032",
             "Summary"),
            "regional-parliamentary-hearing-on-digital-inclusion",
            (date(2032, 5, 12), date(2032, 5, 13)),
        ),
    ],
)  # fmt: skip
def test_a_hearing_over_its_dateline_is_the_own_meeting(
    title: str, lines: tuple[str, ...], key: str, days: tuple[date, date]
) -> None:
    found = meeting_parts(make_report(*lines, title=title))
    assert found is not None and (found[0], found[2], found[3]) == (key, *days)

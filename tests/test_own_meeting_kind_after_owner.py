"""The report's own meeting of a kind of its own named after what met, on one header line: ``WSIS Action Line C9
"Media": Report of the fourth facilitation meeting (Geneva, 12 May 2031)``, ``Andean Regulators Network — Summary
of the 2nd consultation meeting (Lima, 3-4 June 2032)`` (round 40, :func:`.meeting_mentions.own_kind_meetings`):
the meeting of that kind of the name before the colon or the dash, numbered by its ordinal and dated by the
dateline in brackets. Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.meeting_mentions import own_kind_meetings

D = date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('WSIS Action Line C9 "Media": Report of the fourth facilitation meeting (Geneva, 12 May 2031)',
         ("WSIS Action Line C9 facilitation meeting", 4)),
        ("Andean Regulators Network — Summary of the 2nd consultation meeting (Lima, 3-4 June 2032)",
         ("Andean Regulators Network consultation meeting", 2)),
        ("Pacific Spectrum Forum: Outcome of the third annual consultation meeting",
         ("Pacific Spectrum Forum consultation meeting", 3)),
    ],
)  # fmt: skip
def test_a_meeting_of_its_own_kind_named_after_what_met(line: str, expected: tuple) -> None:
    assert [(name, number) for _, name, number, _ in own_kind_meetings(line, series=True)] == [expected]


def test_the_header_line_names_and_dates_the_reports_meeting() -> None:
    report = make_report(
        "Organization of Media Studies — Communication Sector",
        'WSIS Action Line C9 "Media": Report of the fourth facilitation meeting (Geneva, 12 May 2031)',
        "The facilitators of Action Line C9 met on 12 May 2031 in Geneva during the WSIS Forum 2031.",
        "Participants asked the secretariat to publish the report by 30 June 2031.",
        title="Organization of Media Studies — Communication Sector",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (4, D(2031, 5, 12), None)
    assert "c9" in found[0]


@pytest.mark.parametrize(
    "line",
    [
        # the meeting named is the one to come
        "Pacific Spectrum Forum: Preparations for the third consultation meeting",
        # a sentence, not a name before the colon
        "The delegates recalled: the third consultation meeting agreed on the text.",
    ],
)
def test_no_owner_before_the_colon_names_no_meeting(line: str) -> None:
    assert own_kind_meetings(line, series=True) == []

"""A report on an activity whose participants form no body records no meeting (decisions 71, 76 and 83): a hackathon,
an exercise, a drill, a course or a monitoring campaign is an event with its dates, even under a record's title
(``meeting_words.csv`` role ``activity``, read by ``genre.records_named``). Every name and sentence here is invented
for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract


@pytest.mark.parametrize(
    "name",
    [
        "Pacific Hackathon on Flood Alert Apps",
        "ANDEAN YOUTH HACKATHON FOR DISASTER MAPPING",
        "Coastal Hackathon 2031",
    ],
)
def test_an_outcome_report_of_an_activity_records_no_meeting(tmp_path: Path, name: str) -> None:
    """The activity the header names and dates is an event, not the report's own meeting."""
    text = f"""Andean Telecommunication Bureau
OUTCOME REPORT
{name}
Quito, Ecuador, 3-5 November 2031

The {name} was organized by the Andean Telecommunication Bureau with the support of two universities.

Participants recommended that regulators publish open data on network outages.
"""
    found = extract(parsed_text(tmp_path, text))
    assert found.meeting is None


def test_a_committee_named_after_an_activity_still_met(tmp_path: Path) -> None:
    """A body whose name only begins with an activity's noun (the committee that plans a hackathon) is a body that
    met: its meeting is the report's own."""
    text = """Hackathon Steering Committee
REPORT OF THE MEETING
Quito, Ecuador, 3-5 November 2031

The Hackathon Steering Committee met in Quito and agreed on the themes of the next regional hackathon.
"""
    found = extract(parsed_text(tmp_path, text))
    assert found.meeting is not None

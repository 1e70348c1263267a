"""Documents that record no meeting though their header names one (issue 8, decision 4): a daily journal lists the
day's meetings, an in memoriam notice and a booklet of speakers' biographies name the meeting they belong to; all are
notices (``genre_cues.csv``, genre ``notice``). Every sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.genre import records_meeting, report_genre


@pytest.mark.parametrize(
    "heading",
    [
        "IN MEMORIAM",
        "In memoriam: Ms Aurelia Tomescu-Vance (1950-2031)",
        "SPEAKERS' BIOGRAPHIES - SESSION 2: SPECTRUM FOR RURAL AREAS",
        "High-level segment – Biographies of the moderators and panellists",
    ],
)
def test_a_memorial_notice_or_a_booklet_of_biographies_records_no_meeting(tmp_path: Path, heading: str) -> None:
    """The meeting such a notice or booklet names (a symposium's session, a council's tribute) is an event."""
    text = f"""GLOBAL SYMPOSIUM ON RURAL CONNECTIVITY (GSRC-31)
Apia, Samoa, 14-16 October 2031
{heading}

Ms Aurelia Tomescu-Vance chaired the study group on rural networks from 1994 to 2002 and was a mentor to many.

Participants are invited to sign the book of condolences at the registration desk.
"""
    report = parsed_text(tmp_path, text)
    assert report_genre(report) == "notice"
    assert extract(report).meeting is None


@pytest.mark.parametrize("kind", ["DAILY JOURNAL", "Daily Journal", "JOURNAL No. 3"])
def test_a_daily_journal_records_no_meeting(tmp_path: Path, kind: str) -> None:
    """A conference's daily journal lists the day's meetings (events) and announces: no meeting of its own."""
    text = f"""WORLD CONFERENCE ON RURAL CONNECTIVITY
Kampala, 3-7 May 2032
{kind}
No. 3 - Wednesday 5 May 2032

MEETINGS TODAY
10:00-13:00 Plenary Hall: third plenary meeting.

ANNOUNCEMENTS
1. Delegations are reminded to collect their badges at the registration desk.
"""
    report = parsed_text(tmp_path, text)
    assert report_genre(report) == "notice"
    assert not records_meeting(report)
    assert extract(report).meeting is None

"""A session's header line that a layout ran into its dateline (issue 8, round 42): ``COUNCIL 2031 Geneva, 3-13 June
2031 Document C31/90-E ...`` as the title (the session of a body, in capitals: ``event_own_session``), ``WSIS FORUM
2032 Lima, 4-8 May 2032`` (a series of no body: ``meeting_header.series_meeting``) is that session, dated by the
dateline on its own line. Every name, place, date and sentence is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_COUNCIL_RUN_IN = """{session} Valletta, 3-13 June 2031 Document C31/90-E 13 June 2031 Original: English
C31/90-E
SUMMARY OF THE DECISIONS TAKEN AT THE 2031 SESSION
1 Budget
1.1 The Council approved the budget for 2032-2033 and instructed the Secretary-General to report on savings.
1.2 It decided that the next session would be held in Geneva from 2 to 11 June 2032.
"""


@pytest.mark.parametrize("session", ["COUNCIL 2031", "Council 2031"])
def test_a_council_session_line_run_into_its_dateline_is_the_council_s_session(tmp_path: Path, session: str) -> None:
    meeting = extract(parsed_text(tmp_path, _COUNCIL_RUN_IN.format(session=session))).meeting
    assert meeting is not None
    assert (meeting.body, meeting.start, meeting.end, meeting.place) == (
        "itu-council",
        date(2031, 6, 3),
        date(2031, 6, 13),
        "Valletta",
    )


def test_a_session_line_with_a_dateline_of_another_year_is_no_session(tmp_path: Path) -> None:
    # the dateline's year is not the session's: the line names the session as a topic, not the meeting recorded
    text = _COUNCIL_RUN_IN.format(session="COUNCIL 2032").replace("SUMMARY OF THE DECISIONS", "PREPARATIONS FOR")
    meeting = extract(parsed_text(tmp_path, text)).meeting
    assert meeting is None or meeting.start != date(2031, 6, 3) or meeting.body != "itu-council"


_FORUM_RUN_IN = """{line}
HIGHLIGHTS OF DAY 2 - TUESDAY, 5 MAY
Morning: Opening of the ministerial round table
The second day opened with a round table on digital public goods, moderated by Ms Ilse Vandermeer. Ministers
from Chile and Ghana described their national platforms and called on donors to pool their funding.
Afternoon: Action Line facilitation meetings
The facilitation meeting on Action Line C3 agreed on a list of indicators for open data.
"""


@pytest.mark.parametrize(
    "line",
    [
        "WSIS FORUM 2032 Lima, 4-8 May 2032",
        "WSIS Forum 2032 – Lima, 4-8 May 2032",
    ],
)
def test_a_forum_session_line_run_into_its_dateline_is_the_forum_s_session(tmp_path: Path, line: str) -> None:
    meeting = extract(parsed_text(tmp_path, _FORUM_RUN_IN.format(line=line))).meeting
    assert meeting is not None
    assert (meeting.body, meeting.start, meeting.end) == ("wsis-forum", date(2032, 5, 4), date(2032, 5, 8))

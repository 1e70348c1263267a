"""A one-day dateline under a meeting's heading that is a day of the meeting the lead dates in full
(ingest/extract/closing_day_dateline.py, asked by meeting_heading.heading_meeting): a communiqué or a
declaration dated the day it was adopted, the last, is the record of the whole meeting its lead says sat; a
meeting of one day during a larger event keeps its day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

from wsiskg.ingest.extract import extract

COMMUNIQUE = """SECOND CARPATHIAN DIGITAL MINISTERS' DIALOGUE
Uzhhorod Communiqué
Uzhhorod, 12 May 2031

1. Ministers responsible for telecommunications from seven countries met in Uzhhorod on 11–12 May 2031 for the
Second Carpathian Digital Ministers' Dialogue, convened by the national regulator.

2. The Dialogue was chaired by the host country's minister.

3. Ministers agreed to set up a task force on cross-border fibre.
"""

DECLARATION = """KAUNAS DECLARATION ON SECURE NETWORKS
and Joint Work Plan 2032–2034
Adopted at the Fourth Baltic Digital Ministers' Meeting
Kaunas, Lithuania, 9 June 2032

We, the Ministers responsible for digital affairs of the Baltic States, meeting in Kaunas on the eighth and
ninth of June 2032 at the invitation of the host Government,

1. Declare our commitment to secure and resilient networks;

2. Request the secretariat to report on the Work Plan at our next meeting.
"""

THREE_DAYS = """FIFTH SAHEL SPECTRUM CONFERENCE
Final Communiqué
Niamey, 4 March 2030

The Fifth Sahel Spectrum Conference took place in Niamey from 2 to 4 March 2030 with regulators from nine countries.

Delegates adopted a regional band plan.
"""


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (COMMUNIQUE, (date(2031, 5, 11), date(2031, 5, 12))),
        (DECLARATION, (date(2032, 6, 8), date(2032, 6, 9))),
        (THREE_DAYS, (date(2030, 3, 2), date(2030, 3, 4))),
    ],
)
def test_a_one_day_dateline_on_a_day_the_lead_says_the_meeting_sat_takes_the_leads_days(
    tmp_path: Path, text: str, days: tuple[date, date]
) -> None:
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None and found[2:] == days


def test_days_the_lead_gives_another_meeting_do_not_redate_the_dateline(tmp_path: Path) -> None:
    text = COMMUNIQUE.replace("met in Uzhhorod on 11–12 May 2031 for", "will meet in Lviv on 3–4 May 2032 after")
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None and found[2] == date(2031, 5, 12) and found[3] in (None, date(2031, 5, 12))


def test_days_of_a_larger_event_around_the_dateline_s_day_change_nothing(tmp_path: Path) -> None:
    text = """ACTION LINE C4 FACILITATION MEETING
Capacity building
Lisbon, 14 May 2031

The Atlantic Digital Forum 2031 took place in Lisbon from 12 to 16 May 2031; the facilitation meeting sat on its
third day with 60 participants.
"""
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None and found[2] == date(2031, 5, 14) and found[3] in (None, date(2031, 5, 14))


def test_days_that_do_not_hold_the_dateline_s_day_change_nothing(tmp_path: Path) -> None:
    text = COMMUNIQUE.replace("met in Uzhhorod on 11–12 May 2031", "met in Uzhhorod on 3–4 May 2031")
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None and found[2] == date(2031, 5, 12)


def test_the_heading_s_meeting_on_its_dateline_s_day_is_no_other_event(tmp_path: Path) -> None:
    # the heading names the meeting with its ordinal and the dateline dates it on its last day: the meeting itself
    events = extract(parsed_text(tmp_path, COMMUNIQUE)).events
    assert not [e for e in events if "Carpathian" in e.name and e.start == date(2031, 5, 12)]

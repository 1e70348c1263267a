"""A working party's or a Question's meeting held within the days of its study group's meeting, in a report
about that study group, is a sitting of the study group's meeting (round 55, evidence ``part-sitting`` of
``meeting_ranking``): ``STUDY GROUP 5 – REPORT 3`` / ``Report of the meeting held in Geneva from 4 to 8 April
2031`` / ``Working Party 1/5 met on 5 April 2031`` is the study group's meeting over its days. A working party's own
report stays the working party's. Our own names and days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

from wsiskg.ingest.extract.document import new_document
from wsiskg.ingest.extract.meeting_candidates import candidates
from wsiskg.ingest.extract.meeting_ranking import evidence
from wsiskg.ingest.extract.study_groups import meeting_body_names

_SG_REPORT = """TELECOMMUNICATION STANDARDIZATION SECTOR                    COM {sg} – R 4 – E
STUDY PERIOD 2029-2032                                      {month}

STUDY GROUP {sg} – REPORT 4
Source: Study Group {sg}
Title: Report of the meeting held in Geneva from {days}

1 The meeting was chaired by Mr Tomasz Wrona-Lis (Poland).

2 {part} met on {part_day}.

3 The Study Group approved two draft Recommendations and agreed to send a liaison statement to the IEC.
"""


@pytest.mark.parametrize(
    ("sg", "month", "days", "part", "part_day", "start", "end"),
    [
        ("5", "May 2031", "7 to 11 April 2031", "Working Party 1/5", "8 April 2031", date(2031, 4, 7),
         date(2031, 4, 11)),
        ("12", "October 2030", "14 to 23 September 2030", "Working Party 3/12", "16 September 2030",
         date(2030, 9, 14), date(2030, 9, 23)),
        ("9", "March 2032", "9 to 13 February 2032", "Working Party 2/9", "10 February 2032", date(2032, 2, 9),
         date(2032, 2, 13)),
    ],
)  # fmt: skip
def test_a_working_partys_sitting_within_its_study_groups_meeting_is_not_the_record(
    tmp_path: Path, sg: str, month: str, days: str, part: str, part_day: str, start: date, end: date
) -> None:
    text = _SG_REPORT.format(sg=sg, month=month, days=days, part=part, part_day=part_day)
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None
    assert found[2:] == (start, end)


def test_a_working_party_outside_its_study_groups_days_is_no_sitting_of_it(tmp_path: Path) -> None:
    text = _SG_REPORT.format(
        sg="5", month="May 2031", days="7 to 11 April 2031", part="Working Party 1/5", part_day="20 March 2031"
    )
    report = parsed_text(tmp_path, text)
    new_document(report)
    names = meeting_body_names(report)
    found = candidates(report, names)
    features = dict(zip((c.meeting.body for c in found), evidence(report, names, found), strict=True))
    assert all("part-sitting" not in f for f in features.values())

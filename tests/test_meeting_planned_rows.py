"""A meeting dated by a row of a plan the record lays out is still to come (round 55,
``meeting_ranking._planned_row``): a list under a lead-in ending with a colon that names a timeline, a work
plan, a schedule or what is to come (``The Group agreed on the following timeline:`` / ``- fifth meeting: 8-9
September 2031;``) plans that meeting; the record is of the meeting its header dates, not of the next one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

from wsiskg.ingest.extract.document import new_document
from wsiskg.ingest.extract.meeting_candidates import candidates
from wsiskg.ingest.extract.meeting_ranking import evidence
from wsiskg.ingest.extract.study_groups import meeting_body_names

_RECORD = """{name} ({acronym})
{ordinal} meeting – virtual, {days}

{acronym}-{number}/9                                    Chair's report

1. The {lower} meeting was held online on {days} and gathered 120 participants.

2. The meeting was chaired by Ms Ines Carvalho-Lopes (Portugal).

3. {lead}
   - revised draft guidelines: 30 June 2031;
   - {next} {acronym} meeting: {next_days};
   - {after} {acronym} meeting: early 2032.

4. The Chair thanked the participants.
"""


@pytest.mark.parametrize(
    ("name", "acronym", "ordinal", "number", "days", "start", "end", "lead", "next_days"),
    [
        ("Expert Group on Household Indicators", "EGHI", "Fourth", 4, "12-13 May 2031",
         date(2031, 5, 12), date(2031, 5, 13), "The Group agreed on the following timeline:", "8-9 September 2031"),
        ("Informal Experts Group for the Ninth Policy Forum", "IEGP", "Second", 2, "3-4 February 2032",
         date(2032, 2, 3), date(2032, 2, 4), "The meeting endorsed this work plan:", "20-21 April 2032"),
        ("Expert Group on Tidal Data Exchange", "EGTDE", "Third", 3, "14-15 October 2030",
         date(2030, 10, 14), date(2030, 10, 15), "Upcoming milestones of the Group:", "2-3 March 2031"),
    ],
)  # fmt: skip
def test_a_meeting_dated_by_a_row_of_the_plan_is_not_the_record(
    tmp_path: Path,
    name: str,
    acronym: str,
    ordinal: str,
    number: int,
    days: str,
    start: date,
    end: date,
    lead: str,
    next_days: str,
) -> None:
    following = {2: ("third", "fourth"), 3: ("fourth", "fifth"), 4: ("fifth", "sixth")}[number]
    text = _RECORD.format(
        name=name,
        acronym=acronym,
        ordinal=ordinal,
        number=number,
        days=days,
        lower=ordinal.lower(),
        lead=lead,
        next=following[0],
        after=following[1],
        next_days=next_days,
    )
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None
    assert found[1:] == (number, start, end)


@pytest.mark.parametrize(
    ("lead", "planned"),
    [
        ("The Group agreed on the following schedule:", True),
        ("Forthcoming meetings of the Group:", True),
        ("The Group recalled its meetings in the period:", False),
        ("The Group took note of the following reports:", False),
    ],
)
def test_only_a_lead_in_that_plans_makes_its_rows_to_come(tmp_path: Path, lead: str, planned: bool) -> None:
    text = f"""Expert Group on Household Indicators (EGHI)
Chair's report

1. The fourth meeting of the Group was held in Geneva on 12 and 13 May 2031.

2. {lead}
   - fifth meeting of the Group: 8-9 September 2031;
   - draft manual: 30 June 2031.
"""
    report = parsed_text(tmp_path, text)
    new_document(report)
    names = meeting_body_names(report)
    found = candidates(report, names)
    later = [f for c, f in zip(found, evidence(report, names, found), strict=True) if c.meeting.number == 5]
    assert later
    assert ("to-come" in later[0]) is planned

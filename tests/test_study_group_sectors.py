"""The Sector of a study group named without it (``study_groups.StudyGroupIndex``): a Sector's letterhead in
capitals (``TELECOMMUNICATION DEVELOPMENT SECTOR``) over ``Study Group 1`` or ``STUDY GROUP 2`` names the Sector
whose study group it is, as ``Radiocommunication Study Groups`` already did; the Sector's name in prose does not.
Every name is invented."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_parts

from wsiskg.ingest.extract.study_groups import StudyGroupIndex


@pytest.mark.parametrize(
    ("letterhead", "number", "sector"),
    [
        ("TELECOMMUNICATION DEVELOPMENT SECTOR", 1, "itu-d"),
        ("TELECOMMUNICATION DEVELOPMENT SECTOR", 2, "itu-d"),
        ("TELECOMMUNICATION STANDARDIZATION SECTOR", 5, "itu-t"),
        ("RADIOCOMMUNICATION SECTOR", 3, "itu-r"),
        ("INTERNATIONAL TELECOMMUNICATION UNION TELECOMMUNICATION  STANDARDIZATION SECTOR  Document 12", 9, "itu-t"),
    ],
)
def test_a_sector_s_letterhead_names_the_sector_of_a_bare_study_group(
    letterhead: str, number: int, sector: str
) -> None:
    index = StudyGroupIndex([letterhead, f"Study Group {number}"])
    assert index.sector(number) == sector


def test_the_sector_named_in_prose_does_not_choose_a_study_group_s_sector() -> None:
    """``the Radiocommunication Sector`` in a sentence of an ITU-T text is no letterhead: ``Study Group 5``, which
    both Sectors have, stays the one the text's other names say (``TSB``)."""
    index = StudyGroupIndex(
        ["The TSB Director recalled the liaison from the Radiocommunication Sector.", "Study Group 5 met."]
    )
    assert index.sector(5) == "itu-t"


@pytest.mark.parametrize(
    ("letterhead", "group", "key"),
    [
        ("TELECOMMUNICATION DEVELOPMENT SECTOR", "STUDY GROUP 1", "itu-d-sg1"),
        ("TELECOMMUNICATION DEVELOPMENT SECTOR", "Study Group 2", "itu-d-sg2"),
    ],
)
def test_a_study_group_under_its_sector_s_letterhead_is_the_meeting_s_body(
    letterhead: str, group: str, key: str
) -> None:
    report = make_report(
        letterhead,
        group,
        "Lusaka, 6-10 October 2031",
        "Document 1/RP/3-E",
        "14 October 2031",
        "1 The Chair, Ms Chileshe Mwansa, opened the meeting and welcomed 140 participants.",
        "2 The study group approved the outputs of its Questions.",
        title="REPORT OF THE MEETING",
    )
    found = meeting_parts(report)
    assert found is not None and found[:3] == (key, None, date(2031, 10, 6))


@pytest.mark.parametrize(
    ("group", "dateline", "key"),
    [
        ("Study Group 3", "(Geneva, 14-18 April 2031)", "itu-r-sg3"),
        ("Working Party 7C", "Santiago, 2-9 September 2031", "itu-r-wp7c"),
    ],
)
def test_a_group_under_the_letterhead_of_the_sector_s_study_groups_is_the_meeting_s_body(
    group: str, dateline: str, key: str
) -> None:
    """``RADIOCOMMUNICATION STUDY GROUPS`` heads every ITU-R group's documents: the study group or working party a
    line under it names met, not the Sector's study groups as a whole (``heading_names.most_specific``)."""
    report = make_report(
        "INTERNATIONAL TELECOMMUNICATION UNION",
        "RADIOCOMMUNICATION STUDY GROUPS",
        group,
        dateline,
        "Document 3/61-E",
        "1 The Chair, Mr Tomasz Wierzbicki, opened the meeting.",
        "2 The draft revision of the Recommendation was adopted.",
        title="REPORT OF THE MEETING",
    )
    found = meeting_parts(report)
    assert found is not None and found[0] == key

"""A header line that names a group by its owner, a dash and the group's head (``OWNER – Steering Group``,
``OWNER — Management Board``): the owner before the dash is part of the group's name, also when it opens with a
catalogue body's acronym (``ITU Regional Initiatives for X – Steering Group``); the record's ordinal numbers
that group's meeting. Owners, places and dates are our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_named, parsed_text

from wsiskg.ingest.extract.body_names import load_body_names
from wsiskg.ingest.extract.meeting_candidates import owned_group_line

D = date


@pytest.mark.parametrize(
    ("text", "key", "name", "number", "start"),
    [
        (
            "ITU Regional Initiatives for the Arab States – Steering Group\n"
            "Minutes of the 5th (online) meeting, 2 April 2031, 10:00–11:30 CET\n\n"
            "Participants: Ms Salma Haddad (Jordan, chair); Mr Omar Fakhoury (Lebanon).\n\n"
            "1. Minutes of the 4th meeting (5 February 2031) were approved.\n\n"
            "2. The group asked the ITU Arab Regional Office to circulate the draft budget.\n",
            "itu-regional-initiatives-for-the-arab-states-steering-group",
            "ITU Regional Initiatives for the Arab States – Steering Group",
            5,
            D(2031, 4, 2),
        ),
        (
            "ITU Centres of Excellence Network for Asia-Pacific — Steering Committee\n"
            "Minutes of the third meeting, Bangkok, 12 May 2030\n\n"
            "Participants: Mr Somchai Wongsa (Thailand, chair); Ms Mei Tan (Singapore).\n\n"
            "1. The Committee reviewed the training calendar.\n\n"
            "2. The Committee agreed to meet again in November.\n",
            "itu-centres-of-excellence-network-for-asia-pacific-steering-committee",
            "ITU Centres of Excellence Network for Asia-Pacific — Steering Committee",
            3,
            D(2030, 5, 12),
        ),
        (
            "UNESCO Broadband Programme for Small Islands - Management Board\n"
            "Minutes of the 2nd meeting, 9 October 2032\n\n"
            "Participants: Ms Losa Tuilagi (Samoa, chair); Mr Tevita Fifita (Tonga).\n\n"
            "1. The Board elected its Vice-Chair.\n\n"
            "2. Members agreed on the next steps.\n",
            "unesco-broadband-programme-for-small-islands-management-board",
            "UNESCO Broadband Programme for Small Islands - Management Board",
            2,
            D(2032, 10, 9),
        ),
    ],
)
def test_the_owner_before_the_dash_is_part_of_the_groups_name(
    tmp_path: Path, text: str, key: str, name: str, number: int, start: date
) -> None:
    assert meeting_named(parsed_text(tmp_path, text)) == (key, number, start, name)


@pytest.mark.parametrize(
    ("text", "key", "number", "start"),
    [
        (
            "ITU Centres of Excellence Network for Africa — Steering Committee\n"
            "Summary of the third meeting, Nairobi, 12 May 2030\n\n"
            "1. The Committee reviewed the training calendar.\n\n2. The Committee agreed to meet again in November.\n",
            "itu-centres-of-excellence-network-for-africa-steering-committee",
            3,
            D(2030, 5, 12),
        ),
        (
            "UNESCO Digital Heritage Programme for the Caribbean - Management Board\n"
            "Record of the 2nd meeting, 9 October 2032\n\n"
            "1. The Board elected its Vice-Chair.\n\n2. Members agreed on the next steps.\n",
            "unesco-digital-heritage-programme-for-the-caribbean-management-board",
            2,
            D(2032, 10, 9),
        ),
        (
            "Pacific Telehealth Alliance — Coordination Committee\n"
            "Summary of the seventh meeting, Apia, 21 March 2031\n\n"
            "1. The Committee approved its work plan.\n\n2. The next meeting will be held online.\n",
            "pacific-telehealth-alliance-coordination-committee",
            7,
            D(2031, 3, 21),
        ),
    ],
)
def test_the_owned_group_line_read_as_the_title_names_the_group_whole(
    tmp_path: Path, text: str, key: str, number: int, start: date
) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and found[:3] == (key, number, start)


@pytest.mark.parametrize(
    "line",
    [
        "ITU-T Focus Group on Data Quality",  # a catalogue body opens a name with no dash: that body's readers'
        "ITU Regional Initiatives – Steering Group on Spectrum Policy",  # a topic after the group's head
        "ITU-D – Advisory Group",  # the owner a catalogue body whole: its own group, read by the catalogue
        "African Group – Council",  # a catalogue body after the dash: the group at its session
    ],
)
def test_no_owned_group_without_a_dash_and_a_group_head_alone(line: str) -> None:
    assert not owned_group_line(line, load_body_names())


def test_an_owned_group_line() -> None:
    assert owned_group_line("ITU Regional Initiatives for Europe – Steering Group", load_body_names())

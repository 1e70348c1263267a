"""A group's own numbered meeting stated with the apposition that says how the group was made between its name and
``held its`` (``The Ad Hoc Group on X, established by Committee 4 at its second meeting on 9 March 2031, held its
first and only meeting on ...``), and ``its first and only meeting`` (:func:`.meeting_words.establishment`,
:func:`.meeting_words.sole`, read by :func:`.meeting_mentions._numbered_forms`): the lead's first statement of a
meeting, before a later meeting of another body the report names."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

from wsiskg.ingest.extract.meeting_words import establishment, sole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("REGIONAL SPECTRUM CONFERENCE\n\nCOMMITTEE 6\n\nREPORT OF THE DRAFTING GROUP ON ORBIT FILINGS\n\n"
         "1 The Drafting Group on Orbit Filings, established by Committee 6 at its third meeting on 4 May 2031, held "
         "its first and only meeting on Friday, 6 May 2031, from 09:30 to 12:00.\n\n2 The group invites Committee 6 "
         "to adopt the draft decision, to be reviewed at the first meeting of the Radio Advisory Board after the "
         "Conference, by 30 September 2031.\n",
         ("drafting-group-on-orbit-filings", 1, date(2031, 5, 6), None)),
        ("Report of the meeting held in Apia on 3 and 4 June 2032\n\nI. The Expert Group on Island Connectivity, set "
         "up pursuant to Resolution 12 (Rev. Lima, 2030) and Council Resolution 1401, held its second meeting on "
         "3-4 June 2032 under the chairmanship of Ms Tala Fonoti (Samoa).\n\nII. The Group agreed on a work plan.\n",
         ("expert-group-on-island-connectivity", 2, date(2032, 6, 3), date(2032, 6, 4))),
        ("Summary\n\n1. The Correspondence Group on Numbering Plans, created under Decision 9 of the Board, held its "
         "fourth meeting in Accra from 2 to 4 October 2029.\n\n2. The Group asked the secretariat to circulate the "
         "draft before the fifth meeting of the Andean Forum.\n",
         ("correspondence-group-on-numbering-plans", 4, date(2029, 10, 2), date(2029, 10, 4))),
    ],
)  # fmt: skip
def test_a_group_made_in_apposition_held_its_meeting(tmp_path: Path, text: str, expected: tuple) -> None:
    assert meeting_parts(parsed_text(tmp_path, text)) == expected


def test_the_first_and_only_meeting_is_the_first(tmp_path: Path) -> None:
    text = (
        "Report\n\n1 The Ad Hoc Group on Roaming Tariffs held its first and only meeting in Nairobi on 12 July 2030."
        "\n\n2 Its conclusions go to the second meeting of the Regional Pricing Forum.\n"
    )
    assert meeting_parts(parsed_text(tmp_path, text)) == ("ad-hoc-group-on-roaming-tariffs", 1, date(2030, 7, 12), None)


@pytest.mark.parametrize(
    ("clause", "made"),
    [
        ("The Group on X, established by Committee 4 at its second meeting on 9 March 2031,", True),
        ("The Group on X, constituted in accordance with Resolution 3 (Rev. Doha, 2030),", True),
        ("Working Party 9Z, chaired by Mr Arvo Tamm (Estonia),", False),  # who chairs it says nothing of its making
        ("The Group on X, which ITU convened in 2031,", False),
    ],
)
def test_only_an_apposition_of_its_making(clause: str, made: bool) -> None:
    assert (re.search(rf"{establishment()}$", clause) is not None) is made
    assert re.fullmatch(rf"first{sole()}", "first and only")

"""A group named with its owner's acronym (round 41): ``X Working Group on Y (X WG-Y)`` in the lead is the group
the header names by its own line under its owner's line (``ORGANISATION X (X)`` / ``Working Group on Y`` /
``Report of the fifth meeting``): one meeting, of the group as the lead defines it, not of the owner.

- :func:`.meeting_mentions.spells`: an acronym opened by the owner's acronym that opens the name spells the rest
  (``X WG-Y`` of ``X Working Group on Y``), and such an acronym is read in brackets (``defined_acronyms``);
- :func:`.meeting_candidates._defined_acronyms`: the name without the owner is that acronym's body too;
- :func:`.heading_kind_forms._organ_under`: a title of the kind only over an owner's line and its organ's line
  is the organ's meeting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_named, parsed_text

from wsiskg.ingest.extract.meeting_defined_bodies import defined_acronyms
from wsiskg.ingest.extract.meeting_mentions import spells


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report of the fifth meeting\nASIA-PACIFIC TELECOMMUNITY (APT)\nWorking Group on Policy and Regulation\n"
         "Bangkok, 3–5 May 2031\n\n"
         "1 The fifth meeting of the APT Working Group on Policy and Regulation (APT WG-PR) was held in Bangkok "
         "from 3 to 5 May 2031.\n\n2 The meeting was chaired by Ms Malee Srisuk (Thailand).\n",
         ("apt-wg-pr", 5, date(2031, 5, 3), "APT Working Group on Policy and Regulation")),
        ("Minutes of the twelfth meeting\nAFRICAN TELECOMMUNICATIONS UNION (ATU)\n"
         "Standing Committee on Spectrum Management\nNairobi, 4-6 June 2030\n\n"
         "The twelfth meeting of the ATU Standing Committee on Spectrum Management (ATU SC-SM) took place in "
         "Nairobi from 4 to 6 June 2030.\n",
         ("atu-sc-sm", 12, date(2030, 6, 4), "ATU Standing Committee on Spectrum Management")),
        ("Report of the third meeting\nCARIBBEAN TELECOMMUNICATIONS UNION (CTU)\n"
         "Task Force on Emergency Communications\nPort of Spain, 9-10 October 2032\n\n"
         "1. The third meeting of the CTU Task Force on Emergency Communications (CTU TF-EC) was held in Port of "
         "Spain on 9 and 10 October 2032.\n",
         ("ctu-tf-ec", 3, date(2032, 10, 9), "CTU Task Force on Emergency Communications")),
    ],
)  # fmt: skip
def test_a_group_under_its_owners_line_is_the_group_the_lead_defines(
    tmp_path: Path, text: str, expected: tuple[str, int, date, str]
) -> None:
    assert meeting_named(parsed_text(tmp_path, text)) == expected


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("APT WG-PR", "APT Working Group on Policy and Regulation", True),
        ("CTU TF-EC", "CTU Task Force on Emergency Communications", True),
        ("ATU SC-SM", "Standing Committee on Spectrum Management", False),
        ("APT WG-PR", "APT Study Group on Policy", False),
    ],
)
def test_an_acronym_opened_by_its_owners_spells_the_rest(acronym: str, name: str, expected: bool) -> None:
    assert spells(acronym, name.split()) is expected


def test_an_acronym_opened_by_its_owners_is_defined_in_brackets() -> None:
    text = "The second meeting of the CTU Task Force on Emergency Communications (CTU TF-EC) was held online."
    assert [(n, a) for n, a, _ in defined_acronyms(text)] == [
        ("CTU Task Force on Emergency Communications", "CTU TF-EC")
    ]


def test_a_spaced_acronym_whose_first_part_opens_no_name_is_no_owners() -> None:
    """``(FG XYZ)`` after ``Focus Group on XYZ``: the owner's acronym does not open the name, so no acronym is defined
    there (as before round 41: an acronym in brackets has no space)."""
    text = "The first meeting of the ITU-T Focus Group on Smart Grids (FG SG) was held in Geneva."
    assert defined_acronyms(text) == []

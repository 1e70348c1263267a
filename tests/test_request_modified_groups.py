"""A group named by a plural noun with a noun before it and what it is of is one addressee, as written (issue 8,
round 59): ``requests the fund managers of the Universal Service Fund to ...``, ``invited the programme officers of
the Pacific Connectivity Facility (PCF) to ...``. A plural head was read with a capitalised word before it or
none, so a lower-case noun before it (``fund``, ``programme``) left the object naming no one (a body the catalogue
does not know) and the request was lost. Every name and sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report
from extract_support import requests_of as run


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "The Working Group requests the fund managers of the Universal Service Fund to give priority to rural "
            "schools.",
            "fund managers of the Universal Service Fund",
        ),
        (
            "The Working Group invited the programme officers of the Pacific Connectivity Facility (PCF) to publish "
            "their disbursement figures.",
            "programme officers of the Pacific Connectivity Facility",
        ),
        (
            "The Working Group encouraged the project coordinators of the Island Schools Initiative to share "
            "their lessons learned by 1 June 2031.",
            "project coordinators of the Island Schools Initiative",
        ),
    ],
)
def test_a_plural_group_with_a_noun_before_it_is_one_addressee(sentence: str, asked: str) -> None:
    r = make_report("Report of the fourth meeting of the Working Group on Pacific Broadband", sentence)
    got = [tuple(a.label for a in x.addressees) for x in run(r, "Working Group on Pacific Broadband")]
    assert got == [(asked,)]

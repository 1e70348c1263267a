"""The report's own meeting, round 32: a group the title names without an acronym (``Report of the Working
Group on X``, ``COUNCIL WORKING GROUP ON Y``, ``Chairman's summary of the Expert Group on Z``) is the body that
met, not the catalogue body that opens its name (the Council) nor no meeting at all; a catalogue group named
so stays the catalogue's. Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.defined_bodies import find_defined
from wsiskg.ingest.extract.persons import presumed_meeting_body

D = date
_LEAD = "The Group reviewed the draft report and agreed to continue its work by correspondence."


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Report of the Working Group on Rural Broadband", "working-group-on-rural-broadband"),
        ("Council Working Group on Satellite Spectrum Sharing", "council-working-group-on-satellite-spectrum-sharing"),
        ("REPORT OF THE EXPERT GROUP ON COASTAL RADIO SAFETY", "expert-group-on-coastal-radio-safety"),
        (
            "Chairman's summary of the Expert Group on Digital Skills for Women",
            "expert-group-on-digital-skills-for-women",
        ),
    ],
)
def test_a_group_the_title_names_without_an_acronym_is_the_body_that_met(title: str, key: str) -> None:
    report = make_report("Lima, 9-10 June 2032", _LEAD, title=title)
    assert presumed_meeting_body(report) == key
    assert _meeting(report) == (key, None, D(2032, 6, 9), D(2032, 6, 10))


def test_the_lead_numbers_the_meeting_of_the_title_group() -> None:
    report = make_report(
        "The Working Group held its fourth meeting in Accra on 5 and 6 February 2033.",
        _LEAD,
        title="Report of the Working Group on Spectrum for Rural Schools",
    )
    assert _meeting(report) == ("working-group-on-spectrum-for-rural-schools", 4, D(2033, 2, 5), D(2033, 2, 6))


def test_a_catalogue_group_named_in_the_title_stays_the_catalogue_group() -> None:
    report = make_report("Geneva, 3-4 March 2031", _LEAD, title="Report of the Council Working Group on Languages")
    assert _meeting(report) == ("cwg-lang", None, D(2031, 3, 3), D(2031, 3, 4))


def test_the_title_group_with_its_owner_is_the_group_the_prose_defines() -> None:
    report = make_report(
        "Lima, 9-10 June 2032",
        "The Focus Group on Rural Metering (FG-RM) met in Lima to review its deliverables.",
        title="Report of the ITU-T Focus Group on Rural Metering",
    )
    found = _meeting(report)
    assert found is not None and found[0] == "fg-rm"
    assert not [d for d in find_defined(report) if d.key.startswith("itu-t-focus-group")]

"""A requester named by an acronym the catalogue does not know: the meeting body when the acronym is
the first part of the meeting body's acronym, spells its name or names a meeting the report numbers
(``The RPM`` in a report of RPM-XYZ, ``The AGM`` after ``the 9th AGM of X``); another acronym is
not. The acronym's form is read by one reader (``bodies.acronym_alone``). Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import one_section_report, parties
from extract_support import requests_of as run

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.bodies import acronym_alone, acronym_written


def _requesters(*texts: str) -> list[str]:
    return [parties(r)[1] for r in extract(one_section_report(*texts)).requests]


@pytest.mark.parametrize(
    ("heading", "sentence", "own"),
    [
        (
            "Report of the fourth meeting of the Lowland Spectrum Forum (LSF-NOR), Tallinn, 3-5 March 2031",
            "The LSF requested the Secretariat to circulate the draft report.",
            "body:lsf-nor",
        ),
        (
            "Report of the second meeting of the Coastal Numbering Panel (CNP-SEA), Split, 4-6 May 2032",
            "The CNP invited the Secretariat to publish the numbering survey.",
            "body:cnp-sea",
        ),
        (
            "Report of the third meeting of the Alpine Tariff Review Group (ATRG-EU), Graz, 7-8 June 2030",
            "The ATRG recommends that administrations publish their wholesale tariffs.",
            "body:atrg-eu",
        ),
    ],
)
def test_the_first_part_of_the_meeting_acronym_is_the_meeting_body(heading: str, sentence: str, own: str) -> None:
    assert _requesters(heading, sentence) == [own]


@pytest.mark.parametrize(
    ("own", "sentence"),
    [
        ("coastal-tariff-circle-on-roaming", "The CTC requested the Secretariat to compile the roaming tariffs."),
        ("upland-spectrum-roundtable-for-the-andes", "The USR invited the Secretariat to draft a band plan."),
        ("joint-numbering-task-team-on-portability", "The JNTT urged the Secretariat to publish the survey."),
    ],
)
def test_the_initials_of_the_meeting_body_name_are_the_meeting_body(own: str, sentence: str) -> None:
    r = kinds(("The meeting was held in Vaduz on 4 May 2031.", "body"), (sentence, "body"))
    assert [parties(x)[1] for x in run(r, own)] == [f"body:{own}"]


@pytest.mark.parametrize(
    ("opening", "sentence"),
    [
        (
            "The 9th AGM of the Lake Regulators Assembly was opened in Kisumu on 3 May 2031.",
            "The AGM urged member regulators to publish their roaming tariffs.",
        ),
        (
            "The Second ABM of the Delta Regulators Assembly was opened in Ostrava on 5 June 2030.",
            "The ABM requested the Secretariat to prepare a budget outline.",
        ),
        (
            "The 21st GCM of the Ridge Regulators Assembly was opened in Tarija on 8 April 2032.",
            "The GCM invited the Secretariat to convene a workshop on numbering.",
        ),
    ],
)
def test_an_acronym_the_report_numbers_as_a_meeting_is_the_meeting_body(opening: str, sentence: str) -> None:
    r = kinds((opening, "body"), (sentence, "body"))
    assert [parties(x)[1] for x in run(r, "owner-body")] == ["body:owner-body"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The KRPG requested the Secretariat to circulate the draft report.",
        "The LS requested the Secretariat to circulate the draft report.",
        "The 4th ZTPB of the Upland Forum will be held in 2032. The VLMC requested the Secretariat to act.",
    ],
)
def test_no_meeting_body_from_another_acronym(sentence: str) -> None:
    r = kinds(
        ("The Lowland Spectrum Group (LSG) held its fourth meeting in Tallinn in 2031.", "body"), (sentence, "body")
    )
    assert "body:lsg" not in [parties(x)[1] for x in run(r, "lsg")]


@pytest.mark.parametrize(
    ("phrase", "read"),
    [
        ("The KRPG", ("KRPG", False)),
        ("NRAs", ("NRA", True)),
        ("EG-Dec91", ("EG-Dec91", False)),
        ("the ZT", ("ZT", False)),
    ],
)
def test_one_reader_reads_an_acronym_alone(phrase: str, read: tuple[str, bool]) -> None:
    assert acronym_alone(phrase) == read


@pytest.mark.parametrize("phrase", ["The Panel", "Annex 3", "C31/12", "WTDC-31", "The KRPG Chair"])
def test_no_acronym_from_a_word_a_symbol_or_a_phrase(phrase: str) -> None:
    assert acronym_alone(phrase) is None


def test_a_symbol_is_no_defined_acronym() -> None:
    assert not acronym_written("C31/12") and acronym_written("PCC.IV") and acronym_written("EG-Dec91")

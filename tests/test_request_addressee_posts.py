"""Persons asked with a bracket after their names (``agent_resolver._without_affiliations``, read for every party
phrase by the actors' resolver): the bracket says whom a person works for or where from, never another addressee,
whether the phrase names one person or several. Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

_BODY = "Working Group on Coral Reef Sensors"


def _whom(sentence: str) -> list[tuple[str, ...]]:
    opening = (f"The meeting of the {_BODY} was held in Nuku'alofa on 9 June 2032.", "body")
    return [parties(x)[2] for x in run(kinds(opening, (sentence, "body")), _BODY)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The editors, Mr Tevita Fonua (Tonga Cable) and Ms Ana Lopes (Telecom Fiji), were asked to update the draft"
        " by 3 July 2032.",
        "The Group invited Mr Tevita Fonua (Tonga Cable) and Ms Ana Lopes (Digicel Pacific) to co-edit the draft.",
        "Dr Tevita Fonua (Reef Data Ltd, Tonga) and Ms Ana Lopes (University of the South Pacific) were requested"
        " to present the sensor survey.",
    ],
)
def test_persons_listed_with_their_affiliations_are_the_persons(sentence: str) -> None:
    assert _whom(sentence) == [("person:tevita-fonua", "person:ana-lopes")]


def test_a_person_with_an_affiliation_beside_a_body_is_the_person_and_the_body() -> None:
    got = _whom(
        "The Group invited Mr Tevita Fonua (Tonga Cable) and the Pacific Islands Telecommunications Association"
        " (PITA) to co-edit the draft."
    )
    assert got == [("person:tevita-fonua", "body:pita")]


def test_a_bracket_after_a_body_still_names_it() -> None:
    got = _whom("The Group invited the Pacific Islands Telecommunications Association (PITA) to host the session.")
    assert got == [("body:pita",)]


def test_a_job_title_and_the_unit_it_heads_after_a_comma_are_one_post_as_written() -> None:
    """``the Chief, X Department,`` (a job title of ``job-titles.csv`` that is no role) is one addressee, as written,
    never the title alone and the unit apart (request_addressee_posts._titled_unit)."""
    from extract_support import one_section_report

    def labels(sentence: str) -> list[tuple[str, ...]]:
        return [tuple(a.label for a in x.addressees) for x in run(one_section_report(sentence), _BODY)]

    assert labels(
        "The Group requested the Chief, Ocean Data Services Department, to circulate the sensor survey by 4 May 2032."
    ) == [("Chief, Ocean Data Services Department",)]
    assert labels("The Group asked the Senior Adviser, Reef Monitoring and Mapping Division, to update the map.") == [
        ("Senior Adviser, Reef Monitoring and Mapping Division",)
    ]
    # a person after the title's comma is still the person
    assert labels("The Group asked the Chief, Ms Salote Havili, to update the map.") == [("Salote Havili",)]

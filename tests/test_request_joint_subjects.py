"""Names joined by ``and`` before a verb in the present are a plural subject (issue 8): ``Kenya and
Rwanda request that ...`` is a request of each country; a base form after ``that`` (``... that the
Council and the Group invite``) stays no finite verb. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from extract_support import parties
from extract_support import requests_of as run


@pytest.mark.parametrize(
    ("sentence", "requesters"),
    [
        ("Fiji and Samoa request that the Council instruct the Director to compile the agreements.", ["FJI", "WSM"]),
        (
            "Chile and Peru further encourage the Telecommunication Development Bureau to hold a workshop.",
            ["CHL", "PER"],
        ),
        ("The Gambia and the Niger invite Member States to join the regional initiative.", ["GMB", "NER"]),
        ("4 Estonia and Latvia call upon Sector Members to publish their roaming tariffs.", ["EST", "LVA"]),
    ],
)
def test_countries_joined_by_and_each_ask(sentence: str, requesters: list[str]) -> None:
    got = [parties(x)[1] for x in run(report(sentence), "tdag")]
    assert got == [f"country:{c}" for c in requesters]


def test_a_base_form_after_that_with_a_joined_subject_is_no_finite_verb() -> None:
    got = [
        parties(x) for x in run(report("The Group recommended that Chile and Peru invite the Bureau to help."), "tdag")
    ]
    assert all(p[1] == "body:tdag" for p in got)


@pytest.mark.parametrize(
    "subject",
    [
        "The Office for Data of Tonga and the Agency of Networks ",
        "The Ministry of Rural Links & the Bureau to the Islands ",
        "The Conseil des Villes and the Réseau du Nord ",
    ],
)
def test_two_names_joined_by_and_each_with_a_names_joiners_are_a_plural_subject(subject: str) -> None:
    """Each of two names joined by ``and`` joins its own words by a name's joiners
    (:func:`.casing.joiner_alternation`, was its own ``of|the``), never by that ``and``."""
    from wsiskg.ingest.extract.request_co_subjects import _PLURAL_SUBJECT

    assert _PLURAL_SUBJECT.fullmatch(subject)


def test_three_names_joined_by_and_are_still_no_plural_subject_of_two() -> None:
    from wsiskg.ingest.extract.request_co_subjects import _PLURAL_SUBJECT

    assert not _PLURAL_SUBJECT.fullmatch("Tonga and Fiji and Samoa ")

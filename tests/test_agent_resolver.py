"""The agents' resolver (``ingest/extract/agent_resolver.py``): what a bracket right after a person's name says
(``Mr A (X Telecom)``, ``Ms B (Peru)``, ``Dr C (Rapporteur)``) only says who the person is, in a list of persons
too; the body, country or post in it is no agent of the phrase. Every name and sentence here is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import run, whom


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The reviewers, Mr Hamish Tervo (NordLink) and Ms Ayla Demir (Aegean Telecom), were asked to merge "
            "their texts by 3 May 2031.",
            ("person:hamish-tervo", "person:ayla-demir"),
        ),
        (
            "The Group invited Dr Pablo Ibarra (Universidad del Norte) and Mr Jonas Kivi (Kivi Networks Oy) to "
            "revise the draft.",
            ("person:pablo-ibarra", "person:jonas-kivi"),
        ),
        (
            "The Group asked Mr Hamish Tervo (ITU-T) and Ms Ayla Demir (ETSI) to merge their texts.",
            ("person:hamish-tervo", "person:ayla-demir"),
        ),
        (
            "The Group asked Mr Hamish Tervo (Rapporteur) and Ms Ayla Demir (Associate Rapporteur) to merge "
            "their texts.",
            ("person:hamish-tervo", "person:ayla-demir"),
        ),
        (
            "The Group asked ETSI and Mr Hamish Tervo (NordLink) to merge their texts.",
            ("body:etsi", "person:hamish-tervo"),
        ),
    ],
)
def test_a_bracket_after_a_persons_name_only_says_who_the_person_is(sentence: str, expected: tuple[str, ...]) -> None:
    got = run(report(sentence), "cwg-cop")
    assert [whom(x) for x in got] == [expected]


# ------------------------------------------------------------------ a body named with the body that owns it
@pytest.mark.parametrize(
    ("sentence", "expected", "label"),
    [
        (
            "The Group invited the UN Economic Commission for Africa to share its findings on rural towers.",
            ("body:eca",),
            "UN Economic Commission for Africa",
        ),
        (
            "The Group invited the UN Economic Commission for Africa (UNECA) to share its findings on rural towers.",
            ("body:eca",),
            "UN Economic Commission for Africa",
        ),
        (
            "The Group invited the ITU Telecommunication Development Bureau and UNESCO to share their findings.",
            ("body:itu-bdt", "body:unesco"),
            "Telecommunication Development Bureau",
        ),
        # two bodies listed, the first no owner of the second: both
        (
            "The Group invited the UN and the ITU to share their findings.",
            ("body:un", "body:itu"),
            "United Nations",
        ),
    ],
)
def test_a_body_named_after_its_owner_is_that_body_once(sentence: str, expected: tuple[str, ...], label: str) -> None:
    (got,) = run(report(sentence), "itu-rag")
    assert whom(got) == expected
    assert got.addressees[0].label == label

"""Addressees the resolver cut into a group and what follows it (:mod:`.request_addressee_groups`):
``the Government of X`` is the country ``X`` (decision 26), as ``The Government of X requests`` already asks
as ``X``. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from extract_support import parties
from extract_support import requests_of as run


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Group asked the Government of Mongolia to submit its plan before June.", ("country:MNG",)),
        (
            "The Group urged the Governments of Tuvalu and Kiribati to ratify the agreement by 2034.",
            ("country:TUV", "country:KIR"),
        ),
        (
            "The Group invited UNESCO and the Government of Bhutan to co-host the next session.",
            ("body:unesco", "country:BTN"),
        ),
        (
            "The Committee requested the Government of the Republic of Moldova to report on the pilot.",
            ("country:MDA",),
        ),
    ],
)
def test_the_government_of_a_country_asked_is_the_country(sentence: str, expected: tuple[str, ...]) -> None:
    assert [parties(x)[2] for x in run(report(sentence), "itu-rag")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Group urged the Ministry of Digital Affairs of Mongolia to publish the data.", "body:"),
        ("The Group urged the people of Bhutan to take part in the survey.", "collective:"),
        ("The Group invited the Governments to share their national plans.", "collective:"),
    ],
)
def test_other_groups_of_a_country_stay_as_written(sentence: str, expected: str) -> None:
    got = [parties(x)[2] for x in run(report(sentence), "itu-rag")]
    assert len(got) == 1 and len(got[0]) == 1 and got[0][0].startswith(expected), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited the members of the Pacific Islands Telecommunications Association (PITA) to share "
            "their spectrum plans.",
            "members of the Pacific Islands Telecommunications Association",
        ),
        (
            "The Group requested the coordinators of the regional common proposals (RCPs) to circulate drafts "
            "by 1 May 2032.",
            "coordinators of the regional common proposals",
        ),
        (
            "The Group encouraged the partners of the Caribbean Telecommunications Union (CTU) to join the survey.",
            "partners of the Caribbean Telecommunications Union",
        ),
        (
            "The Group asked the chairs of the drafting groups (DGs) to report to the next meeting.",
            "chairs of the drafting groups",
        ),
    ],
)
def test_a_groups_closing_acronym_bracket_is_no_part_of_its_name(sentence: str, expected: str) -> None:
    labels = [a.label for r in run(report(sentence), "itu-rag") for a in r.addressees]
    assert [label.removeprefix("the ") for label in labels] == [expected]


def test_a_bracket_of_words_after_a_committee_stays() -> None:
    requests = run(report("The Group invited Committee 4 (Budget Control) to review the plan."), "itu-rag")
    assert [a.label for r in requests for a in r.addressees] == ["Committee 4 (Budget Control)"]

"""Whom a request asks (issue 8, round 55): a group and the countries listed after its ``of`` (``the ministries of
health of A and B``) is one group as written (decision 42: an ``of`` phrase that says whose stays), not the group
of the first country and the other countries; a country's own noun or a delegation (``the Governments of A and
B``) still names the countries. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import labels, run, whom


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group requested the ministries of health of Ghana and Togo to designate a coordinator each.",
            "ministries of health of Ghana and Togo",
        ),
        (
            "The Group invited the national regulators of Kenya, Uganda and Rwanda to share their coverage data.",
            "national regulators of Kenya, Uganda and Rwanda",
        ),
        (
            "The Group encouraged the Ministries of Education of Chile and Peru to join the pilot.",
            "Ministries of Education of Chile and Peru",
        ),
    ],
)
def test_a_group_of_listed_countries_is_one_group(sentence: str, expected: str) -> None:
    assert [labels(x) for x in run(report(sentence), "itu-rag")] == [(expected,)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Group invited the Governments of Chile and Peru to consult each other.",
        "The Group invited the delegations of Chile and Peru to consult each other.",
    ],
)
def test_a_country_s_own_noun_of_listed_countries_is_the_countries(sentence: str) -> None:
    assert [whom(x) for x in run(report(sentence), "itu-rag")] == [("country:CHL", "country:PER")]

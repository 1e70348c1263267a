"""Whom a request asks (issue 8, round 55): a name an organisation owns, written after the owner's possessive, its
acronym in brackets or its acronym alone, is asked in its own words, not the owner. Every sentence here is invented
for the test."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import labels, run


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited UNDP and the World Bank's Digital Skills for Youth (DS4Y) programme to co-host the "
            "clinic.",
            ("United Nations Development Programme", "Digital Skills for Youth (DS4Y) programme"),
        ),
        (
            "The Group invited the UN Economic Commission for Europe (UNECE) Working Party on Road Traffic Safety "
            "(WP.1) and UNICEF to hold a joint session.",
            ("Working Party on Road Traffic Safety", "United Nations Children's Fund"),
        ),
        (
            "The Group encouraged the ITU Collaboration on Smart Grid Standards to publish its roadmap.",
            ("ITU Collaboration on Smart Grid Standards",),
        ),
    ],
)
def test_a_name_an_organisation_owns_is_asked_as_written(sentence: str, expected: tuple[str, ...]) -> None:
    assert [labels(x) for x in run(report(sentence), "cwg-cop")] == [expected]


def test_an_owned_name_the_resolver_reads_is_that_body() -> None:
    got = run(report("The Group invited UNESCO's Information for All Programme to join the panel."), "cwg-cop")
    assert [labels(x) for x in got] == [("Information for All Programme",)]

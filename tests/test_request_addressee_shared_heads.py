"""Whom a request asks when names or acronyms joined by ``and``/``or``/commas share one plural head
noun after the last of them (``the ITU-R and ITU-T study groups``, ``UNESCO, UNDP and UNICEF country
offices``): that group of each name, never the first name read alone as a body (the Sector) nor the
groups of different names merged into one (ingest/extract/request_addressees.py). Every sentence is
invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import labels, run, whom


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group encouraged ITU-D and ITU-T Study Groups to hold a joint session on e-waste in 2035.",
            ("ITU-D Study Groups", "ITU-T Study Groups"),
        ),
        (
            "The Group invites the ITU-R, ITU-T and ITU-D study groups to exchange liaison statements on IMT.",
            ("ITU-R study groups", "ITU-T study groups", "ITU-D study groups"),
        ),
        (
            "The Group asked UNESCO and UNDP country offices to help collect the survey data.",
            ("UNESCO country offices", "UNDP country offices"),
        ),
        (
            "The Group requests the Asia-Pacific or African Regional Offices to host the next training.",
            ("Asia-Pacific Regional Offices", "African Regional Offices"),
        ),
    ],
)
def test_names_before_one_plural_head_are_that_group_of_each_name(sentence: str, expected: tuple[str, ...]) -> None:
    assert [labels(x) for x in run(report(sentence), "cwg-cop")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited the CITEL and ASMG Chairmen to coordinate their positions.",
            ("Chair, Inter-American Telecommunication Commission", "Chair, Arab Spectrum Management Group"),
        ),
        (
            "The Group invited Member States and Sector Members to submit contributions.",
            ("Member States", "Sector Members"),
        ),
        ("The Group invited developed and developing countries to cooperate.", ("developed and developing countries",)),
    ],
)
def test_posts_two_groups_and_adjectives_keep_their_reading(sentence: str, expected: tuple[str, ...]) -> None:
    assert [labels(x) for x in run(report(sentence), "cwg-cop")] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Group invited Ministers and High Authorities to attend the segment in 2035.",
        "The Group invited the Telecommunications and IT Ministers to attend the segment in 2035.",
    ],
)
def test_a_plural_name_first_is_no_modifier_of_the_head(sentence: str) -> None:
    got = [labels(x) for x in run(report(sentence), "cwg-cop")]
    assert all(not label.startswith(("Ministers ", "Telecommunications ")) for x in got for label in x)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group encouraged UNICEF and Member States to adopt the toolkit.",
            ("body:unicef", "collective:member-states"),
        ),
        (
            "The Group invited the BDT and Regional Offices to publish the calendar.",
            ("body:itu-bdt", "collective:regional-offices"),
        ),
        (
            "The Group encouraged ITU and Member States to adopt the model law.",
            ("body:itu", "collective:member-states"),
        ),
    ],
)
def test_a_code_and_a_word_are_no_names_of_one_list(sentence: str, expected: tuple[str, ...]) -> None:
    assert [whom(x) for x in run(report(sentence), "cwg-cop")] == [expected]

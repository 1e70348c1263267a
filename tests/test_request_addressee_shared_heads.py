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
    ("sentence", "expected"),
    [
        (
            "The Group invited Ministers and High Authorities to attend the segment in 2035.",
            ("Ministers", "High Authorities"),
        ),
        ("The Group invited Academia and Research Institutes to map skills gaps.", ("Academia", "Research Institutes")),
        (
            "The Group invited UNICEF and ICT Ministries to align their surveys.",
            ("United Nations Children's Fund", "ICT Ministries"),
        ),
    ],
)
def test_a_group_or_a_body_first_is_no_modifier_of_the_head(sentence: str, expected: tuple[str, ...]) -> None:
    assert [labels(x) for x in run(report(sentence), "cwg-cop")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited the Telecommunications and IT Ministers to attend the segment in 2035.",
            "Telecommunications and IT Ministers",
        ),
        ("The Group encouraged Finance and ICT Ministries to pool their budgets.", "Finance and ICT Ministries"),
        (
            "The Group invited the Health and Education Ministries to plan school clinics.",
            "Health and Education Ministries",
        ),
        ("The Group urged ICT and Energy Regulators to share their pole databases.", "ICT and Energy Regulators"),
        (
            "The Group invited Agriculture, Water and Transport Ministries to map rural needs.",
            "Agriculture, Water and Transport Ministries",
        ),
        (
            "The Group urged Foreign Affairs and Trade Ministries to ease visa rules.",
            "Foreign Affairs and Trade Ministries",
        ),
        (
            "The Group invited Heads of Regulatory and Policy Agencies to join the roundtable.",
            "Heads of Regulatory and Policy Agencies",
        ),
        (
            "The Group asked the Chairs of Technical and Advisory Committees to report.",
            "Chairs of Technical and Advisory Committees",
        ),
    ],
)
def test_a_word_that_is_no_group_before_and_shares_the_next_groups_head(sentence: str, expected: str) -> None:
    """A capitalised word naming a field or a kind (``Finance``, ``Telecommunications``, ``Regulatory``) joined to
    a group by ``and`` is no addressee of its own: the one group, as written, whether the words are all words
    (``Health and Education``) or a word and an acronym (``Finance and ICT``); names of bodies and regions
    (``ITU-R and ITU-T``, ``Asia-Pacific or African``) give a group each (above)."""
    assert [labels(x) for x in run(report(sentence), "cwg-cop")] == [(expected,)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited the Ministers of Transport and Tourism to attend the segment.",
            "Ministers of Transport and Tourism",
        ),
        (
            "The Group encouraged Ministries of Education, Finance and ICT to fund school connectivity.",
            "Ministries of Education, Finance and ICT",
        ),
        (
            "The Group asked the ministers for Energy and Digital Economy to meet in 2036.",
            "ministers for Energy and Digital Economy",
        ),
        (
            "The Group urged Ministries of Foreign Affairs or Interior to ease visa rules.",
            "Ministries of Foreign Affairs or Interior",
        ),
    ],
)
def test_fields_listed_after_of_belong_to_one_group(sentence: str, expected: str) -> None:
    """Capitalised fields joined by ``and``/``or``/commas after a plural group's ``of``/``for`` say which group
    it is, as fields before the head do (``Health and Education Ministries``): one group, as written, never the
    group cut at ``of`` and a field read as an addressee of its own."""
    assert [labels(x) for x in run(report(sentence), "cwg-cop")] == [(expected,)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Group invited the Ministers of Ghana and Kenya to attend the segment.", ("country:GHA", "country:KEN")),
        ("The Group invited the Ministers of ICT and UNICEF to attend.", ("collective:ministers", "body:unicef")),
    ],
)
def test_countries_and_bodies_after_of_are_no_fields(sentence: str, expected: tuple[str, ...]) -> None:
    assert [whom(x)[-2:] for x in run(report(sentence), "cwg-cop")] == [expected]


def test_a_group_of_an_of_phrase_keeps_a_noun_before_and_apart() -> None:
    got = run(report("The Group invited Ministers of Finance and ICT Regulators to meet jointly."), "cwg-cop")
    assert [labels(x) for x in got] == [("Ministers of Finance", "ICT Regulators")]


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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited Member States and Sector Members of ITU to comment on the draft.",
            ("collective:member-states", "collective:sector-members"),  # ITU's own: the group (said_group)
        ),
        (
            "The Group invited governments, regulators and Associates of the APT to comment on the draft.",
            ("collective:governments", "collective:regulators", "collective:associates-of-the-apt"),
        ),
        (
            "The Group invited academia and Sector Members of the CTU to comment on the draft.",
            ("collective:academia", "collective:sector-members-of-the-ctu"),
        ),
    ],
)
def test_a_body_after_the_last_group_of_a_list_only_says_whose(sentence: str, expected: tuple[str, ...]) -> None:
    """Decision 42: the last group keeps its ``of`` as written; the body is no addressee of its own."""
    assert [whom(x) for x in run(report(sentence), "cwg-cop")] == [expected]


def test_a_body_listed_after_groups_stays_an_addressee() -> None:
    got = run(report("The Group invited Member States, Sector Members and the ITU to comment on the draft."), "cwg-cop")
    assert [whom(x) for x in got] == [("collective:member-states", "collective:sector-members", "body:itu")]

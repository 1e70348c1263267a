"""Whom a request asks when its object is a list (issue 8): names listed between spaced dashes after a
group are asked with it (decisions 12 and 34, as after ``, including``), and a long group in lower case
that the list's reading left out is read on its own. Every name and sentence here is invented."""

from __future__ import annotations

import pytest
from extract_support import make_report
from extract_support import one_section_report as report
from test_request_addressees import labels, run, whom


# ------------------------------------------------------------------ names listed between dashes
def test_bodies_listed_between_dashes_are_asked_with_their_group() -> None:
    got = run(
        report(
            "The Group encouraged the Sector advisory groups – RAG, TSAG and TDAG – to align their work plans.",
            "The Group asked the UN agencies present — UNICEF, UNESCO and WHO — to pool their survey data.",
        ),
        "cwg-cop",
    )
    assert [whom(x)[1:] for x in got] == [
        ("body:rag", "body:tsag", "body:tdag"),
        ("body:unicef", "body:unesco", "body:who"),
    ]
    assert [labels(x)[0] for x in got] == ["the Sector advisory groups", "UN agencies"]


def test_names_between_dashes_in_a_passive_subject_are_asked() -> None:
    got = run(
        report("Regional organizations - APT, CITEL and RCC - are invited to submit common proposals by 4 May 2033."),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("collective:regional-organizations", "body:apt", "body:citel", "body:rcc")]


def test_unknown_names_between_dashes_are_asked_as_written() -> None:
    got = run(
        report("The Group urged the tower companies – Kestrelwave and Orbinet – to share their sites."),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("the tower companies", "Kestrelwave", "Orbinet")]


def test_an_aside_or_one_name_between_dashes_only_singles_out() -> None:
    got = run(
        report(
            "The Group invited the secretariat – in consultation with the Chair – to draft the agenda.",
            "The Group invited the Bureau – BDT – to host the workshop.",
            "The Group asked the drafting team – where appropriate – to merge the annexes.",
        ),
        "cwg-cop",
    )
    assert [len(x.addressees) for x in got] == [1, 1, 1]


# round 43: the look annotations list the groups named between dashes (three sentences, three writers)
@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "The Group urged all stakeholders – governments, academia and civil society – to act on the plan.",
            ["all stakeholders", "governments", "academia", "civil society"],
        ),
        (
            "The Group called on the satellite sector — network operators, earth station owners and broadcasters — "
            "to share their debris data.",
            ["the satellite sector", "network operators", "earth station owners", "broadcasters"],
        ),
        (
            "The Group asked our partners - the private sector and cable owners - to report outages within a day.",
            ["partners", "the private sector", "cable owners"],
        ),
    ],
)
def test_groups_in_lower_case_between_two_dashes_are_asked_with_their_group(sentence: str, asked: list[str]) -> None:
    got = run(report(sentence), "cwg-cop")
    assert [sorted(labels(x), key=str.lower) for x in got] == [sorted(asked, key=str.lower)]


def test_groups_in_lower_case_after_one_dash_to_the_end_only_single_out() -> None:
    got = run(report("The Group thanked the hosts and invited all stakeholders – governments and academia."), "cwg-cop")
    assert [len(x.addressees) for x in got] <= [1]


# ------------------------------------------------------------------ a long conjunct in lower case
def test_a_long_group_in_lower_case_ending_a_list_is_asked() -> None:
    got = run(
        report(
            "The Group invited Governments, the private sector and associations of small island broadcasters to join.",
            "The Group invited the exhibitors and the heads of national statistical offices to sign the pledge.",
            "The Group encouraged Member States and networks of community radio stations to meet in May.",
        ),
        "cwg-cop",
    )
    assert [labels(x)[-1] for x in got] == [
        "associations of small island broadcasters",
        "the heads of national statistical offices",  # one group as written, its article kept (round 40)
        "networks of community radio stations",
    ]
    assert [len(x.addressees) for x in got] == [3, 2, 2]


def test_a_list_read_whole_gains_no_conjunct() -> None:
    got = run(
        report(
            "The Group instructed the Deputy Secretary-General and the three Bureau Directors to report.",
            "The Group invited Member States, Sector Members and other interested parties to contribute.",
            "The Group invited the Department of Posts and Telecommunications to act.",
        ),
        "cwg-cop",
    )
    assert [len(x.addressees) for x in got] == [4, 3, 1]


# ------------------------------------------------------------------ a salutation to a name with a capital outside ASCII
@pytest.mark.parametrize(
    ("address", "greeting", "key"),
    [
        ("Professor Øydis Brandtzæg-Mwale", "Dear Professor Brandtzæg-Mwale,", "person:oydis-brandtzaeg-mwale"),
        ("Dr Şebnem Ölçer-Nakamura", "Dear Dr Ölçer-Nakamura,", "person:sebnem-olcer-nakamura"),
        ("Ms Éloïse Ávila-Kruger", "Dear Ms Ávila-Kruger,", "person:eloise-avila-kruger"),
    ],
)
def test_you_in_a_letter_greeting_a_name_with_a_capital_outside_ascii_is_that_person(
    address: str, greeting: str, key: str
) -> None:
    letter = make_report(
        address,
        "Faculty of Engineering, Lakeside University",
        greeting,
        "I should be grateful if you would send a short biography by 30 May 2033.",
        "Yours sincerely,",
        "Tomasz Ferreira-Ngata",
        "Director",
    )
    assert [whom(x) for x in run(letter, None)] == [(key,)]


# ------------------------------------------------------------------ a last party added between commas
@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "Member States, and Sector Members, are invited to reply to the survey by 4 May 2033.",
            ("collective:member-states", "collective:sector-members"),
        ),
        (
            "National regulators of the region, and operators active in it, are encouraged to share their data.",
            ("collective:national-regulators", "collective:operators"),
        ),
        (
            "Administrations of developing countries, and observers from regional organizations, are invited to "
            "register by 4 May 2033.",
            ("collective:administrations-of-developing-countries", "collective:observers"),
        ),
    ],
)
def test_a_passive_subject_whose_last_party_is_added_between_commas_asks_every_party(
    sentence: str, asked: tuple[str, ...]
) -> None:
    """``A, and B, are invited``: the ``, and`` opens no clause (the subject goes on to the verb), so A is
    asked with B, not B alone."""
    assert [whom(x) for x in run(report(sentence), "cwg-cop")] == [asked]


def test_a_clause_before_and_a_subject_between_commas_adds_no_party() -> None:
    """``The Group met in May, and Member States, as agreed, were invited``: the part before ``, and`` is a
    clause that names no one asked."""
    text = "The Group met in Geneva in May, and Member States, as agreed, were invited to comment."
    got = run(report(text), "cwg-cop")
    assert [whom(x) for x in got] == [("collective:member-states",)]

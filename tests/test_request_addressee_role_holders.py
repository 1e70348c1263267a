"""Whom a request asks when its object is a role in the plural with what says whose or which (decision 44:
a post as written): ``the regional Vice-Chairs of X``, ``the Vice-Chairs responsible for Y``, ``the
Executive Heads of the member organizations of Z`` are one group each, as written, never the one post
of the body named nor the body; ``the chairmen of A and of B`` are a group for each ``of``. Every name and
sentence here is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import labels, run, whom


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited the regional vice-chairs of TDAG to hold consultations in their regions.",
            ("regional vice-chairs of TDAG",),
        ),
        (
            "The Group asked the Vice-Chairmen responsible for outreach to prepare a calendar of webinars.",
            ("Vice-Chairmen responsible for outreach",),
        ),
        (
            "The Group invited the Executive Heads of the member organizations of UNGIS to nominate focal points.",
            ("Executive Heads of the member organizations of UNGIS",),
        ),
        (
            "The Group encouraged the co-chairs in charge of the youth track to circulate a draft agenda.",
            ("co-chairs in charge of the youth track",),
        ),
    ],
)
def test_a_role_in_the_plural_and_what_says_whose_is_one_group(sentence: str, expected: tuple[str, ...]) -> None:
    got = run(report(sentence), "cwg-cop")
    assert [labels(x) for x in got] == [expected]
    assert all(a.kind == "collective" for x in got for a in x.addressees)


def test_a_role_in_the_plural_of_two_bodies_each_after_of_is_a_group_each() -> None:
    got = run(
        report(
            "The Chairman invited the chairmen of the Committee on Budget and Finance and of the regional "
            "groups to report to the plenary by 4 June 2033.",
            "The Chair asked the coordinators of Working Party 2 and of Working Party 5 to merge their drafts.",
        ),
        "itu-council",
    )
    assert [labels(x) for x in got] == [
        ("chairmen of the Committee on Budget and Finance", "chairmen of the regional groups"),
        ("coordinators of Working Party 2", "coordinators of Working Party 5"),
    ]


def test_the_directors_of_the_bureaux_stay_the_three_posts() -> None:
    got = run(report("The Group invited the Directors of the three Bureaux to report on the joint plan."), "cwg-cop")
    assert [whom(x) for x in got] == [("post:itu-br/director", "post:itu-tsb/director", "post:itu-bdt/director")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council asked the Chairmen of TDAG and of RAG to report on the joint session.",
        "The Group invited the Directors of the Radiocommunication Bureau and of the Telecommunication Development "
        "Bureau to align their calendars.",
        "The Group encouraged the Chairmen of TSAG and of TDAG to consult the regions.",
    ],
)
def test_a_role_in_the_plural_of_catalogue_bodies_each_after_of_is_not_a_group_as_written(sentence: str) -> None:
    got = run(report(sentence), "cwg-cop")
    assert len(got) == 1 and got[0].addressees[0].kind == "post"
    assert all(a.kind != "collective" for a in got[0].addressees)


def test_a_list_after_the_role_is_not_read_as_one_group() -> None:
    got = run(report("The Group invited the Heads of State and Government to attend the summit."), "cwg-cop")
    assert [labels(x) for x in got] == [("Heads of State and Government",)]


def test_a_role_in_the_singular_is_still_the_post() -> None:
    got = run(report("The Group invited the Chairman of TDAG to present the report."), "cwg-cop")
    assert [whom(x) for x in got] == [("post:tdag/chair",)]


def test_ministers_responsible_for_a_field_are_one_group() -> None:
    got = run(report("The Group urged Ministers responsible for broadcasting to adopt the roadmap."), "cwg-cop")
    assert [labels(x) for x in got] == [("Ministers responsible for broadcasting",)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group encouraged all study group vice-chairmen to review their work plans before March.",
            ("study group vice-chairmen",),
        ),
        ("The Council invited the working party Vice-Chairmen to meet in Asunción.", ("working party Vice-Chairmen",)),
        ("The Group asked the focus group co-chairs to circulate the draft by 4 May 2033.", ("focus group co-chairs",)),
    ],
)
def test_a_hyphenated_role_in_the_plural_after_a_lower_case_group_is_one_group(
    sentence: str, expected: tuple[str, ...]
) -> None:
    got = run(report(sentence), "cwg-cop")
    assert [tuple(label.removeprefix("all ") for label in labels(x)) for x in got] == [expected]
    assert not any(a.kind == "post" for x in got for a in x.addressees)  # not the meeting body's Vice-Chair


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group requested the Chairs and Vice-Chairs of the regional groups to consult their members.",
            "Chairs and Vice-Chairs of the regional groups",
        ),
        (
            "The Group invited the Chairmen, Vice-Chairmen and Rapporteurs of ITU-R study groups to attend in 2036.",
            "Chairmen, Vice-Chairmen and Rapporteurs of ITU-R study groups",
        ),
        (
            "The Group asked the co-chairs and rapporteurs of the expert teams to merge their drafts.",
            "co-chairs and rapporteurs of the expert teams",
        ),
    ],
)
def test_roles_in_the_plural_listed_before_one_of_are_one_group(sentence: str, expected: str) -> None:
    """Decision 44 and decision 42: the holders of the roles listed, of what the ``of`` names, one group as
    written; never the meeting body's post of the first role."""
    got = run(report(sentence), "cwg-cop")
    assert [labels(x) for x in got] == [(expected,)]
    assert all(a.kind == "collective" for x in got for a in x.addressees)


def test_a_role_in_the_plural_of_bodies_listed_by_number_stays_one_group() -> None:
    """Left as round 30 read it: the look annotations split one to one between this group as written and each
    body's post (decision 15), so no reading is taken from them."""
    got = run(report("The Chair invited the chairmen of Committees 2 and 5 to report to the plenary."), "itu-council")
    assert [labels(x) for x in got] == [("chairmen of Committees 2 and 5",)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Group requested the Chairman of Study Group 2 to present the work plan.", "Chairman of Study Group 2"),
        ("The Group asked the Vice-Chair of Study Group 8 to circulate the list.", "Vice-Chair of Study Group 8"),
        ("The Group invited the Rapporteur of Study Group 22 to brief the members.", "Rapporteur of Study Group 22"),
    ],
)
def test_a_post_of_a_study_group_the_resolver_reads_no_one_in_is_that_post_as_written(
    sentence: str, expected: str
) -> None:
    """Decision 44: the post, as written, when no Sector says whose study group it is; the request is never left
    with no addressee (it was dropped)."""
    assert [labels(x) for x in run(report(sentence), "cwg-cop")] == [(expected,)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited the Special Representative of the Secretary-General on Road Safety to open the forum.",
            "Special Representative of the Secretary-General on Road Safety",
        ),
        (
            "The Group invited the Special Representative of the Director-General for Small Islands to join the panel.",
            "Special Representative of the Director-General for Small Islands",
        ),
        (
            "The Group invited the Special Representative of the Secretary-General to address the meeting.",
            "Special Representative of the Secretary-General",
        ),
    ],
)
def test_a_titled_post_of_another_post_is_that_post_as_written(sentence: str, expected: str) -> None:
    """Decision 44: ``the Special Representative of the Secretary-General on X`` is one post as written (a role, or a
    title ending in one, of another post, and what it is on); the request was dropped with no addressee."""
    assert [labels(x) for x in run(report(sentence), "cwg-cop")] == [(expected,)]

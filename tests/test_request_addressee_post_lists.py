"""Whom a request asks when its object is a role in the plural shared by a list of catalogue bodies
(decision 15: each post): ``the Directors of A and of B``, ``the Heads of A, of B and of C`` (the
``of`` repeated, with or without ``the``) and ``the A and B Chairmen`` (the bodies before the role)
are the post of each body, never the first post and the other bodies. Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import run, whom


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited the Directors of the Radiocommunication Bureau and of the Telecommunication "
            "Development Bureau to align their calendars for 2034.",
            ("post:itu-br/director", "post:itu-bdt/director"),
        ),
        (
            "The Group invited the Heads of the Telecommunication Standardization Bureau, of the Radiocommunication "
            "Bureau and of the Telecommunication Development Bureau to publish a joint roadmap.",
            ("post:itu-tsb/head", "post:itu-br/head", "post:itu-bdt/head"),
        ),
        (
            "The Council asked the Chairmen of the Radiocommunication Advisory Group and of the Telecommunication "
            "Development Advisory Group to hold a joint session in Lomé.",
            ("post:rag/chair", "post:tdag/chair"),
        ),
    ],
)
def test_a_plural_role_of_bodies_each_after_of_is_the_post_of_each(sentence: str, expected: tuple[str, ...]) -> None:
    assert [whom(x) for x in run(report(sentence), "cwg-cop")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited the TSAG and RAG Chairmen to prepare a joint note on workshops.",
            ("post:tsag/chair", "post:rag/chair"),
        ),
        (
            "The Group encouraged the TSAG, TDAG and RAG Chairs to exchange their work plans by June 2034.",
            ("post:tsag/chair", "post:tdag/chair", "post:rag/chair"),
        ),
        (
            "The Council requested the TSB and BDT Directors to report on the pilot in Honiara.",
            ("post:itu-tsb/director", "post:itu-bdt/director"),
        ),
    ],
)
def test_bodies_listed_before_a_plural_role_are_each_a_post(sentence: str, expected: tuple[str, ...]) -> None:
    assert [whom(x) for x in run(report(sentence), "cwg-cop")] == [expected]


def test_a_body_joined_with_the_before_a_role_keeps_its_own_reading() -> None:
    got = run(report("The Group invited the Council and the TSAG Chairmen to consider the draft."), "cwg-cop")
    assert [whom(x) for x in got] == [("body:itu-council", "post:tsag/chair")]


def test_a_body_that_only_says_whose_group_is_not_a_listed_body() -> None:
    got = run(
        report("The Group invited the Chairmen of TDAG and of the ITU-D study groups to meet in Praia."), "cwg-cop"
    )
    assert "post:itu-d/chair" not in whom(got[0])

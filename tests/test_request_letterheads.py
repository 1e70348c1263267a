"""Who asks in a letter whose signature is not there (issue 8, decision 11): the post a letterhead
names under its body (``The Chair`` under ``Commission on X``), else the body the letterhead is.
Every sentence here is invented for the test."""

from __future__ import annotations

from extract_support import make_report, parties
from extract_support import requests_of as run


def letter(*head: str, title: str) -> list[str]:
    """The requesters of a letter under the letterhead ``title`` / ``head`` that asks once."""
    r = make_report(
        *head,
        "Geneva, 4 March 2031",
        "To: Member States",
        "Dear Colleagues,",
        "Member States are invited to send their inputs to the secretariat by 2 May 2031.",
        title=title,
    )
    return [parties(x)[1] for x in run(r, None)]


def test_a_role_under_a_body_in_the_letterhead_is_the_post_that_writes() -> None:
    assert letter(
        "Telecommunication Development Bureau", "The Director", title="INTERNATIONAL TELECOMMUNICATION UNION"
    ) == ["post:itu-bdt/director"]


def test_an_office_of_a_role_under_an_upper_case_body_is_the_post_of_that_body() -> None:
    got = letter("Office of the Secretary-General", title="INTERNATIONAL TELECOMMUNICATION UNION")
    assert got == ["post:itu/secretary-general"]


def test_a_letterhead_without_a_role_line_is_the_body_it_names() -> None:
    assert letter("Ref.: BDT/31/7", title="Telecommunication Development Bureau") == ["body:itu-bdt"]


def test_a_role_word_inside_a_longer_line_is_no_letterhead_post() -> None:
    got = letter("The Director will chair the session", title="Telecommunication Development Bureau")
    assert got == ["body:itu-bdt"]

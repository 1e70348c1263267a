"""The items of a draft resolution under a lead that names the body that would adopt it (``recommended to X a draft
resolution which:``, ``By the draft resolution, the Council would:`` after ``for adoption by X``) are that body's
requests, not the recommending body's; a lead naming no adopter changes nothing."""

from __future__ import annotations

from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run


def _requesters(*rows: tuple[str, str]) -> list[tuple[str, str]]:
    return [parties(x)[:2] for x in run(kinds(("Chapter IV", "heading"), *rows), None)]


def test_items_of_a_draft_recommended_to_a_body_are_its_requests() -> None:
    got = _requesters(
        ("The Commission on Science and Technology for Development (CSTD) met in Vienna in May 2033.", "body"),
        ("The CSTD recommended to the Economic and Social Council a draft resolution which, inter alia:", "body"),
        ("requests the regional commissions to report on rural broadband every two years;", "list-item"),
        ("encourages Member States to share their open data policies.", "list-item"),
    )
    assert got == [("recommend", "body:cstd"), ("request", "body:ecosoc"), ("encourage", "body:ecosoc")]


def test_items_of_what_the_council_would_do_after_for_adoption_by() -> None:
    got = _requesters(
        (
            "At its 6th meeting the Commission approved a draft resolution on rural connectivity and recommended it "
            "for adoption by the Economic and Social Council.",
            "body",
        ),
        ("By the draft resolution, the Council would, inter alia:", "body"),
        ("(a) Request the Secretary-General to submit a report on rural connectivity in 2034;", "list-item"),
        ("(b) Invite all stakeholders to contribute to the review of the indicators.", "list-item"),
    )
    assert got[-2:] == [("request", "body:ecosoc"), ("invite", "body:ecosoc")]


def test_a_draft_with_no_adopter_named_is_no_such_lead() -> None:
    got = _requesters(
        ("The Commission on Science and Technology for Development (CSTD) met in Vienna in May 2033.", "body"),
        ("The CSTD discussed a draft resolution which, inter alia:", "body"),
        ("requests the regional commissions to report on rural broadband every two years.", "list-item"),
    )
    assert all(g[1] != "body:ecosoc" for g in got)

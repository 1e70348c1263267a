"""Numbered recommendations of a body a document transmits (issue 8, round 55): ``Recommendation 2: The Council should
request ...`` under ``... the following recommendations of the Joint Inspection Unit (JIU):`` is the body's request
(``recommend``) to the subject before the modal (``request_recommendations.recommended_line``). Every name and
sentence here is invented for the test."""

from __future__ import annotations

from datetime import date

from extract_support import make_report, parties
from extract_support import requests_of as run


def test_each_labelled_recommendation_under_its_owners_lead_is_the_owners_request() -> None:
    r = make_report(
        "Note by the Secretary-General",
        "The Council is invited to consider the report, and in particular the following recommendations of the "
        "Joint Inspection Unit (JIU):",
        "Recommendation 1: The Secretary-General should publish the risk register by 30 June 2031.",
        "Recommendation 2. Member States should pay their arrears before the next session.",
        "Recommendation 3: The reserve fund should be doubled.",
        "Recommendation 4: The Council should instruct TSB to review its cost recovery rules.",
    )
    got = [(parties(x), x.action, x.deadline) for x in run(r, None) if x.verb == "recommend"]
    assert got == [
        (("recommend", "body:jiu", ("post:itu/secretary-general",)), "publish the risk register by 30 June 2031",
         date(2031, 6, 30)),
        (("recommend", "body:jiu", ("collective:member-states",)), "pay their arrears before the next session", None),
        (("recommend", "body:jiu", ("body:itu-council",)), "instruct TSB to review its cost recovery rules", None),
    ]  # fmt: skip


def test_a_labelled_recommendation_with_no_owner_named_before_it_is_left_as_it_is() -> None:
    r = make_report(
        "Note by the Secretary-General",
        "The report makes several points on the reserve fund.",
        "Recommendation 1: BDT should close the dormant project accounts.",
    )
    assert [parties(x) for x in run(r, None)] == []

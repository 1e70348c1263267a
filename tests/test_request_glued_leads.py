"""An operative lead that the layout glued to the end of the paragraph before it, its numbered items on the lines
after (issue 8, round 47; ``request_glued_leads.glued_lead``): ``..., resolves to instruct the Director of BDT`` /
``1 to ...`` is the text's issuer's lead, whoever a clause of the preamble names. Every name, body, number and
sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import labelled_requests, make_report

from wsiskg.ingest.extract import extract

_PREAMBLE = ("RESOLUTION 1877", "The Council, considering that regional data forums matter, recalling")


@pytest.mark.parametrize(
    ("glued", "whom"),
    [
        (
            "b) the report on the fourth forum, noting that the fifth forum will be held in Lusaka, and that the "
            "Economic "
            "and Social Commission for Western Asia (ESCWA) has invited UN agencies to propose sessions, resolves to "
            "instruct the Director of BDT",
            "Director, Telecommunication Development Bureau",
        ),
        (
            "b) the outcome of the survey of 2031, recalling that the meeting closed on 3 May, and that the "
            "International "
            "Labour Organization (ILO) has invited partners to share data, requests the Director of TSB",
            "Director, Telecommunication Standardization Bureau",
        ),
    ],
)
def test_a_glued_lead_after_a_cited_request_is_the_issuer_s(glued: str, whom: str) -> None:
    x = extract(
        make_report(
            *_PREAMBLE,
            "a) Resolution 140 of the Plenipotentiary Conference;",
            glued,
            "1 to take part in the forum at an appropriate level;",
            "2 to report to the next session of the Council.",
        )
    )
    led = [r for r in labelled_requests(x) if r[2] == [whom]]
    assert [r[:2] for r in led] == [("body", "ITU Council")] * 2


def test_a_lead_glued_after_an_item_of_a_drafted_text_is_its_contributor_s() -> None:
    x = extract(
        make_report(
            "Source: Mongolia",
            "Proposals",
            "TSAG, considering",
            "a) the results of the questionnaire of May 2032, decides",
            "1 that rapporteurs shall publish their reports; invites the study group vice-chairs",
            "2 to hold one session at a convenient time; requests the Director of TSB",
            "3 to report on the cost of interpretation to the next meeting.",
        )
    )
    found = {(r.verb, r.addressees[0].label, r.action) for r in x.requests if r.addressees}
    assert ("invite", "study group vice-chairs", "hold one session at a convenient time") in found
    wanted = ("request", "Director, Telecommunication Standardization Bureau", "report on the cost of interpretation")
    assert wanted in {(verb, whom, action.removesuffix(" to the next meeting")) for verb, whom, action in found}


@pytest.mark.parametrize(
    "after",
    [
        "The forum will meet again in 2033.",  # no item follows: no lead
        "Participants welcomed the report.",
    ],
)
def test_a_verb_ending_a_paragraph_with_no_items_after_it_leads_nothing(after: str) -> None:
    x = extract(
        make_report(
            *_PREAMBLE,
            "b) the report on the fourth forum, noting that the forum was held in 2031, "
            "instructs the Secretary-General",
            after,
        )
    )
    assert not [r for r in x.requests if r.addressees and r.addressees[0].label == "Secretary-General"]

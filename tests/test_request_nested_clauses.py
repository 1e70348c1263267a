"""A verb of asking coordinated inside a recommendation's ``that`` clause (``request_nested_clauses``,
``request_co_subjects._active_requester``): what the one recommended to act is to ask, no one has asked yet
(decision 43); a motion put to the body that records it is still the body's request. Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

from wsiskg.ingest.extract.request_nested_clauses import nested_in_recommendation

_BODY = "Working Group on Coral Reef Sensors"


def _read(*sentences: str) -> list[tuple[str, str, tuple[str, ...]]]:
    opening = (f"The meeting of the {_BODY} was held in Nuku'alofa on 9 June 2032.", "body")
    r = kinds(opening, *((s, "body") for s in sentences))
    return [parties(x) for x in run(r, _BODY)]


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "The Group recommended that the Council revise the reef survey mandate and instruct the"
            " Secretary-General to publish the sensor atlas by 1 March 2033.",
            "body:itu-council",
        ),
        (
            "The Group recommends that BDT fund two pilot buoys in Vanuatu, and invite Member States to share"
            " their calibration data.",
            "body:itu-bdt",
        ),
        (
            "The Working Group suggested that BDT list the sensor vendors in its Reef Watch: Annual Review 2032"
            " and encourage operators to host the relays.",
            "body:itu-bdt",
        ),
    ],
)
def test_a_verb_coordinated_in_a_recommendation_asks_no_one_yet(sentence: str, asked: str) -> None:
    got = _read(sentence)
    assert [(verb, whom) for verb, _, whom in got] == [(got[0][0], (asked,))]
    assert got[0][0] in ("recommend", "suggest")


def test_a_motion_to_the_recording_body_still_asks_through_it() -> None:
    got = _read(
        "The Chairman proposed that the Group approve the reef roadmap and instruct the secretariat to circulate"
        " it to all members."
    )
    assert [(verb, who) for verb, who, _ in got] == [("instruct", f"body:{_BODY}")]


def test_a_new_clause_after_the_recommendation_still_asks() -> None:
    got = _read(
        "The Group recommended that the Council approve the reef roadmap, and the Chairman invited Member States"
        " to send their buoy counts."
    )
    assert ("invite", "collective:member-states") in {(verb, whom[0]) for verb, _, whom in got}


@pytest.mark.parametrize(
    ("pre", "nested"),
    [
        ("The Group recommended that the Council revise the mandate and", True),
        ("We suggest that the Rapporteur add a case study,", True),
        ("Kenya proposes that the Group take note of the report and", True),
        ("The Group recommended that the Council approve the roadmap; and", False),
        ("The Group recommends that the Council: a) approve the roadmap; and", False),
        ("The Group recommends that the Council: a) approve the roadmap, and", False),
        ("The Group recommended that ITU list the sites in Reef Watch: Annual Review 2032 and", True),
        ("The Group recommended that the Council note that the survey ended and", False),
        ("The Group requested that the Council revise the mandate and", False),
        ("The Group agreed to", False),
    ],
)
def test_where_a_recommendation_clause_holds_the_verb(pre: str, nested: bool) -> None:
    assert nested_in_recommendation(pre) is nested

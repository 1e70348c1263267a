"""A verb of asking inside a condition (``..., provided that the Council was instructed to ...``, ``on condition that
X is asked to ...``, ``as long as X invites Y to ...``) asks no one: the speaker sets a condition for agreeing, the
text reports no request (``request-openings.csv`` kind ``condition``, ``request_verbs.in_condition``). A condition
that opens the sentence ends at its comma (``Provided that funds allow, the Group invited X to ...`` asks), and one
after the verb leaves the request before it as it was. Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

_BODY = "Working Group on Coastal Radar"


def _read(*sentences: str) -> list[tuple[str, str, tuple[str, ...]]]:
    opening = (f"The meeting of the {_BODY} was held in Apia on 4 June 2033.", "body")
    r = kinds(opening, *((s, "body") for s in sentences))
    return [(x.verb, x.requester.label, parties(x)[2]) for x in run(r, _BODY, 2033)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegate of Norway could accept the revised fee, provided that the Council was instructed to review it "
        "in 2034.",
        "Brazil withdrew its reservation on condition that the Bureau is requested to report on the radar trial.",
        "The representative of Fiji could support the text as long as BDT was asked to publish the cost estimates.",
        "Ms Tala said that her administration would join the project, providing that TSB invites experts from the "
        "region to the workshop.",
        "The Group might keep the item open so long as Member States are encouraged to send contributions.",
        "Chile could agree on the condition that the secretariat was asked to circulate the text by 3 May 2034.",
        "Japan could accept the plan, provided that the Council, at its 2034 session, was invited to review the costs.",
    ],
)
def test_a_verb_of_asking_inside_a_condition_asks_no_one(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Provided that funds are available, the Group invited BDT to organize a regional radar workshop.",
            ("invite", _BODY, ("body:itu-bdt",)),
        ),
        (
            "The Group requested TSB to circulate the draft radar handbook, provided that no objection is received.",
            ("request", _BODY, ("body:itu-tsb",)),
        ),
        (
            "The Group kept the radar item, provided that funds allow, and invited BDT to draft a work plan.",
            ("invite", _BODY, ("body:itu-bdt",)),
        ),
        (
            "The Group kept the call for radar papers open as long as possible and invited BDT to review them.",
            ("invite", _BODY, ("body:itu-bdt",)),
        ),
        (
            "As long as the budget allows, Member States are invited to nominate radar experts.",
            ("invite", _BODY, ("collective:member-states",)),
        ),
    ],
)
def test_a_request_beside_a_condition_still_asks(sentence: str, expected: tuple[str, str, tuple[str, ...]]) -> None:
    assert _read(sentence) == [expected]

"""A text recommended to a body for adoption asks that body to adopt it (``request_adoption``):
``recommended it for adoption by X``, ``recommends to X the adoption of the draft``, ``recommend to X
the draft decision``, ``recommended the budget to X for approval``. Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run


def _one(sentence: str, body: str = "cstd") -> tuple[tuple[str, str, tuple[str, ...]], str] | None:
    r = kinds(
        ("The Commission on Science and Technology for Development held its forty-first session in 2031.", "body"),
        (sentence, "body"),
    )
    got = [x for x in run(r, body) if x.verb == "recommend"]
    return (parties(got[0]), got[0].action) if len(got) == 1 else None


@pytest.mark.parametrize(
    ("sentence", "addressee", "verb"),
    [
        (
            "The Commission approved the draft resolution on rural broadband and recommended it for adoption "
            "by the Economic and Social Council.",
            "body:ecosoc",
            "adopt",
        ),
        (
            "At its fifth meeting, the Commission recommended the revised work plan for its approval by the "
            "General Assembly (see annex II).",
            "body:unga",
            "approve",
        ),
        (
            "The Commission recommended the draft budget for 2032 to the Economic and Social Council for approval.",
            "body:ecosoc",
            "approve",
        ),
    ],
)
def test_a_text_recommended_for_adoption_by_a_body_asks_that_body(sentence: str, addressee: str, verb: str) -> None:
    got = _one(sentence)
    assert got is not None
    (_, requester, addressees), action = got
    assert requester == "body:cstd"
    assert addressees == (addressee,)
    assert action.startswith(verb + " ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission recommends to the General Assembly the adoption of the following draft resolution:",
        "The Commission decided to recommend to the Economic and Social Council the draft decision in annex 3, "
        "whereby the Council would invite the regional commissions to report in 2033.",
        "The Commission recommended to the Economic and Social Council a draft resolution which, inter alia:",
    ],
)
def test_a_text_recommended_to_a_body_asks_that_body_to_adopt_it(sentence: str) -> None:
    got = _one(sentence)
    assert got is not None
    (_, requester, addressees), action = got
    assert requester == "body:cstd"
    assert len(addressees) == 1 and addressees[0] in ("body:unga", "body:ecosoc")
    assert action.startswith("adopt ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission recommended it for adoption by correspondence.",  # no one named to adopt it
        "The Commission recommended the handbook to all regulators in the region.",  # no text to adopt
        "The Commission recommended the adoption of a common template.",  # no one asked
    ],
)
def test_no_body_named_to_adopt_a_text_reads_no_adoption(sentence: str) -> None:
    r = kinds(("The Commission on Science and Technology for Development met in 2031.", "body"), (sentence, "body"))
    assert all(not x.action.startswith(("adopt ", "approve ")) for x in run(r, "cstd"))

"""Sentences that read like requests but ask no one now, and requests read twice (``requests._Reader``; decisions
14 and 38 of ``docs/annotation-guide.md``). Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

_BODY = "Working Group on Tidal Gauges"


def _read(*sentences: str) -> list[tuple[tuple[str, str, tuple[str, ...]], str]]:
    opening = (f"The meeting of the {_BODY} was held in Suva on 3 May 2031.", "body")
    r = kinds(opening, *((s, "body") for s in sentences))
    return [(parties(x), x.action) for x in run(r, _BODY)]


# ----------------------------------------------------------------------------- an outcome recommended to no one
@pytest.mark.parametrize(
    "sentence",
    [
        "The Group recommended that the gauge survey results be presented at the Pacific Ocean Week in Apia.",
        "Participants recommended that a regional tsunami drill for Melanesia be organized in Port Vila in 2032.",
        "The meeting proposed that Recommendation 7 on buoy spacing be suppressed.",
        "The Working Group suggested that the final figures be circulated to all observers before the next session.",
    ],
)
def test_an_outcome_recommended_in_the_passive_asks_no_one(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("The Group recommended that BDT present the gauge survey results at the Pacific Ocean Week.", "body:itu-bdt"),
        ("The Group recommended that the Council be invited to approve the gauge roadmap.", "body:itu-council"),
    ],
)
def test_a_recommendation_that_names_who_acts_still_asks(sentence: str, addressee: str) -> None:
    assert [p[2] for p, _ in _read(sentence)] == [(addressee,)]


def test_a_request_that_something_be_done_still_asks_the_secretariat() -> None:
    got = _read("The Group requested that the gauge survey results be posted on the website.")
    assert [p[2] for p, _ in got] == [(f"body:{_BODY}-secretariat",)]


"""A verb of asking after a modal of a power (``modals.csv`` column ``power``: may, might, can) states what a body is
allowed to do, as terms of reference and working methods write it (``The Focus Group may ask the Bureau to ...``,
``The Chair can invite experts to ...``): no request yet (``request_verbs.power_only``). ``could`` proposes (``the
Group could invite X to ...``) and stays; so do a courteous ``if X can ...`` and a verb without a modal. Every sentence
is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

_TITLE = "Terms of reference of the ITU-T Focus Group on Digital Twins for Water Utilities"


def _read(sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    r = kinds(
        ("The Focus Group was established by TSAG at its meeting of 3 May 2031.", "body"),
        (sentence, "body"),
        title=_TITLE,
    )
    return [parties(x) for x in run(r, "")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Focus Group can ask the TSB to publish its technical reports on the public website.",
        "The Focus Group may also ask the TSB to publish its technical reports on the public website.",
        "The Focus Group might call upon water utilities to provide anonymized test data.",
        "The Focus Group may request the TSB to organize a joint workshop with UN-Water in 2032.",
    ],
)
def test_a_power_asks_no_one(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Focus Group asked the TSB to publish its technical reports on the public website.",
        "The Focus Group could ask the TSB to publish its technical reports on the public website.",
    ],
)
def test_a_request_or_a_proposal_still_asks(sentence: str) -> None:
    assert [p[2] for p in _read(sentence)] == [("body:itu-tsb",)]

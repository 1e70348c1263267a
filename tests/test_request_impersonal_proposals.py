"""An impersonal proposal asks no one (annotation guide decision 14; ``request_passive._passive_parties``,
verbs in ``ingest/data/request-impersonal.csv``): ``It is proposed that the Group work by correspondence``, ``It
was suggested that the secretariat prepare a summary`` put a plan to no one, whatever the clause's subject;
``It was requested that X ...`` still asks X (the meeting's body). Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

from wsiskg.ingest.tables import data_rows

_BODY = "Working Group on Tidal Gauges"


def _read(sentence: str) -> list[tuple[tuple[str, str, tuple[str, ...]], str]]:
    r = kinds((f"The meeting of the {_BODY} was held in Suva on 3 May 2031.", "body"), (sentence, "body"))
    return [(parties(x), x.action) for x in run(r, _BODY)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is proposed that the Working Group work mainly by correspondence, with no cost to BDT.",
        "It was suggested that the secretariat prepare a short summary of the gauge survey.",
        "3 It is further proposed that BDT publish the tidal gauge handbook in all six languages.",
        "It is therefore suggested that TSB and BDT jointly organize a regional training course in 2032.",
        "It was also proposed that the Council consider the gauge roadmap at its 2032 session.",
    ],
)
def test_an_impersonal_proposal_asks_no_one(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        ("It was requested that BDT publish the gauge handbook.", "body:itu-bdt", "publish the gauge handbook"),
        ("The Group proposed that BDT publish the gauge handbook.", "body:itu-bdt", "publish the gauge handbook"),
    ],
)
def test_a_request_or_a_proposal_with_its_proposer_still_asks(sentence: str, addressee: str, action: str) -> None:
    got = _read(sentence)
    assert [(p[2], a.rstrip(".")) for p, a in got] == [((addressee,), action)]


def test_the_impersonal_verbs_are_data() -> None:
    verbs = {r["verb"] for r in data_rows("request-impersonal.csv")}
    assert {"propose", "suggest"} <= verbs
    assert "request" not in verbs

"""A body charging someone with a task written as a gerund asks them to do it (``tasked X with preparing ...``): also
when the one charged is named with an appositive between commas (``tasked the Vice-Chair for X, Mr Y (Chile), with
preparing ...``: ``request_clauses._WITH_ING``), and with ``entrust`` (``entrusted it with preparing ...``,
``request-kinds.csv``); charging with a thing (``entrusted X with the verification of credentials``, ``was entrusted
with the functions of Rapporteur``) or handing a thing to someone (``entrusted the drafting to a working group``)
asks no one. Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import requests_of as run

_BODY = "Working Group on Harbour Telemetry"


def _read(*sentences: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    opening = (f"The meeting of the {_BODY} was held in Valparaíso on 2 March 2032.", "body")
    r = kinds(opening, *((s, "body") for s in sentences))
    return [(x.verb, x.requester.label, tuple(a.label for a in x.addressees), x.action) for x in run(r, _BODY, 2032)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The meeting tasked the Vice-Chair for regional relations, Mr Tomas Vidal (Chile), with preparing a note "
            "on common positions for the next meeting.",
            ("task", _BODY, ("Tomas Vidal",), "preparing a note on common positions for the next meeting"),
        ),
        (
            "The Group entrusted the rapporteur on buoys, Ms Ana Ruiz (Peru), with presenting the outcome to the "
            "Assembly.",
            ("entrust", _BODY, ("Ana Ruiz",), "presenting the outcome to the Assembly"),
        ),
        (
            "The Group entrusted the secretariat with compiling the replies to the telemetry questionnaire.",
            (
                "entrust",
                _BODY,
                (f"Secretariat of the {_BODY}",),
                "compiling the replies to the telemetry questionnaire",
            ),
        ),
        (
            "The meeting entrusted BDT with organizing a regional workshop on harbour telemetry in 2033.",
            (
                "entrust",
                _BODY,
                ("Telecommunication Development Bureau",),
                "organizing a regional workshop on harbour telemetry in 2033",
            ),
        ),
    ],
)
def test_charged_with_a_gerund_is_asked(sentence: str, expected: tuple[str, str, tuple[str, ...], str]) -> None:
    assert _read(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board entrusted the drafting of this report to a working group chaired by Mr Luis Parra (Uruguay).",
        "The Committee entrusted a working group, composed of its Chairman and the secretariat, with the "
        "verification of credentials.",
        "Since 2006 ITU has been entrusted with the facilitation of Action Lines C2 and C6.",
        "Mr Ivo Sandor (Slovakia) was entrusted with the functions of Rapporteur.",
        "The Chair recalled the mandate entrusted to the Group by the Council in 2030.",
        "The regional follow-up of the Summit was entrusted to the League of Arab States.",
    ],
)
def test_charged_with_a_thing_asks_no_one(sentence: str) -> None:
    assert _read(sentence) == []

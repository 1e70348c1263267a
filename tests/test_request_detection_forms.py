"""Requests no rule read because the subject of a verb of asking before a ``that`` clause was not resolved
(``request_learnt.clause_voice``): in the record of a body's meeting, ``The committee recommends that the Council
...``, ``The panel requested that the secretariat ...``, ``The committee recommended that the Assembly:`` before
its items are the meeting body's requests, as the learnt detector already reads ``The committee asked X to ...``;
the ``that`` clause is read as the rules read it (its subject is asked). A subject the record's voice does not
stand for, a request reported from another clause and a record whose meeting is not found stay unread. Every
sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

_MEETINGS = {
    "committee": "Harbour Radio Committee",
    "panel": "Expert Panel on Buoy Telemetry",
    "board": "Advisory Board on Rural Broadband",
}


def _read(meeting: str, *texts: str) -> list[tuple[tuple[str, str, tuple[str, ...]], str]]:
    body = _MEETINGS[meeting]
    r = kinds((f"The meeting of the {body} was held in Suva on 3 May 2031.", "body"), *((t, "body") for t in texts))
    return [(parties(x), x.action) for x in run(r, body)]


@pytest.mark.parametrize(
    ("meeting", "sentence", "verb", "addressee", "action"),
    [
        (
            "committee",
            "The committee recommends that the Council approve the revised harbour frequency plan.",
            "recommend",
            "body:itu-council",
            "approve the revised harbour frequency plan",
        ),
        (
            "panel",
            "The panel requested that BDT publish the telemetry survey before the end of 2031.",
            "request",
            "body:itu-bdt",
            "publish the telemetry survey before the end of 2031",
        ),
        (
            "board",
            "The board recommended that the Council, at its 2032 session, consider the rural broadband roadmap.",
            "recommend",
            "body:itu-council",
            "consider the rural broadband roadmap",
        ),
        (
            "committee",
            "4 The committee urges that TSB circulate the draft harbour handbook to all members.",
            "urge",
            "body:itu-tsb",
            "circulate the draft harbour handbook to all members",
        ),
    ],
)
def test_a_that_clause_after_a_subject_the_record_stands_for_asks_its_subject(
    meeting: str, sentence: str, verb: str, addressee: str, action: str
) -> None:
    got = _read(meeting, sentence)
    assert len(got) == 1
    (read_verb, requester, addressees), read = got[0]
    assert read_verb == verb
    assert requester == f"body:{_MEETINGS[meeting]}"
    assert addressees == (addressee,)
    assert read.rstrip(".") == action


def test_the_items_of_such_a_lead_are_each_one_request() -> None:
    got = _read(
        "panel",
        "The panel recommended that the Council:",
        "a) take note of the telemetry survey;",
        "b) instruct the Secretary-General to report on buoy data costs to its 2033 session.",
    )
    assert [p[2] for p, _ in got] == [("body:itu-council",), ("body:itu-council",)]
    assert [a for _, a in got] == [
        "take note of the telemetry survey",
        "instruct the Secretary-General to report on buoy data costs to its 2033 session",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a subject the record's voice does not stand for
        "The jury recommended that the Council approve the revised harbour frequency plan.",
        # a request reported from another clause, its subject only the voice's pronoun (a named body there,
        # "the committee" or its full name, is read as that body's request by the subject rules)
        "The chair noted that they had recommended that BDT publish the harbour survey.",
    ],
)
def test_no_voice_asks_where_the_subject_is_not_the_record(sentence: str) -> None:
    assert _read("committee", sentence) == []

"""A second ``that`` clause coordinated after the first asks its own subject (``request_that_pairs.that_pairs``,
issue 8, round 57): ``recommended that A organize ..., and that B designate ...`` is two requests, one per clause.
Every name and sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report
from extract_support import requests_of as run

_RECORD = "Report of the third meeting of the Working Group on Rural Connectivity (Apia, 2-3 March 2033)"


def _asked(title: str, sentence: str) -> list[tuple[str, tuple[str, ...], str]]:
    got = run(make_report(title, sentence, title=title), None)
    return [(r.verb, tuple(a.label for a in r.addressees), r.action) for r in got]


@pytest.mark.parametrize(
    ("sentence", "second", "action"),
    [
        (
            "Ghana proposes that TSB be requested to finalise a list of indicators, and that ITU be invited to "
            "publish an annual index.",
            "International Telecommunication Union",
            "publish an annual index",
        ),
        (
            "Ghana recommends that TSB publish the list of codes and that Member States send corrections by May 2034.",
            "Member States",
            "send corrections by May 2034",
        ),
        (
            "Ghana requests that BDT circulate the survey, and that Sector Members send their replies by 1 June "
            "2034, and "
            "invites TSB to translate it.",
            "Sector Members",
            "send their replies by 1 June 2034",
        ),
    ],
)
def test_a_second_that_clause_asks_its_own_subject(sentence: str, second: str, action: str) -> None:
    got = _asked("Contribution from Ghana", sentence)
    assert (got[0][0], second, action) in [(verb, asked[0], act) for verb, asked, act in got if len(asked) == 1]
    assert " and that " not in got[0][2]  # the first request's action is its own clause only


def test_a_decided_second_clause_with_a_modal_asks_its_subject_too() -> None:
    got = _asked(
        _RECORD,
        "It was agreed that the secretariat should circulate the report and that Member States "
        "should comment on it by 1 June 2033.",
    )
    assert [asked for _, asked, _ in got][-1] == ("Member States",)
    assert got[-1][2] == "comment on it by 1 June 2033"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana recommends that TSB publish the list and that the report be published in May 2034.",
        "Ghana recommends that TSB publish the list, and that the next meeting be held in Accra.",
    ],
)
def test_a_second_clause_that_asks_no_one_adds_nothing(sentence: str) -> None:
    assert len(_asked("Contribution from Ghana", sentence)) == 1


def test_a_that_clause_of_another_verb_is_not_read_as_the_second() -> None:
    got = _asked(
        "Contribution from Ghana",
        "Ghana requests that TSB publish the list, notes that the survey closed and that Member States replied.",
    )
    assert [asked for _, asked, _ in got] == [("Telecommunication Standardization Bureau",)]

"""The subject of a ``that`` clause (``request_clause_subjects.clause_subject``) named as a body's session by
its year (``recommended that Council 2033 approve ...``, with a place and dates in brackets after the year or
not): the body is asked, the year says when. A year after a name that is no body asks no one. Every sentence is
invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run


def _read(sentence: str) -> list[tuple[tuple[str, str, tuple[str, ...]], str]]:
    r = kinds(
        ("The meeting of the Expert Group on Lagoon Telemetry was held in Suva on 9 March 2033.", "body"),
        (sentence, "body"),
    )
    return [(parties(x), x.action) for x in run(r, None)]


@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "The Group recommended that Council 2033 approve the revised terms of reference.",
            "body:itu-council",
            "approve the revised terms of reference",
        ),
        (
            "The Group agreed to recommend that Council 2034 (Geneva, 6-15 June 2034) endorse the work plan.",
            "body:itu-council",
            "endorse the work plan",
        ),
        (
            "On the budget, the experts recommended that the Council 2035 take note of the estimates.",
            "body:itu-council",
            "take note of the estimates",
        ),
        (
            "The Group recommended that the Council, at its 2033 session, adopt the draft decision.",
            "body:itu-council",
            "adopt the draft decision",
        ),
    ],
)
def test_a_body_named_with_its_session_year_is_asked(sentence: str, addressee: str, action: str) -> None:
    found = _read(sentence)
    assert [(p[2], a) for p, a in found] == [((addressee,), action)]


def test_a_year_after_a_name_that_is_no_body_asks_no_one() -> None:
    assert _read("The Group recommended that Lagoon Survey 2033 cover the northern atolls.") == []


# ----------------------------------------------------------------------------- a body's head noun in lower case
def _excerpt(sentence: str) -> list[tuple[tuple[str, str, tuple[str, ...]], str]]:
    """A record's excerpt cut before its header: no meeting body is known."""
    r = kinds(("the Chair noted that the item would be taken up again after the break.", "body"), (sentence, "body"))
    return [(parties(x), x.action) for x in run(r, None)]


@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "5.1 The delegate of Paraguay requested that the secretariat prepare a note on the cost of each option.",
            "collective:secretariat",
            "prepare a note on the cost of each option",
        ),
        (
            "5.2 The delegate of Nepal endorsed the proposal and asked that the secretariat also list the fees paid.",
            "collective:secretariat",
            "also list the fees paid",
        ),
        (
            "5.3 The delegate of Oman requested that the committee defer the item to its next session.",
            "collective:committee",
            "defer the item to its next session",
        ),
    ],
)
def test_a_body_head_in_lower_case_is_the_clause_subject(sentence: str, addressee: str, action: str) -> None:
    assert [(p[2], a) for p, a in _excerpt(sentence)] == [((addressee,), action)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegate of Oman asked that the summary include the fees paid.",
        "2.4 The delegate of Bhutan asked that the working group meet once more to settle the wording.",
    ],
)
def test_a_lower_case_noun_that_names_no_one_asks_no_one(sentence: str) -> None:
    assert _excerpt(sentence) == []


# ----------------------------------------------------------------------------- a body's head noun in the plural
def _items(*items: str) -> list[tuple[tuple[str, str, tuple[str, ...]], str]]:
    r = kinds(
        ("The meeting of the Expert Group on Lagoon Telemetry was held in Suva on 9 March 2033.", "body"),
        ("The experts recommended that:", "body"),
        *((item, "list-item") for item in items),
    )
    return [(parties(x), x.action) for x in run(r, "Expert Group on Lagoon Telemetry")]


@pytest.mark.parametrize(
    ("item", "addressee", "action"),
    [
        (
            "(c) national statistical offices survey buoy owners every second year.",
            "collective:national-statistical-offices",
            "survey buoy owners every second year",
        ),
        (
            "(b) the regional commissions add lagoon data to their yearbooks;",
            "collective:regional-commissions",
            "add lagoon data to their yearbooks",
        ),
        (
            "(d) coastal ministries designate a telemetry focal point.",
            "collective:coastal-ministries",
            "designate a telemetry focal point",
        ),
    ],
)
def test_a_group_headed_by_a_body_noun_in_the_plural_is_an_items_subject(
    item: str, addressee: str, action: str
) -> None:
    assert [(p[2], a) for p, a in _items(item)] == [((addressee,), action)]


@pytest.mark.parametrize(
    "item",
    ["(c) the pilot projects include two atolls.", "(c) the regional programmes cover the three lagoons."],
)
def test_a_plural_of_a_thing_asks_no_one(item: str) -> None:
    assert _items(item) == []


# ----------------------------------------------------------------------------- operators as a known group
@pytest.mark.parametrize(
    ("item", "addressee", "action"),
    [
        (
            "(a) operators share the cost of backup power at lagoon sites;",
            "collective:operators",
            "share the cost of backup power at lagoon sites",
        ),
        (
            "(b) cable operators publish their outage logs every quarter.",
            "collective:cable-operators",
            "publish their outage logs every quarter",
        ),
    ],
)
def test_operators_are_a_group_an_items_subject_names(item: str, addressee: str, action: str) -> None:
    assert [(p[2], a) for p, a in _items(item)] == [((addressee,), action)]


def test_the_operators_things_ask_no_one() -> None:
    assert _items("(a) the operators' outage logs be published every quarter.") == []

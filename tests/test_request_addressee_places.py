"""Whom a request asks when a body named with what it serves is placed in a city after it (``the Regional
Office for Africa in Addis Ababa``): the body, the place no part of its name; an office named by its city alone
(``the Area Office in Dakar``) keeps it, as the body finder reads it (ingest/extract/agent_resolver.py:
a piece opening with ``in``/``at`` is no group). Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import labels, run, speech


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group requested the Regional Office for Southern Africa in Harare to organize the workshop.",
            ("Regional Office for Southern Africa",),
        ),
        (
            "The Group invited the ITU Office for the Pacific in Suva to host the training in 2036.",
            ("ITU Office for the Pacific",),
        ),
        (
            "The Group asked the Ministry of Digital Economy in Lusaka to share its survey.",
            ("Ministry of Digital Economy",),
        ),
        (
            "The Group requested the Arab Regional Office in Cairo and the Office for Europe in Geneva to coordinate.",
            ("Arab Regional Office", "Office for Europe"),
        ),
    ],
)
def test_a_city_after_a_named_body_only_places_it(sentence: str, expected: tuple[str, ...]) -> None:
    assert [labels(x) for x in run(report(sentence), "cwg-cop")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group requested the ITU Area Office in Tegucigalpa to circulate the survey.",
            "ITU Area Office in Tegucigalpa",
        ),
        ("The Group invited the Regional Office in Manila to host the forum.", "Regional Office in Manila"),
    ],
)
def test_an_office_named_by_its_city_alone_keeps_it(sentence: str, expected: str) -> None:
    assert [labels(x) for x in run(report(sentence), "cwg-cop")] == [(expected,)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "I call upon the exhibitors and the forum speakers of this week to carry one message home.",
            ("the exhibitors", "the forum speakers"),
        ),
        ("We invite the panellists of this workshop to share their slides.", ("the panellists",)),
        ("I urge the delegates of this conference to adopt the text.", ("the delegates",)),
        ("I encourage the exhibitors this week to visit the start-up pavilion.", ("the exhibitors",)),
    ],
)
def test_the_time_or_event_after_a_group_only_places_it(sentence: str, expected: tuple[str, ...]) -> None:
    """``the forum speakers of this week``: the week or the event only places the group (decision 12,
    ``group-trails.csv``), as ``all participants of this meeting`` does."""
    assert [labels(x) for x in run(speech(sentence), None)] == [expected]

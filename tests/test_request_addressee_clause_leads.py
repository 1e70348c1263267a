"""Whom a request asks when a passive clause's subject follows a conjunction (``..., now that the Council
was instructed to``, ``so that the Bureau is asked to``; a condition, ``provided that``, asks no one:
tests/test_request_conditions.py): the subject, never the conjunction nor the clause
before it read as a group; and a lone past participle a second predicate leaves in the object phrase
(``finalized by the drafting group and published``) is no addressee (ingest/extract/addressee_phrases.py).
Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import labels, run


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The delegate of Peru could accept the budget, now that the Council was instructed to review it.",
            ("ITU Council",),
        ),
        (
            "The Group agreed to defer the item, given that the Bureau was requested to report on it in 2036.",
            ("the Bureau",),
        ),
        (
            "Ms Ode accepted the text, on the understanding that Member States would be invited to comment by May.",
            ("Member States",),
        ),
        (
            "The draft was kept in square brackets, so that regulators would be invited to comment on the fees.",
            ("regulators",),
        ),
    ],
)
def test_the_subject_after_a_conjunction_is_asked(sentence: str, expected: tuple[str, ...]) -> None:
    assert [labels(x) for x in run(report(sentence), "tdag")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group agreed that the revised Guidelines shall be finalized by the drafting group and "
            "published before the end of 2035.",
            ("the drafting group",),
        ),
        (
            "The Group agreed that the survey should be prepared by the regional offices and circulated by June.",
            ("regional offices",),
        ),
    ],
)
def test_a_lone_participle_after_and_is_no_addressee(sentence: str, expected: tuple[str, ...]) -> None:
    assert [labels(x) for x in run(report(sentence), "tdag")] == [expected]

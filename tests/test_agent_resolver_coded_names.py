"""A pronoun whose antecedent is a body's acronym written with the codes of one of its organs (``XYZ TC ABC``)
stands for that organ, read as the same words are read when asked, not for the owner body. Every sentence here
is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from extract_support import parties
from extract_support import requests_of as run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An incoming liaison statement from ETSI TC ERM was noted. The reply thanks ETSI TC ERM for its "
            "study and invites it to share the measurement campaign results.",
            ("collective:tc-erm",),
        ),
        (
            "The Group noted a statement from 3GPP TSG SA and invited it to align its timeline with the Group's.",
            ("collective:tsg-sa",),
        ),
    ],
)
def test_it_after_an_organ_named_by_codes_is_that_organ(text: str, expected: tuple[str, ...]) -> None:
    assert [parties(x)[2] for x in run(report(text), "itu-rag")] == [expected]


def test_it_after_the_owner_alone_is_still_the_owner() -> None:
    text = "The Group noted a statement from ETSI and invited it to align its timeline with the Group's."
    assert [parties(x)[2] for x in run(report(text), "itu-rag")] == [("body:etsi",)]

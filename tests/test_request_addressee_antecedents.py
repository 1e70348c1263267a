"""Addressees an object pronoun points back to (:mod:`.request_addressee_antecedents`): ``them`` asked after a group
in the same sentence is that group, not a body named in the first action (``invited regulators to use the TSB
database and encouraged them to ...``). Every name and sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from extract_support import requests_of as run


def _asked(*sentences: str) -> list[tuple[str, ...]]:
    return [tuple(a.label for a in r.addressees) for r in run(report(*sentences), "itu-rag")]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        (
            "Ms Ellery-Banda invited regulators to use the TSB numbering database and encouraged them to attend "
            "the Global Numbering Forum.",
            "regulators",
        ),
        (
            "The Group asked operators to report misuse cases to the Caribbean Telecommunications Union and urged "
            "them to share their traffic data.",
            "operators",
        ),
        (
            "Mr Okonjo-Vale invited small island administrations to submit their filings through the BR portal and "
            "requested them to name a focal point by 1 March 2032.",
            "small island administrations",
        ),
    ],
)
def test_them_after_a_group_asked_in_the_sentence_is_that_group(sentence: str, group: str) -> None:
    assert _asked(sentence) == [(group,), (group,)]


def test_them_in_a_later_sentence_is_read_as_before() -> None:
    before = _asked(
        "The Group invited regulators to use the TSB numbering database.",
        "It thanked the Andean Numbering Office and the Pacific Numbering Office and asked them to publish their "
        "plans.",
    )
    assert before[0] == ("regulators",)
    assert "regulators" not in before[-1]

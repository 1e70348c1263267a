"""A lone lower-case ``l`` before a month's name is the day ``1`` OCR read as a letter (ingest/text.py,
``normalize``; round 53)."""

from __future__ import annotations

import pytest

from wsiskg.ingest.text import normalize


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Oslo, 30 November - l December 2031", "Oslo, 30 November - 1 December 2031"),
        ("the group meeting of l February 2032 (Doc. X/12)", "the group meeting of 1 February 2032 (Doc. X/12)"),
        ("held from l to 3 March and from l April", "held from l to 3 March and from 1 April"),
    ],
)  # fmt: skip
def test_a_lone_l_before_a_month_is_the_first_day(text: str, clean: str) -> None:
    assert normalize(text) == clean


@pytest.mark.parametrize("text", ["the l mark on the scale", "a l-shaped room in May", "Lima, l'Avenue May"])
def test_a_lone_l_elsewhere_stays(text: str) -> None:
    assert normalize(text) == text

"""A body's name a header breaks over two lines with no joining word (:mod:`.header_name_breaks`): the own
meeting's body read by the second line alone (``STEERING COMMITTEE``) is named by both (``Andean Broadband Steering
Committee``, decision 6); a line above that names an owner, a country, a record or a genre is no part of it. Names,
bodies and dates are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import meeting_named, parsed_text

from wsiskg.ingest.extract.header_name_breaks import name_over_lines


@pytest.mark.parametrize(
    ("lines", "name", "expected"),
    [
        (["BALTIC OPEN DATA", "STEERING COMMITTEE", "Minutes of the 5th meeting"], "Steering Committee",
         "BALTIC OPEN DATA STEERING COMMITTEE"),
        (["Sahel Spectrum", "Management Working Group", "Report of the meeting"], "Management Working Group",
         "Sahel Spectrum Management Working Group"),
        (["AI FOR OCEANS", "PROGRAMME COMMITTEE"], "Programme Committee", "AI FOR OCEANS PROGRAMME COMMITTEE"),
    ],
)  # fmt: skip
def test_a_name_broken_over_two_lines_is_joined(lines: list[str], name: str, expected: str) -> None:
    assert name_over_lines(lines, name) == expected


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["ADRIATIC TELECOM ASSOCIATION", "COORDINATION BOARD"], "Coordination Board"),  # an owner, its head noun
        (["REPUBLIC OF MALTA", "NATIONAL STEERING COMMITTEE"], "National Steering Committee"),  # a country
        (["DRAFT MINUTES", "STEERING COMMITTEE"], "Steering Committee"),  # a record's words
        (["Council 2031", "Standing Committee"], "Standing Committee"),  # a session's year
        (["Original: English", "Steering Committee"], "Steering Committee"),  # a header field
        (["BALTIC OPEN DATA", "STEERING COMMITTEE"], "Executive Board"),  # another name
        (["Nordic", "Steering Committee"], "Steering Committee"),  # one word: a place, an owner
    ],
)
def test_a_line_that_is_no_start_of_the_name_is_left(lines: list[str], name: str) -> None:
    assert name_over_lines(lines, name) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ALPINE BROADBAND\nCOORDINATION BOARD\nMinutes of the 7th meeting\nInnsbruck, 8 June 2031\n\n"
            "1. The Board held its 7th meeting in Innsbruck on 8 June 2031.\n\n"
            "2. The Board invited operators to notify their rollout plans.\n",
            "Alpine Broadband Coordination Board",
        ),
        (
            "Caspian Numbering\nSteering Committee\nMinutes of the 3rd meeting\nBaku, 4 May 2031\n\n"
            "1. The Steering Committee held its 3rd meeting in Baku on 4 May 2031.\n",
            "Caspian Numbering Steering Committee",
        ),
    ],
)
def test_the_own_meetings_body_is_named_by_both_lines(tmp_path: Path, text: str, expected: str) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and found[3] == expected

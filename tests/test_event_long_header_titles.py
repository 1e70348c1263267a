"""A title line naming the one event of a document that records no meeting of its own (a speech, a statement)
is dated by the dateline under it up to a meeting's full title (``event_headers._dated_by_header``,
``_TITLE_CHARS``): ``High-level meeting on the overall review of the implementation of the outcomes of the World
Summit on the Information Society`` over ``New York, 15-16 December 2025`` dates the review the line names; a
line of more than 80 characters was left undated before. A sentence (a full stop at its end) is no title. Names,
places and years are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days

_REVIEW = (
    "High-level meeting on the overall review of the implementation of the outcomes of the World Summit on the "
    "Information Society"
)


@pytest.mark.parametrize(
    ("lines", "days"),
    [
        (
            (
                "United Nations General Assembly",
                _REVIEW,
                "New York, 15-16 December 2025",
                "Remarks by Ms Ana Lindqvist, Deputy Director of the Bureau",
                "Mr President, excellencies, I thank the President for convening this meeting.",
            ),
            (date(2025, 12, 15), date(2025, 12, 16)),
        ),
        (
            (
                "General Assembly, eightieth session",
                _REVIEW,
                "New York, 16-17 December 2025",
                "Statement by the Permanent Representative of Norland",
                "Mr President, Norland joins the consensus on the outcome document.",
            ),
            (date(2025, 12, 16), date(2025, 12, 17)),
        ),
    ],
)
def test_a_long_title_line_is_dated_by_the_dateline_under_it(lines: tuple[str, ...], days: tuple[date, date]) -> None:
    assert event_days(None, *lines).get("wsis-20-review") == days


def test_a_long_sentence_over_a_dateline_is_no_title() -> None:
    lines = (
        "United Nations General Assembly",
        _REVIEW + " will be convened by the President of the General Assembly in the coming year.",
        "New York, 15-16 December 2025",
        "Mr President, excellencies, I thank you.",
    )
    assert event_days(None, *lines).get("wsis-20-review") != (date(2025, 12, 15), date(2025, 12, 16))

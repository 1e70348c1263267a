"""An OCR letter in the number a label names is a digit (round 59): ``Resolution l7 (Rev. Dubai, 2014)``, ``Study
Group l6``, ``Document 4l-E``, ``paragraph l05`` are a resolution, a group, a document and a paragraph numbered 17,
16, 41 and 105; the text kept the letter, so the resolution, the document and the group were not found. A number
with no such label before it is left as written. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from wsiskg.ingest.text import normalize


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("The proposals to amend Resolution l3 (Rev. Kigali, 2030) were noted.", "Resolution 13 (Rev."),
        ("It recommended that ITU-T Study Group l2 start work on the topic.", "Study Group 12 start"),
        ("Ms Ana Vidal presented Document 3l-E on the budget.", "Document 31-E on"),
        ("The award follows paragraph l08 of the Tunis Agenda.", "paragraph 108 of"),
        ("Under agenda item l4, the Committee approved the plan.", "item 14, the"),
    ],
)
def test_an_ocr_letter_in_a_labelled_number_is_a_digit(text: str, mended: str) -> None:
    assert mended in normalize(text)


@pytest.mark.parametrize(
    "text",
    ["It brought together l56 participants from the region.", "The Il group met at noon.", "Its code is O2."],
)
def test_a_number_with_no_label_stays_as_written(text: str) -> None:
    assert normalize(text) == text

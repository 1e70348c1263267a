"""A header's genre cue written as a plain text or OCR writes it (ingest/extract/genre.py): a spaced hyphen for the
dash that separates a header's fields, a letter read for a digit in a numbered cue's number."""

from __future__ import annotations

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.genre import line_genre, records_meeting, report_genre


@pytest.mark.parametrize(
    ("title", "genre"),
    [
        ("Council 2034 - Report by the Secretary-General", "secretary-general"),
        ("Document C35/12-E - Note by the Secretariat", "secretary-general"),
        ("Conference Preparatory Meeting - Contribution from the Republic of Palau", "contribution"),
    ],
)
def test_a_spaced_hyphen_separates_a_header_s_fields(title: str, genre: str) -> None:
    report = make_report("Geneva, 8-17 June 2034", "1 Introduction", title=title)
    assert report_genre(report) == genre
    assert not records_meeting(report)


def test_a_hyphen_inside_a_word_separates_nothing() -> None:
    report = make_report("Lusaka, 3 May 2033", title="Summary of the Sub-Regional Meeting on E-Waste")
    assert report_genre(report) in (None, "record")
    assert records_meeting(report)


@pytest.mark.parametrize("line", ["DECISION 61O", "RESOLUTION l23", "Resolution 2l (Rev. Apia, 2034)"])
def test_a_numbered_cue_read_by_ocr_is_a_resolution(line: str) -> None:
    assert line_genre(line) == "resolution"


def test_a_numbered_cue_needs_a_digit() -> None:
    assert line_genre("RESOLUTION IOI") is None

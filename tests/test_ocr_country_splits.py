"""A country's one-word name split by OCR is joined (round 55, ``ocr_words._country_join``): ``Para guay``,
``Switzer land``, ``Niger ia``, even when one part is a word of the lists (``para``, ``land``), since the other is
none; two words that are both words (``To go``, ``Nor way``) stay apart. A dateline whose place was split so is a
dateline again, and dates the meeting its header names. Our own names and sentences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, mended, parsed_text


@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        ("Asunción, Para guay, 2-4 March 2031", "Asunción, Paraguay, 2-4 March 2031"),
        ("Bern, Switzer land, 9 May 2031", "Bern, Switzerland, 9 May 2031"),
        ("The delegate of Niger ia asked for a workshop.", "The delegate of Nigeria asked for a workshop."),
        ("Lilongwe, Mal awi, 14-15 June 2030", "Lilongwe, Malawi, 14-15 June 2030"),
    ],
)
def test_a_country_split_by_ocr_is_joined(noisy: str, clean: str) -> None:
    assert mended(noisy) == [clean]


@pytest.mark.parametrize(
    "text",
    [
        "To go further, the Group asked for a survey.",
        "Neither the Board nor way of working was changed.",
        "The delegate of Niger is the Vice-Chair.",
    ],
)
def test_two_words_that_make_a_country_stay_apart(text: str) -> None:
    assert mended(text) == [text]


@pytest.mark.parametrize(
    ("title", "dateline", "start", "end"),
    [
        ("Regional Preparatory Meeting for the Americas (RPM-AMS)", "Asunción, Para guay, 13-15 June 2031",
         date(2031, 6, 13), date(2031, 6, 15)),
        ("Regional Forum on Spectrum Pricing for Europe (RFSP-EUR)", "Bern, Switzer land, 4-5 March 2032",
         date(2032, 3, 4), date(2032, 3, 5)),
        ("Sub-Regional Workshop on Rural Broadband (SRW-RB)", "Abuja, Niger ia, 20-22 October 2030",
         date(2030, 10, 20), date(2030, 10, 22)),
    ],
)  # fmt: skip
def test_a_dateline_whose_country_ocr_split_dates_the_meeting(
    tmp_path: Path, title: str, dateline: str, start: date, end: date
) -> None:
    text = (
        f"{title}\n{dateline}\n\nLIST OF PARTICIPANTS (FIRST DAY)\n\n"
        "This document lists the participants registered at the close of the first day.\n"
    )
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None
    assert found[2:] == (start, end)

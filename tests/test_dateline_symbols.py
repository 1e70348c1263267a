"""A dateline closed by the record's own document symbol in brackets (``datelines.dateline``): ``Lima, 14 May 2031
(ADC-31/5)`` dates the meeting and names its place; the symbol is no place. A bracket of words is still read as
before (a mode, a place). Names, places, symbols and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.datelines import dateline


@pytest.mark.parametrize(
    ("line", "start", "end", "place"),
    [
        ("Lima, 14 May 2031 (ADC-31/5)", date(2031, 5, 14), None, "Lima"),
        ("Tbilisi, 3-4 October 2030 (Document SCB-30/12)", date(2030, 10, 3), date(2030, 10, 4), "Tbilisi"),
        ("Apia, 9 March 2032 (Doc. PDF/2032/3-E)", date(2032, 3, 9), None, "Apia"),
        ("Lima, 14 May 2031 (hybrid)", date(2031, 5, 14), None, "Lima"),
    ],
)
def test_a_dateline_closed_by_a_symbol_in_brackets(line: str, start: date, end: date | None, place: str) -> None:
    found = dateline(line)
    assert found is not None
    assert (found[0].start, found[0].end, found[1]) == (start, end, place)


def test_a_bracket_of_words_with_a_number_is_no_symbol() -> None:
    assert dateline("Lima, 14 May 2031 (see annex 3 for the list of the 40 participants)") is None


def test_the_record_s_dateline_with_its_symbol_dates_its_meeting_over_a_later_mention() -> None:
    report = make_report(
        "Conclusions of the 5th meeting of 2031",
        "Lima, 14 May 2031 (ADC-31/5)",
        "Present: the Chair and four members.",
        "The Council took note of the outcomes of the forum meeting held on 2 May 2031.",
        title="ANDEAN DATA COUNCIL",
    )
    assert _meeting(report) == ("andean-data-council", 5, date(2031, 5, 14), None)

"""Dates written in other styles than the sample's: ranges with ordinals, "between ... and",
US order, "from ... to", and day ranges with a slash (only before a month)."""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.dates import find_dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("between 3 and 5 July 2024", date(2024, 7, 3), date(2024, 7, 5)),
        ("3rd – 5th July 2024", date(2024, 7, 3), date(2024, 7, 5)),
        ("3rd-5th of July 2024", date(2024, 7, 3), date(2024, 7, 5)),
        ("July 3-5, 2024", date(2024, 7, 3), date(2024, 7, 5)),
        ("from 6 to 7 February 2024", date(2024, 2, 6), date(2024, 2, 7)),
    ],
)
def test_date_ranges(text: str, start: date, end: date) -> None:
    (d,) = find_dates(text)
    assert (d.start, d.end) == (start, end)


def test_slash_day_range_only_before_a_month() -> None:
    (d,) = find_dates("3/5 July 2024")
    assert (d.start, d.end) == (date(2024, 7, 3), date(2024, 7, 5))
    assert [x.precision for x in find_dates("CWG-WSIS&SDG-40/5 July 2024 and C24/12 July 2024")] == ["month", "month"]
    assert find_dates("2/3 of the members") == []


# ------------------------------------------------------------------ days written as ordinal words (issue 8, Part 2.3)
@pytest.mark.parametrize(
    ("text", "start", "end", "written"),
    [
        ("no later than the ninth of October 2031.", date(2031, 10, 9), None, "ninth of October 2031"),
        ("on the Twenty-Second of March 2029", date(2029, 3, 22), None, "Twenty-Second of March 2029"),
        ("on the thirty-first of August 2030", date(2030, 8, 31), None, "thirty-first of August 2030"),
        (
            "is planned for the eleventh to the thirteenth of June 2032",
            date(2032, 6, 11),
            date(2032, 6, 13),
            "eleventh to the thirteenth of June 2032",
        ),
        ("from the 2nd to the 4th of May 2030", date(2030, 5, 2), date(2030, 5, 4), "2nd to the 4th of May 2030"),
    ],
)
def test_days_written_as_ordinal_words(text: str, start: date, end: date | None, written: str) -> None:
    (d,) = find_dates(text)
    assert (d.start, d.end, d.text) == (start, end, written)
    assert text[d.span[0] : d.span[1]] == written  # offsets are those of the text as written


def test_an_ordinal_word_is_a_day_only_before_a_month() -> None:
    assert find_dates("the second of the three proposals, and the fifth session in 2030") == []
    (d,) = find_dates("on the second of May", 2031)  # no year written: the default year
    assert (d.start, d.year_written) == (date(2031, 5, 2), False)
    assert [d.precision for d in find_dates("the fortieth of May 2030")] == ["month"]  # no such day

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

"""A date or date range found in a text: :class:`DateSpan` (its days, its text and offsets, its
precision, whether its year was written), what every date reader returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DateSpan:
    start: date
    end: date | None  # None for a single day (or single month/year, see ``precision``)
    text: str  # the matched text
    span: tuple[int, int]  # character offsets in the input
    open_ended: bool = False  # "15 March onwards"
    precision: str = "day"  # "day" | "month" | "year"
    #: False when no year was written and ``default_year`` completed the date
    year_written: bool = True

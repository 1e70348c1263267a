"""A line that is only a numbered sitting and its dates, a space between (``event_rows._ordinal_line``): the items
of a schedule under ``the Board has decided to hold its meetings in 2031 as follows:``. Names, bodies and dates are
our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.events import find_events


def _events(*texts: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.name: (e.start, e.end) for e in find_events(make_report(*texts))}


@pytest.mark.parametrize(
    ("texts", "name", "days"),
    [
        (
            (
                "The Spectrum Appeals Board has decided to hold its meetings in 2031 as follows:",
                "52nd meeting 7-11 April 2031",
            ),
            "52nd meeting",
            (date(2031, 4, 7), date(2031, 4, 11)),
        ),
        (
            ("The Assembly of the Telecentre Network will meet twice in 2032:", "3rd session 14 and 15 July 2032."),
            "3rd session",
            (date(2032, 7, 14), date(2032, 7, 15)),
        ),
        (
            ("Sessions planned by the Commission:", "Twenty-first session 2-6 November 2033;"),
            "Twenty-first session",
            (date(2033, 11, 2), date(2033, 11, 6)),
        ),
    ],
)
def test_a_line_of_a_numbered_sitting_and_its_dates_is_that_sitting(texts, name, days):
    assert _events(*texts).get(name) == days


@pytest.mark.parametrize(
    "text",
    [
        "52nd meeting 7-11 April 2031 and the workshop on numbering",  # more after the dates: a sentence
        "52nd meetings 7-11 April 2031",  # the plural
    ],
)
def test_no_sitting_when_the_line_is_more_than_it_and_its_dates(text):
    assert not any(n.startswith("52nd") for n in _events("The Board will meet in 2031:", text))

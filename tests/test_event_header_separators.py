"""Events: a header line naming an event with its year, a separator and its days (``Andean Broadband Forum
2030 – 3-4 June``, ``... · 3-4 June``, ``... | Quito | 3-4 June``) names that event with those days, whatever the
separator; a span of years after the name (``2030-2031``, ``2030–31``) is no dateline. Names, places and dates
are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract

D = date


def _events(*texts: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.name: (e.start, e.end) for e in extract(make_report(*texts, title="Outcome")).events}


@pytest.mark.parametrize(
    ("line", "name", "start", "end"),
    [
        ("Andean Broadband Forum 2030 – 3-4 June", "Andean Broadband Forum 2030", D(2030, 6, 3), D(2030, 6, 4)),
        ("Baltic Cable Summit 2031 - 12 May", "Baltic Cable Summit 2031", D(2031, 5, 12), None),
        ("Island Data Symposium 2032 — 7–9 October", "Island Data Symposium 2032", D(2032, 10, 7), D(2032, 10, 9)),
        ("Andean Broadband Forum 2030 · 3-4 June", "Andean Broadband Forum 2030", D(2030, 6, 3), D(2030, 6, 4)),
    ],
)
def test_a_header_line_of_an_event_a_separator_and_its_days_dates_the_event(line, name, start, end) -> None:
    assert _events(line, "Summary of outcomes", "Participants agreed to meet again.")[name] == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "The Digital Skills Forum 2030-2031 work programme was adopted on 3 May 2030.",
        "The Regional Cable Summit 2030–31 cycle closed on 3 May 2031.",
    ],
)
def test_a_span_of_years_after_a_name_is_no_edition(text: str) -> None:
    assert not any(n.endswith(("2030", "2031")) and "–" not in n for n in _events(text))

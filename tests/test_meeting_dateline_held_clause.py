"""A dateline closed by a clause saying how the meeting was held beside another (``Dakar, 9 May 2031 - held on the
eve of X``, round 32): the meeting's own day, not the other event's range a line under it gives (``(X-31, 10-12 May
2031)``). Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.datelines import dateline

D = date


@pytest.mark.parametrize(
    ("line", "day", "place"),
    [
        (
            "Lusaka, Zambia, 9 May 2031 - held on the eve of the 12th Southern Africa Spectrum Summit",
            D(2031, 5, 9),
            "Lusaka, Zambia",
        ),
        ("Lima, 4 March 2032 – held back to back with the Andean Regional Forum", D(2032, 3, 4), "Lima"),
        ("Accra, 7 October 2033 — organized alongside the West Africa ICT Week", D(2033, 10, 7), "Accra"),
    ],
)
def test_a_held_clause_after_a_dash_ends_the_dateline(line: str, day: date, place: str) -> None:
    found = dateline(line)
    assert found is not None and (found[0].start, found[0].end, found[1]) == (day, None, place)


def test_a_sentence_after_a_dash_still_makes_no_dateline() -> None:
    assert dateline("Lima, 4 March 2032 - the participants agreed on a work plan") is None


@pytest.mark.parametrize(
    ("dated", "other", "day"),
    [
        (
            "Lusaka, Zambia, 9 May 2031 - held on the eve of the 12th Southern Africa Spectrum Summit",
            "(SASS-12, 10-12 May 2031)",
            D(2031, 5, 9),
        ),
        (
            "Lima, 4 March 2032 – held back to back with the Andean Regional Forum",
            "(ARF-32, 5-6 March 2032)",
            D(2032, 3, 4),
        ),
    ],
)
def test_the_meeting_held_beside_another_keeps_its_own_day(dated: str, other: str, day: date) -> None:
    report = make_report(
        dated,
        other,
        "SUMMARY OF DISCUSSIONS",
        "The Dialogue was opened by the Director and moderated by Ms K. Aalto, Chief of the Regulatory Division.",
        title="Regional Operators-Regulators Dialogue (RORD)",
    )
    found = _meeting(report)
    assert found is not None and found[0] == "rord" and found[2] == day and found[3] in (None, day)

"""Two names joined by an en dash with no space inside a meeting's body (``meeting_mentions._NAME_WORD``; round 54):
a bilateral body, ``Eleventh meeting of the Morocco–Spain Joint ... Committee``, was no name at all (the reader of a
name outside the catalogue read a hyphen, not an en dash, between two capitalised words), so a record of such a
body's meeting had no own meeting."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_parts


@pytest.mark.parametrize(
    ("lines", "key", "number", "days"),
    [
        (
            ("MINUTES", "Ninth meeting of the Chile–Argentina Border Frequency Commission",
             "Mendoza, 3–5 May 2032", "1. The ninth meeting of the Commission was held in Mendoza."),
            "chile-argentina-border-frequency-commission",
            9,
            (date(2032, 5, 3), date(2032, 5, 5)),
        ),
        (
            ("Summary record", "Fourth meeting of the Uganda–Tanzania Joint Technical Committee on Broadcasting",
             "Entebbe, 14 and 15 July 2031", "1 The Committee adopted its agenda."),
            "uganda-tanzania-joint-technical-committee-on-broadcasting",
            4,
            (date(2031, 7, 14), date(2031, 7, 15)),
        ),
        (
            ("Report", "Second meeting of the Nordic–Baltic Spectrum Coordination Group",
             "Tallinn, 20–21 March 2030"),
            "nordic-baltic-spectrum-coordination-group",
            2,
            (date(2030, 3, 20), date(2030, 3, 21)),
        ),
    ],
)  # fmt: skip
def test_a_name_joined_by_an_en_dash_is_the_body_that_met(
    lines: tuple[str, ...], key: str, number: int, days: tuple[date, date]
) -> None:
    assert meeting_parts(make_report(*lines)) == (key, number, *days)


def test_a_spaced_dash_still_ends_the_name() -> None:
    """``X Committee – Report``: a dash with spaces sets off the page's words, not a joined name."""
    found = meeting_parts(make_report("Third meeting of the Andean Radio Committee – Summary", "Quito, 2–3 June 2031"))
    assert found is not None and found[0] == "andean-radio-committee"

"""Events: a series' code with two digits of a year of the last century (``PP-98``, ``WRC-97``) is that year's
edition, dated by its own dates (``text.full_year``); two digits below 50 stay this century's. Names,
places, dates and sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.text import full_year


@pytest.mark.parametrize(
    ("text", "key", "start"),
    [
        (
            "Born in 1948, Mr Kofi Mensah-Lartey represented his country at the Plenipotentiary Conference (PP-98), "
            "held in Minneapolis from 12 October to 6 November 1998, where he chaired a working group.",
            "pp-98",
            date(1998, 10, 12),
        ),
        (
            "She led the delegation to the World Radiocommunication Conference (WRC-97), held in Geneva from 27 "
            "October to 21 November 1997.",
            "wrc-97",
            date(1997, 10, 27),
        ),
        (
            "He represented Samoa at the first World Telecommunication Development Conference (WTDC-94), held in "
            "Buenos Aires from 21 to 29 March 1994.",
            "wtdc-94",
            date(1994, 3, 21),
        ),
    ],
)
def test_a_code_of_the_last_century_is_dated_by_its_own_dates(text, key, start) -> None:
    events = {e.key: e for e in extract(make_report(text, "He retired in 2012.", title="In memoriam")).events}
    assert events[key].start == start


def test_two_digits_name_a_year_of_either_century() -> None:
    assert (full_year(94), full_year(2), full_year(31)) == (1994, 2002, 2031)

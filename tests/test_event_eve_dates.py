"""An event dated by the day before it (``event_dates.dated_before``, ``date_words.csv`` role ``eve``): a day
written right before ``the day before X`` is the day before X's opening, so X opens the day after it, and the
event held on that day keeps it; ``on the eve of X`` is looser (some days before) and dates nothing. Names,
places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts

D = date


@pytest.mark.parametrize(
    ("text", "first", "first_day", "later", "later_day"),
    [
        (
            "The Office announced that a training on spectrum pricing will be held in Dakar on 8 March 2031, the day "
            "before the 12th meeting of the West African Spectrum Group.",
            "training on spectrum pricing",
            D(2031, 3, 8),
            "12th meeting of the West African Spectrum Group",
            D(2031, 3, 9),
        ),
        (
            "Delegates were invited to a coordination meeting of the Andean Committee to be held in Lima on "
            "30 April 2030, the day before WTDC-30.",
            "coordination meeting of Andean Committee",
            D(2030, 4, 30),
            "World Telecommunication Development Conference 2030",
            D(2030, 5, 1),
        ),
        (
            "A workshop on rural broadband was organized in Apia on Sunday, 2 February 2031 (the day before the "
            "Pacific Connectivity Summit 2031).",
            "workshop on rural broadband",
            D(2031, 2, 2),
            "Pacific Connectivity Summit 2031",
            D(2031, 2, 3),
        ),
        (
            "A briefing for new delegates took place on 31 December 2029, the day before the fifth meeting of "
            "the Nordic Data Council.",
            "briefing for new delegates",
            D(2029, 12, 31),
            "fifth meeting of the Nordic Data Council",
            D(2030, 1, 1),
        ),
    ],
)
def test_the_day_before_an_event_dates_it_the_day_after(
    text: str, first: str, first_day: date, later: str, later_day: date
) -> None:
    found = event_starts(text)
    assert found[first] == first_day
    assert found[later] == later_day


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "on the eve of" is said of some days before as well
        (
            "The Board will meet in Lima on 20 September 2031, on the eve of the 12th meeting of the West African "
            "Spectrum Group.",
            "12th meeting of the West African Spectrum Group",
        ),
        # the day after an event names its end, not its opening: no start is read from it
        (
            "A field visit was organized on 9 May 2031, the day after the 12th meeting of the West African "
            "Spectrum Group.",
            "12th meeting of the West African Spectrum Group",
        ),
        # a range is no single day before the event
        (
            "Training sessions were held on 7 and 8 March 2031, the days before the 12th meeting of the West "
            "African Spectrum Group.",
            "12th meeting of the West African Spectrum Group",
        ),
    ],
)
def test_no_opening_day_is_read_from_the_day_after_or_from_several_days(text: str, name: str) -> None:
    assert event_starts(text)[name] is None


def test_the_day_before_a_generic_phrase_makes_no_event_of_it() -> None:
    # "the Board's meeting" names the Board's numbered meeting again: reckoned, its day makes no other event
    found = event_starts(
        "The Union welcomed the open briefing held on 8 March 2031, the day before the Board's meeting, and noted "
        "the replies received."
    )
    assert found == {"open briefing": date(2031, 3, 8)}


def test_a_day_after_the_event_another_is_held_on_the_eve_of_is_the_eves() -> None:
    """``A ... on the eve of X, <day>`` (``event_eve_dates.eve_days``, ``date_words.csv`` role ``eve-of``): the day set
    off by a comma after ``X`` is the day of ``A``, which has none of its own; ``X`` opens later and keeps none."""
    found = event_starts(
        "The meeting closed at 16.15. The next Steering Committee meeting will take place on the eve of the "
        "extraordinary session of the Nordic Data Council, 11 March 2032."
    )
    assert found.get("next Steering Committee meeting") == D(2032, 3, 11)
    assert all(day is None for name, day in found.items() if "Nordic Data Council" in name)


def test_a_range_after_the_event_held_later_stays_its_own() -> None:
    found = event_starts(
        "The first Pacific Standards Dialogue was held in Apia on 6 May 2031, on the eve of the Pacific "
        "Standards Assembly, 7-9 May 2031."
    )
    assert found.get("Pacific Standards Dialogue") == D(2031, 5, 6)
    assert found.get("Pacific Standards Assembly") == D(2031, 5, 7)

"""The one reader of a header line's dateline (``datelines.front_dateline``), in the forms the events' header
reader once handled on its own: the header's columns run together (a dateline followed by the document's
issue date), fields each ended by a full stop, and a line running on into the next (ending with a comma or a
semicolon), which is prose. Places, symbols and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.datelines import front_dateline

D = date


@pytest.mark.parametrize(
    ("line", "start", "end", "place"),
    [
        ("Port Elm, 16-17 September 2031 2 September 2031", D(2031, 9, 16), D(2031, 9, 17), "Port Elm"),
        ("Windhoek, 4-8 March 2033 12 February 2033.", D(2033, 3, 4), D(2033, 3, 8), "Windhoek"),
        ("Apia, 21 June 2034 30 May 2034", D(2034, 6, 21), None, "Apia"),
    ],
)
def test_a_dateline_the_issue_date_follows_on_its_line(line: str, start: date, end: date | None, place: str) -> None:
    found = front_dateline(line)
    assert found is not None
    assert (found[0].start, found[0].end, found[1]) == (start, end, place)


@pytest.mark.parametrize(
    ("line", "start", "end", "place"),
    [
        ("Document Z31/12-E, 3 April 2031. Port Elm, 17-27 April 2031", D(2031, 4, 17), D(2031, 4, 27), "Port Elm"),
        ("Suva, 13-23 June 2032. Document Q32/96-E. Friday, 16 June 2032", D(2032, 6, 13), D(2032, 6, 23), "Suva"),
        ("Paper R33/4-E, 2 May 2033. Quito, 9 May 2033", D(2033, 5, 9), None, "Quito"),
    ],
)
def test_one_of_the_fields_ended_by_full_stops(line: str, start: date, end: date | None, place: str) -> None:
    found = front_dateline(line)
    assert found is not None
    assert (found[0].start, found[0].end, found[1]) == (start, end, place)


@pytest.mark.parametrize(
    "line",
    [
        "The Board, at its 2031 session (Port Elm, 3-13 May 2031),",
        "The Assembly, at its fourth meeting (Suva, 8 June 2032);",
        "Recalling the outcome of the Forum session (Quito, 1-2 July 2033),",
    ],
)
def test_a_line_running_on_into_the_next_is_prose(line: str) -> None:
    assert front_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Port Elm, 3-13 May 2031,", D(2031, 5, 3)),
        ("Suva, 8 June 2032;", D(2032, 6, 8)),
        ("Quito, 1-2 July 2033 (hybrid),", D(2033, 7, 1)),
    ],
)
def test_a_whole_dateline_before_a_comma_is_still_read(line: str, start: date) -> None:
    found = front_dateline(line)
    assert found is not None
    assert found[0].start == start


@pytest.mark.parametrize(
    ("line", "start", "end", "place"),
    [
        ("Port Elm · 4–6 March 2031", D(2031, 3, 4), D(2031, 3, 6), "Port Elm"),
        ("Apia, Samoa · 21 June 2034", D(2034, 6, 21), None, "Apia, Samoa"),
        ("Quito • 9-10 May 2033", D(2033, 5, 9), D(2033, 5, 10), "Quito"),
    ],
)
def test_a_middle_dot_between_the_place_and_the_dates(line: str, start: date, end: date | None, place: str) -> None:
    found = front_dateline(line)
    assert found is not None
    assert (found[0].start, found[0].end, found[1]) == (start, end, place)

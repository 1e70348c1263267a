"""Events: an event named with a participle of holding and its host, set off by a comma, a dash or a bracket
(``X, held during the Y Forum 2031``, ``X — held at the Y``, ``X (held during ...)``: ``event_dates.held_during``)
is an event dated by its host's dates (decision 9); named without ``the`` it is one only opening the text (a
header line). Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts as _events

D = date


@pytest.mark.parametrize(
    ("line", "name", "host", "day"),
    [
        (
            "Facilitation Meeting on Action Line C7 (e-agriculture) — held during the WSIS Forum 2031, Geneva, "
            "6 May 2031",
            "Facilitation Meeting on Action Line C7",
            "WSIS Forum 2031",
            D(2031, 5, 6),
        ),
        (
            "Consultation Meeting on Open Data, held during the Baltic Cable Summit 2032, Riga, 12-13 May 2032",
            "Consultation Meeting on Open Data",
            "Baltic Cable Summit 2032",
            D(2032, 5, 12),
        ),
        (
            "Expert Meeting on Rural Connectivity (held during the Andean Broadband Forum 2030, Quito, 3 June 2030)",
            "Expert Meeting on Rural Connectivity",
            "Andean Broadband Forum 2030",
            D(2030, 6, 3),
        ),
        (
            "Stakeholder Dialogue on Digital Skills held at the Island Data Symposium 2029 (Suva, 7-9 October 2029)",
            "Stakeholder Dialogue on Digital Skills",
            "Island Data Symposium 2029",
            D(2029, 10, 7),
        ),
    ],
)
def test_a_header_line_of_an_event_held_during_another_names_both(line, name, host, day) -> None:
    events = _events(line, "Summary of the discussions", "Participants exchanged views on the topic.")
    assert (events.get(name), events.get(host)) == (day, day)


def test_a_named_event_set_off_by_a_comma_before_held_during_takes_the_hosts_dates() -> None:
    text = (
        "The Youth Dialogue on Open Science, held during the WSIS Forum 2031 (Geneva, 4-8 May 2031), "
        "was chaired by UNESCO."
    )
    assert _events("The Forum opened in Norland.", text).get("Youth Dialogue on Open Science") == D(2031, 5, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Participants recalled that Regional Meeting on Fibre Networks had been useful.",
        "The Council noted that Expert Meeting on Spectrum Pricing reports were published on 3 May 2031.",
    ],
)
def test_a_name_without_the_inside_a_sentence_is_no_undated_event(text: str) -> None:
    events = _events("The Forum opened in Norland.", text)
    assert "Regional Meeting on Fibre Networks" not in events and "Expert Meeting on Spectrum Pricing" not in events

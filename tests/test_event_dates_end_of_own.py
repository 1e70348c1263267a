"""Where an event's own dates end. Its dates in the bracket after its name are all of them: a date after
the bracket is another thing's (an act, a signing, a side event) and does not stretch the event
(``event_prose._mention_dates``). A table flattened into one line gives each event the dates of its own row:
the next row's name and place, capitalised words alone between two dates, end the first event's dates
(``event_mention_dates._before_next_row``). Names, places and years are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import Section

D = date


def _days(text: str) -> dict[str, tuple[date | None, date | None]]:
    report = make_report(text, title="Summary record", sections=(Section("1", "Debate", None, 1),), section="1")
    return {e.name: (e.start, e.end) for e in extract(report).events}


@pytest.mark.parametrize(
    ("text", "name", "days"),
    [
        (
            "The delegates recalled that WRC-31 (Lima, 3-28 November 2031) on 29 November adopted the Final Acts.",
            "World Radiocommunication Conference 2031",
            (D(2031, 11, 3), D(2031, 11, 28)),
        ),
        (
            "The Acts were signed at the Summit on Data Commons (Abuja, 4–7 May 2030), on 8 May 2030.",
            "Summit on Data Commons",
            (D(2030, 5, 4), D(2030, 5, 7)),
        ),
        (
            "The Council noted the results of PP-30 (Doha, 2-20 October 2030) and, on 21 October 2030, "
            "the deposit of the instruments.",
            "Plenipotentiary Conference 2030",
            (D(2030, 10, 2), D(2030, 10, 20)),
        ),
    ],
)
def test_a_date_after_the_bracket_of_its_own_dates_is_not_the_events(
    text: str, name: str, days: tuple[date, date]
) -> None:
    assert _days(text)[name] == days


def test_all_the_dates_in_its_bracket_are_its_own() -> None:
    found = _days("Delegates met at the Summit on Data Commons (Abuja, 4 May and 6-8 May 2030) on 9 May 2030.")
    assert found["Summit on Data Commons"] == (D(2030, 5, 4), D(2030, 5, 8))


def test_a_list_of_its_days_without_a_bracket_still_runs_on() -> None:
    found = _days("The WSIS Forum 2031 was held on 5 May 2031, 6 May 2031 and 7 May 2031.")
    assert found["WSIS Forum 2031"] == (D(2031, 5, 5), D(2031, 5, 7))


@pytest.mark.parametrize(
    ("text", "name", "days"),
    [
        (
            "Meeting Place Date WSIS Forum 2031 Geneva 5-9 May 2031 Regional Workshop on Spectrum Lusaka "
            "12-14 June 2031 Council 2031 Geneva 17-27 June 2031",
            "WSIS Forum 2031",
            (D(2031, 5, 5), D(2031, 5, 9)),
        ),
        (
            "Event Venue Dates GSR-33 Accra 8-10 July 2033 Caribbean Broadband Forum Bridgetown 2-4 September 2033",
            "Global Symposium for Regulators 2033",
            (D(2033, 7, 8), D(2033, 7, 10)),
        ),
        (
            "Events ahead: WTDC-34 Santiago 3-14 April 2034; Pacific ICT Ministerial Meeting Suva 20 May 2034",
            "World Telecommunication Development Conference 2034",
            (D(2034, 4, 3), D(2034, 4, 14)),
        ),
        (  # a joiner a name alone on a line holds (casing.line_joiners): "to"
            "Event Venue Dates WSIS Forum 2035 Geneva 7-11 May 2035 Seminar on Access to Finance Kampala 4-5 June 2035",
            "WSIS Forum 2035",
            (D(2035, 5, 7), D(2035, 5, 11)),
        ),
    ],
)
def test_the_next_row_of_a_flattened_table_ends_the_events_dates(text: str, name: str, days: tuple[date, date]) -> None:
    assert _days(text)[name] == days

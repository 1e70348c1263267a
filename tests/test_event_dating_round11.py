"""Events, round 11: a report of no year reads its days in the year it writes them in, a day of a
programme is no observance, a place with a particle in an event's bracket. Sentences are our own."""

from __future__ import annotations

from datetime import date

from extract_support import make_report

from wsiskg.ingest.extract.events import event_mentions, find_events, written_year


# ------------------------------------------------------------------ a report of no year
def test_a_report_of_no_year_dates_its_events_in_the_year_its_days_are_written_in() -> None:
    report = make_report(
        "The Andean Spectrum Symposium took place in Cusco from 3 to 6 August 2031.",
        "Date, Session, Moderator",
        "4 August, Licensing satellite broadband in mountain regions, Ms Ana Quispe, Regulator, Bolivia",
        "The Symposium prize ceremony was held on 5 August.",
        section="1",
    )
    events = {e.name: e.start for e in find_events(report)}
    assert events["Licensing satellite broadband in mountain regions"] == date(2031, 8, 4)
    assert events["Symposium prize ceremony"] == date(2031, 8, 5)


def test_the_written_year_is_the_one_written_most_often_the_later_on_a_tie() -> None:
    assert written_year(make_report("Adopted on 2 May 2029.", "Held on 3 June 2030 and 4 June 2030.")) == 2030
    assert written_year(make_report("Held on 3 June 2030.", "Recalled on 2 May 2029.")) == 2030
    assert written_year(make_report("In 2030 the Panel met in June.")) is None  # a year alone, a month: no day


# ------------------------------------------------------------------ a day of a programme
def test_a_numbered_day_of_a_programme_is_no_event() -> None:
    assert event_mentions("Day 3 - Wednesday, 14 May", 2031) == []
    assert event_mentions("DAY 2 – Tuesday 13 May 2031", 2031) == []
    (found,) = event_mentions("International Day of Rural Radio, 13 February 2031", 2031)
    assert (found.name, found.start) == ("International Day of Rural Radio", date(2031, 2, 13))


# ------------------------------------------------------------------ a place with a particle
def test_a_place_with_a_particle_in_the_bracket_after_an_event() -> None:
    text = (
        "The Group noted the dates of the Radiocommunication Assembly (Dar es Salaam, 6-10 October 2031) "
        "and of the World Telecommunication Development Conference (Sharm el-Sheikh, 3-14 November 2031)."
    )
    found = {m.key: m.start for m in event_mentions(text, 2031)}
    assert found["ra-31"] == date(2031, 10, 6)
    assert found["wtdc-31"] == date(2031, 11, 3)

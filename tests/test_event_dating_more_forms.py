"""Events: a report of no year reads its days in the year it writes them in, a day of a
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


def test_the_written_year_is_the_last_year_a_day_is_written_with() -> None:
    report = make_report("Held on 3 June 2029 and 4 June 2029.", "Its partners will meet in Accra on 2 May 2030.")
    assert written_year(report) == 2030
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


# ------------------------------------------------------------------ the meeting a contribution is for
def test_a_contributions_header_names_the_meeting_it_is_for_by_its_group_and_days() -> None:
    report = make_report(
        "STUDY GROUP 11 – CONTRIBUTION 87",
        "Question(s): 4/11 Lima, 2-11 March 2032",
        "Source: Uruguay",
        "Title: Signalling for rural access networks",
    )
    (found,) = [e for e in find_events(report) if e.start == date(2032, 3, 2)]
    assert (found.name, found.end) == ("meeting of Study Group 11", date(2032, 3, 11))


def test_an_advisory_groups_header_with_its_session_names_its_meeting_not_an_issue_date() -> None:
    report = make_report(
        "TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP",
        "Lima, 6-8 April 2032",
        "12 March 2032",
        "Source: Peru",
    )
    (found,) = find_events(report)
    assert (found.name, found.start) == (
        "meeting of the Telecommunication Development Advisory Group",
        date(2032, 4, 6),
    )
    issued = make_report("TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP", "Lima, 12 March 2032", "Source: Peru")
    assert find_events(issued) == ()

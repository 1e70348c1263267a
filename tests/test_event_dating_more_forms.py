"""Events: a report of no year reads its days in the year it writes them in, a day of a
programme is no observance, a place with a particle in an event's bracket. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.events import event_mentions, find_events, written_year
from wsiskg.ingest.records import Meeting


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


def test_a_day_of_history_gives_no_year_to_the_report() -> None:
    report = make_report(
        "One hundred years ago, on 9 October 1931, the first radio link reached the valley.",
        "The post-2031 strategy will be presented in Lima from 4 to 6 June.",
    )
    assert written_year(report) == 2031
    report = make_report("The Union was founded on 17 May 1865.", "The Forum will meet on 3 June 2032.")
    assert written_year(report) == 2032


def test_an_observance_of_a_fixed_day_named_without_its_year_is_the_reports_years() -> None:
    report = make_report(
        "Message of the Minister on World Telecommunication and Information Society Day",
        "Windhoek, 17 May 2032",
        "On this day we celebrate the founding of the Union.",
    )
    assert {e.name: e.start for e in find_events(report)} == {
        "World Telecommunication and Information Society Day 2032": date(2032, 5, 17)
    }
    found = {
        m.name: m.start for m in event_mentions("We will mark World Information Society Day on 17 May 2031.", 2032)
    }
    assert found == {"World Telecommunication and Information Society Day 2031": date(2031, 5, 17)}


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


# ------------------------------------------------------------------ a conference's header without its year
def test_a_header_line_naming_a_series_without_its_year_is_dated_by_the_dateline_under_it() -> None:
    minutes = make_report(
        "RADIOCOMMUNICATION ASSEMBLY",
        "Document RA31/PLEN/12-E",
        "Lusaka, 3-7 November 2031",
        "7 November 2031",
    )
    (found,) = [e for e in find_events(minutes) if e.key == "ra-31"]
    assert (found.start, found.end) == (date(2031, 11, 3), date(2031, 11, 7))
    record = make_report(
        "INTERNATIONAL TELECOMMUNICATION UNION",
        "Plenipotentiary Conference",
        "Apia, 28 September - 16 October 2034",
        "Document 88-E",
    )
    assert {e.key: e.start for e in find_events(record)}["pp-34"] == date(2034, 9, 28)


def test_a_series_header_over_another_events_dateline_or_an_issue_date_is_not_dated() -> None:
    prepared = make_report(
        "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE",
        "Regional Preparatory Meeting for the Arab States",
        "Muscat, 4-6 May 2033",
    )
    assert all(e.start != date(2033, 5, 4) for e in find_events(prepared) if e.key.startswith("wtdc"))
    issued = make_report("PLENIPOTENTIARY CONFERENCE", "Geneva, 12 March 2034", "Source: Fiji")
    assert all(not e.key.startswith("pp") for e in find_events(issued))


# ------------------------------------------------------------------ a chair's participle before the dates
def test_a_chairs_participle_between_an_event_and_its_dates() -> None:
    cases = {
        "A Smart Ports session chaired by Ms Ilse Varga (Hungary), Vice-Chair of Study Group 11, "
        "will also take place on the afternoon of 14 March 2032.": ("Smart Ports session", date(2032, 3, 14)),
        "A brainstorming session on fee structures, moderated by Mr Tomas Reyes (Chile), TDAG Vice-Chair, "
        "will take place on 9 June 2032.": ("brainstorming session on fee structures", date(2032, 6, 9)),
        "The panel on rural broadband led by the Minister of Digital Affairs of Samoa was held on 2 February 2032.": (
            "panel on rural broadband",
            date(2032, 2, 2),
        ),
    }
    for text, (name, start) in cases.items():
        assert [(m.name, m.start) for m in event_mentions(text, 2032)] == [(name, start)], text


# ------------------------------------------------------------------ held during another event, in a relative clause
def test_an_event_held_during_another_in_a_relative_clause_takes_the_hosts_dates() -> None:
    cases = {
        "ITU will organize a youth workshop on coding, to be held during the WSIS Forum 2032 "
        "(Geneva, 3-7 May 2032).": "youth workshop on coding",
        "UNEP will convene a side event on e-waste, which will take place during WTDC-33, held in Lima "
        "from 6 to 17 November 2033.": "side event on e-waste",
    }
    for text, name in cases.items():
        found = {m.name: m.start for m in event_mentions(text, 2032)}
        host = [m.start for m in event_mentions(text, 2032) if m.name != name]
        assert found[name] == host[0], text


@pytest.mark.parametrize(
    "text",
    [
        "Laureates will be honoured at the awards ceremony of the WSIS Forum 2032, to be held from 3 to 7 May 2032.",
        "BDT will run a clinic on the second day of WTDC-33, which will open in Lima on the sixth of November 2033.",
    ],
)
def test_a_host_named_ending_a_generic_events_topic_takes_the_dates_its_relative_clause_gives(text: str) -> None:
    events = find_events(make_report(text), 2032)
    starts = {e.key: e.start for e in events}
    host = next(k for k in starts if k in ("wsis-forum-2032", "wtdc-33"))
    assert len(events) == 2 and starts[host] is not None and len(set(starts.values())) == 1, starts


def test_a_host_ending_a_topic_without_a_set_off_clause_stays_undated() -> None:
    text = "Laureates will be honoured at the awards ceremony of the WSIS Forum 2032 from 3 to 7 May 2032."
    starts = {e.key: e.start for e in find_events(make_report(text), 2032)}
    assert starts.get("wsis-forum-2032", "absent") is None, starts


# ------------------------------------------------------------------ respectively
def test_events_named_before_their_dates_and_respectively_take_the_dates_in_order() -> None:
    text = (
        "The Radiocommunication Assembly (RA-35) and the World Radiocommunication Conference (WRC-35) will "
        "meet in Accra from 8 to 12 October and from 15 October to 9 November 2035 respectively."
    )
    found = {m.key: (m.start, m.end) for m in event_mentions(text, 2035)}
    assert found["ra-35"] == (date(2035, 10, 8), date(2035, 10, 12))
    assert found["wrc-35"] == (date(2035, 10, 15), date(2035, 11, 9))
    listed = (
        "The Andean Data Forum and the Caribbean Spectrum Summit took place "
        "on 3-4 May and 9-10 June 2031, respectively."
    )
    found = {m.name: m.start for m in event_mentions(listed, 2031)}
    assert found == {"Andean Data Forum": date(2031, 5, 3), "Caribbean Spectrum Summit": date(2031, 6, 9)}


# ------------------------------------------------------------------ a named event at or during which, "on <date>"
def test_a_named_event_after_at_or_during_takes_a_bare_on_date() -> None:
    cases = {
        "The Compact would be endorsed at the Summit on Digital Futures on 22-23 September 2031.": (
            "Summit on Digital Futures",
            date(2031, 9, 22),
        ),
        "Youth delegates spoke during the Pacific Digital Dialogue on 11 March 2031.": (
            "Pacific Digital Dialogue",
            date(2031, 3, 11),
        ),
        "At the Forum on Open Data on Monday, 4 May 2031, ministers agreed.": ("Forum on Open Data", date(2031, 5, 4)),
    }
    for text, expected in cases.items():
        assert [(m.name, m.start) for m in event_mentions(text, 2031)] == [expected], text


# ------------------------------------------------------------------ a month opening the clause
def test_a_month_opening_the_clause_dates_the_event_a_verb_will_hold() -> None:
    text = "In November, the Assembly will hold its high-level meeting on the review of the Digital Agenda."
    (found,) = event_mentions(text, 2033)
    assert (found.start, found.end, found.precision) == (date(2033, 11, 1), date(2033, 11, 30), "month")
    (found,) = event_mentions("On 4 May, ESCAP will convene a regional dialogue on data governance.", 2033)
    assert found.start == date(2033, 5, 4)


# ------------------------------------------------------------------ a title in quotes names a conference
def test_a_noun_that_is_no_event_alone_is_one_with_a_title_in_quotes() -> None:
    text = 'On 3-4 March 2032, Almaty hosted the regional conference "Rural Networks of the Steppe", with UNECE.'
    (found,) = event_mentions(text, 2032)
    assert (found.name, found.start) == ('regional conference "Rural Networks of the Steppe"', date(2032, 3, 3))
    assert event_mentions("The Group discussed the session on youth at length.", 2032) == []
    numbered = '4 On 3-4 March 2032, Almaty hosted the regional conference "Rural Networks", with UNECE.'
    (found,) = event_mentions(numbered, 2032)  # a paragraph's number before the opening date
    assert found.start == date(2032, 3, 3)


# ------------------------------------------------------------------ a record of several sittings
def test_a_record_of_two_plenary_meetings_lists_the_earlier_one_as_an_event() -> None:
    from wsiskg.ingest.records import Meeting

    report = make_report(
        "Council 2033",
        "Document C33/98-E",
        "Geneva, 7-17 June 2033",
        "OF THE",
        "FIFTH AND SIXTH PLENARY MEETINGS",
        "Thursday, 9 June 2033, at 0930 hours and 1430 hours",
    )
    own = Meeting(body="itu-council", number=6, start=date(2033, 6, 9))
    found = {e.name: e.start for e in find_events(report, meeting=own)}
    assert found["5th plenary meeting"] == date(2033, 6, 9)
    assert "6th plenary meeting" not in found


# ------------------------------------------------------------------ "the third and final meeting of X"
def test_an_ordinal_and_final_before_a_generic_noun_names_the_event() -> None:
    (found,) = event_mentions("The fourth and final meeting of the ERG will take place on 2-3 March 2032.", 2032)
    assert (found.name, found.start) == ("fourth and final meeting of the ERG", date(2032, 3, 2))
    (found,) = event_mentions("The sixth and last workshop on numbering was held on 9 May 2032.", 2032)
    assert (found.name, found.start) == ("sixth and last workshop on numbering", date(2032, 5, 9))


# ------------------------------------------------------------------ a meeting of people; a list after "preceded by"
def test_a_meeting_of_a_group_of_people_dated_by_its_own_dates() -> None:
    cases = {
        "The Assembly noted the slate proposed by the heads of delegation meeting held on 3 March 2032.": (
            "heads of delegation meeting",
            date(2032, 3, 3),
        ),
        "The Chair will brief them at the meeting of heads of delegation on 14 March 2032.": (
            "meeting of heads of delegation",
            date(2032, 3, 14),
        ),
    }
    for text, expected in cases.items():
        assert [(m.name, m.start) for m in event_mentions(text, 2032)] == [expected], text
    assert event_mentions("The Group discussed the meeting of the Bureau.", 2032) == []


def test_each_event_of_a_list_after_preceded_on_a_date_by_takes_that_date() -> None:
    text = (
        "The Symposium will be preceded on Monday, 4 October 2032, by a Youth Forum (#Next30) "
        "and a meeting of the heads of delegation."
    )
    assert {m.name: m.start for m in event_mentions(text, 2032)} == {
        "Youth Forum": date(2032, 10, 4),
        "meeting of the heads of delegation": date(2032, 10, 4),
    }


# ------------------------------------------------------------------ a name that runs into a possessive
def test_a_conference_named_before_a_possessive_is_no_undated_event() -> None:
    text = "recalling Resolution 71 of the Regional Conference on UNECA's role in digital trade;"
    assert [m.name for m in event_mentions(text, 2032)] == []
    (found,) = event_mentions("The Group welcomed the Nordic Conference on Open Data.", 2032)
    assert found.name == "Nordic Conference on Open Data"


# ------------------------------------------------------------------ the agent of a review is no event
def test_a_body_named_after_by_does_not_take_the_dates_of_the_event_before_it() -> None:
    for text in (
        "The Group heard an update on the WSIS+20 review by the General Assembly in December 2025.",
        "The WSIS+20 review by the United Nations General Assembly, to be concluded in December 2025, is near.",
    ):
        (found,) = [m for m in event_mentions(text, 2025) if m.key == "wsis-20-review"]
        assert (found.start, found.precision) == (date(2025, 12, 1), "month"), text


# ------------------------------------------------------------------ a series named again by its head noun
def test_a_series_named_again_by_its_head_noun_with_its_own_dates() -> None:
    report = make_report(
        "The Group reviewed Resolution 76 of the World Telecommunication Standardization Assembly.",
        "The Assembly, which will meet in Accra from 4 to 13 October 2032, is expected to revise it.",
    )
    found = {e.key: (e.start, e.end) for e in find_events(report, 2032)}
    assert found["wtsa-32"] == (date(2032, 10, 4), date(2032, 10, 13))
    two = make_report(
        "Both the Plenipotentiary Conference and the World Radiocommunication Conference were discussed.",
        "The Conference will be held in Lima from 4 to 22 October 2032.",
    )
    assert all(e.start is None for e in find_events(two, 2032))  # which conference: none


@pytest.mark.parametrize(
    ("first", "again", "name", "days"),
    [
        (
            "Item 4 – Pacific Data Forum 2032",
            "The Board agreed that the Forum would be held in Apia from 20 to 23 March 2032.",
            "Pacific Data Forum 2032",
            (date(2032, 3, 20), date(2032, 3, 23)),
        ),
        (
            "Members discussed the preparations for the Andean Connectivity Summit.",
            "The Summit, which will take place in Quito on 4 and 5 June 2032, will adopt a declaration.",
            "Andean Connectivity Summit",
            (date(2032, 6, 4), date(2032, 6, 5)),
        ),
        (
            "The Secretariat presented the programme of the Sahel Broadband Forum.",
            "It was recalled that the Forum is scheduled for 9-10 November 2032 in Niamey.",
            "Sahel Broadband Forum",
            (date(2032, 11, 9), date(2032, 11, 10)),
        ),
    ],
)
def test_an_event_named_again_by_its_head_noun_in_a_later_paragraph_takes_its_own_dates(
    first: str, again: str, name: str, days: tuple[date, date]
) -> None:
    """``the Forum`` with its own dates, in a report that named one undated event of no series with that noun."""
    found = {e.name: (e.start, e.end) for e in find_events(make_report(first, again), 2032)}
    assert found[name] == days


def test_the_head_noun_dates_no_event_when_two_share_it_or_the_year_differs() -> None:
    two = make_report(
        "The Group noted the Pacific Data Forum and the Caribbean Data Forum.",
        "The Forum would be held in Apia from 20 to 23 March 2032.",
    )
    assert all(e.start is None for e in find_events(two, 2032))  # which forum: none
    other_year = make_report(
        "Item 4 – Pacific Data Forum 2033", "The Forum will be held in Apia from 20 to 23 March 2032."
    )
    assert all(e.start is None for e in find_events(other_year, 2032))


# ------------------------------------------------------------------ a body that met, each date a meeting
def _met(text: str) -> list[tuple[str, date, date | None]]:
    report = make_report("Report of the Meeting", text, section="1")
    return sorted((e.name, e.start, e.end) for e in find_events(report) if e.name.startswith("meeting of"))


def test_a_body_that_met_on_a_list_of_dates_met_once_on_each() -> None:
    assert _met("The Steering Board met on 3 February and 17 and 18 June 2031 and adopted its plan.") == [
        ("meeting of the Steering Board", date(2031, 2, 3), None),
        ("meeting of the Steering Board", date(2031, 6, 17), date(2031, 6, 18)),
    ]
    # two days that are not consecutive, written as one: two meetings; a range after "between": one
    assert [d for _, d, _ in _met("The Task Force met on 9th and 23rd February and on 2nd and 3rd March 2031.")] == [
        date(2031, 2, 9),
        date(2031, 2, 23),
        date(2031, 3, 2),
    ]
    assert [d for _, d, _ in _met("The Drafting Group met three times between 8 and 13 May 2031.")] == [
        date(2031, 5, 8)
    ]
    # two consecutive days written as two: one meeting
    assert _met("The Rapporteur Board met virtually on 2031-09-21 and 2031-09-22, in two sessions.") == [
        ("meeting of the Rapporteur Board", date(2031, 9, 21), date(2031, 9, 22))
    ]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "The Working Group on Port Tariffs will meet on 9 and 11 February 2032.",
            [(date(2032, 2, 9), date(2032, 2, 11))],
        ),
        (
            "The coordinator reported that the drafting group had met on 20 and 22 June 2031 and agreed on a text.",
            [(date(2031, 6, 20), date(2031, 6, 22))],
        ),
        (
            "The Editing Committee met on 3rd, 5th and 19th May 2033.",
            [(date(2033, 5, 3), date(2033, 5, 5)), (date(2033, 5, 19), None)],
        ),
        # a count of times written before them: each date a meeting
        (
            "The Task Team on Numbering had met twice since the last plenary, on 24 and 26 October 2031.",
            [(date(2031, 10, 24), None), (date(2031, 10, 26), None)],
        ),
    ],
)
def test_two_dates_of_a_list_with_one_day_between_are_one_meetings_sittings(
    text: str, days: list[tuple[date, date | None]]
) -> None:
    """``met on 20 and 22 June``: one meeting from the first day to the last, as the annotators read it; not after
    ``twice`` or ``N times`` (two meetings)."""
    assert [(start, end) for _, start, end in _met(text)] == days


def test_how_often_a_body_met_may_stand_before_its_dates() -> None:
    text = (
        "The Advisory Committee on Audit had met four times in the preceding year, most recently from 2 to 4 "
        "March 2031, and would meet again from 9 to 11 October 2031."
    )
    assert [d for _, d, _ in _met(text)] == [date(2031, 3, 2), date(2031, 10, 9)]
    text = "The Expert Group on Rural Tariffs had met twice since the previous Assembly, on 4 and 19 March 2031."
    assert [d for _, d, _ in _met(text)] == [date(2031, 3, 4), date(2031, 3, 19)]
    assert _met("The Andean Board on Tariffs met for the fourth time in Lima on the 2nd and 3rd of December 2031.")
    assert _met("The Coordination Board had met three times, the last time on 6 and 7 February 2031.") == [
        ("meeting of the Coordination Board", date(2031, 2, 6), date(2031, 2, 7))
    ]
    assert _met("The Steering Committee will meet next in January 2032.")


def test_a_chairs_aside_and_other_verbs_of_meeting() -> None:
    text = (
        "The Coordination Committee, chaired by Ms Ana Ruiz (Bolivia (Plurinational State of)), met on 2 and 3 "
        "March 2031 and on 13 and 14 October 2031, with 20 States taking part."
    )
    assert [d for _, d, _ in _met(text)] == [date(2031, 3, 2), date(2031, 10, 13)]
    assert _met("An informal group led by Mr Omar Haddad (Jordan) met on 10 and 11 June 2031 to resolve it.") == [
        ("meeting of the informal group", date(2031, 6, 10), date(2031, 6, 11))
    ]
    assert _met("The Chair replied that the Working Party was expected to convene on 12 October 2031.") == [
        ("meeting of the Working Party", date(2031, 10, 12), None)
    ]
    assert _met("The Committee met with the Secretary-General on 3 May 2031.") == []  # it met someone


def test_a_body_named_without_a_body_noun_that_met() -> None:
    report = make_report(
        "Report of the Meeting",
        "The Chair of the TDAG recalled that TDAG had met from 6 to 8 February 2031.",
        section="1",
    )
    assert [(e.start, e.end) for e in find_events(report)] == [(date(2031, 2, 6), date(2031, 2, 8))]


def test_a_period_a_body_met_in_and_an_event_it_convenes_are_no_meetings_of_it() -> None:
    assert _met("It drew on an informal experts group that met three times between June 2030 and February 2031.") == []
    text = (
        "We invite you to the Andean Data Dialogue, which UNDP and ITU, together with the Government of Peru and "
        "the Latin American Centre for Development, will convene in Lima from 12 to 14 March 2031."
    )
    assert _met(text) == []


# ------------------------------------------------------------------ decision 9, the host first or its margins
def _dates_of(text: str) -> dict[str, tuple[date | None, date | None]]:
    return {m.name: (m.start, m.end) for m in event_mentions(text, 2032)}


def test_an_event_held_during_the_event_its_sentence_opens_with_takes_its_dates() -> None:
    found = _dates_of(
        "During the WSIS Forum 2032, held in Geneva from 3 to 7 May 2032, Peru organized a thematic workshop "
        "with UNESCO on rural connectivity."
    )
    assert found["thematic workshop with UNESCO on rural connectivity"] == (date(2032, 5, 3), date(2032, 5, 7))
    found = _dates_of(
        "At the Andean Digital Summit, held in Quito on 4 and 5 March 2032, Ecuador hosted a side event on data."
    )
    assert found["side event on data"] == (date(2032, 3, 4), date(2032, 3, 5))


def test_an_event_held_on_the_margins_of_another_takes_its_dates_and_no_topic() -> None:
    found = _dates_of(
        "Candidates will present their vision at an information session to be held in Geneva on the margins of "
        "the 2032 session of the Council (Geneva, 6-15 May 2032)."
    )
    assert found["information session"] == (date(2032, 5, 6), date(2032, 5, 15))
    found = _dates_of(
        "The Forum will include an awards ceremony on the sidelines of WTDC-33, to be held in Lima from 3 to 14 "
        "October 2033."
    )
    assert found["awards ceremony"] == found["World Telecommunication Development Conference 2033"]
    assert found["awards ceremony"] == (date(2033, 10, 3), date(2033, 10, 14))


# ------------------------------------------------------------------ a day near a day written with its year
def test_a_day_written_without_its_year_near_one_written_with_it_is_read_in_that_year() -> None:
    from wsiskg.ingest.extract.dates import find_dates
    from wsiskg.ingest.extract.event_dates import near_written_year

    text = (
        "The RPM for the Arab States will be held from 2 to 4 December 2033 in Cairo. The meeting will be "
        "preceded on 1 December by a Regional Development Forum (RDF) on broadband."
    )
    found = {m.name: m.start for m in event_mentions(text, 2034)}  # a letter read in the year of the conference
    assert found["Regional Development Forum"] == date(2033, 12, 1)
    text = "The Forum met in Lima from 10 to 14 May 2030. A high-level dialogue on indicators took place on 12 May."
    (found,) = event_mentions(text, 2031)
    assert found.start == date(2030, 5, 12)
    # far from it (more than a month), or written with its own year: as read
    days = near_written_year(
        find_dates("Held from 3 to 7 May 2030. It meets on 20 September, then on 9 June 2029.", 2031)
    )
    assert [d.start for d in days] == [date(2030, 5, 3), date(2031, 9, 20), date(2029, 6, 9)]


# ------------------------------------------------------------------ a list of ordinals before a plural noun
def test_a_list_of_ordinals_before_meetings_of_a_body_names_one_meeting_each() -> None:
    text = (
        "Ms Ana Ruiz presented the report of the twelfth and thirteenth meetings of the Council Working Group on "
        "Child Online Protection."
    )
    assert [(m.key, m.start) for m in event_mentions(text, 2031)] == [("cwg-cop-12", None), ("cwg-cop-13", None)]
    text = "The 5th, 6th and 7th sessions of the TDAG adopted the plan."
    assert [m.key for m in event_mentions(text, 2031)] == ["tdag-5", "tdag-6", "tdag-7"]
    # a dated list keeps the readers that pair each ordinal with its date
    text = "The twelfth and thirteenth meetings of the TDAG were held on 4 February and 11 September 2031."
    assert [(m.key, m.start) for m in event_mentions(text, 2031)] == [
        ("tdag-12", date(2031, 2, 4)),
        ("tdag-13", date(2031, 9, 11)),
    ]


def test_a_list_of_ordinals_before_meetings_of_the_group_is_the_groups() -> None:
    report = make_report(
        "Report of the Meeting",
        "The Chair of the Telecommunication Development Advisory Group presented the conclusions of the "
        "twenty-second and twenty-third meetings of the Group.",
        section="1",
    )
    assert sorted(e.key for e in find_events(report)) == ["tdag-22", "tdag-23"]


# ------------------------------------------------------------------ a numbered meeting no body is named for
def test_a_numbered_meeting_of_no_named_body_is_an_event_when_dated() -> None:
    texts = [
        (
            "The Panel agreed to hold its fifth meeting on 14 and 15 May 2031, just before the Assembly.",
            date(2031, 5, 14),
        ),
        (
            "Members were urged to coordinate before our third meeting, which is scheduled for 1 and 2 February 2032.",
            date(2032, 2, 1),
        ),
        (
            "The Task Team agreed that its sixth virtual meeting would be held from 8 to 12 November 2031.",
            date(2031, 11, 8),
        ),
        ("At its 24th session, on 17 November 2031, the Committee had before it a draft decision.", date(2031, 11, 17)),
        (
            "The Board will present its report at its twelfth meeting, to be held in Nairobi on 26 September 2031.",
            date(2031, 9, 26),
        ),
        ("Following our 43rd meeting (Quito, 26–27 June 2031), I write to share the next steps.", date(2031, 6, 26)),
    ]
    for text, start in texts:
        (found,) = event_mentions(text, 2031)
        assert found.start == start, text
        assert "meeting" in found.name or "session" in found.name


def test_an_undated_numbered_meeting_of_no_named_body_is_no_event() -> None:
    assert event_mentions("The Panel will consider the matter at its fifth meeting.", 2031) == []
    assert event_mentions("The Panel took note of the report of the third meeting.", 2031) == []
    # "the 3rd meeting of ...": not this form
    assert event_mentions("The 3rd meeting of 2031 closed on time.", 2031) == []


def test_a_numbered_meeting_of_no_named_body_is_the_report_meeting_bodys() -> None:
    report = make_report(
        "REPORT OF THE SEVENTEENTH MEETING OF THE COUNCIL WORKING GROUP ON LANGUAGES",
        "Geneva, 3 June 2031",
        "The Group:",
        "- agreed to hold its 18th meeting on 29 September 2031, back to back with the Expert Group.",
    )
    events = {e.name: e.start for e in extract(report).events}
    assert events.get("18th meeting of the Council Working Group on Languages") == date(2031, 9, 29), events


# ------------------------------------------------------------------ a body that held its meeting
def test_a_body_that_held_or_will_hold_its_meeting_on_its_own_dates() -> None:
    texts = {
        "The Pacific Numbering Group held its meeting in Apia on 5–6 March 2031, hosted by the regulator.": date(
            2031, 3, 5
        ),
        "The Andean Task Force will hold its annual meeting in La Paz from 2 to 4 June 2031.": date(2031, 6, 2),
        "The Regional Group on Spectrum holds its regular meeting on 9 October 2031 in Lima.": date(2031, 10, 9),
        "SG7RG-ASP held its meeting in Hanoi on 3–4 June 2031.": date(2031, 6, 3),
        "PRTG will meet in Port Vila on 14–15 October 2031.": date(2031, 10, 14),
    }
    for text, start in texts.items():
        (found,) = event_mentions(text, 2031)
        assert (found.kind, found.start) == ("meeting", start), text


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The Sahel Commission on numbering coordination held a meeting in Niamey on 6–7 December 2031 and "
            "agreed on the proposals below.",
            "meeting of the Sahel Commission on numbering coordination",
            date(2031, 12, 6),
        ),
        (
            "The Nordic Spectrum Committee held a meeting on 12 May 2031 in Oslo.",
            "meeting of the Nordic Spectrum Committee",
            None,
        ),
        (
            "The Caribbean Regulators Association held a meeting in Bridgetown on 9 April 2031.",
            "meeting of the Caribbean Regulators Association",
            date(2031, 4, 9),
        ),
        (
            "SG3RG-AFR will hold a meeting in Kigali from 2 to 3 June 2031.",
            "meeting of the SG3RG-AFR",
            date(2031, 6, 2),
        ),
    ],
)
def test_a_body_that_held_a_meeting_on_its_own_dates(text: str, name: str, start: date | None) -> None:
    """``held a meeting`` as ``held its meeting`` (``determiners.csv`` column ``held``): the body's meeting."""
    (found,) = event_mentions(text, 2031)
    assert (found.name, found.kind, found.start) == (name, "meeting", start or date(2031, 5, 12)), text


def test_held_a_meeting_of_others_or_without_dates_is_no_meeting_of_the_body() -> None:
    assert event_mentions("The Pacific Numbering Group held a meeting in Apia.", 2031) == []
    found = event_mentions("The Advisory Board held a meeting of experts on 4 May 2031 in Lima.", 2031)
    assert [(m.name, m.start) for m in found] == [("meeting of experts", date(2031, 5, 4))]


def test_held_its_meeting_without_dates_or_with_an_ordinal_is_not_read_twice() -> None:
    assert event_mentions("The Pacific Numbering Group held its meeting in Apia.", 2031) == []
    (found,) = event_mentions("The Pacific Numbering Group held its sixth meeting on 9 October 2031.", 2031)
    assert found.start == date(2031, 10, 9)


# ------------------------------------------------------------------ an ordinal before a body and a name
def test_an_ordinal_before_a_body_that_begins_a_longer_name_is_no_session_of_the_body() -> None:
    for text in (
        "It took note of the results of the second ITU Inter-regional Workshop on spectrum pricing.",
        "The second IGF Open Consultations and MAG Meeting of the 2031 cycle were held in Nairobi.",
        "The third UNGIS Joint Statement was issued.",
    ):
        assert not any(" session of the " in m.name for m in event_mentions(text, 2031)), text
    (found,) = event_mentions("Delegates attended the 21st TDAG on 4 May 2031.", 2031)
    assert found.key == "tdag-21"


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Members were invited to the second ITU inter-regional workshop on WRC-31 preparation (Geneva, "
            "20-22 March 2031).",
            "second ITU inter-regional workshop on WRC-31 preparation",
            date(2031, 3, 20),
        ),
        (
            "The fourth UNESCO regional forum on media literacy will take place in Dakar on 3 June 2031.",
            "fourth UNESCO regional forum on media literacy",
            date(2031, 6, 3),
        ),
        ("The second CITEL workshop on spectrum pricing was held in Lima on 2 May 2031.", None, date(2031, 5, 2)),
        ("The first APT training course on numbering ran in Bangkok from 9 to 13 June 2031.", None, date(2031, 6, 9)),
    ],
)
def test_an_ordinal_before_a_body_and_a_lower_case_event_noun_numbers_that_event(text, name, start) -> None:
    """``the second ITU inter-regional workshop``: the ordinal counts the workshops, it is no session of the body
    (neither undated beside the workshop nor taking the workshop's days)."""
    found = event_mentions(text, 2031)
    assert not any(" session of the " in m.name for m in found), text
    (dated,) = [m for m in found if m.start == start]
    assert dated.name == (name or dated.name) and dated.name.split()[0] in ("second", "fourth", "first")


@pytest.mark.parametrize(
    ("text", "key", "start"),
    [
        ("The fifth WTPF was held in Geneva from 14 to 16 May 2031.", "wtpf-5", date(2031, 5, 14)),
        ("The sixth WTPF will review the draft opinions on 14 May 2031.", "wtpf-6", date(2031, 5, 14)),
        ("The 27th CSTD session opened in Geneva on 4 May 2031.", "cstd-27", date(2031, 5, 4)),
    ],
)
def test_an_ordinal_before_a_body_alone_or_its_session_is_still_the_bodys_session(text, key, start) -> None:
    assert {m.key: m.start for m in event_mentions(text, 2031)}[key] == start


# ------------------------------------------------------------------ a next-meeting label after a section number
def test_a_next_meeting_label_after_a_section_number_or_with_a_note() -> None:
    meeting = Meeting(body="cwg-cop", number=9, start=date(2031, 3, 4))
    for text in (
        "Next meeting: 8 February 2032 (tentative), Geneva.",
        "5   Next meeting: 8 February 2032, Geneva",
        "4.2 Next meeting – Lima, 8-9 February 2032 (to be confirmed)",
    ):
        (found,) = event_mentions(text, 2031, meeting=meeting)
        assert found.start == date(2032, 2, 8), text
    assert event_mentions("Next meeting: to be decided (by correspondence)", 2031, meeting=meeting) == []


# ------------------------------------------------------------------ a final or last meeting, by no number
def test_a_final_or_last_meeting_with_its_own_dates_is_an_event_of_the_meeting_body() -> None:
    meeting = Meeting(body="rag", number=3, start=date(2031, 3, 4), end=date(2031, 3, 5))
    texts = {
        "The fourth meeting will be in Suva, 8–10 June 2031, and the final meeting in Nadi on 2–3 December 2031.": (
            date(2031, 12, 2)
        ),
        "A final meeting is planned for 20-21 November 2031, subject to funding.": date(2031, 11, 20),
        "The final session will take place from 1 to 3 December 2031 in Nuku'alofa.": date(2031, 12, 1),
        "The last meeting (Geneva, 5–6 May 2031) will adopt the report.": date(2031, 5, 5),
    }
    for text, start in texts.items():
        for about in (meeting, None):
            found = [m for m in event_mentions(text, 2031, meeting=about) if m.start == start]
            assert len(found) == 1 and found[0].name.split()[0] in ("final", "last"), (text, about)
            assert found[0].end is not None


def test_a_final_meeting_without_dates_or_on_the_reports_own_dates_is_no_event() -> None:
    meeting = Meeting(body="rag", number=3, start=date(2031, 3, 4), end=date(2031, 3, 5))
    assert event_mentions("The final meeting will be held in Nadi.", 2031, meeting=meeting) == []
    assert event_mentions("The final meeting of the cycle, on 4 and 5 March 2031, was chaired by Fiji.", 2031) == []
    own = "Its final meeting, held in Apia on 4-5 March 2031, adopted its report."
    assert event_mentions(own, 2031, meeting=meeting) == []
    assert event_mentions("The final report was sent to the meeting on 4 May 2031.", 2031) == []


# ------------------------------------------------------------------ a lower-case link inside an event's name
def test_a_name_goes_on_after_in_charge_of_or_responsible_for() -> None:
    texts = {
        "It goes to the Pan-African Conference of Ministers in charge of Energy and ICT (PACM-4) in June 2031.": (
            "Pan-African Conference of Ministers in charge of Energy and ICT",
            date(2031, 6, 1),
        ),
        "The Regional Forum of Regulators in charge of Spectrum (Lomé, 4–6 June 2031) reviewed it.": (
            "Regional Forum of Regulators in charge of Spectrum",
            date(2031, 6, 4),
        ),
        "The Joint Conference of Ministers in charge of\nTelecommunications will meet in Niamey on 12 March 2031.": (
            "Joint Conference of Ministers in charge of\nTelecommunications",
            date(2031, 3, 12),
        ),
        "The Meeting of Ministers responsible for Broadband will be held in Apia on 4-5 June 2031.": (
            "Meeting of Ministers responsible for Broadband",
            date(2031, 6, 4),
        ),
        "The plan was endorsed by the Andean Meeting of Ministers responsible for Transport last year.": (
            "Andean Meeting of Ministers responsible for Transport",
            None,
        ),
    }
    for text, (name, start) in texts.items():
        assert [(m.name, m.start) for m in event_mentions(text, 2031)] == [(name, start)], text
    # the phrase is no part of a name when no capitalised words follow it
    (found,) = event_mentions("The Conference of Ministers was held on 3 May 2031, in charge of nothing.", 2031)
    assert found.name == "Conference of Ministers"


# ------------------------------------------------------------------ the parties between a meeting and its verb
def test_a_meeting_between_parties_is_the_subject_of_the_verb_of_holding_after_them() -> None:
    texts = {
        "A coordination meeting between Fiji, Tonga and Samoa took place in Suva on 3 May 2031.": date(2031, 5, 3),
        "A bilateral meeting between Chile and Peru took place in Arica on 11th and 12th April 2031.": date(
            2031, 4, 11
        ),
        "A technical meeting among the regulators of Benin, Togo and Ghana (WATRA) was convened\nin Lomé "
        "from 2 to 4 May 2031.": date(2031, 5, 2),
    }
    for text, start in texts.items():
        (found,) = event_mentions(text, 2031)
        assert found.start == start and found.name.endswith("meeting"), text
    # the verb's subject is another noun: no date for the meeting
    planned = "A coordination meeting between Fiji and Samoa is planned; ministers met on 3 May 2031."
    assert event_mentions(planned, 2031) == []


# ------------------------------------------------------------------ decision 9, the host dated in another paragraph
def test_an_event_held_during_another_takes_the_hosts_dates_given_in_another_paragraph() -> None:
    report = make_report(
        "The Andean Digital Forum 2031 will be held in Quito from 3 to 6 May 2031.",
        "It is proposed to organize a consultation on rural connectivity during the Andean Digital Forum 2031.",
        "The yearly meeting of the Action Line moderators, to be held at the Andean Digital Forum 2031, will"
        " review the roadmap.",
        "A hackathon on open data could be held in 2032.",
    )
    events = {e.name: (e.start, e.end) for e in find_events(report, 2031)}
    assert events["consultation on rural connectivity"] == (date(2031, 5, 3), date(2031, 5, 6)), events
    assert events["yearly meeting of the Action Line moderators"][0] == date(2031, 5, 3), events


def test_an_event_beside_another_or_of_its_own_dates_keeps_them() -> None:
    report = make_report(
        "The Andean Digital Forum 2031 will be held in Quito from 3 to 6 May 2031.",
        "A workshop on spectrum will be held on 2 May 2031, before the Andean Digital Forum 2031.",
        "A training course for young engineers was organized\nduring the Andean Digital Forum 2031.",
    )
    events = {e.name: e.start for e in find_events(report, 2031)}
    assert events.get("workshop on spectrum") == date(2031, 5, 2), events
    assert events.get("training course for young engineers") == date(2031, 5, 3), events


# ------------------------------------------------------------------ preceded or followed by a named event on a day
def test_an_event_brought_in_by_preceded_by_or_followed_by_is_dated_by_its_bare_on() -> None:
    texts = {
        "to convene the Assembly in Lima from 9 to 20 October 2031, preceded\n     by the Andean Youth Summit"
        " on 7 and 8 October 2031;": ("Andean Youth Summit", date(2031, 10, 7)),
        "The meeting was followed by the Regional Innovation Forum in Cusco in March 2031.": (
            "Regional Innovation Forum",
            date(2031, 3, 1),
        ),
    }
    for text, (name, start) in texts.items():
        assert (name, start) in [(m.name, m.start) for m in event_mentions(text, 2031)], text
    (found,) = event_mentions("The Assembly was preceded by the Andean Youth Summit.", 2031)
    assert found.start is None


def test_a_bare_head_noun_that_held_a_meeting_is_the_named_body() -> None:
    report = make_report(
        "Report of the meeting of the Council Working Group on Coastal Data",
        "Geneva, 3 February 2031",
        "The Group held a meeting on 2 March 2031.",
    )
    events = {e.name: e.start for e in extract(report).events}
    assert events == {"meeting of the Council Working Group on Coastal Data": date(2031, 3, 2)}, events


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        (
            "At the twelfth meeting of the Coral Reef Data Board, held in Suva from 14 to 18 April 2031, members "
            "chose the theme of the thirteenth meeting of the Coral Reef Data Board.",
            "thirteenth meeting of the Coral Reef Data Board",
        ),
        (
            "At its thirty-fourth session, held in Geneva from 14 to 18 April 2031, the Commission on Science and "
            "Technology for Development chose coastal data as the priority theme for its thirty-fifth session.",
            "35th session of the Commission on Science and Technology for Development",
        ),
    ],
)
def test_another_numbered_edition_is_not_held_during_the_one_its_sentence_opens_with(text: str, edition: str) -> None:
    # round 55: ``_other_edition``
    found = {m.name: m.start for m in event_mentions(text, 2031)}
    assert edition in found and found[edition] is None


def test_another_bodys_meeting_is_still_held_during_the_one_its_sentence_opens_with() -> None:
    found = _dates_of(
        "At the twelfth meeting of the Coral Reef Data Board, held in Suva from 14 to 18 April 2032, members held "
        "the third meeting of the Reef Task Force."
    )
    assert found["third meeting of the Reef Task Force"] == (date(2032, 4, 14), date(2032, 4, 18))


@pytest.mark.parametrize(
    "text",
    [
        "The regional workshop on numbering was held in Tarija on 3 May, in Oruro on 9 June and in Sucre on 2-3 July.",
        "The Andean Seminar on Spectrum Fees was held in Tarija (3 May), Oruro (9 June) and Sucre (2-3 July).",
        "A national forum on rural access will be held in Tarija (3 May), Oruro (9 June), and Sucre (2-3 July).",
    ],
)
def test_an_event_held_in_a_list_of_places_is_one_holding_a_place(text: str) -> None:
    """``event_mention_dates._holdings``: each place of a list with its own days is a holding of its own, not the end
    of the one before (``in Tarija on 3 May, in Oruro on 9 June``: not 3 May to 9 June)."""
    found = sorted((m.start, m.end) for m in event_mentions(text, 2032))
    assert found == [(date(2032, 5, 3), None), (date(2032, 6, 9), None), (date(2032, 7, 2), date(2032, 7, 3))]

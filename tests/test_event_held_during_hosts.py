"""Events: an event named with a participle of holding and its host, set off by a comma, a dash or a bracket
(``X, held during the Y Forum 2031``, ``X — held at the Y``, ``X (held during ...)``: ``event_dates.held_during``)
is an event dated by its host's dates (decision 9); named without ``the`` it is one only opening the text (a
header line). Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days, make_report
from extract_support import event_starts as _events

from wsiskg.ingest.extract import extract

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


@pytest.mark.parametrize(
    ("line", "name", "day"),
    [
        (
            "Regional Roundtable on Digital Inclusion — held during the WSIS Forum 2031, Geneva, 6 May 2031",
            "Regional Roundtable on Digital Inclusion",
            D(2031, 5, 6),
        ),
        (
            "Thematic Workshop on Cyber Hygiene, held at the Island Data Symposium 2029 (Suva, 7-9 October 2029)",
            "Thematic Workshop on Cyber Hygiene",
            D(2029, 10, 7),
        ),
        (
            "High-Level Dialogue on Open Data (held during the Andean Broadband Forum 2030, Quito, 3 June 2030)",
            "High-Level Dialogue on Open Data",
            D(2030, 6, 3),
        ),
        (
            "Ministerial Breakfast on Spectrum Policy, held during the Baltic Cable Summit 2032, Riga, 12-13 May 2032",
            "Ministerial Breakfast on Spectrum Policy",
            D(2032, 5, 12),
        ),
        (
            "Leaders' Luncheon on Women in Engineering (held during the Kivu Innovation Week 2033, Goma, "
            "2-4 March 2033)",
            "Leaders' Luncheon on Women in Engineering",
            D(2033, 3, 2),
        ),
        (
            "Technical Workshop on Trust in Smart Energy Data — held at the Nordic Grid Week 2031, Oslo, "
            "9-11 September 2031",
            "Technical Workshop on Trust in Smart Energy Data",
            D(2031, 9, 9),
        ),
        (
            "Global Consultation Meeting for Small Islands - held during the Baltic Cable Summit 2032, Riga, "
            "12-13 May 2032",
            "Global Consultation Meeting for Small Islands",
            D(2032, 5, 12),
        ),
    ],
)
def test_a_header_name_of_modifiers_and_a_noun_held_during_a_host_is_an_event(line, name, day) -> None:
    """Every word before the noun a modifier (``Regional``, ``Thematic``, ``High-Level``): the participle of
    holding after the header line makes it one name all the same."""
    events = _events(line, "Summary of the discussions", "Participants exchanged views on the topic.")
    assert events.get(name) == day


@pytest.mark.parametrize(
    "text",
    [
        "Annual Session - held during the Nordic Data Summit 2031, Oslo, 2 June 2031",
        "Closing Plenary Session, held at the Pacific Data Week 2030 (Apia, 4-6 May 2030)",
    ],
)
def test_a_header_of_modifiers_and_a_noun_without_a_topic_is_no_name(text: str) -> None:
    events = _events(text, "Participants exchanged views on the topic.")
    assert not {"Annual Session", "Closing Plenary Session"} & set(events)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The High-Level Dialogue on Open Data - held during the Andean Broadband Forum 2030 (Quito, 3 June "
            "2030) - was useful.",
            "High-Level Dialogue on Open Data",
        ),
        (
            "A regional seminar on cyber hygiene – organized at the Island Data Symposium 2029 (Suva, 7 October "
            "2029) – drew forty experts.",
            "regional seminar on cyber hygiene",
        ),
        (
            "The annual webinar on spectrum pricing - held during the Nordic Grid Week 2031 (Oslo, 9 September "
            "2031) - was recorded.",
            "annual webinar on spectrum pricing",
        ),
    ],
)
def test_a_generic_events_topic_ends_before_a_spaced_dash(text: str, name: str) -> None:
    """A dash set off by spaces opens an aside (``- held during ...``): the topic ends before it."""
    names = set(_events("The Forum opened in Norland.", text))
    assert name in names and not any(n.rstrip().endswith(("-", "–")) for n in names), names


@pytest.mark.parametrize(
    ("text", "host", "start", "end"),
    [
        (
            "The TSAG Rapporteur Group on Fibre Data (RG-FD) meeting, held on 3 May 2031 during the TSAG meeting "
            "(Geneva, 3 – 6 May 2031), ended at 18.00 hours.",
            "TSAG",
            D(2031, 5, 3),
            D(2031, 5, 6),
        ),
        (
            "The Correspondence Group on Island Tariffs (CG-IT) met on 9 October 2030, during the TDAG meeting "
            "(Geneva, 9-12 October 2030).",
            "TDAG",
            D(2030, 10, 9),
            D(2030, 10, 12),
        ),
        (
            "The Ad Hoc Group on Satellite Fees (AHG-SF) met on 14 March 2032 in the margins of the RAG meeting "
            "(Geneva, 14-16 March 2032).",
            "RAG",
            D(2032, 3, 14),
            D(2032, 3, 16),
        ),
    ],
)
def test_a_bodys_meeting_that_hosts_the_report_meeting_from_its_first_day_is_an_event(text, host, start, end) -> None:
    """Another body's meeting that starts on the report's meeting's day and goes on after it is its host
    (decision 24), not the report's meeting named again."""
    x = extract(make_report("Report of the meeting", text))
    assert x.meeting is not None and x.meeting.start == start and host.lower() not in x.meeting.body
    assert [(e.start, e.end) for e in x.events if host in e.name] == [(start, end)], x.events


def test_the_report_bodys_own_meeting_named_again_is_still_no_other_event() -> None:
    text = "The RG-FD meeting was held in Geneva on 3-6 May 2031. The Chair opened the RG-FD meeting (3-6 May 2031)."
    x = extract(make_report("Report of the meeting", text))
    assert x.meeting is not None and x.meeting.start == D(2031, 5, 3)
    assert [e.key for e in x.events] == [], x.events


_OWN = "The Group on Digital Trade (GDT) held its sixth meeting in Lima on 3 March 2031."


@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        (
            "The seventh meeting of the Group will be held in Nairobi during the 2031 session of the Council "
            "(9-18 June 2031), on a date to be announced.",
            "gdt-7",
            D(2031, 6, 9),
        ),
        (
            "The Group's eighth meeting is planned to take place at the WSIS Forum 2032 (Geneva, 3-7 May 2032).",
            "gdt-8",
            D(2032, 5, 3),
        ),
        (
            "It agreed that the seventh meeting of GDT would be convened on the margins of the Nordic Data Summit "
            "2031 (Oslo, 2-4 September 2031).",
            "gdt-7",
            D(2031, 9, 2),
        ),
    ],
)
def test_a_bodys_numbered_meeting_held_during_a_host_takes_the_hosts_first_day(text, key, day) -> None:
    """A numbered meeting of a body, keyed by its number however its body is named (``the seventh meeting of the
    Group``), with no dates of its own, held during a dated host: the host's first day (decision 9)."""
    assert (
        event_days("Report of the sixth meeting of the Group on Digital Trade", _OWN, text).get(key, (None,))[0] == day
    )


def test_numbered_meetings_in_the_plural_held_during_a_host_stay_undated() -> None:
    text = (
        "The seventh and eighth meetings of the Group will be held during the WSIS Forum 2032 (Geneva, 3-7 May 2032)."
    )
    found = event_days("Report of the sixth meeting of the Group on Digital Trade", _OWN, text)
    assert all(days == (None, None) for key, days in found.items() if key.startswith("gdt-")), found


def test_a_numbered_meeting_with_its_own_day_during_a_host_keeps_its_own_day() -> None:
    text = (
        "The seventh meeting of the Group will be held on 5 May 2032 during the WSIS Forum 2032 (Geneva, 3-7 May 2032)."
    )
    found = event_days("Report of the sixth meeting of the Group on Digital Trade", _OWN, text)
    assert found.get("gdt-7", (None,))[0] == D(2032, 5, 5), found


@pytest.mark.parametrize(
    "verb", ["will be chosen", "shall be selected", "would be discussed", "was presented", "will be decided"]
)
def test_an_event_done_something_to_at_a_meeting_is_not_held_there(verb: str) -> None:
    """Only a verb of holding makes ``X ... at the Y`` an event held during ``Y`` (``event_prose._done_at``): the
    theme of the next consultation chosen at a meeting says nothing of when that consultation is held."""
    found = _events(
        f"The Bureau proposed that the theme of the next online consultation {verb} at the fourteenth meeting of "
        "the Andean Data Council, planned for 22 October 2032."
    )
    assert found.get("next online consultation") is None
    assert found.get("14th meeting of the Andean Data Council") == D(2032, 10, 22)


@pytest.mark.parametrize("verb", ["will be organized", "is foreseen", "would be held"])
def test_an_event_held_at_a_meeting_still_takes_its_days(verb: str) -> None:
    found = _events(
        f"A regional workshop on data governance {verb} at the fourteenth meeting of the Andean Data Council, "
        "planned for 22 October 2032."
    )
    assert found.get("regional workshop on data governance") == D(2032, 10, 22)


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "A regional workshop will take place during the fifth Coastal Data Forum (Port Elm, 6-8 December 2031).",
            "regional workshop",
            D(2031, 12, 6),
        ),
        (
            "The next Steering Committee meeting will take place on the margins of the 14th World Telecommunication/"
            "ICT Indicators Symposium, in November 2031.",
            "next Steering Committee meeting",
            D(2031, 11, 1),
        ),
        (
            "A side meeting on spectrum pricing will be held alongside the twenty-first Meridian Broadband Summit, on "
            "4 May 2030.",
            "side meeting on spectrum pricing",
            D(2030, 5, 4),
        ),
    ],
)
def test_a_host_named_after_its_editions_ordinal_dates_the_event_held_during_it(
    sentence: str, name: str, day: date
) -> None:
    # the host's mention begins after the ordinal ("fifth"), which stands between the cue and the name
    assert _events("The Council opened in Norland.", sentence).get(name) == day


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "ITU will convene a Connect2Islands round table, on the margins of PP-30 in Lima (9-27 November 2030).",
            "Connect2Islands round table",
            D(2030, 11, 9),
        ),
        (
            "The Bureau organized a regional workshop on numbering, during the Andean Data Forum (Quito, 3-5 May "
            "2031).",
            "regional workshop on numbering",
            D(2031, 5, 3),
        ),
        (
            "A ministerial breakfast on cable resilience was held, in conjunction with the Coral Sea Summit 2032 "
            "(Honiara, 14-16 June 2032).",
            "ministerial breakfast on cable resilience",
            D(2032, 6, 14),
        ),
    ],
)
def test_a_host_cue_set_off_by_a_comma_still_dates_the_event_held_during_it(
    sentence: str, name: str, day: date
) -> None:
    # decision 9: the comma before "on the margins of" / "during" only sets the host off; the event has no dates
    # of its own, so it takes its host's
    assert _events("The Council opened in Norland.", sentence).get(name) == day


def test_an_event_with_its_own_day_before_a_host_cue_set_off_keeps_its_own_day() -> None:
    sentence = (
        "A briefing for new members will be held on 4 May 2031, during the Andean Data Forum (Quito, 3-7 May 2031)."
    )
    assert _events("The Council opened in Norland.", sentence).get("briefing for new members") == D(2031, 5, 4)

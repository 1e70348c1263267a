"""The meetings a conference's daily journal lists for its day (``event_journal.journal_mentions``, round 55): under
a heading of the day's meetings (``MEETINGS TODAY``, ``PROGRAMME OF MEETINGS``), each item after its time and room is
an event on the journal's day; a body's numbered meeting written after the body and a comma is named ``<ordinal>
meeting of <body>``; sittings listed together are one event each. Names, rooms, places and dates are our own."""

from __future__ import annotations

from datetime import date

from extract_support import make_report

from wsiskg.ingest.extract import extract

D = date


def _starts(*texts: str) -> dict[str, date | None]:
    return {e.name: e.start for e in extract(make_report(*texts, title="Daily Journal")).events}


SUVA = (
    "Suva, 10-14 March 2031",
    "No. 3 - Wednesday 12 March 2031",
    "MEETINGS TODAY",
    "Room Lagoon: Committee 5 (Budget Control), second meeting, 10:00-13:00. Chairman: Mr Tevita Fifita (Tonga).",
    "Main Hall (Harbour): 5th and 6th plenary meetings, 09:30-12:30 and 14:30-18:00. General debate, continued.",
    'Room Reef: Round table 3 - "Open data for island states", 15:00-17:30, chaired by Ms Ana Tuilagi (Samoa).',
    "Room Coral: Meeting of the Friends of the Chair on spectrum (closed), 13:15-14:45, convened by Mr Ravi Naidu.",
    "ANNOUNCEMENTS",
    "Room Lagoon: Committee 6 (Editorial), first meeting, 10:00-11:00.",
)


def test_the_items_under_a_journals_meetings_heading_are_events_on_its_day() -> None:
    found = _starts(*SUVA)
    assert found.get("second meeting of Committee 5") == D(2031, 3, 12)
    assert found.get("5th plenary meeting") == D(2031, 3, 12)
    assert found.get("6th plenary meeting") == D(2031, 3, 12)
    assert found.get('Round table 3 - "Open data for island states"') == D(2031, 3, 12)
    assert found.get("Meeting of the Friends of the Chair on spectrum") == D(2031, 3, 12)


def test_the_list_ends_at_a_line_in_capitals() -> None:
    assert _starts(*SUVA).get("first meeting of Committee 6") is None


def test_a_time_before_the_room_and_the_last_of_several_bodies_holding_the_meeting() -> None:
    found = _starts(
        "JOURNAL No. 6",
        "Friday, 17 October 2032",
        "PROGRAMME OF MEETINGS",
        "09:30-12:30 Hall A: Committee 3 (Objectives), Working Group 3/2 on regional initiatives, third meeting. "
        "Chairman: Ms Lucia Ferreyra (Uruguay).",
        "18:00-19:00 Room 4: Informal consultations on a draft new Resolution on satellite broadband, convened by "
        "Mr Kofi Mensah (Ghana).",
    )
    assert found.get("third meeting of Working Group 3/2 on regional initiatives") == D(2032, 10, 17)
    assert found.get("Informal consultations on a draft new Resolution on satellite broadband") == D(2032, 10, 17)


def test_items_under_no_meetings_heading_take_no_day() -> None:
    found = _starts(
        "Friday, 17 October 2032",
        "Room Lagoon: Committee 5 (Budget Control), second meeting, 10:00-13:00.",
    )
    assert found.get("second meeting of Committee 5") is None

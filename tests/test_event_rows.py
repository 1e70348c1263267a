"""Events in a line of a list or a table written as text, a name, places and a date
(:func:`wsiskg.ingest.extract.event_rows.row_mentions`). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.event_rows import capitals_heading, row_mentions
from wsiskg.ingest.extract.events import find_events


def _rows(text: str) -> list[tuple[str, date | None]]:
    return [(m.name, m.start) for m in row_mentions(text, find_dates(text, 2033))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CITEL PCC.III meeting, Quito, 10–14 June 2033", "CITEL PCC.III meeting"),
        ("EACO ICT meeting, Kampala, 10-14 June 2033", "EACO ICT meeting"),
        ("APT AWG workshop: Bangkok, 3 March 2033", "APT AWG workshop"),
    ],
)
def test_acronyms_before_an_event_noun_in_lower_case_name_a_groups_meeting(text, name):
    assert [n for n, _ in _rows(text)] == [name]


def test_a_heading_in_capitals_is_a_title_not_a_row():
    assert capitals_heading("REGIONAL SPECTRUM FORUM".split(), "FORUM")
    assert not capitals_heading("CITEL PCC.III meeting".split(), "meeting")
    assert not capitals_heading("Regional Spectrum Forum".split(), "Forum")


def test_a_bulleted_date_to_note_is_the_groups_meeting():
    report = make_report(
        "Dates to note", "  • CITEL PCC.III meeting, Quito, 10–14 June 2033", "  • Regional consultation: 2 May 2033"
    )
    assert ("CITEL PCC.III meeting", date(2033, 6, 10)) in [(e.name, e.start) for e in find_events(report, 2033)]


@pytest.mark.parametrize(
    "text",
    [
        "Publish the course evaluations, 30 April 2033",
        "Circulate the workshop materials to trainees | 12 May 2033",
        "Send the seminar certificates, Suva, 3 June 2033",
    ],
)
def test_an_event_noun_before_a_noun_in_lower_case_names_a_thing_not_an_event(text):
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Training course and exhibition, Suva, 3 June 2033", "Training course and exhibition"),
        ("Regional workshop on spectrum pricing, Lima, 4 May 2033", "Regional workshop on spectrum pricing"),
        ("Evaluation workshop for course tutors: 2 May 2033", "Evaluation workshop for course tutors"),
    ],
)
def test_an_event_noun_heading_its_name_stays_a_rows_event(text, name):
    assert [n for n, _ in _rows(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "- 14-16 May 2033: Caribbean workshop on spectrum fees, Bridgetown",
            "Caribbean workshop on spectrum fees",
            14,
        ),
        ("– 2 June 2033: Pacific Data Forum, Apia", "Pacific Data Forum", 2),
        ("• 21 June 2033 – Regional Seminar on Cable Landing, Suva", "Regional Seminar on Cable Landing", 21),
    ],
)
def test_a_calendar_item_opens_with_its_bullet_and_its_date(text: str, name: str, day: int) -> None:
    """``event_rows._CELL_BEFORE_DATE``: a list item's bullet before the date of a newsletter's calendar item."""
    assert [(n, d.day if d else None) for n, d in _rows(text)] == [(name, day)]

"""A speech's or a letter's closing signature (``Geneva, 4 May 2031``) run into the paragraph of its last
sentence dates the speech, not the event that sentence names: a table row's cells (:func:`~wsiskg.ingest.
extract.event_rows.row_mentions`) never run over a sentence's end. Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.events import event_mentions


@pytest.mark.parametrize(
    "text",
    [
        "I wish the World Telecommunication Development Conference every success. Kigali, 4 May 2031",
        "Once more, welcome to the Andean Broadband Summit! Lima, 12 June 2030",
        "May the Regional Economic Forum on Broadband be fruitful. Thank you. Accra, 3 March 2032",
        "I thank all of you for coming to this Caribbean Spectrum Workshop.\nPort of Spain, 3 March 2032",
    ],
)
def test_a_closing_signature_does_not_date_the_event_of_the_last_sentence(text: str) -> None:
    assert [(m.key, m.start) for m in event_mentions(text, 2031) if m.start is not None] == []


def test_a_speech_whose_last_paragraph_ends_with_its_signature_dates_no_conference() -> None:
    report = make_report(
        "Statement by the Minister of Communications",
        "Excellencies, ladies and gentlemen,",
        "It is an honour to address the Pacific Digital Inclusion Conference in its first week.",
        "I wish the Pacific Digital Inclusion Conference every success. Suva, 14 October 2031",
        title="Speech",
    )
    assert [(e.name, e.start) for e in extract(report).events if e.start is not None] == []


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        # a row is still read: one sentence, its cells parted by commas
        (
            "Regional workshop on e-health, Yerevan, 16-17 October 2031",
            "Regional workshop on e-health",
            date(2031, 10, 16),
        ),
        # the cell after a sentence's end is the row's
        (
            "Dates are provisional. Sub-regional seminar on spectrum pricing, Apia, 2 May 2031",
            "Sub-regional seminar on spectrum pricing",
            date(2031, 5, 2),
        ),
    ],
)
def test_a_row_within_one_sentence_is_still_read(text: str, name: str, start: date) -> None:
    assert (name, start) in [(m.name, m.start) for m in event_mentions(text, 2031)]


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("(Statement of Ms Amina Diallo, PP-30, Lima, 11 November 2030)", "pp-30"),
        ("(Address by the Minister of ICT, WTDC-29, Kigali, 14 June 2029)", "wtdc-29"),
        ("(Remarks by Mr Jon Berg, Plenipotentiary Conference 2030, Lima, 11 November 2030)", "pp-30"),
    ],
)
def test_a_speechs_signature_in_brackets_does_not_date_the_conference_it_names(line: str, key: str) -> None:
    """The day in a speech's signature is the day the speech was given, one of the conference's days: the
    conference is named, not dated."""
    report = make_report(
        "Excellencies, distinguished delegates,",
        "Our country supports the work of the Union and the goal of connectivity for all.",
        "Thank you.",
        line,
        title="Statement by the Head of Delegation",
    )
    assert [(e.key, e.start) for e in extract(report).events] == [(key, None)]


@pytest.mark.parametrize(
    ("line", "key", "start"),
    [
        ("(Pacific Data Summit, Lima, 11 November 2031)", "pacific-data-summit-2031", date(2031, 11, 11)),
        ("(WTDC-29, Kigali, 14 June 2029)", "wtdc-29", date(2029, 6, 14)),
    ],
)
def test_a_line_in_brackets_that_is_no_signature_still_dates_its_event(line: str, key: str, start: date) -> None:
    assert [(m.key, m.start) for m in event_mentions(line, 2031)] == [(key, start)]

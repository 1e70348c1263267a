"""The header lines where an event's name and its dateline stand (``event_own_session.front_matter``) run to the
end of the report's front matter (the first numbered paragraph or the first sentence of prose), not a count of lines: an
edition named on the fifth front line or later, under the document's fields, is dated by the dateline under it.
Bodies, places, symbols and years are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days as _dates
from extract_support import make_report

from wsiskg.ingest.extract.events import front_matter

D = date


@pytest.mark.parametrize(
    ("texts", "key", "days"),
    [
        (
            (
                "Island States Telecommunication Union",
                "Document ISTU-31/4",
                "Original: English",
                "Source: Secretariat",
                "Island Regulators' Roundtable 2031 – Session 1",
                "Port Elm, 3-4 May 2031",
            ),
            "island-regulators-roundtable-2031",
            (D(2031, 5, 3), D(2031, 5, 4)),
        ),
        (
            (
                "Northern Spectrum Group",
                "Contribution 17",
                "Revision 1",
                "Original: French",
                "For information",
                "Coastal Regulators' Symposium 2032 – Panel 2",
                "Tromsvik, 9-11 June 2032",
            ),
            "coastal-regulators-symposium-2032",
            (D(2032, 6, 9), D(2032, 6, 11)),
        ),
        (
            (
                "Document RX-33/2-E",
                "12 March 2033",
                "English only",
                "Agenda item 3",
                "Andean Digital Symposium 2033 – Opening session",
                "Quito, 20-22 April 2033",
            ),
            "andean-digital-symposium-2033",
            (D(2033, 4, 20), D(2033, 4, 22)),
        ),
    ],
)
def test_an_edition_low_in_the_header_is_dated_by_its_dateline(
    texts: tuple[str, ...], key: str, days: tuple[date, date]
) -> None:
    found = _dates("CHAIR'S SUMMARY", *texts, "The participants discussed the pricing of spectrum and its assignment.")
    assert found[key] == days


@pytest.mark.parametrize(
    "texts",
    [
        ("Document RX-33/2-E", "The meeting opened with a statement by the chair on the work of the year.", "Suva"),
        ("Note by the Secretariat", "This document reports on the work of the group since its last meeting.", "x"),
        (
            "Report",
            "Participants from twelve countries attended the meeting and adopted the agenda without change.",
            "Nadi",
        ),
    ],
)
def test_the_front_matter_ends_at_the_first_sentence_of_prose(texts: tuple[str, ...]) -> None:
    assert [p.text for p in front_matter(make_report(*texts))] == [texts[0]]

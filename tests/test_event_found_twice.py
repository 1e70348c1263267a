"""Events: one event found under two keys, with the same name and the same days, is one event
(``event_filters.found_twice``); the same name on other days stays two. Bodies, places, dates and sentences are
our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.event_filters import found_twice


@pytest.mark.parametrize(
    ("title", "texts", "sitting"),
    [
        (
            "WORLD CONFERENCE ON DIGITAL COOPERATION",
            (
                "First Phase – Lisbon, 4-8 May 2031",
                "General Debate – Fourth Plenary Meeting, 6 May 2031",
                "STATEMENT BY HIS EXCELLENCY MR JOAO SILVA-MOREIRA",
                "MINISTER OF COMMUNICATIONS",
                "Mr President,",
                "Cabo Verde welcomes the work of the Conference.",
            ),
            "fourth plenary meeting",
        ),
        (
            "REGIONAL RADIO CONFERENCE",
            (
                "Lima, Peru, 3-12 May 2032",
                "PLENARY MEETING",
                "Document 31-E",
                "Original: English",
                "Fiji",
                "STATEMENT BY THE HEAD OF DELEGATION OF FIJI",
                "Mr Tomasi Vula-Nakao, Minister of Communications",
                "Second plenary meeting, Wednesday 5 May 2032",
                "Mr Chairman, Fiji thanks the host country for its hospitality.",
            ),
            "second plenary meeting",
        ),
        (
            "ASSEMBLY OF SMALL ISLAND REGULATORS",
            (
                "Accra, 2-6 June 2033",
                "Third plenary meeting, Tuesday 3 June 2033",
                "Statement by the Minister of Digital Affairs of Ghana",
                "Ghana supports the regional initiatives.",
            ),
            "third plenary meeting",
        ),
    ],
)
def test_a_sitting_found_under_two_keys_is_one_event(title, texts, sitting) -> None:
    events = extract(make_report(*texts, title=title)).events
    assert [e.name.lower() for e in events].count(sitting) == 1


def _event(name: str, start: date | None, end: date | None = None) -> dict:
    return {"name": name, "start": start, "end": end, "months": [], "paragraphs": {}}


def test_the_catalogue_edition_is_kept_and_other_days_stay_apart() -> None:
    merged = {
        "radiocommunication-assembly-2031-2031": _event(
            "Radiocommunication Assembly 2031", date(2031, 10, 6), date(2031, 10, 10)
        ),
        "ra-31": _event("Radiocommunication Assembly 2031", date(2031, 10, 6), date(2031, 10, 10)),
        "information-session-2031-09-02": _event("information session", date(2031, 9, 2)),
        "information-session-2031-09-04": _event("information session", date(2031, 9, 4)),
    }
    assert found_twice(merged) == {"radiocommunication-assembly-2031-2031": "ra-31"}

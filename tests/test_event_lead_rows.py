"""Rows of what meets and its dates under a lead that names meetings in the plural and ends with a colon
(``event_tables.lead_row_mentions``): each row is the meeting of the body it names, one row a line or several run
into one line by a PDF's layout. Sentences, bodies, places and dates are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract.events import find_events

_ROWS = (
    "Working Party 5D | 4-13 May 2031",
    "Study Group 7 | 2-6 June 2031",
    "RAG | 8-11 September 2031",
)

_EXPECTED = {
    "Working Party 5D": (date(2031, 5, 4), date(2031, 5, 13)),
    "Study Group 7": (date(2031, 6, 2), date(2031, 6, 6)),
    "RAG": (date(2031, 9, 8), date(2031, 9, 11)),
}


def _events(tmp_path: Path, *paragraphs: str) -> dict[str, tuple[date | None, date | None]]:
    text = "\n\n".join(("ADMINISTRATIVE CIRCULAR CA/77", "2 February 2031", *paragraphs))
    return {e.name: (e.start, e.end) for e in find_events(parsed_text(tmp_path, text), 2031, meeting=None)}


@pytest.mark.parametrize(
    "lead",
    [
        "1 The meetings of the study groups and their working parties in 2031 will be held as follows:",
        "2 The Bureau has decided to hold the first sessions of the new study period in Geneva as follows:",
    ],
)
@pytest.mark.parametrize("flattened", [False, True])
def test_a_row_under_a_meetings_lead_is_its_bodys_meeting(tmp_path: Path, lead: str, flattened: bool) -> None:
    rows = (" ".join(_ROWS),) if flattened else _ROWS
    found = _events(tmp_path, lead, *rows, "3 Members are invited to register online.")
    assert {name: found.get(name) for name in _EXPECTED} == _EXPECTED


def test_a_row_of_a_place_is_no_meeting(tmp_path: Path) -> None:
    found = _events(
        tmp_path,
        "1 The regional meetings will be held as follows:",
        "Lima | 4-5 May 2031 Quito | 8-9 June 2031",
    )
    assert "Lima" not in found and "Quito" not in found


def test_rows_under_a_lead_of_no_meetings_are_none(tmp_path: Path) -> None:
    found = _events(tmp_path, "1 The deadlines for contributions are as follows:", "Study Group 7 | 12 May 2031")
    assert "Study Group 7" not in found

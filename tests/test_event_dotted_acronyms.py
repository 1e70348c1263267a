"""A body's acronym that ends in a dotted Roman number (``ATC.II``, ``SCR.I``) belongs to the name of its
numbered meeting (``the XIV Meeting of ATC.II, in Quito, 7-11 May 2031``): the name runs to its last letter and
takes the dates after it; a meeting of the report's own number so named is the own meeting. Sentences, bodies
and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.events import find_events
from wsiskg.ingest.records import Meeting

D = date


def _events(text: str, meeting: Meeting | None = None) -> dict[str, date | None]:
    return {e.name: e.start for e in find_events(make_report(text), meeting=meeting)}


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "The Rapporteur will present a draft at the XIV Meeting of ATC.II, in Quito, 7–11 May 2031.",
            "XIV Meeting of ATC.II",
            D(2031, 5, 7),
        ),
        (
            "Delegates agreed to meet again at the XXVI Meeting of SCR.I, to be held in Asunción from 2 to 5 "
            "March 2032.",
            "XXVI Meeting of SCR.I",
            D(2032, 3, 2),
        ),
        (
            "Comments on the draft opinion are expected before the XL Meeting of CTR.III (Montevideo, 14-17 "
            "October 2030).",
            "XL Meeting of CTR.III",
            D(2030, 10, 14),
        ),
    ],
)
def test_a_numbered_meeting_of_a_dotted_acronym_is_named_in_full_and_dated(text: str, name: str, day: date) -> None:
    assert _events(text).get(name) == day


@pytest.mark.parametrize(
    "text",
    [
        "The Andean Technical Committee II (ATC.II) met in Quito. The Rapporteur will report to the XXI Meeting "
        "of ATC.II.",
        "The Chair of ATC.II is instructed to report on the results of the Assembly to the XXI Meeting of ATC.II.",
    ],
)
def test_an_undated_numbered_meeting_keeps_the_whole_acronym(text: str) -> None:
    assert "XXI Meeting of ATC.II" in _events(text)


def test_the_own_meeting_named_by_its_roman_number_is_no_other_event() -> None:
    own = Meeting(body="atc-ii", number=21, start=D(2031, 5, 7), end=D(2031, 5, 9))
    text = "The XXI Meeting of ATC.II adopted the work plan. The XXII Meeting of ATC.II will be held in Lima."
    found = _events(text, own)
    assert "XXI Meeting of ATC.II" not in found
    assert "XXII Meeting of ATC.II" in found


def test_a_full_stop_after_an_acronym_ends_the_name() -> None:
    text = "The Rapporteur will report to the Fifth Meeting of ATC. It will be held in Quito on 4 May 2031."
    assert not any(name.endswith(".") or "ATC.I" in name for name in _events(text))

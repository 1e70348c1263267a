"""A coded edition filling the bracket right after the dates a verb holds is their event
(``event_bracket_dates.coded_after``, read by ``event_dates.dated_before``): ``Conference, which will be held in Lima
from 9 to 27 November 2030 (PP-30)`` — an excerpt whose first page cut the name before its head noun — dates
``PP-30``. The code's two digits must be the dates' year; a due date before the bracket holds nothing. Sentences,
places and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.events import find_events


def _days(text: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.name: (e.start, e.end) for e in find_events(one_section_report(text), 2031, meeting=None)}


@pytest.mark.parametrize(
    ("text", "name", "days"),
    [
        (
            "Conference, which will be held in Lima, Peru, from 9 to 27 November 2030 (PP-30).\n\nMissions are "
            "invited to send the names of their delegates.",
            "Plenipotentiary Conference 2030",
            (date(2030, 11, 9), date(2030, 11, 27)),
        ),
        (
            "Assembly, which will take place in Nairobi from 6 to 10 October 2031 (RA-31). The agenda is annexed.",
            "Radiocommunication Assembly 2031",
            (date(2031, 10, 6), date(2031, 10, 10)),
        ),
        (
            "Development Conference, to be convened in Manila from 2 to 13 June 2031 (WTDC-31), will adopt the plan.",
            "World Telecommunication Development Conference 2031",
            (date(2031, 6, 2), date(2031, 6, 13)),
        ),
    ],
)
def test_a_code_after_held_dates_takes_them(text: str, name: str, days: tuple[date, date]) -> None:
    assert _days(text).get(name) == days


@pytest.mark.parametrize(
    "text",
    [
        "Contributions must be received by 3 May 2031 (WTDC-31).",
        "The preparatory report was held back until 4 June 2031 (WRC-35).",
    ],
)
def test_a_code_after_other_dates_takes_none(text: str) -> None:
    assert all(start is None for start, _ in _days(text).values())

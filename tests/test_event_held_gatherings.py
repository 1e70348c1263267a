"""A body that holds its own gathering by another noun than ``meeting`` (``meeting_words.csv``, role
``own-gathering``: ``held its annual assembly``, ``will hold its biennial congress``) holds an event, as ``held its
annual meeting`` does (``event_met._held_meeting``); the noun only after ``its``, so ``the General Assembly``
is not read. A body's name set off by a dashed apposition before the verb (``EQUALS – the Partnership ... – held``)
is still the subject. Sentences, bodies, places and dates are our own.
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
            "The Pacific Islands Telecom Alliance held its annual assembly in Suva on 4-5 May 2031.",
            "annual assembly of the Pacific Islands Telecom Alliance",
            (date(2031, 5, 4), date(2031, 5, 5)),
        ),
        (
            "The Andean Broadband Association will hold its biennial congress in Quito from 8 to 10 September 2031.",
            "biennial congress of the Andean Broadband Association",
            (date(2031, 9, 8), date(2031, 9, 10)),
        ),
        (
            "NORDLINK – the Nordic Network for Digital Inclusion of Older Persons – held its general assembly in "
            "Tromsø on 12 June 2031, hosted by the national regulator.",
            "general assembly of the NORDLINK",
            (date(2031, 6, 12), None),
        ),
    ],
)
def test_a_body_holding_its_own_gathering_holds_an_event(text: str, name: str, days: tuple[date, date | None]) -> None:
    assert _days(text).get(name) == days


@pytest.mark.parametrize(
    "text",
    [
        "The General Assembly adopted the resolution on 3 May 2031.",
        "The Alliance welcomed the assembly of new members on 3 May 2031.",
    ],
)
def test_an_assembly_not_held_by_its_body_is_no_gathering(text: str) -> None:
    assert not [name for name in _days(text) if "assembly" in name.lower()]

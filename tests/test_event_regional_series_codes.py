"""A regional or national edition of a series named by the series' code after capitalised words is an event of its
own when dated (``event_nouns.csv``: ``IGF``, kind ``forum``, read by ``event_name_forms.named_dated_mentions``):
``the West African IGF (Accra, 13-16 August 2031)``, ``the Caribbean IGF, held in Bridgetown from ...``; a name
filling the bracket right after an event's name is that name written short, no event of its own
(``event_name_forms._short_name``: ``the Andean Internet Governance Forum (Andean IGF), held in Quito ...``).
Sentences, places and dates are our own.
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
            "The Group drew on regional discussions at the West African IGF (Accra, 13–16 August 2031).",
            "West African IGF",
            (date(2031, 8, 13), date(2031, 8, 16)),
        ),
        (
            "The Caribbean IGF, held in Bridgetown from 4 to 6 September 2031, adopted its messages.",
            "Caribbean IGF",
            (date(2031, 9, 4), date(2031, 9, 6)),
        ),
        (
            "Participants recalled the outcome of the 2031 Nordic Youth IGF (Oslo, 2–3 June 2031).",
            "Nordic Youth IGF",
            (date(2031, 6, 2), date(2031, 6, 3)),
        ),
    ],
)
def test_a_regional_edition_named_by_the_code_is_an_event(text: str, name: str, days: tuple[date, date]) -> None:
    assert _days(text).get(name) == days


def test_a_short_name_in_brackets_is_no_event_of_its_own() -> None:
    days = _days(
        "The Andean Internet Governance Forum (Andean IGF), held in Quito from 16 to 18 November 2031, "
        "adopted its messages."
    )
    assert "Andean IGF" not in days
    assert (date(2031, 11, 16), date(2031, 11, 18)) in days.values()

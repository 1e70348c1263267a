"""One of the events a plural names before it, picked out by its ordinal or as the last, with its own dates
(:mod:`wsiskg.ingest.extract.event_one_of`). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.events import find_events


def _events(*texts: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.name: (e.start, e.end) for e in find_events(make_report(*texts))}


@pytest.mark.parametrize(
    ("text", "name", "days"),
    [
        (
            "All five subregional consultation meetings have now taken place, the last one, for the Caribbean, in "
            "Bridgetown on 3 and 4 June 2032.",
            "last subregional consultation meeting for the Caribbean",
            (date(2032, 6, 3), date(2032, 6, 4)),
        ),
        (
            "The Bureau will convene the regional spectrum pricing workshops, the first of which will be held in "
            "Montevideo on 12-13 March 2033.",
            "first regional spectrum pricing workshop",
            (date(2033, 3, 12), date(2033, 3, 13)),
        ),
        (
            "The chairman recalled the nine meetings held by the Task Force between 2027 and 2031, the last one "
            "from 21 to 22 October 2031.",
            "last meeting",
            (date(2031, 10, 21), date(2031, 10, 22)),
        ),
        (
            "Three national validation seminars on e-waste were organized in 2030, the second of them in Kigali on "
            "9 September 2030.",
            "second national validation seminar on e-waste",
            (date(2030, 9, 9), None),
        ),
    ],
)
def test_one_picked_out_of_a_plural_is_an_event_on_its_own_days(text, name, days):
    assert _events(text).get(name) == days


@pytest.mark.parametrize(
    "text",
    [
        # a closing day is no own date
        "The report covers the Group's four meetings, the last of which closed on 6 March 2031.",
        # no plural event before it in the sentence
        "Several delegations submitted contributions. The first one, from Chile, was received on 4 May 2031.",
        # no date of its own
        "Seven regional consultations were held between 1 February and 20 April 2031, the last one in Apia.",
    ],
)
def test_no_event_without_a_plural_and_own_dates(text):
    assert not any(n.startswith(("last ", "first ")) for n in _events(text))

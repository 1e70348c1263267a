"""One event named before a list of dates closed by ``respectively`` is held once per date
(``event_mention_dates._each_respectively``, read by ``_holdings``): ``each preceded by an open consultation (3 May
2031 and 9 June 2031 respectively)`` is two consultations, not one running from May to June. Several events named
before such a list still take a date each (``_respectively``). Sentences, bodies, places and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.events import find_events


def _days(text: str) -> list[tuple[str, date | None, date | None]]:
    return sorted(
        ((e.name, e.start, e.end) for e in find_events(one_section_report(text), 2031, meeting=None)),
        key=lambda x: (x[1] or date.min, x[0]),
    )


@pytest.mark.parametrize(
    ("text", "name", "days"),
    [
        (
            "The Task Force met twice, each meeting preceded by an open physical consultation on the same topic "
            "(14 October 2030 and 3 February 2031 respectively).",
            "open physical consultation on the same topic",
            [date(2030, 10, 14), date(2031, 2, 3)],
        ),
        (
            "Each session was preceded by a regional briefing for new members, on 7 April 2031 and 11 August 2031 "
            "respectively.",
            "regional briefing for new members",
            [date(2031, 4, 7), date(2031, 8, 11)],
        ),
        (
            "Both meetings of the Panel were followed by a technical workshop on numbering, on 5 March, 2 June "
            "and 9 September 2031 respectively.",
            "technical workshop on numbering",
            [date(2031, 3, 5), date(2031, 6, 2), date(2031, 9, 9)],
        ),
    ],
)
def test_one_event_before_dates_paired_respectively_is_held_on_each(text: str, name: str, days: list[date]) -> None:
    found = [(start, end) for n, start, end in _days(text) if n == name]
    assert found == [(d, None) for d in days]


def test_several_events_still_take_a_date_each() -> None:
    text = "The Andean Data Forum and the Coral Cable Summit will be held on 3 May 2031 and 9 June 2031 respectively."
    assert _days(text) == [
        ("Andean Data Forum", date(2031, 5, 3), None),
        ("Coral Cable Summit", date(2031, 6, 9), None),
    ]


def test_a_list_of_days_without_respectively_is_one_event() -> None:
    text = "The Bureau held a regional consultation on spectrum pricing on 3 May 2031 and 4 May 2031."
    assert _days(text) == [("regional consultation on spectrum pricing", date(2031, 5, 3), date(2031, 5, 4))]

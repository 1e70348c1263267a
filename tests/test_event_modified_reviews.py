"""A review named by a modifier that qualifies it takes a capitalised topic after ``of``
(``generic-events.csv``: ``review``, column ``of`` ``modified``, read by ``event_forms._of_topic``): ``the
Andean regional review of WSIS outcomes in Quito on 3 and 4 May``, ``the midterm review of the Lisbon Programme of
Action``; a review with no modifier is of its text, no event (``the review of Resolution 140 on 3 May``).
Sentences, bodies, places and dates are our own.
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
            "The Economic Commission for Latin America organized the Andean regional review of WSIS outcomes in "
            "Quito on 3 and 4 May 2031. Participants called for more investment.",
            "Andean regional review of WSIS outcomes",
            (date(2031, 5, 3), date(2031, 5, 4)),
        ),
        (
            "The midterm review of the Lisbon Programme of Action will take place in Nairobi on 8 and 9 October 2031.",
            "midterm review of the Lisbon Programme of Action",
            (date(2031, 10, 8), date(2031, 10, 9)),
        ),
        (
            "ESCWA convened the Arab regional review of the Summit outcomes in Muscat on 12 November 2031.",
            "Arab regional review of the Summit outcomes",
            (date(2031, 11, 12), None),
        ),
    ],
)
def test_a_modified_review_of_a_name_is_an_event(text: str, name: str, days: tuple[date, date | None]) -> None:
    assert _days(text).get(name) == days


@pytest.mark.parametrize(
    "text",
    [
        "The Council completed the review of Resolution 140 on 3 May 2031.",
        "The Group began a review of the Constitution on 14 June 2031.",
        "The Bureau finished its review of Decision 12 on 9 September 2031.",
    ],
)
def test_a_review_of_a_text_is_no_event(text: str) -> None:
    assert not [name for name in _days(text) if "review" in name.lower()]

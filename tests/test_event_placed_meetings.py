"""A meeting named only by where it is held, with its own days after the place (``at a meeting in Port Elm on 12
and 13 July``, ``at a summit in Lima (25-27 September)``, ``at its meeting held in Apia on 14 February`` whose holder
the sentence does not name): an event named by its noun and place (``event_placed_meetings.placed_mentions``). Not
a month after ``in``, not a place without days of its own, not a meeting named before (``the meeting in Lima``), not
a meeting whose holder the sentence names (the body's meeting). Sentences, places and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts

from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.event_placed_meetings import placed_mentions


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "The Commission will launch the exchange at a meeting in Port Elm on 12 and 13 July 2031.",
            "meeting in Port Elm",
            date(2031, 7, 12),
        ),
        (
            "In September, heads of State will adopt the new compact at a summit in Lima (25-27 September 2031).",
            "summit in Lima",
            date(2031, 9, 25),
        ),
        (
            "The regulators agreed the text at a conference in New Harbour from 3 to 5 March 2030.",
            "conference in New Harbour",
            date(2030, 3, 3),
        ),
    ],
)
def test_a_meeting_named_by_its_place_with_its_own_days_is_an_event(sentence: str, name: str, day: date) -> None:
    assert event_starts("The Council opened in Norland.", sentence).get(name) == day


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "The Coastal Data Group was set up in 2027. At its meeting in Apia on 14 February 2031, which an observer "
            "attended, members agreed that the Group had no budget.",
            "meeting in Apia",
            date(2031, 2, 14),
        ),
        (
            "I inform you that this study group, at its meeting held in Port Elm from 20 to 28 January 2031, agreed "
            "the two draft texts.",
            "meeting in Port Elm",
            date(2031, 1, 20),
        ),
    ],
)
def test_a_holders_meeting_by_its_place_whose_holder_is_not_named_there(sentence: str, name: str, day: date) -> None:
    assert event_starts("The Council opened in Norland.", sentence).get(name) == day


def test_a_holder_named_in_the_sentence_names_its_meeting() -> None:
    # the body's meeting (its reader comes first), not a meeting by place
    found = event_starts(
        "The Arctic Numbering Forum, at its meeting held in Tromvik on 3 and 4 May 2031, agreed the text."
    )
    assert found == {"meeting of Arctic Numbering Forum": date(2031, 5, 3)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission will hold a meeting in May 2031.",  # a month, no place
        "The Commission will hold a meeting in Port Elm to discuss the plan.",  # no days of its own
        "The Board recalled the meeting in Port Elm on 12 July 2031.",  # "the": a meeting named before
        "The Board will hold a meeting in Port Elm, and the report is due on 12 July 2031.",  # not its days
    ],
)
def test_no_meeting_by_place_without_its_own_days(sentence: str) -> None:
    assert not any(m.name.startswith("meeting in") for m in placed_mentions(sentence, find_dates(sentence, 2031)))

"""An election held on its own days (``event_elections.election_mentions``; ``meeting_words.csv`` role ``poll``):
the noun, what it is of, for or to, a verb of holding and the days right after it. Not an election with no days
of its own after such a verb (a deadline to stand for it), nor one whose verb holds nothing. Sentences, bodies and
dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "We count on the support of Member States in the elections to be held on 4 November 2030.",
            "elections",
            date(2030, 11, 4),
        ),
        (
            "The Chair said that the elections of the Secretary-General and the Deputy Secretary-General would take "
            "place on 12 November 2030.",
            "elections of the Secretary-General and the Deputy Secretary-General",
            date(2030, 11, 12),
        ),
        (
            "Elections to the Staff Council will be held electronically from 20 to 24 October 2031.",
            "elections to the Staff Council",
            date(2031, 10, 20),
        ),
        (
            "The Chair announced that the election would take place on Thursday, 16 October 2031, at 0930 hours.",
            "election",
            date(2031, 10, 16),
        ),
    ],
)
def test_an_election_with_its_own_days_is_an_event(sentence: str, name: str, day: date) -> None:
    assert event_starts("The Council opened in Norland.", sentence).get(name) == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff members wishing to stand for election are invited to apply by 24 October 2031.",  # a deadline
        "The election of the Chair was discussed on 3 May 2031.",  # no verb of holding
        "The Council held elections in 2031.",  # no days
    ],
)
def test_no_election_without_its_own_days(sentence: str) -> None:
    assert not any(n.startswith("election") for n in event_starts("The Council opened in Norland.", sentence))

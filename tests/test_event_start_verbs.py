"""A verb of starting between an event's name and its date is a verb of holding (``date_words.csv``, role
``held``: starting, beginning, begins, began, commencing ...): ``the 12th meeting of the Group, starting on 4
May``, ``its winter session, beginning 28 November``. Not ``at the beginning of May`` (a noun: no verb between
the name and the date). Sentences, events and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.events import event_mentions

D = date


def _starts(text: str) -> dict[str, date | None]:
    return {m.name: m.start for m in event_mentions(text, 2031)}


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "The Council noted that the 12th meeting of the Nordic Data Council, starting on 4 May 2031, would "
            "review the text.",
            "12th meeting of the Nordic Data Council",
            D(2031, 5, 4),
        ),
        ("The Andean Digital Week, commencing 3 March 2031, will discuss it.", "Andean Digital Week", D(2031, 3, 3)),
        (
            "The Pacific Islands Data Summit 2031, beginning on 14 September 2031 in Apia, will adopt a roadmap.",
            "Pacific Islands Data Summit 2031",
            D(2031, 9, 14),
        ),
        (
            "Delegates recalled that the fifth session of the Expert Group on Tariffs began in Lima on 2 April 2031.",
            "5th session of the Expert Group on Tariffs",
            D(2031, 4, 2),
        ),
    ],
)
def test_a_verb_of_starting_dates_the_event(text: str, name: str, day: date) -> None:
    assert _starts(text)[name] == day


def test_the_beginning_of_a_month_is_no_verb_of_starting() -> None:
    assert _starts("The Board will review the report at the beginning of May 2031.") == {}

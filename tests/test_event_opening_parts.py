"""The opening sitting of the report's own meeting (``the opening ceremony on 3 May``; ``meeting_words.csv``
role ``opening-part``) is a part of the meeting held on its first day, an event of its own; another event named
by form only on that day is still the meeting itself (``event_prose._own_again``). ``Opening`` qualifies a sitting
(``event_modifiers.csv``): ``the opening session`` with its own day is an event. Sentences, bodies, places and
dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts, one_section_report

from wsiskg.ingest.extract.events import find_events
from wsiskg.ingest.records import Meeting

MEETING = Meeting(body="rpm-eur", number=None, start=date(2031, 3, 10), end=date(2031, 3, 12))


def _starts(text: str) -> dict[str, date | None]:
    return {e.name: e.start for e in find_events(one_section_report(text), 2031, meeting=MEETING)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "At the opening ceremony on Monday 10 March, statements were made by the Minister of Digital Affairs of "
            "Norland and by the Director of the Bureau.",
            "opening ceremony",
        ),
        ("The opening ceremony, held on 10 March 2031, was chaired by Ms Ilse Varga (Norland).", "opening ceremony"),
    ],
)
def test_the_opening_sitting_on_the_first_day_is_an_event(text: str, name: str) -> None:
    assert _starts(text).get(name) == date(2031, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The regional meeting was held in Port Elm on 10 and 11 March 2031.",  # the meeting itself, named by form
        "A plenary session on 10 March 2031 adopted the agenda.",  # no opening part: the meeting's own sitting
    ],
)
def test_another_event_named_by_form_on_the_first_day_is_the_meeting(text: str) -> None:
    assert not any(v == date(2031, 3, 10) for v in _starts(text).values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Session of Budget Experts took place on 10 and 11 March 2031, before the ministers met.",
            "Session of Budget Experts",
        ),
        (
            "A ministerial round table was held from 10 to 11 March 2031 under the chair of the host.",
            "ministerial round table",
        ),
        (
            "The programme opens with the National Coastal Cyberdrill, from 10 to 11 March 2031.",
            "National Coastal Cyberdrill",
        ),
    ],
)
def test_a_sitting_that_ends_before_the_meeting_is_a_part_of_it(text: str, name: str) -> None:
    assert _starts(text).get(name) == date(2031, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The Session of Budget Experts took place from 10 to 12 March 2031.",  # all the meeting's days: the meeting
        "A ministerial round table was held on 10 March 2031.",  # one day, the first: the meeting's own sitting
    ],
)
def test_a_sitting_on_all_the_meetings_days_or_its_first_day_alone_is_the_meeting(text: str) -> None:
    assert not any(v == date(2031, 3, 10) for v in _starts(text).values())


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "The opening session will begin at 0930 hours on Wednesday, 4 June 2031.",
            "opening session",
            date(2031, 6, 4),
        ),
        (
            "At its opening plenary, on 22 September 2030, the Expert Meeting elected its officers.",
            "opening plenary",
            date(2030, 9, 22),
        ),
    ],
)
def test_an_opening_sitting_with_its_own_day_is_an_event(sentence: str, name: str, day: date) -> None:
    # ``Opening`` qualifies a sitting (``event_modifiers.csv``), as ``informal`` does; ``the plenary`` alone does not
    assert event_starts("The Council opened in Norland.", sentence).get(name) == day


def test_a_sitting_without_a_qualifier_is_no_event() -> None:
    assert "plenary" not in event_starts("The Council opened in Norland.", "The plenary on 4 June 2031 adopted it.")


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "The closing plenary on 14 October 2031 was addressed by the Minister of Digital Affairs of Norland.",
            "closing plenary",
            14,
        ),
        (
            "The draft Guidelines will be discussed at the closing session on 23 May 2031 and adopted as a document.",
            "closing session",
            23,
        ),
    ],
)
def test_a_closing_sitting_with_its_own_day_is_an_event(sentence: str, name: str, day: int) -> None:
    """``Closing`` qualifies a sitting too (``event_modifiers.csv``)."""
    found = event_starts("The Council opened in Norland.", sentence).get(name)
    assert found is not None and found.day == day


def test_the_closing_sitting_on_the_records_last_day_is_the_meeting() -> None:
    """``meeting_words.csv`` role ``closing-part``: the record's own closing sitting on its meeting's last day is left
    as the meeting (``event_prose._own_again``); the opening one on its first day stays an event."""
    found = _starts("The Chair of the Meeting chaired the closing plenary on 12 March, which adopted the report.")
    assert "closing plenary" not in found
    found = _starts("Ms Ilse Varga (Norland) chaired the closing plenary on 11 March, before the field visit.")
    assert found.get("closing plenary") == date(2031, 3, 11)


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "The Coastal Women Network continued its mentoring scheme with 90 mentees; its closing event took place "
            "on 9 March 2031.",
            "closing event",
            date(2031, 3, 9),
        ),
        (
            "The Island Coding Week began with an opening event in Apia on 4 May 2031.",
            "opening event",
            date(2031, 5, 4),
        ),
        (
            "Our school programme ended in June: the closing event will be held online on 12 November 2031.",
            "closing event",
            date(2031, 11, 12),
        ),
    ],
)
def test_an_opening_or_closing_event_with_its_own_day_is_an_event(sentence: str, name: str, day: date) -> None:
    """``generic-events.csv``: ``closing event``, ``opening event`` name an event alone, as ``launch event`` does;
    ``event`` alone is no noun of the generic reader, so ``its closing event took place on ...`` was left."""
    assert event_starts("The Board met in Norland.", sentence).get(name) == day

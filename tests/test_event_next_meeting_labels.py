"""A next meeting labelled on its own line with one word between ``Next`` and the noun, a body's acronym or a
modifier (``Next ATR meeting: Lima, 4-6 May 2031``, ``Next coordination meeting: Riga, 4 September 2031,
followed by ...``): an event named as written, on the dates of the label's dateline; the events the line names
after those dates are read as before. Sentences, bodies and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts as _events

D = date


@pytest.mark.parametrize(
    ("line", "name", "day"),
    [
        ("Next ATR meeting: Lima, 4 – 6 May 2031", "Next ATR meeting", D(2031, 5, 4)),
        ("5 Next coordination meeting: Riga, 4 September 2031.", "Next coordination meeting", D(2031, 9, 4)),
        ("7. Next Rapporteur meeting: Accra (hybrid), 12-13 March 2032", "Next Rapporteur meeting", D(2032, 3, 12)),
        ("Next steering call: Tuesday 3 February 2032, 14:00 CET", "Next steering call", D(2032, 2, 3)),
    ],
)
def test_a_labelled_next_meeting_with_a_word_before_the_noun_is_dated(line: str, name: str, day: date) -> None:
    found = _events("The group reviewed the draft work plan and agreed on its next steps.", line)
    assert found.get(name) == day


def test_the_events_named_after_the_label_s_dates_stay() -> None:
    line = (
        "5 Next coordination meeting: Riga, 4 September 2031, followed by the Baltic Spectrum Forum in Riga on "
        "5–7 September 2031."
    )
    found = _events("The delegations agreed to coordinate their positions.", line)
    assert found.get("Next coordination meeting") == D(2031, 9, 4)
    assert found.get("Baltic Spectrum Forum") == D(2031, 9, 5)


def test_one_event_when_the_date_follows_the_label_directly() -> None:
    found = _events("The group met in Quito.", "6. Next ATR meeting: 19 September 2031, Quito (hybrid).")
    assert [n for n in found if n.casefold().startswith("next")] == ["Next ATR meeting"]


def test_a_sentence_about_the_next_meeting_is_no_label() -> None:
    found = _events("Next year the coordination meeting will discuss the budget: Riga, 4 September 2031.")
    assert "Next year the coordination meeting" not in found and "next year meeting" not in found


@pytest.mark.parametrize(
    ("line", "name", "day"),
    [
        ("Item 6. Next meeting: 9 February 2032.", "next meeting", D(2032, 2, 9)),
        ("Agenda item 11: Next session: Dakar, 3-4 June 2031.", "next session", D(2031, 6, 3)),
        ("ITEM 4 Next meeting – 12 March 2031", "next meeting", D(2031, 3, 12)),
    ],
)
def test_a_next_meeting_labelled_after_an_agenda_items_number_is_the_next_meeting(
    line: str, name: str, day: date
) -> None:
    """An agenda item's label and number before ``Next meeting:`` (``date_words.csv``, role ``number-label``)
    are the item's, as a section's number is: the line labels the next meeting, not an event named ``Item 6``."""
    found = _events("The group reviewed the draft work plan and agreed on its next steps.", line)
    assert found.get(name) == day
    assert not [n for n in found if n.casefold().startswith(("item", "agenda"))]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Next meeting: Apia, March 2032 (date tbc).", D(2032, 3, 1)),
        ("Next meeting: Yamoussoukro, Côte d'Ivoire, November 2031.", D(2031, 11, 1)),
        ("6 Next meeting: Rio de Janeiro, July 2032 (to be confirmed)", D(2032, 7, 1)),
    ],
)
def test_a_labelled_next_meeting_in_a_place_and_a_month_is_dated_by_the_month(line: str, day: date) -> None:
    """``event_body_meetings._labelled_dates``: a dateline's reader reads days only; a place and a month after the
    label date the next meeting by the month."""
    found = _events("The Steering Committee reviewed the joint work plan.", line)
    assert found.get("next meeting") == day, found


def test_a_labelled_next_meeting_with_a_month_after_words_in_lower_case_is_undated() -> None:
    found = _events("The Steering Committee reviewed the joint work plan.", "Next meeting: to be decided, May 2032.")
    assert found.get("next meeting") is None

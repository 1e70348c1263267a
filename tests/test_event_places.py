"""Where an event is held, read after its name (``event_mention_dates._event_place``): besides ``held in`` and
``to take place in``, a verb of planning and ``for`` (``date_words.csv``, role ``plan``: ``is planned for
Tallinn``). An undated next meeting named where it is held is an event (decision 25). Sentences, places and
dates are our own.
"""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.events import event_mentions, find_events


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        ("The next workshop is planned for Tallinn in the autumn of 2032.", "next workshop", "Tallinn"),
        (
            "The next seminar of the series is scheduled for Apia, Samoa, in the first half of 2033.",
            "next seminar of the series",
            "Apia, Samoa",
        ),
        ("A follow-up clinic is foreseen for Windhoek late next year.", "follow-up clinic", "Windhoek"),
    ],
)
def test_a_verb_of_planning_and_for_names_where_an_event_is_held(sentence: str, name: str, place: str) -> None:
    found = {m.name: m.place for m in event_mentions(sentence, 2031)}
    assert found.get(name) == place


def test_a_month_after_planned_for_is_a_date_not_a_place() -> None:
    found = {m.name: (m.place, m.start) for m in event_mentions("The next workshop is planned for May 2032.", 2031)}
    assert found["next workshop"][0] is None
    assert found["next workshop"][1] is not None


def test_an_undated_next_workshop_planned_for_a_city_is_an_event() -> None:
    report = one_section_report(
        "The workshop closed on 3 October 2031.",
        "The next workshop of the series is planned for Tallinn in the autumn of 2032.",
    )
    assert "next workshop of the series" in {e.name for e in find_events(report)}


def test_an_undated_next_workshop_without_a_place_stays_a_time() -> None:
    report = one_section_report(
        "The workshop closed on 3 October 2031.",
        "The results will be reported to the next workshop of the series.",
    )
    assert "next workshop of the series" not in {e.name for e in find_events(report)}

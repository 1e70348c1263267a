"""An event named by its place in a run (``the next meeting``) and the event it stands for, on the same days:
one event (:mod:`wsiskg.ingest.extract.event_same_days`). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.event_same_days import placed_again
from wsiskg.ingest.extract.events import find_events


def _events(*texts: str) -> list[tuple[str, date | None]]:
    return [(e.name, e.start) for e in find_events(make_report(*texts), 2033)]


@pytest.mark.parametrize(
    ("texts", "kept"),
    [
        (
            (
                "The Committee agreed that its next meeting would take place in Quito from 4 to 7 May 2033.",
                "Annex: calendar. Ninth Meeting of the Andean Spectrum Committee, Quito, 4-7 May 2033.",
            ),
            "Ninth Meeting of the Andean Spectrum Committee",
        ),
        (
            (
                "The Bureau will organize the Regional Spectrum Seminar 2033 in Suva from 3 to 6 June 2033.",
                "Administrations are invited to the next regional seminar for the Pacific, from 3 to 6 June 2033.",
            ),
            "Regional Spectrum Seminar 2033",
        ),
    ],
)
def test_the_next_event_on_a_named_events_days_is_that_event(texts, kept):
    found = _events(*texts)
    assert [name for name, start in found if start and start.month in (5, 6)] == [kept]


def test_a_meeting_held_during_a_forum_on_its_days_stays_an_event_of_its_own():
    found = _events(
        "The Harbour Forum 2033 will take place in Apia from 8 to 11 March 2033.",
        "The next facilitation meeting on coastal data will be held from 8 to 11 March 2033, during the Forum.",
    )
    assert len([name for name, start in found if start == date(2033, 3, 8)]) == 2


def _e(name: str, start: date | None, end: date | None) -> dict:
    return {"name": name, "start": start, "end": end}


def test_one_day_or_two_candidates_merge_nothing():
    one_day = {
        "a": _e("next meeting of the Board", date(2033, 2, 1), None),
        "b": _e("Board meeting", date(2033, 2, 1), None),
    }
    assert placed_again(one_day) == {}
    days = (date(2033, 2, 1), date(2033, 2, 3))
    two = {
        "a": _e("next meeting", *days),
        "b": _e("Twelfth Meeting of the Board", *days),
        "c": _e("Joint Meeting of the Panels", *days),
    }
    assert placed_again(two) == {}
    assert placed_again({k: two[k] for k in ("a", "b")}) == {"a": "b"}

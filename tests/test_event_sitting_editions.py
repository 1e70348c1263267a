"""A numbered sitting named with the session it is a sitting of, after a comma
(:func:`wsiskg.ingest.extract.event_sitting_editions.sittings_of_editions`): the adoption line under a Council text
names one event, the plenary of that session, dated by the day after it. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.event_prose import event_mentions


def _events(text: str) -> list[tuple[str, date | None]]:
    return [(m.name, m.start) for m in event_mentions(text, 2031)]


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "(Adopted at the ninth Plenary Meeting, Council 2031, Geneva, 21 October 2031)",
            "ninth Plenary Meeting, Council 2031",
            date(2031, 10, 21),
        ),
        ("(adopted at the sixth plenary meeting, Council 2033)", "sixth plenary meeting, Council 2033", None),
        (
            "Approved at the 4th plenary session, WTDC-29, Lima, 14 March 2029.",
            "4th plenary session, WTDC-29",
            date(2029, 3, 14),
        ),
    ],
)
def test_a_sitting_named_with_its_session_is_one_event(text: str, name: str, day: date | None) -> None:
    assert _events(text) == [(name, day)]


@pytest.mark.parametrize(
    "text",
    [
        "(adopted at the eighth plenary meeting)",
        "The Council, at its 2031 session, approved the plan at its seventh plenary meeting.",
    ],
)
def test_a_sitting_without_a_session_after_its_comma_stays_as_written(text: str) -> None:
    found = _events(text)
    assert any(name.endswith("plenary meeting") for name, _ in found)

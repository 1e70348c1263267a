"""Events: a series' edition ending a generic event's name with its days in a bracket right after it (``their
sessions for the WSIS Forum 2031 (4–8 May 2031)``) is dated by that bracket, as the generic event is (decision 9);
what a preparatory meeting is for stays undated (``event_prose._host_in_topic``). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.event_prose import event_mentions


@pytest.mark.parametrize(
    ("text", "key", "start"),
    [
        (
            "Ms Ana Pereira-Lobo invited agencies to register their sessions for the WSIS Forum 2031 (4–8 May 2031) "
            "by 15 February 2031.",
            "wsis-forum-2031",
            date(2031, 5, 4),
        ),
        (
            "Agencies may register their workshops for the WSIS Forum 2033 (11-15 April 2033) by 1 February 2033.",
            "wsis-forum-2033",
            date(2033, 4, 11),
        ),
        (
            "The secretariat will organize a session for the Global Symposium for Regulators 2032 (Lima, 3-5 June "
            "2032).",
            "gsr-32",
            date(2032, 6, 3),
        ),
    ],
)
def test_an_edition_ending_a_generic_events_name_takes_its_bracketed_days(text, key, start) -> None:
    found = {m.key: m for m in event_mentions(text, 2031)}
    assert found[key].start == start


def test_what_a_preparatory_meeting_is_for_stays_undated() -> None:
    text = "The regional preparatory meeting for WTDC-33 (Lima, 3-5 May 2033) adopted its report."
    found = {m.key: m for m in event_mentions(text, 2033)}
    assert found["wtdc-33"].start is None

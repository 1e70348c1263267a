"""Events: an event held during a series' edition on its first day, named with the edition (``the prize ceremony
of the WSIS Forum 2031``, ``sessions for the WSIS Forum 2031``), is kept apart from it (decision 9), not merged as
the edition named in full (``event_merging._repeated``, ``_held_during``); a fuller name of the edition itself with
no event noun added still is. Names and dates are our own."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.event_merging import _repeated


def _event(name: str, start: date, end: date | None = None) -> dict[str, Any]:
    return {"name": name, "start": start, "end": end, "months": [], "paragraphs": {}}


@pytest.mark.parametrize(
    "other",
    ["prize ceremony of the WSIS Forum 2031", "session for the WSIS Forum 2031", "Youth Track of the WSIS Forum 2031"],
)
def test_an_event_held_on_an_editions_first_day_stays_apart(other) -> None:
    merged = {
        "wsis-forum-2031": _event("WSIS Forum 2031", date(2031, 5, 4), date(2031, 5, 8)),
        "other-2031": _event(other, date(2031, 5, 4), date(2031, 5, 8)),
    }
    assert _repeated(merged).get("wsis-forum-2031", "wsis-forum-2031") == "wsis-forum-2031"


def test_the_edition_named_in_full_is_still_one_event() -> None:
    merged = {
        "wsis-forum-2031": _event("WSIS Forum 2031", date(2031, 5, 4), date(2031, 5, 8)),
        "wsis-forum-2031-geneva": _event("WSIS Forum 2031 Geneva", date(2031, 5, 4), date(2031, 5, 8)),
    }
    assert _repeated(merged)["wsis-forum-2031"] == "wsis-forum-2031-geneva"


def test_a_forum_and_the_sessions_registered_for_it_are_two_events() -> None:
    x = extract(
        make_report(
            "Ms Ana Pereira-Lobo invited agencies to register their sessions for the WSIS Forum 2031 (4–8 May 2031) "
            "by 15 February 2031.",
            title="Summary of the meeting of focal points",
        )
    )
    dated = {(e.name, e.start) for e in x.events}
    assert ("WSIS Forum 2031", date(2031, 5, 4)) in dated
    assert any(name != "WSIS Forum 2031" and start == date(2031, 5, 4) for name, start in dated)

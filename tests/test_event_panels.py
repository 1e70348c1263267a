"""``Panel`` is both a body head (``the Advisory Panel on X met``, ``held its third meeting``: a standing body and
its meeting) and an event noun (``a panel on X was held at the Forum``, ``the Ministerial Panel on X took place``:
a session). Told apart by form: a verb of meeting or ``its`` numbered meeting makes the body's meeting; a panel
held, organised or moderated is the event. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract

_TITLE = "Report of the fifth meeting of the Working Group on Rural Access, 20 September 2031"


def _events(text: str) -> dict[str, tuple[str, str, date | None]]:
    return {e.key: (e.name, e.kind, e.start) for e in extract(make_report("Summary", text, title=_TITLE)).events}


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The Advisory Panel on Smart Cities met on 4 April 2031 in Seoul.",
            "meeting of the Advisory Panel on Smart Cities",
            date(2031, 4, 4),
        ),
        (
            "The Scientific Panel on Climate Data will meet in Bonn from 2 to 4 October 2031.",
            "meeting of the Scientific Panel on Climate Data",
            date(2031, 10, 2),
        ),
        (
            "The Group took note of the report of the Review Panel on Spectrum, which met on 7 July 2031.",
            "meeting of the Review Panel on Spectrum",
            date(2031, 7, 7),
        ),
    ],
)
def test_a_panel_that_meets_is_a_body_and_this_its_meeting(text: str, name: str, start: date) -> None:
    found = _events(text)
    assert (name, "meeting", start) in found.values(), found


@pytest.mark.parametrize(
    ("text", "key", "name", "start"),
    [
        (
            "The High-level Panel on Digital Trust held its second meeting on 5 May 2031 in Geneva.",
            "high-level-panel-on-digital-trust-2",
            "2nd meeting of the High-level Panel on Digital Trust",
            date(2031, 5, 5),
        ),
        (
            "In Accra, the Regional Panel of Experts on Numbering held its 12th session from 2 to 4 October 2031.",
            "regional-panel-of-experts-on-numbering-12",
            "12th session of the Regional Panel of Experts on Numbering",
            date(2031, 10, 2),
        ),
        (
            "The Group noted that the Advisory Panel on Youth had held its third meeting on 12 May 2031.",
            "advisory-panel-on-youth-3",
            "3rd meeting of the Advisory Panel on Youth",
            date(2031, 5, 12),
        ),
    ],
)
def test_its_numbered_meeting_is_the_panels_not_the_report_bodys(text: str, key: str, name: str, start: date) -> None:
    found = _events(text)
    assert found.get(key) == (name, name.split()[1], start), found  # the noun written: meeting or session
    assert not any(k.startswith("working-group-on-rural-access-") for k in found), found


def test_the_report_bodys_own_numbered_meeting_is_still_its_own() -> None:
    found = _events("The Group held its 3rd meeting on 3 June 2031 in Lima.")
    assert found.get("working-group-on-rural-access-3") == (
        "3rd meeting of the Working Group on Rural Access",
        "meeting",
        date(2031, 6, 3),
    ), found


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "A panel on digital inclusion was held at the Forum on 12 June 2031.",
            "panel on digital inclusion",
            date(2031, 6, 12),
        ),
        (
            "The Ministerial Panel on Smart Cities took place on 4 April 2031 in Seoul.",
            "Ministerial Panel on Smart Cities",
            date(2031, 4, 4),
        ),
        (
            "Ms Silva moderated a panel on gender and ICTs on 14 April 2031 in Lima.",
            "panel on gender and ICTs",
            date(2031, 4, 14),
        ),
    ],
)
def test_a_panel_held_is_an_event(text: str, name: str, start: date) -> None:
    found = _events(text)
    assert (name, "panel", start) in found.values(), found


@pytest.mark.parametrize(
    ("text", "panel"),
    [
        (
            "The Group noted that the Advisory Panel on Youth had held its third meeting on 12 May 2031.",
            "Advisory Panel on Youth",
        ),
        ("The Group noted that the Review Panel on Spectrum had held its meeting in Lima.", "Review Panel on Spectrum"),
        (
            "Members heard that the Scientific Panel on Climate Data would hold its 4th session in Bonn.",
            "Scientific Panel on Climate Data",
        ),
    ],
)
def test_a_panel_that_holds_its_meeting_is_no_event_itself(text: str, panel: str) -> None:
    found = _events(text)
    assert all(name != panel for name, _, _ in found.values()), found

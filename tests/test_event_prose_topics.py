"""An event named inside a generic event's topic (:func:`wsiskg.ingest.extract.event_prose._in_topic`) is another
event (``a webinar on the preparations for WTDC-33``: the webinar and the conference); ``the meeting of`` a
series' event is that event itself (``the meeting of the Internet Governance Forum in Nairobi, 3-6 December``:
one event, not the meeting and an undated edition); ``a session of`` it stays one part of it. Sentences are our
own."""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract.event_prose import event_mentions


def _events(text: str) -> list[tuple[str, bool]]:
    return [(m.name, m.start is not None) for m in event_mentions(text, 2031)]


@pytest.mark.parametrize(
    "text",
    [
        "The Panel noted the outcomes of the meeting of the Internet Governance Forum in Nairobi, 3–6 December 2031.",
        "Members welcomed the outcomes of the session of the WSIS Forum held in Geneva from 4 to 8 May 2031.",
        "The meeting of the Global Symposium for Regulators took place in Lima from 9 to 11 July 2031.",
    ],
)
def test_the_meeting_of_a_series_event_is_that_event_once_and_dated(text: str) -> None:
    found = _events(text)
    assert len(found) == 1 and found[0][1]


def test_a_session_of_a_series_event_stays_a_part_of_it() -> None:
    found = _events("ITU organized a session of the WSIS Forum on 5 May 2031 on digital skills.")
    assert ("session of the WSIS Forum", True) in found


def test_an_event_in_a_generic_events_topic_is_another_event() -> None:
    found = _events("ITU held a webinar on the preparations for WTDC-33 in Geneva on 4 May 2031.")
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Candidates should be named by 1 March 2032. The first TDAG meeting of the new cycle is foreseen for "
            "3 to 5 May 2032 in Geneva.",
            "first TDAG meeting of the new cycle",
        ),
        ("The second TSAG meeting of the year was held on 9 June 2031.", "second TSAG meeting of the year"),
    ],
)
def test_a_numbered_meeting_heading_a_sitting_of_a_period_is_no_numbered_meeting_of_the_body(
    text: str, name: str
) -> None:
    assert _events(text) == [(name, True)]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "The second session of the Conference Preparatory Meeting for WRC-35 will be held in Manila from 3 to 14 "
            "March 2035.",
            "Conference Preparatory Meeting for WRC-35",
        ),
        (
            "Delegates noted that the first session of the Conference Preparatory Meeting for WRC-31 took place in "
            "Geneva on 20 and 21 November 2027.",
            "Conference Preparatory Meeting for WRC-31",
        ),
        (
            "The 3rd meeting of the Telecommunication Development Advisory Group for PP-34 was held online on 7 "
            "February 2033.",
            "Telecommunication Development Advisory Group for PP-34",
        ),
    ],
)
def test_a_numbered_sitting_opening_a_longer_name_is_that_name_only(text: str, head: str) -> None:
    """The numbered sitting is the head of the longer name, no other undated sitting in its own topic."""
    found = _events(text)
    assert [dated for name, dated in found if head in name] == [True]
    assert not [name for name, dated in found if not dated and name[:1].isdigit()]


def test_an_edition_in_a_side_events_topic_stays_an_event() -> None:
    found = _events("A side event at the WSIS Forum 2032 on youth skills was held in Geneva on 4 May 2032.")
    assert ("WSIS Forum 2032", True) in found and any(name.startswith("side event") for name, _ in found)

"""Events counted in the plural and held over one span (``event_counted_spans.spanned_plural``): ``Nine
national dialogues were held between 2 March and 14 May``, ``a series of regional webinars from 5 to 19
October``: one event, named without its count and dated from the span's first to its last day. Not a bare
noun or a mode alone (``a series of webinars``, ``four online sessions``), not a single day or month, not the
form of an event named before (``held online in a series of thematic sessions``), not a count inside another
event's days. Sentences, bodies, places and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts as _events

from wsiskg.ingest.extract.events import find_events
from wsiskg.ingest.records import Paragraph, ParsedReport

D = date


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "Nine national dialogues were held between 2 March and 14 May 2031, the last one in Port Elm.",
            "national dialogue",
            D(2031, 3, 2),
        ),
        (
            "Moreover, seven regional briefing sessions, organized with the area offices, will take place between "
            "September 2032 and February 2033.",
            "regional briefing session",
            D(2032, 9, 1),
        ),
        (
            "The Alliance had run a series of regional webinars from 5 to 19 October 2031 on spectrum pricing.",
            "regional webinar",
            D(2031, 10, 5),
        ),
        ("Three technical workshops took place from 8 to 26 June 2030.", "technical workshop", D(2030, 6, 8)),
        (
            "The Office organized a round of stakeholder consultations between 1 and 20 April 2031.",
            "stakeholder consultation",
            D(2031, 4, 1),
        ),
    ],
)
def test_a_counted_plural_over_one_span_is_one_event(sentence: str, name: str, day: date) -> None:
    assert _events("The Council opened in Norland.", sentence).get(name) == day


def test_the_span_gives_the_last_day_too() -> None:
    text = "Eight provincial consultations were held between 12 January and 30 March 2031 in Veloria."
    report = ParsedReport("t.txt", "text/plain", None, (), (Paragraph(1, "front", text),))
    ends = {e.name: (e.start, e.end) for e in find_events(report)}
    assert ends.get("provincial consultation") == (D(2031, 1, 12), D(2031, 3, 30))


@pytest.mark.parametrize(
    "sentence",
    [
        "A series of webinars was held between 3 and 9 May 2031.",  # no modifier or topic names them
        "Four online sessions were held from 3 to 9 May 2031.",  # a mode alone
        "Two regional workshops were held in May 2031.",  # one month, no span
        "The Forum was held online in a series of thematic sessions from 3 to 9 May 2031.",  # the Forum's form
        "The Summit had 40 thematic sessions and will take place in Lima from 30 May to 2 June 2031.",
        "Three sessions of the Forum were held in Accra from 2 to 6 May 2031.",  # the parts of an event
        # its count is no name: the body's meetings, the last one dated
        "The Chair summarized the seven meetings held by the Board between 2027 and 2030, the last one from 8 to 9 "
        "February 2030.",
    ],
)
def test_no_event_without_a_name_or_a_span(sentence: str) -> None:
    found = _events("The Council opened in Norland.", sentence)
    assert not any(
        n.startswith(("webinar", "online session", "regional workshop", "thematic session", "meeting", "session"))
        for n in found
    )


def _spans(*texts: str) -> dict[str, list[tuple[date | None, date | None]]]:
    report = ParsedReport(
        "t.txt", "text/plain", None, (), tuple(Paragraph(i, "front", t) for i, t in enumerate(texts, 1))
    )
    out: dict[str, list[tuple[date | None, date | None]]] = {}
    for e in find_events(report):
        out.setdefault(e.name, []).append((e.start, e.end))
    return out


@pytest.mark.parametrize(
    ("sentence", "name", "days"),
    [
        (
            "The Drafting Group on numbering met in three sessions on 28 February, 1 March and 2 March 2031.",
            "session",
            (D(2031, 2, 28), D(2031, 3, 2)),
        ),
        (
            "Two provincial validation workshops were held in Veloria on 15 and 16 October 2030, followed by an "
            "online survey.",
            "provincial validation workshop in Veloria",
            (D(2030, 10, 15), D(2030, 10, 16)),
        ),
        ("The Board held two webinars, on 30 and 31 December 2031.", "webinar", (D(2031, 12, 30), D(2031, 12, 31))),
    ],
)
def test_counted_sittings_on_days_that_follow_one_another_are_one_event(
    sentence: str, name: str, days: tuple[date, date]
) -> None:
    found = _spans("The Council opened in Norland.", sentence)
    assert found.get(name) == [days]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chair held two online drafting sessions, on 4 and 25 May 2031.",  # days apart
        "Three virtual meetings were held on 3 May, 4 May and 6 May 2031.",  # a day missing from the run
        "Two regional workshops were held, in Accra on 2 May and in Veloria on 3 May 2031.",  # two places
    ],
)
def test_counted_sittings_on_days_apart_stay_one_event_a_day(sentence: str) -> None:
    found = _spans("The Council opened in Norland.", sentence)
    assert sum(len(v) for v in found.values()) >= 2
    assert all(end is None for v in found.values() for _, end in v)

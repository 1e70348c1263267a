"""An event first planned for some days and then held on others, said in one sentence (``The Forum 2031,
originally planned for 4-7 May 2031, was held online from 8 June to 12 November 2031``): its dates are
the new ones; planned days not replaced stay its dates. An event held ``in a series of sessions`` is named
again by that phrase, not followed by another event. Names, places and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.event_forms import superseded_dates
from wsiskg.ingest.extract.event_holding import moved_dates
from wsiskg.ingest.extract.events import event_mentions, find_events

D = date


def _dated(text: str) -> dict[str, tuple[date | None, date | None]]:
    return {m.key: (m.start, m.end) for m in event_mentions(text, 2031)}


@pytest.mark.parametrize(
    ("text", "key", "days"),
    [
        (
            "The Digital Inclusion Forum 2031, originally planned for 4-7 May 2031, was held online in a series "
            "of sessions between 8 June and 12 November 2031.",
            "digital-inclusion-forum-2031",
            (D(2031, 6, 8), D(2031, 11, 12)),
        ),
        (
            "The Data Week 2031, initially scheduled for 6-9 April 2031 in Accra, was held as a series of virtual "
            "sessions from 2031-06-22 to 2031-09-10 because of the storm.",
            "data-week-2031",
            (D(2031, 6, 22), D(2031, 9, 10)),
        ),
        (
            "The Coastal Radio Summit 2031, previously set for 2 March 2031, took place on 19 and 20 October 2031 "
            "in Apia.",
            "coastal-radio-summit-2031",
            (D(2031, 10, 19), D(2031, 10, 20)),
        ),
        (
            "The Highland Spectrum Week 2031, first scheduled for 12 February 2031, took place on 3 April 2031.",
            "highland-spectrum-week-2031",
            (D(2031, 4, 3), None),
        ),
        # planned without "originally", then a verb of moving: the new days
        (
            "The Lagoon Data Summit 2031, which had been scheduled for 4 May 2031, was moved to 1 July 2031.",
            "lagoon-data-summit-2031",
            (D(2031, 7, 1), None),
        ),
        (
            "The Steppe Connectivity Forum 2032, planned for 8-9 March 2032 in Almaty, has been postponed to "
            "14-15 September 2032.",
            "steppe-connectivity-forum-2032",
            (D(2032, 9, 14), D(2032, 9, 15)),
        ),
        (
            "The Reef Telecom Week 2031, set for 2 June 2031, had to be deferred to 20-21 October 2031.",
            "reef-telecom-week-2031",
            (D(2031, 10, 20), D(2031, 10, 21)),
        ),
        # planned days not replaced stay the event's
        (
            "The Rural Broadband Summit 2031, originally scheduled for 3-5 May 2031 in Cusco, remains on the "
            "calendar until further notice.",
            "rural-broadband-summit-2031",
            (D(2031, 5, 3), D(2031, 5, 5)),
        ),
        (
            "The Open Data Forum 2031, originally planned for 6-9 April 2031 in Riga, could not be held as a "
            "physical event; sessions ran from 22 June 2031.",
            "open-data-forum-2031",
            (D(2031, 4, 6), D(2031, 4, 9)),
        ),
    ],
)
def test_the_days_first_planned_give_way_to_the_days_held(text: str, key: str, days: tuple[date, date]) -> None:
    assert _dated(text)[key] == days


def test_only_the_planned_days_are_superseded() -> None:
    text = "The Forum, originally planned for 4 May 2031 in Oslo, was held from 8 to 9 June 2031."
    dates = find_dates(text, 2031)
    assert [d.start for d in superseded_dates(text, dates)] == [D(2031, 5, 4)]
    # the planned days of another event, named after the postponement: no verb of holding after the aside
    text = "After the postponement of the Forum originally planned for 4 May 2031, the Summit was held on 9 June."
    assert superseded_dates(text, find_dates(text, 2031)) == []
    # planned without "originally" and then held, not moved: the planned days stay
    text = "The Forum, planned for 4 May 2031, was opened by the Minister, who spoke again on 9 June 2031."
    assert superseded_dates(text, find_dates(text, 2031)) == []


def test_a_series_of_sessions_names_the_event_again() -> None:
    text = "The Island Connectivity Week 2031 was held online in a series of sessions from 3 to 28 March 2031."
    assert _dated(text)["island-connectivity-week-2031"] == (D(2031, 3, 3), D(2031, 3, 28))
    text = "The Island Connectivity Week 2031 was held in the framework of the Pacific expert meeting on 8 June 2031."
    assert _dated(text)["island-connectivity-week-2031"] == (None, None)


@pytest.mark.parametrize(
    ("text", "key", "days"),
    [
        (
            "The Pacific Spectrum Forum 2031 was postponed from March 2031 to October 2031.",
            "pacific-spectrum-forum-2031",
            (D(2031, 10, 1), D(2031, 10, 31)),
        ),
        (
            "The Andean Numbering Week 2032 was rescheduled from 4-6 May 2032 to 1-3 July 2032 at the host's request.",
            "andean-numbering-week-2032",
            (D(2032, 7, 1), D(2032, 7, 3)),
        ),
        (
            "Owing to the floods, the Delta Cybersecurity Summit 2031 was moved from 12 February 2031 to 9 April 2031.",
            "delta-cybersecurity-summit-2031",
            (D(2031, 4, 9), None),
        ),
        (
            "The Global Standards Symposium 2030, deferred from 2-3 June to 8-9 September 2030, will be held in Dakar.",
            "gss-30",
            (D(2030, 9, 8), D(2030, 9, 9)),
        ),
    ],
)
def test_the_days_an_event_was_moved_from_give_way_to_the_days_it_was_moved_to(
    text: str, key: str, days: tuple[date | None, date | None]
) -> None:
    assert _dated(text)[key] == days


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # moved from days to no days of the text: they stay
        ("The Forum was postponed from 4-6 May 2031 until further notice.", [(D(2031, 5, 4), D(2031, 5, 6))]),
        # no verb of moving before "from": a range
        ("The Forum ran from 4 May 2031 to 1 July 2031.", [(D(2031, 5, 4), D(2031, 7, 1))]),
        ("The Forum was delayed from 4 May 2031 to 1 July 2031.", [(D(2031, 7, 1), None)]),
    ],
)
def test_moved_dates(text: str, kept: list[tuple[date, date | None]]) -> None:
    assert [(d.start, d.end) for d in moved_dates(text, find_dates(text, 2031), 2031)] == kept


# ------------------------------------------------------------------ planned in one paragraph, held in another
def _report_days(*texts: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.key: (e.start, e.end) for e in find_events(make_report(*texts), 2031)}


@pytest.mark.parametrize(
    ("texts", "key", "days"),
    [
        (
            (
                "a) that the WSIS Forum 2031, originally planned for 4-7 May 2031 in Geneva, could not be held as a "
                "physical event;",
                "1 that the WSIS Forum 2031 shall be held online in weekly sessions from 8 June to 9 July 2031;",
            ),
            "wsis-forum-2031",
            (D(2031, 6, 8), D(2031, 7, 9)),
        ),
        (
            (
                "The Global Symposium for Regulators 2031, initially scheduled for 12-14 March 2031 in Dakar, was "
                "postponed because of the floods.",
                "The Council noted that GSR-31 took place in Dakar from 20 to 22 October 2031.",
            ),
            "gsr-31",
            (D(2031, 10, 20), D(2031, 10, 22)),
        ),
        (
            (
                "The Plenipotentiary Conference 2031 will now be held from 2 to 20 November 2031 in Quito.",
                "PP-31, which had originally been set for 4 to 22 May 2031, could not be convened then.",
            ),
            "pp-31",
            (D(2031, 11, 2), D(2031, 11, 20)),
        ),
    ],
)
def test_days_first_planned_give_way_to_days_another_paragraph_gives(
    texts: tuple[str, ...], key: str, days: tuple[date, date]
) -> None:
    assert _report_days(*texts)[key] == days


def test_days_first_planned_stay_when_no_other_paragraph_dates_it() -> None:
    texts = (
        "The WSIS Forum 2031, originally planned for 4-7 May 2031 in Geneva, could not be held as a physical event.",
        "The Council thanked the host country for its support to the WSIS Forum 2031.",
    )
    assert _report_days(*texts)["wsis-forum-2031"] == (D(2031, 5, 4), D(2031, 5, 7))


def test_days_planned_without_a_word_of_a_first_plan_are_the_events_own() -> None:
    texts = (
        "The WSIS Forum 2031, planned for 4-7 May 2031 in Geneva, will be preceded by an open consultation.",
        "The WSIS Forum 2031 will close on 7 May 2031 with a high-level track.",
    )
    assert _report_days(*texts)["wsis-forum-2031"] == (D(2031, 5, 4), D(2031, 5, 7))

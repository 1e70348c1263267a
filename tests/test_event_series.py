"""Editions of event series named by name and year or acronym and year (``ingest/data/events.csv``),
in any case and with or without a hyphen (:mod:`wsiskg.ingest.extract.event_series`)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report as _report

from wsiskg.ingest.extract.event_series import series_mentions
from wsiskg.ingest.extract.events import event_mentions, find_events


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the World Radiocommunication Seminar 2030 closed today", "wrs-30"),
        ("participants of WRS-28 asked for more case studies", "wrs-28"),
        ("GLOBAL STANDARDS SYMPOSIUM 2032 (GSS-32)", "gss-32"),
        ("the plan adopted by RRC-31 for the band", "rrc-31"),
        ("the Regional Radiocommunication Conference 2031 will revise the plan", "rrc-31"),
        ("visitors of ITU Telecom World 2030 in Bangkok", "telecom-world-2030"),
        ("the ITU Kaleidoscope 2029 academic conference", "kaleidoscope-2029"),
        ("the WSIS Prizes 2031 were awarded to eighteen projects", "wsis-prizes-2031"),
        ("nominations for the WSIS Project Prizes 2027", "wsis-prizes-2027"),
    ],
)
def test_an_edition_of_a_series_is_its_event(text: str, key: str) -> None:
    assert key in {m.key for m in series_mentions(text)}


@pytest.mark.parametrize(
    "text",
    [
        "the seminar organized by the World Radiocommunication Seminar team",  # no year: no edition
        "Document WRS/28 was circulated",  # a symbol, not an edition
        "the prizes of the WSIS Forum",
    ],
)
def test_a_series_without_a_year_is_no_edition(text: str) -> None:
    assert not [m for m in series_mentions(text) if m.key.startswith(("wrs-", "wsis-prizes-"))]


def test_an_edition_takes_the_dates_after_it() -> None:
    found = event_mentions("ITU Telecom World 2030 will take place in Budapest from 7 to 10 October 2030.", 2030)
    assert [(m.key, m.start, m.end) for m in found] == [("telecom-world-2030", date(2030, 10, 7), date(2030, 10, 10))]


def test_an_edition_named_by_acronym_and_by_name_is_one_event() -> None:
    report = _report(
        "The World Radiocommunication Seminar 2030 (WRS-30) was held from 2 to 6 December 2030.",
        "The Bureau thanked the participants of WRS-30.",
    )
    assert [e.key for e in find_events(report, 2030)] == ["wrs-30"]

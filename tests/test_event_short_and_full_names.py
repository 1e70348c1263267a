"""Events: one event named with its year on a subject or header line (``Regional Spectrum Seminar 2031``) and in
full without it in the text (``the Regional Spectrum Seminar for the Caribbean``), on the same days, is one event,
named in full (``event_merging._repeated``); a session of an event on its first day stays an event of its own.
Bodies, places, dates and sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract

D = date


def _events(*texts: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.name: (e.start, e.end) for e in extract(make_report(*texts, title="Circular letter")).events}


@pytest.mark.parametrize(
    ("texts", "name", "days"),
    [
        (
            (
                "Subject: Regional Spectrum Seminar 2031 for the Caribbean (RSS-31-CAR), Bridgetown, Barbados, "
                "6-10 October 2031",
                "I have the pleasure of inviting you to the Regional Spectrum Seminar for the Caribbean (RSS-31-CAR), "
                "which the Bureau will hold from 6 to 10 October 2031 in Bridgetown.",
            ),
            "Regional Spectrum Seminar for the Caribbean",
            (D(2031, 10, 6), D(2031, 10, 10)),
        ),
        (
            (
                "Subject: Andean Cybersecurity Workshop 2030, Quito, 3-4 June 2030",
                "The Andean Cybersecurity Workshop on Incident Response will be held in Quito from 3 to 4 June 2030.",
            ),
            "Andean Cybersecurity Workshop on Incident Response",
            (D(2030, 6, 3), D(2030, 6, 4)),
        ),
        (
            (
                "Pacific Numbering Symposium 2032 (Suva, 8-9 April 2032)",
                "The Pacific Numbering Symposium for Island Regulators, held in Suva from 8 to 9 April 2032, "
                "adopted a roadmap.",
            ),
            "Pacific Numbering Symposium for Island Regulators",
            (D(2032, 4, 8), D(2032, 4, 9)),
        ),
    ],
)
def test_an_event_named_with_its_year_and_in_full_on_the_same_days_is_one_event(
    texts: tuple[str, ...], name: str, days: tuple[date, date]
) -> None:
    found = _events(*texts)
    assert found.get(name) == days, found
    assert [n for n, d in found.items() if d == days] == [name], found


@pytest.mark.parametrize(
    "session",
    [
        "A youth session of the Pacific Data Forum will be held in Apia on 4 May 2031.",
        "The Pacific Data Forum Youth Summit will take place in Apia from 4 to 6 May 2031.",
    ],
)
def test_a_session_of_an_event_on_its_days_stays_an_event_of_its_own(session: str) -> None:
    """Another event noun among the added words, or other days, keep the two apart."""
    found = _events("Subject: Pacific Data Forum 2031 (Apia, 4-6 May 2031)", session)
    assert found.get("Pacific Data Forum 2031") == (D(2031, 5, 4), D(2031, 5, 6)), found
    assert len(found) == 2, found


@pytest.mark.parametrize(
    ("texts", "name", "start"),
    [
        (
            (
                "Subject: BR Regional Frequency Seminar 2032 for the Indian Ocean Islands (RFS-32-IOI),",
                "I have the honour to inform you that the Regional Frequency Seminar for the Indian Ocean Islands "
                "will be held in Port Louis from 13 to 17 September 2032.",
            ),
            "Regional Frequency Seminar for the Indian Ocean Islands",
            D(2032, 9, 13),
        ),
        (
            (
                "NORDIC NUMBERING WORKSHOP 2029 FOR SMALL OPERATORS, Tromsø, 4-5 March 2029",
                "The Nordic Numbering Workshop 2029 for Small Operators was hosted by the regulator of Norway.",
            ),
            "Nordic Numbering Workshop 2029 for Small Operators",
            D(2029, 3, 4),
        ),
    ],
)
def test_a_name_cut_at_its_year_before_the_rest_of_it_is_the_event_dated_that_year(
    texts: tuple[str, ...], name: str, start: date
) -> None:
    found = _events(*texts)
    assert all(s is not None for s, _ in found.values()), found  # no undated name cut at its year beside it
    assert found[name][0] == start, found


def test_a_name_cut_at_its_year_with_no_event_of_that_year_stays() -> None:
    found = _events(
        "The Baltic Roaming Forum 2031 for Regulators will take stock of the new tariffs.",
        "The Forum on Nordic Roaming was held in Riga on 4 May 2030.",
    )
    assert any(n.startswith("Baltic Roaming Forum 2031") for n in found), found

"""A country named by its Government as the subject of a verb of asking asks as the country (decision 26;
``request_addressee_states.state_of``, issue 8, round 56): ``The Government of Kazakhstan requests the Council to
...`` in a note transmitting a hosting offer. Every name and sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report, parties
from extract_support import requests_of as run


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("The Government of Ghana requests the Council to decide on the venue no later than its 2032 session.", "GHA"),
        (
            "The dates remain open. The Government of the Republic of Chile invites the Council to decide on them.",
            "CHL",
        ),
        ("4 The Government of Mongolia also urges the Council to take a decision at its 2032 session.", "MNG"),
    ],
)
def test_the_government_of_a_country_asks_as_the_country(sentence: str, country: str) -> None:
    got = [parties(x) for x in run(make_report("Note by the Secretary-General", sentence), None)]
    assert [(asker, asked) for _, asker, asked in got] == [(f"country:{country}", ("body:itu-council",))]


def test_a_government_of_no_one_country_is_left_as_it_was() -> None:
    got = run(make_report("Note", "The Government of the region requests the Council to decide on the venue."), None)
    assert all(not parties(x)[1].startswith("country:") for x in got)

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


# Round 57: a note verbale's own Government, and a verb coordinated after the state.

_MISSION = (
    "The Permanent Mission of the Republic of Ghana to the United Nations Office at Geneva presents its compliments "
    "to the Telecommunication Development Bureau and has the honour to refer to the Bureau's letter of 3 March 2036."
)
_CLOSE = (
    "The Permanent Mission of the Republic of Ghana avails itself of this opportunity to renew to the "
    "Telecommunication Development Bureau the assurances of its highest consideration."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Government of Ghana requests the Bureau to extend the project for one year.",
        "The Government of the Republic of Ghana kindly requests the Bureau to send an expert to Accra in May 2036.",
        "The Government of Ghana also invites the Bureau to nominate a coordinator for the national plan.",
    ],
)
def test_a_note_verbale_of_the_mission_of_x_asks_as_the_mission_for_the_government_of_x(sentence: str) -> None:
    got = [parties(x) for x in run(make_report(_MISSION, sentence, _CLOSE), None)]
    askers = {asker for _, asker, _ in got}
    assert askers and all(a.startswith("body:permanent-mission-of-the-republic-of-ghana") for a in askers)


def test_a_ministry_of_x_writing_speaks_for_the_government_of_x_too() -> None:
    note = (
        "The Ministry of Foreign Affairs of the Republic of Peru presents its compliments to the International "
        "Telecommunication Union and has the honour to refer to the regional seminar.",
        "The Government of Peru requests the Union to confirm the new dates of the seminar.",
        "The Ministry of Foreign Affairs of the Republic of Peru avails itself of this opportunity to renew to the "
        "International Telecommunication Union the assurances of its highest consideration.",
    )
    got = [parties(x) for x in run(make_report(*note), None)]
    assert [asker for _, asker, _ in got] == ["body:ministry-of-foreign-affairs-of-the-republic-of-peru"]


def test_the_government_of_another_country_in_a_note_verbale_is_that_country() -> None:
    other = "The Government of Togo requests the Bureau to postpone the regional seminar to June 2036."
    got = [parties(x) for x in run(make_report(_MISSION, other, _CLOSE), None)]
    assert [asker for _, asker, _ in got] == ["country:TGO"]


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        (
            "The Government of Ghana requests the Council to decide on the venue and invites the Secretary-General "
            "to consult the Member States.",
            "GHA",
        ),
        (
            "The Government of the Republic of Chile urges the Council to take a decision and requests the "
            "Secretary-General to report on it.",
            "CHL",
        ),
    ],
)
def test_a_verb_coordinated_after_the_government_of_a_country_asks_as_the_country(sentence: str, country: str) -> None:
    got = [parties(x) for x in run(make_report("Note by the Secretary-General", sentence), None)]
    assert [asker for _, asker, _ in got] == [f"country:{country}"] * 2

"""Social events and missions as generic events (``generic-events.csv``): a reception, a dinner or a
luncheon an invitation or a host's remarks announce, and a visit or a mission to a place (column ``to``:
``an expert mission to Port Elm``), dated by their own dates like any generic event. Sentences, bodies, places
and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts as _events

D = date


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "The Ministry of Digital Affairs of Norland will host a reception on 14 March 2031.",
            "reception",
            D(2031, 3, 14),
        ),
        (
            "I invite all delegations to the farewell reception offered by the Agency on 9 June 2031.",
            "farewell reception",
            D(2031, 6, 9),
        ),
        (
            "The Government of Veloria will host a reception for Pacific delegations in Suva on 3 May 2031.",
            "reception for Pacific delegations",
            D(2031, 5, 3),
        ),
        ("A gala dinner will be held on 12 April 2031 at the Lakeside Hotel.", "gala dinner", D(2031, 4, 12)),
        ("Participants are invited to a dinner hosted by the regulator on 22 October 2031.", "dinner", D(2031, 10, 22)),
        (
            "The Chair will offer a luncheon for heads of delegation on 7 July 2031.",
            "luncheon for heads of delegation",
            D(2031, 7, 7),
        ),
    ],
)
def test_a_reception_or_a_dinner_with_its_own_date_is_an_event(sentence: str, name: str, day: date) -> None:
    assert _events("The Forum opened in Norland.", sentence).get(name) == day


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "BDT will carry out an expert mission to Port Elm from 4 to 8 August 2031.",
            "expert mission to Port Elm",
            D(2031, 8, 4),
        ),
        (
            "The Ministry proposes that the planning mission to Nova Hill take place on 2 February 2031.",
            "planning mission to Nova Hill",
            D(2031, 2, 2),
        ),
        (
            "A joint evaluation mission was conducted from 11 to 15 July 2031.",
            "joint evaluation mission",
            D(2031, 7, 11),
        ),
        (
            "A site visit to the new data centre is planned on 6 May 2031.",
            "site visit to the new data centre",
            D(2031, 5, 6),
        ),
        (
            "The delegates made a technical visit to the Korlan monitoring station on 19 September 2031.",
            "technical visit to the Korlan monitoring station",
            D(2031, 9, 19),
        ),
    ],
)
def test_a_mission_or_a_visit_to_a_place_is_an_event_named_with_the_place(sentence: str, name: str, day: date) -> None:
    assert _events("The Office reviewed its assistance plan.", sentence).get(name) == day


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "At the request of the Government, BDT fielded an appraisal mission to Sarn and Ulvik from 8 to 12 March"
            " 2031.",
            "appraisal mission to Sarn and Ulvik",
            D(2031, 3, 8),
        ),
        (
            "The Deputy Secretary-General paid an official visit to Veloria from 14 to 16 June 2031.",
            "official visit to Veloria",
            D(2031, 6, 14),
        ),
        (
            "Ms Ana Ruiz-Bello, Regional Director, made a working visit to Port Elm on 3 and 4 November 2032.",
            "working visit to Port Elm",
            D(2032, 11, 3),
        ),
    ],
)
def test_an_appraisal_mission_or_an_official_or_working_visit_with_its_days_is_an_event(
    sentence: str, name: str, day: date
) -> None:
    assert _events("The Office reviewed its assistance plan.", sentence).get(name) == day


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister recalled the official visit to Veloria and thanked the Union.",
        "An official visit to Norland would strengthen cooperation between the two sides.",
    ],
)
def test_an_official_visit_without_days_of_its_own_is_no_event(sentence: str) -> None:
    found = _events("The Council met in Geneva.", sentence)
    assert not any("visit" in n.casefold() for n in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The reception of contributions will close on 4 May 2031.",
        "Signal reception in rural areas improved in 2031.",
        "The Permanent Mission of Norland presents its compliments and confirms the meeting of 4 May 2031.",
        "The Secretariat presented the workshop to the Council on 4 May 2031.",
    ],
)
def test_reception_of_things_a_permanent_mission_and_to_after_other_nouns_name_no_such_event(sentence: str) -> None:
    found = _events("The Council met in Geneva.", sentence)
    assert not any(w in n.casefold() for n in found for w in ("reception", "mission", "workshop to"))


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "A training of trainers on digital identity was held in Lakeport from 14 to 18 April 2031.",
            "training of trainers on digital identity",
            D(2031, 4, 14),
        ),
        (
            "The Centre will organize a regional training of trainers for Pacific regulators in Suva on 3 and 4 May "
            "2032.",
            "regional training of trainers for Pacific regulators",
            D(2032, 5, 3),
        ),
    ],
)
def test_a_training_of_trainers_is_one_noun_with_its_topic(sentence: str, name: str, day: date) -> None:
    assert _events("The Office reviewed its assistance plan.", sentence).get(name) == day

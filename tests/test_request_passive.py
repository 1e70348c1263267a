"""Requests in the passive (``ingest/extract/request_passive.py``): whom a passive's subject names when the sentence
asked someone else before it. Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

_BODY = "Working Group on Tidal Gauges"


def _addressees(sentence: str) -> list[tuple[str, ...]]:
    opening = (f"The meeting of the {_BODY} was held in Suva on 3 May 2031.", "body")
    return [parties(x)[2] for x in run(kinds(opening, (sentence, "body")), _BODY)]


# ----------------------------------------------------------------------------- a second passive request in a sentence
@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "The secretariat was asked to send the gauge survey to Member States, and the Vice-Chairman, "
            "Mr Teodor Lindqvist-Okafor (Sweden), was invited to present its results at the next session.",
            ("person:teodor-lindqvist-okafor",),
        ),
        (
            "The Bureau was requested to publish the buoy inventory and the Rapporteur was invited to draft a summary.",
            ("post:Working Group on Tidal Gauges/rapporteur",),
        ),
        (
            "TSB was kindly requested to update the tide tables, and administrations were encouraged to check them.",
            ("collective:administrations",),
        ),
    ],
)
def test_a_second_passive_asks_only_its_own_subject(sentence: str, second: tuple[str, ...]) -> None:
    got = _addressees(sentence)
    assert len(got) == 2 and got[1] == second


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "Member States were invited to name tide experts, and Sector Members, Associates and Academia were "
            "encouraged to submit gauge data.",
            ("collective:sector-members", "collective:associates", "collective:academia"),
        ),
        (
            "The Bureau was asked to update the tide tables and Member States and Sector Members were invited to "
            "check them.",
            ("collective:member-states", "collective:sector-members"),
        ),
    ],
)
def test_a_second_passive_keeps_every_party_of_its_own_subject(sentence: str, second: tuple[str, ...]) -> None:
    got = _addressees(sentence)
    assert len(got) == 2 and got[1] == second


def test_parties_listed_before_a_passive_still_ask() -> None:
    sentence = "Member States, Sector Members, and Associates, are invited to submit gauge data by 1 June 2031."
    assert _addressees(sentence) == [("collective:member-states", "collective:sector-members", "collective:associates")]


# ----------------------------------------------------------------------------- a passive of asking after "may", "could"
@pytest.mark.parametrize(
    "sentence",
    [
        "Observers may be invited to present their tide records to the Group.",
        "Experts from coastal universities might also be asked to review the draft guidelines.",
        "Sector Members can be invited to take part as observers at the request of the Chair.",
        "Further buoy data could be requested from the regional offices.",
    ],
)
def test_a_passive_after_a_modal_of_possibility_asks_no_one(sentence: str) -> None:
    assert _addressees(sentence) == []


def test_a_passive_after_a_modal_of_obligation_still_asks() -> None:
    got = _addressees("Administrations should be invited to send their tide records by 1 July 2031.")
    assert got == [("collective:administrations",)]


# ----------------------------------------------------------------------------- a past passive in a restrictive relative
@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour masters who were invited to the tide workshop described their gauge networks.",
        "The surveyors that had been asked to check the buoys presented their findings to the Group.",
        "Several port authorities which were requested to reply to the survey have done so.",
    ],
)
def test_a_past_passive_in_a_restrictive_relative_asks_no_one(sentence: str) -> None:
    assert _addressees(sentence) == []


def test_the_main_request_after_a_past_passive_in_a_relative_stays() -> None:
    sentence = "Observers who have been invited to the tide workshop are requested to register by 2 May 2031."
    assert _addressees(sentence) == [("collective:observers",)]


def test_a_passive_after_a_relative_with_a_comma_still_asks() -> None:
    sentence = "The secretariat, which was asked to update the gauge list, will report in June 2031."
    assert len(_addressees(sentence)) == 1

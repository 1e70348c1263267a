"""Requests in the passive (``ingest/extract/request_passive.py``): whom a passive's subject names when the sentence
asked someone else before it. Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import kinds_report as kinds
from extract_support import parsed_text, parties
from extract_support import requests_of as run

from wsiskg.ingest.extract import extract

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


# ----------------------------------------------------------------------------- the speaker as a passive's subject
_SPEECH = """Opening address by Ms Talia Brennan-Osei, Director, Coastal Data Office
Pacific Forum on Ocean Observation
Honiara, 8 September 2036

Excellencies, ladies and gentlemen,

{sentence}

I urge all island administrations to share their buoy data with the Office by the end of 2037.
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "I was asked to speak about the regional buoy network.",
        "We have been invited to share our experience with tide-gauge maintenance.",
        "When I was invited to open this Forum, I accepted with great pleasure.",
        "This year I have been requested to present the outcome of last year's survey.",
        "Last month we were encouraged to host the next Forum in Honiara, and we agreed.",
    ],
)
def test_the_speaker_asked_in_the_passive_is_no_request_of_the_text(tmp_path: Path, sentence: str) -> None:
    """``I was asked to ...``, ``We have been invited to ...``: the speaker was asked by someone the text does not
    name; the speech asks no one there (before: a request of the speaker to the forum's secretariat). The speaker's
    own request after it stays; with an agent (``We have been invited by the General Assembly to ...``) the agent
    asks the speaker's organisation, as before (``tests/test_request_voices.py``)."""
    found = extract(parsed_text(tmp_path, _SPEECH.format(sentence=sentence))).requests
    assert [(r.verb, r.action.split()[0]) for r in found] == [("urge", "share")]


# ----------------------------------------------------------------------------- an aside before a passive's modal
@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        (
            "The Steering Committee, at its ninth meeting on 6 and 7 March 2032, will be asked to adopt the buoy plan.",
            "body:steering-committee",
        ),
        ("Member States, in consultation with their coast guards, will be invited to test the alerts.", None),
        ("The Bureau, through its regional offices, shall be requested to survey the gauges by May 2032.", None),
    ],
)
def test_an_aside_before_a_passives_modal_leaves_the_subject_asked(sentence: str, addressee: str | None) -> None:
    """``X, at its next meeting, will be asked to ...``: X is asked; before, the words after the aside's closing comma
    (the modal alone) were read as the subject, an addressee ``will`` / ``shall``."""
    (got,) = _addressees(sentence)
    assert not {"collective:will", "collective:shall"} & set(got)
    assert got and (addressee is None or got == (addressee,)), got

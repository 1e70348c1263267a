"""A passive verb of asking in a relative clause after a comma asks the noun phrase the relative points back to
(``request_relatives.relative_antecedent``), not the meeting's secretariat a passive naming no one falls back on.
Every name and sentence here is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

_BODY = "Working Group on Harbour Beacons"


def _addressees(sentence: str) -> list[tuple[str, ...]]:
    opening = (f"The meeting of the {_BODY} was held in Apia on 6 May 2031.", "body")
    return [parties(x)[2] for x in run(kinds(opening, (sentence, "body")), _BODY)]


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        (
            "The Chair suggested that the text be discussed under the guidance of Ms Ilse Varga-Okoro (Hungary),"
            " who was asked to report back at the next meeting.",
            "person:ilse-varga-okoro",
        ),
        (
            "The drafting group was chaired by Mr Juan Ortega-Sato (Peru), who has been invited to present its"
            " results to the plenary.",
            "person:juan-ortega-sato",
        ),
        (
            "The Group thanked the Radio Regulations Board, which was requested to review the rule by its next"
            " meeting.",
            "body:radio-regulations-board",
        ),
        (
            "The Bureau will send the beacon survey to the island administrations, who are encouraged to reply"
            " before 1 March 2032.",
            "collective:island-administrations",
        ),
    ],
)
def test_a_passive_after_who_or_which_asks_its_antecedent(sentence: str, addressee: str) -> None:
    got = _addressees(sentence)
    assert (addressee,) in got
    assert not any(f"body:{_BODY}-secretariat" in a for a in got)


def test_a_passive_naming_no_one_still_asks_the_secretariat() -> None:
    got = _addressees("It was requested that the beacon survey results be posted on the website.")
    assert got == [(f"body:{_BODY}-secretariat",)]

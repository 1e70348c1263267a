"""A reference abbreviation that ends a symbol after its slash ends no sentence (issue 8, round 59): a regional
organisation's texts are numbered ``PCC.I/RES. 131 (XII-08)``, ``CITEL/DEC. 84 (VII-18)``, the abbreviation in
capitals after the body's code; the sentence was cut after it, so ``Resolution ... requests the Chair to ...``
lost its subject and its request. Every name and sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report
from extract_support import requests_of as run

from wsiskg.ingest.text import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "Resolution PCC.II/RES. 207 (XLI-31) requests the Chair of the Working Group to report.",
        "The Assembly, in Resolution CITEL/RES. 96 (IX-30), encouraged all Member States to coordinate.",
        "Decision COM/CITEL/DEC. 12 (LX-31) was adopted without change.",
    ],
)
def test_a_symbols_reference_abbreviation_ends_no_sentence(text: str) -> None:
    assert split_sentences(text + " The meeting then closed.") == [text, "The meeting then closed."]


@pytest.mark.parametrize("text", ["The limit was raised to 120 km/h.", "Members may comment and/or."])
def test_a_slash_before_another_word_still_ends_its_sentence(text: str) -> None:
    assert split_sentences(text + " The meeting then closed.") == [text, "The meeting then closed."]


def test_the_request_of_a_resolution_so_numbered_is_read() -> None:
    r = make_report(
        "XIV Meeting of the Permanent Consultative Committee I",
        "Resolution PCC.I/RES. 207 (XIV-31) requests the Chair of the Working Group, Ms Inés Rovira Quiñones "
        "(Uruguay), to present the final proposals to the XV Meeting of PCC.I.",
    )
    got = [(x.verb, [a.label for a in x.addressees]) for x in run(r, None)]
    assert [verb for verb, _ in got] == ["request"]
    assert "Rovira" in got[0][1][0] or "Chair" in got[0][1][0]

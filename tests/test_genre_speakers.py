"""A Member State's statement delivered by a named person is a speech, whatever country line its header has
(decision 40 of ``docs/annotation-guide.md``): its requests are the speaker's. A contribution under a country's line
that names no one who delivers it stays the country's. Every name and sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report, parties
from extract_support import requests_of as run

from wsiskg.ingest.extract.genre import report_genre
from wsiskg.ingest.records import ParsedReport

_ASKS = (
    "Mr President,",
    "Our islands have doubled their broadband capacity since the last Conference.",
    "Tuvalu therefore calls on this Conference to give priority to small island developing States.",
    "We urge the Telecommunication Development Bureau to open a regional project on resilient networks.",
    "Thank you, Mr President.",
)


def _statement(*byline: str, country: str = "Tuvalu") -> ParsedReport:
    """A statement's cover block (conference, document, language, the country's line), then ``byline`` and asks."""
    front = ("Paris, 2-20 October 2034", "Document 87-E", "14 October 2034", "Original: English", country)
    return make_report(*front, *byline, *_ASKS, title="PLENIPOTENTIARY CONFERENCE (PP-34)")


@pytest.mark.parametrize(
    ("byline", "speaker"),
    [
        (
            (
                "POLICY STATEMENT",
                "delivered at the third plenary meeting, 3 October 2034, by H.E. Ms Losaline Kaitu-Maresi, "
                "Minister of Transport and Communications of Tuvalu",
            ),
            "person:losaline-kaitu-maresi",
        ),
        (
            ("Statement by the Honourable Peni Afamasaga-Rowe, Minister of Communications",),
            "person:peni-afamasaga-rowe",
        ),
        (
            (
                "STATEMENT BY THE HEAD OF DELEGATION OF TUVALU",
                "Dr Ioane Sopoaga-Talaka, Permanent Secretary, Ministry of Communications",
            ),
            "person:ioane-sopoaga-talaka",
        ),
    ],
)
def test_a_statement_whose_header_names_its_speaker_is_the_speakers(byline: tuple[str, ...], speaker: str) -> None:
    r = _statement(*byline)
    assert report_genre(r) == "speech"
    assert {parties(x)[1] for x in run(r, None)} == {speaker}


@pytest.mark.parametrize(
    "byline",
    [
        ("STATEMENT BY THE DELEGATION OF TUVALU",),
        ("Statement of the Government of Tuvalu on the strategic plan",),
        ("PROPOSALS FOR THE WORK OF THE CONFERENCE",),
    ],
)
def test_a_countrys_document_that_names_no_speaker_stays_its_contribution(byline: tuple[str, ...]) -> None:
    r = _statement(*byline)
    assert report_genre(r) == "contribution"

"""A speech's byline on the line under its title, ``by NAME, ROLE`` with no honorific (``name_finder._byline_name``,
cue kind ``byline`` of ``person-cues.csv``): the people reader reads the person, so ``I invite ...`` in the speech is
that person's request (docs/requests.md, round 21). A paragraph that opens with ``By`` and goes on as a sentence
names no one. Every name and text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.name_finder import is_byline

_SPEECHES = {
    "role-on-the-line": (
        """Pacific Spectrum Workshop
Nuku'alofa, Tonga, 3-4 May 2033
OPENING REMARKS
by Sione Fifita-Langi, Chief Executive, Tonga Communications Authority (TCA)
Good morning and welcome to Nuku'alofa.
I invite all regulators to share their spectrum plans before the end of the year.
""",
        "Sione Fifita-Langi",
    ),
    "role-below": (
        """Lagoon Radio Seminar
Apia, 3 to 7 June 2033
OPENING ADDRESS
by Malia Tuilagi-Sopoaga
Director, Radiocommunication Bureau
Good morning and welcome to the seminar.
I encourage all administrations to check their notifications.
""",
        "Malia Tuilagi-Sopoaga",
    ),
    "country-in-brackets": (
        """Caribbean Broadband Week 2034
Bridgetown, 6-8 March 2034
KEYNOTE SPEECH
By Marisol Quintero-Baptiste (Barbados)
Good morning, colleagues.
I call on all operators to publish their roaming tariffs.
""",
        "Marisol Quintero-Baptiste",
    ),
}


@pytest.mark.parametrize("name", sorted(_SPEECHES))
def test_the_byline_under_a_speech_title_names_the_speaker(tmp_path: Path, name: str) -> None:
    text, speaker = _SPEECHES[name]
    x = extract(parsed_text(tmp_path, text))
    assert speaker in [p.name for p in x.persons]
    (r,) = x.requests
    assert r.requester.kind == "person" and r.requester.label == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Regional Seminar on Coastal Radio\nApia, 3-4 May 2033\n"
        "By Administrative Circular CA/245 the Bureau announced the seminar\n",
        "Regional Seminar on Coastal Radio\nApia, 3-4 May 2033\n"
        "By Resolution 88 (Rev. Lima, 2030), the Conference invited BDT to hold seminars.\n",
        "Regional Seminar on Coastal Radio\nApia, 3-4 May 2033\nBy Coastal Radio Week the work will be done\n",
    ],
)
def test_a_paragraph_opening_with_by_that_names_no_one_adds_no_person(tmp_path: Path, text: str) -> None:
    assert [p.name for p in extract(parsed_text(tmp_path, text)).persons] == []


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("by Ana Lobo-Ferreira, Director, Coastal Radio Agency", True),
        ("H.E. Eng. Ana Lobo-Ferreira, Minister of Coastal Affairs", True),
        ("by the Chair. The Group then adopted the report.", False),
        ("Your Excellency Ms Lobo, Minister of Coastal Affairs,", False),
    ],
)
def test_a_byline_is_a_line_with_no_sentence(line: str, byline: bool) -> None:
    assert is_byline(line) is byline

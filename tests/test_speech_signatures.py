"""A speech or message signed at its end by its speaker (``authors._signature_block``, ``_signs_speech``): the name
then words that say who the speaker is, in any words and with no sentence, on its line or the next one (``Hon.
NAME, MP`` / ``MINISTER OF X``, ``Mme NAME`` / ``Ministre de ...``, ``NAME, Second Vice-President of the Republic of
X``), makes ``I ask ...`` in it that person's request (docs/requests.md, round 21). Every name and text is
invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_BODY = """MESSAGE ON THE OCCASION OF WORLD TELECOMMUNICATION AND INFORMATION SOCIETY DAY
17 May 2033
Today our country joins the members of the International Telecommunication Union in celebrating this Day.
I ask the operators to extend their coverage to every district before the end of 2034.
"""

_SIGNED = {
    "honorific-and-suffix-over-role": (
        "Hon. Tevita Moala-Fifita, MP\nMINISTER OF COMMUNICATIONS\n",
        "Tevita Moala-Fifita",
    ),
    "role-in-french": (
        "Mme Awa Diallo-Sangaré\nMinistre de l'Economie Numérique et des Postes\n",
        "Awa Diallo-Sangaré",
    ),
    "long-role-on-the-line": (
        "Ms Rosalind Quartey-Mensah, Second Vice-President of the Republic and Chair of the Digital Council\n",
        "Rosalind Quartey-Mensah",
    ),
}


@pytest.mark.parametrize("name", sorted(_SIGNED))
def test_a_message_signed_by_its_speaker_is_the_speakers(tmp_path: Path, name: str) -> None:
    signature, speaker = _SIGNED[name]
    (r,) = extract(parsed_text(tmp_path, _BODY + signature)).requests
    assert (r.requester.kind, r.requester.label) == ("person", speaker)


def test_a_sentence_after_a_name_signs_nothing(tmp_path: Path) -> None:
    text = _BODY + "Mr Tevita Moala-Fifita, our Minister, spoke at the launch. He thanked the operators.\n"
    assert all(r.requester.kind != "person" for r in extract(parsed_text(tmp_path, text)).requests)

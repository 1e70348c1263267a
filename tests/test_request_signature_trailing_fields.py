"""A letter signed with its signer's name and post on one line (a line break of the signature read as a space:
``NAME Director``) right after its last sentence, with no closing formula, and only a trailing field under it
(``Distribution: ...``, ``Annexes: 2``, ``cc: ...``: the ``trailing`` and ``copies`` cues of ``author-cues.csv``) is
signed by that person, who asks what the letter asks (decisions 11 and 55). Every name, body and sentence here is
invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_LETTER = """Telecommunication Standardization Bureau (TSB)
Circular Letter TSB/417
12 February 2032
To Administrations of Member States of the ITU
Subject: Workshop on quantum-safe networks, Montevideo, 4-5 June 2032
The workshop will be held in Montevideo, Uruguay, on 4 and 5 June 2032.
Administrations are invited to nominate their experts by 30 April 2032.
For any questions, please contact Mr Tobiah Rasmussen-Okafor, Adviser (tsbqsn@itu.int).
{signature}
{trailing}
"""


@pytest.mark.parametrize(
    ("signature", "trailing"),
    [
        (
            "Ingrid Solveig Makonnen-Ferraz Director",
            "Distribution: Administrations of Member States of the ITU; ITU-T Sector Members; ITU-T Associates",
        ),
        ("Ximena Quispe-Lindholm Director", "Annexes: 2"),
        ("Ingrid Solveig Makonnen-Ferraz Director", "cc: Chairmen of ITU-T Study Groups"),
        ("Ximena Quispe-Lindholm Director", "Enclosure: registration form"),
    ],
)
def test_a_name_and_post_on_one_line_over_a_trailing_field_sign_the_letter(
    tmp_path: Path, signature: str, trailing: str
) -> None:
    found = extract(parsed_text(tmp_path, _LETTER.format(signature=signature, trailing=trailing)))
    name = signature.rsplit(" ", 1)[0]
    asked = [r for r in found.requests if r.verb == "invite"]
    assert asked and {r.requester.label for r in asked} == {name}


def test_a_sentence_over_a_trailing_field_signs_nothing(tmp_path: Path) -> None:
    """A line of prose above the field is no signature: the invitation is asked by no person."""
    text = _LETTER.format(signature="The programme will follow.", trailing="Annexes: 2")
    found = extract(parsed_text(tmp_path, text))
    assert not [r for r in found.requests if r.requester.kind == "person"]

"""An agreement's parties named together as the subject of a verb of asking (decision 59): ``The Parties request X
to ...`` is one request per party its signature lines name (``For X: NAME, ROLE``). Every sentence, name and body
here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_AGREEMENT = """MEMORANDUM OF COOPERATION

between {first} and {second}

Article 1 - Purpose

The purpose of this Memorandum is to support the deployment of rural broadband in the Sahel.

Article 2 - Partners

{sentence}

Article 3 - Final provisions

This Memorandum enters into force on signature.

For {first}: Ms Idrissa Kane-Boubacar, Director-General
For {second}: Mr Per-Olov Lindahl-Berg, Chief, Partnerships Division
"""


def _requests(tmp_path: Path, sentence: str, first: str = "the Republic of Mali", second: str = "ITU") -> set[tuple]:
    report = parsed_text(tmp_path, _AGREEMENT.format(first=first, second=second, sentence=sentence))
    return {(r.requester.key, tuple(a.key for a in r.addressees)) for r in extract(report).requests}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Parties invite UNESCO to take part in the steering committee.",
        "Both Parties invite UNESCO to nominate an adviser to the project by 30 June 2033.",
        "The two Parties further invite UNESCO to host the project's final workshop.",
    ],
)
def test_the_parties_are_each_party_that_signs(tmp_path: Path, sentence: str) -> None:
    assert _requests(tmp_path, sentence) == {("MLI", ("unesco",)), ("itu", ("unesco",))}


def test_the_signatories_of_two_bodies(tmp_path: Path) -> None:
    found = _requests(
        tmp_path,
        "The Signatories request UNDP to share its country data.",
        first="the Asia-Pacific Telecommunity",
        second="the International Telecommunication Union",
    )
    assert {requester for requester, _ in found} == {"apt", "itu"}


def test_parties_to_another_text_are_no_signing_parties(tmp_path: Path) -> None:
    """``Parties to the Convention`` is no subject the signature lines read."""
    found = _requests(tmp_path, "Parties to the Convention invite UNESCO to report.")
    assert {requester for requester, _ in found} <= {"parties-to-the-convention"}

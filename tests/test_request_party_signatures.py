"""A document each party signs on a labelled line (``Signed for the Government of X: NAME, ROLE, Place, date`` /
``Signed for ITU: NAME, ROLE, ...``; issue 8, round 56, ``author_signatures.labelled_signers``): each signer asks
what the document asks with no asker named (decisions 18 and 55); a sentence that names its asker stays that
person's alone. Every sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_PROJECT = """PROJECT DOCUMENT

Project title: Rural broadband pilot in the Atacama region

Beneficiary country: Chile

Background. During the appraisal mission the Minister of Transport and Telecommunications, Mr Rodrigo \
Alvear-Lindqvist, asked ITU to extend the pilot to three schools in Copiapó.

Governance. A steering committee will meet twice a year. The national counterpart agency is requested to convene \
its first meeting within thirty days of signature. Regional partners are invited to send observers to it.

{signatures}
"""

_TWO_LINES = (
    "Signed for the Government of Chile: Rodrigo Alvear-Lindqvist, Minister of Transport and Telecommunications, "
    "Santiago, 3 May 2031\n\nSigned for ITU: Ms Wanjiru Otieno-Halvorsen, Chief, Projects Division, Geneva, "
    "9 May 2031"
)
_ONE_LINE = "Signed for Chile: Mr Rodrigo Alvear-Lindqvist. Signed for ITU: Ms Wanjiru Otieno-Halvorsen."


def _requests(tmp_path: Path, signatures: str) -> list[tuple[str, str]]:
    report = parsed_text(tmp_path, _PROJECT.format(signatures=signatures))
    return [(r.requester.key, r.action.split()[0]) for r in extract(report).requests]


@pytest.mark.parametrize("signatures", [_TWO_LINES, _ONE_LINE])
def test_each_party_signer_asks_the_documents_passives(tmp_path: Path, signatures: str) -> None:
    found = _requests(tmp_path, signatures)
    for signer in ("rodrigo-alvear-lindqvist", "wanjiru-otieno-halvorsen"):
        assert (signer, "convene") in found
        assert (signer, "send") in found


@pytest.mark.parametrize("signatures", [_TWO_LINES, _ONE_LINE])
def test_a_sentence_naming_one_signer_as_its_asker_stays_his(tmp_path: Path, signatures: str) -> None:
    found = _requests(tmp_path, signatures)
    assert ("rodrigo-alvear-lindqvist", "extend") in found
    assert ("wanjiru-otieno-halvorsen", "extend") not in found

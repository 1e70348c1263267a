"""An agreement's signatories asked as one (``request_signatories``). Every sentence and name is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.request_signatories import signatory_terms
from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import read

_FRONT = """MEMORANDUM OF UNDERSTANDING
BETWEEN THE ASIA-PACIFIC TELECOMMUNITY (APT)
AND THE PACIFIC ISLANDS TELECOMMUNICATIONS ASSOCIATION (PITA)
ON COOPERATION IN SPECTRUM MANAGEMENT TRAINING

WHEREAS the APT and the PITA share the aim of building regulatory capacity in Pacific island countries;

{definition}

1. The Parties shall develop joint courses on spectrum monitoring for Pacific island regulators, with priority for \
the least developed countries of the region.

2. The APT invites the PITA to co-organize a session on submarine cable resilience at the Pacific ICT Ministers \
meeting in 2031.

3. Each Party shall appoint a focal point by 1 May 2031.

Signed in Apia on 3 March 2031, in two originals in the English language.

For the Asia-Pacific Telecommunity:

Ms Leilani Faleolo-Tuiasosopo

Secretary General

For the Pacific Islands Telecommunications Association:

Mr Ioane Vaifale-Lemalu

Chief Executive Officer
"""


def _requests(tmp_path: Path, definition: str) -> list[tuple[str, tuple[str, ...]]]:
    path = tmp_path / "mou.txt"
    path.write_text(_FRONT.format(definition=definition), encoding="utf-8")
    return [(r.verb, tuple(a.key for a in r.addressees)) for r in extract(parse(read(path))).requests]


@pytest.mark.parametrize(
    "definition",
    [
        "NOW, THEREFORE, the APT and the PITA (the Parties) agree as follows:",
        'NOW, THEREFORE, the APT and the PITA (hereinafter referred to as the "Parties") agree as follows:',
        'NOW, THEREFORE, the APT and the PITA (each a "Party" and together the "Parties") agree as follows:',
    ],
)
def test_the_signatories_term_asked_is_their_own_undertaking(tmp_path: Path, definition: str) -> None:
    """``The Parties shall develop ...`` is what the signatories undertake together, no request; ``The APT invites the
    PITA to ...`` (one signatory asking the other) stays."""
    found = _requests(tmp_path, definition)
    assert all("parties" not in keys and "party" not in keys for _, keys in found)
    assert ("invite", ("pita",)) in found or any(v == "invite" for v, _ in found)


def test_the_parties_stay_asked_where_no_term_is_defined(tmp_path: Path) -> None:
    found = _requests(tmp_path, "NOW, THEREFORE, the APT and the PITA agree as follows:")
    assert any("parties" in keys for _, keys in found)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("ITU and UNICEF (the Parties) agree as follows:", {"parties", "party"}),
        ("ESCAP and ECA (hereinafter called the Signatories) agree:", {"signatories", "signatory"}),
        ("The Parties to the Convention (COP) met in Bonn.", set()),
        ("The Parties shall meet once a year.", set()),
    ],
)
def test_the_term_is_read_from_a_bracketed_definition(tmp_path: Path, text: str, terms: set[str]) -> None:
    path = tmp_path / "t.txt"
    path.write_text(f"AGREEMENT\n\n{text}\n", encoding="utf-8")
    assert signatory_terms(parse(read(path))) == terms

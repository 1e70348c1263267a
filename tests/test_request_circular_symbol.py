"""An excerpt of a Secretary-General's circular letter, cut before its signature, whose first line opens with the
letter's symbol (``CL-31/12``, ``CL-O9/4`` as OCR reads a zero) is the Secretary-General's: its passives are asked by
that post (issue 8, decisions 50 and 55). Every sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_EXCERPT = """{first} registration for the Forum will be handled by the Forum secretariat.
4 The second meeting of the Expert Group will take place in Geneva from 12 to 14 May 2031. Member States are \
invited to submit their comments on the draft framework by 30 April 2031.
5 Heads of delegation are invited to inform the secretariat of the composition of their delegations by 1 May 2031.
6 Further details will follow.
"""


@pytest.mark.parametrize("first", ["CL-31/12", "CL-O9/4", "WSIS/CL-31/7"])
def test_a_circular_letters_excerpt_asks_as_the_secretary_general(tmp_path: Path, first: str) -> None:
    found = extract(parsed_text(tmp_path, _EXCERPT.format(first=first)))
    assert {(r.requester.kind, r.requester.key) for r in found.requests} == {("post", "itu/secretary-general")}
    assert len(found.requests) == 2


def test_a_symbol_cited_in_prose_names_no_author(tmp_path: Path) -> None:
    found = extract(parsed_text(tmp_path, _EXCERPT.format(first="As announced in CL-31/12,")))
    assert ("post", "itu/secretary-general") not in {(r.requester.kind, r.requester.key) for r in found.requests}

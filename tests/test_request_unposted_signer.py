"""A circular signed by a name alone (``(signed) NAME``, no post under it) whose prose names the head of the
organisation as its subject in the third person (``The Secretary-General also urges ...``) is the signer's: the
person who signs writes of the post he holds (issue 8, decision 11: the person named, not the post). Every sentence,
name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_CIRCULAR = """The Secretary-General
Geneva, 4 March 2031
To: Member States of the ITU Council
Subject: Meeting of the Council Working Group on Languages
Dear Sir/Madam,
1. Member States are invited to submit contributions for the Working Group by 10 April 2031.
2. The Secretary-General also {verb} Member States in arrears to regularize their situation before the session.
Yours faithfully,
{signature}
"""


@pytest.mark.parametrize("verb", ["urges", "requests", "invites"])
def test_the_head_named_in_a_circular_signed_by_a_name_alone_is_the_signer(tmp_path: Path, verb: str) -> None:
    found = extract(parsed_text(tmp_path, _CIRCULAR.format(verb=verb, signature="(signed)\nMarisol Øvrebø-Quispe")))
    assert {r.requester.label for r in found.requests} == {"Marisol Øvrebø-Quispe"}


def test_a_signer_with_another_post_leaves_the_head_as_written(tmp_path: Path) -> None:
    """Signed by a Director with her post under her name: the Secretary-General named in the prose is another."""
    signature = "Marisol Øvrebø-Quispe\nDirector, Telecommunication Development Bureau"
    found = extract(parsed_text(tmp_path, _CIRCULAR.format(verb="urges", signature=signature)))
    urged = next(r for r in found.requests if r.verb == "urge")
    assert (urged.requester.kind, urged.requester.key) == ("post", "itu/secretary-general")

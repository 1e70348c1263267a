"""``(signed) NAME`` alone on the line under a circular's courtesy sentence signs it (issue 8, round 56;
``person_signatures._only_name``): the name, with no honorific and no post, is a person, and the circular's
passives are that person's (decisions 11 and 55). Every sentence and name here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_CIRCULAR = """Circular letter

To: Member States of ITU

Subject: Council Working Group on Child Online Protection

1 The Group will hold its ninth meeting on 12 March 2032.

2 Member States are invited to nominate experts for the drafting group by 15 February 2032.

{courtesy}

{signed}
"""


@pytest.mark.parametrize(
    ("courtesy", "signed", "key"),
    [
        (
            "Please accept, Madam, Sir, the assurance of my highest consideration.",
            "(signed) Teodora Vasilescu-Ong",
            "teodora-vasilescu-ong",
        ),
        ("Yours faithfully,", "(Signed) Kwabena Ofori-Lindgren", "kwabena-ofori-lindgren"),
        (
            "Accept, Sir, the assurance of my highest consideration.",
            "(signed)  Ingrid Halvorsen-Mbeki",
            "ingrid-halvorsen-mbeki",
        ),
    ],
)
def test_a_signed_mark_before_a_name_alone_signs(tmp_path: Path, courtesy: str, signed: str, key: str) -> None:
    x = extract(parsed_text(tmp_path, _CIRCULAR.format(courtesy=courtesy, signed=signed)))
    assert key in {p.key for p in x.persons}
    assert {(r.requester.kind, r.requester.key) for r in x.requests} == {("person", key)}

"""A memo or a handover note addressed by a ``To:`` line that names a person (``To: Ms A, Chair of X (2031-2034)``)
asks that person when it says ``you`` (issue 8, decisions 11 and 44: a post with its holder in apposition is the
person). Every sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_NOTE = """STUDY GROUP 3
HANDOVER NOTE
From: Mr Oskar Lindfeldt-Amadi, outgoing Chair of Study Group 3 (2027-2031)
To: {to}
Geneva, 2 June 2031
1. The Assembly appointed you to chair the Study Group for the next period. This note lists what I leave open.
2. I would urge you to set up the correspondence group on tariffs early, and I have asked the Bureau to send my \
files to you by 30 June 2031.
Oskar Lindfeldt-Amadi
"""


@pytest.mark.parametrize(
    ("to", "label"),
    [
        ("Ms Nadia Okonjo-Varga, Chair of Study Group 3 (2031-2035)", "Nadia Okonjo-Varga"),
        ("Dr Ikaika Palakiko-Strand, Chair-designate", "Ikaika Palakiko-Strand"),
        ("Eng. Tupou Havili-Marsh", "Tupou Havili-Marsh"),
    ],
)
def test_you_in_a_note_to_a_named_person_is_that_person(tmp_path: Path, to: str, label: str) -> None:
    found = extract(parsed_text(tmp_path, _NOTE.format(to=to)))
    urged = next(r for r in found.requests if r.verb == "urge")
    assert [a.label for a in urged.addressees] == [label]
    assert urged.requester.label == "Oskar Lindfeldt-Amadi"


def test_a_to_line_of_groups_is_read_as_before(tmp_path: Path) -> None:
    found = extract(parsed_text(tmp_path, _NOTE.format(to="Administrations of Member States, Sector Members")))
    urged = next(r for r in found.requests if r.verb == "urge")
    assert [a.label for a in urged.addressees] == ["Administrations of Member States", "Sector Members"]

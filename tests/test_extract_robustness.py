"""Texts of unusual shape are read without an error: a field or a name that opens where a word was
expected. Each case once stopped the whole extraction with an IndexError."""

from __future__ import annotations

from pathlib import Path

import pytest

from wsiskg.ingest.extract import extract
from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import read

CASES = {
    # a contribution's Source: field that opens with a bracket, not a word
    "source-field-opens-with-a-bracket": (
        "TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP\nDocument TDAG-27/14-E\n"
        "Source: (Republic of Palau) Ministry of Transport and Communication\n"
        "Title: Proposal on rural connectivity\n\n"
        "1 The Republic of Palau invites TDAG to take note of this contribution.\n"
    ),
    # a signature where the post is followed by 'and' before a body's name
    "post-then-and-before-a-body": (
        "Letter of 4 February 2026\n\n"
        "The Bureau thanks Member States for their replies.\n\n"
        "Kalani Ōhelo Director and Rural Spectrum Authority staff will attend.\n"
    ),
}


#: what each is read as: bodies' names, countries' names
READ = {
    "source-field-opens-with-a-bracket": ({"Ministry of Transport and Communication"}, {"Republic of Palau"}),
    "post-then-and-before-a-body": ({"Rural Spectrum Authority"}, set()),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_read_without_an_error(name: str, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(CASES[name], encoding="utf-8")
    extraction = extract(parse(read(path)))
    bodies, countries = READ[name]
    assert bodies <= {b.name for b in extraction.bodies}
    assert not any(b.name.split()[0] in ("and", "&") for b in extraction.bodies)
    assert countries <= {c.name for c in extraction.countries}

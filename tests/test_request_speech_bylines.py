"""A speech's byline that is only a name and its country in brackets, with no honorific (``Closing remarks of the Chair
of the Council`` / ``Ana Lobo (Chile)``): the person is read and speaks (decisions 11 and 40); before, no person was
found, so the speech's requests went to the post its title names. Every name and sentence here is invented for the
test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_SPEECH = """COUNCIL 2034
Geneva, 9-19 June 2034
{title}
{byline}
Secretary-General, Distinguished Councillors, Colleagues,
We have come to the end of a long session, and the Council adopted all its decisions by consensus.
I ask the secretariat to publish the documents of the next session four weeks before it opens.
I declare the 2034 session of the Council closed.
"""


@pytest.mark.parametrize(
    ("title", "byline", "key"),
    [
        ("Closing remarks of the Chair of the Council", "Radka Voříšková (Czechia)", "radka-voriskova"),
        ("Opening statement of the Chairman of the Council", "Tevita Fifita Moala (Tonga)", "tevita-fifita-moala"),
        ("CLOSING REMARKS BY THE CHAIR", "Ines Albuquerque-Sousa (Portugal)", "ines-albuquerque-sousa"),
    ],
)
def test_a_speech_byline_of_a_name_and_its_country_is_the_speaker(
    tmp_path: Path, title: str, byline: str, key: str
) -> None:
    """The name over the salutation is a person, who asks what the speech asks, not the Chair's post."""
    found = extract(parsed_text(tmp_path, _SPEECH.format(title=title, byline=byline)))
    assert key in {p.key for p in found.persons}
    assert {(r.requester.kind, r.requester.key) for r in found.requests} == {("person", key)}


@pytest.mark.parametrize("line", ["Ministry of Communications (Tonga)", "Regional Office for Europe (Switzerland)"])
def test_a_body_and_its_country_is_no_person(tmp_path: Path, line: str) -> None:
    """A body named with its country in brackets on a line of its own is no name."""
    found = extract(parsed_text(tmp_path, _SPEECH.format(title="Closing remarks of the Chair", byline=line)))
    assert not any(line.split(" (")[0] in p.name for p in found.persons)

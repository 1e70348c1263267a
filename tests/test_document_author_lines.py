"""Which front line names a document's author: the heading of a Sector's study-group documents
(``Radiocommunication Study Groups`` over a contribution) names the Sector's groups, a collection, not
who writes; a company named alone under the language field with its country in brackets (``Vireo
Radio AB (Sweden)``) is the author. Every name and sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import make_report, parsed_text
from extract_support import requests_of as run

from wsiskg.ingest.extract.authors import document_voice
from wsiskg.ingest.extract.document import new_document
from wsiskg.ingest.extract.persons import find_actors

_COVER = """{heading}

Subject:  Question ITU-R 999/4

                                              Document 4C/77-E
                                              12 March 2032
                                              English only

{who}

PROPOSALS ON GATEWAY COORDINATION IN THE {band} BAND

1   Proposal

Administrations are invited to share their gateway data with the Rapporteur by 1 May 2032.
"""


@pytest.mark.parametrize(
    ("heading", "who", "band", "author"),
    [
        ("Radiocommunication Study Groups", "Harrowgate Orbital Systems Ltd (Ireland)", "KA", "Harrowgate Orbital"),
        ("Radiocommunication Study Groups", "Tindra Nordic Radio AB (Sweden)", "KU", "Tindra Nordic Radio AB"),
        ("ITU-R Study Groups", "Quenza Satcom Ltd (Uruguay)", "V", "Quenza Satcom Ltd"),
        ("Radiocommunication Study Groups", "Tindra Nordic Radio S.A. (Sweden)", "KU", "Tindra Nordic Radio S.A."),
        ("ITU-R Study Groups", "Brevik Orbital S.p.A. (Italy)", "L", "Brevik Orbital S.p.A."),
        ("Radiocommunication Study Groups", "Marlow Skylink N.V. (Netherlands)", "C", "Marlow Skylink N.V."),
        ("ITU-R Study Groups", "Orvane Networks Ltd. (Canada)", "S", "Orvane Networks Ltd"),
    ],
)
def test_a_company_under_the_language_field_writes_not_the_study_groups_heading(
    tmp_path: Path, heading: str, who: str, band: str, author: str
) -> None:
    r = parsed_text(tmp_path, _COVER.format(heading=heading, who=who, band=band))
    got = run(r, None)
    assert got and all(author in x.requester.label for x in got)
    assert all("Study Groups" not in x.requester.label for x in got)


@pytest.mark.parametrize("heading", ["Radiocommunication Study Groups", "ITU-R Study Groups"])
def test_a_study_groups_heading_over_a_letter_is_no_letterhead(heading: str) -> None:
    r = make_report(
        "Subject: Sharing studies in the 7 GHz band",
        "Administrations are invited to send their sharing studies to the Rapporteur by 3 June 2032.",
        title=heading,
    )
    new_document(r)
    assert document_voice(r, find_actors(r, None)).author is None

"""Documents whose title names a kind that records no meeting (issue 8, decisions 4, 50 and 55): a fact sheet, a
newsletter or bulletin, a sponsorship prospectus, an invitation to tender (genre ``notice``) and a legal opinion
(genre ``secretary-general``) record no meeting, even when their header names and dates one; what they ask with no
asker named is their issuer's or signer's, not the meeting's. Every sentence, name and body here is invented for the
test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.genre import records_meeting, report_genre

_FACT_SHEET = """REGIONAL FORUM ON DIGITAL SKILLS
Lomé, 14-16 October 2031
{kind}
Issued by the Telecommunication Development Bureau, 2 June 2031

What is the Forum?
The Forum brings together ministries, regulators and universities of the region to compare national digital \
skills programmes.

How to take part
Universities are invited to register their training courses on the Forum portal by 15 September 2031.
"""


@pytest.mark.parametrize(
    "kind",
    ["FACT SHEET No. 2: the Forum at a glance", "Fact sheet", "PARTNERSHIP OPPORTUNITIES", "Sponsorship prospectus"],
)
def test_a_fact_sheet_records_no_meeting_and_asks_as_its_issuer(tmp_path: Path, kind: str) -> None:
    """The Forum the sheet is about is an event, not the sheet's own meeting; its passive is the issuing Bureau's."""
    report = parsed_text(tmp_path, _FACT_SHEET.format(kind=kind))
    assert report_genre(report) == "notice"
    found = extract(report)
    assert found.meeting is None
    assert {(r.requester.kind, r.requester.key) for r in found.requests} == {("body", "itu-bdt")}


@pytest.mark.parametrize(
    ("kind", "genre"),
    [
        ("NEWSLETTER - Issue 4/2031", "notice"),
        ("Pacific Bulletin, No. 12 (October-December 2031)", "notice"),
        ("INVITATION TO TENDER RFP/BDT/31/007", "notice"),
        ("Call for tenders: national broadband map", "notice"),
        ("LEGAL OPINION ON THE TERM OF OFFICE OF A VICE-CHAIR", "secretary-general"),
    ],
)
def test_a_document_kind_of_no_meeting_is_its_genre(tmp_path: Path, kind: str, genre: str) -> None:
    """Each kind of document named by its title line is a genre that records no meeting."""
    text = f"International Telecommunication Union\n{kind}\n\n1 The text informs its readers of a new service.\n"
    report = parsed_text(tmp_path, text)
    assert report_genre(report) == genre
    assert not records_meeting(report)

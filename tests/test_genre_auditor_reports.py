"""An auditor's report to a session records no meeting (``genre_cues.csv``: ``Report of the External Auditor``, genre
``secretary-general``, as ``Report by the Director``; round 54): a post's report submitted as an addendum to a Council
document names the session it goes to in its header only; the record word of its title (``Report``) kept the
session as its own meeting (``genre.addressed_document`` reads no document with a record word)."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_parts

from wsiskg.ingest.extract.genre import records_meeting


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        (
            "Report of the External Auditor",
            ("Council 2031", "Geneva, 10–20 June 2031", "Addendum 3 to Document C31/52-E", "2 May 2031",
             "AUDIT OF THE ORGANIZATION OF REGIONAL DEVELOPMENT FORUMS, 2028–2030", "Summary",
             "The External Auditor examined how the regional development forums were organized from 2028 to 2030."),
        ),
        (
            "REPORT BY THE INTERNAL AUDITOR ON THE TRAVEL PROCESS",
            ("COUNCIL 2029", "Geneva, 3-13 July 2029", "Document C29/71-E", "4 June 2029",
             "1 Introduction", "The Internal Audit Unit reviewed the travel process in 2028."),
        ),
    ],
)  # fmt: skip
def test_an_auditor_s_report_records_no_meeting(title: str, lines: tuple[str, ...]) -> None:
    report = make_report(*lines, title=title)
    assert not records_meeting(report)
    assert meeting_parts(report) is None


def test_a_committee_s_record_of_an_audit_keeps_its_meeting() -> None:
    """A record whose title names an auditor's report among its subjects is still a record."""
    report = make_report(
        "Geneva, 4–5 March 2031",
        "1 The Committee considered the report of the External Auditor on the accounts for 2030.",
        title="Summary record of the third meeting of the Audit Advisory Committee",
    )
    assert records_meeting(report)

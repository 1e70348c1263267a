"""Who asks in a proposal for a conference's work that names no source in its header (an excerpt,
decision 22): the administration or group whose ITU symbol opens the proposals' numbers (``MOD
J/12/3``: Japan). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report, parties
from extract_support import requests_of as run

from wsiskg.ingest.extract import extract

_TEXT = (
    "The Plenipotentiary Conference of the International Telecommunication Union (Lisbon, 2030),",
    "instructs the Secretary-General",
    "1 to report to the Council on the use of satellite links in rural schools;",
    "invites Member States",
    "to share their experience of rural connectivity funds.",
)


@pytest.mark.parametrize(
    ("mark", "who"),
    [
        ("MOD   J/12/3", "country:JPN"),
        ("ADD KEN/20A2/1", "country:KEN"),
        ("MOD\tEUR/7A14/5", "body:cept"),
    ],
)
def test_the_symbol_of_a_proposal_names_who_asks(mark: str, who: str) -> None:
    r = make_report(mark, "RESOLUTION 77 (REV. LISBON, 2030)", "Rural connectivity", *_TEXT, section="1")
    assert {parties(x)[1] for x in run(r, None)} == {who}


def test_a_symbol_standing_alone_over_a_marked_text_names_who_asks() -> None:
    r = make_report(
        "Introduction: Norway considers the text below overdue.",
        "NOR/33/2",
        "RESOLUTION 77 (REV. LISBON, 2030)",
        "MOD",
        *_TEXT,
        section="1",
    )
    assert {parties(x)[1] for x in run(r, None)} == {"country:NOR"}


def test_a_symbol_as_the_title_names_who_asks() -> None:
    r = make_report("RESOLUTION 77 (REV. LISBON, 2030)", *_TEXT, title="SUP  MEX/9/4", section="1")
    assert {parties(x)[1] for x in run(r, None)} == {"country:MEX"}


def test_a_united_nations_symbol_in_an_unmarked_resolution_is_no_proposal() -> None:
    r = make_report("Recalling S/2005/112 and A/64/221,", "RESOLUTION 77 (REV. LISBON, 2030)", *_TEXT, section="1")
    assert {parties(x)[1] for x in run(r, None)} == {"body:itu-pp"}


@pytest.mark.parametrize(
    "header",
    [
        "REPORT OF THE SECOND MEETING OF THE COUNCIL EXPERT GROUP ON LEASE FINANCING (EG-LF)",
        "REPORT OF THE FIRST SESSION OF THE COUNCIL EXPERT GROUP ON LEASE FINANCING (EG-LF)",
        "Report of the second meeting of the Council Expert Group on Lease Financing (EG-LF)",
    ],
)
def test_a_header_naming_a_meeting_of_a_body_is_no_author(header: str) -> None:
    """The record of a meeting of a group whose name starts with a known body (``Council``) is not
    written by that body: a passive with no agent is the meeting's, not the Council's."""
    r = make_report(
        "EG-LF-2/5",
        "Council Expert Group on Lease Financing Document EG-LF-2/5 9 March 2029 English only",
        header,
        "1 The second meeting of the EG-LF was chaired by Ms Tuulikki Ahonen-Barros (Finland).",
        "2 Members are invited to send their views on the lease options by 20 June 2029.",
    )
    assert {parties(x)[1] for x in extract(r).requests} == {"body:eg-lf"}

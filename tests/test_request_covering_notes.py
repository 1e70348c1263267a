"""Who asks in a covering note: a note (``Note by the Secretary-General``) that transmits another's text under a
header naming that text's author (``REPORT OF THE X``). The note's own text is its issuer's (``The Council is invited
to take note of the report``: the issuer asks), the transmitted text's (from its annex on) its author's. A resolution's
title over the note is its subject line, no resolution's text. Every name, body, code and sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.authors import document_voice
from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.records import Extraction

_NOTE = """{title}

{meeting}
{place}

Document {symbol}
{day}
Original: English

Note by the {issuer}
{subject}
I have the honour to transmit to the {audience} the report of the {body}.

The {audience} is invited to {asked}.
{annex}
1. The {head} held three meetings during the period.

2. Administrations were invited to {passive}.

3. The {head} requested the Director of BDT to {active}.
"""

_CASES = [
    {
        "title": "REPORT OF THE COUNCIL WORKING GROUP ON CHILD ONLINE PROTECTION",
        "meeting": "Council 2034",
        "place": "Geneva, 10-19 June 2034",
        "symbol": "C34/45-E",
        "day": "3 May 2034",
        "issuer": "Secretary-General",
        "issuer_key": "itu/secretary-general",
        "author_key": "cwg-cop",
        "subject": "",
        "audience": "Council",
        "body": "Council Working Group on Child Online Protection",
        "asked": "take note of the report",
        "annex": "\nANNEX\n\nReport of the Council Working Group on Child Online Protection\n",
        "head": "Group",
        "passive": "share their national strategies",
        "active": "prepare a toolkit for parents",
    },
    {
        "title": "REPORT OF THE TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP TO THE CONFERENCE",
        "meeting": "World Telecommunication Development Conference (WTDC-34)",
        "place": "Lusaka, 4-15 September 2034",
        "symbol": "12-E",
        "day": "2 July 2034",
        "issuer": "Director of the Telecommunication Development Bureau",
        "issuer_key": "itu-bdt/director",
        "author_key": "tdag",
        "subject": "\nRESOLUTION 24 (REV. WTDC-30)\n",
        "audience": "Conference",
        "body": "Telecommunication Development Advisory Group (TDAG)",
        "asked": "approve the proposals of the report",
        "annex": "\nANNEX A - Report of TDAG\n",
        "head": "TDAG",
        "passive": "nominate experts to the correspondence group",
        "active": "publish the report in all six languages",
    },
    {
        "title": "FIFTH ANNUAL REPORT OF THE RADIO REGULATIONS BOARD",
        "meeting": "World Radiocommunication Conference (WRC-35)",
        "place": "Sharm el-Sheikh, 1-26 October 2035",
        "symbol": "9-E",
        "day": "14 August 2035",
        "issuer": "Secretary-General",
        "issuer_key": "itu/secretary-general",
        "author_key": "rrb",
        "subject": "\nRESOLUTION 80 (REV. WRC-31)\n",
        "audience": "Conference",
        "body": "Radio Regulations Board (RRB)",
        "asked": "take the Board's recommendations into account",
        "annex": "\nAnnex: Fifth annual report of the RRB\n",
        "head": "Board",
        "passive": "reply to enquiries of the Bureau within thirty days",
        "active": "publish the rules of procedure before the Conference",
    },
]


def _note(tmp_path: Path, case: dict[str, str]) -> Extraction:
    return extract(parsed_text(tmp_path, _NOTE.format(**case)))


def _asker(x: Extraction, action: str) -> tuple[str, str]:
    found = [r.requester for r in x.requests if action in r.action]
    assert found, f"no request to {action!r}: {[(r.requester.key, r.action) for r in x.requests]}"
    return found[0].kind, found[0].key


@pytest.mark.parametrize("case", _CASES, ids=["council", "wtdc", "wrc"])
def test_a_covering_note_asks_in_its_issuers_name(tmp_path: Path, case: dict[str, str]) -> None:
    x = _note(tmp_path, case)
    assert _asker(x, case["asked"]) == ("post", case["issuer_key"])


@pytest.mark.parametrize("case", _CASES, ids=["council", "wtdc", "wrc"])
def test_the_transmitted_text_asks_in_its_authors_name(tmp_path: Path, case: dict[str, str]) -> None:
    x = _note(tmp_path, case)
    assert _asker(x, case["passive"]) == ("body", case["author_key"])
    assert _asker(x, case["active"]) == ("body", case["author_key"])


_SUMMARY = """REPORT OF THE {title}

Council 2036
Document C36/{number}-E
Original: English

Note by the Secretary-General

I have the honour to transmit to the Council, for information, a summary of the work of the {body}.

The {head} invites {asked} to {active}.

{members} are invited to {passive}.

The Council is invited to take note of this document.
"""


@pytest.mark.parametrize(
    ("title", "body", "head", "key", "asked", "members"),
    [
        (
            "BROADBAND COMMISSION",
            "Broadband Commission",
            "Commission",
            "broadband-commission",
            "UNESCO",
            "Member States",
        ),
        (
            "COUNCIL WORKING GROUP ON LANGUAGES",
            "Council Working Group on Languages (CWG-LANG)",
            "Group",
            "cwg-lang",
            "the Secretary-General",
            "Sector Members",
        ),
        (
            "INDEPENDENT MANAGEMENT ADVISORY COMMITTEE",
            "Independent Management Advisory Committee (IMAC)",
            "Committee",
            "imac",
            "the Secretary-General",
            "Administrations",
        ),
    ],
)
def test_a_note_with_no_annex_asks_in_its_issuers_name_but_where_it_names_another(
    tmp_path: Path, title: str, body: str, head: str, key: str, asked: str, members: str
) -> None:
    text = _SUMMARY.format(
        title=title,
        number=len(title),
        body=body,
        head=head,
        asked=asked,
        members=members,
        active="report on the use of the funds",
        passive="send their case studies by 1 June 2036",
    )
    x = extract(parsed_text(tmp_path, text))
    assert _asker(x, "take note of this document") == ("post", "itu/secretary-general")
    assert _asker(x, "send their case studies") == ("post", "itu/secretary-general")
    assert _asker(x, "report on the use of the funds")[1] == key


def test_a_note_by_the_groups_own_chairman_is_the_groups(tmp_path: Path) -> None:
    text = """REPORT OF THE COUNCIL WORKING GROUP ON LANGUAGES (CWG-LANG)

Council 2036
Document C36/22-E

Note by the Chairman of the Council Working Group on Languages

The Group met twice since the last session of the Council.

Member States are invited to send their glossaries to the secretariat by 1 June 2036.
"""
    report = parsed_text(tmp_path, text)
    assert document_voice(report, find_actors(report, None, None)).note is None
    assert _asker(extract(report), "send their glossaries") == ("body", "cwg-lang")

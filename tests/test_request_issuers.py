"""Documents of no meeting whose header names who issues them (issue 8, decisions 4, 26, 50 and 55): an issues
paper ``prepared by the X secretariat``, a daily journal ``Issued by the Executive Secretariat``, a concept note
``Prepared by the Regional Office for X``; their passives are the issuer's. A record ``prepared by`` its secretariat
still speaks for its meeting. Every sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.genre import records_meeting

_PAPER = """Commission on Science and Technology for Development
Intersessional panel 2033–2034
Nairobi, 6–8 November 2033
{kind} {issuer}
OPEN DATA FOR SMART AGRICULTURE

1. The panel will examine how farmers' cooperatives share weather and soil data across borders.

2. Member States and other stakeholders are invited to submit written inputs to the secretariat by 10 January \
2034.

3. Panellists are requested to send their slides two days before the session.
"""


def _requesters(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return {(r.requester.kind, r.requester.key) for r in extract(parsed_text(tmp_path, text)).requests}


@pytest.mark.parametrize(
    ("kind", "issuer", "key"),
    [
        ("Issues paper", "prepared by the UNCTAD secretariat", "unctad"),
        ("Background paper", "prepared by the ESCWA secretariat", "escwa"),
        ("Concept note", "Prepared by the Telecommunication Development Bureau", "itu-bdt"),
    ],
)
def test_a_paper_prepared_by_a_body_is_asked_by_it(tmp_path: Path, kind: str, issuer: str, key: str) -> None:
    """The paper is for a panel (no meeting of its own): what it asks with no asker named is the body that prepared
    it, not the person its table of panellists lists last (a row under another row, no signature)."""
    rows = "Panellist, Post\nDr Amina Diallo-Berg, Director-General, Data Protection Office\n"
    text = _PAPER.format(kind=kind, issuer=issuer) + f"\n{rows}Mr Arvid Lindqvist-Moreau, Economist, ITU\n"
    report = parsed_text(tmp_path, text)
    assert not records_meeting(report)
    assert _requesters(tmp_path, text) == {("body", key)}


def test_who_signs_a_paper_asks_before_who_prepared_it(tmp_path: Path) -> None:
    """Decision 55: the signing person first, else the body that issues the document."""
    text = _PAPER.format(kind="Concept note", issuer="prepared by the ESCWA secretariat")
    text += "\nRania Haddad-Lund\nChief, Technology Division\n"
    assert _requesters(tmp_path, text) == {("person", "rania-haddad-lund")}


_JOURNAL = """WORLD CONFERENCE ON RURAL CONNECTIVITY
Kampala, 3-7 May 2032
{kind}
No. 3 - Wednesday 5 May 2032
Issued by the Executive Secretariat of the Conference

MEETINGS TODAY
10:00-13:00 Plenary Hall: third plenary meeting.

ANNOUNCEMENTS
1. Speakers in the high-level segment are requested to hand in their statements one hour before they speak.
2. Delegations are reminded to collect their badges at the registration desk.
"""


@pytest.mark.parametrize("kind", ["DAILY JOURNAL", "Daily Journal", "JOURNAL No. 3"])
def test_a_daily_journal_is_asked_by_its_issuer(tmp_path: Path, kind: str) -> None:
    """A conference's daily journal (a notice, no meeting of its own) announces in its issuer's voice."""
    text = _JOURNAL.format(kind=kind)
    found = extract(parsed_text(tmp_path, text))
    assert found.meeting is None
    assert {(r.requester.kind, r.requester.label) for r in found.requests} == {
        ("body", "Executive Secretariat of the Conference")
    }


_RECORD = """EXPERT GROUP ON RURAL BROADBAND STATISTICS (EGRBS)
Fourth meeting, Lusaka, 12-13 May 2031
Summary prepared by the secretariat

1. The Group reviewed the draft questionnaire on rural broadband prices.

2. Members were invited to send their comments on the questionnaire by 30 June 2031.
"""


def test_a_record_prepared_by_its_secretariat_speaks_for_its_meeting(tmp_path: Path) -> None:
    """Who prepared a record does not ask in it: its passives stay the meeting body's."""
    report = parsed_text(tmp_path, _RECORD)
    assert records_meeting(report)
    assert {(r.requester.kind, r.requester.key) for r in extract(report).requests} == {("body", "egrbs")}

"""A voluntary national review's chapter speaks for the country that issues it (issue 8, decisions 4, 26 and 55): it
records no meeting (the workshop that validated it and the committee that discussed it are events), its letterhead
names the country (``REPUBLIC OF X``, ``Royal Government of Y``), and what it asks with no asker (a passive, ``The
Government:`` over lettered commitments, ``The Government calls on ...``) is that country's; a committee that makes
recommendations under a lead (``The committee made the following recommendations:``) keeps its items, passives too.
Every sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.genre import records_meeting

_COMMITMENTS = """{letterhead}
{title}
Chapter 4 - Connectivity and the information society
4.1 This chapter was prepared by the Ministry of Posts and Digital Economy (MPDE) with contributions from the \
Island Communications Commission (ICC), and validated at a workshop held on 2 March 2030.
4.2 Commitments. The Government:
(a) calls on mobile operators to extend coverage to all outer islands by the end of 2031;
(b) requests MPDE to publish a yearly digital inclusion report; and
(c) invites development partners, including ITU and the Asian Development Bank, to support a school connectivity plan.
4.3 Civil society organizations are encouraged to send their comments on this chapter to MPDE by 31 May 2030.
"""


def _pairs(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return {(r.requester.key, a.label) for r in extract(parsed_text(tmp_path, text)).requests for a in r.addressees}


@pytest.mark.parametrize(
    ("letterhead", "title", "key"),
    [
        ("KINGDOM OF TONGA", "Voluntary National Review 2030", "TON"),
        ("Royal Government of Bhutan", "Third Voluntary National Review on the 2030 Agenda", "BTN"),
        ("Republic of Vanuatu", "VOLUNTARY NATIONAL REVIEW 2032", "VUT"),
    ],
)
def test_a_national_review_asks_as_the_country_of_its_letterhead(
    tmp_path: Path, letterhead: str, title: str, key: str
) -> None:
    report = parsed_text(tmp_path, _COMMITMENTS.format(letterhead=letterhead, title=title))
    assert not records_meeting(report)
    found = extract(report)
    assert found.meeting is None
    assert {r.requester.key for r in found.requests} == {key}
    assert len(found.requests) == 4


def test_the_government_calling_in_a_sentence_is_the_country(tmp_path: Path) -> None:
    text = """REPUBLIC OF VANUATU
Voluntary National Review 2032
1. This annex was prepared by the Office of the Chief Information Officer together with the national regulator.
2. The Government calls on mobile operators to publish their coverage maps by 31 March 2033.
3. Provincial councils are requested to nominate digital focal points.
"""
    assert _pairs(tmp_path, text) == {("VUT", "mobile operators"), ("VUT", "Provincial councils")}


def test_a_committees_recommendations_stay_the_committees_and_the_closing_passive_the_countrys(
    tmp_path: Path,
) -> None:
    text = """Government of the Republic of Kiribati
Second Voluntary National Review: digital transformation chapter
1. This chapter was drafted by the Ministry of Information, Communications and Transport (MICT). It was discussed \
by the National Digital Steering Committee at its third meeting in Tarawa on 4 May 2029.
2. The committee made the following recommendations:
(a) the Communications Commission of Kiribati is urged to review spectrum fees;
(b) development partners, notably the World Bank, are invited to finance a second submarine cable.
3. Line ministries are reminded to send their data to the National Statistics Office by 30 June 2029.
"""
    requesters = {(r.verb, r.requester.key) for r in extract(parsed_text(tmp_path, text)).requests}
    assert requesters == {
        ("urge", "national-digital-steering-committee"),
        ("invite", "national-digital-steering-committee"),
        ("remind", "KIR"),
    }


def test_a_groups_recommendations_lead_gives_its_passive_items_to_the_group_in_a_signed_letter(tmp_path: Path) -> None:
    """Outside a national review too: the items of ``X made N recommendations:`` are X's, a passive one as well, not
    the signer's."""
    text = """Dear Colleagues,
1. I write to inform you of the outcome of the Expert Group on Rural Backhaul, which met online on 3 April 2031.
2. The Expert Group on Rural Backhaul made three recommendations:
(a) administrations are invited to share their backhaul maps;
(b) regional regulators' associations are encouraged to pool their tenders.
3. I look forward to your continued support.
Yours faithfully,
Amara Lindqvist-Osei
Director
"""
    found = {(r.requester.key, a.label) for r in extract(parsed_text(tmp_path, text)).requests for a in r.addressees}
    assert found == {
        ("expert-group-on-rural-backhaul", "administrations"),
        ("expert-group-on-rural-backhaul", "regional regulators' associations"),
    }

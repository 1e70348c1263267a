"""A regional group's common proposals name the administrations that support them (issue 8, decision 22): ``The ECP is
supported by A, B and C.`` or a table with a ``Supported by`` column; the drafted text's operative verbs are each
supporter's request, not the group's, also where a PDF ran the draft's title, preamble and first clause into one line
(``The World Radiocommunication Conference (Geneva, 2031), noting ..., invites``). Every sentence, name and body here is
invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_HEADER = """WORLD RADIOCOMMUNICATION CONFERENCE (WRC-31)
Lima, 3-28 November 2031
Addendum 4 to Document 21-E
2 October 2031
{group}
{title}
Agenda item 1.7
"""

_PROSE = """Introduction. The proposals below were adopted at the group's last preparatory meeting. {support}
ADD {code}/21A4/1 - Draft new Resolution [{code}-1.7] (WRC-31) on maritime distress beacons. The World \
Radiocommunication Conference (Lima, 2031), noting that the studies of Working Party 5B are complete, invites the \
ITU Radiocommunication Sector to develop a Recommendation on beacon testing; encourages administrations to register \
their beacons in the ITU database.
Reasons: a single band eases the certification of beacons.
"""

_TABLE = """Introduction. Each proposal is supported by the administrations listed in the table.
Proposal, Supported by, Number
{code}/21A4/1, {first}, {second}, {third}, 3
{code}/21A4/2 (NOC Article 5), {second}, {third}, 2
ADD {code}/21A4/1 - RESOLUTION [{code}-1.7] (WRC-31): Maritime distress beacons.
The World Radiocommunication Conference (Lima, 2031), resolves to invite the ITU Radiocommunication Sector to study \
beacon testing; instructs the Director of the Radiocommunication Bureau to report the results to WRC-35.
"""

_GROUPS = [
    ("Asia-Pacific Telecommunity Member Administrations", "APT COMMON PROPOSALS FOR THE WORK OF THE CONFERENCE", "ACP"),
    (
        "Member States of the Inter-American Telecommunication Commission (CITEL)",
        "INTER-AMERICAN PROPOSALS FOR THE WORK OF THE CONFERENCE",
        "IAP",
    ),
]

_COUNTRIES = [
    ("Fiji", "Nepal", "Mongolia", {"FJI", "NPL", "MNG"}),
    ("Chile", "Uruguay", "Panama", {"CHL", "URY", "PAN"}),
]


@pytest.mark.parametrize(("group", "title", "code"), _GROUPS)
@pytest.mark.parametrize(("first", "second", "third", "keys"), _COUNTRIES)
def test_a_common_proposals_supporters_in_a_sentence_each_ask(
    tmp_path: Path, group: str, title: str, code: str, first: str, second: str, third: str, keys: set[str]
) -> None:
    support = f"The {code} is supported by {first}, {second} and {third}."
    text = _HEADER.format(group=group, title=title) + _PROSE.format(support=support, code=code)
    requests = extract(parsed_text(tmp_path, text)).requests
    assert {r.requester.key for r in requests} == keys
    assert len(requests) == 6  # two operative verbs, three supporters


@pytest.mark.parametrize(("group", "title", "code"), _GROUPS)
@pytest.mark.parametrize(("first", "second", "third", "keys"), _COUNTRIES)
def test_a_common_proposals_support_table_names_each_asker(
    tmp_path: Path, group: str, title: str, code: str, first: str, second: str, third: str, keys: set[str]
) -> None:
    text = _HEADER.format(group=group, title=title) + _TABLE.format(code=code, first=first, second=second, third=third)
    requests = extract(parsed_text(tmp_path, text)).requests
    assert {r.requester.key for r in requests} == keys
    assert len(requests) == 6


def test_supporters_of_no_proposed_text_are_no_contributors(tmp_path: Path) -> None:
    """A group's contribution that proposes no text (no ``MOD``/``ADD``) and names the supporters of an initiative:
    its request stays the group's."""
    text = """Contribution from the Asia-Pacific Telecommunity
Council Working Group on WSIS, Geneva, 4-5 May 2031
The regional connectivity initiative is supported by Fiji, Nepal and Mongolia.
The APT invites the Group to take note of the initiative.
"""
    requests = extract(parsed_text(tmp_path, text)).requests
    assert {r.requester.key for r in requests} == {"apt"}

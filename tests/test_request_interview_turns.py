"""An interview's turns labelled by the interviewee's family name (issue 8, decision 58): ``Okonkwo-Lind: ... I urge
operators to ...`` is the person the lead names, and so are the turn's ``we`` and ``I``; the interviewer's turns
(``ITU News:``, ``Q:``) ask no one. Every sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_INTERVIEW = """REGIONAL DIGEST - INTERVIEW
Issue 4, October 2031
"Rural towers need shared power": four questions to the Chair of the West African Regulators' Forum
{lead} was elected Chair of the West African Regulators' Forum in March 2031.
{asker}: What will the Forum do first?
{label}: We will publish a tower-sharing guide before the end of the year. I urge operators to share their \
passive infrastructure in rural areas.
{asker}: And the ministries?
{label}: We call on energy ministries to connect rural towers to the grid, and I invite regulators of \
the region to join our working group.
"""


@pytest.mark.parametrize(
    ("lead", "label", "key"),
    [
        ("Dr Ifeoma Okonkwo-Lind", "Okonkwo-Lind", "ifeoma-okonkwo-lind"),
        ("Mr Kwabena Asante", "Asante", "kwabena-asante"),
        ("Ms Mariam Traoré-Keita (Mali)", "TRAORÉ-KEITA", "mariam-traore-keita"),
    ],
)
@pytest.mark.parametrize("asker", ["ITU News", "Q", "Regional Digest"])
def test_an_interviewees_turns_are_hers(tmp_path: Path, lead: str, label: str, key: str, asker: str) -> None:
    report = parsed_text(tmp_path, _INTERVIEW.format(lead=lead, label=label, asker=asker))
    found = [(r.requester.kind, r.requester.key) for r in extract(report).requests]
    assert len(found) == 3
    assert set(found) == {("person", key)}


def test_a_family_name_two_persons_share_names_no_speaker(tmp_path: Path) -> None:
    """Two persons of the lead end their names with the label: the turn is no one's."""
    lead = "Dr Ifeoma Asante, with her deputy Mr Kofi Asante,"
    report = parsed_text(tmp_path, _INTERVIEW.format(lead=lead, label="Asante", asker="Q"))
    assert not {r.requester.key for r in extract(report).requests} & {"ifeoma-asante", "kofi-asante"}

"""Who asks in a regional body's contribution when its members are named by the region's words (issue 8, round
50): ``The Inter-American Administrations request TDAG to ...`` in a contribution of CITEL, ``Asia-Pacific Member
States invite ...`` in one of the APT: the author body asks (decision 22; :mod:`.request_regional_writers`).
Another region's members are not its writers. Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text, parties

from wsiskg.ingest.extract import extract


def _pairs(tmp_path: Path, text: str) -> list[tuple[str, tuple[str, ...]]]:
    """``(kind:requester, addressees)`` of each request the whole extractor reads in ``text``."""
    return [parties(x)[1:3] for x in extract(parsed_text(tmp_path, text)).requests]


def _contribution(source: str, proposals: str) -> str:
    return (
        "TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP\n\nGeneva, 3-5 May 2031\n\nDocument TDAG-31/12\n\n"
        f"Source: {source}\n\nTitle: Regional views on spectrum pricing\n\n1 Background\n\n"
        "Spectrum fees differ widely between neighbouring countries.\n\n2 Proposals\n\n" + proposals + "\n"
    )


@pytest.mark.parametrize(
    ("source", "subject", "key"),
    [
        ("Inter-American Telecommunication Commission (CITEL)", "The Inter-American Administrations", "body:citel"),
        ("Asia-Pacific Telecommunity (APT)", "Asia-Pacific Member States", "body:apt"),
        ("Asia-Pacific Telecommunity (APT)", "The Asia-Pacific countries", "body:apt"),
    ],
)
def test_the_regions_members_are_the_author(tmp_path: Path, source: str, subject: str, key: str) -> None:
    text = _contribution(
        source,
        f"{subject} urge the Telecommunication Development Bureau to publish a comparative study of spectrum fees.",
    )
    assert _pairs(tmp_path, text) == [(key, ("body:itu-bdt",))]


def test_another_regions_members_are_not_the_author(tmp_path: Path) -> None:
    """``European Administrations`` in the APT's contribution: no word of its name, not its writers."""
    text = _contribution(
        "Asia-Pacific Telecommunity (APT)",
        "European Administrations urge the Telecommunication Development Bureau to publish a comparative study "
        "of spectrum fees.",
    )
    assert all(requester != "body:apt" for requester, _ in _pairs(tmp_path, text))

"""A body's ministers as the subject of a verb of asking (issue 8, round 50): ``The SADC Ministers responsible for
ICT, at their meeting in X, requested ITU to ...`` asks as the group written with its body and remit
(:mod:`.request_body_ministers`), also when the body is written in full before its acronym (the group is then
written with the acronym). Ministers no body opens (``Several ministers``, ``The Ministers of Finance``) are left
as they were. Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text, parties

from wsiskg.ingest.extract import extract


def _pairs(tmp_path: Path, text: str) -> list[tuple[str, tuple[str, ...]]]:
    """``(kind:requester, addressees)`` of each request the whole extractor reads in ``text``."""
    return [parties(x)[1:3] for x in extract(parsed_text(tmp_path, text)).requests]


def _annual_report(sentence: str) -> str:
    return (
        "ITU REGIONAL OFFICE FOR THE AMERICAS\n\nANNUAL REPORT 2031 (EXCERPT)\n\n1. Highlights\n\n"
        "The Office supported nine countries in updating their spectrum plans.\n\n2. Requests from the membership\n\n"
        + sentence
        + "\n"
    )


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        (
            "The ECOWAS Ministers responsible for ICT, at their meeting in Lomé from 2 to 4 June 2031,",
            "collective:ecowas-ministers-responsible-for-ict",
        ),
        (
            "The Association of Southeast Asian Nations (ASEAN) ministers in charge of telecommunications",
            "collective:asean-ministers-in-charge-of-telecommunications",
        ),
        ("The ASEAN Digital Ministers", "collective:asean-digital-ministers"),
        ("The APT ministers", "collective:apt-ministers"),
    ],
)
def test_a_bodys_ministers_ask_as_the_group(tmp_path: Path, subject: str, key: str) -> None:
    text = _annual_report(
        f"{subject} requested the Telecommunication Development Bureau to prepare a study on backhaul."
    )
    assert _pairs(tmp_path, text) == [(key, ("body:itu-bdt",))]


def test_ministers_no_body_opens_are_no_group_of_a_body(tmp_path: Path) -> None:
    """``The Ministers of Finance`` and ``Several ministers`` name no body first: not read as a body's ministers."""
    text = _annual_report(
        "The Ministers of Finance requested the Telecommunication Development Bureau to prepare a study on backhaul."
        "\n\nSeveral ministers asked the Office to publish its plan."
    )
    assert all(
        "-ministers" not in requester or requester == "collective:ministers" for requester, _ in _pairs(tmp_path, text)
    )


def test_a_remit_that_lists_with_commas_stays_in_the_group(tmp_path: Path) -> None:
    """``responsible for posts, broadcasting and ICT``: the subject is not cut at the remit's comma."""
    text = _annual_report(
        "The ECOWAS ministers responsible for posts, broadcasting and ICT, at their meeting in Abuja on "
        "6 May 2031, welcomed the plan and urged Member States to publish their numbering plans."
    )
    assert _pairs(tmp_path, text) == [
        ("collective:ecowas-ministers-responsible-for-posts-broadcasting-and-ict", ("collective:member-states",))
    ]

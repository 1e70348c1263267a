"""The meeting body named by its own session code as the subject of a verb of asking (issue 8, round 53;
``request_subject_heads._own_session_code``): ``GSR-17 recommends that regulators:`` in the outcome of the meeting
whose title names it by that code is the meeting body's request. Every name, code and sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract


def _asked(tmp_path: Path, title: str, held: str, *paragraphs: str) -> list[tuple[str, list[str], str]]:
    x = extract(parsed_text(tmp_path, "\n\n".join((title, held, *paragraphs)) + "\n"))
    return [(r.requester.key, [a.key for a in r.addressees], r.action) for r in x.requests]


@pytest.mark.parametrize(
    ("title", "held", "sentence", "key", "whom"),
    [
        (
            "Report of the Global Symposium on Lagoon Networks (GSLN-31)",
            "The Global Symposium on Lagoon Networks (GSLN-31) was held in Apia from 4 to 6 May 2031.",
            "GSLN-31 invites regulators to publish their tariff data every quarter.",
            "gsln-31",
            ["regulators"],
        ),
        (
            "Outcome of the Regional Seminar on Reef Monitoring (RSRM-29)",
            "The Regional Seminar on Reef Monitoring (RSRM-29) took place in Nuku'alofa on 12 and 13 March 2029.",
            "RSRM-29 also urges Member States to share their buoy data with the secretariat by 30 June 2029.",
            "rsrm-29",
            ["member-states"],
        ),
        (
            "Guidelines of the Coastal Broadband Meeting (CBM-34)",
            "The Coastal Broadband Meeting (CBM-34) was held in Praia on 2 and 3 October 2034.",
            "The CBM-34 requests BDT to circulate the guidelines to the membership.",
            "cbm-34",
            ["itu-bdt"],
        ),
    ],
)
def test_the_meeting_body_s_own_code_asks_as_the_meeting_body(
    tmp_path: Path, title: str, held: str, sentence: str, key: str, whom: list[str]
) -> None:
    assert [(k, a) for k, a, _ in _asked(tmp_path, title, held, sentence)] == [(key, whom)]


def test_a_lead_of_items_under_the_own_code_asks_each_item(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "Report of the Global Symposium on Lagoon Networks (GSLN-31)",
        "The Global Symposium on Lagoon Networks (GSLN-31) was held in Apia from 4 to 6 May 2031.",
        "GSLN-31 recommends that regulators:",
        "(a) publish coverage maps of the lagoon villages;",
        "(b) review spectrum fees every three years; and",
        "(c) consult island communities before any new project.",
    )
    assert [(k, a) for k, a, _ in got] == [("gsln-31", ["regulators"])] * 3
    assert got[1][2] == "review spectrum fees every three years"


def test_another_body_s_code_stays_unread(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "Report of the Global Symposium on Lagoon Networks (GSLN-31)",
        "The Global Symposium on Lagoon Networks (GSLN-31) was held in Apia from 4 to 6 May 2031.",
        "GSLN-30 invited regulators to publish their tariff data every quarter.",
    )
    assert not any(k == "gsln-31" for k, _, _ in got)

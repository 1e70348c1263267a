"""A draft a report recommends for adoption (``The Commission recommends to the Economic and Social Council the
adoption of the following draft resolution:``) is requested by the body that recommends it, not by the body its
preamble names (decision 52: a draft inside a report is its author's; ingest/extract/request_adoption.py,
``draft_drafter``, read by ``request_items._preamble``). Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

from extract_support import labelled_requests, parsed_text

from wsiskg.ingest.extract import extract

_COMMISSION = """United Nations

E/CN.77/2034/L.2

Economic and Social Council

Commission on Science and Technology for Development

Thirty-seventh session

Geneva, 8-12 May 2034

Draft report of the Commission on its thirty-seventh session

1. The thirty-seventh session of the Commission was held in Geneva from 8 to 12 May 2034.

2. The Commission recommends to the Economic and Social Council the adoption of the following draft resolution:

"Open data for coastal resilience

The Economic and Social Council,

Recalling its resolution 2033/11,

1. Encourages Governments to publish coastal sensor data by the end of 2035;

2. Invites the World Meteorological Organization to host a workshop on tide gauges."
"""

_GROUP = """Council Working Group on Rural Broadband (CWG-RB)
Report of the ninth meeting
Geneva, 3-4 February 2033

1. The ninth meeting of the Council Working Group on Rural Broadband was held in Geneva on 3 and 4 February 2033.

2. The Group recommends to the Council the adoption of the draft decision below:

DRAFT DECISION

The Council,

considering the report of the Group,

instructs the Secretary-General to prepare a costed plan for rural backhaul by 1 March 2034.
"""


def _requests(tmp_path: Path, text: str) -> list[tuple[str, list[str]]]:
    return [(r[1], r[2]) for r in labelled_requests(extract(parsed_text(tmp_path, text)))]


def test_a_commissions_draft_resolution_is_the_commissions(tmp_path: Path) -> None:
    got = _requests(tmp_path, _COMMISSION)
    drafted = [who for who, asked in got if asked != ["United Nations Economic and Social Council"]]
    assert drafted == ["Commission on Science and Technology for Development"] * 2


def test_a_groups_draft_decision_below_is_the_groups(tmp_path: Path) -> None:
    got = _requests(tmp_path, _GROUP)
    assert [who for who, _ in got] == ["Council Working Group on Rural Broadband"] * 2  # asks the Council, then the SG


def test_an_adopted_text_with_no_recommending_lead_is_its_adopters(tmp_path: Path) -> None:
    text = _GROUP.replace("2. The Group recommends to the Council the adoption of the draft decision below:", "")
    got = _requests(tmp_path, text.replace("DRAFT DECISION", "DECISION 712"))
    assert [who for who, _ in got] == ["ITU Council"]

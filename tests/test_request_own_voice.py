"""Requests in a document's own voice (annotation guide, decisions 11, 18, 50 and 55): a foreword, a call for
proposals, a signed brief record no meeting, and what they ask with no asker named is their signer's. Every
sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.genre import records_meeting

_FOREWORD = """GLOBAL ALLIANCE FOR RURAL CONNECTIVITY (GARC)

Rural Backhaul Options: A Field Guide for Small Operators

{heading}

When the Alliance was set up, its members agreed to share what they learn about bringing fibre and microwave links \
to villages beyond the reach of commercial networks. This guide reports what eleven small operators learned between \
2027 and 2030, and where the costs fell.

We are grateful to every operator who opened its books to the authors. We now invite regulators that have not yet \
done so to publish their tower-sharing rules, and we encourage rural cooperatives to pool their spectrum requests. \
We ask the Working Group on Backhaul Costs to update the cost tables by 30 June 2031.

Dr Henrike Valtonen-Aas
Vice-Chair, GARC

Lisbon, March 2031
"""


def _requesters(report) -> list[tuple[str, str]]:
    return [(r.requester.kind, r.requester.key) for r in extract(report).requests]


def test_a_foreword_records_no_meeting_and_its_signer_asks(tmp_path: Path) -> None:
    """A foreword is a signed message: no meeting of its own, and its ``we invite`` / ``we ask`` are its signer's,
    though the signer holds a post of a meeting's kind (a vice-chair)."""
    report = parsed_text(tmp_path, _FOREWORD.format(heading="FOREWORD"))
    assert not records_meeting(report)
    found = _requesters(report)
    assert len(found) == 3
    assert set(found) == {("person", "henrike-valtonen-aas")}


def test_a_preface_is_a_foreword(tmp_path: Path) -> None:
    report = parsed_text(tmp_path, _FOREWORD.format(heading="Preface"))
    assert not records_meeting(report)
    assert set(_requesters(report)) == {("person", "henrike-valtonen-aas")}

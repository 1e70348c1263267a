"""``the Secretariat`` in the report of a body the data gives no secretariat is the one other secretariat the
report names (``Prepared by the X Secretariat``), not a secretariat made for the meeting body
(ingest/extract/body_matcher.py, ``_named_secretariat``). Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

from extract_support import labelled_requests, parsed_text

from wsiskg.ingest.extract import extract

_REPORT = """Regional Spectrum Advisory Panel (RSAP)
Summary of the fourth meeting
Lusaka, 12-13 May 2032
{prepared}

1. The fourth meeting of the Regional Spectrum Advisory Panel was held in Lusaka on 12 and 13 May 2032, chaired by \
Ms Chipo Banda-Mwale (Zambia).

2. The Panel asked the Secretariat to circulate the revised frequency plan to all members by 30 June 2032.

3. The Panel agreed to meet again in November 2032.
"""


def _asked(tmp_path: Path, prepared: str) -> list[list[str]]:
    return [r[2] for r in labelled_requests(extract(parsed_text(tmp_path, _REPORT.format(prepared=prepared))))]


def test_the_secretariat_is_the_one_secretariat_the_report_names(tmp_path: Path) -> None:
    assert _asked(tmp_path, "Prepared by the Secretariat of the Andean Spectrum Forum") == [
        ["Secretariat of the Andean Spectrum Forum"]
    ]


def test_with_no_secretariat_named_the_secretariat_is_the_meeting_bodys(tmp_path: Path) -> None:
    assert _asked(tmp_path, "Prepared by the Chair") == [["RSAP Secretariat"]]

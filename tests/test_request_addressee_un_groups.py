"""``UN agencies``, ``UN system entities``, ``United Nations specialized agencies``: a group the United Nations only
qualifies (``ingest/data/collectives.csv``), never the United Nations itself, also after a count (``the other 12 UN
agencies``) and as a ``that`` clause's subject (``request_clause_subjects.clause_subject``); a participle with a
hyphen after a group (``co-organizing``) qualifies it as one without does (``request_addressees._qualified``).
Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import labelled_requests, parsed_text

from wsiskg.ingest.extract import extract

_REPORT = """Council Working Group on Rural Broadband (CWG-RB)
Report of the fifth meeting
Geneva, 3-4 March 2031

1. The fifth meeting of the Council Working Group on Rural Broadband was held in Geneva on 3 and 4 March 2031.

2. {sentence}
"""


def _asked(tmp_path: Path, sentence: str) -> list[list[str]]:
    return [r[2] for r in labelled_requests(extract(parsed_text(tmp_path, _REPORT.format(sentence=sentence))))]


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("The Group recommended that the UN system entities coordinate their inputs.", "UN system entities"),
        ("The Group recommended that United Nations agencies share their rural data.", "United Nations agencies"),
        ("The Group recommended that UN agencies publish their connectivity maps.", "UN agencies"),
    ],
)
def test_a_that_clauses_un_group_is_the_group(tmp_path: Path, sentence: str, asked: str) -> None:
    assert _asked(tmp_path, sentence) == [[asked]]


def test_a_counted_un_group_after_a_body(tmp_path: Path) -> None:
    got = _asked(tmp_path, "The Group urged ITU and the other 12 UN agencies that co-organize it to train staff.")
    assert got == [["International Telecommunication Union", "UN agencies"]]


def test_a_hyphenated_participle_qualifies_the_group(tmp_path: Path) -> None:
    got = _asked(tmp_path, "The UN agencies co-organizing the Forum are invited to send speakers.")
    assert got == [["UN agencies co-organizing the Forum"]]

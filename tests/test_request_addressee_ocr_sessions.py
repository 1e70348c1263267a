"""Whom a request asks (issue 8, round 55): ``the Assembly`` / ``this Conference`` in a document whose front names
its session by an acronym whose year OCR read with a letter for a digit (``WTSA-O4``, ``PP-l8``, ``WTDC-2l``): the
session's body, as with a clean year. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report
from test_request_addressees import run, whom


@pytest.mark.parametrize(
    ("title", "texts", "key"),
    [
        (
            "Statement of the delegation of Ghana",
            (
                "WTSA-O8/2l-E",
                "Mr Chairman, distinguished delegates,",
                "We invite the Assembly to take note of the accounts.",
            ),
            "body:wtsa",
        ),
        (
            "Statement of the delegation of Peru",
            (
                "Mr President, distinguished delegates,",
                "We urge the Conference to keep the fellowships for developing countries.",
                "PP-l4, Busan, 20 October-7 November 2014",
            ),
            "body:itu-pp",
        ),
        (
            "WTDC-2l – Opening ceremony",
            (
                "Remarks by Ms Ilona Varga-Okafor, Minister of Digital Affairs",
                "We call on this Conference to strengthen the regional initiatives.",
            ),
            "body:wtdc",
        ),
    ],
)
def test_a_session_acronym_read_by_ocr_names_the_body_a_head_noun_means(
    title: str, texts: tuple[str, ...], key: str
) -> None:
    got = run(make_report(*texts, title=title), None)
    assert [whom(x) for x in got] == [(key,)]

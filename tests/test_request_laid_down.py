"""``X shall ...`` laid down by a document of no meeting (a service order, a memorandum of understanding, a host
agreement) is an obligation, no request (decision 38 of ``docs/annotation-guide.md``); the learnt detector read it
as the signer asking ``X``. ``agreed that X shall ...`` in a record stays the body's. Every sentence, name and body
here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_SERVICE_ORDER = """Office of the Secretary-General
SERVICE ORDER No. 31/04
Geneva, 3 March 2031
Subject: {subject}

{established}

{shall}

The Group is requested to submit its first report to me by 30 September 2031.

Ingvild Sørbø-Larsen
Secretary-General
"""


@pytest.mark.parametrize(
    ("subject", "established", "shall", "group"),
    [
        (
            "Staff Working Group on Accessible Meetings",
            "A Staff Working Group on Accessible Meetings is hereby established.",
            "The Group shall review the captioning of all meetings held at headquarters and propose a budget.",
            "Staff Working Group on Accessible Meetings",
        ),
        (
            "Internal Task Team on Document Archives",
            "An Internal Task Team on Document Archives is hereby established.",
            "The Task Team shall prepare a retention schedule and report every six months to the Committee.",
            "Internal Task Team on Document Archives",
        ),
    ],
)
def test_shall_in_a_service_order_asks_no_one(
    tmp_path: Path, subject: str, established: str, shall: str, group: str
) -> None:
    text = _SERVICE_ORDER.format(subject=subject, established=established, shall=shall)
    requests = extract(parsed_text(tmp_path, text)).requests
    assert [r.verb for r in requests] == ["request"]  # "is requested to submit ... to me": the signer's


def test_agreed_that_x_shall_in_a_record_is_still_the_bodys(tmp_path: Path) -> None:
    text = """Summary of the third meeting of the Expert Group on Rural Backhaul
Kigali, 12-13 May 2031

1 The meeting was opened by the Chairman, Mr Jean-Pierre Uwimana (Rwanda).

2 The Group agreed that its secretariat shall circulate the revised cost tables by 1 June 2031.
"""
    requests = extract(parsed_text(tmp_path, text)).requests
    assert requests and requests[0].verb == "agree"

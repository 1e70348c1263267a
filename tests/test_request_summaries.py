"""A document's summary of what it asks, under its own name, is no request of its own when the document asks the same
party again below (``request_summaries.without_summaries``). Every text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_BODY = """Council Working Group on Coastal Connectivity
Second meeting, Geneva, 14-15 January 2037
Document CWG-CC-2/7
Contribution from the Republic of Mauritius

{summary}

1 Introduction
Mauritius has connected 41 outer-island schools since 2033.

2 Proposals
Mauritius proposes that the Group include a chapter on outer islands in its report to Council 2037.
Mauritius further requests the Group to invite BDT to compile a handbook on island backhaul.
"""


@pytest.mark.parametrize(
    "summary",
    [
        "Summary: This contribution reports on school connectivity in the outer islands and proposes that the Group"
        " give more attention to small island States.",
        "This document describes the national programme and asks the Group to take two steps before Council 2037.",
        "Abstract The present paper invites the Group to consider the proposals in Section 2.",
    ],
)
def test_a_summary_of_what_the_document_asks_again_below_is_no_request(tmp_path: Path, summary: str) -> None:
    found = extract(parsed_text(tmp_path, _BODY.format(summary=summary))).requests
    assert [r.action.split()[0] for r in found] == ["include", "invite"]


def test_a_summary_that_is_the_only_request_to_its_party_stays(tmp_path: Path) -> None:
    """An excerpt that stops after the summary: it is the document's one request to the Group."""
    text = _BODY.split("1 Introduction")[0].format(
        summary="This contribution invites the Group to consider a chapter on outer islands in its report."
    )
    found = extract(parsed_text(tmp_path, text)).requests
    assert [r.action.split()[0] for r in found] == ["consider"]


def test_the_document_named_as_an_object_is_no_summary(tmp_path: Path) -> None:
    """``The Group is invited to consider this contribution``: the document is what is asked about, not the
    subject; the request stays beside the later ones."""
    found = extract(
        parsed_text(tmp_path, _BODY.format(summary="The Group is invited to take note of this contribution."))
    ).requests
    assert [r.action.split()[0] for r in found] == ["take", "include", "invite"]

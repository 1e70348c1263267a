"""ITU symbols whose meeting number follows a slash (``CWG-CYB/3/9``) or a review's ``+10``
(``WSIS+10/4/5-E``), alone and in lists."""

from __future__ import annotations

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.documents import find_documents


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("The drafts (WSIS+20/2/7-E and WSIS+20/3/4 (Rev.2)) were noted.", ["WSIS+20/2/7-E", "WSIS+20/3/4(Rev.2)"]),
        ("Documents EG-ITR/2/14 and EG-ITR/3/6 (Rev. 1) were considered.", ["EG-ITR/2/14", "EG-ITR/3/6(Rev.1)"]),
        ("The Group took note of CWG-LANG/7/INF/2.", ["CWG-LANG/7/INF/2"]),
    ],
)
def test_a_meeting_number_after_a_slash(text: str, symbols: list[str]) -> None:
    assert [d.symbol for d in find_documents(make_report(text))] == symbols


@pytest.mark.parametrize(
    "text",
    [
        "Question Q7/2 was discussed.",  # a Question of a study group
        "The vote was 12/3 in favour.",
        "WSIS+10 was reviewed in 2015.",
    ],
)
def test_no_symbol(text: str) -> None:
    assert find_documents(make_report(text)) == ()

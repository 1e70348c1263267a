"""The readers of a record with no header of its own (ingest/extract/meeting_excerpts.py): an excerpt whose first
heading was read as its title (``5 Budget`` over a line cut from a sentence above it) is still cut before its
header, so its own document symbols or the group its prose names give its meeting. Every name, symbol and date
here is invented."""

from __future__ import annotations

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.meeting_excerpts import headless


@pytest.mark.parametrize(
    ("title", "lines", "expected"),
    [
        ("6 Work programme",
         ("TDAG-41/8-E", "the Bureau was asked to report on the regional initiatives.",
          "6.1 TDAG reviewed the draft work programme for 2042."),
         ("tdag", 41, None, None)),
        ("4.3 Financial matters",
         ("and the secretariat agreed to circulate a revised table.",
          "4.4 The Council Working Group on Financial and Human Resources took note of the audit report.",
          "4.5 The Group agreed to forward the document to the Council."),
         ("cwg-fhr", None, None, None)),
    ],
)  # fmt: skip
def test_an_excerpt_whose_section_heading_was_read_as_its_title_is_read_as_an_excerpt(
    title: str, lines: tuple[str, ...], expected: tuple[str, int | None, None, None]
) -> None:
    assert _meeting(make_report(*lines, title=title)) == expected


@pytest.mark.parametrize(
    ("title", "first", "cut"),
    [
        (None, "the Chair thanked the delegates.", True),
        ("5 Approval of the reports", "the Chair thanked the delegates.", True),
        ("5 Approval of the reports", "The Chair thanked the delegates.", False),  # a whole section: no cut
        ("1 Opening of the meeting", "the Chair thanked the delegates.", False),  # the first section: a document's
        ("REPORT OF THE FOURTH MEETING", "the Chair thanked the delegates.", False),  # a title
    ],
)
def test_headless(title: str | None, first: str, cut: bool) -> None:
    assert headless(make_report(first, "The Group approved the plan.", title=title)) is cut

"""A session a record names in a relative clause in the present progressive (``..., which is meeting in Geneva from
19 to 30 September``) meets elsewhere, now or later: another meeting than the record's own
(ingest/extract/other_meetings.py, ``_TO_COME``; round 53)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import meeting_parts

from wsiskg.ingest.extract.other_meetings import another_meeting
from wsiskg.ingest.records import Paragraph, ParsedReport, Section


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The Board reviewed the preparations for the fourth meeting of the Expert Group (EG-4), which is meeting "
            "in Lima from 3 to 7 May 2032.",
            "the fourth meeting of the Expert Group",
        ),
        (
            "It took note of the second session of the Regional Forum, which is currently meeting in Dakar.",
            "the second session of the Regional Forum",
        ),
        (
            "Members discussed the Steering Committee that is now meeting in Suva.",
            "the Steering Committee",
        ),
    ],
)
def test_a_session_meeting_now_elsewhere_is_another_meeting(text: str, mention: str) -> None:
    start = text.index(mention)
    assert another_meeting(text, (start, start + len(mention)))


def test_a_meeting_that_met_is_not_another_one() -> None:
    text = "The fourth meeting of the Expert Group, which met in Lima from 3 to 7 May 2032, adopted its report."
    mention = "The fourth meeting of the Expert Group"
    assert not another_meeting(text, (0, len(mention)))


def test_the_header_s_meeting_is_kept_over_a_session_meeting_now_elsewhere() -> None:
    paragraphs = (
        Paragraph(1, "front", "Management Board"),
        Paragraph(2, "front", "Summary of conclusions of the meeting held on 4 March 2032"),
        Paragraph(3, "1", "The Management Board met in Nairobi on 4 March 2032 under the chairmanship of Ms D."),
        Paragraph(
            4,
            "2",
            "The Board reviewed the preparations for the second meeting of the Preparatory Committee "
            "(PrepCom-2), which is meeting in Nairobi from 9 to 13 March 2032.",
        ),
    )
    sections = (Section("1", "t", None, 1), Section("2", "t", None, 2))
    report = ParsedReport("test.txt", "text/plain", "REGIONAL X UNION", sections, paragraphs)
    found = meeting_parts(report)
    assert found is not None and found[0] != "prepcom" and found[2] == date(2032, 3, 4)

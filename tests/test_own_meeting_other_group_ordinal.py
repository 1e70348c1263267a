"""A group's numbered meeting named in another body's record (round 41): ``the 19th meeting of the Group`` in the
Council's daily highlights is the group's, not the Council's 19th meeting, as ``the Group's 19th meeting`` already
was (:func:`.meeting_statements._of_other_group`: the group noun after ``of the`` is no word of the body's names)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

from wsiskg.ingest.extract.meeting_statements import _of_other_group


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ITU Council 2031 — Daily Highlights, Day 3\nThursday, 12 June 2031 — Geneva, CICG\n\n"
         "1. The Chair of the Council Working Group on Child Online Protection presented the outcomes of the 19th "
         "meeting of the Group, held 3-4 February 2031 (Document C31/22).\n\n2. Councillors welcomed the report.\n",
         ("itu-council", None, date(2031, 6, 12), None)),
        ("ITU Council 2032 — Daily Highlights, Day 2\nTuesday, 9 June 2032 — Geneva\n\n"
         "1. The Chair of the Expert Group on the ITRs reported on the outcomes of the eleventh meeting of the Group, "
         "held 20-21 January 2032.\n",
         ("itu-council", None, date(2032, 6, 9), None)),
    ],
)  # fmt: skip
def test_a_groups_numbered_meeting_is_not_the_councils(
    tmp_path: Path, text: str, expected: tuple[str, None, date]
) -> None:
    assert meeting_parts(parsed_text(tmp_path, text)) == expected


def test_a_groups_numbered_meeting_in_a_conferences_summary_is_not_the_conferences(tmp_path: Path) -> None:
    text = (
        "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-33)\nBaku, 6-17 November 2033\n\n"
        "Daily summary, 8 November 2033\n\n1. The Chair of the Informal Group on Youth presented the outcome of the "
        "third meeting of the Group, held on 7 November 2033.\n"
    )
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is None or found[1] != 3


@pytest.mark.parametrize(
    ("text", "body", "expected"),
    [
        ("the 42nd meeting of the Group, held in January", "itu-council", True),
        ("the fifth meeting of the Committee, held on 3 May", "wtdc", True),
        ("the fourth meeting of the Committee, held on 3 May", "cwg-rss", False),
        ("the 12th meeting of the Board", "ceb", False),
        ("the 12th meeting of the Working Group on X", "itu-council", False),
    ],
)
def test_of_the_group_noun_after_a_meeting(text: str, body: str, expected: bool) -> None:
    end = text.index(" of the")
    assert _of_other_group(text, end, body) is expected

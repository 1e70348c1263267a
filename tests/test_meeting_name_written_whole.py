"""The body of the report's own meeting named as long as the report writes it, not cut before the numbers of a
group joined by hyphens (``Joint Task Group 1-2-8``, ``JTG 3-9``: :data:`.meeting_mentions._DESIGNATOR`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chairman's report\n\n1 The third meeting of JTG 1-2-8 was held in Geneva from 4 to 8 March 2031.\n\n"
         "2 The JTG agreed on a liaison statement.\n",
         ("jtg-1-2-8", 3, date(2031, 3, 4), date(2031, 3, 8))),
        ("Report\n\nThe second meeting of Joint Task Group 3-9 took place in Lima on 11 and 12 May 2032.\n\n"
         "2. The group adopted its work plan.\n",
         ("joint-task-group-3-9", 2, date(2032, 5, 11), date(2032, 5, 12))),
        ("Summary\n\nThe fourth meeting of the Joint Rapporteur Team 2-7B was convened in Tunis on 9 October "
         "2030.\n\n2. The team reviewed the draft text.\n",
         ("joint-rapporteur-team-2-7b", 4, date(2030, 10, 9), None)),
    ],
)  # fmt: skip
def test_a_group_named_with_numbers_joined_by_hyphens_keeps_them(tmp_path: Path, text: str, expected: tuple) -> None:
    assert meeting_parts(parsed_text(tmp_path, text)) == expected

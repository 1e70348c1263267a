"""The own meeting's body without the subtitle its title runs on into after a colon, when the lead names the meeting
without it (``meeting_subtitle.subtitle_off``, round 55): ``Expert Group Meeting on X (XY) Policies: Lessons for
the Next Decade`` over ``The Expert Group Meeting on XY Policies was held ...``."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_named


@pytest.mark.parametrize(
    ("title", "lines", "body"),
    [
        (
            "Report of the Expert Group Meeting on Rural Spectrum Access (RSA) Policies: Lessons for the Next Decade",
            [
                "Introduction",
                "1. The Expert Group Meeting on RSA Policies was held at the Conference Centre, Accra, on 3 and 4 May "
                "2031. It was organized by the Regional Office.",
            ],
            "Expert Group Meeting on Rural Spectrum Access (RSA) Policies",
        ),
        (
            "Regional Workshop on Digital Skills for Women: Closing the Gap",
            [
                "Nairobi, 10-12 March 2032",
                "The Regional Workshop on Digital Skills for Women took place in Nairobi from 10 to 12 March 2032 "
                "with 80 participants.",
            ],
            "Regional Workshop on Digital Skills for Women",
        ),
    ],
)  # fmt: skip
def test_the_lead_s_name_leaves_the_subtitle_out(title: str, lines: list[str], body: str) -> None:
    found = meeting_named(make_report(*lines, title=title))
    assert found is not None and found[3] == body


def test_a_lead_naming_the_kind_alone_keeps_the_subtitle() -> None:
    title = "Ad Hoc Expert Group Meeting on Open Data and Statistics: Understanding the Present"
    lines = [
        "Vienna, 5-6 October 2030",
        "1. The Ad Hoc Expert Group Meeting was organized by the Statistics Division on 5 and 6 October 2030.",
    ]
    found = meeting_named(make_report(*lines, title=title))
    assert found is not None and found[3] == title

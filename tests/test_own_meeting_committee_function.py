"""The own meeting of a conference's committee that the title or the lead names by its function, a header line
tying its number to that function (``meeting_committee_function.function_named``, round 55): ``COMMITTEE 4 -
BUDGET CONTROL`` under ``REPORT OF THE BUDGET CONTROL COMMITTEE``."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_named


@pytest.mark.parametrize(
    ("title", "lines", "body"),
    [
        (
            "REPORT OF THE BUDGET CONTROL COMMITTEE TO THE PLENARY MEETING",
            [
                "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-30)",
                "Kigali, 3-14 June 2030",
                "COMMITTEE 4 - BUDGET CONTROL",
                "Document 77-E",
                "10 June 2030",
                "1 At its fourth meeting, on 11 June 2030, the Committee approved the draft budget of the Conference.",
            ],
            "Budget Control Committee",
        ),
        (
            "Report of the Editorial Committee",
            [
                "PLENIPOTENTIARY CONFERENCE (PP-34)",
                "Manila, 2-20 October 2034",
                "Committee 3 (Editorial)",
                "The Editorial Committee held its second meeting on 9 October 2034 under the chairmanship of Ms Anne "
                "Roux (France).",
            ],
            "Editorial Committee",
        ),
        (
            "REPORT TO THE PLENARY",
            [
                "WORLD RADIOCOMMUNICATION CONFERENCE (WRC-31)",
                "Riyadh, 6 October - 1 November 2031",
                "COMMITTEE 1 – STEERING",
                "The Steering Committee, set up by the Conference at its first plenary meeting, held two meetings, on "
                "7 and 21 October 2031.",
            ],
            "Steering Committee",
        ),
    ],
)  # fmt: skip
def test_the_committee_named_by_its_function(title: str, lines: list[str], body: str) -> None:
    found = meeting_named(make_report(*lines, title=title))
    assert found is not None and found[3] == body


def test_a_committee_named_by_its_number_keeps_it() -> None:
    lines = [
        "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-30)",
        "Kigali, 3-14 June 2030",
        "COMMITTEE 4 (BUDGET CONTROL)",
        "1 Committee 4 held three meetings, on 4, 7 and 11 June 2030, under the chairmanship of Mr Tomas Varga "
        "(Hungary).",
    ]
    found = meeting_named(make_report(*lines, title="REPORT OF COMMITTEE 4 (BUDGET CONTROL) TO THE PLENARY MEETING"))
    assert found is not None and found[0] == "committee-4"

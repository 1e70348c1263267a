"""The report's own meeting, round 60: a record's title that says how its meeting was held before its day
(``Minutes of the 140th meeting, held by videoconference on 12 March 2031``) dates the meeting on its line, as
``held on`` and ``held in <Place>`` do (``heading_kind_parts._HELD_OR_OF``, read by the ``heading`` reader's title of
the kind under a body's header line); the lead's first ``held`` sentence, which may be the previous meeting's
minutes approved, no longer dates it. Names, numbers and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.body_names import load_body_names
from wsiskg.ingest.extract.meeting_heading import heading_meeting

D = date


@pytest.mark.parametrize(
    ("body", "title", "expected"),
    [
        ("JOINT ADVISORY COMMITTEE (JAC)", "Minutes of the 140th meeting, held by videoconference on 12 March 2031",
         ("jac", 140, D(2031, 3, 12))),
        ("Council Working Group on Child Online Protection (CWG-COP)",
         "Report of the 31st meeting, held virtually on 3 February 2031", ("cwg-cop", 31, D(2031, 2, 3))),
        ("EXPERT GROUP ON TELECOMMUNICATION/ICT INDICATORS (EGTI)",
         "Summary of the 14th meeting held online on 9 September 2031", ("egti", 14, D(2031, 9, 9))),
        ("JOINT ADVISORY COMMITTEE (JAC)", "Minutes of the 141st meeting, held as a virtual meeting on 4 June 2031",
         ("jac", 141, D(2031, 6, 4))),
    ],
)  # fmt: skip
def test_a_title_held_in_a_mode_on_a_day_dates_its_meeting(body: str, title: str, expected: tuple) -> None:
    report = make_report(
        "INTERNATIONAL TELECOMMUNICATION UNION",
        body,
        "Document X-12/MIN",
        "The Committee approved the minutes of the previous meeting held on 4 December 2030.",
        title=title,
    )
    found = heading_meeting(report, load_body_names())
    assert found is not None
    assert (found.body, found.number, found.start) == expected
    assert found.mode == "virtual"

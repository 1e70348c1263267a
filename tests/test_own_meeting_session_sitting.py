"""The report's own meeting, round 57: a session a header line numbers and dates (``CONFERENCE PREPARATORY MEETING
FOR WRC-31`` / ``Second session – Geneva, 24 February – 7 March 2031``) is the meeting of a report that names one of
its plenary meetings only in its prose (``approved this chapter at its fifth plenary meeting, on 6 March 2031``): the
plenary is a sitting within the session, not the meeting recorded, so the session is no session around the report's
meeting (``meeting_ranking._encloses``). Names, places and dates are our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

D = date

_HEADER = """INTERNATIONAL TELECOMMUNICATION UNION
RADIOCOMMUNICATION SECTOR

CONFERENCE PREPARATORY MEETING FOR WRC-{wrc}
{session} – {place}, {days}

Document CPM{wrc}-{number}/140-E
{issued}

CPM REPORT ON REGULATORY MATTERS FOR THE 20{wrc} WORLD RADIOCOMMUNICATION CONFERENCE

Chapter 4 – {chapter} (excerpt)

4.1 Agenda item 1.7

{sentence}

4.1.1 Summary of the issue

Studies since the previous session show that more spectrum may be needed.
"""


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            dict(wrc="31", session="Second session", number="2", place="Geneva", days="24 February – 7 March 2031",
                 issued="7 March 2031", chapter="Maritime services",
                 sentence="The second session of the CPM, chaired by Ms Ilse Varga-Lindqvist (Hungary), approved this "
                 "chapter at its fifth plenary meeting, on 6 March 2031. The text was prepared by ITU-R Working Party "
                 "5B, and its Rapporteur, Mr Arvo Kask, introduced it."),
            (2, D(2031, 2, 24), D(2031, 3, 7)),
        ),
        (
            dict(wrc="35", session="Second session", number="2", place="Sharm el-Sheikh",
                 days="26 January – 6 February 2035", issued="6 February 2035", chapter="Science services",
                 sentence="At its fourth plenary meeting, on 5 February 2035, the second session of the CPM, chaired "
                 "by Mr Tomasz Wirth (Poland), approved this chapter. The text was prepared by ITU-R Working Party 7C, "
                 "and its Chairman, Ms Noor Rahimi, introduced it."),
            (2, D(2035, 1, 26), D(2035, 2, 6)),
        ),
    ],
)  # fmt: skip
def test_a_plenary_only_the_prose_names_is_a_sitting_of_the_session_a_header_line_numbers(
    tmp_path: Path, fields: dict[str, str], expected: tuple
) -> None:
    found = meeting_parts(parsed_text(tmp_path, _HEADER.format(**fields)))
    assert found is not None
    assert found[0].startswith("conference-preparatory-meeting") and found[1:] == expected


def test_a_plenary_the_title_names_stays_the_meeting_recorded(tmp_path: Path) -> None:
    """A summary record whose title names the plenary keeps the plenary, dated by its sitting."""
    text = """CONFERENCE PREPARATORY MEETING FOR WRC-31
Second session – Geneva, 24 February – 7 March 2031

Document CPM31-2/88-E
6 March 2031

SUMMARY RECORD OF THE FIFTH PLENARY MEETING

Wednesday, 5 March 2031, at 0930 hours

1 The Chairman opened the meeting and invited comments on the draft chapter on maritime services.

2 The chapter was approved.
"""
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None and found[2] == D(2031, 3, 5)

"""A series' session (a forum of no body) is the record's own meeting only when a header line is about it (round
55, ``meeting_header._series_session``, ``_held_session``): not when the line opens a longer name with it (``WSIS
Forum 2031 Open Consultation Process``: the consultation is another meeting), and a lead sentence that says the
session is still to be held (``The WSIS Forum 2031, to be held in Geneva from 12 to 16 June 2031, ...``) does not
date it as held. A title of the session and a record's words stays the session's. Our own names and days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text


@pytest.mark.parametrize(
    ("title", "day", "forum"),
    [
        ("WSIS Forum 2031 Open Consultation Process", "Geneva, 14 February 2031",
         "The WSIS Forum 2031, to be held in Geneva from 12 to 16 May 2031, will be chaired by a minister."),
        ("WSIS Forum 2033 Stakeholder Preparatory Process", "Online, 2 March 2033",
         "The WSIS Forum 2033, to be held from 5 to 9 June 2033, will open with a high-level track."),
    ],
)  # fmt: skip
def test_a_process_named_after_a_forums_session_is_not_the_session(
    tmp_path: Path, title: str, day: str, forum: str
) -> None:
    text = (
        f"{title}\nSummary of the second physical meeting\n{day}\n\n"
        "1 The meeting was chaired by Ms Ana Pires-Lopes and attended by 60 participants.\n\n"
        f"2 {forum}\n\n3 Participants were invited to submit proposals for workshops.\n"
    )
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is None or found[0] != "wsis-forum"


@pytest.mark.parametrize(
    ("title", "held", "start", "end"),
    [
        ("WSIS Forum 2031: Outcome Document", "The WSIS Forum 2031, held from 12 to 16 May 2031, met.",
         date(2031, 5, 12), date(2031, 5, 16)),
        ("WSIS Forum 2032 Summary Report", "The WSIS Forum 2032 took place from 3 to 7 May 2032 in Geneva.",
         date(2032, 5, 3), date(2032, 5, 7)),
    ],
)  # fmt: skip
def test_a_sessions_own_record_is_still_the_sessions(
    tmp_path: Path, title: str, held: str, start: date, end: date
) -> None:
    text = f"{title}\n\n1 {held}\n\n2 The Forum adopted its outcome document.\n"
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None
    assert found[0] == "wsis-forum"
    assert found[2:] == (start, end)


@pytest.mark.parametrize(
    "lead",
    [
        "The WSIS Forum 2031, to be held in Geneva from 12 to 16 May 2031, will be chaired by a minister.",
        "The Forum, which will be held from 12 to 16 May 2031, will open with a high-level track.",
    ],
)
def test_a_session_still_to_be_held_is_not_dated_as_held(tmp_path: Path, lead: str) -> None:
    text = f"WSIS Forum 2031: open consultation\n\n1 {lead}\n\n2 Participants proposed themes for the workshops.\n"
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is None or found[2] != date(2031, 5, 12)

"""A side meeting of a body outside the catalogue, held during a session its header names (round 56): ``On 10 June
2031, the Alliance of X (AoX) held its annual breakfast meeting during the 2031 session of the Council. The meeting,
the alliance's ninth, was opened by ...`` under the session's header. Three pieces: a name defined by its acronym
that `held its` meeting qualified by a few lower-case words (``meeting_mentions._unnumbered_forms``), the host named
by its session's year after ``during`` (``meeting_hosts._hosts_words``), and the meeting numbered in apposition by
its body's possessive (``own_meeting._owned_ordinal``). Names, places and dates are our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

_SIDE_EVENT = """Council {year}
{place}, {session_days}

Side event summary

Document C{yy}/INF/{doc}

{issued}

1. On {day}, the {name} ({acronym}) held its {kind} meeting during the {year} session of the Council. The meeting, \
the {possessor}'s {ordinal}, was opened by the Council Chair, Ms Ilse Vandermeer-Osei, and attended by 52 \
councillors and observers.

2. The coordinator, Mr Ruben Achterberg-Lind, presented the figures for {last}.

3. The councillor from Ghana asked the General Secretariat to report on the mentoring programme.
"""


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"year": "2031", "yy": "31", "place": "Geneva", "session_days": "9-19 June 2031", "doc": "9",
             "issued": "12 June 2031", "day": "10 June 2031", "name": "Alliance of Women Councillors",
             "acronym": "AWC", "kind": "annual breakfast", "possessor": "alliance", "ordinal": "ninth",
             "last": "2030"},
            ("awc", 9, date(2031, 6, 10)),
        ),
        (
            {"year": "2033", "yy": "33", "place": "Geneva", "session_days": "14-24 June 2033", "doc": "4",
             "issued": "20 June 2033", "day": "16 June 2033", "name": "Young Councillors Network",
             "acronym": "YCN", "kind": "regular", "possessor": "Network", "ordinal": "fourth", "last": "2032"},
            ("ycn", 4, date(2033, 6, 16)),
        ),
        (
            {"year": "2030", "yy": "30", "place": "Geneva", "session_days": "3-13 June 2030", "doc": "12",
             "issued": "9 June 2030", "day": "5 June 2030", "name": "Small Island States Caucus",
             "acronym": "SISC", "kind": "informal lunch", "possessor": "SISC", "ordinal": "12th", "last": "2029"},
            ("sisc", 12, date(2030, 6, 5)),
        ),
    ],
)  # fmt: skip
def test_a_side_meeting_held_during_the_session_is_the_record(
    tmp_path: Path, fields: dict[str, str], expected: tuple
) -> None:
    found = meeting_parts(parsed_text(tmp_path, _SIDE_EVENT.format(**fields)))
    assert found is not None and found[:3] == expected


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The meeting, the Group's third, was chaired by Mr Abebe Tadesse-Worku.", 3),
        ("This session, the Board's twelfth, was chaired by Mr Abebe Tadesse-Worku.", 12),
        ("The meeting, the Group's third meeting of the year, was chaired by Mr Abebe Tadesse-Worku.", None),
    ],
)
def test_a_possessive_in_apposition_numbers_the_meeting(tmp_path: Path, sentence: str, number: int | None) -> None:
    text = (
        "Expert Group on Coastal Connectivity\n\nSummary of the meeting\n\nLisbon, 4 March 2032\n\n"
        f"1. The Expert Group on Coastal Connectivity met in Lisbon on 4 March 2032. {sentence}\n\n"
        "2. The Group agreed on its work plan.\n"
    )
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None and found[0] == "expert-group-on-coastal-connectivity"
    assert found[1] == number

"""The body of the report's own meeting when its name is written around the meeting's kind: ``The Fifth Meeting
of the X Alliance was held ...`` (the alliance's, :func:`.meeting_heading._lead_named_key`), ``ABC – Fourth
meeting`` and ``Expert Group on X (EG-X) – Fourth meeting`` (the body before the dash,
:func:`.meeting_heading._body_before_kind`), maybe after a record's words (``Report of the ...``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_body_names, meeting_parts, parsed_text

_OPENED = "1. The Chair opened the meeting and welcomed the participants.\n\n2. The agenda was adopted as drafted.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report\n\nThe Fifth Meeting of the Andean Broadband Alliance took place in Cusco, Peru, on 12 and 13 "
         "March 2031.\n\n2. The participants reviewed the regional roadmap.\n",
         ("andean-broadband-alliance", 5, date(2031, 3, 12), date(2031, 3, 13))),
        ("Summary\n\nThe Second Meeting of the Sahel Spectrum Partnership was held in Niamey from 4 to 6 June "
         "2032.\n\n2. Members exchanged views on cross-border coordination.\n",
         ("sahel-spectrum-partnership", 2, date(2032, 6, 4), date(2032, 6, 6))),
        ("Outcome document\n\nThe Eleventh Meeting of the Baltic Numbering Network was convened in Tartu on 9 "
         "October 2030.\n\n2. The network adopted its work plan.\n",
         ("baltic-numbering-network", 11, date(2030, 10, 9), None)),
    ],
)  # fmt: skip
def test_a_lead_meeting_of_a_named_body_is_the_bodys(tmp_path: Path, text: str, expected: tuple) -> None:
    assert meeting_parts(parsed_text(tmp_path, text)) == expected


@pytest.mark.parametrize(
    ("header", "expected", "name"),
    [
        ("KTQ – Fourth meeting, Windhoek, 3-5 May 2027 – Report",
         ("ktq", 4, date(2027, 5, 3), date(2027, 5, 5)), "KTQ"),
        ("Expert Group on Rural Coverage – Seventh meeting, Hanoi, 14-15 November 2029",
         ("expert-group-on-rural-coverage", 7, date(2029, 11, 14), date(2029, 11, 15)),
         "Expert Group on Rural Coverage"),
        ("Report of the Task Force on Island Connectivity (TF-IC) – Second meeting, Apia, 20-21 August 2031",
         ("tf-ic", 2, date(2031, 8, 20), date(2031, 8, 21)), "Task Force on Island Connectivity"),
        ("Joint Coordination Committee on Satellite Filings – 12th meeting\nValletta, 2-3 February 2033",
         ("joint-coordination-committee-on-satellite-filings", 12, date(2033, 2, 2), date(2033, 2, 3)),
         "Joint Coordination Committee on Satellite Filings"),
    ],
)  # fmt: skip
def test_a_body_before_a_dash_and_its_numbered_meeting_is_the_body_that_met(
    tmp_path: Path, header: str, expected: tuple, name: str
) -> None:
    report = parsed_text(tmp_path, f"{header}\n\n{_OPENED}")
    assert meeting_parts(report) == expected
    found = meeting_body_names(report)
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    "header",
    [
        "High-Level Track – Second session, Geneva, 4 May 2031",
        "Rural Connectivity Workshop – Second session, Lima, 3-4 March 2031",
    ],
)
def test_a_dash_after_no_body_keeps_the_meeting_as_named(tmp_path: Path, header: str) -> None:
    found = meeting_parts(parsed_text(tmp_path, f"{header}\n\n{_OPENED}"))
    assert found is None or found[0] not in {"high-level-track", "rural-connectivity"}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("WSIS Forum 2031: Action Line C9 Media Facilitation Meeting\n"
         "Outcome report — Wednesday, 12 November 2031, 10:00–11:30, ITU Headquarters, Room K",
         ("action-line-c9-media-facilitation-meeting", date(2031, 11, 12))),
        ("WSIS Forum 2032 | Action Line C5: Building confidence and security\nFacilitation meeting - Outcome summary\n"
         "Date: Monday 10 May 2032, 09:00–10:30, Room Hilde",
         ("action-line-c5-facilitation-meeting", date(2032, 5, 10))),
        ("WSIS Forum 2030 – Action Line C10: Ethical dimensions of the Information Society\nFacilitation meeting\n"
         "Date: Thursday 21 March 2030, 16:00–17:30, Room Kreuz",
         ("action-line-c10-facilitation-meeting", date(2030, 3, 21))),
    ],
)  # fmt: skip
def test_a_meeting_held_at_a_series_session_named_before_it_is_the_meeting_not_the_session(
    tmp_path: Path, header: str, expected: tuple[str, date]
) -> None:
    report = parsed_text(tmp_path, f"{header}\n\n{_OPENED}")
    found = meeting_parts(report)
    assert found is not None and (found[0], found[2]) == expected
    named = meeting_body_names(report)  # the body record of the meeting, named as the header writes it
    assert named is not None and named[0].lower().startswith("action line c")

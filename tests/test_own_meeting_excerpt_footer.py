"""The report's own meeting named only by the running footer of an excerpt cut before its header: the document's
symbol or its body, the record's words and the meeting's number, and its dateline (``footer_meeting.py``, reader
``footer`` of ``meeting_candidates``). Names, symbols, places and dates are our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import make_report, meeting_named, parsed_text

from wsiskg.ingest.extract.body_names import load_body_names
from wsiskg.ingest.extract.footer_meeting import footer_meeting

D = date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a committee outside the catalogue: the symbol's letters before its numbers
            "of the frequency plans was noted.\n\n"
            "5.2 The Committee agreed to set up a drafting group, which will report to the next meeting.\n\n"
            "5.3 Administrations were invited to send their views to the secretariat by 30 June 2031.\n\n"
            "NorTel-C(31)77 – Minutes of the 12th meeting, Oslo, 3–5 May 2031\n"
            "Page 4\n",
            ("nortel-c", 12, D(2031, 5, 3), "NorTel-C"),
        ),
        (  # a conference's plenary by its symbol, the page number on the same line
            "ation of the draft resolution by a vote.\n\n"
            "3.1 The President invited the delegations to submit their proposals by 1 December 2030.\n\n"
            "3.2 The Conference was declared closed at 1930 hours.\n\n"
            "PP30/PLEN/4-E – Summary record of the fourth plenary meeting, 9 October 2030     5\n",
            ("itu-pp", 4, D(2030, 10, 9), None),
        ),
        (  # a working group by its name, its meeting by number
            "the coordination with the neighbouring countries was discussed.\n\n"
            "4. The Working Group approved twelve common proposals and asked the secretariat to publish them.\n\n"
            "5. The next meeting of the Working Group will take place in Tbilisi on 4–6 October 2031.\n\n"
            "Andean Spectrum Working Group, meeting 9, Quito, 2–4 June 2031\n",
            ("andean-spectrum-working-group", 9, D(2031, 6, 2), "Andean Spectrum Working Group"),
        ),
    ],
)
def test_an_excerpts_running_footer_names_its_meeting(tmp_path: Path, text: str, expected: tuple) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and found[:3] == expected[:3]
    if expected[3] is not None:
        assert found[3] == expected[3]


@pytest.mark.parametrize(
    "footer",
    [
        "NorTel-C(31)77 – Minutes of the next meeting, Oslo, 3–5 May 2031",  # no ordinal
        "The Group, meeting 9, noted that the plan was ready",  # prose, no dateline
        "NorTel-C(31)77 – Minutes of the 12th meeting",  # no dateline
    ],
)
def test_a_line_without_a_numbered_and_dated_meeting_is_no_footer(footer: str) -> None:
    report = make_report("of the frequency plans was noted.", "5.2 The Committee agreed to the plan.", footer)
    assert footer_meeting(report, load_body_names()) is None


def test_a_report_with_its_header_reads_no_footer(tmp_path: Path) -> None:
    """A report that opens with its header states its meeting there: a footer line is not read (another reader's)."""
    report = parsed_text(
        tmp_path,
        "Andean Spectrum Working Group\nReport of the meeting\n\n"
        "1. The Working Group approved twelve common proposals.\n\n"
        "Andean Spectrum Working Group, meeting 9, Quito, 2–4 June 2031\n",
    )
    found = meeting_named(report)
    assert found is None or found[1] != 9

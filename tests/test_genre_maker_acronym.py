"""A document's kind after the acronym of who made it (``genre._MAKER``; round 54): ``ITU contribution to the annual
report of the Secretary-General`` over ``For the twenty-eighth session of the Commission`` was read as a record of that
session (a start cue counted only at the line's start), and a meeting its prose names was its own. An acronym of two
to eight capitals may stand before a cue of match ``start``."""

from __future__ import annotations

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.genre import line_genre, records_meeting


@pytest.mark.parametrize(
    ("line", "genre"),
    [
        ("UNESCO contribution to the annual report of the Secretary-General on WSIS", "contribution"),
        ("WMO Contribution on the review of Action Line C7", "contribution"),
        ("APT Proposals for the work of the Conference", "contribution"),
        ("ITU-D Report by the Director on the regional initiatives", "secretary-general"),
    ],
)
def test_a_cue_after_its_maker_s_acronym(line: str, genre: str) -> None:
    assert line_genre(line) == genre


def test_a_contribution_for_a_session_records_no_meeting() -> None:
    report = make_report(
        "UNCTAD contribution to the annual report of the Secretary-General on the WSIS outcomes",
        "Geneva, 20 November 2031",
        "A.1 In 2031 UNCTAD continued to facilitate Action Line C6.",
        "A.2 The Global Forum on E-Commerce, held in Nairobi from 3 to 5 May 2031, adopted a work plan.",
        title="For the thirtieth session of the Commission on Science and Technology for Development (CSTD)",
    )
    assert not records_meeting(report)


def test_a_word_in_capitals_before_a_record_s_title_is_no_maker() -> None:
    assert line_genre("DRAFT SUMMARY RECORD OF THE FIFTH MEETING") == "record"

"""The report's own meeting in the summary record of a plenary meeting of a conference or summit outside the
catalogue: the conference a heading names, numbered by the title's ordinal and dated by the record's sitting
(decision 2; ``meeting_candidates._numbering_heading``, key words ``conference`` and ``summit`` of
``session-numbering.csv``). Names, places and dates are our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_named, parsed_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a world conference, its document's symbol and issue date between the heading and the title
            "WORLD CONFERENCE ON RURAL CONNECTIVITY\nNairobi, 3-7 May 2031\n\n"
            "Document WCRC-31/PLEN/SR.4\n6 May 2031\n\n"
            "SUMMARY RECORD OF THE FOURTH PLENARY MEETING\nWednesday, 5 May 2031, at 1430 hours\n\n"
            "President: Mr Otieno Wafula (Kenya)\n\n"
            "1 The delegate of Chile said that the Fund required contributions.\n",
            ("world-conference-on-rural-connectivity", 4, date(2031, 5, 5), "World Conference on Rural Connectivity"),
        ),
        (  # a summit's phase on the dateline, the record issued the day after the sitting
            "WORLD SUMMIT ON OCEAN DATA\nSecond phase - Suva, 16-18 November 2032\n\n"
            "Document WSOD-II/PLEN/SR.3\n18 November 2032\n\n"
            "SUMMARY RECORD OF THE THIRD PLENARY MEETING\nThursday, 17 November 2032, at 15h00\n\n"
            "President: Ms Losana Vuniwai (Fiji)\n\n"
            "1 The delegate of Tonga called for pledges to the Fund.\n",
            ("world-summit-on-ocean-data", 3, date(2032, 11, 17), "World Summit on Ocean Data"),
        ),
        (  # a ministerial conference's minutes, no symbol
            "ASIA-PACIFIC MINISTERIAL CONFERENCE ON DIGITAL TRADE\nBangkok, Thailand, 10-12 March 2032\n\n"
            "MINUTES OF THE SECOND PLENARY MEETING\nThursday, 11 March 2032, at 0930 hours\n\n"
            "Chairman: Mr Somchai Rattanakorn (Thailand)\n\n"
            "1 The Conference adopted its agenda. The delegate of Fiji asked the secretariat to circulate the text "
            "by 20 March 2032.\n",
            (
                "asia-pacific-ministerial-conference-on-digital-trade",
                2,
                date(2032, 3, 11),
                "Asia-Pacific Ministerial Conference on Digital Trade",
            ),
        ),
    ],
)
def test_a_plenary_meetings_record_numbers_and_dates_the_conference_its_heading_names(
    tmp_path: Path, text: str, expected: tuple
) -> None:
    assert meeting_named(parsed_text(tmp_path, text)) == expected


def test_a_conference_that_is_a_meetings_topic_numbers_no_plenary_by_it(tmp_path: Path) -> None:
    """``Preparatory Meeting for the X Conference``: the conference is the topic, not the body whose plenary
    meetings the title counts; the meeting keeps the heading's body."""
    found = meeting_named(
        parsed_text(
            tmp_path,
            "PREPARATORY MEETING FOR THE WORLD CONFERENCE ON RURAL CONNECTIVITY\nLima, 3-5 May 2031\n\n"
            "SUMMARY RECORD OF THE SECOND PLENARY MEETING\nTuesday, 4 May 2031, at 1430 hours\n\n"
            "1 The delegate of Chile said that the Fund required contributions.\n",
        )
    )
    assert found is not None and found[0] == "preparatory-meeting-for-the-world-conference-on-rural-connectivity"

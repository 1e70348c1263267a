"""The days of the report's own meeting as its record states them: a meeting that sat part of one day and the
next (``3 May (morning) and 4 May``) is one range; a series' session is not dated by a sentence about one of its
parts (``The High-Level Track of the WSIS Forum 2031 took place on ...``). The names, bodies and dates are
invented."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_parts

from wsiskg.ingest.extract.dates import find_dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The group met in Quito on Thursday 8 October, in the afternoon, and on Friday 9 October 2031.", 8, 9),
        ("Report of the meeting, Tallinn, 3 May 2030 (morning) and 4 May 2030", 3, 4),
        ("The experts met on 11 March (afternoon) and 12 March 2029 in Dakar.", 11, 12),
        ("The workshop was held on the 5th and in the morning of the 6th of June 2031.", 5, 6),
        ("It sat on 20 November, during the evening, and 21 November 2030.", 20, 21),
    ],
)
def test_a_part_of_a_day_and_the_next_day_are_one_range(text: str, start: int, end: int) -> None:
    found = [d for d in find_dates(text) if d.precision == "day"]
    assert len(found) == 1
    assert (found[0].start.day, found[0].end.day if found[0].end else None) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "The panel met on 3 May (morning) and again on 19 May 2031.",
        "Sessions on 6 June (afternoon) and 1 July 2031.",
    ],
)
def test_days_weeks_apart_stay_two_dates(text: str) -> None:
    found = find_dates(text, 2031)
    assert len(found) == 2
    assert all(d.end is None for d in found)


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "WSIS Forum 2031 - Outcomes of the High-Level Track",
            "The High-Level Track of the WSIS Forum 2031 took place on 13 and 14 May 2031.",
        ),
        (
            "WSIS Forum 2031: Executive Brief",
            "The Ministerial Round Table of the WSIS Forum 2031 was held on 14 May 2031.",
        ),
        (
            "WSIS Forum 2031 – Highlights",
            "The Opening Ceremony of the WSIS Forum 2031, held on 12 May 2031, was chaired by Ms Ilse Varga (Hungary).",
        ),
    ],
)
def test_a_sentence_about_a_part_of_the_session_does_not_date_it(title: str, lead: str) -> None:
    report = make_report("Geneva, 12-16 May 2031", lead, "The participants adopted the outcome document.", title=title)
    assert meeting_parts(report) == ("wsis-forum", None, date(2031, 5, 12), date(2031, 5, 16))


def test_a_sentence_about_the_session_itself_still_dates_it() -> None:
    report = make_report(
        "The WSIS Forum 2031, held from 12 to 16 May 2031, gathered 2 000 participants.",
        "The participants adopted the outcome document.",
        title="WSIS Forum 2031: Highlights",
    )
    assert meeting_parts(report) == ("wsis-forum", None, date(2031, 5, 12), date(2031, 5, 16))

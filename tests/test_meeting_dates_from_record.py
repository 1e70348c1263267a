"""The days of the report's own meeting as its record states them: a meeting that sat part of one day and the
next (``3 May (morning) and 4 May``) is one range; a series' session is not dated by a sentence about one of its
parts (``The High-Level Track of the WSIS Forum 2031 took place on ...``). The names, bodies and dates are
invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import make_report, meeting_parts, parsed_text

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


#: an advisory group's header over its part's report: (symbol, the host's line, its dateline, the source's line)
_QUANTUM = (
    "TSAG-TD 77",
    "TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP",
    "Geneva, 10-14 March 2031",
    "Source: Rapporteur, TSAG Rapporteur Group on Quantum Timing",
)
_RURAL = (
    "TDAG-31/12",
    "TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP",
    "Geneva, 3-7 November 2030",
    "Source: Chair, TDAG Working Group on Rural Access",
)
_ROAMING = (
    "RAG29-1/8",
    "RADIOCOMMUNICATION ADVISORY GROUP",
    "Geneva, 20-24 May 2029",
    "Source: Convener, RAG Correspondence Group on Roaming Filings",
)


def _group_report(header: tuple[str, ...], lead: str) -> str:
    return "\n\n".join((*header, "Title: Report of the meeting", lead)) + "\n"


@pytest.mark.parametrize(
    ("header", "lead", "start", "end"),
    [
        (
            _QUANTUM,
            "1 The TSAG Rapporteur Group on Quantum Timing (RG-QT) met on 12 March 2031 under the chairmanship of "
            "Ms Ilse Tamm (Estonia).",
            date(2031, 3, 12),
            None,
        ),
        (
            _RURAL,
            "1 The TDAG Working Group on Rural Access (TDAG-WG-RA) met in Geneva on 4 and 5 November 2030. Mr Raúl "
            "Quispe (Peru) chaired it.",
            date(2030, 11, 4),
            date(2030, 11, 5),
        ),
        (
            _ROAMING,
            "2 The RAG Correspondence Group on Roaming Filings (CG-RF) held three meetings between 21 and 23 May "
            "2029, chaired by Ms Dace Ozola (Latvia).",
            date(2029, 5, 21),
            date(2029, 5, 23),
        ),
    ],
)
def test_a_group_that_met_within_its_hosts_days_is_dated_by_its_own(
    tmp_path: Path, header: tuple[str, ...], lead: str, start: date, end: date | None
) -> None:
    found = meeting_parts(parsed_text(tmp_path, _group_report(header, lead)))
    assert found is not None
    assert (found[2], found[3]) == (start, end)


@pytest.mark.parametrize(
    "lead",
    [
        "1 The TSAG Rapporteur Group on Quantum Timing (RG-QT) met on 2 February 2031 to prepare this meeting.",
        "1 The Correspondence Group on Lunar Codes met on 12 March 2031 and sent its output to the group.",
        "1 Working Party 3/TSAG (Timing), chaired by Mr Ivo Kask (Estonia), met on 11 and 12 March 2031.",
    ],
)
def test_days_outside_the_meeting_or_of_another_body_do_not_date_it(tmp_path: Path, lead: str) -> None:
    found = meeting_parts(parsed_text(tmp_path, _group_report(_QUANTUM, lead)))
    assert found is not None
    assert (found[2], found[3]) == (date(2031, 3, 10), date(2031, 3, 14))

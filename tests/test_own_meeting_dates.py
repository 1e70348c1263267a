"""The report's own meeting's dates: a range read whole in the forms a title writes it (its range word in
capitals, ``5 TO 9 MAY 2031``; an ISO interval with its end shortened, ``2031-06-08/17``), not cut to its
last or first day. The names, bodies and dates are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract.datelines import front_dateline
from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.own_meeting import own_meeting
from wsiskg.ingest.extract.study_groups import meeting_body_names


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("REPORT OF THE MEETING HELD IN LUSAKA, 5 TO 9 MAY 2031", date(2031, 5, 5), date(2031, 5, 9)),
        ("SECOND SESSION, QUITO, 11 THROUGH 14 MARCH 2030", date(2030, 3, 11), date(2030, 3, 14)),
        ("Held in Tallinn, 2 To 3 October 2029", date(2029, 10, 2), date(2029, 10, 3)),
        ("Report of the meeting (e-meeting, 2031-06-08/17)", date(2031, 6, 8), date(2031, 6, 17)),
        ("Virtual session 2030-11-28/12-04", date(2030, 11, 28), date(2030, 12, 4)),
        ("Online, 2029-12-30/01-03", date(2029, 12, 30), date(2030, 1, 3)),
        ("Interval 2031-02-10/2031-02-12", date(2031, 2, 10), date(2031, 2, 12)),
    ],
)
def test_a_range_is_read_whole(text: str, start: date, end: date) -> None:
    found = find_dates(text)
    assert [(d.start, d.end) for d in found] == [(start, end)]


@pytest.mark.parametrize("text", ["Document 2031-06-08/17/Rev.1", "See file 2030-01-05/3x"])
def test_a_symbol_after_an_iso_day_is_no_range(text: str) -> None:
    assert all(d.end is None for d in find_dates(text))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "ADVISORY PANEL ON NUMBERING\nREPORT OF THE MEETING HELD IN LUSAKA, 5 TO 9 MAY 2031\n\n"
            "1 Introduction\n1.1 The Advisory Panel on Numbering held its meeting from 5 to 9 May 2031 "
            "under the chairmanship of Ms Ilse Vantongeren (Belgium).\n",
            date(2031, 5, 5),
            date(2031, 5, 9),
        ),
        (
            "STUDY GROUP 13 – REPORT 3\nSG13-R3\n\nSource: Study Group 13\n"
            "Title: Report of the Study Group 13 meeting (e-meeting, 2030-03-02/11)\n\n"
            "1 Opening\n1.1 Study Group 13 (Future networks) met as an e-meeting from 2 to 11 March 2030. "
            "Mr Joaquim Ferraz-Lobo (Portugal) chaired the meeting.\n",
            date(2030, 3, 2),
            date(2030, 3, 11),
        ),
    ],
)
def test_the_own_meeting_keeps_the_whole_range(tmp_path: Path, text: str, start: date, end: date) -> None:
    report = parsed_text(tmp_path, text)
    meeting, _ = own_meeting(report, meeting_body_names(report))
    assert meeting is not None
    assert (meeting.start, meeting.end) == (start, end)


# ------------------------------------------------------------------ the meeting's own dateline, not the issue date
def _own_days(tmp_path: Path, text: str) -> tuple[int | None, date | None, date | None, str | None]:
    report = parsed_text(tmp_path, text)
    meeting, _ = own_meeting(report, meeting_body_names(report))
    assert meeting is not None
    return meeting.number, meeting.start, meeting.end, meeting.place


@pytest.mark.parametrize(
    "text",
    [
        # a symbol and the issue date above the group's name and its numbered line with a dateline
        "SPG-WG-HR/9/8-E                                   7 March 2031\n\n"
        "Spectrum Policy Group Working Group on Human Resources (SPG-WG-HR)\n"
        "Ninth meeting – Lima, 5 March 2031\n\nReport of the meeting\n\n"
        "1 Opening\nThe Chair, Ms Ana Quispe (Peru), opened the meeting.\n",
        # the issue date on a line of its own under the record's title
        "Report of the meeting\n\n7 March 2031\n\n"
        "Spectrum Policy Group Working Group on Human Resources (SPG-WG-HR)\n"
        "9th meeting, Lima, Peru, 5 March 2031\n\n"
        "1 Opening\nThe Chair, Ms Ana Quispe (Peru), opened the meeting.\n",
        # a numbered line with its dateline in another order, the lead telling of another event held before
        "Spectrum Policy Group Working Group on Human Resources (SPG-WG-HR)\n"
        "9th meeting, Lima and virtual, 5 March 2031\nDocument SPG-WG-HR 9/12\n\nREPORT OF THE MEETING\n\n"
        "1 Opening\nThe Group heard the outcome of a survey organised from 1 to 28 February 2031 with the"
        " regional offices.\n",
        "SUMMARY OF THE MEETING\n\nSpectrum Policy Group Working Group on Human Resources (SPG-WG-HR)\n"
        "9th meeting, Lima (hybrid), 5 March 2031\n\n"
        "1 Opening\nA webinar on staff mobility was held from 1 to 2 February 2031 before the meeting.\n",
    ],
)
def test_a_numbered_line_with_its_dateline_dates_the_meeting_not_an_issue_date_or_another_event(
    tmp_path: Path, text: str
) -> None:
    number, start, end, place = _own_days(tmp_path, text)
    assert (number, start, end) == (9, date(2031, 3, 5), None)
    assert place is not None and place.startswith("Lima")


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("(Lima, 5 March 2031) – SPG-WG-HR 9/9", "Lima"),
        ("(Nairobi, Kenya, 5 March 2031) — Document SPG-WG-HR 9/4", "Nairobi, Kenya"),
        ("Lima, 5 March 2031 - SPG-WG-HR 9/11 (Rev.1)", "Lima"),
    ],
)
def test_a_dateline_before_a_symbol_with_a_space_in_it_dates_the_meeting(tmp_path: Path, line: str, place: str) -> None:
    text = (
        "Summary of the 9th meeting of the Spectrum Policy Group Working Group on Human Resources\n"
        f"{line}\n\n1. Opening\nThe Chair, Ms Ana Quispe (Peru), opened the meeting and welcomed participants.\n"
    )
    assert _own_days(tmp_path, text) == (9, date(2031, 3, 5), None, place)
    assert front_dateline(line) is not None


def test_a_symbol_with_a_space_is_cut_only_after_a_dateline() -> None:
    assert front_dateline("Report of WG 9/9") is None
    assert front_dateline("Lima, 5 March 2031 Room 9/9") is not None  # read as a symbol: the dateline before it

"""The report's own meeting where round 18's start found none (ingest/extract/meeting_heading.py, genre.py). Classes:
a body's name line beside a record's title of the kind only (``Report of the meeting, Lima, 6 March 2031``), the name
in title case or with its acronym after a topic; a possessive before the record's word (``Chairman's Report of the
meeting held in ...``); a record of decisions before the kind (``Summary of decisions, virtual meeting, ...``); a
Sector's name in words before a study group (``Radiocommunication Study Group 7``); ``Meeting held in X, date`` under
the body; a record's title run into the line of the body's name and acronym."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting


# ------------------------------------------------------------------ a body's line under a record's title of the kind
@pytest.mark.parametrize(
    ("title", "lines", "key", "days"),
    [
        (
            "Report of the meeting, Lima, 6 March 2031",
            (
                "JCA-IOT-R-31",
                "Joint Coordination Activity on Internet of Things and Smart Cities",
                "Convener: Mr Tomas Berg (Sweden)",
                "1 The JCA reviewed the roadmap.",
            ),
            "joint-coordination-activity-on-internet-of-things-and-smart-cities",
            (date(2031, 3, 6), None),
        ),
        (
            "Minutes of the meeting, e-meeting, 14 October 2030",
            (
                "Intersector Rapporteur Group Quantum Key Distribution (IRG-QKD)",
                "The IRG-QKD met online, co-chaired by Ms Lea Moro (Italy).",
            ),
            "irg-qkd",
            (date(2030, 10, 14), None),
        ),
        (
            "Chairman's Report of the meeting held in Geneva, 2 – 9 June 2031",
            (
                "Working Party 5A (Land mobile service)",
                "Document 5A/300-E",
                "1 The meeting was attended by 90 delegates.",
            ),
            "itu-r-wp5a",
            (date(2031, 6, 2), date(2031, 6, 9)),
        ),
    ],
)
def test_a_bodys_line_under_a_records_title_of_the_kind(
    title: str, lines: tuple[str, ...], key: str, days: tuple[date, date | None]
) -> None:
    assert _meeting(make_report(*lines, title=title)) == (key, None, *days)


# ------------------------------------------------------------------ a record's line of the kind under the body's name
@pytest.mark.parametrize(
    ("title", "lines", "key", "days"),
    [
        (
            "Radiocommunication Study Group 7 (Science services)",
            ("Summary of decisions, virtual meeting, 4 October 2030", "Document 7/88-E", "1 The meeting was chaired."),
            "itu-r-sg7",
            (date(2030, 10, 4), None),
        ),
        (
            "Telecommunication Development Study Group 1 (Enabling environment)",
            ("Summary of conclusions of the meeting held in Geneva, 12-14 May 2031", "1 The meeting was opened."),
            "itu-d-sg1",
            (date(2031, 5, 12), date(2031, 5, 14)),
        ),
        (
            "MINUTES",
            (
                "ITU-T STUDY GROUP 5 REGIONAL GROUP FOR LATIN AMERICA (SG5RG-LATAM)",
                "Meeting held in Bogotá, Colombia, 8-9 March 2031",
                "1 The meeting was hosted by the regulator.",
            ),
            "sg5rg-latam",
            (date(2031, 3, 8), date(2031, 3, 9)),
        ),
        (
            "ITU-T SG11 Regional Group for Africa (SG11RG-AFR) Report of the virtual meeting, 10-11 March 2031",
            ("SG11RG-AFR/R2", "1 The meeting was chaired by Mr Ali Diop (Senegal)."),
            "sg11rg-afr",
            (date(2031, 3, 10), date(2031, 3, 11)),
        ),
    ],
)
def test_a_records_line_of_the_kind_under_the_bodys_name(
    title: str, lines: tuple[str, ...], key: str, days: tuple[date, date | None]
) -> None:
    assert _meeting(make_report(*lines, title=title)) == (key, None, *days)


def test_a_committees_summary_of_the_meeting_held_on_a_weekday() -> None:
    report = make_report(
        "Geneva, 10-20 May 2031",
        "STEERING COMMITTEE",
        "Summary of the meeting held on Tuesday, 13 May 2031, at 0930 hours",
        "Present: Mr Jan Novak (Czech Republic), Chairman of the Council",
        title="COUNCIL 2031",
    )
    found = _meeting(report)
    assert found is not None and found[0] == "steering-committee" and found[2] == date(2031, 5, 13)


# ------------------------------------------------------------------ a summary record's sitting run into other fields
@pytest.mark.parametrize(
    "fields",
    [
        "Geneva, 9-19 June 2031. Document C31/88-E. Monday, 16 June 2031, at 1430 hours",
        "Geneva, 9-19 June 2031. Document C31/88-E. Meeting held on Monday, 16 June 2031, at 1430 hours",
        "Geneva, 9-19 June 2031 | C31/88-E | Monday, 16 June 2031, at 0930 hours",
    ],
)
def test_a_sitting_run_into_the_header_fields_dates_the_meeting(fields: str) -> None:
    report = make_report(
        fields,
        "Chairman: Mr Pablo Ortiz (Uruguay)",
        "1 Report of the Council Working Group on Languages (Document C31/12)",
        title="COUNCIL 2031 - SUMMARY RECORD OF THE SIXTH PLENARY MEETING",
    )
    assert _meeting(report) == ("itu-council", 6, date(2031, 6, 16), None)


# ------------------------------------------------------------------ a word in brackets or a series word before the noun
@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("SUMMARY RECORD OF THE NINTH (FINAL) PLENARY MEETING", 9),
        ("SUMMARY RECORD OF THE FIRST (OPENING) PLENARY MEETING", 1),
        ("Summary record of the twelfth (closing) meeting", 12),
    ],
)
def test_a_word_in_brackets_after_the_ordinal(title: str, number: int) -> None:
    report = make_report("COUNCIL 2031", "Geneva, 9-19 June 2031", "Thursday, 19 June 2031, at 1500 hours", title=title)
    found = _meeting(report)
    assert found is not None and found[:3] == ("itu-council", number, date(2031, 6, 19))


@pytest.mark.parametrize(
    "title",
    [
        "TDAG Correspondence Group on Regional Initiatives — Minutes of the 4th virtual meeting",
        "TDAG Correspondence Group on Regional Initiatives — Minutes of the fourth online meeting",
        "TDAG Correspondence Group on Regional Initiatives — Minutes of the fourth working-level meeting",
    ],
)
def test_a_series_word_between_the_ordinal_and_the_noun(title: str) -> None:
    report = make_report("3 May 2031, 13:00-15:00 UTC (Zoom)", "Convenor: Ms Ana Ruiz (Peru)", title=title)
    found = _meeting(report)
    assert found is not None and found[1:3] == (4, date(2031, 5, 3))

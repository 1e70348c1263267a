"""The report's own meeting dated by lines of its header read whole: a title that
ends with its dateline, a title that says the meeting was held, a dateline whose place joins two
names with ``and`` or whose date follows ``from``, a sitting run into the title or after ``Held on``,
two days written as numbers in a lead sentence (ingest/extract/datelines.py, meeting.py,
meeting_header.py, meeting_heading.py). Every name, body, place and date here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.datelines import dateline, ending_dateline


# ------------------------------------------------------------------ datelines
@pytest.mark.parametrize(
    ("line", "start", "end", "place"),
    [
        (
            "Castries, Saint Kitts and Nevis, 7-9 March 2033",
            date(2033, 3, 7),
            date(2033, 3, 9),
            "Castries, Saint Kitts and Nevis",
        ),
        (
            "Lyon, Palais des Congrès and Annex, 2-3 June 2034",
            date(2034, 6, 2),
            date(2034, 6, 3),
            "Lyon, Palais des Congrès and Annex",
        ),
        ("Valparaiso, Chile, from April 20 to 23, 2032", date(2032, 4, 20), date(2032, 4, 23), "Valparaiso, Chile"),
        ("Tromsø, on Tuesday 4 May 2032", date(2032, 5, 4), None, "Tromsø"),
    ],
)
def test_dateline_place_with_and_or_date_after_from(line: str, start: date, end: date | None, place: str) -> None:
    found = dateline(line)
    assert found is not None
    assert (found[0].start, found[0].end, found[1]) == (start, end, place)


@pytest.mark.parametrize("line", ["Adopted on Monday 3 May 2032", "Lions and tigers were seen on 3 May 2032"])
def test_no_dateline_of_a_sentence(line: str) -> None:
    assert dateline(line) is None


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("MARITIME SPECTRUM ADVISORY BOARD Valletta, 12-14 October 2033", date(2033, 10, 12), date(2033, 10, 14)),
        ("Notes of the Board plenary meeting Ghent, 3-7 May 2032 (hybrid)", date(2032, 5, 3), date(2032, 5, 7)),
        # the line's last days whole: not "March - 2 April 2031" read as 2 April with "March" for a place
        ("REGIONAL CONFERENCE (RC-31), Windhoek, 28 March - 2 April 2031", date(2031, 3, 28), date(2031, 4, 2)),
    ],
)
def test_ending_dateline(line: str, start: date, end: date) -> None:
    found = ending_dateline(line)
    assert found is not None
    assert (found[0].start, found[0].end) == (start, end)


# ------------------------------------------------------------------ the own meeting
def test_title_ending_with_its_range_dates_a_meeting_opened_on_its_first_day() -> None:
    report = make_report(
        "Document TDAG33-1/9-E 14 April 2033",
        "The thirty-first meeting of the Telecommunication Development Advisory Group (TDAG) was opened "
        "on Tuesday 12 April by its Chairman, Ms Ilse Varga (Hungary).",
        title="TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP Valletta, 12-14 April 2033",
    )
    assert _meeting(report) == ("tdag", 31, date(2033, 4, 12), date(2033, 4, 14))


def test_title_dateline_of_days_over_a_bare_issue_date() -> None:
    report = make_report(
        "Document TDAG-33/4-E",
        "14 April 2033",
        "The thirty-first meeting of the Telecommunication Development Advisory Group (TDAG) was opened "
        "by Ms Ilse Varga (Hungary), Chairman.",
        title="Valletta, 12-14 April 2033",
    )
    assert _meeting(report) == ("tdag", 31, date(2033, 4, 12), date(2033, 4, 14))


def test_title_that_says_the_group_held_the_meeting_dates_it() -> None:
    report = make_report(
        "7.1 Ms Ilse Varga (Hungary) presented the report of the correspondence group on tariffs.",
        "7.2 TDAG agreed to publish the tariffs survey by 30 September 2032.",
        title="TDAG – Report of the meeting held in Valletta, 6-8 July 2032 (TDAG-R 9)",
    )
    assert _meeting(report) == ("tdag", None, date(2032, 7, 6), date(2032, 7, 8))


def test_sitting_run_into_the_title() -> None:
    report = make_report(
        "Council 2034 Geneva, 6-16 June 2034",
        "Document C34/88-E 20 July 2034 Original: English",
        "1 Report on the regional offices (Document C34/40)",
        "1.1 The councillor from Peru, Ms Rosa Quispe, welcomed the report.",
        title=(
            "SUMMARY RECORD OF THE SECOND PLENARY MEETING Thursday, 8 June 2034, at 1430 hours "
            "Chair: Mr Ivo Kask (Estonia)"
        ),
    )
    assert _meeting(report) == ("itu-council", 2, date(2034, 6, 8), None)


def test_lead_named_meeting_dated_by_two_days_written_as_numbers() -> None:
    report = make_report(
        "The Regional Preparatory Meeting for the Pacific (RPM-PAC), held in Suva on 11/03/2033 and "
        "12/03/2033, elected Ms Mere Tuilagi (Samoa) as Chair.",
        "Participants were invited to comment on the draft regional initiatives by 30 April 2033.",
    )
    found = _meeting(report)
    assert found is not None and found[2:] == (date(2033, 3, 11), date(2033, 3, 12))


def test_front_dateline_ending_with_a_full_stop_and_a_symbol() -> None:
    report = make_report(
        "Valletta, 3–5 February 2033. Document TDAG33-21/30-E.",
        "1 The twenty-first meeting of the Telecommunication Development Advisory Group (TDAG) was chaired "
        "by Ms Ilse Varga (Hungary).",
        title="TDAG – Summary of results of the twenty-first meeting",
    )
    assert _meeting(report) == ("tdag", 21, date(2033, 2, 3), date(2033, 2, 5))


def test_group_held_its_meeting_after_a_long_insertion() -> None:
    report = make_report(
        "Document TDAG-RG-4/2, 9 March 2032",
        "1 The Telecommunication Development Advisory Group (TDAG), convened by the Bureau to review the "
        "operational plan under Resolution 901 (Modified 2030), held its fourth meeting on Monday, 8 March "
        "2032. It was chaired by Ms Ilse Varga (Hungary).",
        title="Telecommunication Development Advisory Group – Report on the fourth meeting",
    )
    assert _meeting(report) == ("tdag", 4, date(2032, 3, 8), None)


@pytest.mark.parametrize(
    ("title", "start", "end"),
    [
        ("COUNCIL 2033 Lusaka, 3-13 May 2033 Document C33/77-E 13 May 2033 Original: French", date(2033, 5, 3),
         date(2033, 5, 13)),
        ("Council 2034 Hanoi, 9-19 June 2034 Doc. C34/12-E 20 June 2034", date(2034, 6, 9), date(2034, 6, 19)),
    ],
)  # fmt: skip
def test_a_title_run_into_its_dateline_and_the_documents_symbol_dates_the_meeting(
    title: str, start: date, end: date
) -> None:
    # a PDF's header row read as one line: the name, the dateline, the symbol, the issue date, a field
    year = start.year
    heading = f"SUMMARY OF THE DECISIONS OF THE {year} SESSION OF THE COUNCIL"
    report = make_report(heading, "1 The Council approved the plan.", title=title)
    assert _meeting(report) == ("itu-council", None, start, end)

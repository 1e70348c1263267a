"""The meeting a contribution or a liaison statement is for, named by its header with its days
(``event_headers._for_meeting``, ``_header_meetings``): the days after a mode of meeting instead of a place
(``Virtual meeting, 4-8 May``), a dateline run into the title line, a header line naming the body, the
numbered meeting and its days. Wordings are our own; none is a corpus report's."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days, make_report

from wsiskg.ingest.extract import extract

Days = tuple[date | None, date | None]


def _dated(title: str | None, *lines: str) -> dict[Days, str]:
    """The events of a report of ``lines`` under ``title``: (start, end) -> key."""
    return {days: key for key, days in event_days(title, *lines).items()}


# ------------------------------------------------------------------ a mode of meeting where the place stands
@pytest.mark.parametrize(
    ("lines", "days", "key"),
    [
        (
            (
                "TELECOMMUNICATION DEVELOPMENT SECTOR",
                "ITU-D Study Group 2",
                "Document SG2RGQ/77-E",
                "Rapporteur Group meeting for Question 6/2",
                "2 March 2031",
                "Virtual meeting, 16 – 20 March 2031",
                "Original: English",
                "SOURCE: Kingdom of Lesotho",
                "TITLE: Spectrum sharing for rural broadband",
            ),
            (date(2031, 3, 16), date(2031, 3, 20)),
            "rapporteur-group-meeting-for-question-6-2-2031",
        ),
        (
            (
                "TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP",
                "e-meeting, 12-14 June 2032",
                "Source: Chile",
                "Title: Proposal on the working methods of study groups",
            ),
            (date(2032, 6, 12), date(2032, 6, 14)),
            "tsag-meeting-2032-06-12",
        ),
        (
            (
                "STUDY GROUP 5 – CONTRIBUTION 41",
                "Geneva and virtual, 3-7 November 2031",
                "Source: Norway",
                "Title: Circular economy indicators for handsets",
            ),
            (date(2031, 11, 3), date(2031, 11, 7)),
            "study-group-5-meeting-2031-11-03",
        ),
    ],
)
def test_a_mode_of_meeting_before_the_days_stands_for_the_place(lines: tuple[str, ...], days: Days, key: str) -> None:
    assert _dated(None, *lines)[days] == key


@pytest.mark.parametrize(
    ("approval", "days", "key"),
    [
        (
            "Approval: Study Group 11 meeting (e-meeting, 2-11 February 2033)",
            (date(2033, 2, 2), date(2033, 2, 11)),
            "study-group-11-meeting-2033-02-02",
        ),
        (
            "Approval: Study Group 11 meeting (virtual, 14-18 March 2033)",
            (date(2033, 3, 14), date(2033, 3, 18)),
            "study-group-11-meeting-2033-03-14",
        ),
    ],
)
def test_a_mode_opening_the_bracket_of_a_liaison_field_stands_for_the_place(
    approval: str, days: Days, key: str
) -> None:
    """A liaison statement's field names the meeting that approved it with its mode and days in brackets."""
    lines = ("STUDY GROUP 11", "Source: ITU-T Study Group 11", approval, "1 Study Group 11 thanks the Group.")
    assert _dated("Liaison statement", *lines)[days] == key


def test_a_mode_alone_with_a_single_day_is_still_an_issue_date() -> None:
    found = _dated(None, "STUDY GROUP 5 – CONTRIBUTION 41", "Virtual, 3 November 2031", "Source: Norway")
    assert (date(2031, 11, 3), None) not in found


# ------------------------------------------------------------------ the dateline run into the title line
@pytest.mark.parametrize(
    ("title", "days", "key"),
    [
        (
            "Telecommunication Development Advisory Group Lusaka, 7-9 May 2031",
            (date(2031, 5, 7), date(2031, 5, 9)),
            "tdag-meeting-2031-05-07",
        ),
        (
            "ITU-T Study Group 13 Seoul, 20-29 January 2032",
            (date(2032, 1, 20), date(2032, 1, 29)),
            "itu-t-study-group-13-meeting-2032-01-20",
        ),
        (
            "RADIOCOMMUNICATION ADVISORY GROUP Online, 2-4 December 2030",
            (date(2030, 12, 2), date(2030, 12, 4)),
            "rag-meeting-2030-12-02",
        ),
    ],
)
def test_a_dateline_on_the_title_line_dates_the_meeting_the_contribution_is_for(
    title: str, days: Days, key: str
) -> None:
    found = _dated(title, "Document 12-E", "14 April 2031", "Source: Republic of Moldova", "Title: Views on the plan")
    assert found[days] == key


# ------------------------------------------------------------------ body, numbered meeting, mode and days on one line
@pytest.mark.parametrize(
    ("line", "key", "days"),
    [
        (
            "Telecommunication Standardization Advisory Group (TSAG), 12th meeting (virtual), 3–7 May 2032",
            "tsag-12",
            (date(2032, 5, 3), date(2032, 5, 7)),
        ),
        (
            "Radiocommunication Advisory Group, thirty-first meeting, Geneva, 8-10 April 2031",
            "rag-31",
            (date(2031, 4, 8), date(2031, 4, 10)),
        ),
        (
            "TDAG – 34th meeting, online, 19-22 June 2034",
            "tdag-34",
            (date(2034, 6, 19), date(2034, 6, 22)),
        ),
    ],
)
def test_a_header_line_naming_the_body_and_its_numbered_meeting_dates_that_meeting(
    line: str, key: str, days: Days
) -> None:
    found = event_days(
        "LIAISON STATEMENT",
        "LS/2032/4",
        "From:",
        line,
        "To:",
        "Telecommunication Development Bureau",
        "The Group, at its meeting, discussed the report on emergency telecommunications.",
    )
    assert found[key] == days


def test_a_body_line_with_a_numbered_meeting_but_no_days_dates_nothing() -> None:
    found = event_days(
        "LIAISON STATEMENT",
        "From:",
        "Telecommunication Standardization Advisory Group (TSAG), 12th meeting (virtual)",
        "The Group, at its 12th meeting, discussed the report.",
    )
    assert found.get("tsag-12", (None, None)) == (None, None)


# ------------------------------------------------------------------ the meeting named on a header line of its own
@pytest.mark.parametrize(
    ("lines", "name", "start"),
    [
        (
            (
                "ITU-D Study Group 2",
                "Document SG2RGQ/77-E",
                "Rapporteur Group meeting for Question 6/2",
                "2 March 2031",
                "Virtual meeting, 16 – 20 March 2031",
                "SOURCE: Kingdom of Lesotho",
            ),
            "Rapporteur Group meeting for Question 6/2",
            date(2031, 3, 16),
        ),
        (
            (
                "ITU-T Study Group 12",
                "Working Party 3 Meeting on Quality of Experience",
                "Lima, 4-8 May 2032",
                "Source: Peru",
            ),
            "Working Party 3 Meeting on Quality of Experience",
            date(2032, 5, 4),
        ),
        (
            (
                "STUDY GROUP 5 – CONTRIBUTION 41",
                "Expert Consultation Meeting on Circular Economy",
                "Geneva and virtual, 3-7 November 2031",
                "Source: Norway",
            ),
            "Expert Consultation Meeting on Circular Economy",
            date(2031, 11, 3),
        ),
    ],
)
def test_a_header_line_naming_the_meeting_by_its_form_names_the_meeting_the_contribution_is_for(
    lines: tuple[str, ...], name: str, start: date
) -> None:
    found = {e.start: e.name for e in extract(make_report(*lines)).events}
    assert found[start] == name


def test_without_a_line_naming_the_meeting_it_is_the_groups_meeting() -> None:
    found = {
        e.start: e.name
        for e in extract(make_report("ITU-D Study Group 2", "Geneva, 4-8 May 2031", "Source: Fiji")).events
    }
    assert found[date(2031, 5, 4)] == "meeting of ITU-D Study Group 2"


def test_a_meeting_line_may_list_the_questions_it_is_for() -> None:
    lines = ("ITU-D Study Group 1", "Rapporteur Group meeting for Questions 2/1, 4/1 and 7/1", "Lusaka, 9–13 June 2031")
    found = {e.start: e.name for e in extract(make_report(*lines, "Source: Zambia")).events}
    assert found[date(2031, 6, 9)] == "Rapporteur Group meeting for Questions 2/1, 4/1 and 7/1"


def test_a_conferences_dateline_on_the_title_is_no_meeting_of_a_group_the_text_names() -> None:
    found = _dated(
        "PLENIPOTENTIARY CONFERENCE (PP-34) Apia, 28 September - 16 October 2034 PLENARY MEETING Addendum 2 to "
        "Document 30-E 1 September 2034 Original: English",
        "Member States of the Pacific Telecommunity",
        "COMMON PROPOSALS FOR THE WORK OF THE CONFERENCE",
        "The Members support the work of the Telecommunication Development Advisory Group on the regional initiatives.",
    )
    assert not any(key.startswith("tdag-meeting") for key in found.values())

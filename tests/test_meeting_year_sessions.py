"""A session a body names by its year (the Council's usual way: ``the 2031 session of the Council``,
``Council concludes its 2031 session``) and a numbered meeting of such a session (``the third plenary
meeting of the 2031 session of the Council``): the body's meeting (docs/meeting-reading.md)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.meeting import another_meeting


@pytest.mark.parametrize(
    "title",
    [
        "3 Report on the 2031 session of Council (Geneva, 9 to 18 June 2031)",
        "Report on the 2031 session of the Council (Geneva, 9-18 June 2031)",
        "Outcome of the 2031 Session of the ITU Council (Geneva, 9 - 18 June 2031)",
    ],
)
def test_a_title_naming_the_years_session_of_the_council(title: str) -> None:
    report = make_report(
        "3.1 The Council approved the budget and instructed the Secretary-General to report by 1 March 2032.",
        title=title,
    )
    assert _meeting(report) == ("itu-council", None, date(2031, 6, 9), date(2031, 6, 18))


@pytest.mark.parametrize(
    "verb",
    ["concludes", "closes", "closed", "opened"],
)
def test_the_council_says_it_held_its_years_session(verb: str) -> None:
    report = make_report(
        "The ITU Council met in Geneva from 4 to 13 May 2033 under the chairmanship of Ms Ilse Kvarnström (Sweden).",
        "Council approved the budget for 2034-2035.",
        title=f"ITU Council {verb} its 2033 session",
    )
    found = _meeting(report)
    assert found is not None
    assert found[:2] == ("itu-council", None)


@pytest.mark.parametrize(
    "lead",
    [
        "1 The third plenary meeting of the 2032 session of the Council was held in Geneva on Tuesday, 8 June 2032, "
        "under the chairmanship of Mr Bolat Dzhaksybekov (Kazakhstan).",
        "1 The Third Plenary Meeting of the 2032 Session of Council was held at the CICG, Geneva, on 8 June 2032.",
    ],
)
def test_a_numbered_plenary_meeting_of_the_years_session_is_the_councils(lead: str) -> None:
    report = make_report(
        "C32/61-E",
        "21 June 2032",
        lead,
        "2 Preparations for WTDC-33 (Document C32/12)",
        "The Council took note of the report.",
        title="Summary record of the third Plenary Meeting",
    )
    found = _meeting(report)
    assert found is not None
    assert found[:3] == ("itu-council", 3, date(2032, 6, 8))


@pytest.mark.parametrize(
    "text",
    [
        "the 2031 session of the Council, initially scheduled for 8-18 June 2031, could not meet",
        "the 2031 session of the Council, originally planned for 8-18 June 2031, was postponed",
        "the 2031 session of the Council, scheduled for 8-18 June 2031, was postponed",
    ],
)
def test_a_session_initially_scheduled_for_some_days_is_another_meeting(text: str) -> None:
    start = text.index("the 2031")
    assert another_meeting(text, (start, start + len("the 2031 session of the Council")))


# ------------------------------------------------------------- a heading's name with its mode after a dash
@pytest.mark.parametrize(
    "title",
    [
        "Regional Development Forum for the Americas (RDF-AMS) - virtual",
        "Regional Development Forum for the Americas (RDF-AMS) – hybrid meeting",
        "Regional Development Forum for the Americas (RDF-AMS): online",
    ],
)
def test_a_headings_mode_after_a_dash_is_no_part_of_the_name(title: str) -> None:
    report = make_report(
        "The meeting was held online on 3 and 4 March 2031 with 140 participants.",
        "Participants were invited to send comments by 30 April 2031.",
        title=title,
    )
    ex = extract(report)
    assert ex.meeting is not None
    assert ex.meeting.body == "rdf-ams"
    body = next(b for b in ex.bodies if b.key == "rdf-ams")
    assert (body.name, body.acronym) == ("Regional Development Forum for the Americas", "RDF-AMS")


# ------------------------------------------------------------- an ordinal under a header's session, not a group's
@pytest.mark.parametrize(
    ("session", "dateline", "title", "sitting", "number", "day"),
    [
        ("Council 2031", "Geneva, 9-19 June 2031", "SUMMARY RECORD OF THE FIFTH PLENARY MEETING",
         "Thursday, 12 June 2031, at 09:30 hours", 5, date(2031, 6, 12)),
        ("COUNCIL 2034", "Geneva, 3-13 May 2034", "Summary record of the eighth plenary meeting",
         "Monday, 8 May 2034, at 1430 hours", 8, date(2034, 5, 8)),
    ],
)  # fmt: skip
def test_a_council_records_ordinal_is_not_of_the_group_whose_report_it_discusses(
    session: str, dateline: str, title: str, sitting: str, number: int, day: date
) -> None:
    report = make_report(
        "C31/140-E",
        session,
        dateline,
        "Document C31/140-E",
        "Original: English",
        sitting,
        "Chair: Ms Aurelia Dumitrescu (Romania)",
        "1 Report of the Chair of the Council Working Group on Languages (Document C31/14)",
        "The Chair of the CWG-LANG, Mr Yaw Adomako-Frimpong (Ghana), presented the report on the Group's 14th and "
        "15th meetings, held on 3 February and 20 May 2031. The Group met again in an informal session.",
        "The Council took note of the report of the Group and asked it to report to its next session.",
        title=title,
    )
    assert _meeting(report) == ("itu-council", number, day, None)


# ------------------------------------------------------------------ a session alone as the title, a record under
@pytest.mark.parametrize(
    ("title", "dateline", "record", "key", "days"),
    [
        (
            "Internet Governance Forum 2031",
            "Vilnius, Lithuania, 14-17 October 2031",
            "Chair's Summary",
            "igf",
            (date(2031, 10, 14), date(2031, 10, 17)),
        ),
        (
            "IGF 2033",
            "Cotonou, Benin, 6-9 December 2033",
            "Outcome report",
            "igf",
            (date(2033, 12, 6), date(2033, 12, 9)),
        ),
    ],
)
def test_a_session_titled_alone_over_its_dateline_and_a_record_s_words_is_the_meeting(
    title: str, dateline: str, record: str, key: str, days: tuple[date, date]
) -> None:
    """The layout that makes the session's line the title (no title cue under it) is read as the one that puts a
    record's title under it: the session over its dateline, a line of a record's words only under them."""
    report = make_report(
        dateline,
        record,
        "1. More than four thousand participants from 150 countries took part on site and online.",
        "2. Sessions addressed data flows, artificial intelligence and meaningful connectivity.",
        title=title,
    )
    found = _meeting(report)
    assert found is not None and (found[0], found[2], found[3]) == (key, *days)


def test_a_session_titled_alone_over_its_dateline_without_a_record_s_words_is_not_read_so() -> None:
    report = make_report(
        "Vilnius, Lithuania, 14-17 October 2031",
        "Programme of the opening ceremony",
        "1. More than four thousand participants from 150 countries took part on site and online.",
        title="Internet Governance Forum 2031",
    )
    assert _meeting(report) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("COUNCIL 2033 Lusaka, 3-13 May 2033 Document C33/77-E 13 May 2033 Original: French",
         ("itu-council", None, date(2033, 5, 3), date(2033, 5, 13))),
        ("Council 2034 Hanoi, 9-19 June 2034 Doc. C34/12-E 20 June 2034",
         ("itu-council", None, date(2034, 6, 9), date(2034, 6, 19))),
        # no symbol run in after the dateline: a title that names the session, no PDF's header row
        ("COUNCIL 2033 Lusaka, 3-13 May 2033", None),
    ],
)  # fmt: skip
def test_a_title_that_is_a_pdfs_header_row_names_the_session_it_records(
    title: str, expected: tuple[str, None, date, date] | None
) -> None:
    # the session's summary heading run into its officers' fields: no statement of the session to read
    report = make_report(
        "C33/77-E",
        "SUMMARY OF THE DECISIONS OF THE SESSION Chairman of the Council: Mr Ivo Marn (Croatia) Vice-Chairman: "
        "Ms Ana Reyes (Peru)",
        "1 Strategic plan 1.1 The Council approved the draft strategic plan.",
        title=title,
    )
    assert _meeting(report) == expected


# ------------------------------------------------------------------ a series keyed by a two-digit year
@pytest.mark.parametrize(
    ("title", "lines", "key", "days"),
    [
        (
            "Global Standards Symposium 2032",
            ("Accra, 6-7 September 2032", "The symposium opened with a ministerial panel."),
            "global-standards-symposium",
            (date(2032, 9, 6), date(2032, 9, 7)),
        ),
        (
            "WORLD RADIOCOMMUNICATION SEMINAR 2029",
            ("Geneva, 3-7 December 2029", "Summary of the seminar", "Some 400 participants attended."),
            "world-radiocommunication-seminar",
            (date(2029, 12, 3), date(2029, 12, 7)),
        ),
    ],
)
def test_a_session_of_a_series_keyed_by_two_digits_is_dated_by_its_years_dateline(
    title: str, lines: tuple[str, ...], key: str, days: tuple[date, date]
) -> None:
    assert _meeting(make_report(*lines, title=title)) == (key, None, *days)


# ------------------------------------------------------------------ a period of years closing a meeting's name
@pytest.mark.parametrize(
    ("title", "dateline", "key"),
    [
        (
            "Briefing for Member States on the draft Operational Plan for 2033-2036",
            "Geneva, 9 February 2032 (10:00-12:00)",
            "briefing-for-member-states-on-the-draft-operational-plan-for-2033-2036",
        ),
        (
            "Regional Workshop on the National Broadband Plan 2031–2035",
            "Windhoek, Namibia, 14 October 2030",
            "regional-workshop-on-the-national-broadband-plan-2031-2035",
        ),
        (
            "Consultation meeting on the ICT Master Plan 2030-34",
            "Thimphu, 3 May 2030",
            "consultation-meeting-on-the-ict-master-plan-2030-34",
        ),
    ],
)
def test_a_period_of_years_closing_a_meetings_name_is_its_topics(title: str, dateline: str, key: str) -> None:
    """A plan's period (``2033-2036``) closing a heading's name is no session's year: the heading names its meeting."""
    report = make_report(dateline, "Summary prepared by the secretariat", "1. The meeting was opened.", title=title)
    found = _meeting(report)
    assert found is not None and found[0] == key and found[2] is not None

"""A body the report defines names its meetings (``extract`` gives the event readers the report's bodies, not the
catalogue's alone): ``the third meeting of the XYZ`` after ``the X Y Z (XYZ)`` is the body's third meeting, keyed and
named by the body. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.keys import numbered_key

_TITLE = "Report of the fifth meeting of the Working Group on Rural Access, 20 September 2031"


@pytest.mark.parametrize(
    ("texts", "key", "name", "start"),
    [
        (
            (
                "The Expert Panel on Spectrum Pricing (EPSP) was established in 2029.",
                "The third meeting of the EPSP was held on 3 May 2031 in Nairobi.",
            ),
            "epsp-3",
            "3rd meeting of the Expert Panel on Spectrum Pricing",
            date(2031, 5, 3),
        ),
        (
            (
                "The Regional Coordination Committee for Broadband (RCCB) reported on its work.",
                "The Group noted the outcome of the 4th meeting of the RCCB (Lima, 2-3 June 2031).",
            ),
            "rccb-4",
            "4th meeting of the Regional Coordination Committee for Broadband",
            date(2031, 6, 2),
        ),
        (
            (
                "The Task Force on Digital Finance (TFDF) presented its progress.",
                "The next TFDF meeting will take place on 12 October 2031 in Cairo.",
            ),
            "tfdf-meeting-2031-10-12",
            "next meeting of the Task Force on Digital Finance",
            date(2031, 10, 12),
        ),
    ],
)
def test_a_body_the_report_defines_names_its_meeting(texts: tuple[str, ...], key: str, name: str, start: date) -> None:
    found = {e.key: (e.name, e.start) for e in extract(make_report(*texts, title=_TITLE)).events}
    assert found.get(key) == (name, start), found


def test_the_catalogue_still_names_meetings_beside_the_report_bodies() -> None:
    texts = (
        "The Task Force on Digital Finance (TFDF) presented its progress.",
        "The Group noted the results of the 2031 session of the ITU Council, held from 9 to 19 June 2031.",
    )
    found = {e.key: e.start for e in extract(make_report(*texts, title=_TITLE)).events}
    assert found.get("council-2031") == date(2031, 6, 9), found


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Informal Experts Group for the 2031 Rural Connectivity Forum (IEG-RCF-31): report of the third meeting, "
            "Lima, 4-5 May 2031",
            "The Informal Experts Group (IEG) held its third meeting in Lima on 4-5 May 2031.",
        ),
        (
            "Regional Task Force on Satellite Access for the Pacific 2031 (RTF-SAP-31): report of the third meeting, "
            "Apia, 4 May 2031",
            "The Regional Task Force (RTF) held its third meeting in Apia on 4 May 2031.",
        ),
        (
            "Drafting Committee on Spectrum Guidelines for 2032 (DC-SG32): report of the third meeting, Nairobi, "
            "4-6 May 2031",
            "The Drafting Committee (DC) held its third meeting in Nairobi from 4 to 6 May 2031.",
        ),
    ],
)
def test_the_report_meeting_named_by_its_body_written_short_is_no_other_event(title: str, text: str) -> None:
    """A numbered meeting of the report's number on its first day is the report's meeting, whatever form of its
    body names it."""
    x = extract(make_report(text, title=title))
    assert x.meeting is not None and x.meeting.number == 3, x.meeting
    assert [e.key for e in x.events if e.start == x.meeting.start] == [], x.events


@pytest.mark.parametrize(
    ("text", "number", "nth", "start"),
    [
        (
            "EXPERT GROUP ON ISLAND DATA\n\n"
            "Report of the second meeting of the Expert Group on the IDs (EG-ID), Apia, 3 and 4 March 2031\n\n"
            "1  Opening\n\n1.1  The Chair opened the meeting and welcomed the members of the group.\n\n"
            "4  Next steps\n\n4.1  The fourth and final meeting of the group will take place by correspondence "
            "from 6 to 24 May 2031.\n",
            4,
            "4th",
            date(2031, 5, 6),
        ),
        (
            "TASK FORCE ON COASTAL CABLES\n\n"
            "Summary of the third meeting of the Task Force on Cables (TF-CC), Lima, 5-6 May 2030\n\n"
            "1. The Chair welcomed the participants.\n\n"
            "2. The Task Force agreed that its fourth meeting would be held in Quito on 7-8 October 2030.\n",
            4,
            "4th",
            date(2030, 10, 7),
        ),
        (
            "WORKING GROUP ON RURAL SPECTRUM\n\n"
            "Report of the fifth meeting of the Working Group on Spectrum (WG-RS), Nairobi, 10-12 June 2032\n\n"
            "1. The meeting was opened by the Chair.\n\n"
            "2. The sixth meeting of the Group will be held in Kigali from 4 to 5 November 2032.\n",
            6,
            "6th",
            date(2032, 11, 4),
        ),
    ],
)
def test_the_meeting_body_known_by_its_header_names_its_next_meeting(tmp_path, text, number, nth, start) -> None:
    """The meeting body the header names in full, a shorter name and an acronym in the title line: a later
    meeting of it named by its head noun (``the group``, ``the Task Force``, ``its``) is a meeting of the report's
    meeting body, keyed and named by it."""
    x = extract(parsed_text(tmp_path, text))
    assert x.meeting is not None
    body = next(b.name for b in x.bodies if b.key == x.meeting.body)
    found = {e.key: (e.name, e.start) for e in x.events}
    assert found == {numbered_key(x.meeting.body, number): (f"{nth} meeting of the {body}", start)}


@pytest.mark.parametrize(
    ("title", "text", "name", "start"),
    [
        (
            "Report of the second meeting of the Expert Group on Island Data (EG-ID), Apia, 3 and 4 March 2031",
            "The group's next meeting will be held in Suva from 6 to 7 May 2031.",
            "next meeting of the Expert Group on Island Data",
            date(2031, 5, 6),
        ),
        (
            "Summary of the fourth meeting of the Steering Committee on Port Data (SC-PD), Lima, 2 June 2030",
            "Members agreed that the committee's next meeting would take place on 9 October 2030 in Quito.",
            "next meeting of the Steering Committee on Port Data",
            date(2030, 10, 9),
        ),
        (
            "Report of the first meeting of the Task Force on Desert Cables (TF-DC), Nouakchott, 5 May 2032",
            "The chair said the task force's next session was planned for 14 to 15 September 2032.",
            "next session of the Task Force on Desert Cables",
            date(2032, 9, 14),
        ),
    ],
)
def test_the_meeting_bodys_next_meeting_by_its_head_noun_in_lower_case(title, text, name, start) -> None:
    """``the group's next meeting``: the head noun's possessive in lower case is the report's meeting body's, as
    ``the Group's next meeting`` is."""
    x = extract(make_report(title, text, title=title))
    assert x.meeting is not None
    found = {e.name: e.start for e in x.events}
    assert found == {name: start}, found

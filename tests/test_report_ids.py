"""Report and meeting identifiers: a body's meeting number, with the year when the body numbers
its meetings within each session (the Council, conferences, their committees), so that two
sessions' records never share one graph or one meeting resource."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extract_support import fixture_extraction

from wsiskg.ingest.model import meeting_slug, report_id
from wsiskg.ingest.records import Body


def test_a_council_plenary_meeting_is_named_with_its_session_year() -> None:
    x = fixture_extraction("council-2024-wsis")
    assert x.meeting is not None and x.meeting.body == "itu-council"
    assert report_id(x, "anything") == f"itu-council-2024-{x.meeting.number}"
    other = replace(x, meeting=replace(x.meeting, start=date(2016, 5, 27), end=None))
    assert report_id(other, "anything") == f"itu-council-2016-{x.meeting.number}"


def test_a_working_group_numbers_its_meetings_through() -> None:
    x = fixture_extraction("cwg-wsis-sdg-38")
    assert report_id(x, "anything") == "cwg-wsis-sdg-38"


def test_a_committee_outside_the_catalogue_is_numbered_per_session() -> None:
    x = fixture_extraction("cwg-wsis-sdg-38")
    assert x.meeting is not None
    committee = replace(x.meeting, body="committee-4", number=2, start=date(2030, 10, 3))
    y = replace(x, meeting=committee, bodies=(*x.bodies, Body("committee-4", "Committee 4", kind="working-group")))
    assert meeting_slug(y) == "committee-4-2030-2"


def test_an_unnumbered_meeting_has_no_slug_and_the_report_its_file_name() -> None:
    x = fixture_extraction("ungis-2024-paris")
    assert meeting_slug(x) is None
    assert report_id(x, "UNGIS Summary (Paris)") == "ungis-summary-paris"


def test_a_report_named_by_its_file_has_the_one_slug_of_its_name() -> None:
    """An unnumbered meeting's report is the :func:`.keys.slug` of its file's name (was a copy without its
    accents folded and its possessives dropped)."""
    x = fixture_extraction("ungis-2024-paris")
    assert report_id(x, "Réunion de Lomé") == "reunion-de-lome"
    assert report_id(x, "Harbour Group's Summary 2031") == "harbour-group-summary-2031"
    assert report_id(x, "—") == "report"

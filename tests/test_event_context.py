"""The meeting a speech or a letter is for, named in its front with its days, is an event of it (decisions 4 and
33; :mod:`wsiskg.ingest.extract.event_context`). Sentences are our own."""

from __future__ import annotations

from datetime import date

from extract_support import make_report

from wsiskg.ingest.extract import extract

SPEECH = (
    "We thank the Chair for this opportunity and support the proposals before the meeting, in particular on the "
    "budget for the coming years."
)


def _events(title: str, *lines: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.name: (e.start, e.end) for e in extract(make_report(*lines, title=title)).events}


def test_the_meeting_a_statement_was_delivered_at_is_an_event_on_its_days():
    found = _events(
        "Virtual consultation of Councillors (VCC-9)",
        "16 and 17 November 2031",
        "Statement of the Pacific Group",
        "Delivered by Ms Ana Tui, Councillor, on behalf of the Pacific Member States",
        SPEECH,
    )
    assert (date(2031, 11, 16), date(2031, 11, 17)) in found.values()
    assert any("VCC-9" in name for name in found)


def test_a_single_day_under_the_title_adds_no_meeting():
    found = _events(
        "Statement of the Pacific Group",
        "Geneva, 16 November 2031",
        SPEECH,
    )
    assert date(2031, 11, 16) not in [start for start, _ in found.values()]


def test_a_single_day_under_a_line_that_opens_the_meeting_dates_its_undated_session():
    """``Opening statement by X, at the ninth session of the Y`` over one day: the day the speech opened the session is
    its first (:func:`~wsiskg.ingest.extract.event_context._opening_day`)."""
    found = _events(
        "Opening statement by Ms Ana Tui, Director, at the ninth session of the Commission on Science and "
        "Technology for Development",
        "Vienna, 12 May 2031",
        "It is my privilege to open the ninth session of the Commission on Science and Technology for Development.",
        SPEECH,
    )
    assert (date(2031, 5, 12), None) in found.values() or (date(2031, 5, 12), date(2031, 5, 12)) in found.values()


def test_a_single_day_under_a_closing_line_dates_nothing():
    found = _events(
        "Closing statement by Ms Ana Tui, Director, at the ninth session of the Commission on Science and "
        "Technology for Development",
        "Vienna, 16 May 2031",
        "It is my privilege to close the ninth session of the Commission on Science and Technology for Development.",
        SPEECH,
    )
    assert date(2031, 5, 16) not in [start for start, _ in found.values()]


def test_a_numbered_session_the_front_names_is_named_with_its_number():
    """A report to a session, its header ``Commission on X`` / ``Twenty-fourth session`` / dateline: the session is
    named with its number (an annotator writes ``Twenty-fourth session``), not as a bare ``meeting of``."""
    found = _events(
        "A/86/70-E/2031/9",
        "United Nations",
        "General Assembly / Economic and Social Council",
        "Distr.: General",
        "2 March 2031",
        "Commission on Science and Technology for Development",
        "Twenty-fourth session",
        "Geneva, 12-16 May 2031",
        "Progress made in the implementation of the outcomes",
        "The Secretary-General invites all stakeholders to submit information for the next report by 1 December 2031.",
    )
    assert found["24th session of the Commission on Science and Technology for Development"] == (
        date(2031, 5, 12),
        date(2031, 5, 16),
    )


def test_a_numbered_session_of_another_year_and_place_is_named_with_its_number():
    found = _events(
        "A/89/61-E/2034/14",
        "United Nations",
        "General Assembly / Economic and Social Council",
        "Distr.: General",
        "21 February 2034",
        "Commission on Science and Technology for Development",
        "Thirty-seventh session",
        "Nairobi, 7-11 April 2034",
        "Progress made in the implementation of the outcomes at the regional level",
        "The Secretary-General encourages Member States to report on their national broadband plans.",
    )
    assert "37th session of the Commission on Science and Technology for Development" in found
    assert not any(name.startswith("meeting of the Commission") for name in found)

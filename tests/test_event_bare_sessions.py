"""Events named in a short form: a body's session by its year alone (``the 2031 session``). Sentences
are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.events import find_events


def _events(*texts: str) -> dict[str, date | None]:
    return {e.key: e.start for e in find_events(make_report(*texts))}


@pytest.mark.parametrize(
    "texts",
    [
        ("The Council decides that its 2033 session shall be held in Geneva from 14 to 24 June 2033.",),
        ("The Standing Committee asked the secretariat to report to the 2033 session.", "Council 2032 adopted it."),
        ("1 to submit a draft budget, for consideration by the Council,", "2 to report on it at its 2033 session;"),
        ("The ITU Council approved the dates of its 2033 Session: 14 to 24 June 2033.",),
        ("The Council agreed that the 2033 session would take place in Geneva from 14 to 24 June 2033.",),
    ],
)
def test_a_session_by_its_year_alone_is_the_councils(texts):
    got = _events(*texts)
    assert "council-2033" in got
    if "June" in " ".join(texts):
        assert got["council-2033"] == date(2033, 6, 14)


def test_a_session_of_a_named_body_is_left_to_its_reader():
    got = _events(
        "The report was presented to the 2033 session of the Commission on Science and Technology for Development."
    )
    assert "council-2033" not in got


def test_no_session_series_named_no_session():
    assert not _events("The Assembly will review the matter at its 2033 session.")


# ------------------------------------------------------------------ a group's meeting by its code
@pytest.mark.parametrize(
    ("text", "key", "start"),
    [
        (
            "The Chair was asked to present the report to TDAG-33 (Geneva, 7-9 February 2033).",
            "tdag-33",
            date(2033, 2, 7),
        ),
        ("The results will be reported to RAG-33 in March 2033.", "rag-33", date(2033, 3, 1)),
        ("CWG-WSIS&SDG-47 is to be held on 12 and 13 May 2033.", "cwg-wsis-sdg-47", date(2033, 5, 12)),
        ("Members are invited to contribute to CWG-FHR-27.", "cwg-fhr-27", None),
        ("the outcome was transmitted to TSAG-12\n(Geneva, 4-8 June 2033).", "tsag-12", date(2033, 6, 4)),
    ],
)
def test_a_groups_meeting_named_by_its_code(text, key, start):
    assert _events(text).get(key, "none") == start


@pytest.mark.parametrize(
    "text",
    [
        "See Document TDAG-33/12 for the details.",
        "the response to COVID-19 was discussed on 4 May 2033",
        "CWG-FHR-27/INF/3 was noted.",
    ],
)
def test_a_document_symbol_or_another_code_is_no_meeting(text):
    assert not any(k.startswith(("tdag", "covid", "cwg-fhr")) for k in _events(text))


# ------------------------------------------------------------- a numbered meeting of a body the catalogue does not know
@pytest.mark.parametrize(
    "texts",
    [
        (
            "The matter falls within the competence of the Frequency Allotment Board (FAB), and the Bureau will "
            "submit it to the 41st meeting of the Board, to be held from 10 to 14 July 2033.",
        ),
        (
            "The Frequency Allotment Board (FAB) took note.",
            "The draft rules were prepared following the 41st meeting of the Board (10–14 July 2033).",
        ),
        (
            "The Pacific Numbering Board met once. Comments will be considered at the forty-first session of the "
            "Board, on 10 July 2033.",
        ),
    ],
)
def test_a_numbered_meeting_of_the_board_named_before(texts):
    got = {e.name: e.start for e in extract(make_report(*texts)).events}  # the body extractor's spans
    assert any("41st" in n and "Board" in n and d == date(2033, 7, 10) for n, d in got.items()), got


# ------------------------------------------------------------------ an observance named in the title of a message
@pytest.mark.parametrize(
    ("title", "key", "start"),
    [
        (
            "Message from the Chair of the Council on the occasion of World Telecommunication and Information "
            "Society Day 2033 (17 May)",
            "wtisd-2033",
            date(2033, 5, 17),
        ),
        (
            "MESSAGE OF THE MINISTER ON WORLD TELECOMMUNICATION AND INFORMATION SOCIETY DAY 2033",
            "wtisd-2033",
            date(2033, 5, 17),
        ),
        ("Video message of the Minister of Digital Affairs to the WSIS Forum 2033", "wsis-forum-2033", "none"),
    ],
)
def test_an_observance_named_in_a_title_is_an_event(title, key, start):
    report = make_report("Excellencies, ladies and gentlemen,", "It is an honour to address you today.", title=title)
    got = {e.key: e.start for e in extract(report).events}
    assert got.get(key, "none") == start, got

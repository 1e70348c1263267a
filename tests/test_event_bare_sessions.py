"""Events named in a short form: a body's session by its year alone (``the 2031 session``). Sentences
are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

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
    got = _events("The report was presented to the 2033 session of the Commission on Science and Technology for Development.")
    assert "council-2033" not in got


def test_no_session_series_named_no_session():
    assert not _events("The Assembly will review the matter at its 2033 session.")

"""A series' edition dated only by the day the document is dated (``event_filters._dated_by_issue``): the issue date
under a Council document's header, a speech's dateline, the day of a session held at a forum. That day is the
document's or its meeting's, not the edition's: undated (decision 24). An observance of a fixed day keeps it.
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract


def _dates(title: str, *texts: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.key: (e.start, e.end) for e in extract(make_report(*texts, title=title)).events}


@pytest.mark.parametrize(
    ("title", "texts", "key"),
    [
        (
            "Report of the Chair of the Expert Group on Telecommunication Regulations",
            (
                "Council 2031 – Virtual consultation of councillors",
                "Document C31/12-E",
                "14 May 2031",
                "The Group held its third meeting from 2 to 4 March 2031 and agreed on a draft report to Council 2031.",
            ),
            "council-2031",
        ),
        (
            "ITU COUNCIL 2032",
            (
                "Document C32/40-E",
                "3 February 2032",
                "Original: English",
                "Report by the Secretary-General",
                "The Secretary-General reports on the preparations for the session of the Council.",
            ),
            "council-2032",
        ),
        (
            "Open Data Coalition — session at IGF 2030",
            (
                "Date: 11 November 2030, 10:00–11:30, Room 7",
                "The session was moderated by Ms Carla Vento (Italy).",
                "Participants asked governments to publish open data.",
            ),
            "igf-2030",
        ),
        (
            "Remarks by the Chair of the Council at the WSIS Forum 2031 special session",
            (
                "Geneva, 12 May 2031",
                "Excellencies, it is an honour to address this special session on the future of the WSIS process.",
            ),
            "wsis-forum-2031",
        ),
    ],
)
def test_an_edition_dated_by_the_documents_day_is_undated(title: str, texts: tuple[str, ...], key: str) -> None:
    assert _dates(title, *texts).get(key, "absent") == (None, None)


def test_an_observance_keeps_its_fixed_day() -> None:
    found = _dates(
        "Message of the Secretary-General",
        "17 May 2031",
        "On this World Telecommunication and Information Society Day 2031, I call on all to connect the unconnected.",
    )
    assert found["wtisd-2031"] == (date(2031, 5, 17), None)


def test_an_edition_the_text_dates_keeps_its_days() -> None:
    found = _dates(
        "Contribution from Ruritania",
        "Document C31/20-E",
        "14 May 2031",
        "Ruritania will take part in Council 2031, to be held in Geneva from 14 to 24 May 2031.",
    )
    assert found["council-2031"] == (date(2031, 5, 14), date(2031, 5, 24))

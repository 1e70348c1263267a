"""A highlights page's header: the meeting's name with the record's name after a dash (several record names
joined by ``and``, a day's label: ``meeting_heading._record_after_dash``, ``meeting_words.csv`` role
``record-name``) over a dateline whose mode a bar sets off (``datelines._date_label``)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.meeting import dateline


@pytest.mark.parametrize(
    ("title", "line", "expected"),
    [
        ("Pacific Spectrum Forum 2031 — Day 2 at a glance", "Suva | Tuesday 4 May 2031",
         ("pacific-spectrum-forum", None, date(2031, 5, 4), None)),
        ("ANDEAN BROADBAND SUMMIT 2030 — OUTCOMES AND HIGHLIGHTS (DAY 2)", "Quito, Ecuador | 9-10 September 2030",
         ("andean-broadband-summit", None, date(2030, 9, 9), date(2030, 9, 10))),
        ("Nordic Digital Week 2032 – Highlights and executive summary", "Oslo, 7–9 June 2032",
         ("nordic-digital-week", None, date(2032, 6, 7), date(2032, 6, 9))),
        ("Baltic Spectrum Forum 2030 — Outcomes and highlights", "Virtual format | 14/10/2030 – 16/10/2030",
         ("baltic-spectrum-forum", None, date(2030, 10, 14), date(2030, 10, 16))),
    ],
)  # fmt: skip
def test_a_highlights_title_over_its_dateline_names_the_meeting(
    title: str, line: str, expected: tuple[str, int | None, date, date | None]
) -> None:
    report = make_report(line, "The forum was opened by the Minister of Communications.", title=title)
    assert _meeting(report) == expected


@pytest.mark.parametrize(
    ("line", "start", "end", "place"),
    [
        ("Virtual format | 22/03/2031 – 26/03/2031", date(2031, 3, 22), date(2031, 3, 26), None),
        ("Online | 3-5 May 2031", date(2031, 5, 3), date(2031, 5, 5), None),
        ("Hybrid meeting | Lima, 3-5 May 2031", date(2031, 5, 3), date(2031, 5, 5), "Lima"),
    ],
)
def test_a_mode_set_off_by_a_bar_is_no_place(line: str, start: date, end: date, place: str | None) -> None:
    found = dateline(line)
    assert found is not None
    assert (found[0].start, found[0].end, found[1]) == (start, end, place)

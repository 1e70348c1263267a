"""A series' name on a front line above the name of the body that met and its dateline is the body's parent,
not the series' edition on the dateline's days (``event_headers._series_header``, ``_own_body_line``).

``Internet Governance Forum`` / ``Multistakeholder Advisory Group`` / ``Nairobi, 3 and 4 March 2033`` heads the
summary of the Group's meeting: the Forum is the body the Group advises, and its edition of that year is held on
other days; reading the first line as ``Internet Governance Forum 2033`` on the Group's days gave a false event.
A line between naming the report's own meeting body (written out, no number) now tells it, as a line naming an
event (``Regional Preparatory Meeting for Africa``) already did. A conference's header over its own dateline, a
document's number or a numbered committee between, still dates the conference.

Bodies, places and years are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract


def _found(title: str, *texts: str) -> tuple[str | None, dict[str, tuple[date | None, date | None]]]:
    x = extract(make_report(*texts, title=title))
    return (x.meeting.body if x.meeting else None), {e.key: (e.start, e.end) for e in x.events}


@pytest.mark.parametrize(
    ("title", "texts", "series"),
    [
        (
            "Summary report of the MAG meeting",
            (
                "Internet Governance Forum",
                "Multistakeholder Advisory Group",
                "Nairobi, United Nations Office, 3 and 4 March 2033",
                "The Multistakeholder Advisory Group (MAG) met in Nairobi on 3 and 4 March 2033. The meeting was"
                " chaired by Ms Ana Lirio (Chile).",
            ),
            "igf-2033",
        ),
        (
            "Report of the meeting",
            (
                "INTERNET GOVERNANCE FORUM",
                "DYNAMIC COALITION ON ACCESSIBILITY AND DISABILITY",
                "Tbilisi, 8-9 June 2032",
                "The Dynamic Coalition on Accessibility and Disability (DCAD) held its annual meeting in Tbilisi on 8"
                " and 9 June 2032.",
            ),
            "igf-2032",
        ),
        (
            "Summary of the meeting",
            (
                "WSIS Forum",
                "United Nations Group on the Information Society",
                "Rome, 12-13 October 2034",
                "The United Nations Group on the Information Society (UNGIS) met in Rome on 12 and 13 October 2034 at"
                " the invitation of FAO.",
            ),
            "wsis-forum-2034",
        ),
    ],
)
def test_a_series_over_the_body_that_met_is_no_edition_on_its_days(
    title: str, texts: tuple[str, ...], series: str
) -> None:
    body, events = _found(title, *texts)
    assert body is not None and body != series.rpartition("-")[0]
    assert series not in events


@pytest.mark.parametrize(
    ("texts", "key", "days"),
    [
        (
            ("PLENIPOTENTIARY CONFERENCE", "Document 12-E", "Lima, 3-21 October 2030", "The Conference met in Lima."),
            "pp-30",
            (date(2030, 10, 3), date(2030, 10, 21)),
        ),
        (
            (
                "RADIOCOMMUNICATION ASSEMBLY",
                "Committee 4",
                "Sharm el-Sheikh, 13-17 November 2034",
                "Committee 4 met during the Assembly.",
            ),
            "ra-34",
            (date(2034, 11, 13), date(2034, 11, 17)),
        ),
    ],
)
def test_a_conference_over_its_own_dateline_keeps_its_days(
    texts: tuple[str, ...], key: str, days: tuple[date, date]
) -> None:
    assert _found("Summary record", *texts)[1].get(key) == days

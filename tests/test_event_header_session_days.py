"""A one-day dateline in a document's header (``Lima, 4 November 2033``) over a front line that is
only a date (``12 October 2033``): the dateline is the day of the session the document is for, the
bare date its issue date (``dates.document_date``). The event the header names (``Council 2033``,
the meeting of the group in the title) takes the dateline's day. A dateline alone, or one over a
labelled date that is no issue date (``Deadline: ...``), stays the document's day. Sentences, bodies,
places and years are our own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.dates import document_date
from wsiskg.ingest.records import ParsedReport

D = date


@pytest.mark.parametrize(
    ("texts", "title", "issued"),
    [
        (
            ("Lima, 4 November 2033", "Document C33/55-E", "12 October 2033", "Original: Spanish"),
            "Council 2033",
            D(2033, 10, 12),
        ),
        (("Council 2029", "Nairobi, 7 June 2029", "Document C29/12-E", "22 May 2029"), None, D(2029, 5, 22)),
        (("Geneva, 9 March 2034", "Document CWG-COP 12/4-E", "Date: 20 February 2034"), None, D(2034, 2, 20)),
    ],
)
def test_a_bare_date_under_a_dateline_is_the_issue_date(
    texts: tuple[str, ...], title: str | None, issued: date
) -> None:
    assert document_date(make_report(*texts, title=title)) == issued


@pytest.mark.parametrize(
    ("texts", "day"),
    [
        (("Bern, 3 May 2031", "Dear Colleagues,"), D(2031, 5, 3)),
        (("Bern, 3 May 2031", "Deadline: 30 May 2031"), D(2031, 5, 3)),
        (
            ("Ottawa, 14 September 2030", "Our ref: 14/2030", "Subject: Regional workshop on spectrum, 2 October 2030"),
            D(2030, 9, 14),
        ),
    ],
)
def test_a_dateline_with_no_bare_date_under_it_stays_the_documents_day(texts: tuple[str, ...], day: date) -> None:
    assert document_date(make_report(*texts)) == day


def _dates(title: str | None, *texts: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.key: (e.start, e.end) for e in extract(make_report(*texts, title=title)).events}


@pytest.mark.parametrize(
    ("title", "texts", "key", "day"),
    [
        (
            "Council 2033",
            (
                "Lima, 4 November 2033",
                "Document C33/55-E",
                "12 October 2033",
                "Original: Spanish",
                "Contribution from the Republic of Ruritania",
                "Ruritania proposes that the Council approve the revised terms of reference of the Group.",
            ),
            "council-2033",
            D(2033, 11, 4),
        ),
        (
            "Report by the Chair of the Expert Group on Regional Tariffs",
            (
                "Council 2029",
                "Nairobi, 7 June 2029",
                "Document C29/12-E",
                "22 May 2029",
                "Original: English",
                "The Expert Group met twice and agreed on its final report.",
            ),
            "council-2029",
            D(2029, 6, 7),
        ),
    ],
)
def test_the_edition_a_header_names_takes_the_datelines_day(
    title: str, texts: tuple[str, ...], key: str, day: date
) -> None:
    assert _dates(title, *texts).get(key) == (day, None)


def test_the_group_a_contribution_is_for_meets_on_the_datelines_day() -> None:
    events = extract(
        make_report(
            "Geneva, 9 March 2034",
            "Document CWG-COP 12/4-E",
            "20 February 2034",
            "Original: French",
            "Joint contribution by Freedonia and Sylvania",
            "Freedonia and Sylvania share the results of their national awareness campaigns for parents.",
            title="Council Working Group on Child Online Protection",
        )
    ).events
    assert [(e.start, e.end) for e in events if e.key.startswith("cwg-cop")] == [(D(2034, 3, 9), None)]


def _with_heading(report: ParsedReport) -> ParsedReport:
    """``report`` with its first line set as a heading (a .docx header's style)."""
    first, *rest = report.paragraphs
    return replace(report, paragraphs=(replace(first, kind="heading"), *rest))


@pytest.mark.parametrize(
    ("texts", "key", "start", "end"),
    [
        (
            ("Council 2031", "Geneva, 7-17 June 2031", "Document C31/44-E – 2 May 2031 – Original: English"),
            "council-2031",
            D(2031, 6, 7),
            D(2031, 6, 17),
        ),
        (
            ("Council 2036", "Montevideo, 3–12 September 2036", "Document C36/8-E", "Report by the Secretary-General"),
            "council-2036",
            D(2036, 9, 3),
            D(2036, 9, 12),
        ),
        (
            ("PLENIPOTENTIARY CONFERENCE (PP-34)", "Accra, 2–20 October 2034", "Document 61-E", "5 October 2034"),
            "pp-34",
            D(2034, 10, 2),
            D(2034, 10, 20),
        ),
    ],
)
def test_an_edition_set_as_a_heading_over_its_dateline_takes_its_days(
    texts: tuple[str, ...], key: str, start: date, end: date
) -> None:
    body = "The Secretary-General informs the membership of the arrangements for gender mainstreaming in the Union."
    report = _with_heading(make_report(*texts, body, title="Note by the Secretary-General"))
    assert {e.key: (e.start, e.end) for e in extract(report).events}.get(key) == (start, end)

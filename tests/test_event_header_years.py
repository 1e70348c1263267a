"""Days written without a year in a report dated by no day (a page of highlights, a speech, a
statement): they are of the year its header writes (``Regional Spectrum Forum 2033 — Highlights``),
not of the last year its text writes (the dates of a session two years on), when the text writes
its days in that year or up to two years later (``events.report_year``). An excerpt that opens in the
middle of a sentence has no header: the last year written stays. Sentences, bodies and years are
our own."""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import Paragraph, ParsedReport, Section

D = date
SECTIONS = (Section("1", "Highlights", None, 1),)


def _starts(title: str | None, *texts: str, front: tuple[str, ...] = ()) -> dict[str, date | None]:
    """The events' starts in a report of ``front`` lines over ``texts`` in a section."""
    lead = tuple(Paragraph(i + 1, "front", t) for i, t in enumerate(front))
    body = tuple(Paragraph(len(lead) + i + 1, "1", t) for i, t in enumerate(texts))
    report = ParsedReport("test.txt", "text/plain", title, SECTIONS, lead + body)
    return {e.name: e.start for e in extract(report).events}


@pytest.mark.parametrize(
    ("title", "texts", "front", "name", "day"),
    [
        (
            "Regional Spectrum Forum 2033 — Highlights",
            (
                "A workshop on spectrum pricing was held on 13 April, and the closing ceremony took place on 14 April.",
                "The next Forum will be held in Quito from 3 to 5 June 2035.",
            ),
            (),
            "workshop on spectrum pricing",
            D(2033, 4, 13),
        ),
        (
            None,
            (
                "Side events: the Chair hosted a dinner with the heads of regulators on 4 March.",
                "The 2031 session will be held in Bogota from 10 to 14 February 2031 and the 2032 session from "
                "8 to 12 March 2032.",
            ),
            (
                "ANDEAN DIGITAL COUNCIL 2030 HIGHLIGHTS OF THE SESSION Lima, 2-9 March 2030 The 2030 session of "
                "the Andean Digital Council closed on Friday after adopting fourteen decisions and its budget.",
            ),
            "dinner with the heads of regulators",
            D(2030, 3, 4),
        ),
        (
            "Keynote address — Pacific Broadband Symposium 2028",
            (
                "This symposium meets on the eve of the Island Connectivity Summit, which opens here on 9 November.",
                "The Summit will report to the regional ministerial meeting in Apia from 3 to 5 May 2029.",
            ),
            (),
            "Island Connectivity Summit",
            D(2028, 11, 9),
        ),
    ],
)
def test_days_without_a_year_are_of_the_headers_year(
    title: str | None, texts: tuple[str, ...], front: tuple[str, ...], name: str, day: date
) -> None:
    assert _starts(title, *texts, front=front).get(name) == day


def test_an_excerpt_cut_mid_sentence_keeps_the_last_written_year() -> None:
    found = _starts(
        None,
        "Members were invited to propose projects before 30 June 2031, so that they can be presented at the "
        "Island Connectivity Summit to be held in Apia in October.",
        front=(
            "the regional initiatives adopted by the Development Conference (Lima, 3-12 March 2030), in particular",
        ),
    )
    assert found.get("Island Connectivity Summit") == D(2031, 10, 1)

"""A meeting's mode set off by a field's bar on a dateline (round 55, ``datelines._date_label``): ``Skopje, North
Macedonia · 11 June 2031 · hybrid``, ``Lima | 3-4 May 2031 | in person``, ``Online • 8 March 2032`` are datelines
as ``..., 11 June 2031, hybrid`` is: the mode is no place. A highlights page whose dateline is so written is of
its title's meeting on that day, not of another meeting its prose dates. Our own names and days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

from wsiskg.ingest.extract.datelines import dateline


@pytest.mark.parametrize(
    ("line", "start", "end", "place"),
    [
        ("Skopje, North Macedonia · 11 June 2031 · hybrid", date(2031, 6, 11), None, "Skopje, North Macedonia"),
        ("Lima | 3-4 May 2031 | in person", date(2031, 5, 3), date(2031, 5, 4), "Lima"),
        ("Online • 8 March 2032", date(2032, 3, 8), None, None),
        ("Virtual | 14-15 October 2030", date(2030, 10, 14), date(2030, 10, 15), None),
    ],
)
def test_a_mode_after_a_bar_is_no_place(line: str, start: date, end: date | None, place: str | None) -> None:
    found = dateline(line)
    assert found is not None
    span, where = found
    assert (span.start, span.end, where) == (start, end, place)


def test_a_word_after_a_bar_that_is_no_mode_still_spoils_the_dateline() -> None:
    assert dateline("Lima | 3-4 May 2031 | see the annex for the programme") is None


@pytest.mark.parametrize(
    ("title", "line", "other", "day"),
    [
        ("Highlights — Arab Regional Initiatives Stakeholder Meeting",
         "Amman, Jordan · 9 May 2031 · hybrid", "the Regional Forum for the Arab States on 3-4 November 2031",
         date(2031, 5, 9)),
        ("Highlights — Pacific Spectrum Managers Roundtable",
         "Suva, Fiji | 21 August 2030 | in person", "the Pacific Regulators Forum on 2-3 December 2030",
         date(2030, 8, 21)),
    ],
)  # fmt: skip
def test_a_highlights_page_is_of_its_titles_meeting_on_its_datelines_day(
    tmp_path: Path, title: str, line: str, other: str, day: date
) -> None:
    text = (
        f"{title}\n{line}\n\nThe meeting took stock of the initiatives adopted by the last conference.\n\n"
        f"Next steps\n\nPartners are invited to join {other}.\n"
    )
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None
    assert found[2] == day

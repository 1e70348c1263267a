"""A meeting named by an ordinal and an unknown acronym, followed by its own dates (``event_ordinal_codes``):
an event named as written, keyed by the acronym and the number. Without dates, or with an acronym that is a
known body's or a series' code, this reader names none. Acronyms, places and years are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.event_ordinal_codes import code_for_mentions, ordinal_code_mentions


def _events(*texts: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.name: (e.start, e.end) for e in extract(make_report(*texts, title="Summary record")).events}


@pytest.mark.parametrize(
    ("sentence", "name", "start", "end"),
    [
        (
            "The Board's mandate was renewed by the sixth QRSM, held in Lusaka from 3 to 5 May 2031, which asked "
            "the Bureau to act.",
            "sixth QRSM",
            date(2031, 5, 3),
            date(2031, 5, 5),
        ),
        (
            "The 12th PTXF will be held in Suva, Fiji, from 14 to 16 October 2032.",
            "12th PTXF",
            date(2032, 10, 14),
            date(2032, 10, 16),
        ),
        ("Outcome of the 2nd LWPM (virtual, 9 March 2033).", "2nd LWPM", date(2033, 3, 9), None),
        (
            "The 21st KRAGM will take place in Apia, Samoa, in June 2034.",
            "21st KRAGM",
            date(2034, 6, 1),
            date(2034, 6, 30),
        ),
    ],
)
def test_an_ordinal_and_an_acronym_with_its_dates_is_an_event(
    sentence: str, name: str, start: date, end: date | None
) -> None:
    assert _events(sentence).get(name) == (start, end)


def test_the_same_meeting_by_word_and_by_digits_is_one_key() -> None:
    text = "The ninth QRSM, held in Lusaka on 3 May 2031, and the 9th QRSM (Lusaka, 3 May 2031) are one."
    keys = {m.key for m in ordinal_code_mentions(text, find_dates(text, 2031, months=True))}
    assert keys == {"qrsm-9"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegates discussed the outcome of the sixth QRSM and its follow-up.",  # no dates
        "The 5th PTXF Report, 4 May 2032, was circulated.",  # a document: dates not the acronym's own
        "The Council noted the 3rd WTDC, held in Kigali on 2-4 May 2031.",  # a series' code
    ],
)
def test_no_event_by_this_reader(sentence: str) -> None:
    found = ordinal_code_mentions(sentence, find_dates(sentence, 2031, months=True))
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "The Board agreed on the schedule: QDF for the Caribbean, Nassau, 9-10 June 2031; QDF for Oceania, "
            "Apia, 14-15 July 2031.",
            {
                "QDF for the Caribbean": (date(2031, 6, 9), date(2031, 6, 10)),
                "QDF for Oceania": (date(2031, 7, 14), date(2031, 7, 15)),
            },
        ),
        (
            "The preparatory cycle will close with the LPM for Central Asia in Almaty on 2-3 September 2032.",
            {"LPM for Central Asia": (date(2032, 9, 2), date(2032, 9, 3))},
        ),
    ],
)
def test_an_acronym_for_a_part_with_its_dates_is_an_event(sentence: str, names: dict[str, tuple[date, date]]) -> None:
    found = _events(sentence)
    assert {n: found.get(n) for n in names} == names


@pytest.mark.parametrize(
    "sentence",
    [
        "The QDF for Oceania will be planned later.",  # no dates
        "The second meeting of the Alliance on Measuring QXT for Development, Suva, 4-5 May 2031.",  # in a name
        "The Regional Office for Africa, Dakar, 4-5 May 2031.",  # no acronym
    ],
)
def test_no_event_for_an_acronym_and_a_part(sentence: str) -> None:
    assert code_for_mentions(sentence, find_dates(sentence, 2031, months=True)) == []

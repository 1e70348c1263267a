"""A month named relative to the text's year: ``this <Month>`` (``date_words.csv``, role ``month-cue``, as ``in``,
``last`` and ``next`` were) and a year word right after a date (``in September last year``, ``on 4 May next year``).
Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days

from wsiskg.ingest.extract.date_finder import find_dates
from wsiskg.ingest.extract.event_prose import event_mentions

D = date


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("I will report to the Andean Ministerial Summit in Quito this October.", D(2032, 10, 1)),
        ("Delegates look forward to the Baltic Data Forum in Riga this March, where the plan is due.", D(2032, 3, 1)),
        ("The Pacific Cable Conference will be held in Nadi this August.", D(2032, 8, 1)),
    ],
)
def test_an_event_this_month_is_of_that_month(text: str, start: date) -> None:
    (m,) = event_mentions(text, 2032)
    assert (m.start, m.precision) == (start, "month")


def test_this_month_before_its_days_gives_way_to_them() -> None:
    (m,) = event_mentions("The Nordic Spectrum Forum this June, from 9 to 11 June in Oslo, will adopt a charter.", 2032)
    assert (m.start, m.end) == (D(2032, 6, 9), D(2032, 6, 11))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The Coral Data Summit was held in Suva in September last year.", D(2031, 9, 1)),
        ("The Coral Data Summit will be held in Suva in September next year.", D(2033, 9, 1)),
        ("The Coral Data Summit will take place in Apia on 14 May next year.", D(2033, 5, 14)),
        ("The Coral Data Summit met in Apia on 2 February of the previous year.", D(2031, 2, 2)),
    ],
)
def test_a_year_word_after_a_date_gives_its_year(text: str, start: date) -> None:
    assert [d.start for d in find_dates(text, 2032, months=True)] == [start]
    (m,) = event_mentions(text, 2032, reference=(D(2032, 6, 3), D(2032, 6, 3)))
    assert m.start == start  # the tense of its clause does not move a year said with the date


@pytest.mark.parametrize(
    "text",
    [
        "The Group met on 3 May, next year it will meet in Lima.",  # a comma: the next clause's year
        "This year is special: in December the Assembly will hold its review.",
    ],
)
def test_a_year_word_not_right_after_the_date_leaves_it(text: str) -> None:
    assert all(d.start.year == 2032 for d in find_dates(text, 2032, months=True))


def test_a_speech_dates_the_conference_it_will_report_to_this_month() -> None:
    days = event_days(
        None,
        "Statement by the Minister of Digital Affairs of Ruritania",
        "Zenda, 12 May 2032",
        "I will take these requests to the Plenipotentiary Conference in Lima this October.",
    )
    assert days["pp-32"] == (D(2032, 10, 1), D(2032, 10, 31))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "In September last year, at the Andean Digital Summit in Quito, ministers agreed on a roadmap.",
            D(2031, 9, 1),
        ),
        ("In March 2030, at the Pacific Data Forum, the ministers signed a charter.", D(2030, 3, 1)),
        (
            "On 14 October next year, at the Coral Cable Symposium, the operators will present their plans.",
            D(2033, 10, 14),
        ),
        ("In May, at the Nordic Spectrum Conference, regulators compared their fees.", D(2032, 5, 1)),
    ],
)
def test_a_date_opening_the_clause_dates_the_event_set_off_after_it_by_at(text: str, start: date) -> None:
    """``event_dates._opens_clause_at``: the date opening the clause, a comma and ``at`` before the name (a year word
    may follow the date): what the clause tells happened at that event on that date."""
    (m,) = event_mentions(text, 2032)
    assert m.start == start


@pytest.mark.parametrize(
    "text",
    [
        "In 2030, at the Pacific Data Forum, the ministers signed a charter.",  # a year alone dates no event so
        "The charter, signed in March 2030, at the Pacific Data Forum, was welcomed.",  # the date opens no clause
    ],
)
def test_a_date_not_opening_the_clause_or_a_year_leaves_the_event_set_off_after_it(text: str) -> None:
    (m,) = event_mentions(text, 2032)
    assert m.start is None or m.start.month != 3

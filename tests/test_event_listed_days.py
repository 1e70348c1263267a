"""Several meetings listed before one date written as a list of days of a month (``the ninth and tenth
meetings ..., held on 3 and 4 May``): one day each when the days count the meetings, one range for one
meeting; ``respectively`` pairs them in the order written. Sentences, bodies and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.dates import as_listed_days, find_dates, listed_days
from wsiskg.ingest.extract.events import event_mentions

D = date


def _dated(text: str, year: int) -> dict[str, tuple[date | None, date | None]]:
    return {m.key: (m.start, m.end) for m in event_mentions(text, year)}


# ------------------------------------------------------------------ the primitive: the days of a list of days
@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("held on 3 and 4 May 2031", [D(2031, 5, 3), D(2031, 5, 4)]),
        ("on 4, 5 and 6 June", [D(2031, 6, 4), D(2031, 6, 5), D(2031, 6, 6)]),
        ("on the 9th & 23rd of February 2031", [D(2031, 2, 9), D(2031, 2, 23)]),
    ],
)
def test_a_list_of_days_of_one_month_is_read_day_by_day(text: str, days: list[date]) -> None:
    (span,) = find_dates(text, 2031)
    got = listed_days(text, span)
    assert [d.start for d in got] == days and all(d.end is None for d in got)
    assert got[-1].span[1] == span.span[1]  # the last day keeps the month and year


@pytest.mark.parametrize("text", ["from 3 to 4 May 2031", "3-4 May 2031", "between 3 and 17 May 2031", "on 3 May 2031"])
def test_a_range_or_a_single_day_is_no_list(text: str) -> None:
    (span,) = find_dates(text, 2031)
    assert listed_days(text, span) == [span]


def test_a_list_is_split_only_when_its_days_count_the_events() -> None:
    text = "held on 2 March and on 9 and 10 June 2031"
    found = find_dates(text, 2031)
    assert [d.start for d in as_listed_days(text, found, 3)] == [D(2031, 3, 2), D(2031, 6, 9), D(2031, 6, 10)]
    assert as_listed_days(text, found, 2) == found  # two meetings: the second on both June days
    assert as_listed_days(text, found, 4) == found


# ------------------------------------------------------------------ numbered meetings, one day each
@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        (
            "The fifth and sixth meetings of the Council Working Group on Child Online Protection were held on "
            "3 and 4 May 2031.",
            2031,
            {"cwg-cop-5": (D(2031, 5, 3), None), "cwg-cop-6": (D(2031, 5, 4), None)},
        ),
        (
            "The Committee reviewed the reports of the 11th and 12th meetings of the Expert Group on Rural "
            "Spectrum (EGRS), held on 7 and 21 September 2034.",
            2034,
            {"egrs-11": (D(2034, 9, 7), None), "egrs-12": (D(2034, 9, 21), None)},
        ),
        (
            "The Bureau's third and fourth meetings were held on 12 and 26 January 2033.",
            2033,
            {"bureau-3": (D(2033, 1, 12), None), "bureau-4": (D(2033, 1, 26), None)},
        ),
        (
            "The Council Working Group on Child Online Protection considered the matter at its 4th, 5th and 9th "
            "meetings, on 2 and 3 March and 14 April 2033.",
            2033,
            {
                "cwg-cop-4": (D(2033, 3, 2), None),
                "cwg-cop-5": (D(2033, 3, 3), None),
                "cwg-cop-9": (D(2033, 4, 14), None),
            },
        ),
        (
            "The Expert Group on Rural Spectrum (EGRS) held its 11th and 12th meetings on 7 September 2034 and on "
            "Friday 12 September 2034, under the chairmanship of Ms Ana Tui.",
            2034,
            {"egrs-11": (D(2034, 9, 7), None), "egrs-12": (D(2034, 9, 12), None)},
        ),
        (
            "The Bureau's third and fourth meetings were held on 12 January and on Monday, 26 January 2033.",
            2033,
            {"bureau-3": (D(2033, 1, 12), None), "bureau-4": (D(2033, 1, 26), None)},
        ),
        (
            "The report covers the 21st to 23rd meetings of the Council Working Group on Child Online Protection, "
            "held on 2-3 March, 14-15 July and 6-8 November 2034.",
            2034,
            {
                "cwg-cop-21": (D(2034, 3, 2), D(2034, 3, 3)),
                "cwg-cop-22": (D(2034, 7, 14), D(2034, 7, 15)),
                "cwg-cop-23": (D(2034, 11, 6), D(2034, 11, 8)),
            },
        ),
        (
            "The ninth and tenth meetings of the Council Working Group on Child Online Protection were held on "
            "3 and 17 May 2036 respectively.",
            2036,
            {"cwg-cop-9": (D(2036, 5, 3), None), "cwg-cop-10": (D(2036, 5, 17), None)},
        ),
    ],
)
def test_listed_meetings_take_one_listed_day_each(
    text: str, year: int, expected: dict[str, tuple[date | None, date | None]]
) -> None:
    got = _dated(text, year)
    assert {k: got.get(k) for k in expected} == expected


def test_one_meeting_on_a_list_of_days_keeps_the_range() -> None:
    text = "The seventh meeting of the Council Working Group on Child Online Protection was held on 8 and 9 June 2032."
    assert _dated(text, 2032)["cwg-cop-7"] == (D(2032, 6, 8), D(2032, 6, 9))


def test_events_named_before_respectively_take_one_listed_day_each() -> None:
    text = (
        "The Radiocommunication Assembly (RA-35) and the World Radiocommunication Conference (WRC-35) will meet "
        "in Accra on 8 and 15 October 2035 respectively."
    )
    got = _dated(text, 2035)
    assert got["ra-35"] == (D(2035, 10, 8), None) and got["wrc-35"] == (D(2035, 10, 15), None)


def test_listed_meetings_keep_the_order_written_before_respectively() -> None:
    text = (
        "This note covers the ninth and tenth meetings of the Council Working Group on Lunar Broadband (CWG-LB), "
        "held in Geneva on 14 October 2032 and on 3 and 4 February 2033 respectively."
    )
    got = _dated(text, 2033)
    assert got["cwg-lb-9"] == (D(2032, 10, 14), None)
    assert got["cwg-lb-10"] == (D(2033, 2, 3), D(2033, 2, 4))


# ------------------------------------------------------------------ a body that met on a list of days
@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("The Task Force met on 3, 10 and 17 May 2032 and agreed its report.", [3, 10, 17]),
        ("The Task Force met on 4, 5 and 6 May 2032 and agreed its report.", [4]),  # consecutive: one meeting
        ("The Andean Spectrum Committee met on 9 and 23 May 2032.", [9, 23]),
    ],
)
def test_a_body_that_met_on_listed_days_met_once_per_run_of_days(text: str, starts: list[int]) -> None:
    got = sorted(m.start.day for m in event_mentions(text, 2032) if m.start)
    assert got == starts


# ------------------------------------------------------------------ listed meetings of a group outside the catalogue
@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        (
            "The Working Group on Lunar Spectrum (WGLS) held its 36th and 37th meetings on 4 and 6 May 2031.",
            2031,
            {"wgls-36": (D(2031, 5, 4), None), "wgls-37": (D(2031, 5, 6), None)},
        ),
        (
            "The Task Force on Rural Access approved the report at its 8th and 9th meetings (4 and 6 May 2033).",
            2033,
            {
                "task-force-on-rural-access-8": (D(2033, 5, 4), None),
                "task-force-on-rural-access-9": (D(2033, 5, 6), None),
            },
        ),
        (
            "The Steering Committee of the Pacific Data Alliance adopted the plan at its twelfth, thirteenth and "
            "fourteenth meetings, held on 3, 5 and 9 March 2032.",
            2032,
            {
                "steering-committee-of-the-pacific-data-alliance-12": (D(2032, 3, 3), None),
                "steering-committee-of-the-pacific-data-alliance-13": (D(2032, 3, 5), None),
                "steering-committee-of-the-pacific-data-alliance-14": (D(2032, 3, 9), None),
            },
        ),
    ],
)
def test_listed_meetings_of_a_group_written_before_its_take_one_day_each(
    text: str, year: int, expected: dict[str, tuple[date | None, date | None]]
) -> None:
    got = _dated(text, year)
    assert {k: got.get(k) for k in expected} == expected


def test_a_group_written_before_another_name_is_not_the_holder() -> None:
    text = "The Task Force on Rural Access noted that Orbitel Lda held its 8th and 9th meetings on 4 and 6 May 2031."
    assert not [k for k in _dated(text, 2031) if k.startswith("task-force-on-rural-access")]


def test_a_head_noun_alone_at_the_head_of_the_clause_is_no_written_group() -> None:
    text = "The Group approved the report of its 4th and 5th meetings on 4 and 6 May 2031."
    assert not [k for k in _dated(text, 2031) if k.startswith("group-")]


def test_a_range_of_ordinals_is_dated_only_when_its_days_count_its_meetings() -> None:
    """``its 2nd to 4th meetings, on 4 and 5 May``: three meetings, two days; no numbered meeting is dated."""
    got = _dated(
        "The Council Working Group on Child Online Protection considered the item at its 2nd to 4th meetings, on "
        "4 and 5 May 2034.",
        2034,
    )
    assert not any(k.startswith("cwg-cop-") and k[8:].isdigit() for k in got)

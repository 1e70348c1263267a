"""Dates in ITU report text: every written form, ranges, defaults, invalid dates."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from wsiskg.ingest.extract.dates import DateSpan, find_dates, month_numbers, parse_date

D = date
SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "cwg-wsis-sdg-38-report.txt"


def _one(text: str, default_year: int | None = None) -> DateSpan:
    found = find_dates(text, default_year)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "start", "end", "matched"),
    [
        ("19-20 January 2022", D(2022, 1, 19), D(2022, 1, 20), "19-20 January 2022"),
        ("19 – 20 January 2022", D(2022, 1, 19), D(2022, 1, 20), "19 – 20 January 2022"),
        ("19—20 January 2022", D(2022, 1, 19), D(2022, 1, 20), "19—20 January 2022"),
        ("30 May – 3 June 2022", D(2022, 5, 30), D(2022, 6, 3), "30 May – 3 June 2022"),
        ("28 Mar - 01 Apr 2022", D(2022, 3, 28), D(2022, 4, 1), "28 Mar - 01 Apr 2022"),
        ("held on 17-19 November 2021.", D(2021, 11, 17), D(2021, 11, 19), "17-19 November 2021"),
        ("from 13 to 23 December 2021", D(2021, 12, 13), D(2021, 12, 23), "13 to 23 December 2021"),
        ("from 1-4 March 2022", D(2022, 3, 1), D(2022, 3, 4), "1-4 March 2022"),
        ("on 24th and 25th January 2022", D(2022, 1, 24), D(2022, 1, 25), "24th and 25th January 2022"),
        ("on 24thand 25thJanuary 2023", D(2023, 1, 24), D(2023, 1, 25), "24thand 25thJanuary 2023"),
        ("January 19-20, 2022", D(2022, 1, 19), D(2022, 1, 20), "January 19-20, 2022"),
        ("January 30 – February 2, 2022", D(2022, 1, 30), D(2022, 2, 2), "January 30 – February 2, 2022"),
        ("28 Dec - 3 Jan 2022", D(2021, 12, 28), D(2022, 1, 3), "28 Dec - 3 Jan 2022"),
        ("30 December 2021 - 2 January 2022", D(2021, 12, 30), D(2022, 1, 2), "30 December 2021 - 2 January 2022"),
        (
            "2\u00a0–\u00a03\u00a0October\u00a02024",
            D(2024, 10, 2),
            D(2024, 10, 3),
            "2\u00a0–\u00a03\u00a0October\u00a02024",
        ),
        ("from 28 Feb to 2 March 2023", D(2023, 2, 28), D(2023, 3, 2), "28 Feb to 2 March 2023"),
        ("SEPT. 3 - 5, 2019", D(2019, 9, 3), D(2019, 9, 5), "SEPT. 3 - 5, 2019"),
    ],
)
def test_day_ranges(text: str, start: date, end: date, matched: str) -> None:
    found = _one(text)
    assert (found.start, found.end, found.text, found.precision) == (start, end, matched, "day")
    assert text[found.span[0] : found.span[1]] == matched
    assert not found.open_ended


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by 7 March 2022 (this form", D(2022, 3, 7)),
        ("adopted on the 17 December 2021 on", D(2021, 12, 17)),
        ("January 19, 2022", D(2022, 1, 19)),
        ("January 19 2022", D(2022, 1, 19)),
        ("JANUARY 19, 2022", D(2022, 1, 19)),
        ("2022-01-19", D(2022, 1, 19)),
        ("19.01.2022", D(2022, 1, 19)),
        ("19/01/2022", D(2022, 1, 19)),  # numeric, day first
        ("on 29 0ctober 2022", D(2022, 10, 29)),  # OCR: a zero for the O of October
        ("by 3/7/2031.", D(2031, 7, 3)),
        ("7 Mar. 2022", D(2022, 3, 7)),
        ("7 Sept 2021", D(2021, 9, 7)),
        ("the 3rd of March 2021", D(2021, 3, 3)),
        ("19\u00a0January\u00a02022", D(2022, 1, 19)),
        ("held on25thJanuary 2022", D(2022, 1, 25)),
        ("19 January, 2022", D(2022, 1, 19)),
    ],
)
def test_single_days(text: str, expected: date) -> None:
    found = _one(text)
    assert (found.start, found.end, found.precision) == (expected, None, "day")
    assert parse_date(text) == expected


def test_year_from_context() -> None:
    found = _one("before the deadline initially set for the 21 January.", default_year=2022)
    assert (found.start, found.text) == (D(2022, 1, 21), "21 January")  # the sentence dot is not part of it
    assert find_dates("set for the 21 January.") == []  # no year known: skipped
    assert parse_date("21 January", default_year=2019) == D(2019, 1, 21)


def test_range_year_taken_from_its_end() -> None:
    found = _one("30 December - 2 January 2024")
    assert (found.start, found.end) == (D(2023, 12, 30), D(2024, 1, 2))
    found = _one("30 December 2021 - 2 January")
    assert (found.start, found.end) == (D(2021, 12, 30), D(2022, 1, 2))
    found = _one("from 30 May to 3 June", default_year=2025)
    assert (found.start, found.end) == (D(2025, 5, 30), D(2025, 6, 3))


def test_open_ended() -> None:
    found = _one("will be held on 15 March onwards and", default_year=2022)
    assert (found.start, found.end, found.open_ended) == (D(2022, 3, 15), None, True)
    assert found.text == "15 March onwards"
    assert not _one("starts on 15 March and", default_year=2022).open_ended


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("met in September 2021 to discuss", D(2021, 9, 1), None),
        ("during the period of November 2020 – November 2021.", D(2020, 11, 1), D(2021, 11, 30)),
        ("January–March 2022", D(2022, 1, 1), D(2022, 3, 31)),
        ("Feb 2024", D(2024, 2, 1), None),
        ("December, 2021", D(2021, 12, 1), None),
        ("will meet in March and April 2033", D(2033, 3, 1), D(2033, 4, 30)),
        ("in the May/June 2034 cluster", D(2034, 5, 1), D(2034, 6, 30)),
        ("between October 2032 and January 2033", D(2032, 10, 1), D(2033, 1, 31)),
    ],
)
def test_month_precision(text: str, start: date, end: date | None) -> None:
    found = _one(text)
    assert (found.start, found.end, found.precision) == (start, end, "month")


def test_years_only_on_request() -> None:
    text = "the review in 2025 and the Strategic Plan for 2024-2027 (Rev. Dubai, 2018)"
    assert find_dates(text) == []
    found = find_dates(text, years=True)
    assert [(d.text, d.start, d.end, d.precision) for d in found] == [
        ("2025", D(2025, 1, 1), None, "year"),
        ("2024-2027", D(2024, 1, 1), D(2027, 12, 31), "year"),
        ("2018", D(2018, 1, 1), None, "year"),
    ]
    # a year inside a date is not reported again
    assert [d.text for d in find_dates("on 7 March 2022", years=True)] == ["7 March 2022"]


@pytest.mark.parametrize(
    "text",
    [
        "31 February 2022",
        "30-3 June 2022",  # backwards
        "You may 5 times",  # lower-case "may" is a verb
        "WSIS&SDG-38/2 and C22/45-E",
        "PP-18 Resolution 140 (Rev. Dubai, 2018)",
        "Agenda items 1-7, which",
        "the 50:50 gender inclusion",
        "section 5.4.1. on",
        "www.wsis.org/forum",
        "Mayor of the city",
        "2022-13-45",
        "45.01.2022",
        "31/02/2022",
        "Document C22/45/2022",  # a symbol, not a day and a month
        "SG1/12/2024-E",
    ],
)
def test_no_dates(text: str) -> None:
    assert find_dates(text, default_year=2022) == []
    assert parse_date(text, default_year=2022) is None


def test_invalid_part_does_not_hide_valid_date() -> None:
    assert [d.text for d in find_dates("31 February and 3 March 2022")] == ["3 March 2022"]


def test_several_dates_in_order_with_offsets() -> None:
    text = "Forum from 15 March onwards, final week 30 May – 3 June 2022; deadline 7 March 2022."
    found = find_dates(text, default_year=2022)
    assert [d.text for d in found] == ["15 March onwards", "30 May – 3 June 2022", "7 March 2022"]
    for d in found:
        assert text[d.span[0] : d.span[1]] == d.text
    assert [d.span[0] for d in found] == sorted(d.span[0] for d in found)


def test_month_table_comes_from_data() -> None:
    months = month_numbers()
    assert months["January"] == months["Jan"] == months["JAN"] == 1
    assert months["Sept"] == 9
    assert "may" not in months


def test_sample_report_dates() -> None:
    lines = [
        re.sub(r"\[bookmark: [^\]]*\]", "", line).strip() for line in SAMPLE.read_text(encoding="utf-8").splitlines()
    ]
    found = {d.text: d for line in lines if line for d in find_dates(line, default_year=2022)}
    assert (found["19-20 January 2022"].start, found["19-20 January 2022"].end) == (D(2022, 1, 19), D(2022, 1, 20))
    assert found["15 March onwards"].open_ended
    assert found["30 May – 3 June 2022"].end == D(2022, 6, 3)
    assert (found["28 Mar - 01 Apr 2022"].start, found["28 Mar - 01 Apr 2022"].end) == (D(2022, 3, 28), D(2022, 4, 1))
    assert found["17-19 November 2021"].start == D(2021, 11, 17)
    assert found["13 to 23 December 2021"].end == D(2021, 12, 23)
    assert found["1-4 March 2022"].end == D(2022, 3, 4)
    assert found["17 December 2021"].start == D(2021, 12, 17)
    assert found["21 January"].start == D(2022, 1, 21)
    assert found["November 2020 – November 2021"].precision == "month"
    assert found["September 2021"].start == D(2021, 9, 1)
    assert found["24 December 2021"].start == D(2021, 12, 24)
    assert found["19 January 2022"].start == D(2022, 1, 19)


@pytest.mark.parametrize(
    "text",
    [
        "It proposes to meet in the second half of September 2031.",
        "The Group agreed to hold its tenth meeting in the third week of May 2032.",
        "The seminar will take place in the first fortnight of March 2030.",
        "A review is planned for the last quarter of June 2031.",
    ],
)
def test_a_part_of_a_month_is_no_date_of_the_month(text: str) -> None:
    """``date_words.csv``, role ``month-part``: half, quarter, third, week, fortnight of a month."""
    assert find_dates(text) == []
    assert [d.start for d in find_dates("It proposes to meet in September 2031.")] == [date(2031, 9, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The Office would organize a regional workshop on pricing in Lima in early March 2031.",
        "A coordination meeting of the regional offices will be held in mid-October 2033 in Bangkok.",
        "The expert meeting is foreseen for late August 2030.",
        "Early February 2032 was suggested for the consultation.",
        "The Group will meet again in the middle of June 2031.",
    ],
)
def test_a_stage_of_a_month_is_no_date_of_the_month(text: str) -> None:
    """``date_words.csv``, role ``month-stage`` (early, mid, late) and ``middle of`` (role ``month-part``): a
    stage of a month is no date of it (the corpus convention of a half or a quarter); a day keeps its date."""
    assert find_dates(text) == []
    assert find_dates(text, 2030, months=True) == []
    assert [d.start for d in find_dates("The seminar was held on 3 May 2031, late in the day.")] == [date(2031, 5, 3)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Last year, at the symposium held on 22 June, the regulators agreed.", date(2030, 6, 22)),
        ("The previous year the Forum met on 3-4 March in Quito.", date(2030, 3, 3)),
        ("Next year, the academy will open on 9 February.", date(2032, 2, 9)),
        ("The workshop of 22 June was useful. Last year it was not held.", date(2031, 6, 22)),
        ("Last year, the forum was held on 5 May 2027.", date(2027, 5, 5)),
    ],
)
def test_a_date_without_its_year_after_last_year_or_next_year_is_of_that_year(text: str, start: date) -> None:
    assert find_dates(text, 2031)[0].start == start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the Board met on 3 and 4 March and on 12 October 2027",
            [(date(2027, 3, 3), date(2027, 3, 4)), (date(2027, 10, 12), None)],
        ),
        ("held on 28 December and on 3 January 2030", [(date(2029, 12, 28), None), (date(2030, 1, 3), None)]),
        (
            "on 2 May, 6 June and 1 July 2031",
            [(date(2031, 5, 2), None), (date(2031, 6, 6), None), (date(2031, 7, 1), None)],
        ),
    ],
)
def test_a_list_of_dates_takes_the_year_written_at_its_end(text: str, expected: list) -> None:
    assert [(d.start, d.end) for d in find_dates(text, 2020)] == expected


def test_two_days_of_two_months_joined_by_and_are_no_range() -> None:
    found = find_dates("on 30 June and 1 July 2031", 2031)
    assert [(d.start, d.end) for d in found] == [(date(2031, 6, 30), None), (date(2031, 7, 1), None)]
    assert [(d.start, d.end) for d in find_dates("from 30 June to 1 July 2031")] == [
        (date(2031, 6, 30), date(2031, 7, 1))
    ]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The Board will take up the matter at its meeting in Lima in November.", date(2030, 11, 1)),
        ("The review is expected to conclude in December.", date(2030, 12, 1)),
        ("Results will be presented during March at the Forum.", date(2030, 3, 1)),
        ("Since the last meeting in October, the Board has met online.", date(2030, 10, 1)),
        # the subject right after the month, no comma: "the" opens it, not a day ("in May the 3rd")
        ("This year is special: in December the Assembly will hold its review.", date(2030, 12, 1)),
        ("In July the Bureau will open the call for proposals.", date(2030, 7, 1)),
        ("The Council decided that in March the Group would meet online.", date(2030, 3, 1)),
    ],
)
def test_a_month_alone_is_of_the_default_year_on_request(text: str, start: date) -> None:
    (found,) = find_dates(text, 2030, months=True)
    assert (found.start, found.precision, found.year_written) == (start, "month", False)
    assert find_dates(text, 2030) == []  # only on request (events), never for deadlines or meetings


@pytest.mark.parametrize(
    "text",
    [
        "in May 2031",
        "in 3 May",
        "in March of that year",
        "in the second half of June",
        "in early June",
        "in mid-June",
        "in May the 3rd",
        "in May the third",
    ],
)
def test_a_month_with_a_day_a_year_or_a_part_is_not_a_month_alone(text: str) -> None:
    assert all(d.year_written or d.precision == "day" for d in find_dates(text, 2030, months=True))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("will meet from Tuesday, 4 March, to Thursday, 6 March 2031.", D(2031, 3, 4), D(2031, 3, 6)),
        ("from Monday 9 to Wednesday 11 November 2027", D(2027, 11, 9), D(2027, 11, 11)),
        ("from 29 June to Friday 2 July 2032", D(2032, 6, 29), D(2032, 7, 2)),
        ("held 30 April until Sunday, 2 May 2026", D(2026, 4, 30), D(2026, 5, 2)),
        ("Monday 28 June - Wednesday 7 July 2027", D(2027, 6, 28), D(2027, 7, 7)),
        ("Tuesday 4th and Wednesday 5th October 2028", D(2028, 10, 4), D(2028, 10, 5)),
        ("Lima, Hall 4 – Tuesday 13 June 2028, 10:00", D(2028, 6, 13), None),  # a room's number is no day
    ],
)
def test_a_weekday_before_the_end_of_a_range_keeps_it_one_range(text: str, start: date, end: date | None) -> None:
    assert [(d.start, d.end) for d in find_dates(text, 2000)] == [(start, end)]


def test_a_date_with_its_year_and_a_comma_before_to_ends_no_range() -> None:
    text = "the period from the Summit, held from 8 to 10 March 2027, to 31 October 2027."
    assert [(d.start, d.end) for d in find_dates(text)] == [(D(2027, 3, 8), D(2027, 3, 10)), (D(2027, 10, 31), None)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("(Tashkent, 02/11/2029 – 04/11/2029)", D(2029, 11, 2), D(2029, 11, 4)),
        ("from 30.12.2030 to 02.01.2031", D(2030, 12, 30), D(2031, 1, 2)),
        ("held 2031-03-30 - 2031-04-01 online", D(2031, 3, 30), D(2031, 4, 1)),
    ],
)
def test_two_numeric_days_of_one_form_joined_by_a_dash_or_to_are_a_range(text: str, start: date, end: date) -> None:
    assert [(d.start, d.end) for d in find_dates(text)] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("the Team had met four times between 14.09.2032 and 03.10.2032, and agreed", D(2032, 9, 14), D(2032, 10, 3)),
        ("run online Between 2030-01-27 and 2030-03-02 for the region", D(2030, 1, 27), D(2030, 3, 2)),
        ("assessments were made between 11/06/2031 & 22/07/2031.", D(2031, 6, 11), D(2031, 7, 22)),
    ],
)
def test_two_numeric_days_joined_by_and_after_between_are_a_range(text: str, start: date, end: date) -> None:
    assert [(d.start, d.end) for d in find_dates(text)] == [(start, end)]


def test_two_numeric_days_joined_by_and_without_between_are_two_days() -> None:
    found = find_dates("the Team met on 14.09.2032 and 03.10.2032")
    assert [(d.start, d.end) for d in found] == [(D(2032, 9, 14), None), (D(2032, 10, 3), None)]


# ------------------------------------------------------------------ OCR look-alike letters in days
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("the meeting held from l4 to 19 March 2034", date(2034, 3, 14), date(2034, 3, 19)),
        ("the Assembly would meet from l1 to l3 October 2034", date(2034, 10, 11), date(2034, 10, 13)),
        ("the session of 1l-I2 May 2036", date(2036, 5, 11), date(2036, 5, 12)),
    ],
)
def test_the_first_day_of_a_range_printed_with_ocr_look_alikes_is_read_as_digits(
    text: str, start: date, end: date | None
) -> None:
    from wsiskg.ingest.text import normalize

    assert [(d.start, d.end) for d in find_dates(normalize(text))] == [(start, end)]


@pytest.mark.parametrize("text", ["Document C34/l2 of the Council", "items l2 and 14 of the list"])
def test_look_alike_letters_away_from_a_day_before_a_month_stay_letters(text: str) -> None:
    from wsiskg.ingest.text import normalize

    assert normalize(text) == text


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Day 0 – 31 August: meeting of the regional regulators.", [(date(2031, 8, 31), None)]),
        ("Day 0 - 14 March 2032 (pre-event workshops)", [(date(2032, 3, 14), None)]),
        ("Day 0 – 12 May 2031: arrival of delegations", [(date(2031, 5, 12), None)]),
    ],
)
def test_a_day_zero_is_no_day_of_a_month(text: str, days: list) -> None:
    """``Day 0 – 31 August`` is a programme's day 0 and then a date, not the range from the 1st."""
    assert [(d.start, d.end) for d in find_dates(text, 2031)] == days


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Day 1 — 3 June 2031: opening of the forum", D(2031, 6, 3)),
        ("DAY 2 – 14 November 2032, Conference Room B", D(2032, 11, 14)),
        ("Session 3 - 9 February 2033 (afternoon)", D(2033, 2, 9)),
        ("Week 2 – 21 April 2031: field visits", D(2031, 4, 21)),
    ],
)
def test_a_programmes_number_label_before_a_day_opens_no_range(text: str, start: date) -> None:
    """``Day 1 — 3 June``: the number after a label (``date_words.csv``, role ``number-label``) is no first
    day of a range; the date is the day after the dash alone."""
    found = _one(text)
    assert (found.start, found.end) == (start, None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The workshop was held on 1 – 3 June 2031.", D(2031, 6, 1), D(2031, 6, 3)),
        ("the WSIS Forum session 3-5 May 2031 took stock", D(2031, 5, 3), D(2031, 5, 5)),  # lower case: a session
    ],
)
def test_a_range_after_no_label_stays_a_range(text: str, start: date, end: date) -> None:
    found = _one(text)
    assert (found.start, found.end) == (start, end)


# ------------------------------------------------------------------ a weekday says which year a yearless date is of
@pytest.mark.parametrize(
    ("text", "default", "start", "end"),
    [
        # 9 November is a Thursday in 2028, not in 2029
        ("Statement at the sixth Plenary Meeting, Thursday 9 November", 2029, D(2028, 11, 9), None),
        # 10 December is a Wednesday in 2031, not in 2030
        ("the Summit, which will open here on Wednesday, 10 December.", 2030, D(2031, 12, 10), None),
        ("the closing ceremony on Saturday, the 4th of May", 2031, D(2030, 5, 4), None),
        ("The Forum ran from Monday 3 to Friday 7 May.", 2028, D(2027, 5, 3), D(2027, 5, 7)),
    ],
)
def test_a_weekday_written_with_a_yearless_date_gives_its_year(
    text: str, default: int, start: date, end: date | None
) -> None:
    found = _one(text, default)
    assert (found.start, found.end, found.year_written) == (start, end, True)


@pytest.mark.parametrize(
    ("text", "default", "start"),
    [
        ("on Thursday 9 November", 2028, D(2028, 11, 9)),  # the default year's own weekday
        ("on Monday 9 November", 2029, D(2029, 11, 9)),  # no Monday a year before or after: as written
        ("on Friday 9 November 2029", 2020, D(2029, 11, 9)),  # a year written wins
    ],
)
def test_a_weekday_that_agrees_or_fits_no_near_year_leaves_the_date(text: str, default: int, start: date) -> None:
    assert _one(text, default).start == start


# ---------------------------------------------------------------- a month's name split by OCR
@pytest.mark.parametrize(
    ("text", "start", "end", "span"),
    [
        (
            "The Group held its seventeenth meeting on 26 and 27 Ma y 2031 in Lima.",
            D(2031, 5, 26),
            D(2031, 5, 27),
            (42, 61),
        ),
        ("The Forum will take place from 3 to 5 Nov ember 2030.", D(2030, 11, 3), D(2030, 11, 5), (31, 52)),
        ("Quito, 12-14 Sep- tember 2032", D(2032, 9, 12), D(2032, 9, 14), (7, 29)),
        ("The seminar is planned for Octo ber 2033 in Apia.", D(2033, 10, 1), None, (27, 40)),
    ],
)
def test_a_month_split_by_ocr_is_read_as_the_month(text: str, start: date, end: date | None, span: tuple) -> None:
    """A space (or a hyphen and a space) inside a month's name, next to a day or before a year, is a scanning
    fault: the month is read, the offsets stay those of the text as written (``date_finder.joined_months``)."""
    (found,) = find_dates(text, 2031)
    assert (found.start, found.end, found.span) == (start, end, span)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 Ma be there with the Group.",  # the parts make no month
        "The Con ference 2031 was opened.",
        "The delegate of Ju ly asked for the floor.",  # a month's parts with no day or year next to them
    ],
)
def test_split_words_that_make_no_month_next_to_a_day_or_a_year_are_no_date(text: str) -> None:
    assert [d for d in find_dates(text, 2031) if d.precision != "year"] == []


@pytest.mark.parametrize(
    ("text", "default", "start", "end"),
    [
        (
            "The Council met in Lisbon from 14 March to the morning of 17 March 2031.",
            None,
            D(2031, 3, 14),
            D(2031, 3, 17),
        ),
        ("The panel sat from 4 to the afternoon of 7 June 2030 in Quito.", None, D(2030, 6, 4), D(2030, 6, 7)),
        ("from Monday 9 May until the evening of Wednesday 11 May 2029", None, D(2029, 5, 9), D(2029, 5, 11)),
        ("The Board met from 28 October to the morning of 1 November.", 2032, D(2032, 10, 28), D(2032, 11, 1)),
    ],
)
def test_a_range_ending_in_a_part_of_its_last_day_is_one_range(
    text: str, default: int | None, start: date, end: date
) -> None:
    span = _one(text, default)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The Group met in Geneva on Monday 10 March 2031, continuing on the morning of 11 March.",
            D(2031, 3, 10),
            D(2031, 3, 11),
        ),
        ("The Panel sat on 6 May 2030, continued on 7 May 2030.", D(2030, 5, 6), D(2030, 5, 7)),
        ("The Panel sat on 6 May 2030, continuing until 19 May.", D(2030, 5, 6), None),
    ],
)
def test_a_day_and_the_next_the_meeting_went_on_to_are_one_range(text: str, start: date, end: date | None) -> None:
    span = find_dates(text)[0]
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "to be held in Apia from seventeen to nineteen October 2031, hosted by",
            date(2031, 10, 17),
            date(2031, 10, 19),
        ),
        ("The seminar met between two and four May 2031.", date(2031, 5, 2), date(2031, 5, 4)),
        ("from twenty-one to twenty-three June 2031", date(2031, 6, 21), date(2031, 6, 23)),
    ],
)
def test_a_range_of_days_written_as_cardinal_words(text: str, start: date, end: date) -> None:
    """``from seventeen to nineteen October``: both days written as cardinal words after ``from``/``between``."""
    found = find_dates(text)
    assert [(d.start, d.end) for d in found] == [(start, end)]


@pytest.mark.parametrize(
    "text",
    ["Three to five November meetings were planned in 2031.", "from one to three members in May 2031"],
)
def test_cardinal_words_are_no_days_outside_a_range_before_a_month(text: str) -> None:
    assert all(d.precision != "day" for d in find_dates(text))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("MOMBASA, KENYA, 12TH – 16TH OCTOBER 2031", D(2031, 10, 12), D(2031, 10, 16)),
        ("KIGALI, 1ST TO 3RD JUNE 2030", D(2030, 6, 1), D(2030, 6, 3)),
        ("LUSAKA, 22ND MARCH 2032", D(2032, 3, 22), None),
        ("HELD ON NOVEMBER 23RD, 2029", D(2029, 11, 23), None),
    ],
)
def test_a_day_with_its_ordinal_suffix_in_capitals(text: str, start: date, end: date | None) -> None:
    """A dateline in capitals writes the day's ordinal suffix in capitals too (``27TH – 31ST MARCH 2031``): read as
    ``27th – 31st March 2031`` is."""
    found = _one(text)
    assert (found.start, found.end) == (start, end)

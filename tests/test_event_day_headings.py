"""Events dated by the day heading they are written under (``event_day_headings.dated_by_day_heading``): an
undated event whose name opens a paragraph below a line of a day (``HIGHLIGHTS OF DAY 2 - TUESDAY, 4 MARCH``,
``Day 3 – Wednesday, 5 March``, or two or more bare day lines) took place on that day. Not a single bare dated
line (a speech's date line), not a paragraph writing a date or another year, not a name that does not open the
paragraph, not an event named outside the day's paragraphs. Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days, make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.event_day_headings import day_heading

D = date
AWARDS = "The Island Connectivity Awards ceremony, held in the main hall, recognized twelve projects."
KEY = "island-connectivity-awards-ceremony"


@pytest.mark.parametrize(
    ("text", "day", "labelled"),
    [
        ("HIGHLIGHTS OF DAY 2 - TUESDAY, 4 MARCH", D(2031, 3, 4), True),
        ("Highlights – Friday 7 March 2031", D(2031, 3, 7), True),
        ("Day 3 – Wednesday, 5 March", D(2031, 3, 5), True),
        ("Thursday, 6 March", D(2031, 3, 6), False),
    ],
)
def test_a_line_of_a_day_after_a_label_is_a_day_heading(text: str, day: date, labelled: bool) -> None:
    found = day_heading(text, 2031)
    assert found is not None and (found[0].start, found[1]) == (day, labelled)


@pytest.mark.parametrize(
    "text", ["Day 3 – Adoption of the guidelines", "Highlights of the week", "Thursday, 6 March 2031, at 0930 hours"]
)
def test_a_line_that_is_not_only_a_day_is_no_day_heading(text: str) -> None:
    assert day_heading(text, 2031) is None


@pytest.mark.parametrize(
    "texts",
    [
        ("HIGHLIGHTS OF DAY 2 - TUESDAY, 4 MARCH 2031", AWARDS),
        ("Day 2 – Tuesday, 4 March 2031", "Evening: " + AWARDS.replace("The ", "the ", 1)),
        (
            "The Coral Coast Digital Week was held in Suva.",
            "Monday, 3 March 2031",
            "Opening speeches by the ministers of the region.",
            "Tuesday, 4 March 2031",
            AWARDS,
        ),
    ],
)
def test_an_undated_event_opening_a_paragraph_under_a_day_heading_takes_that_day(texts: tuple[str, ...]) -> None:
    assert event_days("Highlights", *texts).get(KEY) == (D(2031, 3, 4), None)


@pytest.mark.parametrize(
    "texts",
    [
        ("Opening remarks by the Director", "Tuesday, 4 March 2031", AWARDS),  # one bare date line: a speech's
        ("HIGHLIGHTS OF DAY 2 - TUESDAY, 4 MARCH 2031", AWARDS.replace("projects", "projects of 2029")),
        ("HIGHLIGHTS OF DAY 2 - TUESDAY, 4 MARCH 2031", "Ministers recalled that " + AWARDS[0].lower() + AWARDS[1:]),
        (AWARDS, "HIGHLIGHTS OF DAY 2 - TUESDAY, 4 MARCH 2031", AWARDS),  # named before the day's heading too
    ],
)
def test_other_events_under_a_day_heading_stay_undated(texts: tuple[str, ...]) -> None:
    assert event_days("Highlights", *texts).get(KEY) == (None, None)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("PLENARY AND SIDE EVENTS - HIGHLIGHTS OF THURSDAY, 6 MARCH", D(2031, 3, 6)),
        ("MINISTERIAL TRACK – HIGHLIGHTS – FRIDAY 7 MARCH 2031", D(2031, 3, 7)),
    ],
)
def test_a_title_in_capitals_and_a_dash_may_open_a_day_heading(text: str, day: date) -> None:
    # round 55: a title before the label
    found = day_heading(text, 2031)
    assert found is not None and (found[0].start, found[1]) == (day, True)


def test_a_title_and_a_dash_before_a_day_without_a_label_is_no_day_heading() -> None:
    assert day_heading("PLENARY AND SIDE EVENTS - THURSDAY, 6 MARCH", 2031) is None


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (
            (
                "HIGHLIGHTS OF DAY 2 - TUESDAY, 4 MARCH 2031",
                "Ministerial Round Table 3: Harbour links",
                "Ministers from nine island states discussed shared landing stations.",
            ),
            "Ministerial Round Table 3: Harbour links",
        ),
        (
            (
                "PLENARY AND SIDE EVENTS - HIGHLIGHTS OF TUESDAY, 4 MARCH 2031",
                "The Forum entered its second day.",
                "Thematic Workshop 118: Open maps",
                "Organized by the Coral Coast Mapping Institute, the workshop heard five speakers.",
            ),
            "Thematic Workshop 118: Open maps",
        ),
        (
            (
                "Monday, 3 March 2031",
                "Opening speeches by the ministers of the region.",
                "Tuesday, 4 March 2031",
                "Youth Dialogue",
                "The dialogue was opened by a student from Tonga.",
            ),
            "Youth Dialogue",
        ),
    ],
)
def test_a_sessions_heading_line_under_a_day_heading_is_an_event_on_that_day(texts: tuple[str, ...], name: str) -> None:
    found = {e.name: (e.start, e.end) for e in extract(make_report(*texts, title="Highlights")).events}
    assert found.get(name) == (D(2031, 3, 4), None)


def test_a_sessions_heading_line_under_no_day_heading_is_not_dated() -> None:
    texts = ("Ministerial Round Table 3: Harbour links", "Ministers discussed shared landing stations on 4 March 2031.")
    found = {e.name: e.start for e in extract(make_report(*texts, title="Highlights")).events}
    assert found.get("Ministerial Round Table 3: Harbour links") is None

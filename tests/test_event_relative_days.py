"""Events dated by a day named relative to the report's own day (``event_relative_days.dated_by_relative_day``):
``yesterday`` and ``tomorrow`` in a speech dated by one day, or under a highlights report's day heading. Not where
the report's day is a range, not in a sentence writing a date or another year, not ``of tomorrow``. Names, places
and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days, make_report

from wsiskg.ingest.extract.event_relative_days import _anchor
from wsiskg.ingest.extract.events import find_events
from wsiskg.ingest.records import Meeting

D = date


def _named(days: dict[str, tuple[date | None, date | None]], word: str) -> tuple[date | None, date | None]:
    found = [v for k, v in days.items() if word in k]
    assert len(found) == 1, days
    return found[0]


@pytest.mark.parametrize(
    ("texts", "word", "day"),
    [
        (
            (
                "Port Vila, Vanuatu, 18 February 2031",
                "Keynote address by the Director",
                "Let me thank the ministers who met here yesterday at the Melanesian Connectivity Summit for the "
                "frank exchange they opened with us.",
            ),
            "melanesian",
            D(2031, 2, 17),
        ),
        (
            (
                "Kingston, Jamaica, 4-6 March 2032",
                "Opening remarks by the Chair",
                "Wednesday, 5 March 2032",
                "I hope many of you will join the Caribbean Spectrum Pricing Roundtable tomorrow, where regulators "
                "will compare their auction rules.",
            ),
            "caribbean",
            D(2032, 3, 6),
        ),
        (
            (
                "HIGHLIGHTS OF DAY 2 - TUESDAY, 4 MARCH 2031",
                "Morning: opening of the exhibition",
                "Tomorrow: the Island Connectivity Awards ceremony, held in the main hall, will recognize twelve "
                "projects.",
            ),
            "island",
            D(2031, 3, 5),
        ),
    ],
)
def test_an_event_named_with_yesterday_or_tomorrow_takes_that_day(texts, word, day):
    assert _named(event_days("Remarks", *texts), word) == (day, None)


@pytest.mark.parametrize(
    "texts",
    [
        (  # the report's day is a range: which of its days is unsaid
            "Suva, 3 and 4 May 2031",
            "Keynote address by the Director",
            "Let me thank the ministers who met here yesterday at the Melanesian Connectivity Summit.",
        ),
        (  # another year in the sentence
            "Port Vila, Vanuatu, 18 February 2031",
            "Keynote address by the Director",
            "Tomorrow we will discuss the Melanesian Connectivity Summit, foreseen for 2033.",
        ),
        (  # the future in general
            "Port Vila, Vanuatu, 18 February 2031",
            "Keynote address by the Director",
            "The Melanesian Connectivity Summit trained the regulators of tomorrow.",
        ),
    ],
)
def test_no_relative_day_dates_an_event_otherwise(texts):
    assert _named(event_days("Remarks", *texts), "melanesian") == (None, None)


def _with_meeting(*texts: str) -> dict[str, tuple[date | None, date | None]]:
    own = Meeting("andean-regulators-forum", start=D(2031, 9, 8), end=D(2031, 9, 11))
    return {e.name: (e.start, e.end) for e in find_events(make_report(*texts), meeting=own)}


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("Delegates met at the Andean Ministerial Roundtable on the opening day.", "Andean", 8),
        (
            "On the third day, the Forum held the Quechua Content Dialogue with the national broadcasters.",
            "Quechua",
            10,
        ),
        ("During the final day, regulators joined the Amazon Spectrum Roundtable.", "Amazon", 11),
    ],
)
def test_an_event_on_a_day_of_the_own_meeting_by_its_rank_takes_that_day(text, word, day):
    found = [v for k, v in _with_meeting(text).items() if word in k]
    assert found == [(D(2031, 9, day), None)]


@pytest.mark.parametrize(
    "text",
    [
        # past the meeting's last day
        "On the sixth day, the Forum held the Quechua Content Dialogue with the national broadcasters.",
        # another event's day
        "The Quechua Content Dialogue took place on the second day of the Lima Media Week.",
        # "its": the day of the event it names
        "The Quechua Content Dialogue presented its findings on its final day.",
    ],
)
def test_no_day_of_the_own_meeting_otherwise(text):
    found = [v for k, v in _with_meeting(text).items() if "Quechua" in k]
    assert found and all(v == (None, None) for v in found)


@pytest.mark.parametrize(
    ("texts", "word", "day"),
    [
        (  # round 55: a generic event no reader finds undated, read again with the day in the word's place
            (
                "HIGHLIGHTS OF DAY 2 - TUESDAY, 4 MARCH 2031",
                "The Forum continued with its thematic workshops.",
                "Tomorrow: a joint session of UNESCO and the Pacific Community on the road map for the Ocean Data "
                "Summit, foreseen for 2033.",
            ),
            "joint-session",
            D(2031, 3, 5),
        ),
        (
            (
                "Apia, Samoa, 9 June 2032",
                "Remarks by the Minister",
                "I look forward to hearing your ideas during the youth session tomorrow afternoon.",
            ),
            "youth-session",
            D(2032, 6, 10),
        ),
        (
            (
                "Honiara, 14 October 2031",
                "Statement by the Director",
                "Many of you took part in the regional consultation on spectrum pricing yesterday in this hall.",
            ),
            "consultation",
            D(2031, 10, 13),
        ),
    ],
)
def test_an_event_named_only_with_a_relative_day_is_read_on_that_day(
    texts: tuple[str, ...], word: str, day: date
) -> None:
    assert _named(event_days("Highlights", *texts), word) == (day, None)


def test_a_sentence_writing_its_own_date_is_not_read_again() -> None:
    days = event_days(
        "Remarks",
        "Apia, Samoa, 9 June 2032",
        "Tomorrow we open the youth session, and on 12 June 2032 the exhibition closes.",
    )
    assert not [k for k in days if "youth-session" in k]


def test_today_names_the_reports_own_day() -> None:
    # round 55: ``today`` counts no day from the report's
    days = event_days(
        "Remarks",
        "Apia, Samoa, 9 June 2032",
        "Remarks by the Minister",
        "The launch of the Pacific Data Atlas will take place at 18:00 today at the exhibition stand.",
    )
    assert _named(days, "pacific-data-atlas") == (D(2032, 6, 9), None)


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "The Conference will be preceded by the Andean Regulators Symposium on 3 March 2032 and by the meeting of "
            "heads of delegation on the same day at 17:00.",
            "delegation",
            D(2032, 3, 3),
        ),
        (
            "The Bureau will host a reception in Apia on 12 June 2031. The Island Data Task Force, chaired by Ms Lui "
            "(Samoa), will meet on the same afternoon.",
            "task-force",
            D(2031, 6, 12),
        ),
        (
            "The Committee asked the drafting group to meet again on 9 October 2033 and to report to the fourth "
            "meeting of the Committee on the following day.",
            "committee",
            D(2033, 10, 10),
        ),
    ],
)
def test_an_event_on_the_same_or_the_following_day_takes_it_from_the_day_written_before(text, word, day):
    """``date_words.csv`` role ``anchored-day`` (``event_relative_days._anchored``): a day relative to the last day
    written before it in the paragraph."""
    found = {k: v for k, v in event_days("Note", "Note by the Secretariat", text).items() if word in k}
    assert [v[0] for v in found.values()] == [day], found


def test_no_day_written_before_gives_no_anchored_day():
    found = event_days("Note", "Note by the Secretariat", "The Youth Mentoring Workshop will be held on the same day.")
    assert all(v == (None, None) for k, v in found.items() if "mentoring" in k), found


@pytest.mark.parametrize(
    "text",
    [
        "held on the same day as the Lima Media Week",  # another event's day
        "on the following day of the Forum",
        "on the following day, 4 May",  # its date is written
    ],
)
def test_a_day_of_another_event_or_with_its_date_is_no_anchored_day(text):
    assert _anchor().search(text) is None

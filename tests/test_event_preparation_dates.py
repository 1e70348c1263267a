"""The dates of a meeting held for the preparation of a conference are not the conference's
(``event_mention_dates.prepared_for_dates``): a header line ``The 9th Meeting – Preparations for WRC-31`` over
the meeting's dateline, and a sentence ``the Working Group for the preparation of WTDC-29 (...) was held in ...
from ... to ...`` leave the conference to the dates the text gives it itself. Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days

from wsiskg.ingest.extract.event_mention_dates import prepared_for_dates
from wsiskg.ingest.extract.events import event_mentions

D = date


@pytest.mark.parametrize(
    ("lines", "key", "start"),
    [
        (
            (
                "Andean Spectrum Group (ASG)",
                "The 9th Meeting – Preparations for WRC-31",
                "Lima, Peru, 3rd-5th May 2031",
                "The Group reviewed its draft common positions for WRC-31 (Manila, 27 October – 21 November 2031).",
            ),
            "wrc-31",
            D(2031, 10, 27),
        ),
        (
            (
                "Pacific Telecommunity Forum",
                "Sixth meeting - Preparation for PP-30",
                "Suva, 4-6 March 2030",
                "Members were reminded that PP-30 will take place in Doha from 1 to 19 October 2030.",
            ),
            "pp-30",
            D(2030, 10, 1),
        ),
        (
            (
                "Nordic Coordination Group",
                "Second meeting: preparations for WTDC-29",
                "Oslo, 12-13 February 2029",
                "The Chair recalled that WTDC-29 would be held in Nairobi from 5 to 16 November 2029.",
            ),
            "wtdc-29",
            D(2029, 11, 5),
        ),
    ],
)
def test_a_header_line_preparing_a_conference_does_not_date_it(lines: tuple[str, ...], key: str, start: date) -> None:
    assert event_days(None, *lines)[key][0] == start


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The fourth meeting of the Group for the preparation of WTSA-32 (GP WTSA) was held in Baku", "WTSA-32"),
        ("The second meeting of the Andean Group on the preparations for WRC-31 was held in Quito", "WRC-31"),
        ("the meeting held in Apia in preparation for PP-30, from 3 to 5 May 2029", "PP-30"),
    ],
)
def test_a_conference_named_after_its_preparation_is_what_a_meeting_prepares(text: str, code: str) -> None:
    (mention,) = [m for m in event_mentions(text, 2029) if text[m.span[0] : m.span[1]] == code]
    assert prepared_for_dates(text, mention)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Group reviewed the outcomes of WTSA-32, held in Baku from 3 to 12 May 2032", "WTSA-32"),
        ("Delegates prepared their positions at WRC-31 in Manila", "WRC-31"),
        # a preparation owned by no body or meeting: the event's own date may follow (``the Day of 10 May``)
        ("The Officer outlined the preparations for WTSA-32 of 3 May 2032", "WTSA-32"),
    ],
)
def test_a_conference_named_otherwise_is_not_a_purpose(text: str, code: str) -> None:
    (mention,) = [m for m in event_mentions(text, 2031) if text[m.span[0] : m.span[1]] == code]
    assert not prepared_for_dates(text, mention)

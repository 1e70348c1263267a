"""An event named in a text's name (``the report of WTDC-31``, ``its Report to WRC-35``, ``the draft GSR-33
Best Practice Guidelines``) is not dated by the sentence's date: that date is the text's (presented,
approved, circulated), not the event's. Its own dates right after its name still date it. Sentences,
events and dates are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.events import event_mentions

D = date


def _dated(text: str, year: int) -> dict[str, tuple[date | None, date | None]]:
    return {m.key: (m.start, m.end) for m in event_mentions(text, year)}


@pytest.mark.parametrize(
    ("text", "year", "key"),
    [
        ("The report of WTDC-33 (Document 12) was presented to the Council on 5 May 2033.", 2033, "wtdc-33"),
        ("The Preparatory Meeting approved its Report to WRC-35 on 14 March 2035.", 2035, "wrc-35"),
        ("The draft GSR-33 Best Practice Guidelines were circulated on 21 March 2033.", 2033, "gsr-33"),
        ("On 2 February 2034 the Secretariat published the Final Acts of PP-34 in six languages.", 2034, "pp-34"),
        ("The WTDC-33 Action Plan was endorsed by the Council on 9 June 2033.", 2033, "wtdc-33"),
        ("The outcome document of the WSIS Forum 2036 was issued on 30 July 2036.", 2036, "wsis-forum-2036"),
        # a one-off event (no year in its key): the adoption's day is the text's, inside the meeting's days or not
        (
            "Recalling the outcome document of the UNGA high-level meeting on the overall review, adopted on "
            "11 December 2034, the Board asked for a roadmap.",
            2035,
            "wsis-20-review",
        ),
        (
            "The declaration of the WSIS+20 review was welcomed by the regional commissions on 2 March 2035.",
            2035,
            "wsis-20-review",
        ),
    ],
)
def test_an_event_in_a_texts_name_takes_no_date_of_the_sentence(text: str, year: int, key: str) -> None:
    assert _dated(text, year)[key] == (None, None)


@pytest.mark.parametrize(
    ("text", "year", "key", "dates"),
    [
        (
            "The report of WTDC-33, held in Accra from 3 to 14 May 2033, was presented on 20 June 2033.",
            2033,
            "wtdc-33",
            (D(2033, 5, 3), D(2033, 5, 14)),
        ),
        (
            "The Final Acts of PP-34 (Quito, 1-19 October 2034) were signed by 140 Member States.",
            2034,
            "pp-34",
            (D(2034, 10, 1), D(2034, 10, 19)),
        ),
        (
            "Delegates met on 3 June 2035 to prepare WRC-35, which will be held from 2 to 27 November 2035.",
            2035,
            "wrc-35",
            (D(2035, 11, 2), D(2035, 11, 27)),
        ),
        (
            "WTDC-33 will be held from 3 to 14 May 2033 and will adopt an Action Plan.",
            2033,
            "wtdc-33",
            (D(2033, 5, 3), D(2033, 5, 14)),
        ),
        (
            "The UNGA high-level meeting on the overall review, held in New York on 10 and 11 December 2034, "
            "adopted its outcome document on 11 December.",
            2034,
            "wsis-20-review",
            (D(2034, 12, 10), D(2034, 12, 11)),
        ),
        (
            "The outcome document of the WSIS+20 review (New York, 10-11 December 2034) was published on "
            "20 January 2035.",
            2035,
            "wsis-20-review",
            (D(2034, 12, 10), D(2034, 12, 11)),
        ),
    ],
)
def test_an_event_in_a_texts_name_keeps_its_own_dates(text: str, year: int, key: str, dates: tuple[date, date]) -> None:
    assert _dated(text, year)[key] == dates


def test_a_verb_of_reporting_names_no_text() -> None:
    text = (
        "The secretariat will report to the Council Working Group on Child Online Protection (CWG-COP), whose "
        "30th meeting is scheduled for 28 September 2031."
    )
    assert _dated(text, 2031)["cwg-cop-30"] == (D(2031, 9, 28), None)


def test_a_numbered_meeting_in_a_reports_name_keeps_the_day_after_it() -> None:
    text = (
        "The Committee approved the report of the third meeting of the Council Working Group on Child Online "
        "Protection on 3 May 2031."
    )
    assert _dated(text, 2031)["cwg-cop-3"] == (D(2031, 5, 3), None)

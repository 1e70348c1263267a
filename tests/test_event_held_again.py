"""An event named without its dates and dated by the next sentence that holds it again as the
object of a verb of holding (``date_words.csv``, role ``hold``: ``host``, ``hold``, ``organize``,
``convene``): ``... a regional forum on spectrum pricing. Norland has offered to host it in Port Elm
from 3 to 5 May 2031`` (``event_dates.next_sentence_dates``). Not when the noun after ``the`` is
another's, nor when a date of that sentence stands before the verb. Sentences, bodies, places and
years are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import Section

D = date


def _starts(*texts: str) -> dict[str, date | None]:
    report = make_report(*texts, title="Summary record", sections=(Section("1", "Debate", None, 1),), section="1")
    return {e.name: e.start for e in extract(report).events}


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "We ask the Bureau to organize, with the regional office, a regional forum on spectrum pricing in 2031. "
            "Norland has kindly offered to host it in Port Elm from 3 to 5 May 2031.",
            "regional forum on spectrum pricing",
            D(2031, 5, 3),
        ),
        (
            "The delegate of Sylvania asked the secretariat to arrange an information session for new members "
            "before the end of the year. The Chair invited the secretariat to hold the session on 9 November 2032, "
            "during the meeting of the Group.",
            "information session for new members",
            D(2032, 11, 9),
        ),
        (
            "Several speakers called for a technical workshop on emergency alerting in the Caribbean. "
            "The Union agreed to convene the workshop on 14 February 2033 in Bridgetown.",
            "technical workshop on emergency alerting",
            D(2033, 2, 14),
        ),
    ],
)
def test_an_event_held_again_in_the_next_sentence_takes_its_dates(text: str, name: str, day: date) -> None:
    assert _starts(text).get(name) == day


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Norland has offered to host a coordination meeting with the regional office in Port Elm; it is "
            "proposed to hold this meeting on 18 and 19 November 2031.",
            "coordination meeting with the regional office",
            D(2031, 11, 18),
        ),
        (
            "The Bureau will organize a regional workshop on tower sharing in Sylvania. It is planned to convene "
            "this workshop from 2 to 4 March 2032 in Elmtown.",
            "regional workshop on tower sharing",
            D(2032, 3, 2),
        ),
        (
            "Delegates welcomed the offer of a technical seminar on satellite filings for the region. The Union "
            "agreed to organize that seminar on 7 June 2033.",
            "technical seminar on satellite filings for the region",
            D(2033, 6, 7),
        ),
    ],
)
def test_an_event_held_again_as_this_or_that_noun_takes_its_dates(text: str, name: str, day: date) -> None:
    assert _starts(text).get(name) == day


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "The delegate of Norland proposed that the Group hold an informal session with regional regulators "
            "during the WSIS Forum 2031 (Geneva, 3-7 May 2031); the Group agreed and it is proposed to hold that "
            "session on the morning of 4 May.",
            "informal session with regional regulators",
            D(2031, 5, 4),
        ),
        (
            "Sylvania proposed that the Bureau hold an information session on satellite filings at WRC-31 (Lima, "
            "3-28 November 2031). The Bureau agreed to organize the session on 10 November 2031.",
            "information session on satellite filings",
            D(2031, 11, 10),
        ),
    ],
)
def test_an_event_held_during_a_host_and_held_again_takes_its_own_day(text: str, name: str, day: date) -> None:
    assert _starts(text).get(name) == day


def test_an_event_held_during_a_host_and_not_held_again_takes_the_hosts_days() -> None:
    text = (
        "Sylvania proposed that the Bureau hold an information session on satellite filings at WRC-31 (Lima, "
        "3-28 November 2031). The Bureau agreed to report on the matter on 10 November 2031."
    )
    assert _starts(text).get("information session on satellite filings") == D(2031, 11, 3)


def test_another_noun_after_the_verb_dates_nothing() -> None:
    found = _starts(
        "Several speakers called for a technical workshop on emergency alerting in the Caribbean. "
        "The Union agreed to host the ministers on 14 February 2033 in Bridgetown."
    )
    assert found.get("technical workshop on emergency alerting") is None


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "The delegate of Paraguay asked the Chair to hold an informal consultation on the draft opinion before "
            "the Group's next meeting. The Chair agreed to convene it online on Tuesday, 18 February 2031.",
            "informal consultation on the draft opinion",
            D(2031, 2, 18),
        ),
        (
            "Members welcomed the offer of a briefing on satellite filings for new delegates. The Bureau will "
            "organize the briefing in person in Nairobi on 9 September 2032.",
            "briefing on satellite filings for new delegates",
            D(2032, 9, 9),
        ),
    ],
)
def test_the_way_an_event_held_again_is_held_stands_before_its_dates(text: str, name: str, day: date) -> None:
    """A mode of holding after the object (``meeting_words.csv``, role ``mode``: ``online``, ``in person``)."""
    assert _starts(text).get(name) == day

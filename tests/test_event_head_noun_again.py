"""An event named in full and then again by its head noun in the same paragraph, the dates after the head noun
(``the X Summit ... the summit held in Y on ...``, ``The Forum itself is scheduled for ...``, ``this Conference,
which runs from ...``): the dates are the named event's, and no second event is made. Sentences, names, places
and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.events import find_events

D = date


def _events(*texts: str, year: int = 2031) -> list[tuple[str, date | None, date | None]]:
    return sorted((e.name, e.start, e.end) for e in find_events(make_report(*texts), year))


@pytest.mark.parametrize(
    ("text", "name", "days"),
    [
        (
            "The Bureau gave priority to the Smart Andes Summit follow-up, and recalled that the summit held in "
            "Quito on 4 and 5 March 2031 had set targets for rural schools.",
            "Smart Andes Summit",
            (D(2031, 3, 4), D(2031, 3, 5)),
        ),
        (
            "Members heard a report on the Baltic Spectrum Conference; the conference, held in Riga from 12 to 14 "
            "May 2031, adopted a roadmap.",
            "Baltic Spectrum Conference",
            (D(2031, 5, 12), D(2031, 5, 14)),
        ),
        (
            "The Secretariat introduced the Global Symposium for Educators. The symposium, held in Lusaka on 7-9 "
            "July 2031, adopted guidelines.",
            "Global Symposium for Educators",
            (D(2031, 7, 7), D(2031, 7, 9)),
        ),
        (
            "The Council discussed the Andean Connectivity Summit. The Summit is scheduled for 14 to 16 "
            "September 2031 in Lima.",
            "Andean Connectivity Summit",
            (D(2031, 9, 14), D(2031, 9, 16)),
        ),
        (
            "The Council discussed the Pan-African Data Summit. The Summit itself is scheduled for 14 to 16 "
            "September 2031 in Dakar.",
            "Pan-African Data Summit",
            (D(2031, 9, 14), D(2031, 9, 16)),
        ),
        (
            "Delegates welcomed the invitation to the Nordic Cybersecurity Conference, and noted that this "
            "Conference, which runs from 2 to 4 March 2031 in Oslo, is open to all.",
            "Nordic Cybersecurity Conference",
            (D(2031, 3, 2), D(2031, 3, 4)),
        ),
    ],
)
def test_an_event_named_again_by_its_head_noun_in_its_paragraph_takes_the_dates(
    text: str, name: str, days: tuple[date, date]
) -> None:
    assert _events(text) == [(name, *days)]  # one event: the named one, on those days


@pytest.mark.parametrize(
    ("first", "again", "key", "days"),
    [
        (
            "The Group prepared WTPF-33.",
            "The Forum itself is scheduled for 16-18 May 2033 in Geneva.",
            "wtpf-33",
            (D(2033, 5, 16), D(2033, 5, 18)),
        ),
        (
            "WTDC-33 – Special event on small island States",
            "I thank the host of this Conference, which runs from 4 May to 14 May, and the Bureau.",
            "wtdc-33",
            (D(2033, 5, 4), D(2033, 5, 14)),
        ),
        (
            "The Council reviewed the preparations for PP-34 and its budget.",
            "This Conference will take place in Doha from 3 to 21 October 2034.",
            "pp-34",
            (D(2034, 10, 3), D(2034, 10, 21)),
        ),
    ],
)
def test_a_series_named_again_by_this_or_itself_takes_its_own_dates(
    first: str, again: str, key: str, days: tuple[date, date]
) -> None:
    year = days[0].year
    found = {e.key: (e.start, e.end) for e in find_events(make_report(first, again), year)}
    assert found == {key: days}


@pytest.mark.parametrize(
    "text",
    [
        "Members recalled that the summit held in Quito on 4 and 5 March 2031 had set targets.",  # none named before
        "Members noted that this Conference, which runs from 2 to 4 March 2031 in Oslo, is open to all.",
    ],
)
def test_the_head_noun_names_no_event_when_no_event_with_it_is_named(text: str) -> None:
    assert _events(text) == []


def test_the_head_noun_names_again_only_an_event_with_that_noun() -> None:
    assert _events(
        "The Committee reviewed the Coastal Data Forum and the Arctic Radio Summit; the summit, held in Tromsø on "
        "2 June 2031, will report to it."
    ) == [("Arctic Radio Summit", D(2031, 6, 2), None), ("Coastal Data Forum", None, None)]
    # a forum named again where only a summit was named: no forum, and the summit keeps no date of it
    assert _events("The Ocean Data Summit was noted; the forum held in Suva on 4 May 2031 adopted a plan.") == [
        ("Ocean Data Summit", None, None)
    ]


@pytest.mark.parametrize(
    ("heading", "dateline", "again", "key", "days"),
    [
        (
            "WRC-35 – Side event on rural coverage",
            "Lusaka, Zambia, Tuesday 6 November 2035",
            "I thank the hosts of this Conference, which runs from 29 October to 23 November, for this event.",
            "wrc-35",
            (D(2035, 10, 29), D(2035, 11, 23)),
        ),
        (
            "PP-34 – Ministerial breakfast on connectivity",
            "Doha, 9 October 2034",
            "The Conference, which will be held from 3 to 21 October 2034, elects the Secretary-General.",
            "pp-34",
            (D(2034, 10, 3), D(2034, 10, 21)),
        ),
    ],
)
def test_an_edition_dated_by_a_side_event_s_dateline_takes_the_days_its_head_noun_gives(
    heading: str, dateline: str, again: str, key: str, days: tuple[date, date]
) -> None:
    """A speech's dateline gives the day of the side event it was given at; the conference named again by its
    head noun with a span of days holding that day runs on those days."""
    found = {e.key: (e.start, e.end) for e in find_events(make_report(heading, dateline, "Excellencies,", again))}
    assert found[key] == days


@pytest.mark.parametrize(
    ("text", "name", "days"),
    [
        (
            "Delegates discussed the Andean Spectrum Seminar. It will take place in Cusco on 3 and 4 June 2031.",
            "Andean Spectrum Seminar",
            (D(2031, 6, 3), D(2031, 6, 4)),
        ),
        (
            "The Board welcomed plans for the Sahel Water Data Dialogue. The Dialogue is planned for 8-9 October 2031 "
            "in Niamey.",
            "Sahel Water Data Dialogue",
            (D(2031, 10, 8), D(2031, 10, 9)),
        ),
        (
            "Members were briefed on the Mekong Broadband Congress. This congress, to be held in Vientiane from 20 to "
            "22 April 2031, is open to operators.",
            "Mekong Broadband Congress",
            (D(2031, 4, 20), D(2031, 4, 22)),
        ),
    ],
)
def test_a_name_dated_by_the_next_sentence_keeps_those_dates(text: str, name: str, days: tuple[date, date]) -> None:
    """A capitalised name whose own dates the next sentence gives, naming it again (``It``, its noun): the name
    is that event on those days, not lost (the reader of its clause finds no dates of it)."""
    assert _events(text) == [(name, *days)]

"""A title in quotes inside an event's name (``event_forms.QUOTED_CAP``): before the event noun it is one
capitalised word of the name (``the "Connect Andes" Summit``, ``the 'Open Data' Week``, ``the "Bridging the
Gaps" conference``), read by the named readers and the generic one alike; after a generic noun it names the
event even after a bare ``the`` (``the conference "Keeping Rivers Clean" held in Riga on ...``: no anaphor of a
conference named before). Sentences, names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days

D = date


@pytest.mark.parametrize(
    ("sentence", "key", "days"),
    [
        (
            'The Board noted that the "Connect Andes" Summit will be held in Quito on 12-13 October 2031.',
            "connect-andes-summit-2031",
            (D(2031, 10, 12), D(2031, 10, 13)),
        ),
        (
            "The Board welcomed the 'Open Data' Week, held in Tallinn from 4 to 8 May 2031.",
            "open-data-week-2031",
            (D(2031, 5, 4), D(2031, 5, 8)),
        ),
        (
            "The Board noted the outcome of the “Smart Islands” Forum held in Apia on 2 June 2031.",
            "smart-islands-forum-2031",
            (D(2031, 6, 2), None),
        ),
    ],
)
def test_a_quoted_title_before_a_capitalised_event_noun_is_a_word_of_its_name(
    sentence: str, key: str, days: tuple[date, date | None]
) -> None:
    assert event_days(None, "Report of the Board", sentence).get(key) == days


@pytest.mark.parametrize(
    ("sentence", "key", "days"),
    [
        (
            'In May, the Ministry hosted the "Bridging the Gaps" conference in Lisbon (5-6 May 2031), whose outcome '
            "was welcomed.",
            "bridging-the-gaps-conference-2031",
            (D(2031, 5, 5), D(2031, 5, 6)),
        ),
        (
            "The secretariat organised a “Digital Skills” webinar on 4 May 2031.",
            "digital-skills-webinar-2031",
            (D(2031, 5, 4), None),
        ),
        (
            'Members were invited to the "Green Networks Week" session on cooling, 9 July 2031.',
            "green-networks-week-session-on-cooling-2031",
            (D(2031, 7, 9), None),
        ),
    ],
)
def test_a_quoted_title_before_a_generic_event_noun_is_one_of_its_modifiers(
    sentence: str, key: str, days: tuple[date, date | None]
) -> None:
    assert event_days(None, "Report of the Board", sentence).get(key) == days


@pytest.mark.parametrize(
    ("sentence", "key", "days"),
    [
        (
            'Its results were presented at the conference "Keeping Rivers Clean" held in Riga on 14–15 May 2031, '
            "opened by the Minister.",
            "conference-keeping-rivers-clean-2031",
            (D(2031, 5, 14), D(2031, 5, 15)),
        ),
        (
            'The report was discussed at the seminar "Water for Towns" held in Lusaka on 3 March 2032.',
            "seminar-water-for-towns-2032",
            (D(2032, 3, 3), None),
        ),
        (
            'The Board took part in the workshop "Open Maps", held online on 8 October 2031.',
            "workshop-open-maps-2031",
            (D(2031, 10, 8), None),
        ),
    ],
)
def test_a_quoted_title_after_a_bare_generic_noun_names_the_event(
    sentence: str, key: str, days: tuple[date, date | None]
) -> None:
    assert event_days(None, "Report of the Board", sentence).get(key) == days


def test_an_apostrophe_opens_no_quoted_title() -> None:
    found = event_days(None, "Report of the Board", "The Board welcomed the Children's Data Week, held on 4 May 2031.")
    assert found.get("children-data-week-2031") == (D(2031, 5, 4), None)

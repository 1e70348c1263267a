"""An event named in one paragraph and dated at the opening of the next by its head noun
(``event_next_paragraph.dated_from_next``): the paragraph's subject (``The workshop will take place in Bogotá
from 4 to 6 May 2031``) or the object of a verb of holding in its first sentence (``The Government will host the
meeting in Lima from ...``). Only the one undated event of the paragraph before with that noun; not ``It``, not an
event dated already, not a noun the paragraph before does not name. Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days

D = date


@pytest.mark.parametrize(
    ("texts", "key", "days"),
    [
        (
            (
                "I have the honour to invite your Administration to participate in the Regional Workshop on Spectrum "
                "Pricing for the Americas, organized by the Radiocommunication Bureau.",
                "The workshop will take place in Bogotá, Colombia, from 4 to 6 May 2031, at the kind invitation of "
                "the Ministry of ICT.",
            ),
            "regional-workshop-on-spectrum-pricing-for-the-americas",
            (D(2031, 5, 4), D(2031, 5, 6)),
        ),
        (
            (
                "The Ministry presents its compliments to the Union and has the honour to refer to the Union's "
                "letter of 3 March 2031 concerning the Regional Preparatory Meeting for the Americas for WTDC-33.",
                "The Ministry wishes to confirm that the Government of Norland will host the meeting in Lima from 4 "
                "to 6 November 2031, at the National Convention Centre.",
            ),
            "regional-preparatory-meeting-for-the-americas-for-wtdc-33",
            (D(2031, 11, 4), D(2031, 11, 6)),
        ),
        (
            (
                "The Bureau is pleased to announce the Pacific Seminar on Numbering and Addressing, organized with "
                "the Pacific Islands Telecommunications Association.",
                "The seminar, to be held in Apia on 12 and 13 August 2032, is open to all Member States.",
            ),
            "pacific-seminar-on-numbering-and-addressing",
            (D(2032, 8, 12), D(2032, 8, 13)),
        ),
    ],
)
def test_an_event_named_again_at_the_next_paragraphs_opening_takes_its_dates(
    texts: tuple[str, ...], key: str, days: tuple[date, date]
) -> None:
    assert event_days("Letter", *texts).get(key) == days


@pytest.mark.parametrize(
    "texts",
    [
        (  # a pronoun: it may stand for anything named before
            "I have the honour to invite you to the Regional Workshop on Spectrum Pricing for the Americas.",
            "It will take place in Bogotá, Colombia, from 4 to 6 May 2031.",
        ),
        (  # two workshops named before: which one, the text does not say
            "The Bureau invites you to the Regional Workshop on Spectrum Pricing and to the Regional Workshop "
            "on Spectrum Monitoring.",
            "The workshop will take place in Bogotá, Colombia, from 4 to 6 May 2031.",
        ),
        (  # another noun: the seminar is not the workshop
            "I have the honour to invite you to the Regional Workshop on Spectrum Pricing for the Americas.",
            "The seminar will take place in Bogotá, Colombia, from 4 to 6 May 2031.",
        ),
    ],
)
def test_a_pronoun_two_events_or_another_noun_date_nothing_before(texts: tuple[str, ...]) -> None:
    found = event_days("Letter", *texts)
    assert found.get("regional-workshop-on-spectrum-pricing-for-the-americas", (None, None)) == (None, None)
    assert found.get("regional-workshop-on-spectrum-pricing", (None, None)) == (None, None)


def test_an_event_dated_already_keeps_its_own_dates() -> None:
    found = event_days(
        "Circular letter 5/2032",
        "I refer to the Regional Workshop on Spectrum Pricing, held in Quito on 2 March 2031, to which many of you "
        "contributed.",
        "The workshop will take place again in Bogotá from 4 to 6 May 2032.",
    )
    assert found.get("regional-workshop-on-spectrum-pricing-2031") == (D(2031, 3, 2), None)

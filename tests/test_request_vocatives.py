"""Whom ``you`` is in a speech: the group the paragraph hails before it (``To all operators: ...
I urge you``, ``Dear laureates, ... we ask you``, ``Lastly, young engineers: ... Please enrol``,
``students, please send``), else the group the speech's opening salutation hails (``Excellencies,
distinguished delegates, ...``: request_addressee_letters._saluted), not a greeting of the whole audience
(``Dear colleagues,``). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report
from extract_support import requests_of as run


def _speech(*texts: str) -> list[tuple[str, ...]]:
    r = make_report(
        "Keynote address by the Minister of Digital Affairs of Fiji",
        "Ms Litia Vunibola-Karlsen, Minister of Digital Affairs",
        *texts,
    )
    return [tuple(a.label for a in x.addressees) for x in run(r, None)]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "To all operators: the spectrum plan will be published in May. I urge you to comment on it by June.",
            "all operators",
        ),
        (
            "Dear laureates, your projects will appear in our report."
            " We kindly ask you to send photographs by 2 April.",
            "laureates",
        ),
        (
            "Lastly, young engineers: the coding challenge opens tomorrow. Please enrol before Friday.",
            "young engineers",
        ),
        ("Two requests. First: students, please send your essays to the secretariat by 30 May.", "students"),
    ],
)
def test_you_is_the_group_the_paragraph_hails_before_it(text: str, group: str) -> None:
    assert _speech(text) == [(group,)]


def test_a_greeting_of_the_whole_audience_hails_no_group() -> None:
    got = _speech("Dear colleagues, the road ahead is long. I invite you to join the coalition by March.")
    assert got and got != [("colleagues",)]


@pytest.mark.parametrize(
    ("opening", "text", "group"),
    [
        (
            "Madam Chair, Excellencies, distinguished delegates, it is a pleasure to open this Assembly.",
            "Three weeks lie ahead of us. I urge you to conclude the work on the budget by Friday.",
            "delegates",
        ),
        (
            "Your Excellency the Minister, Distinguished regulators, ladies and gentlemen, welcome to Accra.",
            "The draft guidelines are before you. I encourage you to adopt them on Thursday.",
            "regulators",
        ),
        (
            "Honourable ministers, dear colleagues, I am glad to see so many of you here.",
            "The roadmap is ambitious. I invite you to endorse it before the end of the meeting.",
            "ministers",
        ),
        (
            "Esteemed experts, friends, thank you for coming to Kigali.",
            "The indicators are still in draft. I ask you to send your comments by 30 June.",
            "experts",
        ),
    ],
)
def test_you_is_the_group_the_speechs_salutation_hails(opening: str, text: str, group: str) -> None:
    assert _speech(opening, text) == [(group,)]


@pytest.mark.parametrize(
    "opening",
    [
        "Excellencies, dear colleagues, dear friends, good morning.",
        "Excellencies, distinguished guests, ladies and gentlemen, welcome to Apia.",
    ],
)
def test_a_salutation_of_greetings_only_hails_no_group(opening: str) -> None:
    got = _speech(opening, "The survey closes soon. I invite you to reply by 15 May.")
    assert got == [("participants",)]

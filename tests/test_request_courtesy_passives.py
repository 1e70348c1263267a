"""A courtesy clause in the passive whose subject is a thing of the reader's own asks the reader (issue 8, round 58):
``We should be grateful if the names of your delegation could be communicated to the secretariat by ...`` asks
``you`` (the letter's audience) to communicate them, not a group ``names of your delegation``; a thing of no one
(``if the documents could be circulated``) still asks no one. Every name and sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report
from extract_support import requests_of as run


def _letter(
    *sentences: str, to: str = "To: Administrations of Member States"
) -> list[tuple[str, tuple[str, ...], str]]:
    r = make_report(
        "Circular letter 12/2034",
        "Apia, 4 February 2034",
        to,
        "Dear Sir/Madam,",
        *sentences,
        "Yours faithfully,",
        "Losaline Tuipulotu-Haraldsen",
        "Head, Regional Office for the Pacific",
    )
    return [(x.verb, tuple(a.label for a in x.addressees), x.action) for x in run(r, None)]


@pytest.mark.parametrize(
    ("sentence", "thing"),
    [
        (
            "We should be grateful if the names of your delegation could be communicated to the secretariat by "
            "2 March 2034.",
            "the names of your delegation",
        ),
        (
            "I would appreciate it if your nominations for the expert group could kindly be sent to the Regional "
            "Office before 15 March 2034.",
            "your nominations for the expert group",
        ),
        (
            "The Office would be most grateful if the replies of your administration to the survey could be "
            "returned by 30 April 2034.",
            "the replies of your administration to the survey",
        ),
    ],
)
def test_a_thing_of_the_readers_own_done_in_the_passive_asks_the_reader(sentence: str, thing: str) -> None:
    got = _letter(sentence)
    assert [(verb, asked) for verb, asked, _ in got] == [("request", ("Administrations of Member States",))]
    assert got[0][2].startswith(f"{thing} be")  # the thing stays in the action


def test_the_reader_is_the_audience_the_letter_hails() -> None:
    got = _letter(
        "We would be grateful if the list of your participants could be sent to the organizers by 1 May 2034.",
        to="To: National regulatory authorities of the Caribbean",
    )
    assert [asked for _, asked, _ in got] == [("National regulatory authorities of the Caribbean",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be grateful if the documents could be circulated to the relevant services.",
        "We should be grateful if regional common proposals could be submitted by 1 September 2034.",
        "The Office would appreciate it if the attached programme could be published on the website.",
    ],
)
def test_a_thing_of_no_one_done_in_the_passive_asks_no_one(sentence: str) -> None:
    assert _letter(sentence) == []


def test_an_active_courtesy_clause_still_asks_its_subject() -> None:
    got = _letter(
        "We should be grateful if you would send the names of your delegation by 2 March 2034.",
        "I would be grateful if administrations could complete the questionnaire by 30 April 2034.",
    )
    assert [(asked, action) for _, asked, action in got] == [
        (("Administrations of Member States",), "send the names of your delegation by 2 March 2034"),
        (("administrations",), "complete the questionnaire by 30 April 2034"),
    ]

"""The meeting's own members as the subject of a request (issue 8): in a meeting's record,
``Participants``, ``The experts``, ``Several members``, ``Panellists`` or ``Facilitators`` ask for the
meeting body; any other group (``Speakers``, ``Member States``) asks as itself. Every sentence here is
invented for the test."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from extract_support import parties
from extract_support import requests_of as run


@pytest.mark.parametrize(
    "sentence",
    [
        "Participants recommended that the secretariat publish the presentations by 9 June 2031.",
        "The experts called upon governments to adopt national broadband plans.",
        "Several members asked the Telecommunication Development Bureau to revise the indicators.",
        "Panellists encouraged regulators to share their spectrum data.",
        "Facilitators agreed and asked ITU to circulate an updated template by 30 April 2031.",
        "All the participants invited UNESCO to host the next meeting.",
        "Delegates noted the coming forum in Lima and encouraged Member States to take part in it.",
        "The delegates urged the secretariat to publish the draft report by 3 June 2031.",
        "All delegates called on operators to share their coverage maps.",
    ],
)
def test_the_meetings_members_ask_for_the_meeting_body(sentence: str) -> None:
    got = [parties(x)[1] for x in run(report(sentence), "tdag")]
    assert got == ["body:tdag"]


def test_another_group_asks_as_itself() -> None:
    got = [parties(x)[1] for x in run(report("Speakers urged Member States to ratify the treaty."), "tdag")]
    assert got != ["body:tdag"] and len(got) == 1


def test_without_a_meeting_body_the_members_are_not_made_the_meeting() -> None:
    got = [parties(x)[1] for x in run(report("The experts called upon governments to adopt a plan."), None)]
    assert got != ["body:tdag"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Ministers called upon the secretariat to circulate the draft masterplan by 1 March 2031.",
            "pacific-ict-ministers-meeting",
        ),
        ("The regulators urged operators to publish their coverage maps.", "watra"),
        ("The Directors asked the Bureau to update the regional plans before 2032.", "meeting-of-regional-directors"),
        ("Regulators also invited ITU to hold a second workshop in 2031.", "watra"),
    ],
)
def test_a_plural_the_meeting_bodys_name_is_made_of_asks_for_it(sentence: str, body: str) -> None:
    """``The Ministers`` in the record of a ministers' meeting, ``The regulators`` in that of a
    regulators' assembly: the people the body's name says it is made of speak for it."""
    r = report("Report of the West African Telecommunications Regulators Assembly", sentence)
    assert [parties(x)[1] for x in run(r, body)] == [f"body:{body}"]


def test_a_plural_the_meeting_bodys_name_does_not_name_asks_as_itself() -> None:
    got = [parties(x)[1] for x in run(report("The Ministers called upon operators to lower prices."), "tdag")]
    assert got != ["body:tdag"] and len(got) == 1

"""Who asks when a personal pronoun is the subject after an opening phrase with no comma (issue 8, round 40):
``In her closing statement she called upon ...``, ``At the end of the debate he invited ...``: the opening phrase
(``request-openings.csv`` kind ``opening``) is no part of the subject, the pronoun is the person named before
(``request_verbs.intro_lead``; such requests were lost whole). Every name and sentence here is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from extract_support import parties
from extract_support import requests_of as run


@pytest.mark.parametrize(
    ("before", "sentence", "expected"),
    [
        (
            "The session was chaired by Ms Ilse Marquardt-Osei, Minister of Digital Affairs of Ghana.",
            "In her closing statement she called upon governments to publish their broadband plans.",
            ("call-upon", "person:ilse-marquardt-osei", ("collective:governments",)),
        ),
        (
            "Mr Ruben Castellanos-Vik (Norway) presented the pilot results.",
            "At the end of the debate he invited delegations to send their comments to the Group.",
            ("invite", "person:ruben-castellanos-vik", ("collective:delegations",)),
        ),
        (
            "Dr Hana Oyelaran-Dube (Nigeria) introduced Document 12.",
            "Following the presentation she urged regulators to share their data with the Bureau.",
            ("urge", "person:hana-oyelaran-dube", ("collective:regulators",)),
        ),
    ],
)
def test_a_pronoun_after_an_opening_phrase_without_a_comma_is_the_person_named_before(
    before: str, sentence: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    got = run(report(before, sentence), "cwg-cop")
    assert [parties(x) for x in got] == [expected]


def test_a_noun_subject_after_an_opening_phrase_without_a_comma_stays_as_before() -> None:
    got = run(report("At its third meeting the Group invited Member States to send comments."), "cwg-cop")
    assert [parties(x) for x in got] == [("invite", "body:cwg-cop", ("collective:member-states",))]

"""A ``that`` clause whose subject is followed by an aside between commas (``request_subjects.clause_subject``,
``addressee_phrases.aside_between_commas``): ``recommended that the Council, at its 2032 session (...),
consider ...`` asks the subject; the aside says when, where or how. Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run


def _read(sentence: str) -> list[tuple[tuple[str, str, tuple[str, ...]], str]]:
    r = kinds(
        ("The meeting of the Expert Group on Tidal Sensors was held in Apia on 3 May 2032.", "body"), (sentence, "body")
    )
    return [(parties(x), x.action) for x in run(r, None)]


@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "The Group recommended that the Council, at its 2032 session (Nairobi, 4-8 May 2032), "
            "consider the roadmap.",
            "body:itu-council",
            "consider the roadmap",
        ),
        (
            "The participants recommended that the Telecommunication Development Bureau, jointly with UNESCO, "
            "prepare a set of guidelines.",
            "body:itu-bdt",
            "prepare a set of guidelines",
        ),
        (
            "The meeting recommended that BDT, within available resources, organize a regional workshop in 2033.",
            "body:itu-bdt",
            "organize a regional workshop in 2033",
        ),
        (
            "The Group recommended that the Plenary, at its final meeting, consider the revised text.",
            "collective:plenary",
            "consider the revised text",
        ),
    ],
)
def test_an_aside_between_the_subject_and_its_verb_leaves_the_subject_asked(
    sentence: str, addressee: str, action: str
) -> None:
    got = _read(sentence)
    assert len(got) == 1
    (verb, _, addressees), read = got[0]
    assert verb == "recommend"
    assert addressees == (addressee,)
    assert read.rstrip(".") == action


def test_a_participants_proposal_with_an_aside_stays_a_motion() -> None:
    assert _read("Mr Ferro Lind (Chile) proposed that the Council, at its next session, consider the report.") == []

"""A ``that`` clause whose subject is followed by an aside between commas (``request_subjects.clause_subject``,
``addressee_phrases.aside_between_commas``): ``recommended that the Council, at its 2032 session (...),
consider ...`` asks the subject; the aside says when, where or how. A verb of deciding right after the aside
(``that the Council, at its 2034 session, adopt ...``) is the clause's verb, not a verb coordinated with the verb of
asking before it (``addressee_phrases.clause_aside_before``). Every sentence is invented."""

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
        # a verb of deciding after the aside is the clause's own verb, not one coordinated with `recommended`
        (
            "The Group recommended that the Council, at its 2034 session, adopt the draft resolution on buoy data.",
            "body:itu-council",
            "adopt the draft resolution on buoy data",
        ),
        (
            "The Group recommended that the Plenary, at its closing meeting, approve the revised mandate.",
            "collective:plenary",
            "approve the revised mandate",
        ),
        (
            "The meeting recommended that BDT, within existing resources, endorse the regional training plan.",
            "body:itu-bdt",
            "endorse the regional training plan",
        ),
        (
            "The Group recommended that the Council, when it next meets, take note of the survey of coastal stations.",
            "body:itu-council",
            "take note of the survey of coastal stations",
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


def test_a_verb_after_a_comma_without_a_that_clause_is_still_coordinated() -> None:
    got = _read(
        "The Group approved the buoy survey, invited BDT to publish it, and requested the Secretariat to file it."
    )
    assert [(p[0], p[2], a.rstrip(".")) for p, a in got] == [
        ("invite", ("body:itu-bdt",), "publish it,"),
        ("request", ("body:expert-group-on-tidal-sensors-secretariat",), "file it"),
    ]

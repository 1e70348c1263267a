"""A ``that`` clause whose subject is followed by an aside between commas (``request_subjects.clause_subject``,
``addressee_phrases.aside_between_commas``): ``recommended that the Council, at its 2032 session (...),
consider ...`` asks the subject; the aside says when, where or how. A verb of deciding right after the aside
(``that the Council, at its 2034 session, adopt ...``) is the clause's verb, not a verb coordinated with the verb of
asking before it (``request_subjects.aside_dropped``). Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import make_report, parties
from extract_support import requests_of as run

from wsiskg.ingest.extract import extract


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


# ------------------------------------------------- an aside after a modal, and a verb of asking after an aside
@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "The Group agreed that the Director of BDT should, in cooperation with UNESCO, organize a workshop.",
            "post:itu-bdt/director",
            "organize a workshop",
        ),
        (
            "The Group agreed that the secretariat should, as far as possible, circulate the draft by 1 May 2032.",
            "body:expert-group-on-tidal-sensors-secretariat",
            "circulate the draft by 1 May 2032",
        ),
        (
            "The meeting recommended that Member States should, where appropriate, invite observatories to share "
            "their data.",
            "collective:member-states",
            "invite observatories to share their data",
        ),
        (
            "The Group agreed that BDT shall, within available resources, encourage regulators to publish their data.",
            "body:itu-bdt",
            "encourage regulators to publish their data",
        ),
    ],
)
def test_an_aside_after_a_modal_leaves_the_clause_its_subject_and_verb(
    sentence: str, addressee: str, action: str
) -> None:
    """``that X shall, where appropriate, VERB ...``: the aside after the modal says how; X is asked to VERB, and a verb
    of asking in the action is the asked one's to use (decision 43), not a second request of the record's."""
    found = _read(sentence)
    assert [(p[2], a) for p, a in found] == [((addressee,), action)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Group recommended that Member States, where appropriate, invite observatories to share their data.",
        "The meeting proposed that BDT, within existing resources, encourage regulators to publish their tariffs.",
        "Participants recommended that the regional offices, in cooperation with UNESCO, ask schools to join.",
    ],
)
def test_a_verb_of_asking_after_a_that_clauses_subject_and_an_aside_asks_once(sentence: str) -> None:
    """The verb after ``that X, <aside>,`` is the clause's own: one request, to X, with the inner ask in its action."""
    found = _read(sentence)
    assert len(found) == 1 and found[0][0][2] != ()


def _resolution(*items: str) -> list[tuple[str, tuple[str, ...], str]]:
    texts = ("Resolution 9 - Cooperation with tide observatories", "The World Tidal Assembly (Apia, 2031),", "resolves")
    r = make_report(*texts, *items)
    return [(x.verb, tuple(a.key for a in x.addressees), x.action) for x in extract(r).requests]


def test_a_resolution_items_modal_and_aside_leave_its_subject_and_inner_verb_of_asking() -> None:
    assert _resolution(
        "1 that ITU-T study groups shall, where appropriate, invite representatives of regional observatories to "
        "take part in their work;",
        "2 that ITU-D study groups shall, as appropriate, ask observatories to contribute data;",
        "3 that the Director of BDT shall, in cooperation with UNESCO, organize a regional workshop;",
        "4 that the Group shall continue its work, invites Member States to contribute to it;",
    ) == [
        (
            "resolve",
            ("itu-t-study-groups",),
            "invite representatives of regional observatories to take part in their work",
        ),
        ("resolve", ("itu-d-study-groups",), "ask observatories to contribute data"),
        ("resolve", ("itu-bdt/director",), "organize a regional workshop"),
        ("resolve", ("group",), "continue its work"),
        ("invite", ("member-states",), "contribute to it"),
    ]

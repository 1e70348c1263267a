"""Sentences that read like requests but ask no one now, and requests read twice (``requests._Reader``; decisions
14 and 38 of ``docs/annotation-guide.md``). Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import kinds_report as kinds
from extract_support import make_report, parsed_text, parties
from extract_support import requests_of as run

from wsiskg.ingest.extract import extract

_BODY = "Working Group on Tidal Gauges"


def _read(*sentences: str) -> list[tuple[tuple[str, str, tuple[str, ...]], str]]:
    opening = (f"The meeting of the {_BODY} was held in Suva on 3 May 2031.", "body")
    r = kinds(opening, *((s, "body") for s in sentences))
    return [(parties(x), x.action) for x in run(r, _BODY)]


# ----------------------------------------------------------------------------- an outcome recommended to no one
@pytest.mark.parametrize(
    "sentence",
    [
        "The Group recommended that the gauge survey results be presented at the Pacific Ocean Week in Apia.",
        "Participants recommended that a regional tsunami drill for Melanesia be organized in Port Vila in 2032.",
        "The meeting proposed that Recommendation 7 on buoy spacing be suppressed.",
        "The Working Group suggested that the final figures be circulated to all observers before the next session.",
    ],
)
def test_an_outcome_recommended_in_the_passive_asks_no_one(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("The Group recommended that BDT present the gauge survey results at the Pacific Ocean Week.", "body:itu-bdt"),
        ("The Group recommended that the Council be invited to approve the gauge roadmap.", "body:itu-council"),
    ],
)
def test_a_recommendation_that_names_who_acts_still_asks(sentence: str, addressee: str) -> None:
    assert [p[2] for p, _ in _read(sentence)] == [(addressee,)]


def test_a_request_that_something_be_done_still_asks_the_secretariat() -> None:
    got = _read("The Group requested that the gauge survey results be posted on the website.")
    assert [p[2] for p, _ in got] == [(f"body:{_BODY}-secretariat",)]


# ----------------------------------------------------------------------------- a verb inside item (a) of a list
def test_items_of_a_list_each_with_its_own_verb_are_not_the_first_verbs_items() -> None:
    got = _read(
        "The meeting agreed on the following follow-up: (a) SPC and ITU are invited to publish a gauge atlas before"
        " the 2032 Forum; (b) speakers are requested to send their slides to the gauge team by 20 June 2031;"
        " (c) members of the gauge network are encouraged to share buoy data with the Pacific hub."
    )
    atlas = [a for p, a in got if "atlas" in a]
    assert atlas and all(a == "publish a gauge atlas before the 2032 Forum" for a in atlas)
    assert not any("slides" in a for p, a in got if "body:itu" in p[2])


def test_a_considering_list_item_is_no_item_of_the_resolution_it_cites() -> None:
    got = _read(
        "The Council, considering a) Resolution 77 (Rev. Lima, 2030) of the Plenipotentiary Conference, which"
        " resolves that ITU shall continue to map ocean gauges; b) the report of the Chair of the Group on its"
        " fifth meeting; noting the gauge budget, instructs the Secretary-General to publish the gauge map."
    )
    assert not any(a.startswith("the report of the Chair") for _, a in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Group is invited: (a) to approve the gauge roadmap; (b) to note the buoy survey.",
        "The Group decided to invite the Council: a) to approve the gauge roadmap; b) to note the buoy survey.",
    ],
)
def test_a_verbs_own_lettered_items_are_still_one_request_each(sentence: str) -> None:
    assert sorted(a for _, a in _read(sentence)) == ["approve the gauge roadmap", "note the buoy survey"]


# ----------------------------------------------------------------------------- a thing or a date named as whom
@pytest.mark.parametrize(
    "line",
    [
        "Deadline to submit gauge project proposals: 15 July 2031",
        "Deadlines to register for the buoy workshop: 2 and 9 August 2031",
        "Final deadline to send national gauge tables: 1 October 2031",
    ],
)
def test_a_deadline_line_asks_no_one(line: str) -> None:
    r = kinds(
        (f"The meeting of the {_BODY} was held in Suva on 3 May 2031.", "body"),
        ("Key dates:", "body"),
        (line, "list-item"),
        ("SPC to circulate the gauge atlas by 1 September 2031.", "list-item"),
    )
    assert [(p[2], a) for p, a in ((parties(x), x.action) for x in run(r, _BODY))] == [
        (("collective:spc",), "circulate the gauge atlas by 1 September 2031")
    ]


def test_things_asked_of_an_audience_are_no_addressee() -> None:
    from wsiskg.ingest.extract.addressee_phrases import names_no_agent
    from wsiskg.ingest.records import AgentRef

    assert names_no_agent(AgentRef("collective", "three-things-of-you", "three things of you"))
    assert names_no_agent(AgentRef("collective", "deadline", "Deadline"))
    assert not names_no_agent(AgentRef("collective", "fishery-ministries", "ministries of fisheries"))


# ----------------------------------------------------------------------------- "X to be available to Y"
@pytest.mark.parametrize(
    ("sentence", "asked", "action"),
    [
        (
            "The Chairman recalled that the Assembly would open on 3 March and encouraged all rapporteurs to be "
            "available to the drafting groups.",
            "rapporteurs",
            "be available to the drafting groups",
        ),
        (
            "The Group urged Pacific administrations to be represented at the Conference at ministerial level.",
            "pacific-administrations",
            "be represented at the Conference at ministerial level",
        ),
        (
            "The Group urged the vice-chairs to be present at every session.",
            "vice-chairs",
            "be present at every session",
        ),
    ],
)
def test_an_object_asked_to_be_in_a_state_is_asked_and_the_to_of_the_state_is_no_verb(
    sentence: str, asked: str, action: str
) -> None:
    """``urged X to be available to Y``: X is asked to ``be available to Y`` (``to be`` is its infinitive), not
    ``X to be available`` asked to ``Y``."""
    got = _read(sentence)
    assert [(p[2], a) for p, a in got] == [((f"collective:{asked}",), action)]


@pytest.mark.parametrize(
    "sentence",
    ["I urge the results of the survey to be published.", "The Group urged the tide tables to be made public."],
)
def test_a_thing_to_be_acted_on_is_asked_of_no_one(sentence: str) -> None:
    assert _read(sentence) == []


# ----------------------------------------------------------------------------- "resolved as follows:" and its items
_GROUP = f"body:{_BODY}"
_SECRETARIAT = f"body:{_BODY}-secretariat"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            (
                "The Group resolved as follows:",
                "a) to invite Member States to share gauge data;",
                "b) to request the secretariat to publish the figures.",
            ),
            [("invite", _GROUP, ("collective:member-states",)), ("request", _GROUP, (_SECRETARIAT,))],
        ),
        (
            (
                "The Group requested as follows:",
                "a) the secretariat to publish the figures;",
                "b) Member States to share gauge data.",
            ),
            [("request", _GROUP, (_SECRETARIAT,)), ("request", _GROUP, ("collective:member-states",))],
        ),
        (
            ("The Group resolves as under:", "(a) to urge donors to fund the tide network;"),
            [("urge", _GROUP, ("collective:donors",))],
        ),
        (
            ("The Group invited as set out below:", "- Member States to share gauge data;"),
            [("invite", _GROUP, ("collective:member-states",))],
        ),
        (
            ("The Group urged as below:", "- Member States to share gauge data;"),
            [("urge", _GROUP, ("collective:member-states",))],
        ),
    ],
)
def test_a_phrase_announcing_the_items_is_no_addressee(
    lines: tuple[str, ...], expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    """``resolved as follows:`` (``as under``, ``as below``, ``as set out below``) before lettered or dashed items
    reads as ``resolved:``: each item is asked of whom it names, never of ``as follows``."""
    assert [p for p, _ in _read(*lines)] == expected


# ----------------------------------------------------------------------------- a text that breaks off after the verb
@pytest.mark.parametrize(
    "last",
    [
        "The Chairman, Ms Mele Taufa (Tonga), thanked the secretariat and urged Member States to",
        "We invite all delegations present here to",
        "The Group also requested that TSB",
        "Several members regretted the delays and requested that future",
        "invites the Pacific Tide Commission to",
    ],
)
def test_a_request_cut_off_by_the_end_of_the_text_asks_no_one(last: str) -> None:
    """An excerpt that ends in the middle of a sentence, right after the verb and its object (``... urged Member
    States to``, ``requested that TSB``): nothing was asked yet."""
    assert _read("The Group invited BDT to publish the report.", last) == [
        (("invite", f"body:{_BODY}", ("body:itu-bdt",)), "publish the report")
    ]


def test_a_last_request_with_an_action_and_a_lead_before_the_end_still_ask() -> None:
    """Only the document's last paragraph breaks off: a lead ending in ``to`` before it stays (its items follow),
    and a last sentence with an action, even of one word and without a full stop, still asks."""
    found = _read(
        "The Group invited Member States to",
        "a) send their views by 1 May 2031;",
        "The Group invited BDT to report",
        "The Group requested that TSB report",
    )
    assert [p for p, _ in found] == [
        ("invite", f"body:{_BODY}", ("collective:member-states",)),
        ("invite", f"body:{_BODY}", ("body:itu-bdt",)),
        ("request", f"body:{_BODY}", ("body:itu-tsb",)),
    ]
    assert [a for _, a in found][1:] == ["report", "report"]


# ----------------------------------------------------------------------------- a plan decided with "would" / "will"
@pytest.mark.parametrize(
    "sentence",
    [
        "The Group agreed that the Vice-Chairman would present a progress report on the gauges to the Council in 2032.",
        "It was agreed that Member States would submit their buoy inventories six weeks before the next meeting.",
        "Participants agreed that the SPC Regional Office will organize a training course on tide gauges in Apia.",
        "After discussion, the meeting decided that BDT would circulate the sensor questionnaire, with replies due on"
        " 31 January 2032.",
        "The meeting agreed that the Melanesian Group at the Assembly would be coordinated by SPC.",
        "The Group agreed that the secretariat would, as far as possible, post the gauge data online.",
    ],
)
def test_a_clause_decided_with_a_modal_of_the_future_reports_a_plan(sentence: str) -> None:
    """``agreed that X would ACTION`` (``will``) reports what the meeting arranged, asked of no one (decision 38); the
    look annotations of five writers list none of them, two others one each."""
    assert _read(sentence) == []


def test_items_after_a_clause_decided_with_would_ask_no_one() -> None:
    got = _read(
        "The Group agreed that the secretariat would: (a) compile the gauge readings; (b) publish them by 1 June 2032."
    )
    assert got == []


@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "The Group agreed that the Vice-Chairman shall present a progress report on the gauges to the Council.",
            f"post:{_BODY}/vice-chair",
            "present a progress report on the gauges to the Council",
        ),
        (
            "The meeting agreed that BDT should circulate the sensor questionnaire by 31 January 2032.",
            "body:itu-bdt",
            "circulate the sensor questionnaire by 31 January 2032",
        ),
        (
            "The Group decided that Member States must submit their buoy inventories before the next meeting.",
            "collective:member-states",
            "submit their buoy inventories before the next meeting",
        ),
        (
            "The Group agreed that BDT should prepare a glossary and would report on it to the Council.",
            "body:itu-bdt",
            "prepare a glossary and would report on it to the Council",
        ),
    ],
)
def test_a_clause_decided_with_a_directive_modal_still_asks_its_subject(
    sentence: str, addressee: str, action: str
) -> None:
    assert [(p[2], a) for p, a in _read(sentence)] == [((addressee,), action)]


# ----------------------------------------------------------------------------- a letter still to be sent that is to ask
@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "The Group requested BDT to issue a circular letter inviting administrations to nominate gauge focal points"
            " by 1 May 2032.",
            "body:itu-bdt",
            "issue a circular letter inviting administrations to nominate gauge focal points by 1 May 2032",
        ),
        (
            "The meeting agreed that the Secretariat should send a short note asking members to confirm their"
            " attendance.",
            f"body:{_BODY}-secretariat",
            "send a short note asking members to confirm their attendance",
        ),
        (
            "The Working Group instructed the Chairman to prepare a liaison statement urging the Pacific Commission to"
            " share its buoy data.",
            f"post:{_BODY}/chair",
            "prepare a liaison statement urging the Pacific Commission to share its buoy data",
        ),
    ],
)
def test_a_participle_of_asking_after_a_text_still_to_be_made_asks_no_one_yet(
    sentence: str, addressee: str, action: str
) -> None:
    """``requested BDT to issue a circular letter inviting administrations to ...``: the letter is to ask; BDT is asked
    to send it and the administrations are asked by no one yet (decision 43), where the participle was read as a
    second request of the meeting to them."""
    assert [(p[2], a) for p, a in _read(sentence)] == [((addressee,), action)]


def test_a_participle_of_asking_after_a_sent_letter_or_a_comma_still_asks() -> None:
    got = _read(
        "The Chairman closed the meeting, inviting the delegates to send their gauge comments by 3 June 2031.",
        "The Chairman also thanked the hosts and issued a note inviting observers to visit the tide station.",
    )
    assert [(p[2], a) for p, a in got] == [
        (("collective:delegates",), "send their gauge comments by 3 June 2031"),
        (("collective:observers",), "visit the tide station"),
    ]


# ----------------------------------------------------------------------------- a decided state, not an action
def _resolved(*items: str) -> list[tuple[str, tuple[str, ...], str]]:
    """The requests of a resolution text whose ``resolves`` has the numbered ``items``."""
    texts = ("Resolution 12 - Coral reef observatories", "The Ocean Data Assembly (Nuku'alofa, 2033),", "resolves")
    got = extract(make_report(*texts, *items)).requests
    return [(x.verb, tuple(a.key for a in x.addressees), x.action) for x in got]


@pytest.mark.parametrize(
    "item",
    [
        "1 that the Task Force on Reef Buoys shall become the Standing Committee on Reef Data, open to all members;",
        "1 that its Chairman shall be Ms Mele Taufa (Tonga) until the next Assembly;",
        "1 that Fiji shall be the lead country of the reef network;",
        "1 that the Drafting Committee should remain a permanent body of the Assembly;",
        "1 that the Director of BDT shall be responsible for the reef observatories;",
        "1 that the mandate of the Task Force on Reef Buoys shall be extended to cover seagrass monitoring;",
        "1 that the terms of reference of the Group shall be those in the Annex;",
        "1 that the report of the Task Force on Reef Buoys shall be published every year;",
    ],
)
def test_a_resolved_state_designation_or_mandate_asks_no_one(item: str) -> None:
    """``resolves that X shall become Y``, ``that its Chairman shall be Ms A``, ``that X remain ...``, ``that the
    mandate of X shall be extended``: what the issuer makes of a group, a post or a text (decision 38), no action of
    anyone asked; before, the subject was asked to ``become ...`` or ``be ...``."""
    assert _resolved(item) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Group decided that the Task Force on Reef Buoys shall become the Standing Committee on Reef Data.",
        "The Group agreed that the Drafting Committee should remain open to observers.",
        "The Group decided that the mandate of the Task Force on Reef Buoys shall be extended until 2034.",
    ],
)
def test_a_decided_state_in_a_record_asks_no_one(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_resolved_action_or_passive_request_of_an_agent_still_asks() -> None:
    assert _resolved(
        "1 that the Task Force on Reef Buoys shall continue to map the reefs;",
        "2 that the Council shall be invited to approve the reef roadmap;",
        "3 that administrations shall be represented at the Reef Forum at an appropriate level;",
        "4 that the Director of TSB shall act as focal point for reef data;",
    ) == [
        ("resolve", ("task-force-on-reef-buoys",), "continue to map the reefs"),
        ("resolve", ("itu-council",), "be invited to approve the reef roadmap"),
        ("resolve", ("administrations",), "be represented at the Reef Forum at an appropriate level"),
        ("resolve", ("itu-tsb/director",), "act as focal point for reef data"),
    ]


def test_an_invitation_to_become_a_member_still_asks() -> None:
    assert [(p[2], a) for p, a in _read("The Group invited observers to become members of the reef network.")] == [
        (("collective:observers",), "become members of the reef network")
    ]


# ----------------------------------------------------------------------------- a request to ask, inside a that clause
def _contribution(sentence: str) -> list[tuple[str, tuple[str, ...], str]]:
    r = make_report("Contribution from Fiji", "Council Working Group on Reef Data", "Document CWG-REEF-3/7", sentence)
    return [(p[1], p[2], x.action) for x in run(r, None) for p in [parties(x)]]


@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "Fiji proposes that the Group recommend to the Council that BDT be invited to publish the reef atlas.",
            "body:council-working-group-on-reef-data",
            "recommend to the Council that BDT be invited to publish the reef atlas",
        ),
        (
            "Fiji also proposes that TDAG recommend to the Council that the Secretary-General be instructed to review"
            " Decision 12.",
            "body:tdag",
            "recommend to the Council that the Secretary-General be instructed to review Decision 12",
        ),
        (
            "Fiji suggests that the Council decide that the Director of TSB be requested to report on reef buoys.",
            "body:itu-council",
            "decide that the Director of TSB be requested to report on reef buoys",
        ),
    ],
)
def test_a_that_clause_asking_someone_to_have_a_third_asked_asks_its_own_subject(
    sentence: str, addressee: str, action: str
) -> None:
    """``proposes that X recommend to the Council that Y be instructed to ...``: X is to act (decision 43), the Council
    and Y are asked by no one yet; before, the words up to ``be instructed`` were read as whom the passive asks (the
    Council and Y)."""
    assert _contribution(sentence) == [("country:FJI", (addressee,), action)]


def test_a_that_clause_whose_subject_is_asked_in_the_passive_still_asks_that_subject() -> None:
    assert _contribution("Fiji proposes that the Director of BDT be requested to publish the reef atlas.") == [
        ("country:FJI", ("post:itu-bdt/director",), "publish the reef atlas")
    ]


# ----------------------------------------------------------------------------- a thing asked for by a relative clause
_ADDRESS = """REGIONAL FORUM ON COASTAL CONNECTIVITY
Suva, Fiji, 4–5 June 2033
Opening address by Ms Ilse Marendaal, Director, Coastal Data Office
Excellencies, ladies and gentlemen,
"""


def _address_requests(tmp_path: Path, sentence: str) -> list[tuple[str, str, list[str]]]:
    found = extract(parsed_text(tmp_path, _ADDRESS + sentence + "\n")).requests
    return [(r.verb, r.requester.key, [a.key for a in r.addressees]) for r in found]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "First, I have asked the Office to send an expert to each island State that requests one, to review its "
            "tide-gauge network before the end of 2034.",
            [("ask", "ilse-marendaal", ["coastal-data-office"])],
        ),
        (
            "We have asked our regional office to lend a buoy to any coastal State that requests one, to test its "
            "warning chain before the next season.",
            [("ask", "ilse-marendaal", ["regional-office"])],
        ),
        (
            "The Office will assign a mentor to every administration which requests one, to help it prepare its first "
            "filing by 30 June 2034.",
            [],
        ),
    ],
)
def test_one_asked_for_in_a_relative_clause_is_no_addressee(tmp_path: Path, sentence: str, kept: list[object]) -> None:
    # ``one`` stands for the thing asked for (``addressee-words.csv`` kind ``non-agent``); the infinitive after the
    # comma is the purpose of the sending, asked of no one
    assert _address_requests(tmp_path, sentence) == kept


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("I invite each one of you to share your data with the Office.", ["participants"]),
        # one member of a known group is the group (collectives.csv ``one delegation``), still named
        ("I request one delegation from each region to serve on the drafting group.", ["delegations"]),
    ],
)
def test_one_that_heads_or_opens_a_group_still_names_it(tmp_path: Path, sentence: str, asked: list[str]) -> None:
    ((_, requester, addressees),) = _address_requests(tmp_path, sentence)
    assert requester == "ilse-marendaal" and addressees == asked


# ----------------------------------------------------------------------------- steps proposed for someone to take
_CONTRIBUTION = """Contribution from the Republic of Malawi

Council Working Group on Coastal Resilience

{sentence}

Malawi invites the Group to consider the proposals in Section 3.
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "This contribution shares national experience with tide-gauge networks and proposes practical steps for the "
        "Group to take before the 2034 session of the Council.",
        "This document suggests concrete steps for the Working Group to consider at its next meeting.",
        "The contribution proposes three steps for the secretariat to follow in preparing the buoy registry.",
    ],
)
def test_steps_proposed_for_someone_to_take_ask_no_one(tmp_path: Path, sentence: str) -> None:
    # ``steps`` names no agent (``addressee-words.csv`` kind ``non-agent``), read before its ``for`` as before ``of``
    found = extract(parsed_text(tmp_path, _CONTRIBUTION.format(sentence=sentence))).requests
    assert [(r.verb, r.requester.key, [a.key for a in r.addressees]) for r in found] == [
        ("invite", "MWI", ["council-working-group-on-coastal-resilience"])
    ]


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "Malawi proposes that the Group take practical steps to protect tide gauges.",
            "council-working-group-on-coastal-resilience",
        ),
        ("Malawi invites Member States to take steps for the protection of tide gauges.", "member-states"),
    ],
)
def test_steps_asked_of_an_agent_still_ask_it(tmp_path: Path, sentence: str, asked: str) -> None:
    found = extract(parsed_text(tmp_path, _CONTRIBUTION.format(sentence=sentence))).requests
    assert (found[0].requester.key, [a.key for a in found[0].addressees]) == ("MWI", [asked])


# ----------------------------------------------------------------------------- a thing as a modal clause's subject
@pytest.mark.parametrize(
    "sentence",
    [
        "After discussion, the Group agreed that the Apia phase should focus on buoy calibration.",
        "The Group agreed that the Suva report should include a map of the buoys.",
        "The Group decided that the Lima proposals shall cover the southern coast.",
        "The Group agreed that the Tonga stage of the survey should start in May 2032.",
    ],
)
def test_a_thing_named_with_a_place_as_a_modal_clauses_subject_is_asked_nothing(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_group_named_with_a_place_as_a_modal_clauses_subject_is_still_asked() -> None:
    got = _read("The Group agreed that the Pacific community should share its buoy data.")
    assert [p[2] for p, _ in got] == [("collective:pacific-community",)]

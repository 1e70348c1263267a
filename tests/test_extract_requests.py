"""Requests and decisions (ingest/extract/requests.py) on the sample and on variants."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, sample_report
from extract_support import one_section_report as report

from wsiskg.ingest.extract.document import new_document
from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.extract.requests import find_requests
from wsiskg.ingest.records import Decision, ParsedReport, Request


def run(r: ParsedReport, body: str | None, year: int = 2023) -> tuple[tuple[Request, ...], tuple[Decision, ...]]:
    return find_requests(r, find_actors(r, body), body, year)


def short(req: Request) -> tuple[str, str, str, tuple[str, ...]]:
    return (
        req.verb,
        f"{req.requester.kind}:{req.requester.key}",
        tuple(f"{a.kind}:{a.key}" for a in req.addressees),
        req.action,
    )


G, SEC = "body:cwg-wsis-sdg", "body:wsis-secretariat"
# every request of sections 2 and 5-9: (section, verb, requester, addressees, start of the action)
GOLDEN = [
    (
        "2",
        "invite",
        "person:houlin-zhao",
        ("collective:participants",),
        "contribute to the WSIS Forum 2022 that will be held on 15 March onwards",
    ),
    ("2", "invite", "person:houlin-zhao", ("collective:all",), "consider contributing to the WSIS Fund in Trust"),
    (
        "2",
        "encourage",
        "person:houlin-zhao",
        ("collective:members",),
        "continue contributing to the contest of WSIS Prizes",
    ),
    (
        "2",
        "invite",
        "person:vladimir-minkin",
        ("post:itu-tsb/director", "post:itu-bdt/director"),
        "submit the WSIS-related outcomes of the WTSA-20 and WTDC-21 for the next CWG-WSIS&SDG meeting",
    ),
    ("5.5.1", "invite", "body:unesco", ("post:unesco/director-general",), "ensure a leading role for the Organization"),
    ("6.4.2", "invite", G, ("collective:stakeholders",), "contribute to a new set of ongoing activities"),
    ("6.5", "encourage", G, ("collective:membership",), "contribute to the WSIS Fund in Trust 2022"),
    ("6.6.1", "invite", G, ("collective:wsis-stakeholders",), "continue submitting updates and new entries online"),
    (
        "6.7.2",
        "invite",
        G,
        (G,),
        "promote the ongoing Submission Phase among their communities and networks and submit ICT projects",
    ),
    ("6.10.3", "invite", G, ("collective:stakeholders",), "participate in the regional events organised by ITU"),
    ("6.10.3", "encourage", G, ("collective:stakeholders",), "submit and share regional initiatives"),
    ("6.11", "invite", SEC, ("collective:all",), "visit https://www.itu.int/en/wtisd/2022/Pages/default.aspx"),
    ("7.1.1", "invite", G, (SEC,), "continue providing input from New York"),
    ("7.1.2", "encourage", G, (SEC, G), "strengthen the visibility and promotion of WSIS activities"),
    ("7.1.5", "encourage", G, (SEC,), "continue these efforts"),
    (
        "7.2.3",
        "request",
        G,
        ("post:itu/secretary-general",),
        "present the ITU’s Roadmap on WSIS+20 at the ITU Council 2022, aiming to continue",
    ),
    ("7.3.3", "encourage", G, (SEC,), "continue strengthening the alignment between the WSIS Action Lines and SDGs"),
    ("7.3.4", "invite", G, (G, SEC), "explore collaborative ways of increasing participation"),
    ("7.3.5", "request", G, (SEC,), "further promote and coordinate the work of all the special initiatives"),
    (
        "7.3.8",
        "encourage",
        G,
        ("collective:membership",),
        "participate actively in the WSIS Forum 2022, identify new thematic areas",
    ),
    # 7.3.9 "It was proposed that the ... Programme are shaped ...": impersonal, asks no one (issue 8)
    ("7.4.2", "encourage", G, (SEC,), "work closely with BR, TSB, BDT and the General Secretariat"),
    (
        "7.4.3",
        "invite",
        G,
        ("post:itu-tsb/director", "post:itu-bdt/director"),
        "present the Report on implementation of the WSIS Outcomes",
    ),
    (
        "7.5.2",
        "request",
        G,
        (SEC,),
        "formalise arrangement of ITU as the lead facilitator of WSIS Action Line C4 (Capacity "
        "Building), and report to Council 2022",
    ),
    ("7.5.3", "request", G, (SEC,), "this action line is to be added to the next edition of the Roadmaps"),
    ("7.6.1", "encourage", G, (SEC,), "continue working closely with the ITU Regional Offices"),
    ("7.6.3", "invite", G, ("collective:membership",), "participate in the regional events"),
    ("7.6.4", "encourage", G, ("post:cwg-wsis-sdg/vice-chair",), "contribute towards regional reporting"),
    ("7.7.2", "encourage", G, ("collective:membership",), "participate actively in the WSIS Stocktaking activities"),
    ("7.7.4", "invite", G, (G,), "contribute to the various WSIS Stocktaking repositories and to consider working"),
    ("7.7.5", "invite", G, (SEC,), "use the WSIS Stocktaking platform"),
    ("7.8.2", "encourage", G, ("collective:membership",), "participate actively in the WSIS Prizes 2022"),
    ("7.8.3", "invite", G, (G, SEC), "explore collaborative ways of increasing submissions"),
    ("7.11.1", "invite", G, (G,), "actively participate in commemorating the theme of WTISD-22"),
    ("7.11.2", "request", G, (SEC,), "share the detailed plan of activities for the WTISD 2022 celebrations"),
    ("7.12.2", "encourage", G, (SEC,), "organise a workshop at the WSIS Forum 2022"),
    (
        "7.13.2",
        "invite",
        G,
        ("collective:membership", "collective:wsis-stakeholders"),
        "contribute to the WSIS Fund in Trust and to explore",
    ),
    ("7.14.2", "encourage", G, ("collective:study-groups",), "actively contribute to all activities"),
    ("8.2", "invite", G, (G, "collective:stakeholders"), "continue contributing to the year-long call"),
    ("8.3", "request", G, (SEC,), "coordinate an electronic reference toolkit"),
    ("9", "invite", G, (SEC,), "continue providing updates on the activities of the ITU/UNESCO Broadband Commission"),
]


@pytest.fixture(scope="module")
def sample_requests() -> tuple[tuple[Request, ...], tuple[Decision, ...]]:
    return run(sample_report(), "cwg-wsis-sdg", 2022)


def test_sample_every_request_in_sections_2_and_5_to_9(
    sample_requests: tuple[tuple[Request, ...], tuple[Decision, ...]],
) -> None:
    requests, _ = sample_requests
    wanted = [r for r in requests if r.section.split(".")[0] in {"2", "5", "6", "7", "8", "9"}]
    got = [(r.section, *short(r)) for r in wanted]
    assert len(got) == len(GOLDEN), [g[:3] for g in got]
    for g, (section, verb, requester, addressees, action) in zip(got, GOLDEN, strict=True):
        assert g[:4] == (section, verb, requester, addressees), g
        assert g[4].startswith(action), (g[4], action)
    assert not [r for r in requests if r not in wanted]  # no request elsewhere in the sample


def test_sample_request_details(sample_requests: tuple[tuple[Request, ...], tuple[Decision, ...]]) -> None:
    requests, _ = sample_requests
    by = {(r.section, r.verb): r for r in requests}
    r723 = by[("7.2.3", "request")]
    assert r723.action.endswith("in close collaboration with the UN agencies involved")
    assert r723.sentence.startswith("The Group requested the ITU Secretary-General")
    assert "event:council-2022" in r723.concerns
    assert by[("7.5.2", "request")].concerns[0] == "action-line:C4"
    assert by[("6.7.2", "invite")].deadline == date(
        2022, 1, 21
    )  # "before the deadline initially set for the 21 January"
    assert by[("7.4.3", "invite")].concerns[:4] == (
        "action-line:C2",
        "action-line:C4",
        "action-line:C5",
        "action-line:C6",
    )
    assert all(r.deadline is None for r in requests if r.section != "6.7.2")


def test_sample_decisions(sample_requests: tuple[tuple[Request, ...], tuple[Decision, ...]]) -> None:
    _, decisions = sample_requests
    got = {(d.section, d.verb, d.subject.key) for d in decisions}
    assert {
        ("7.2.1", "appreciate", "cwg-wsis-sdg"),
        ("7.2.1", "welcome", "cwg-wsis-sdg"),
        ("7.3.2", "welcome", "cwg-wsis-sdg"),
        ("7.3.1", "note", "cwg-wsis-sdg"),
        ("4", "adopt", "cwg-wsis-sdg"),
        ("2", "thank", "vladimir-minkin"),
        ("5.5.3", "thank", "unesco"),  # "UNESCO's representative", no one named: UNESCO
    } <= got
    # "the template approved during ...", "UNESCO Resolution ... adopted in ...": no agent, no decision
    assert not [d for d in decisions if d.section in ("6.3", "5.5", "7.2")]


# ------------------------------------------------------------------------ variants
def test_council_report_active_passive_and_by() -> None:
    r = report(
        "H.E. Mr. Ahmed Al-Mansouri (United Arab Emirates), Chairman of the Council, opened the session.",
        "Delegates were urged by the Chairman to submit contributions. "
        "The Council instructed the Secretary-General to report to the next session.",
        "The Council requested the Secretariat to prepare a report and invited Member States to comment on it.",
    )
    requests, _ = run(r, "itu-council")
    assert [short(x) for x in requests] == [
        ("urge", "person:ahmed-al-mansouri", ("collective:delegates",), "submit contributions"),
        ("instruct", "body:itu-council", ("post:itu/secretary-general",), "report to the next session"),
        ("request", "body:itu-council", ("body:itu-council-secretariat",), "prepare a report"),
        ("invite", "body:itu-council", ("collective:member-states",), "comment on it"),
    ]


def test_expert_group_with_deadlines_and_glued_names() -> None:
    r = report(
        "The Group invited Members to submit data by 15 April.",
        "Ms ClarisaEstol (Argentina) urged all participants to reply no later than 30 June 2024.",
        "Dr Jan van der Berg, Director, Telecommunication Development Bureau (BDT), asked Sector "
        "Members to provide comments until 1 May.",
    )
    requests, _ = run(r, "egh", 2024)
    assert [(short(x)[:3], x.deadline) for x in requests] == [
        (("invite", "body:egh", ("collective:members",)), date(2024, 4, 15)),
        (("urge", "person:clarisa-estol", ("collective:participants",)), date(2024, 6, 30)),
        (("ask", "person:jan-van-der-berg", ("collective:sector-members",)), date(2024, 5, 1)),
    ]


def test_that_clauses_call_upon_recommend_and_pronouns() -> None:
    r = report(
        "It was requested that the document be translated. The Group recommended that the Council approve the plan.",
        "The Group called upon Member States to support the initiative.",
        "The Chairman thanked UNESCO. He invited them to continue their work.",
        "The Group welcomed the report of the Task Force and encouraged it to continue.",
    )
    requests, decisions = run(r, "cwg-internet")
    got = [short(x) for x in requests]
    assert got[0] == ("request", "body:cwg-internet", ("body:cwg-internet-secretariat",), "the document be translated")
    # the subject of the "that" clause is the addressee
    assert got[1] == ("recommend", "body:cwg-internet", ("body:itu-council",), "approve the plan")
    assert got[2] == ("call-upon", "body:cwg-internet", ("collective:member-states",), "support the initiative")
    assert got[3][:3] == ("invite", "post:cwg-internet/chair", ("body:unesco",))
    assert len(got) == 4  # "encouraged it to continue": "it" is no agent known here
    assert [(d.verb, d.subject.key) for d in decisions] == [
        ("thank", "cwg-internet/chair"),
        ("welcome", "cwg-internet"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Based on several requests from members, the deadline was extended.",
        "She emphasized the need to encourage youth participation.",
        "The form is also to be used to request workshops, including request for exhibition spaces.",
        "The invitation to contribute was noted.",
        "The time management plan was adopted as proposed.",
    ],
)
def test_not_requests(text: str) -> None:
    requests, _ = run(report(text), "cwg-wsis-sdg")
    assert requests == ()


def test_two_addressees_and_two_verbs_in_one_sentence() -> None:
    r = report(
        "The Group and the Secretariat were invited to explore new formats. "
        ""
        "The Group requested the Secretariat to prepare a report and strongly encouraged members "
        "to contribute before 1 March 2023.",
    )
    requests, _ = run(r, "cwg-wsis-sdg")
    assert [short(x)[:3] for x in requests] == [
        ("invite", G, (G, SEC)),
        ("request", G, (SEC,)),
        ("encourage", G, ("collective:members",)),
    ]
    assert requests[1].action == "prepare a report"
    assert requests[2].deadline == date(2023, 3, 1)
    assert requests[1].sentence == requests[2].sentence


def test_a_lettered_list_gives_one_request_per_item() -> None:
    from datetime import date

    from wsiskg.ingest.records import Paragraph, ParsedReport, Section

    texts = [
        ("The Group recommends that the Council:", "body", "4.1"),
        ("a) take note of the survey results;", "list-item", None),
        ("b) ask the Secretary-General to publish the guidelines before the end of March 2032;", "list-item", None),
        ("c) encourage Member States to share good practices.", "list-item", None),
        ("The Group thanked the participants.", "body", "4.2"),
    ]
    paragraphs = tuple(Paragraph(i + 1, "4", t, kind, n) for i, (t, kind, n) in enumerate(texts))
    r = ParsedReport("t.txt", "text/plain", None, (Section("4", "Recommendations", None, 1),), paragraphs)
    requests, _ = run(r, "cwg-cop")
    assert [(x.paragraph, x.verb, x.requester.key, [a.key for a in x.addressees], x.action) for x in requests] == [
        (2, "recommend", "cwg-cop", ["itu-council"], "take note of the survey results"),
        (
            3,
            "recommend",
            "cwg-cop",
            ["itu-council"],
            "ask the Secretary-General to publish the guidelines before the end of March 2032",
        ),
        (4, "recommend", "cwg-cop", ["itu-council"], "encourage Member States to share good practices"),
    ]
    assert requests[1].deadline == date(2032, 3, 31)


def test_impersonal_and_self_proposals_ask_no_one_and_collective_clause_subjects() -> None:
    r = report(
        "The Secretariat is requested to ensure that the guidelines are translated.",
        "The Group recommended that Member States share good practices with the Secretariat.",
        "It is proposed to hold the next meeting in June. The Group proposed to continue the work.",
        "The Group requested that this item is added to the agenda.",
    )
    requests, _ = run(r, "cwg-cop")
    got = [(x.paragraph, x.verb, [a.key for a in x.addressees], x.action) for x in requests]
    assert got[0] == (1, "request", ["cwg-cop-secretariat"], "ensure that the guidelines are translated")
    assert got[1] == (2, "recommend", ["member-states"], "share good practices with the Secretariat")
    assert not [g for g in got if g[0] == 3]  # "It is proposed to ...", "the Group proposed to ..."
    assert [g[2] for g in got if g[0] == 4] == [["cwg-cop-secretariat"]]  # "this item" is no collective


def test_a_resolution_or_a_conference_as_subject_is_its_issuer_asking() -> None:
    r = report(
        "Resolution 1344 invites the Secretary-General to report annually.",
        "By Resolution 133, PP-10 instructed the Secretary-General to report.",
        "PP Resolution 140 (Rev. Dubai, 2018) instructs the Council to act.",
    )
    requests, _ = run(r, "cwg-cop")
    assert [(x.paragraph, x.requester.key, [a.key for a in x.addressees]) for x in requests] == [
        (1, "itu-council", ["itu/secretary-general"]),
        (2, "itu-pp", ["itu/secretary-general"]),
        (3, "itu-pp", ["itu-council"]),
    ]


def test_a_group_of_posts_is_each_post() -> None:
    from wsiskg.ingest.extract import extract

    r = report(
        "The 9th meeting of the Council Working Group on Child Online Protection was held on 3 May 2031.",
        "The Group invites the Directors of the three Bureaux to include the topic in their operational plans.",
    )
    found = extract(r)
    (request,) = found.requests
    keys = ["itu-br/director", "itu-tsb/director", "itu-bdt/director"]
    assert [a.key for a in request.addressees] == keys
    assert request.addressees[2].label == "Director, Telecommunication Development Bureau"
    assert {p.key: p.paragraphs for p in found.posts if p.key in keys} == dict.fromkeys(keys, (2,))


def test_words_that_place_a_group_in_the_room_are_dropped() -> None:
    r = make_report(
        "Opening remarks by Rangi Te Awa-Lindqvist, Director, Telecommunication Development Bureau",
        "I invite the broadcasters and satellite operators present here to join the pilot. "
        "I urge all Member States represented here today to ratify the amendments.",
    )
    new_document(r)
    got = run(r, None)[0]
    assert [[(a.key, a.label) for a in x.addressees] for x in got] == [
        [("broadcasters", "the broadcasters"), ("satellite-operators", "satellite operators")],
        [("member-states", "all Member States")],
    ]


def test_a_group_and_the_bodies_it_lists_in_brackets() -> None:
    r = report(
        "UNESCO invited the specialized agencies (WHO, WIPO and the Universal Postal Union (UPU)) to "
        "share their data by 1 June 2030."
    )
    got = run(r, "ungis")[0]
    assert [short(x)[1:3] for x in got] == [("body:unesco", ("body:who", "body:wipo", "body:upu"))]


def test_a_group_of_a_body_keeps_its_words_with_or_without_all() -> None:
    r = report(
        "UNCTAD invited UNGIS members to submit proposals. UNESCO called upon all UNGIS members to publish "
        "their statistics. The Group invited members to comment."
    )
    got = run(r, "ungis")[0]
    assert [[(a.key, a.label) for a in x.addressees] for x in got] == [
        [("ungis-members", "UNGIS members")],
        [("ungis-members", "all UNGIS members")],
        [("members", "members")],
    ]


def test_each_infinitive_with_its_own_due_date_is_a_request() -> None:
    r = report(
        "The Secretariat invites administrations to nominate their experts by 3 March 2031, and to submit "
        "case studies on rural coverage by 12 May 2031. "
        "UNESCO encouraged the regional commissions to share their data by 1 June 2030 and also to "
        "publish a summary by 15 September 2030. "
        "The Group invited the correspondence group to complete its work by 9 April 2030 and to report "
        "to the next meeting. "
        "The Group invited the Secretariat to draft the terms of reference and to circulate them by 2 "
        "February 2030."
    )
    got = run(r, "cwg-wsis-sdg")[0]
    assert [(x.action, x.deadline) for x in got] == [
        ("nominate their experts by 3 March 2031", date(2031, 3, 3)),
        ("submit case studies on rural coverage by 12 May 2031", date(2031, 5, 12)),
        ("share their data by 1 June 2030", date(2030, 6, 1)),
        ("publish a summary by 15 September 2030", date(2030, 9, 15)),
        ("complete its work by 9 April 2030 and to report to the next meeting", date(2030, 4, 9)),
        ("draft the terms of reference and to circulate them by 2 February 2030", date(2030, 2, 2)),
    ]
    assert len({x.addressees for x in got[:2]}) == 1 and got[0].addressees == got[1].addressees


def test_tasked_with_a_gerund_asks_the_object() -> None:
    r = report(
        "The Group tasked the Secretariat with compiling the replies by 4 October 2030. "
        "UNESCO tasked the regional commissions with organizing two workshops. "
        "The Group requested the Secretariat with regard to the budget."
    )
    got = run(r, "cwg-wsis-sdg")[0]
    assert [(x.verb, [a.key for a in x.addressees], x.action, x.deadline) for x in got] == [
        ("task", ["wsis-secretariat"], "compiling the replies by 4 October 2030", date(2030, 10, 4)),
        ("task", ["regional-commissions"], "organizing two workshops", None),
    ]


def test_a_group_with_a_lower_case_place_is_the_group() -> None:
    # words that only locate or qualify the group are dropped (docs/annotation-guide.md decision 12): the
    # annotations write "my fellow ministers" as "ministers"
    r = make_report(
        "Keynote address by Ilse Varga-Moreno, Minister of Digital Affairs",
        "I encourage my fellow ministers of the region to join the alliance. "
        "I invite our fellow regulators across the continent to share their data. "
        "I urge the results of the survey to be published.",
    )
    new_document(r)
    got = run(r, None)[0]
    assert [[(a.kind, a.label) for a in x.addressees] for x in got] == [
        [("collective", "ministers")],
        [("collective", "regulators")],
    ]


def test_the_focal_points_or_secretariats_of_listed_bodies_are_the_bodies() -> None:
    r = report(
        "The Group tasked the WIPO and UNCTAD focal points with drafting a joint note. "
        "UNESCO invited the ESCAP, ECA and ESCWA secretariats to review the outline. "
        "UNESCO invited the national focal points to reply."
    )
    got = run(r, "ungis")[0]
    assert [[a.key for a in x.addressees] for x in got] == [
        ["wipo", "unctad"],
        ["escap", "eca", "escwa"],
        ["national-focal-points"],
    ]


@pytest.mark.parametrize("kind", ["body", "list-item"])
def test_items_whose_numbers_the_parser_took_for_sections_follow_their_lead(kind: str) -> None:
    from wsiskg.ingest.records import Paragraph, ParsedReport, Section

    texts = [
        ("Recommendation COM.III/REC. 4 (II-31): the Committee recommends that administrations:", "body", "2"),
        ("appoint a national contact point for the regional database;", kind, "3"),
        ("consider joining the pilot, in line with Resolution 12.", "body", "4"),
        ("the Committee thanked the host.", "body", "5"),
    ]
    paragraphs = tuple(Paragraph(i + 1, "2", t, k, n) for i, (t, k, n) in enumerate(texts))
    r = ParsedReport("t.txt", "text/plain", None, (Section("2", "Decisions", None, 1),), paragraphs)
    requests, _ = run(r, "cwg-cop")
    assert [(x.paragraph, x.verb, [a.key for a in x.addressees], x.action) for x in requests] == [
        (2, "recommend", ["administrations"], "appoint a national contact point for the regional database"),
        (3, "recommend", ["administrations"], "consider joining the pilot, in line with Resolution 12"),
    ]


def test_items_numbered_inline_are_one_request_each() -> None:
    r = report(
        "The Conference resolves to instruct the Secretary-General 1 to publish the database and to "
        "report annually to the Council; 2 to cooperate with UNESCO by 1 March 2031. "
        "The Group invited the Secretariat to prepare 2 documents by 5 May 2030."
    )
    got = run(r, "cwg-wsis-sdg")[0]
    assert [(x.action, x.deadline) for x in got] == [
        ("publish the database and to report annually to the Council", None),
        ("cooperate with UNESCO by 1 March 2031", date(2031, 3, 1)),
        ("prepare 2 documents by 5 May 2030", date(2030, 5, 5)),
    ]


def test_an_item_numbered_inline_then_items_in_paragraphs_of_their_own() -> None:
    r = make_report(
        "Resolution 12",
        "The Assembly resolves to instruct the Director of the Telecommunication Standardization Bureau "
        "1 to maintain the registry",
        "2 to report on it to TSAG by 1 June 2031.",
    )
    new_document(r)
    got = run(r, None)[0]
    assert [(x.action, x.deadline) for x in got] == [
        ("maintain the registry", None),
        ("report on it to TSAG by 1 June 2031", date(2031, 6, 1)),
    ]

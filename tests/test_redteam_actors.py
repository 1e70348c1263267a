"""Red team: actors, requests and concepts on ITU reports in other styles than the sample
(Council working groups, an ITU-D expert group, an advisory group, UNGIS), with other
people, countries and years, and the noise of real texts (glued names, capitals, initials).

Each fixture in ``tests/data/redteam-actors/`` goes through the real reader, parser and
extractor; one goes through the whole pipeline (model and SHACL)."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest

from wsiskg.core.config import Config
from wsiskg.core.store import Store
from wsiskg.ingest.extract import extract
from wsiskg.ingest.parse import parse
from wsiskg.ingest.pipeline import ingest_files
from wsiskg.ingest.read import read
from wsiskg.ingest.records import Extraction, Person, Request

DATA = Path(__file__).parent / "data" / "redteam-actors"


@cache
def facts(stem: str) -> Extraction:
    return extract(parse(read(DATA / f"{stem}.txt")))


def person(x: Extraction, key: str) -> Person:
    return next(p for p in x.persons if p.key == key)


def requests_in(x: Extraction, start: str) -> list[Request]:
    order = next(p.order for p in x.report.paragraphs if p.text.startswith(start))
    return [r for r in x.requests if r.paragraph == order]


def short(r: Request) -> tuple[str, str, tuple[str, ...], str]:
    return (r.verb, f"{r.requester.kind}:{r.requester.key}", tuple(f"{a.kind}:{a.key}" for a in r.addressees), r.action)


# ---------------------------------------------------------------------------- persons
@pytest.mark.parametrize(
    ("stem", "key", "name", "honorific", "country", "posts"),
    [
        ("cwg-wsis-sdg-40", "juan-perez", "Juan Pérez", "Mr.", "ARG", ("cwg-wsis-sdg/chair",)),
        ("cwg-wsis-sdg-40", "clarisa-estol", "Clarisa Estol", "Ms.", "URY", ("cwg-wsis-sdg/vice-chair",)),
        ("cwg-wsis-sdg-40", "pieter-van-der-berg", "Pieter van der Berg", "Mr.", "NLD", ("cwg-wsis-sdg/vice-chair",)),
        ("cwg-wsis-sdg-40", "fatima-al-mansouri", "Fatima Al-Mansouri", "Dr", "ARE", ("cwg-wsis-sdg/vice-chair",)),
        ("cwg-wsis-sdg-40", "ahmed-ben-ali", "Ahmed Ben Ali", "H.E. Mr.", "TUN", ()),
        ("cwg-wsis-sdg-40", "seizo-onoe", "Seizo Onoe", "Mr.", None, ("itu-tsb/director",)),
        ("cwg-wsis-sdg-40", "cosmas-luckyson-zavazava", "Cosmas Luckyson Zavazava", "Dr", None, ("itu-bdt/director",)),
        ("cwg-internet-19", "omar-al-rashidi", "Omar Al-Rashidi", "Mr.", "SAU", ("cwg-internet/chair",)),
        ("cwg-internet-19", "anna-kowalska", "Anna Kowalska", "Mrs.", "POL", ("cwg-internet/vice-chair",)),
        ("cwg-internet-19", "samuel-okoro", "Samuel Okoro", "Eng.", "NGA", ("cwg-internet/vice-chair",)),
        ("cwg-internet-19", "maria-gonzalez-de-la-cruz", "Maria Gonzalez de la Cruz", "Amb.", "MEX", ()),
        ("cwg-internet-19", "jean-dupont", "Jean Dupont", "Mr.", "FRA", ()),
        ("cwg-internet-19", "jean-claude-mbeki", "Jean-Claude Mbeki", "Prof.", "ZAF", ()),
        ("egti-15", "esperanza-ruiz", "Esperanza Ruiz", "Ms.", "COL", ("egti/chair",)),
        ("egti-15", "karim-haddad", "Karim Haddad", "Mr.", "LBN", ("egti/vice-chair",)),
        ("egti-15", "ingrid-johansson", "Ingrid Johansson", "Ms.", "SWE", ("egti/vice-chair",)),
        ("egti-15", "a-b-smith", "A. B. Smith", "Mr.", "GBR", ("egti/rapporteur",)),  # "rapporteur of the sub-group"
        ("egti-15", "john-smith", "John Smith", "Mr.", "AUS", ()),
        ("tdag-31", "roland-yaw-kudozia", "Roland Yaw Kudozia", "Mr.", "GHA", ("tdag/chair",)),
        ("tdag-31", "ivan-petrov", "Ivan Petrov", "Mr.", "RUS", ("tdag/vice-chair",)),
        ("ungis-2024", "tomas-lamanauskas", "Tomas Lamanauskas", "Mr.", None, ("itu/deputy-secretary-general",)),
        # "UNESCO, represented by Mr. X, Assistant Director-General for ..."
        (
            "ungis-2024",
            "tawfik-jelassi",
            "Tawfik Jelassi",
            "Mr.",
            None,
            ("unesco/representative", "unesco/assistant-director-general"),
        ),
        # "Director, Division on ..., UNCTAD, and Head of the CSTD Secretariat": two posts
        ("ungis-2024", "shamika-sirimanne", "Shamika Sirimanne", "Ms.", None, ("unctad/director", "cstd/head")),
        (
            "wsis-forum-hlt-2025",
            "nadia-haddou",
            "Nadia Haddou",
            "Ms.",
            None,
            ("itu/representative", "itu/assistant-director-general", "ungis/coordinator"),
        ),
        # nested brackets of ITU list forms
        ("itu-t-sg17-2025", "kim-soo-yeon", "Kim Soo-yeon", "Ms.", "KOR", ()),
        ("itu-t-sg17-2025", "reza-tehrani", "Reza Tehrani", "Mr.", "IRN", ()),
        ("itu-t-sg17-2025", "oliver-grant", "Oliver Grant", "Mr.", "GBR", ()),
        # "Q.1/17 Rapporteur Mr. X"; lower-case "rapporteur of the correspondence group", "coordinator of ..."
        (
            "itu-t-sg17-2025",
            "daniel-mensah",
            "Daniel Mensah",
            "Mr.",
            "GHA",
            ("itu-t-q1-17/rapporteur",),
        ),  # of Question 1/17
        ("itu-t-sg17-2025", "c-d-okonkwo", "C. D. Okonkwo", "Mr.", "NGA", ("itu-t-sg17/rapporteur",)),
        ("itu-t-sg17-2025", "priya-raman", "Priya Raman", "Ms.", "IND", ("itu-t-sg17/coordinator",)),
        # the chair of an unnamed drafting group holds no post in the meeting body (nor its chair)
        ("itu-t-sg17-2025", "lucas-moreau", "Lucas Moreau", "Mr.", "FRA", ()),
        # "Chairman of Study Group 17": the study group is a body (ITU-T SG17), so the chair post is in it
        ("itu-t-sg17-2025", "heinrich-vogel", "Heinrich Vogel", "Mr.", "DEU", ("itu-t-sg17/chair",)),
    ],
)
def test_person(stem: str, key: str, name: str, honorific: str, country: str | None, posts: tuple[str, ...]) -> None:
    p = person(facts(stem), key)
    assert (p.name, p.honorific, p.country, p.posts) == (name, honorific, country, posts)


@pytest.mark.parametrize(
    ("stem", "chair", "vice_chairs"),
    [
        # "opened by the Chairman, Mr. A (X)"; "The Vice-Chairs of the Group are Mr. B (Y), ..."
        (
            "cwg-wsis-sdg-40",
            "juan-perez",
            {"clarisa-estol", "pieter-van-der-berg", "fatima-al-mansouri", "tunde-adeyemi", "mei-lin-chen"},
        ),
        # "under the chairmanship of Mr. A (X)"; "Mrs B (Y) and Eng. C (Z) served as Vice-Chairs"
        ("cwg-internet-19", "omar-al-rashidi", {"anna-kowalska", "samuel-okoro"}),
        # "chaired by Ms. A (X), Chair of EGTI, assisted by Mr. B (Y) and Ms. C (Z), Vice-Chairs"
        ("egti-15", "esperanza-ruiz", {"karim-haddad", "ingrid-johansson"}),
        # "The TDAG Vice-Chairpersons are: Ms. A (X); Mr. B (Y); ..."
        ("tdag-31", "roland-yaw-kudozia", {"ines-hurtado", "ahmad-al-khalifa", "nadia-bensaid", "ivan-petrov"}),
    ],
)
def test_chair_and_vice_chairs(stem: str, chair: str, vice_chairs: set[str]) -> None:
    m = facts(stem).meeting
    assert m is not None
    assert (m.chair, set(m.vice_chairs)) == (chair, vice_chairs)


def test_countries_a_delegate_speaks_for_are_mentioned() -> None:
    codes = {c.code for c in facts("cwg-wsis-sdg-40").countries}
    assert {"USA", "CHN", "BRA", "IND", "KEN", "TUN"} <= codes
    assert "CIV" in {c.code for c in facts("tdag-31").countries}


# ---------------------------------------------------------------------------- bodies
def test_bodies_and_the_sector_bureau_as_secretariat() -> None:
    assert {"itu-tsb", "itu-bdt", "cwg-wsis-sdg"} <= {b.key for b in facts("cwg-wsis-sdg-40").bodies}
    # an ITU-D group's secretariat is BDT, not the General Secretariat
    assert short(requests_in(facts("egti-15"), "The meeting agreed")[0]) == (
        "request",
        "body:egti",
        ("body:itu-bdt",),
        "revise the definitions of indicators on e-government and E-health",
    )


# ---------------------------------------------------------------------------- requests
@pytest.mark.parametrize(
    ("stem", "start", "expected"),
    [
        (
            "cwg-wsis-sdg-40",
            "The Chair invited",
            ("invite", "person:juan-perez", ("collective:member-states",), "submit contributions by 15 January 2025"),
        ),
        (
            "cwg-wsis-sdg-40",
            "Member States are invited",
            (
                "invite",
                "body:cwg-wsis-sdg",
                ("collective:member-states",),
                "share their national experiences on Action Lines C1 to C11",
            ),
        ),
        # a request after "agreed to"
        (
            "cwg-wsis-sdg-40",
            "The meeting agreed",
            ("request", "body:cwg-wsis-sdg", ("body:wsis-secretariat",), "update the ITU WSIS roadmaps"),
        ),
        (
            "cwg-wsis-sdg-40",
            "The Group instructed",
            (
                "instruct",
                "body:cwg-wsis-sdg",
                ("body:wsis-secretariat",),
                "publish the report on the WSIS Stocktaking platform",
            ),
        ),
        # the subject of the "that" clause is the addressee
        (
            "cwg-wsis-sdg-40",
            "The Group recommended",
            ("recommend", "body:cwg-wsis-sdg", ("body:itu-council",), "approve the updated roadmaps"),
        ),
        # "The Council Working Group" is the meeting body, not the Council
        (
            "cwg-wsis-sdg-40",
            "The Council Working Group urged",
            ("urge", "body:cwg-wsis-sdg", ("collective:member-states",), "participate actively in the WSIS Forum 2025"),
        ),
        (
            "cwg-wsis-sdg-40",
            "The Group called upon",
            ("call-upon", "body:cwg-wsis-sdg", ("collective:stakeholders",), "contribute to the WSIS Stocktaking"),
        ),
        (
            "cwg-wsis-sdg-40",
            "Sector Members and Associates",
            (
                "encourage",
                "body:cwg-wsis-sdg",
                ("collective:sector-members", "collective:associates"),
                "submit contributions on E-learning and Media",
            ),
        ),
        (
            "cwg-wsis-sdg-40",
            "The Chairman thanked",
            ("ask", "person:juan-perez", ("body:wsis-secretariat",), "circulate the draft report by 1 March 2025"),
        ),
        # the delegate of a country asks
        (
            "cwg-wsis-sdg-40",
            "The delegate of China",
            ("ask", "country:CHN", ("post:itu-bdt/director",), "present an update at the next meeting"),
        ),
        # "..., proposing that the Group consider": the sentence's subject proposes, the Group is asked
        (
            "cwg-internet-19",
            "The delegate of the Russian Federation",
            ("propose", "country:RUS", ("body:cwg-internet",), "consider a new work item"),
        ),
        (
            "cwg-internet-19",
            "The Chairman requested",
            (
                "request",
                "person:omar-al-rashidi",
                ("collective:delegations",),
                "submit their comments by 31 October 2024",
            ),
        ),
        # "agreed to recommend to Council that ..."
        (
            "cwg-internet-19",
            "The Group agreed to recommend",
            (
                "recommend",
                "body:cwg-internet",
                ("body:itu-council",),
                "the next open consultation address the topic of Internet connectivity in developing countries",
            ),
        ),
        (
            "tdag-31",
            "The representative of the Islamic Republic of Iran",
            ("request", "country:IRN", ("body:itu-bdt",), "the report reflect its statement"),
        ),
    ],
)
def test_request(stem: str, start: str, expected: tuple[str, str, tuple[str, ...], str]) -> None:
    assert [short(r) for r in requests_in(facts(stem), start)] == [expected]


def test_deadlines_of_requests() -> None:
    x = facts("cwg-wsis-sdg-40")
    assert [r.deadline for r in requests_in(x, "The Chair invited")] == [date(2025, 1, 15)]
    assert [r.deadline for r in requests_in(x, "The Chairman thanked")] == [date(2025, 3, 1)]


def test_a_proposed_thing_is_no_addressee() -> None:
    assert requests_in(facts("cwg-internet-19"), "Mr. Jean DUPONT") == []


@pytest.mark.parametrize(
    ("stem", "start", "verb", "subject"),
    [
        ("cwg-wsis-sdg-40", "The meeting was opened", "welcome", "person:juan-perez"),  # "..., who welcomed"
        ("egti-15", "The fifteenth meeting", "welcome", "person:cosmas-luckyson-zavazava"),
        ("cwg-wsis-sdg-40", "The delegate of China", "support", "country:CHN"),
        ("cwg-wsis-sdg-40", "Several Member States", "support", "collective:member-states"),
        ("tdag-31", "The representative of Côte", "support", "country:CIV"),
    ],
)
def test_decision_subject(stem: str, start: str, verb: str, subject: str) -> None:
    x = facts(stem)
    order = next(p.order for p in x.report.paragraphs if p.text.startswith(start))
    got = [f"{d.subject.kind}:{d.subject.key}" for d in x.decisions if d.paragraph == order and d.verb == verb]
    assert got == [subject]


# ---------------------------------------------------------------------------- concepts
def test_action_line_ranges_and_sdg_lists() -> None:
    mentions = {(m.kind, m.code) for m in facts("cwg-wsis-sdg-40").mentions}
    assert {("action-line", f"C{n}") for n in range(1, 12)} <= mentions  # "Action Lines C1 to C11"
    assert {("sdg", "3"), ("sdg", "4"), ("sdg", "5"), ("sdg", "9")} <= mentions  # "SDGs 3, 4 and 5", "Goal 9"
    assert ("action-line", "C7.e-learning") in mentions


# ---------------------------------------------------------------------------- pipeline
def test_pipeline_conforms() -> None:
    st = Store.open(None)
    results = ingest_files([DATA / "cwg-wsis-sdg-40.txt"], st, Config(store=None))
    assert results[0].conforms


# ---------------------------------------------------------------------------- noise
def test_name_stops_at_a_body_or_role_and_short_names_keep_their_country() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract.persons import find_actors

    r = one_section_report(
        "Ms. Nora Lindqvist ITU Secretary-General opened the meeting.",  # no comma before the post
        "Mr. Park (Republic of Korea) and Ms. Awa Kone (Côte d’Ivoire) spoke.",  # curly apostrophe
    )
    got = {p.key: (p.name, p.country, p.posts) for p in find_actors(r, "cwg-fhr").persons}
    assert got == {
        "nora-lindqvist": ("Nora Lindqvist", None, ("itu/secretary-general",)),
        "park": ("Park", "KOR", ()),
        "awa-kone": ("Awa Kone", "CIV", ()),
    }


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Korea (Rep. of)", "KOR"),
        ("Gambia (Republic of the)", "GMB"),  # the qualifier is dropped when the head is a country
        ("Micronesia (Federated States of)", "FSM"),
        ("Central African Rep.", "CAF"),  # ITU list abbreviations
        ("Dem. People's Rep. of Korea", "PRK"),
        ("Korea", None),  # an ambiguous head stays unknown
        ("Foo (Bar)", None),
    ],
)
def test_itu_list_forms_of_country_names(name: str, code: str | None) -> None:
    from wsiskg.ingest.extract.countries import country_code

    assert country_code(name) == code


def test_role_of_an_unknown_body_takes_no_default_body() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract.persons import find_actors

    r = one_section_report(
        "Mr. Ali Said (Egypt), Chair of the drafting group on the work plan, presented the text.",
        "Mr. Paul Biya, President of Cameroon, sent a message.",
        "Ms. Lina Berg (Norway), Chair of the meeting, closed it.",
    )
    got = {p.key: p.posts for p in find_actors(r, "cwg-fhr").persons}
    assert got == {"ali-said": (), "paul-biya": (), "lina-berg": ("cwg-fhr/chair",)}


# ---------------------------------------------------------------------------- round 2: requests
@pytest.mark.parametrize(
    ("stem", "start", "expected"),
    [
        # "agreed/decided that X would/should/shall ...": a request of the deciding body to X
        (
            "itu-t-sg17-2025",
            "It was agreed",
            (
                "agree",
                "body:itu-t-sg17",
                ("body:itu-tsb",),
                "prepare a consolidated list of work items by 30 June 2025",
            ),
        ),
        # "The Study Group" in a study group's report is that group, the meeting body
        (
            "itu-t-sg17-2025",
            "The Study Group agreed",
            ("agree", "body:itu-t-sg17", ("body:itu-tsb",), "organize a workshop on digital identity"),
        ),
        (
            "itu-t-sg17-2025",
            "The meeting decided",
            (
                "decide",
                "body:itu-t-sg17",
                ("collective:member-states",),
                "submit their comments on the draft Recommendation before the next meeting",
            ),
        ),
        (
            "ungis-2024",
            "Members agreed",
            (
                "agree",
                "collective:members",
                ("collective:action-line-facilitators",),
                "report on Action Lines C3, C7 and C9 (Media)",
            ),
        ),
        # a passive clause without an agent: the meeting body's secretariat, the clause as written
        (
            "egti-15",
            "EGTI recommended",
            (
                "recommend",
                "body:egti",
                ("body:itu-bdt",),
                "the revised indicators be submitted to the World Telecommunication/ICT Indicators Symposium",
            ),
        ),
        # the meeting body is not recognised: the group named in the title stands for it
        (
            "ungis-2024",
            "UNGIS members were invited",
            (
                "invite",
                "body:ungis",
                ("collective:members",),
                "contribute to the UNGIS Joint Statement by 15 April 2024",
            ),
        ),
        (
            "ungis-2024",
            "The Chair requested",
            ("request", "post:ungis/chair", ("body:itu",), "circulate the draft joint statement to all members"),
        ),
        (
            "wsis-forum-hlt-2025",
            "The Chair requested",
            ("request", "post:ungis/chair", ("body:unesco",), "update the WSIS Action Line matrix"),
        ),
    ],
)
def test_request_round_2(stem: str, start: str, expected: tuple[str, str, tuple[str, ...], str]) -> None:
    assert [short(r) for r in requests_in(facts(stem), start)] == [expected]


def test_a_decision_without_an_agent_in_its_clause_asks_no_one() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract.persons import find_actors
    from wsiskg.ingest.extract.requests import find_requests

    r = one_section_report(
        "The Group agreed that the text should be revised.",  # passive clause: a decision only
        "The Group noted that the Secretariat would prepare a list.",  # noting decides nothing
    )
    requests, decisions = find_requests(r, find_actors(r, "cwg-fhr"), "cwg-fhr", 2025)
    assert requests == () and [d.verb for d in decisions] == ["agree", "note"]


def test_without_any_meeting_body_the_meeting_asks() -> None:
    from extract_support import make_report

    from wsiskg.ingest.extract.persons import find_actors
    from wsiskg.ingest.extract.requests import find_requests

    r = make_report(
        "Participants were invited to submit their inputs by 30 September 2025.",
        title="Report of the WSIS Forum 2025 High-Level Track",
    )
    requests, _ = find_requests(r, find_actors(r, None), None, 2025)
    assert [short(x) for x in requests] == [
        ("invite", "collective:meeting", ("collective:participants",), "submit their inputs by 30 September 2025")
    ]


def test_the_post_stays_the_addressee_when_its_holder_is_known() -> None:
    # decided: a request names an office; the holder is one hop away (org:heldBy), so the post is kept
    (r,) = requests_in(facts("cwg-wsis-sdg-40"), "The delegate of China")
    assert [f"{a.kind}:{a.key}" for a in r.addressees] == ["post:itu-bdt/director"]
    assert person(facts("cwg-wsis-sdg-40"), "cosmas-luckyson-zavazava").posts == ("itu-bdt/director",)

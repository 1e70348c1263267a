"""Requests and decisions in other styles than the sample: who asked whom to do what, by when,
with every verb of the lexicon, "agreed that X would ...", passive clauses, delegates speaking
for a country, listed subjects, pronouns across paragraphs, and statements that ask no one.

Checked on what the extractor finds and on what the ``requests`` query gives."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import (
    fixture_extraction,
    fixture_store,
    make_report,
    one_section_report,
    person_of,
    query_rows,
    report_fixture,
    requests_by_section,
    requests_in,
    short_request,
)

from wsiskg.core.store import Store
from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.extract.requests import find_requests
from wsiskg.ingest.records import Paragraph, ParsedReport, Section

cop7 = report_fixture("cwg-cop-7")
internet22 = report_fixture("cwg-internet-22")


# ---------------------------------------------------------------------------- who asked whom to do what
@pytest.mark.parametrize(
    ("fixture", "start", "expected"),
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
    ],
)
def test_request(fixture: str, start: str, expected: tuple[str, str, tuple[str, ...], str]) -> None:
    assert [short_request(r) for r in requests_in(fixture_extraction(fixture), start)] == [expected]


def test_a_delegate_wishing_that_something_be_done_asks_no_one() -> None:
    # "requested that the report reflect its statement": a participant's wish, no one named to act
    assert requests_in(fixture_extraction("tdag-31-decisions"), "The representative of the Islamic Republic") == []


@pytest.mark.parametrize(
    ("fixture", "start", "expected"),
    [
        # "agreed/decided that X should/shall ...": a request of the deciding body to X
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
            "ungis-2024-geneva",
            "Members agreed",
            (
                "agree",
                "body:ungis",  # the meeting's members speak for the meeting body (author-cues.csv "members")
                ("collective:action-line-facilitators",),
                "report on Action Lines C3, C7 and C9 (Media)",
            ),
        ),
        # the meeting body is not recognised: the group named in the title stands for it
        (
            "ungis-2024-geneva",
            "UNGIS members were invited",
            (
                "invite",
                "body:ungis",
                ("collective:ungis-members",),
                "contribute to the UNGIS Joint Statement by 15 April 2024",
            ),
        ),
        (
            "ungis-2024-geneva",
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
def test_request_agreed_decided_and_passive(
    fixture: str, start: str, expected: tuple[str, str, tuple[str, ...], str]
) -> None:
    assert [short_request(r) for r in requests_in(fixture_extraction(fixture), start)] == [expected]


def test_a_decided_clause_with_a_modal_of_the_future_reports_a_plan() -> None:
    """``It was agreed that the Secretariat would prepare ...``: ``would`` (``will``) reports what is to happen, a plan
    that asks no one (decision 38), where ``should`` and ``shall`` direct (``The Study Group agreed that the TSB should
    organize ...`` above). It was a request of the meeting body to the Secretariat before round 39."""
    x = fixture_extraction("itu-t-sg17-2025")
    assert requests_in(x, "It was agreed") == []
    order = next(p.order for p in x.report.paragraphs if p.text.startswith("It was agreed"))
    assert [(d.verb, d.subject.key) for d in x.decisions if d.paragraph == order] == [("agree", "itu-t-sg17")]


def test_an_outcome_recommended_in_the_passive_asks_no_one() -> None:
    """``EGTI recommended that the revised indicators be submitted to the Symposium``: no agent is named, so no one
    is asked (decision 14; the dev annotations list such a recommendation with no addressee). It was read as a
    request to the meeting body's secretariat before."""
    assert requests_in(fixture_extraction("egti-15"), "EGTI recommended") == []


def test_deadlines_of_requests() -> None:
    x = fixture_extraction("cwg-wsis-sdg-40")
    assert [r.deadline for r in requests_in(x, "The Chair invited")] == [date(2025, 1, 15)]
    assert [r.deadline for r in requests_in(x, "The Chairman thanked")] == [date(2025, 3, 1)]


def test_the_post_stays_the_addressee_when_its_holder_is_known() -> None:
    # decided: a request names an office; the holder is one hop away (org:heldBy), so the post is kept
    (r,) = requests_in(fixture_extraction("cwg-wsis-sdg-40"), "The delegate of China")
    assert [f"{a.kind}:{a.key}" for a in r.addressees] == ["post:itu-bdt/director"]
    assert person_of(fixture_extraction("cwg-wsis-sdg-40"), "cosmas-luckyson-zavazava").posts == ("itu-bdt/director",)


def test_the_study_group_is_the_meeting_body() -> None:
    sg17 = fixture_extraction("itu-t-sg17-meeting")
    (approve,) = [d for d in sg17.decisions if d.verb == "approve"]
    assert approve.subject.key == "itu-t-sg17"
    (request,) = sg17.requests
    assert (request.requester.key, [a.key for a in request.addressees]) == ("itu-t-sg17", ["itu-tsb"])


# ---------------------------------------------------------------------------- statements that ask no one
def test_a_proposed_thing_is_no_addressee() -> None:
    assert requests_in(fixture_extraction("cwg-internet-19"), "Mr. Jean DUPONT") == []


def test_a_decision_without_an_agent_in_its_clause_asks_no_one() -> None:
    r = one_section_report(
        "The Group agreed that the text should be revised.",  # passive clause: a decision only
        "The Group noted that the Secretariat would prepare a list.",  # noting decides nothing
    )
    requests, decisions = find_requests(r, find_actors(r, "cwg-fhr"), "cwg-fhr", 2025)
    assert requests == () and [d.verb for d in decisions] == ["agree", "note"]


def test_without_any_meeting_body_the_meeting_asks() -> None:
    r = make_report(
        "Participants were invited to submit their inputs by 30 September 2025.",
        title="Report of the WSIS Forum 2025 High-Level Track",
    )
    requests, _ = find_requests(r, find_actors(r, None), None, 2025)
    assert [short_request(x) for x in requests] == [
        ("invite", "collective:meeting", ("collective:participants",), "submit their inputs by 30 September 2025")
    ]


def test_a_request_no_one_is_known_to_make_is_left_out_of_the_extraction() -> None:
    # the reader's "the meeting" is no requester the guide names (the meeting's body, the author)
    for first, title in (
        ("Delegates were urged to register before 2 June 2033.", "Summary of the Regional Broadband Dialogue"),
        ("Member States are kindly requested to reply by 14 May 2033.", "Circular letter on the spectrum survey"),
    ):
        r = make_report(first, "The Ministry of Digital Economy of Ruritania invited operators to join.", title=title)
        got = [(x.requester.key, x.verb) for x in extract(r).requests]
        assert ("meeting", "urge") not in got and ("meeting", "request") not in got, first


# ---------------------------------------------------------------------------- decisions and their subjects
@pytest.mark.parametrize(
    ("fixture", "start", "verb", "subject"),
    [
        ("cwg-wsis-sdg-40", "The meeting was opened", "welcome", "person:juan-perez"),  # "..., who welcomed"
        ("egti-15", "The fifteenth meeting", "welcome", "person:cosmas-luckyson-zavazava"),
        ("cwg-wsis-sdg-40", "The delegate of China", "support", "country:CHN"),
        ("cwg-wsis-sdg-40", "Several Member States", "support", "collective:member-states"),
        ("tdag-31-decisions", "The representative of Côte", "support", "country:CIV"),
    ],
)
def test_decision_subject(fixture: str, start: str, verb: str, subject: str) -> None:
    x = fixture_extraction(fixture)
    order = next(p.order for p in x.report.paragraphs if p.text.startswith(start))
    got = [f"{d.subject.kind}:{d.subject.key}" for d in x.decisions if d.paragraph == order and d.verb == verb]
    assert got == [subject]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Ms. Lena Fischer (Germany) and Mr. Paolo Conti thanked the secretariat.", ["lena-fischer", "paolo-conti"]),
        ("Mr. Ali Bek, Ms. Carla Dias and Mr. Emil Frey welcomed the report.", ["ali-bek", "carla-dias", "emil-frey"]),
        ("In addition, Mr. Ali Bek and Ms. Carla Dias thanked the speakers.", ["ali-bek", "carla-dias"]),
        ("Brazil and India welcomed the report.", ["BRA", "IND"]),
        ("Mr. Ali Bek welcomed Mr. Emil Frey and Ms. Carla Dias.", ["ali-bek"]),  # objects are not subjects
    ],
)
def test_a_decision_per_listed_subject(text: str, subjects: list[str]) -> None:
    report = one_section_report(text)
    _, decisions = find_requests(report, find_actors(report, None), None, None)
    assert [d.subject.key for d in decisions] == subjects


def test_listed_subjects_in_a_report() -> None:
    thanks = [d.subject.key for d in fixture_extraction("itu-t-sg17-meeting").decisions if d.verb == "thank"]
    assert thanks == ["lena-fischer", "paolo-conti"]


def _pronoun_report() -> ParsedReport:
    texts = [
        ("1", "body", "Ms. Amina Diallo (Senegal) presented the report on the work of the group."),
        ("1", "body", "She invited Member States to submit contributions."),
        ("2", "heading", "Other business"),
        ("2", "body", "He thanked the speakers."),  # across a heading: no one
        ("2", "body", "Mr. Jon Berg (Norway) welcomed the report of Ms. Amina Diallo."),
        ("2", "body", "She thanked the speakers."),  # the subject is a man: no one
        ("2", "body", "Mr. Jon Berg and Ms. Amina Diallo took the floor."),
        ("2", "body", "He thanked the speakers."),  # only one of the two subjects is a man
        ("2", "body", "Mr. Jon Berg and Mr. Ali Bek took the floor."),
        ("2", "body", "He thanked the speakers."),  # two men: ambiguous
        ("2", "body", "Dr Kim Lee took the floor."),
        ("2", "body", "She thanked the speakers."),  # the honorific gives no gender
    ]
    paragraphs = tuple(Paragraph(i + 1, sec, text, kind) for i, (sec, kind, text) in enumerate(texts))
    sections = (Section("1", "a", None, 1), Section("2", "b", None, 2))
    return ParsedReport("t.txt", "text/plain", None, sections, paragraphs)


def test_pronoun_at_the_start_of_a_paragraph() -> None:
    report = _pronoun_report()
    requests, decisions = find_requests(report, find_actors(report, None), None, None)
    assert [(r.paragraph, r.requester.key) for r in requests] == [(2, "amina-diallo")]
    thanks = [(d.paragraph, d.subject.key) for d in decisions if d.verb == "thank"]
    assert thanks == [(8, "jon-berg"), (12, "kim-lee")]


# ---------------------------------------------------------------------------- the requests query, report by report
def test_requests_in_every_format(cop7: Store) -> None:
    by_section: dict[str, list[dict[str, str]]] = {}
    for r in query_rows(cop7, "requests"):
        by_section.setdefault(r["section"], []).append(r)
    (r41,) = by_section["4.1"]
    assert (r41["verb"], r41["deadline"]) == ("request", "2024-03-01")
    assert "Secretariat" in r41["addressee"]
    assert r41["action"].startswith("prepare a report on Action Lines C5 and C10")
    (r42,) = by_section["4.2"]
    assert r42["verb"] == "invite" and "Member States" in r42["addressee"] and r42["deadline"] == "2024-01-15"
    (r43,) = by_section["4.3"]
    assert r43["verb"] == "encourage" and r43["addressee"] == "Kwame Mensah"
    (r3111,) = by_section["3.1.1.1"]
    assert r3111["verb"] == "invite" and r3111["requester"] == "Kwame Mensah"
    assert "4.4" not in by_section  # "noted" is not a request


def test_requests_of_a_cwg_meeting_with_agenda_items() -> None:
    reqs = requests_by_section(fixture_store("cwg-wsis-sdg-41"))
    group = "Council Working Group on WSIS&SDG"
    r43 = reqs["4.3"]
    assert (r43["requester"], r43["verb"], r43["deadline"]) == (group, "request", "2024-11-15")
    assert r43["to"] == {"WSIS Secretariat"}
    assert r43["action"].startswith("prepare a draft ITU contribution to the WSIS+20 review")
    r44 = reqs["4.4"]
    assert (r44["verb"], r44["deadline"], r44["to"]) == ("invite", "2025-01-10", {"Member States", "Sector Members"})
    assert r44["action"].startswith("submit written contributions on the WSIS+20 review")
    r52 = reqs["5.2"]
    assert (r52["verb"], r52["to"], r52["deadline"]) == ("encourage", {"Member States"}, "")
    assert reqs["action-required"]["to"] == {"ITU Council"}
    assert "3.3" not in reqs and "4.2" not in reqs  # "took note", "agreed to establish": no addressee


def test_requests_of_an_open_consultation_in_every_format(internet22: Store) -> None:
    reqs = requests_by_section(internet22)
    assert reqs["3.4"]["verb"] == "request" and reqs["3.4"]["action"].startswith("publish the contributions")
    assert reqs["3.4"]["requester"] == "Council Working Group on International Internet-related Public Policy Issues"
    assert (reqs["5.2"]["verb"], reqs["5.2"]["to"], reqs["5.2"]["deadline"]) == (
        "invite",
        {"Member States"},
        "2025-09-15",
    )


def test_requests_of_an_event_outcome_document() -> None:
    reqs = requests_by_section(fixture_store("wsis-forum-2025-outcome"))
    assert (reqs["5"]["requester"], reqs["5"]["verb"], reqs["5"]["to"]) == (
        "WSIS+20 High-Level Event",  # the event's participants speak for it (author-cues.csv "members")
        "invite",
        {"United Nations Group on the Information Society"},
    )
    assert (reqs["6"]["verb"], reqs["6"]["to"], reqs["6"]["deadline"]) == (
        "call-upon",
        {"all stakeholders"},
        "2025-12-31",
    )


def test_requests_of_a_council_summary_record() -> None:
    reqs = requests_by_section(fixture_store("council-2024-wsis"))
    sg = "Secretary-General, International Telecommunication Union"
    assert (reqs["2.3"]["requester"], reqs["2.3"]["verb"], reqs["2.3"]["to"]) == ("ITU Council", "instruct", {sg})
    assert reqs["2.3"]["action"] == "report to Council 2025 on the implementation of Resolution 1332 (modified 2024)"
    assert (reqs["3.3"]["verb"], reqs["3.3"]["to"], reqs["3.3"]["deadline"]) == ("request", {sg}, "2025-03-31")
    assert "1.4" not in reqs and "2.2" not in reqs  # "took note", "approved"

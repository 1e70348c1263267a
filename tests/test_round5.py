"""Round 5 of the blind test: ITU study groups and their parts as bodies, and one decision
per agent of a listed subject ("Mr. A and Ms. B thanked ...")."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import make_report, one_section_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.bodies import find_bodies, meeting_secretariat
from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.extract.requests import find_requests
from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import read
from wsiskg.ingest.records import Paragraph, ParsedReport, Section

DATA = Path(__file__).parent / "data" / "round5"


# ------------------------------------------------------------------ 1. study groups
@pytest.mark.parametrize(
    ("text", "key", "name", "kind", "parent"),
    [
        ("ITU-T Study Group 17 met.", "itu-t-sg17", "ITU-T Study Group 17", "working-group", "itu-t"),
        (
            "Study Group 17 (SG17) met.",
            "itu-t-sg17",
            "ITU-T Study Group 17",
            "working-group",
            "itu-t",
        ),  # only ITU-T has 17
        ("ITU-D Study Group 1 met.", "itu-d-sg1", "ITU-D Study Group 1", "working-group", "itu-d"),
        ("ITU-R Study Group 5 met.", "itu-r-sg5", "ITU-R Study Group 5", "working-group", "itu-r"),
        ("Working Party 5D met.", "itu-r-wp5d", "ITU-R Working Party 5D", "working-group", "itu-r"),
        ("WP 5D met.", "itu-r-wp5d", "ITU-R Working Party 5D", "working-group", "itu-r"),
        ("ITU-D studied Question 2/1.", "itu-d-q2-1", "ITU-D Question 2/1", "expert-group", "itu-d"),
        ("Working Party 1/17 met.", "itu-t-wp1-17", "ITU-T Working Party 1/17", "working-group", "itu-t"),
    ],
)
def test_study_group_is_a_body(text, key, name, kind, parent):
    bodies = {b.key: b for b in find_bodies(make_report(text), None)}
    assert (bodies[key].name, bodies[key].kind, bodies[key].parent) == (name, kind, parent)
    assert "itu-t" not in bodies or "ITU-T " not in text  # the longer span wins over the sector


@pytest.mark.parametrize(
    ("texts", "key"),
    [
        (("ITU-D Study Group 1 met.", "SG1 approved its report."), "itu-d-sg1"),  # the sector written elsewhere
        (("The BDT supported SG1.",), "itu-d-sg1"),  # the only sector named that has a study group 1
        (("The BR supported SG1.",), "itu-r-sg1"),
    ],
)
def test_bare_study_group_takes_the_reports_sector(texts, key):
    assert key in {b.key for b in find_bodies(make_report(*texts), None)}


@pytest.mark.parametrize(
    "text",
    [
        "Study Group 1 met.",  # ITU-D and ITU-R both have one, neither named
        "Study Group 8 met.",  # no sector has one
        "See document SG17-TD123 and SG-17.",  # document symbols
        "Study Groups 1 and 2 met.",
    ],
)
def test_no_study_group_without_a_sector(text):
    assert not [b for b in find_bodies(make_report(text), None) if "-sg" in b.key]


@pytest.fixture(scope="module")
def sg17():
    return extract(parse(read(DATA / "itu-t-sg17-meeting.txt")))


def test_report_of_a_study_group_meeting(sg17):
    assert sg17.meeting is not None and sg17.meeting.body == "itu-t-sg17"
    assert (sg17.meeting.start.isoformat(), sg17.meeting.place) == ("2025-09-03", "Geneva")
    keys = {b.key for b in sg17.bodies}
    assert {"itu-t-sg17", "itu-t-wp1-17", "itu-t-q6-17", "itu-d-sg2", "itu-r-wp5d", "itu-t-sg13"} <= keys


def test_chairman_of_study_group_gives_the_post(sg17):
    persons = {p.key: p for p in sg17.persons}
    assert persons["karim-haddad"].posts == ("itu-t-sg17/chair",)
    assert sg17.meeting.chair == "karim-haddad"


def test_the_study_group_is_the_meeting_body(sg17):
    (approve,) = [d for d in sg17.decisions if d.verb == "approve"]
    assert approve.subject.key == "itu-t-sg17"
    (request,) = sg17.requests
    assert (request.requester.key, [a.key for a in request.addressees]) == ("itu-t-sg17", ["itu-tsb"])


def test_secretariat_of_a_study_group_is_its_bureau():
    assert meeting_secretariat("itu-t-sg17") == "itu-tsb"
    assert meeting_secretariat("itu-r-wp5d") == "itu-br"
    assert meeting_secretariat("itu-d-q2-1") == "itu-bdt"


# ------------------------------------------------------------------ 2. one decision per listed agent
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
def test_a_decision_per_listed_subject(text, subjects):
    report = one_section_report(text)
    _, decisions = find_requests(report, find_actors(report, None), None, None)
    assert [d.subject.key for d in decisions] == subjects


def test_listed_subjects_in_a_report(sg17):
    thanks = [d.subject.key for d in sg17.decisions if d.verb == "thank"]
    assert thanks == ["lena-fischer", "paolo-conti"]


# ------------------------------------------------------------------ 4. Council session codes
@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("The report will be submitted to C24 and then to C25.", ["council-2024", "council-2025"]),
        ("The 2024 session of the Council approved the plan.", ["council-2024"]),
        ("The 2023 session of the ITU Council took note.", ["council-2023"]),
        ("The 2024 session of the CSTD discussed it.", ["cstd-2024"]),
        ("See Document C24/12 and C24-INF.", []),  # document symbols
        ("Action lines C7 and C11 were discussed.", []),  # WSIS action lines, not sessions
    ],
)
def test_council_session_codes(text, keys):
    from wsiskg.ingest.extract.events import event_mentions

    assert [m.key for m in event_mentions(text)] == keys


def test_council_code_is_the_council_session_event():
    from wsiskg.ingest.extract.events import find_events

    events = {
        e.key: e for e in find_events(make_report("The Group will report to C24.", "Council 2024 will meet in June."))
    }
    assert set(events) == {"council-2024"} and events["council-2024"].paragraphs == (1, 2)


# ------------------------------------------------------------------ 3. pronouns across paragraphs
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


def test_pronoun_at_the_start_of_a_paragraph():
    report = _pronoun_report()
    requests, decisions = find_requests(report, find_actors(report, None), None, None)
    assert [(r.paragraph, r.requester.key) for r in requests] == [(2, "amina-diallo")]
    thanks = [(d.paragraph, d.subject.key) for d in decisions if d.verb == "thank"]
    assert thanks == [(8, "jon-berg"), (12, "kim-lee")]


# ------------------------------------------------------------------ 5. a numbered CSTD session and CSTD <year>
def test_numbered_session_and_year_in_one_sentence_are_one_event():
    from wsiskg.ingest.extract.events import event_key_aliases, find_events

    report = make_report(
        "The twenty-seventh session of the CSTD (CSTD 2024) was held in Geneva from 15 to 19 April 2024.",
        "The Group took note of the outcomes of CSTD 2024.",
    )
    events = {e.key: e for e in find_events(report)}
    assert set(events) == {"cstd-2024"}
    assert (events["cstd-2024"].paragraphs, events["cstd-2024"].start.isoformat()) == ((1, 2), "2024-04-15")
    assert event_key_aliases(report) == {"cstd-27": "cstd-2024"}


@pytest.mark.parametrize(
    "texts",
    [
        # the dates alone do not tie them
        (
            "The twenty-seventh session of the CSTD was held from 15 to 19 April 2024.",
            "CSTD 2024 adopted a resolution.",
        ),
        # one sentence naming two years ties the session to neither
        ("The twenty-seventh session of the CSTD follows CSTD 2023 and precedes CSTD 2025.",),
    ],
)
def test_numbered_session_not_tied_to_a_year_stays_apart(texts):
    from wsiskg.ingest.extract.events import find_events

    assert "cstd-27" in {e.key for e in find_events(make_report(*texts))}


def test_a_request_about_a_merged_session_points_to_the_merged_event():
    report = make_report(
        "Report of the 30th meeting of the Council Working Group on WSIS&SDG",
        "The Group invited the Secretariat to present the report to the twenty-seventh session of "
        "the CSTD (CSTD 2024).",
    )
    x = extract(report)
    assert {e.key for e in x.events} >= {"cstd-2024"} and "cstd-27" not in {e.key for e in x.events}
    (request,) = x.requests
    assert "event:cstd-2024" in request.concerns and "event:cstd-27" not in request.concerns

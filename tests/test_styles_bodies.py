"""Bodies in reports of other styles than the sample: ITU study groups, working parties and
Questions of every sector, the sector bureau as the secretariat of its groups, and the
organisations the ``organizations`` query lists."""

from __future__ import annotations

import pytest
from extract_support import (
    fixture_extraction,
    fixture_store,
    make_report,
    query_rows,
    requests_in,
    short_request,
)

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.bodies import find_bodies, meeting_secretariat


# ------------------------------------------------------------------ study groups
@pytest.mark.parametrize(
    ("text", "key", "name", "kind", "parent"),
    [
        ("ITU-T Study Group 17 met.", "itu-t-sg17", "ITU-T Study Group 17", "working-group", "itu-t"),
        (
            "Study Group 17 (SG17) met.",
            "itu-t-sg17",
            "Study Group 17",
            "working-group",
            "itu-t",
        ),  # only ITU-T has 17; named as written (annotation guide, decision 6)
        ("ITU-D Study Group 1 met.", "itu-d-sg1", "ITU-D Study Group 1", "working-group", "itu-d"),
        ("ITU-R Study Group 5 met.", "itu-r-sg5", "ITU-R Study Group 5", "working-group", "itu-r"),
        ("Working Party 5D met.", "itu-r-wp5d", "Working Party 5D", "working-group", "itu-r"),
        ("WP 5D met.", "itu-r-wp5d", "ITU-R Working Party 5D", "working-group", "itu-r"),
        ("Working Party 1/17 met.", "itu-t-wp1-17", "Working Party 1/17", "working-group", "itu-t"),
    ],
)
def test_study_group_is_a_body(text: str, key: str, name: str, kind: str, parent: str) -> None:
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
def test_bare_study_group_takes_the_reports_sector(texts: tuple[str, ...], key: str) -> None:
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
def test_no_study_group_without_a_sector(text: str) -> None:
    assert not [b for b in find_bodies(make_report(text), None) if "-sg" in b.key]


def test_a_question_is_a_body_only_in_the_record_of_its_own_meeting() -> None:
    # a topic of study elsewhere (a table row "Q7/13", the subject of a sentence): no body
    text = "The work on ITU-D Question 4/3 goes on. Q7/13 and ITU-T Question 2/9 reported."
    assert not [b for b in find_bodies(make_report(text), None) if "-q" in b.key]
    # a post in it names it: "the Question 2/9 Rapporteur"
    text = "ITU-T Study Group 9 met. The Question 2/9 Rapporteur, Ms Ida Ode, presented it. Q3/9 reported."
    found = {b.key for b in extract(make_report(text)).bodies}
    assert "itu-t-q2-9" in found and "itu-t-q3-9" not in found
    # the report of a Rapporteur group meeting of the Question: its body
    bodies = {
        b.key: b for b in find_bodies(make_report("The Rapporteur group for ITU-D Question 2/1 met."), "itu-d-q2-1")
    }
    assert (bodies["itu-d-q2-1"].name, bodies["itu-d-q2-1"].kind) == ("ITU-D Question 2/1", "expert-group")


def test_report_of_a_study_group_meeting() -> None:
    sg17 = fixture_extraction("itu-t-sg17-meeting")
    assert sg17.meeting is not None and sg17.meeting.body == "itu-t-sg17"
    assert (sg17.meeting.start.isoformat(), sg17.meeting.place) == ("2025-09-03", "Geneva")
    keys = {b.key for b in sg17.bodies}
    assert {"itu-t-sg17", "itu-t-wp1-17", "itu-d-sg2", "itu-r-wp5d", "itu-t-sg13"} <= keys
    assert "itu-t-q6-17" not in keys  # a Question the meeting studied: no body


# ------------------------------------------------------------------ secretariats
def test_secretariat_of_a_study_group_is_its_bureau() -> None:
    assert meeting_secretariat("itu-t-sg17") == "itu-tsb"
    assert meeting_secretariat("itu-r-wp5d") == "itu-br"
    assert meeting_secretariat("itu-d-q2-1") == "itu-bdt"


def test_bodies_and_the_sector_bureau_as_secretariat() -> None:
    assert {"itu-tsb", "itu-bdt", "cwg-wsis-sdg"} <= {b.key for b in fixture_extraction("cwg-wsis-sdg-40").bodies}
    # an ITU-D group's secretariat is BDT, not the General Secretariat
    assert short_request(requests_in(fixture_extraction("egti-15"), "The meeting agreed")[0]) == (
        "request",
        "body:egti",
        ("body:itu-bdt",),
        "revise the definitions of indicators on e-government and E-health",
    )


# ------------------------------------------------------------------ the organizations query
def test_the_meeting_body_is_an_organization_with_its_acronym() -> None:
    orgs = {r["name"]: r["acronym"] for r in query_rows(fixture_store("cwg-wsis-sdg-41"), "organizations")}
    assert orgs["Council Working Group on WSIS&SDG"] == "CWG-WSIS&SDG"


def test_un_entities_of_an_event_outcome_are_organizations() -> None:
    orgs = {r["name"] for r in query_rows(fixture_store("wsis-forum-2025-outcome"), "organizations")}
    assert {"United Nations Conference on Trade and Development", "United Nations Development Programme"} <= orgs

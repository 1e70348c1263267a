"""Whom a request asks when a past participle and its agent, place or time follow a plural group with
no comma (``the experts nominated by administrations``, ``the rapporteurs appointed at the last
meeting``): the group, the participle only saying which of it are meant (decision 12), never a group
cut after the participle nor the agent read as another addressee (ingest/extract/addressee_phrases.py).
Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import run, whom


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited the experts nominated by administrations to attend the workshop in Apia.",
            ("collective:experts",),
        ),
        (
            "The Group asked the rapporteurs appointed at the last meeting to submit their work plans by 1 May 2035.",
            ("collective:rapporteurs",),
        ),
        (
            "The Group invited the vice-chairmen elected by the Council to meet in May 2035.",
            ("collective:vice-chairmen",),
        ),
        (
            "The Group encouraged administrations represented at the meeting to sign the memorandum.",
            ("collective:administrations",),
        ),
        (
            "The Group invited the chairmen of the study groups appointed by the Assembly to review their Questions.",
            ("collective:chairmen-of-the-study-groups",),
        ),
    ],
)
def test_a_participle_and_its_agent_after_a_group_only_say_which(sentence: str, expected: tuple[str, ...]) -> None:
    assert [whom(x) for x in run(report(sentence), "cwg-cop")] == [expected]


def test_a_participle_after_a_thing_names_no_one_new() -> None:
    got = run(report("The Group invited Member States to review the proposals submitted by the Bureau."), "cwg-cop")
    assert [whom(x) for x in got] == [("collective:member-states",)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited the Regional Office for the Pacific, meeting in Suva, to host the next forum.",
            ("body:regional-office-for-the-pacific",),
        ),
        (
            "The Group asked the Committee on Rural Access, working with the Bureau, to draft a questionnaire.",
            ("body:committee-on-rural-access",),
        ),
        (
            "The Group requested the Task Force on Disaster Relief, sitting in plenary, to adopt its report.",
            ("body:task-force-on-disaster-relief",),
        ),
        (
            "The Group invited administrations, acting through their regulators, to share coverage data.",
            ("collective:administrations",),
        ),
    ],
)
def test_a_present_participle_between_commas_only_says_where_or_how(sentence: str, expected: tuple[str, ...]) -> None:
    assert [whom(x) for x in run(report(sentence), "cwg-cop")] == [expected]


def test_members_named_after_including_stay_addressees() -> None:
    got = run(report("The Group invited regional organizations, including CITEL and APT, to contribute."), "cwg-cop")
    assert [whom(x) for x in got] == [("collective:regional-organizations", "body:citel", "body:apt")]

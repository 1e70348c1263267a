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

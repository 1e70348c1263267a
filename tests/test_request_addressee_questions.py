"""A study group's Question set between commas after it is the part of the group asked, no second addressee
(ingest/extract/request_addressee_questions.py): ``asks ITU-D Study Group 1, Question 4/1, to ...`` asks the study
group; a Question of another study group, or one joined by ``and``, stays an addressee of its own. Every sentence
is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report

from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.extract.request_addressee_questions import question_apposed
from wsiskg.ingest.extract.requests import find_requests
from wsiskg.ingest.records import AgentRef, ParsedReport


def asked(r: ParsedReport) -> list[tuple[str, ...]]:
    actors = find_actors(r, "itu-t-sg5")
    return [tuple(a.key for a in x.addressees) for x in find_requests(r, actors, "itu-t-sg5", 2033)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The meeting invited ITU-T Study Group 13, Question 9/13, to review the draft by 1 June 2031.",
            ("itu-t-sg13",),
        ),
        ("The meeting invited ITU-T SG13, Q9/13, to review the draft by 1 June 2031.", ("itu-t-sg13",)),
    ],
)
def test_a_question_between_commas_after_its_study_group_is_no_addressee(text: str, expected: tuple[str, ...]) -> None:
    assert asked(report(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting invited ITU-T Study Group 13, Question 9/12, to review the draft by 1 June 2031.",
        "The meeting invited ITU-T Study Group 13 and Question 9/13 to review the draft by 1 June 2031.",
    ],
)
def test_another_groups_question_or_a_joined_one_stays(text: str) -> None:
    assert len(asked(report(text))[0]) == 2


def test_the_reading_of_resolved_agents() -> None:
    group, question = AgentRef("body", "itu-d-sg1", "ITU-D Study Group 1"), AgentRef("body", "itu-d-q4-1", "Q4/1")
    assert question_apposed("ITU-D Study Group 1, Question 4/1,", (group, question)) == (group,)
    assert question_apposed("ITU-D Study Group 1, Question 4/1", (group, question)) == (group,)
    assert question_apposed("ITU-D Study Group 1 and Question 4/1", (group, question)) == (group, question)

"""A study group's Question set between commas after it: the part of the group asked, no second addressee.

``asks ITU-D Study Group 2, Question 6/2, to share ...``, ``invited SG13, Q9/13, to review ...``: the Question
says which part of the study group is to act, as a liaison statement's ``For action to: ITU-D Study Group 2
(Question 6/2)`` does in brackets; the study group is the addressee. Two kinds of evidence: the Question right
after the study group's number with only a comma between, and the Question's study group number (after its slash)
being that study group's. :func:`question_apposed` reads the resolved agents of one object phrase.
"""

from __future__ import annotations

from wsiskg.ingest.extract.study_groups import (
    is_question,
    question_apposed_to_group,
    study_group_number,
    study_group_sector,
)
from wsiskg.ingest.records import AgentRef


def question_apposed(phrase: str, refs: tuple[AgentRef, ...]) -> tuple[AgentRef, ...]:
    """``refs`` without a Question read right after its own study group, set between commas (the group asked)."""
    if len(refs) < 2 or "," not in phrase:
        return refs
    out: list[AgentRef] = []
    for ref in refs:
        group = out[-1] if out else None
        if (
            group is not None
            and is_question(ref.key)
            and not is_question(group.key)
            and (number := study_group_number(ref.key)) is not None
            and study_group_number(group.key) == number
            and study_group_sector(group.key) == study_group_sector(ref.key)
            and question_apposed_to_group(phrase, number)
        ):
            continue
        out.append(ref)
    return tuple(out)

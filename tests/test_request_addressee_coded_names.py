"""Addressees whose names hold digits or capitals that read as other words: a body name opening with a digit
(``6G Research Alliance``), a study group written before its own Question (one body, the Question), an acronym in
capitals that spells a pronoun (``IT``: no pronoun). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report

from wsiskg.ingest.extract.document import new_document
from wsiskg.ingest.extract.gazetteer import pronoun_refers
from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.extract.requests import find_requests
from wsiskg.ingest.records import ParsedReport, Request


def run(r: ParsedReport, body: str = "itu-rag") -> tuple[Request, ...]:
    new_document(r)
    return find_requests(r, find_actors(r, body), body, 2033)[0]


def agents(req: Request) -> tuple[tuple[str, str, str], ...]:
    return tuple((a.kind, a.key, a.label) for a in req.addressees)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited the 6G Research Alliance to share its roadmap.",
            (("body", "6g-research-alliance", "6G Research Alliance"),),
        ),
        (
            "The Group invited the 4IR Policy Centre and the 2D Mapping Consortium to comment on the draft.",
            (
                ("body", "4ir-policy-centre", "4IR Policy Centre"),
                ("body", "2d-mapping-consortium", "2D Mapping Consortium"),
            ),
        ),
        (
            "The Group requested the 8K Broadcasting Association to publish its survey by March.",
            (("body", "8k-broadcasting-association", "8K Broadcasting Association"),),
        ),
        (
            "The Group invited the 2Connect Foundation to host the next session.",
            (("body", "2connect-foundation", "2Connect Foundation"),),
        ),
    ],
)
def test_a_name_opening_with_a_digit_keeps_it(sentence: str, expected: tuple[tuple[str, str, str], ...]) -> None:
    assert [agents(x) for x in run(report(sentence))] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group requested the 5G Rural Coverage Forum to publish its survey.",
            ("collective", "5g-rural-coverage-forum", "the 5G Rural Coverage Forum"),
        ),
        ("The Group invited 5G operators to share their maps.", ("collective", "5g-operators", "5G operators")),
        ("The Group invited 4IR start-ups to apply.", ("collective", "4ir-start-ups", "4IR start-ups")),
    ],
)
def test_a_group_whose_words_open_with_a_digit_is_a_group(sentence: str, expected: tuple[str, str, str]) -> None:
    assert [agents(x) for x in run(report(sentence))] == [(expected,)]


def test_a_year_before_a_name_is_no_part_of_it() -> None:
    got = run(report("The Group invited the 2031 Digital Council to comment on the draft."))
    assert [agents(x) for x in got] == [(("body", "digital-council", "Digital Council"),)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited ITU-D SG1 Question 5/1 to comment on the draft.",
            (("body", "itu-d-q5-1", "ITU-D SG1 Question 5/1"),),
        ),
        (
            "The Group asked ITU-T SG17 Question 4/17 to review the text.",
            (("body", "itu-t-q4-17", "ITU-T SG17 Question 4/17"),),
        ),
        (
            "The Group invited ITU-T Study Group 13 Question 2/13 and ITU-R Working Party 5D to reply.",
            (
                ("body", "itu-t-q2-13", "ITU-T Study Group 13 Question 2/13"),
                ("body", "itu-r-wp5d", "ITU-R Working Party 5D"),
            ),
        ),
    ],
)
def test_a_study_group_before_its_own_question_is_one_addressee(
    sentence: str, expected: tuple[tuple[str, str, str], ...]
) -> None:
    assert [agents(x) for x in run(report(sentence))] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Group invited ITU-D SG2 Question 5/1 to comment on the draft.",  # Question 5/1 is no Question of SG2
        "The Group invited ITU-T SG17 and Question 4/17 to comment on the draft.",  # two, joined by "and"
    ],
)
def test_a_study_group_and_another_question_stay_two(sentence: str) -> None:
    (req,) = run(report(sentence))
    assert len(req.addressees) == 2 and [a.kind for a in req.addressees] == ["body", "body"]
    assert all("Question" not in a.label or a.label.startswith("Question") for a in req.addressees)


@pytest.mark.parametrize(("word", "refers"), [("it", "body"), ("It", "body"), ("They", "body"), ("she", "person")])
def test_a_pronoun_in_any_case_but_capitals_refers(word: str, refers: str) -> None:
    assert pronoun_refers(word) == refers


@pytest.mark.parametrize("word", ["IT", "HE", "THEY", "ITU"])
def test_a_word_in_capitals_is_no_pronoun(word: str) -> None:
    assert pronoun_refers(word) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Group thanked UNESCO for its support. The Group invited IT to share its experience.", ("IT",)),
        (
            "The Group thanked ITU for its support. The Group invited WHO and IT to report on e-health.",
            ("World Health Organization", "IT"),
        ),
        ("The Group thanked the Rapporteur. The Group invited HE to review the text.", ("HE",)),
    ],
)
def test_an_acronym_that_spells_a_pronoun_is_not_resolved_as_one(sentence: str, expected: tuple[str, ...]) -> None:
    assert [tuple(a.label for a in x.addressees) for x in run(report(sentence))] == [expected]


def test_the_pronoun_it_still_names_the_body_before() -> None:
    got = run(report("The Group thanked UNESCO for its support. The Group invited it to share its experience."))
    assert [tuple(a.key for a in x.addressees) for x in got] == [("unesco",)]

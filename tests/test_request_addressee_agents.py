"""Whom a request asks when the addressee is named by a designation, an agent or a list of numbers
(ingest/extract/request_addressee_agents.py, defined_bodies._numbered, addressee_phrases.listed_complement):

- a passive ``that`` clause with ``by`` names who is to act (``asked that the annex be revised by Working
  Group 4B``): that agent, whoever asks; a clause with no agent (``requested that the report be sent to the
  Council``) keeps the reader's other rules (the Council only receives the report);
- a group named with its parent's number (``Ad Hoc Group 7/3``, ``Rapporteur Group 13/4``) is the whole
  designation, never the bare noun or a Rapporteur's post;
- a group of ``Member States of the Union`` / ``of ITU`` (``Administrations of Member States of the Union``) is
  written without what ``Member States`` already say, as ``the Member States of ITU`` are Member States;
- a role in the plural of numbered bodies (``the Chairs of Working Groups 4A and 4B``, ``the Vice-Chairmen of
  Committees 4 and 5``, ``the rapporteurs on agenda items 1.3 and 1.9``) is one group as written, as ``the
  chairmen of committees 2 and 3`` is.

Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import labels, run, whom


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Committee requested that the draft be reviewed by BDT before its next meeting.",
            ("body:itu-bdt",),
        ),
        (
            "The Committee asked that the budget annex be examined by the CWG-FHR for its financial implications.",
            ("body:cwg-fhr",),
        ),
        (
            "The delegate of Peru asked that the annex be revised by Working Group 4B.",
            ("body:committee-5-working-group-4b",),
        ),
        (
            "The delegate of Ghana requested that the figures should be checked by the Telecommunication "
            "Standardization Bureau.",
            ("body:itu-tsb",),
        ),
    ],
)
def test_the_agent_of_a_passive_that_clause_is_asked(sentence: str, expected: tuple[str, ...]) -> None:
    assert [whom(x) for x in run(report(sentence), "committee-5")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no agent: the meeting's secretariat does what its body asks; the Council only receives it
        ("The Committee requested that the report be sent to the Council.", ("body:committee-5-secretariat",)),
        # a date after "by" is no agent
        ("The Committee requested that the tables be published by the end of 2034.", ("body:committee-5-secretariat",)),
        # a measure after "by" is no agent: the participant asks the body in session
        ("The delegate of Chile asked that the indicators be broken down by region.", ("body:committee-5",)),
    ],
)
def test_a_passive_that_clause_with_no_agent_keeps_its_reading(sentence: str, expected: tuple[str, ...]) -> None:
    assert [whom(x) for x in run(report(sentence), "committee-5")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Committee requested Ad Hoc Group 7/3 to revise the text.", ("Ad Hoc Group 7/3",)),
        ("The Committee instructed Rapporteur Group 13/4 to report back in May.", ("Rapporteur Group 13/4",)),
        ("The Committee invited Drafting Group 2C to align the two texts.", ("Drafting Group 2C",)),
        ("The Committee asked Correspondence Group 6-1 to continue its work.", ("Correspondence Group 6-1",)),
    ],
)
def test_a_group_named_with_its_parents_number_is_the_whole_designation(
    sentence: str, expected: tuple[str, ...]
) -> None:
    assert [labels(x) for x in run(report(sentence), "committee-5")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Committee invited the chairmen of Committees 2 and 3 to meet.", "chairmen of Committees 2 and 3"),
        (
            "The Committee invited the Chairs of Working Groups 4A and 4B to consult.",
            "Chairs of Working Groups 4A and 4B",
        ),
        (
            "The Committee invited the Vice-Chairmen of Committees 4 and 5 to draft a note.",
            "Vice-Chairmen of Committees 4 and 5",
        ),
        (
            "The Committee requested the Rapporteurs for Questions 2/1 and 5/1 to coordinate.",
            "Rapporteurs for Questions 2/1 and 5/1",
        ),
        (
            "The Committee invited the rapporteurs on agenda items 1.3 and 1.9 to draft a joint text.",
            "rapporteurs on agenda items 1.3 and 1.9",
        ),
    ],
)
def test_a_plural_role_of_numbered_bodies_is_one_group_as_written(sentence: str, expected: str) -> None:
    assert [labels(x) for x in run(report(sentence), "committee-5")] == [(expected,)]


def test_the_directors_of_the_three_bureaux_are_each_post() -> None:
    """Decision 15: the three posts, not a group."""
    got = run(report("The Committee asked the Directors of the three Bureaux to report in 2034."), "committee-5")
    assert [whom(x) for x in got] == [("post:itu-br/director", "post:itu-tsb/director", "post:itu-bdt/director")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited Administrations of Member States of the Union to reply by May.",
            "Administrations of Member States",
        ),
        ("The Group encouraged the regulators of Member States of ITU to share data.", "regulators of Member States"),
        (
            "The Group asked the ministries of Member States of the Union to nominate experts.",
            "ministries of Member States",
        ),
    ],
)
def test_a_group_of_member_states_of_the_union_drops_what_member_states_already_say(
    sentence: str, expected: str
) -> None:
    """``the Member States of ITU`` are Member States; so inside a group of theirs (two look writers)."""
    assert [labels(x) for x in run(report(sentence), "itu-rag")] == [(expected,)]


def test_member_states_of_another_body_keep_it() -> None:
    got = run(report("The Group invited Administrations of Member States of the African Union to reply."), "itu-rag")
    assert [labels(x) for x in got] == [("Administrations of Member States of the African Union",)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Group invited ITU Member States to nominate experts by May.", ("Member States",)),
        ("The Group urged the Member States of the Union to pay their arrears.", ("Member States",)),
        ("The Group invited the ITU membership to comment on the draft.", ("membership",)),
        ("The Group invited Sector Members of ITU to submit contributions by June.", ("Sector Members",)),
        ("The Group invited Member States and ITU Sector Members to reply.", ("Member States", "Sector Members")),
    ],
)
def test_a_known_group_named_with_its_body_is_the_group(sentence: str, expected: tuple[str, ...]) -> None:
    """``ITU Member States`` is the group ``Member States`` (how the dev annotations write it)."""
    assert [labels(x) for x in run(report(sentence), "itu-rag")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Group invited Administrations of ITU Member States to reply.", "Administrations of ITU Member States"),
        ("The Group invited ITU-D Sector Members to reply.", "ITU-D Sector Members"),
        ("The Group invited all stakeholders to reply.", "all stakeholders"),
    ],
)
def test_a_group_of_a_group_or_of_a_sector_stays_as_written(sentence: str, expected: str) -> None:
    assert [labels(x) for x in run(report(sentence), "itu-rag")] == [(expected,)]

"""A group of the meeting named in lower case as it is set up, asked to act: an indefinite article before its kind
(``invited an informal group to meet ...``) or ``it`` after the clause that set it up (``established an ad hoc
group under Ms A and invited it to report ...``). Such sentences gave no request: the article made the phrase a
thing (``proposed an amendment``), and ``it`` found no body before it (ingest/extract/agent_resolver.py,
request_addressee_antecedents.py, body_prose_groups.py). Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import labels, run


def _asked(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    """(verb, addressee labels, action) of each request of a record of the Group holding ``text``."""
    return [(x.verb, labels(x), x.action) for x in run(report(text), "cwg-cop")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chair invited an informal group to meet on 5 May 2033 and report to the Group.",
            [("invite", ("informal group",), "meet on 5 May 2033 and report to the Group")],
        ),
        (
            "The Chairman asked an ad hoc group, coordinated by Mr Sione Fifita (Tonga), to draft the buoy annex.",
            [("ask", ("ad hoc group",), "draft the buoy annex")],
        ),
        (
            "The Group requested a correspondence group to collect the tide tables by 1 March 2034.",
            [("request", ("correspondence group",), "collect the tide tables by 1 March 2034")],
        ),
    ],
)
def test_a_group_named_with_an_indefinite_article_is_asked(
    text: str, expected: list[tuple[str, tuple[str, ...], str]]
) -> None:
    assert _asked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chair established an informal group under Ms Lina Tauiliili (Samoa) and invited it to report to"
            " the Group by 23 June 2033.",
            [("invite", ("informal group",), "report to the Group by 23 June 2033")],
        ),
        (
            "The meeting agreed to set up a Pacific working group on buoy data, chaired by Fiji, and asked it to"
            " report to the next meeting.",
            [("ask", ("Pacific working group on buoy data",), "report to the next meeting")],
        ),
        (
            "The Group created an editorial group and requested it to align the French and Spanish texts.",
            [("request", ("editorial group",), "align the French and Spanish texts")],
        ),
        (  # the one sentence splitter: an honorific's period ends no sentence
            "The Chair set up a drafting group under Mrs. Ana Folau (Tonga) and asked it to revise the annex.",
            [("ask", ("drafting group",), "revise the annex")],
        ),
    ],
)
def test_it_after_the_clause_that_set_up_a_group_is_that_group(
    text: str, expected: list[tuple[str, tuple[str, ...], str]]
) -> None:
    assert _asked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The delegate of Peru proposed an amendment to the draft and asked it to be circulated.",
        "The Chair invited an informal exchange of views on the buoy annex.",
        "The Group welcomed the buoy plan. It invited it to be published in 2034.",
    ],
)
def test_no_group_set_up_is_asked_by_an_article_or_a_pronoun(text: str) -> None:
    assert not any(labels(x) for x in run(report(text), "cwg-cop"))

"""A subject that names a review's writers by the title its byline gives them (``Prepared by NAME, Inspector`` /
``The Inspector recommends that ...``) is the person named (decisions 11 and 55 of ``docs/annotation-guide.md``). A
title no byline gives names no one. Every name and sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report, parties
from extract_support import requests_of as run

from wsiskg.ingest.records import Section


def _review(byline: str, *texts: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The requests of a review: a unit's name, its title, ``byline``, then ``texts`` in a numbered section."""
    r = make_report(
        "REVIEW UNIT OF THE ORGANIZATIONS",
        "Review of the regional presence of the organizations",
        byline,
        *texts,
        sections=(Section("1", "t", None, 1),),
        section="1",
    )
    return tuple(parties(x) for x in run(r, None))


@pytest.mark.parametrize(
    ("byline", "subject", "who"),
    [
        ("Prepared by Ingrid Solbakken-Mwangi, Inspector", "The Inspector", "person:ingrid-solbakken-mwangi"),
        ("Prepared by Tomasz Wielgosz-Achterberg, Evaluator", "The Evaluator", "person:tomasz-wielgosz-achterberg"),
    ],
)
def test_the_title_of_a_reviews_byline_names_its_writer(byline: str, subject: str, who: str) -> None:
    found = _review(
        byline,
        "The review covered nine organizations and their regional offices between 2034 and 2035.",
        f"{subject} recommends that the executive heads of the organizations adopt a common reporting template.",
    )
    assert [(requester, whom) for _, requester, whom in found] == [
        (who, ("collective:executive-heads-of-the-organizations",))
    ]


def test_a_title_no_byline_gives_names_no_writer() -> None:
    found = _review(
        "Prepared by Ingrid Solbakken-Mwangi, Inspector",
        "The Evaluator recommends that the executive heads of the organizations adopt a common reporting template.",
    )
    assert not any(requester.startswith("person:ingrid") for _, requester, _ in found)

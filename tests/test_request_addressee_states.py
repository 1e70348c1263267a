"""Whom ``the administration`` / ``the Government`` stands for as an addressee
(ingest/extract/request_addressee_states.py): the one country the paragraph named before it with the same noun and
``of`` (``the Administration of Ruritania``), as that phrase is the country (decision 26); with none, the group
as written. Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import make_report
from extract_support import one_section_report as report
from test_request_addressees import run, whom

from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.extract.requests import find_requests
from wsiskg.ingest.records import ParsedReport


def asked(r: ParsedReport) -> list[tuple[str, ...]]:
    actors = find_actors(r, "itu-rrb")
    return [tuple(f"{a.kind}:{a.key}" for a in x.addressees) for x in find_requests(r, actors, "itu-rrb", 2033)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Board could not grant the request of the Administration of Mongolia (Document B/7) and encouraged "
            "the administration to resubmit it with the launch contract.",
            ("country:MNG",),
        ),
        (
            "The Board heard the Administration of Peru on the interference case. It urged the administration to "
            "report on the measures taken.",
            ("country:PER",),
        ),
        (
            "The Board read a letter from the Government of Fiji on the cyclone damage, and invited the Government "
            "to submit a list of the equipment needed.",
            ("country:FJI",),
        ),
    ],
)
def test_the_administration_is_the_country_named_with_it_before(text: str, expected: tuple[str, ...]) -> None:
    assert asked(report(text)) == [expected]


def test_a_plural_antecedent_or_another_noun_names_no_country() -> None:
    """``the Administrations of A and B`` is no antecedent of a singular ``the administration``, nor is ``the
    Government of X`` of ``the administration``: the phrase stays as written."""
    for text in (
        "The Board noted the letters of the Administrations of Chile and Peru and encouraged the administration "
        "to reply.",
        "The Government of Kenya wrote to the Board, which encouraged the administration to reply.",
    ):
        assert ("country:KEN",) not in asked(report(text))
        assert all("country:" not in a for x in asked(report(text)) for a in x)


# ------------------------------------------------------------------ round 55: the one country the document names so
@pytest.mark.parametrize(
    ("title", "texts", "expected"),
    [
        (
            "AGREEMENT BETWEEN THE INTERNATIONAL TELECOMMUNICATION UNION AND THE GOVERNMENT OF THE REPUBLIC OF GHANA "
            "CONCERNING THE REGIONAL DEVELOPMENT FORUM FOR AFRICA",
            (
                "Article 2 - Premises. The Government shall provide the conference rooms listed in Annex 1.",
                "The Secretary-General of ITU requests the Government to confirm the venue by 1 March 2033.",
            ),
            ("country:GHA",),
        ),
        (
            "Memorandum of understanding on the national broadband mapping project",
            (
                "1 The Telecommunication Development Bureau invites the Administration to designate a focal point.",
                "For the Administration of Mongolia: Ms Oyunaa Batbayar-Lindqvist, Director-General",
            ),
            ("country:MNG",),
        ),
    ],
)
def test_the_government_is_the_one_country_the_document_names_with_it(
    title: str, texts: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    r = make_report(*texts, title=title)
    assert [whom(x) for x in run(r, None)][:1] == [expected]


def test_two_countries_named_with_the_noun_leave_the_government_as_written() -> None:
    r = make_report(
        "The Government of Chile and the Government of Peru signed the joint project document.",
        "The Secretary-General of ITU invites the Government to report on the pilot by 1 June 2033.",
        title="Joint project document on cross-border connectivity",
    )
    assert all("country:" not in a for x in run(r, None) for a in whom(x))

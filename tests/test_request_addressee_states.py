"""Whom ``the administration`` / ``the Government`` stands for as an addressee
(ingest/extract/request_addressee_states.py): the one country the paragraph named before it with the same noun and
``of`` (``the Administration of Ruritania``), as that phrase is the country (decision 26); with none, the group
as written. Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report

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

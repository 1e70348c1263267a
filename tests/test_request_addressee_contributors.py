"""Whom ``the contributor`` / ``both contributors`` / ``the proponents`` stands for in a meeting record
(ingest/extract/request_addressee_contributors.py): the sources written in brackets after the document the
record just named (``Document RG/12 (Ghana) described ...``), the country or body after ``from``/``of``, or
the names in apposition (``the proponents, Chile and Peru,``), as ``the delegate of Peru`` is Peru (decision
23); with none of those, the group as written. Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report

from wsiskg.ingest.extract.document import new_document
from wsiskg.ingest.extract.documents import find_documents
from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.extract.requests import find_requests
from wsiskg.ingest.records import ParsedReport, Request


def run(r: ParsedReport, body: str = "itu-rag") -> tuple[Request, ...]:
    """The requests of ``r`` read as ``extract`` reads them: the documents recorded before the requests."""
    new_document(r)
    actors = find_actors(r, body)
    find_documents(r)
    return find_requests(r, actors, body, 2033)[0]


def asked(r: ParsedReport) -> list[tuple[str, ...]]:
    return [tuple(f"{a.kind}:{a.key}" for a in x.addressees) for x in run(r)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Document RG/12 (Ghana) described the national plan. The Rapporteur requested the contributor to "
            "include the lessons learned.",
            ("country:GHA",),
        ),
        (
            "RG-7/4 (Chile, Peru): proposal for a regional network. The Chair invited both contributors to refine "
            "the proposal.",
            ("country:CHL", "country:PER"),
        ),
        (
            "Document SG1RGQ/210 (Viet Nam) presented a case study. The Rapporteur asked the contributor to align "
            "it with the template.",
            ("country:VNM",),
        ),
        (
            "Document 45 (Indonesia) was introduced. The Rapporteur invited the proponent to update the annex.",
            ("country:IDN",),
        ),
    ],
)
def test_the_contributor_is_the_source_of_the_document_just_named(text: str, expected: tuple[str, ...]) -> None:
    assert asked(report(text)) == [expected]


def test_the_contributor_of_a_document_named_in_the_paragraph_before() -> None:
    got = asked(
        report(
            "Document RG/31 (Uruguay) proposed a new indicator on rural coverage.",
            "After some discussion, the Rapporteur asked the contributor to present revised figures.",
        )
    )
    assert got == [("country:URY",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Rapporteur invited the contributor from China to provide the raw data.", ("country:CHN",)),
        ("The contributor from Kenya was invited to send the measurement logs.", ("country:KEN",)),
        (
            "The Rapporteur asked the proponents, Chile and Peru, to seek further support.",
            ("country:CHL", "country:PER"),
        ),
        (
            "The Rapporteur asked the contributors, the ATU and the APT, to merge their texts.",
            ("body:atu", "body:apt"),
        ),
    ],
)
def test_the_contributor_named_after_from_or_in_apposition(text: str, expected: tuple[str, ...]) -> None:
    assert asked(report(text)) == [expected]


def test_contributors_of_no_named_document_stay_the_group() -> None:
    assert asked(report("The Chair invited the contributors to merge their texts.")) == [("collective:contributors",)]
    got = asked(report("The Rapporteur asked the contributors, who had met twice, to merge their texts."))
    assert got == [("collective:contributors",)]


def test_a_bracket_that_names_no_source_is_no_contributor() -> None:
    """``(Rev.1)`` after the symbol is a revision, no one who submitted it: the group as written."""
    got = asked(
        report("Document RG/40 (Rev.1) was reviewed. The Rapporteur invited the contributor to correct the tables.")
    )
    assert got == [("collective:contributor",)]

"""A request whose subject is an acronym no catalogue knows (``The KRPG requested ...``) is that body's;
an acronym in the plural (``NRAs``) is a collective. A function word in capitals or a roman numeral is
no body. Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import one_section_report, parties
from extract_support import requests_of as run
from rdflib import RDFS

from wsiskg.core.vocab import WSIS
from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.request_subjects import unknown_acronym
from wsiskg.ingest.model import to_graph

BASE = "https://example.org/kg/"


def _parties(sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    r = kinds(
        ("The Lowland Spectrum Forum held its fourth meeting in Tallinn in 2031.", "body"),
        (sentence, "body"),
    )
    return [parties(x) for x in run(r, "")]


@pytest.mark.parametrize(
    ("sentence", "requester"),
    [
        ("The KRPG requested the Secretariat to circulate the draft report.", "body:krpg"),
        ("The ZTPB asked the Secretariat to publish the survey results.", "body:ztpb"),
        ("QVNF invited the Secretariat to prepare a study on satellite fees.", "body:qvnf"),
        ("The NRAs requested the Secretariat to compile their replies.", "collective:nras"),
    ],
)
def test_an_unknown_acronym_subject_asks(sentence: str, requester: str) -> None:
    got = _parties(sentence)
    assert len(got) == 1
    assert got[0][1] == requester
    assert got[0][2] == ("collective:secretariat",)


@pytest.mark.parametrize(
    ("phrase", "label"),
    [("The KRPG", "KRPG"), ("ZTPB-EX", "ZTPB-EX"), ("The NRAs", "NRAs")],
)
def test_the_label_is_the_acronym_as_written(phrase: str, label: str) -> None:
    ref = unknown_acronym(phrase)
    assert ref is not None and ref.label == label


@pytest.mark.parametrize("phrase", ["WHO", "The III", "XIV", "The KRPG Chair", "Annex 3", "The IT", "The Krpg"])
def test_no_body_from_a_word_numeral_or_longer_phrase(phrase: str) -> None:
    assert unknown_acronym(phrase) is None


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The KRPG requested the Secretariat to circulate the draft report.", "KRPG"),
        ("The ZTPB asked the Secretariat to publish the survey results.", "ZTPB"),
        ("The VLMC requested the Secretariat to prepare a study on satellite fees.", "VLMC"),
    ],
)
def test_the_graph_labels_the_unknown_body_as_written(sentence: str, label: str) -> None:
    g = to_graph(
        extract(one_section_report("The Lowland Spectrum Forum met in Tallinn in 2031.", sentence)), BASE, "r1"
    )
    requesters = {o for _, _, o in g.triples((None, WSIS.requester, None))}
    assert {str(v) for r in requesters for v in g.objects(r, RDFS.label)} == {label}


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("wsis-forum", "WSIS Forum"),  # an event series of no body: the series' name (events.csv)
        ("wtsa-16", "WTSA-16"),  # an edition of a series: its code
        ("upland-radio-forum", "upland radio forum"),  # no name at all: the key's words, never its IRI
        ("kestrel-review-panel", "kestrel review panel"),
    ],
)
def test_a_requester_body_named_only_by_its_key_has_a_label(key: str, label: str) -> None:
    """A body that the report names by no name of its own (its label is its key, as a meeting body the persons'
    reader never saw) still has a label in the graph, so the ``requests`` query shows no IRI for it."""
    from dataclasses import replace

    from wsiskg.ingest.extract.agent_resolver import catalogue_label
    from wsiskg.ingest.records import AgentRef

    extraction = extract(
        one_section_report(
            "The Lowland Spectrum Forum met in Tallinn in 2031.", "The KRPG requested the Secretariat to circulate it."
        )
    )
    (request,) = extraction.requests
    ref = AgentRef("body", key, catalogue_label("body", key))
    g = to_graph(replace(extraction, requests=(replace(request, requester=ref),)), BASE, "r1")
    requesters = {o for _, _, o in g.triples((None, WSIS.requester, None))}
    assert {str(v) for r in requesters for v in g.objects(r, RDFS.label)} == {label}

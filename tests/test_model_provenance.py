"""Every node the shapes want mentioned by a paragraph is: a request's party that no paragraph names (a speech's
speaker read from its title) is mentioned by the paragraph it asks in, and a post or a country the graph names only
as a mentioned person's is mentioned where that person is (``model.traced_through_neighbours``); one that only the
report's title names (a speech's speaker, a conference's host country on its title line) is ``wsis:titleMentions``
of the report, which the shapes accept (and so is the meeting of a report that is only its title). Invented names."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, SKOS

from wsiskg.core.config import Config
from wsiskg.core.vocab import WSIS
from wsiskg.ingest.model import traced_through_neighbours
from wsiskg.ingest.pipeline import prepare

_ID = "https://w3id.org/wsis-kg/id/"
_PARA = URIRef(_ID + "report/x/para/3")
_PERSON = URIRef(_ID + "person/tamsin-okonkwo-lind")
_POST = URIRef(_ID + "post/itu-bdt/director")
_COUNTRY = URIRef(_ID + "country/NZL")


def _graph() -> Graph:
    g = Graph()
    g.add((_PARA, RDF.type, WSIS.Paragraph))
    g.add((_PARA, WSIS.mentions, _PERSON))
    g.add((_PERSON, RDF.type, FOAF.Person))
    g.add((_PERSON, ORG.holds, _POST))
    g.add((_POST, RDF.type, ORG.Post))
    g.add((_POST, ORG.location, _COUNTRY))
    g.add((_COUNTRY, RDF.type, WSIS.Country))
    return g


def test_a_post_and_its_country_are_mentioned_where_their_holder_is() -> None:
    g = _graph()
    traced_through_neighbours(g)
    assert set(g.subjects(WSIS.mentions, _POST)) == {_PARA}
    assert set(g.subjects(WSIS.mentions, _COUNTRY)) == {_PARA}  # through the post: a chain


def test_reference_data_and_nodes_linked_to_nothing_mentioned_stay_as_they_are() -> None:
    g = _graph()
    g.add((_COUNTRY, RDFS.isDefinedBy, URIRef(_ID + "reference")))
    g.remove((_PARA, WSIS.mentions, _PERSON))
    traced_through_neighbours(g)
    assert (None, WSIS.mentions, _POST) not in g  # nothing mentioned to take its provenance from
    assert (None, WSIS.mentions, _COUNTRY) not in g


_REPORT = URIRef(_ID + "report/x")


def _titled(title: str) -> Graph:
    g = Graph()
    g.add((_REPORT, RDF.type, WSIS.MeetingReport))
    g.add((_REPORT, DCTERMS.title, Literal(title)))
    g.add((_COUNTRY, RDF.type, WSIS.Country))
    g.add((_COUNTRY, SKOS.altLabel, Literal("New Zealand")))
    return g


def test_a_node_only_the_title_names_is_mentioned_by_the_report() -> None:
    g = _titled("Third meeting of the Pacific Spectrum Forum — Wellington, New Zealand, 3-5 May 2031")
    traced_through_neighbours(g)
    assert set(g.subjects(WSIS.titleMentions, _COUNTRY)) == {_REPORT}
    assert (None, WSIS.mentions, _COUNTRY) not in g


def test_a_node_the_title_does_not_name_stays_unsourced_for_the_shapes() -> None:
    g = _titled("Third meeting of the Pacific Spectrum Forum — Apia, 3-5 May 2031")
    traced_through_neighbours(g)
    assert (None, WSIS.titleMentions, _COUNTRY) not in g


def test_a_report_whose_host_country_only_its_title_names_conforms(tmp_path: Path) -> None:
    report = tmp_path / "forum.txt"
    report.write_text(
        "Report of the ninth meeting — Reykjavik, Iceland, 14 to 16 October 2030\n\n"
        "1 The meeting was opened by the Chairman, Mr Teodor Vasquez-Lindqvist.\n\n"
        "2 The Group agreed to meet again in 2031.\n",
        encoding="utf-8",
    )
    prepared = prepare(report, Config())
    iceland = URIRef(_ID + "country/ISL")
    assert (iceland, RDF.type, WSIS.Country) in prepared.graph
    assert (None, WSIS.titleMentions, iceland) in prepared.graph
    assert prepared.validation.conforms, prepared.validation


def test_a_report_that_is_only_its_title_gives_its_meeting_the_title_as_provenance(tmp_path: Path) -> None:
    report = tmp_path / "title.txt"
    report.write_text("Report of the fifth meeting of the Expert Group on Rural Connectivity\n", encoding="utf-8")
    prepared = prepare(report, Config())  # no paragraph: the signature reader once failed on it
    meetings = set(prepared.graph.subjects(RDF.type, WSIS.Meeting))
    assert len(meetings) == 1
    assert set(prepared.graph.subjects(WSIS.titleMentions, meetings.pop())) == set(
        prepared.graph.subjects(RDF.type, WSIS.MeetingReport)
    )
    assert prepared.validation.conforms, prepared.validation

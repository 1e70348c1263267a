"""Every node the shapes want mentioned by a paragraph is: a request's party that no paragraph names (a speech's
speaker read from its title) is mentioned by the paragraph it asks in, and a post or a country the graph names only
as a mentioned person's is mentioned where that person is (``model.traced_through_neighbours``). Invented names."""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import FOAF, ORG

from wsiskg.core.vocab import WSIS
from wsiskg.ingest.model import traced_through_neighbours

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

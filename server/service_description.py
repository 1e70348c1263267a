"""The SPARQL 1.1 Service Description of the endpoint (answered on GET /sparql without a query).

``sd:endpoint`` is the URL the request reached (so it is right behind any host name or proxy
path), the languages (SPARQL 1.1 Query; Update only when enabled), the result formats, the
``sd:UnionDefaultGraph`` feature and the default dataset with VoID triple counts per graph.
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, XSD

from wsiskg.core.store import Store

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")

#: media type of an answer -> its W3C format IRI
FORMAT_IRIS = {
    "application/sparql-results+json": FORMATS.SPARQL_Results_JSON,
    "application/sparql-results+xml": FORMATS.SPARQL_Results_XML,
    "text/csv": FORMATS.SPARQL_Results_CSV,
    "text/tab-separated-values": FORMATS.SPARQL_Results_TSV,
    "text/turtle": FORMATS.Turtle,
    "application/ld+json": FORMATS["JSON-LD"],
    "application/n-triples": FORMATS["N-Triples"],
    "application/rdf+xml": FORMATS.RDF_XML,
    "application/n-quads": FORMATS["N-Quads"],
    "application/trig": FORMATS.TriG,
}

#: the media types the description itself is served in (rdflib serializer names)
SD_TYPES = {
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
}


def graph_counts(store: Store) -> dict[str, int]:
    """Triples per named graph."""
    return store.graph_sizes()


def describe(store: Store, endpoint: str, update_enabled: bool = False) -> Graph:
    """The service description graph of the endpoint at ``endpoint``."""
    g = Graph()
    g.bind("sd", SD)
    g.bind("void", VOID)
    g.bind("formats", FORMATS)
    service = URIRef(endpoint + "#service")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, URIRef(endpoint)))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if update_enabled:
        g.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    for iri in FORMAT_IRIS.values():
        g.add((service, SD.resultFormat, iri))
    dataset = BNode()
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    default = BNode()
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    g.add((default, VOID.triples, Literal(store.merge_size(), datatype=XSD.integer)))
    for name, count in sorted(graph_counts(store).items()):
        named = BNode()
        inner = BNode()
        g.add((dataset, SD.namedGraph, named))
        g.add((named, RDF.type, SD.NamedGraph))
        g.add((named, SD.name, URIRef(name)))
        g.add((named, SD.graph, inner))
        g.add((inner, RDF.type, SD.Graph))
        g.add((inner, VOID.triples, Literal(count, datatype=XSD.integer)))
    return g


def serialize(graph: Graph, media_type: str) -> bytes:
    data = graph.serialize(format=SD_TYPES[media_type])
    return data.encode("utf-8") if isinstance(data, str) else data

"""VoID + DCAT description of the dataset, and the dumps it lists."""

from __future__ import annotations

from datetime import UTC, datetime

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID
from rdflib.term import Node

from wsiskg.core.vocab import WSIS_NS
from wsiskg.queries import get_query

from ..context import get_store
from .links import bind_prefixes

#: dump file name -> (export format, gzip?, media type)
DUMPS: dict[str, tuple[str, bool, str]] = {
    "wsis-kg.trig.gz": ("trig", True, "application/trig"),
    "wsis-kg.nq.gz": ("nquads", True, "application/n-quads"),
    "wsis-kg.ttl": ("turtle", False, "text/turtle"),
    "wsis-kg.jsonld": ("jsonld", False, "application/ld+json"),
}


def _select(name: str, **substitutions: Node) -> list[dict[str, Node]]:
    _, rows = get_store().select(get_query(name).text, substitutions=substitutions or None)
    return rows


def _int(row: dict[str, Node] | None, key: str) -> int:
    return int(str(row[key])) if row and row.get(key) is not None else 0


def last_modified() -> str:
    rows = _select("void-modified")
    if rows and rows[0].get("modified") is not None:
        return str(rows[0]["modified"])
    store = get_store()
    if store.path is not None and store.path.exists():
        stamp = max((p.stat().st_mtime for p in store.path.iterdir()), default=store.path.stat().st_mtime)
        return datetime.fromtimestamp(stamp, UTC).replace(microsecond=0).isoformat()
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def void_graph(base: str) -> Graph:
    """VoID + DCAT description of the dataset served under ``base``."""
    g = bind_prefixes(Graph())
    g.bind("void", VOID)
    g.bind("dcat", DCAT)
    ds = URIRef(base + ".well-known/void#dataset")
    totals = next(iter(_select("void-totals")), None)
    entities = next(iter(_select("void-entities", space=Literal(base + "id/"))), None)
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, DCTERMS.title, Literal("wsis-kg", lang="en")))
    g.add(
        (
            ds,
            DCTERMS.description,
            Literal(
                "A knowledge graph of WSIS actors, meetings, requests, action lines and SDGs, extracted "
                "from ITU meeting "
                "reports.",
                lang="en",
            ),
        )
    )
    g.add((ds, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))
    g.add((ds, DCTERMS.modified, Literal(last_modified())))
    g.add((ds, VOID.uriSpace, Literal(base + "id/")))
    g.add((ds, VOID.vocabulary, URIRef(WSIS_NS)))
    g.add((ds, VOID.sparqlEndpoint, URIRef(base + "sparql")))
    g.add((ds, VOID.rootResource, URIRef(base + "id/sdg")))
    g.add((ds, VOID.triples, Literal(_int(totals, "triples"))))
    g.add((ds, VOID.distinctSubjects, Literal(_int(totals, "subjects"))))
    g.add((ds, VOID.distinctObjects, Literal(_int(totals, "objects"))))
    g.add((ds, VOID.properties, Literal(_int(totals, "properties"))))
    g.add((ds, VOID.entities, Literal(_int(entities, "entities"))))
    classes = _select("void-classes")
    g.add((ds, VOID.classes, Literal(len(classes))))
    for row in classes:
        part = BNode()
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], row["class"]))
        g.add((part, VOID.entities, Literal(_int(row, "entities"))))
    for row in _select("void-properties"):
        part = BNode()
        g.add((ds, VOID.propertyPartition, part))
        g.add((part, VOID.property, row["property"]))
        g.add((part, VOID.triples, Literal(_int(row, "triples"))))
    for row in _select("void-graphs"):
        sub = row["graph"]
        g.add((ds, VOID.subset, sub))
        g.add((sub, RDF.type, VOID.Dataset))
        g.add((sub, VOID.triples, Literal(_int(row, "triples"))))
    for name, (_, _, media) in DUMPS.items():
        url = URIRef(base + "dump/" + name)
        g.add((ds, VOID.dataDump, url))
        dist = URIRef(base + ".well-known/void#" + name)
        g.add((ds, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCAT.mediaType, URIRef("https://www.iana.org/assignments/media-types/" + media)))
        if name.endswith(".gz"):
            g.add((dist, DCAT.compressFormat, URIRef("https://www.iana.org/assignments/media-types/application/gzip")))
    service = URIRef(base + "sparql")
    g.add((service, RDF.type, DCAT.DataService))
    g.add((service, DCAT.endpointURL, service))
    g.add((service, DCAT.servesDataset, ds))
    g.add((ds, DCAT.distribution, URIRef(base + ".well-known/void#sparql")))
    g.add((URIRef(base + ".well-known/void#sparql"), RDF.type, DCAT.Distribution))
    g.add((URIRef(base + ".well-known/void#sparql"), DCAT.accessService, service))
    g.add((URIRef(base + ".well-known/void#sparql"), DCAT.accessURL, service))
    return g

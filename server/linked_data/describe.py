"""What the store says about one resource, and the ontology and shapes graphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, cast

import pyoxigraph as ox
from flask import current_app
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDFS
from rdflib.term import Node

from wsiskg.core.reference import ontology_graph, shapes_graph
from wsiskg.core.vocab import WSIS_NS
from wsiskg.queries import get_query

from ..context import get_store
from ..errors import NotFound
from .links import bind_prefixes, curie

LABEL_ORDER = [
    "http://xmlns.com/foaf/0.1/name",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    str(RDFS.label),
    str(DCTERMS.title),
    WSIS_NS + "heading",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    WSIS_NS + "acronym",
    WSIS_NS + "code",
]
#: label properties whose values are looked for in source paragraphs
MENTION_LABELS = set(LABEL_ORDER) - {str(DCTERMS.title), WSIS_NS + "heading"}
BAD_IRI_CHARS = re.compile(r'[\s<>"{}|\\^`]')


def checked_iri(iri: str) -> str:
    """``iri`` when it is a valid IRI, else :class:`NotFound` (no such resource can exist)."""
    if BAD_IRI_CHARS.search(iri):
        raise NotFound(f"no resource <{iri}>: not a valid IRI")
    try:
        ox.NamedNode(iri)
    except ValueError as exc:
        raise NotFound(f"no resource <{iri}>: {exc}") from exc
    return iri


def _rows(name: str, iri: str) -> list[dict[str, Node]]:
    _, rows = get_store().select(get_query(name).text, substitutions={"resource": URIRef(iri)})
    return rows


@dataclass
class Description:
    iri: str
    graph: Graph
    outgoing: list[tuple[Node, Node, str]] = field(default_factory=list)  # property, value, graph
    incoming: list[tuple[Node, Node]] = field(default_factory=list)  # subject, property
    labels: dict[str, str] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)  # the resource's own label values
    paragraphs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def exists(self) -> bool:
        return bool(self.outgoing or self.incoming)

    def label(self, iri: str) -> str:
        return self.labels.get(str(iri)) or curie(str(iri))


def describe(iri: str) -> Description:
    """All triples with ``iri`` as subject in every graph (+ its blank nodes), the links to it,
    and the labels of everything linked: a concise bounded description with incoming links."""
    checked_iri(iri)
    node = URIRef(iri)
    g = bind_prefixes(Graph())
    d = Description(iri, g)
    for row in _rows("resource-triples", iri):
        g.add((node, row["property"], row["value"]))
        d.outgoing.append((row["property"], row["value"], str(row["graph"])))
    for row in _rows("resource-bnodes", iri):
        g.add((row["node"], row["property"], row["value"]))
    for row in _rows("resource-incoming", iri):
        g.add((row["subject"], row["property"], node))
        d.incoming.append((row["subject"], row["property"]))
    ranked: dict[str, tuple[int, str]] = {}
    for row in _rows("resource-labels", iri):
        key, prop, value = str(row["node"]), str(row["labelProperty"]), str(row["label"])
        rank = LABEL_ORDER.index(prop) if prop in LABEL_ORDER else 99
        if key not in ranked or rank < ranked[key][0]:
            ranked[key] = (rank, value)
        if key != iri:
            g.add((row["node"], row["labelProperty"], row["label"]))
        elif prop in MENTION_LABELS and value not in d.names:
            d.names.append(value)
    d.labels = {k: v for k, (_, v) in ranked.items()}
    for row in _rows("resource-mentions", iri):
        order = row.get("order")
        d.paragraphs.append(
            {
                "iri": str(row["paragraph"]),
                "text": str(row["text"]),
                "order": int(str(order)) if order is not None else None,
                "report": str(row["report"]) if row.get("report") is not None else None,
                "report_title": str(row["reportTitle"]) if row.get("reportTitle") is not None else None,
                "title": row.get("report") is not None and row["paragraph"] == row["report"],  # wsis:titleMentions
            }
        )
    return d


def ontology_graphs() -> tuple[Graph, Graph]:
    """(ontology, shapes), built once per app."""
    cache = current_app.extensions.setdefault("wsiskg.linked_data", {})
    if "ontology" not in cache:
        cache["ontology"] = (bind_prefixes(ontology_graph()), bind_prefixes(shapes_graph()))
    return cast(tuple[Graph, Graph], cache["ontology"])

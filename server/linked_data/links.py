"""IRIs as links: the path at which this app serves an IRI, CURIEs, and prefix bindings."""

from __future__ import annotations

from flask import request
from rdflib import Graph
from rdflib.namespace import DCAT, RDF, SH, VOID

from wsiskg.core.export import PREFIXES
from wsiskg.core.vocab import WSIS_NS

from ..context import get_config

ONTOLOGY_IRI = WSIS_NS.rstrip("#")
_CURIE_PREFIXES: list[tuple[str, str]] = list(PREFIXES.items()) + [
    ("rdf", str(RDF)),
    ("void", str(VOID)),
    ("dcat", str(DCAT)),
    ("sh", str(SH)),
]


def base_of() -> str:
    return get_config().base


def local_href(iri: str, base: str | None = None) -> str:
    """The path at which this app serves ``iri`` (minted IRIs, ontology terms); other IRIs as they are."""
    base = base or base_of()
    root = request.script_root if request else ""
    if iri.startswith(base) and len(iri) > len(base):
        return f"{root}/{iri[len(base) :]}"
    if iri.startswith(WSIS_NS):
        return f"{root}/def#{iri[len(WSIS_NS) :]}"
    if iri == ONTOLOGY_IRI:
        return f"{root}/def"
    return iri


def curie(iri: str) -> str:
    for prefix, ns in _CURIE_PREFIXES:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph

"""File exports: the actor graph for network tools, and RDF dumps of the whole store.

``export(store, fmt, out, base, meeting=None, types=None)`` writes one format to ``out``
(a binary file object or a path). Actor-graph formats (see :mod:`wsiskg.core.actors`):

- ``graphml``   GraphML (yEd, Gephi, Cytoscape desktop), written by networkx
- ``gexf``      GEXF 1.3 (Gephi), written here: networkx writes an invalid ``xsi`` namespace
- ``cytoscape`` Cytoscape.js elements JSON (``cytoscape({elements: ...})``, Cytoscape desktop import)
- ``d3``        D3 node-link JSON (``{"nodes": [...], "links": [...]}``)
- ``dot``       Graphviz DOT, written here: safe node ids (``n0``...), the IRI kept as ``iri`` and ``URL``

RDF dumps of every graph in the store: ``trig``, ``nquads`` (the named graphs kept),
``turtle``, ``jsonld`` (the union of all graphs; JSON-LD compacted with ``ontology/context.jsonld``).
"""

from __future__ import annotations

import gzip
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx
import pyoxigraph as ox

from wsiskg.core.actors import build_actor_graph
from wsiskg.core.errors import WsisKgError
from wsiskg.core.resources import read_text
from wsiskg.core.store import Store

GRAPH_FORMATS: dict[str, str] = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "cytoscape": "application/json",
    "d3": "application/json",
    "dot": "text/vnd.graphviz",
}
RDF_FORMATS: dict[str, str] = {
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "turtle": "text/turtle",
    "jsonld": "application/ld+json",
}
FORMATS: tuple[str, ...] = tuple(GRAPH_FORMATS) + tuple(RDF_FORMATS)
#: file name suffix of each format
SUFFIXES: dict[str, str] = {
    "graphml": ".graphml",
    "gexf": ".gexf",
    "cytoscape": ".cyjs",
    "d3": ".d3.json",
    "dot": ".dot",
    "trig": ".trig",
    "nquads": ".nq",
    "turtle": ".ttl",
    "jsonld": ".jsonld",
}
PREFIXES: dict[str, str] = {
    "wsis": "https://w3id.org/wsis-kg/def#",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
#: node type -> colour, the same in the browser's /graph view and in the DOT export
NODE_COLOURS: dict[str, str] = {
    "person": "#1a5aa6",
    "body": "#c0662b",
    "country": "#2e8b57",
    "post": "#8e6cbf",
    "meeting": "#b8860b",
    "event": "#d1495b",
    "action-line": "#00798c",
    "sdg": "#66a182",
    "group": "#6c757d",
}
GEXF_NS = "http://gexf.net/1.3"
GEXF_VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"


class ExportError(WsisKgError):
    """An unknown export format."""


def jsonld_context() -> dict[str, Any]:
    """The stable JSON-LD ``@context`` (``ontology/context.jsonld``)."""
    context: dict[str, Any] = json.loads(read_text("ontology", "context.jsonld"))
    return context


def export(
    store: Store,
    fmt: str,
    out: BinaryIO | Path | str,
    base: str,
    meeting: str | None = None,
    types: Iterable[str] | str | None = None,
) -> None:
    """Write the export ``fmt`` (one of :data:`FORMATS`) of ``store`` to ``out``.

    ``meeting`` and ``types`` filter the actor graph (ignored by the RDF dumps).
    """
    data = export_bytes(store, fmt, base, meeting=meeting, types=types)
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    else:
        out.write(data)


def export_bytes(
    store: Store, fmt: str, base: str, meeting: str | None = None, types: Iterable[str] | str | None = None
) -> bytes:
    """The export ``fmt`` of ``store`` as bytes."""
    if fmt in GRAPH_FORMATS:
        return write_graph(build_actor_graph(store, base, meeting=meeting, types=types), fmt)
    if fmt in RDF_FORMATS:
        return dump_rdf(store, fmt)
    raise ExportError(f"unknown export format '{fmt}'; available: {', '.join(FORMATS)}")


# --------------------------------------------------------------------------- actor graph
def _plain(value: object) -> str | int | float | bool:
    """GraphML/GEXF accept str, int, float, bool only."""
    if type(value) in (str, int, float, bool):
        return value  # type: ignore[return-value]  # exactly one of those (not a str subclass)
    return str(value)  # URIRef/Literal are str subclasses


def _clean(graph: nx.MultiDiGraph[str]) -> nx.MultiDiGraph[str]:
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    g.graph.update({k: _plain(v) for k, v in graph.graph.items() if v is not None})
    for n, d in graph.nodes(data=True):
        g.add_node(str(n), **{k: _plain(v) for k, v in d.items() if v is not None})
    for u, v, k, d in graph.edges(keys=True, data=True):
        g.add_edge(str(u), str(v), key=str(k), **{a: _plain(x) for a, x in d.items() if x is not None})
    return g


def write_graph(graph: nx.MultiDiGraph[str], fmt: str) -> bytes:
    """Serialise an actor graph in one of :data:`GRAPH_FORMATS`."""
    graph = _clean(graph)
    if fmt == "graphml":
        buf = io.BytesIO()
        nx.write_graphml(graph, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
        return buf.getvalue()
    if fmt == "gexf":
        return gexf_bytes(graph)
    if fmt == "cytoscape":
        return json.dumps(cytoscape_json(graph), ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "d3":
        data = nx.node_link_data(graph, edges="links")
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "dot":
        return dot_text(graph).encode("utf-8")
    raise ExportError(f"unknown graph format '{fmt}'; available: {', '.join(GRAPH_FORMATS)}")


def cytoscape_json(graph: nx.MultiDiGraph[str]) -> dict[str, Any]:
    """Cytoscape.js JSON: ``{"data": ..., "elements": {"nodes": [...], "edges": [...]}}``."""
    # "name" and "value" make the file readable by networkx.cytoscape_graph too
    nodes = [{"data": {**d, "id": n, "value": n, "name": d.get("label", n)}} for n, d in graph.nodes(data=True)]
    edges = []
    for i, (u, v, k, d) in enumerate(graph.edges(keys=True, data=True)):
        edges.append({"data": {"id": f"e{i}", "source": u, "target": v, "key": k, **d}})
    return {
        "data": dict(graph.graph),
        "directed": True,
        "multigraph": True,
        "elements": {"nodes": nodes, "edges": edges},
    }


def gexf_bytes(graph: nx.MultiDiGraph[str]) -> bytes:
    """GEXF 1.3 (http://gexf.net/1.3): node ``label``, attributes ``type`` and ``iri``; edge ``label``,
    ``kind`` (the edge label, so parallel edges of different kinds are allowed) and ``weight``."""
    ET.register_namespace("", GEXF_NS)
    ET.register_namespace("viz", GEXF_VIZ_NS)
    ET.register_namespace("xsi", XSI_NS)

    def q(tag: str) -> str:
        return f"{{{GEXF_NS}}}{tag}"

    root = ET.Element(q("gexf"), {"version": "1.3", f"{{{XSI_NS}}}schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd"})
    meta = ET.SubElement(root, q("meta"), {"lastmodifieddate": date.today().isoformat()})
    ET.SubElement(meta, q("creator")).text = "wsis-kg"
    ET.SubElement(meta, q("description")).text = str(graph.graph.get("name", "actor graph"))
    g = ET.SubElement(root, q("graph"), {"defaultedgetype": "directed", "mode": "static"})
    node_keys = sorted({k for _, d in graph.nodes(data=True) for k in d if k != "label"})
    attrs = ET.SubElement(g, q("attributes"), {"class": "node", "mode": "static"})
    for i, k in enumerate(node_keys):
        ET.SubElement(attrs, q("attribute"), {"id": str(i), "title": k, "type": "string"})
    nodes = ET.SubElement(g, q("nodes"))
    for n, d in graph.nodes(data=True):
        el = ET.SubElement(nodes, q("node"), {"id": n, "label": str(d.get("label", n))})
        values = ET.SubElement(el, q("attvalues"))
        for i, k in enumerate(node_keys):
            if k in d:
                ET.SubElement(values, q("attvalue"), {"for": str(i), "value": str(d[k])})
    edges = ET.SubElement(g, q("edges"))
    for i, (u, v, k, d) in enumerate(graph.edges(keys=True, data=True)):
        ET.SubElement(
            edges,
            q("edge"),
            {
                "id": f"e{i}",
                "source": u,
                "target": v,
                "label": str(d.get("label", k)),
                "kind": str(k),
                "weight": str(float(d.get("weight", 1))),
            },
        )
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


def _dot_quote(value: object) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


def dot_text(graph: nx.MultiDiGraph[str]) -> str:
    """Graphviz DOT with safe ids ``n0, n1, ...``; each node keeps ``iri`` (and ``URL`` for SVG links)."""
    ids = {n: f"n{i}" for i, n in enumerate(graph.nodes)}
    lines = [
        f"digraph {_dot_quote(graph.graph.get('name', 'actors'))} {{",
        '  graph [rankdir=LR, overlap=false, fontname="Helvetica"];',
        '  node [shape=box, style="rounded,filled", fillcolor="#888888", fontcolor="white", fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=9];',
    ]
    for n, d in graph.nodes(data=True):
        kind = d.get("type", "")
        attrs = {"label": d.get("label", n), "iri": d.get("iri", n), "URL": d.get("iri", n), "type": kind}
        if kind in NODE_COLOURS:
            attrs["fillcolor"] = NODE_COLOURS[kind]
        lines.append(f"  {ids[n]} [" + ", ".join(f"{k}={_dot_quote(v)}" for k, v in attrs.items()) + "];")
    for u, v, k, d in graph.edges(keys=True, data=True):
        weight = d.get("weight", 1)
        attrs = {"label": d.get("label", k), "weight": weight, "penwidth": min(1 + (int(weight) - 1) * 0.5, 6)}
        lines.append(f"  {ids[u]} -> {ids[v]} [" + ", ".join(f"{a}={_dot_quote(x)}" for a, x in attrs.items()) + "];")
    lines.append("}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- RDF dumps
def dump_rdf(store: Store, fmt: str) -> bytes:
    """The store as TriG or N-Quads (named graphs kept) or Turtle / JSON-LD (union of the graphs)."""
    if fmt == "trig":
        return ox.serialize(store.quads(), format=ox.RdfFormat.TRIG, prefixes=PREFIXES) or b""
    if fmt == "nquads":
        return store.dump(ox.RdfFormat.N_QUADS)
    if fmt == "turtle":
        return ox.serialize(store.triples(), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""
    if fmt == "jsonld":
        return (
            store.graph(None)
            .serialize(format="json-ld", context=jsonld_context()["@context"], auto_compact=True)
            .encode("utf-8")
        )
    raise ExportError(f"unknown RDF format '{fmt}'; available: {', '.join(RDF_FORMATS)}")


def gzip_bytes(data: bytes) -> bytes:
    """Deterministic gzip (no file name, time 0)."""
    return gzip.compress(data, mtime=0)

"""Each export proven in its consumer's terms: networkx readers, Graphviz, the GEXF 1.3 structure, RDF parsers."""

from __future__ import annotations

import gzip
import io
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from wsiskg.core.actors import build_actor_graph
from wsiskg.core.export import FORMATS, ExportError, dot_text, export, export_bytes, write_graph
from wsiskg.core.store import Store

DATA = Path(__file__).parent / "data" / "actors.trig"
BASE = "https://w3id.org/wsis-kg/"
ID = BASE + "id/"
GEXF = "{http://gexf.net/1.3}"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"


@pytest.fixture
def actors_store() -> Store:
    store = Store.open(None)
    store.load(path=DATA, format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture
def expected(actors_store) -> nx.MultiDiGraph:
    return build_actor_graph(actors_store, BASE)


def _edge_set(g) -> set:
    return {(u, v, d["label"], int(float(d["weight"]))) for u, v, d in g.edges(data=True)}


def test_graphml_round_trips_through_networkx(actors_store, expected, tmp_path):
    out = tmp_path / "actors.graphml"
    export(actors_store, "graphml", out, BASE)
    back = nx.read_graphml(out)
    assert set(back.nodes) == set(expected.nodes)
    assert back.nodes[ID + "person/ana-lindqvist"]["label"] == "Ana Lindqvist"
    assert back.nodes[ID + "person/ana-lindqvist"]["type"] == "person"
    assert _edge_set(back) == _edge_set(expected)


def test_gexf_is_version_1_3_by_structure(actors_store, expected):
    root = ET.fromstring(export_bytes(actors_store, "gexf", BASE))
    assert root.tag == GEXF + "gexf" and root.get("version") == "1.3"
    assert root.get(XSI + "schemaLocation") == "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
    assert [c.tag for c in root] == [GEXF + "meta", GEXF + "graph"]
    graph = root.find(GEXF + "graph")
    assert graph.get("defaultedgetype") == "directed" and graph.get("mode") == "static"
    declared = {a.get("id"): a.get("title") for a in graph.find(GEXF + "attributes").findall(GEXF + "attribute")}
    assert set(declared.values()) == {"iri", "type"}
    nodes = graph.find(GEXF + "nodes").findall(GEXF + "node")
    ids = {n.get("id") for n in nodes}
    assert ids == set(expected.nodes)
    for node in nodes:
        assert node.get("label")
        for value in node.find(GEXF + "attvalues"):
            assert value.get("for") in declared
    edges = graph.find(GEXF + "edges").findall(GEXF + "edge")
    assert len({e.get("id") for e in edges}) == len(edges) == expected.number_of_edges()
    for edge in edges:
        assert edge.get("source") in ids and edge.get("target") in ids
        assert float(edge.get("weight")) >= 1 and edge.get("label") == edge.get("kind")


def test_gexf_round_trips_through_networkx(actors_store, expected, tmp_path):
    out = tmp_path / "actors.gexf"
    export(actors_store, "gexf", out, BASE)
    back = nx.read_gexf(out, version="1.3")
    assert set(back.nodes) == set(expected.nodes)
    assert back.nodes[ID + "org/itu-bdt"]["label"] == "BDT"
    assert _edge_set(back) == _edge_set(expected)


def test_cytoscape_json_round_trips_and_has_elements(actors_store, expected):
    data = json.loads(export_bytes(actors_store, "cytoscape", BASE))
    node_ids = {n["data"]["id"] for n in data["elements"]["nodes"]}
    assert node_ids == set(expected.nodes)
    for edge in data["elements"]["edges"]:
        assert edge["data"]["source"] in node_ids and edge["data"]["target"] in node_ids and edge["data"]["id"]
    back = nx.cytoscape_graph(data)
    assert _edge_set(back) == _edge_set(expected)


def test_d3_node_link_round_trips(actors_store, expected):
    data = json.loads(export_bytes(actors_store, "d3", BASE))
    assert {"nodes", "links"} <= set(data)
    back = nx.node_link_graph(data, edges="links")
    assert set(back.nodes) == set(expected.nodes)
    assert _edge_set(back) == _edge_set(expected)


def test_dot_uses_safe_ids_and_keeps_iris(actors_store, expected):
    text = export_bytes(actors_store, "dot", BASE).decode()
    ids = re.findall(r"^\s+(\S+) \[label=", text, flags=re.M)
    assert len(ids) == expected.number_of_nodes()
    assert all(re.fullmatch(r"n\d+", i) for i in ids)
    assert f'iri="{ID}person/ana-lindqvist"' in text
    assert len(re.findall(r"^\s+n\d+ -> n\d+ \[", text, flags=re.M)) == expected.number_of_edges()


def test_dot_colours_nodes_by_type_like_the_browser_view(actors_store):
    from wsiskg.core.config import Config
    from wsiskg.core.export import NODE_COLOURS
    from wsiskg.server.app import create_app

    text = export_bytes(actors_store, "dot", BASE).decode()
    person = next(line for line in text.splitlines() if f'iri="{ID}person/ana-lindqvist"' in line)
    assert f'fillcolor="{NODE_COLOURS["person"]}"' in person
    page = create_app(Config(store=None), store=actors_store).test_client().get("/graph").get_data(as_text=True)
    assert f'"person": "{NODE_COLOURS["person"]}"' in page


@pytest.fixture
def dot_binary() -> str:
    path = shutil.which("dot")
    if not path:
        pytest.skip("Graphviz 'dot' not installed (apt-get install graphviz)")
    return path


def _render(dot_binary: str, text: str) -> str:
    done = subprocess.run([dot_binary, "-Tsvg"], input=text.encode(), capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode()


def test_dot_renders_with_graphviz(actors_store, dot_binary):
    svg = _render(dot_binary, export_bytes(actors_store, "dot", BASE).decode())
    assert "<svg" in svg and "Ana Lindqvist" in svg and "requested" in svg
    assert f"{ID}person/ana-lindqvist" in svg  # URL attribute becomes a link


def test_dot_escapes_awkward_labels(dot_binary):
    g = nx.MultiDiGraph()
    g.add_node("urn:x:a", iri="urn:x:a", label='say "hi" \\ back', type="person")
    g.add_node("http://e.org/b:c", iri="http://e.org/b:c", label="B\nC", type="body")
    g.add_edge("urn:x:a", "http://e.org/b:c", key="requested", label="requested", weight=3)
    svg = _render(dot_binary, dot_text(g))
    assert "say &quot;hi&quot;" in svg


def test_graph_writers_stringify_odd_attribute_values():
    g = nx.MultiDiGraph()
    g.add_node("urn:x:a", iri=URIRef("urn:x:a"), label=Literal("A"), type="person", extra=None, score=[1, 2])
    g.add_node("urn:x:b", iri="urn:x:b", label="B", type="body")
    g.add_edge("urn:x:a", "urn:x:b", key="requested", label="requested", weight=2, note=URIRef("urn:x:n"))
    back = nx.read_graphml(io.BytesIO(write_graph(g, "graphml")))
    assert back.nodes["urn:x:a"]["iri"] == "urn:x:a" and back.nodes["urn:x:a"]["score"] == "[1, 2]"
    assert nx.read_gexf(io.BytesIO(write_graph(g, "gexf")), version="1.3").number_of_edges() == 1


def test_filters_reach_the_files(actors_store):
    data = json.loads(export_bytes(actors_store, "d3", BASE, meeting=ID + "meeting/wgx-7", types="body,country"))
    assert {n["type"] for n in data["nodes"]} == {"body", "country"}
    assert ID + "org/itu" not in {n["id"] for n in data["nodes"]}  # not mentioned in the meeting's report
    assert {(link["source"], link["target"]) for link in data["links"]} == {
        (ID + "org/wgx", ID + "org/itu-bdt"),
        (ID + "org/wgx", ID + "org/unesco"),
        (ID + "org/wgx", ID + "country/SWE"),
    }


def test_trig_and_nquads_keep_the_named_graphs(actors_store):
    for fmt, parser in (("trig", ox.RdfFormat.TRIG), ("nquads", ox.RdfFormat.N_QUADS)):
        quads = set(ox.parse(export_bytes(actors_store, fmt, BASE), format=parser))
        assert {q.graph_name.value for q in quads} == {BASE + "graph/reference", BASE + "graph/report/wgx-7"}
        assert quads == set(actors_store.quads())


def test_turtle_and_jsonld_dump_the_union(actors_store):
    union = actors_store.graph(None)
    ttl = Graph().parse(data=export_bytes(actors_store, "turtle", BASE), format="turtle")
    assert len(ttl) == len(union)
    jsonld = export_bytes(actors_store, "jsonld", BASE)
    assert json.loads(jsonld)["@context"]["wsis"] == "https://w3id.org/wsis-kg/def#"
    quads = list(ox.parse(jsonld, format=ox.RdfFormat.JSON_LD))
    assert len({q.triple for q in quads}) == len(union)


def test_export_writes_to_a_binary_stream(actors_store):
    buf = io.BytesIO()
    export(actors_store, "nquads", buf, BASE)
    assert gzip.compress(buf.getvalue())  # bytes, not text
    assert buf.getvalue().count(b"\n") == len(actors_store)


def test_every_format_is_exportable(actors_store, tmp_path):
    for fmt in FORMATS:
        out = tmp_path / f"out.{fmt}"
        export(actors_store, fmt, out, BASE)
        assert out.stat().st_size > 100


def test_unknown_format_names_the_available_ones(actors_store):
    with pytest.raises(ExportError, match="unknown export format 'pdf'; available: graphml, gexf"):
        export_bytes(actors_store, "pdf", BASE)

"""The store contract: the same tests over the embedded Oxigraph store and a live Virtuoso.

Virtuoso runs once per session (``virtuoso`` fixture, tests/virtuoso.py) and is cleared
before each test; without ``virtuoso-t`` those cases are skipped with the reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef

from wsiskg.core.config import Config
from wsiskg.core.errors import QueryError, StoreError
from wsiskg.core.store import MERGE, META, NoStore, Store
from wsiskg.ingest.pipeline import ingest_files

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "cwg-wsis-sdg-38-report.docx"
P = URIRef("http://example.org/p")
CREDENTIALS = {"user": "dba", "password": "dba"}


def _graph(*values: object) -> Graph:
    g = Graph()
    for i, v in enumerate(values):
        g.add((URIRef(f"http://example.org/s{i}"), P, Literal(v)))
    return g


@pytest.fixture(params=["embedded", "virtuoso"])
def kind(request) -> str:
    return request.param


@pytest.fixture
def location(kind, tmp_path, request):
    """Where a fresh, empty store lives for this test."""
    if kind == "embedded":
        return tmp_path / "store"
    server = request.getfixturevalue("virtuoso")
    server.clear()
    return server.location


@pytest.fixture
def open_store(location):
    opened: list[Store] = []

    def _open(read_only: bool = False) -> Store:
        st = Store.open(location, read_only=read_only, **CREDENTIALS)
        opened.append(st)
        return st

    yield _open
    for st in opened:
        st.close()


def _objects(st: Store, query: str = "SELECT ?o WHERE { ?s ?p ?o }", **kwargs) -> list[str]:
    _, rows = st.select(query, **kwargs)
    return sorted(str(r["o"]) for r in rows)


# ---------------------------------------------------------------------------- graphs and the merge
def test_named_graphs_and_the_merge(open_store):
    st = open_store()
    st.replace_graphs({"http://g/a": _graph("a"), "http://g/b": _graph("b", "c")})
    assert st.graphs() == ["http://g/a", "http://g/b"]
    assert st.has_graph("http://g/a") and not st.has_graph(META)
    assert _objects(st) == ["a", "b", "c"]
    assert _objects(st, default_graph=["http://g/a"]) == ["a"]
    assert st.graph_sizes() == {"http://g/a": 1, "http://g/b": 2}
    assert len(st) == 3 and st.merge_size() == 3


def test_the_merge_is_a_set_and_follows_replacements(open_store):
    st = open_store()
    shared = _graph("shared")  # the same triple stated by two reports
    st.replace_graphs({"http://g/a": shared, "http://g/b": shared + _graph("b-only")})
    _, rows = st.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(rows[0]["n"]) == 2  # not 3: an RDF merge, not a bag of quads
    st.replace_graph("http://g/a", Graph())  # dropping one report keeps what the other says
    assert _objects(st) == ["b-only", "shared"]
    st.replace_graph("http://g/b", _graph("new"))
    assert _objects(st) == ["new"]
    st.drop_graphs(["http://g/b"])
    assert st.graphs() == [] and _objects(st) == [] and len(st) == 0


def test_graph_patterns_see_the_data_graphs_only(open_store):
    st = open_store()
    st.set_base("https://example.org/kg/")
    st.replace_graphs({"http://g/a": _graph("a"), "http://g/b": _graph("b")})
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    _, rows = st.select(q)
    assert sorted(str(r["g"]) for r in rows) == ["http://g/a", "http://g/b"]  # never META or MERGE
    _, rows = st.select(q, named_graphs=["http://g/b"])
    assert [str(r["g"]) for r in rows] == ["http://g/b"]
    assert st.select(q, default_graph=["http://g/a"], named_graphs=[])[1] == []


def test_a_write_that_cannot_be_made_changes_nothing(open_store):
    st = open_store()
    st.replace_graph("http://g/a", _graph("keep"))
    before = st.dump()
    bad = Graph()
    bad.add((URIRef("http://example.org/x"), P, URIRef("not an iri with spaces")))
    with pytest.raises(StoreError):
        st.replace_graphs({"http://g/a": _graph("lost"), "http://g/b": bad})
    assert st.dump() == before
    assert st.graphs() == ["http://g/a"]


def test_terms_round_trip(open_store):
    st = open_store()
    g = Graph()
    s = URIRef("http://example.org/s")
    g.add((s, P, Literal('quote " and \n newline, tab\t and ünïcödé', lang="fr")))
    g.add((s, P, Literal(3)))
    g.add((s, P, Literal("2024-05-01", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))))
    g.add((s, P, Literal("plain")))
    g.add((s, URIRef("http://example.org/q"), URIRef("http://example.org/o#frag")))
    st.replace_graph("http://g", g)
    assert set(st.graph("http://g")) == set(g)
    assert set(st.graph(None)) == set(g)


def test_blank_nodes_are_stored(open_store):
    st = open_store()
    g = Graph()
    b = BNode()
    g.add((URIRef("http://example.org/s"), P, b))
    g.add((b, P, Literal("inside")))
    st.replace_graph("http://g", g)
    _, rows = st.select("SELECT ?v WHERE { <http://example.org/s> ?p ?b . ?b ?q ?v }")
    assert [str(r["v"]) for r in rows] == ["inside"]


# ---------------------------------------------------------------------------- queries
def test_substitutions_bind_variables_without_pasting_text(open_store):
    st = open_store()
    st.replace_graphs({"http://g/a": _graph("a", "b")})
    q = "SELECT ?s ?o WHERE { ?s ?p ?o }"  # Oxigraph binds projected variables only
    _, rows = st.select(q, substitutions={"o": Literal("b")})
    assert [str(r["s"]) for r in rows] == ["http://example.org/s1"]
    evil = Literal('b" } UNION { ?s ?p ?o')
    assert st.select(q, substitutions={"o": evil})[1] == []
    q = "SELECT ?s ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?o"
    _, rows = st.select(q, substitutions={"s": URIRef("http://example.org/s0")})
    assert [(str(r["g"]), str(r["o"])) for r in rows] == [("http://g/a", "a")]


def test_ask_construct_and_errors(open_store):
    st = open_store()
    st.replace_graph("http://g/a", _graph("a"))
    assert bool(st.query("ASK { ?s ?p 'a' }")) is True
    assert bool(st.query("ASK { ?s ?p 'zzz' }")) is False
    triples = list(st.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))
    assert [t.object.value for t in triples] == ["a"]
    with pytest.raises(QueryError, match="malformed SPARQL"):
        st.select("SELECT ?x WHERE { ?x ")
    with pytest.raises(QueryError):
        st.select("ASK { ?s ?p ?o }")


def test_load_adds_quads_and_the_merge(open_store):
    st = open_store()
    st.load(b'<http://g/t> { <http://e/s> <http://e/p> "x" . }', format=ox.RdfFormat.TRIG)
    st.load(b'<http://e/s> <http://e/p> "y" .', format=ox.RdfFormat.N_TRIPLES, to_graph="http://g/u")
    assert st.graphs() == ["http://g/t", "http://g/u"]
    assert _objects(st) == ["x", "y"]


# ---------------------------------------------------------------------------- records, read-only
def test_the_store_records_its_base_and_what_it_holds(open_store):
    st = open_store()
    assert st.recorded_base() is None
    st.set_base("https://example.org/kg/")
    st.replace_graphs({"http://g/a": _graph("a", "b")})
    assert st.recorded_base() == "https://example.org/kg/"
    stored = st.stored()
    assert list(stored) == ["http://g/a"] and stored["http://g/a"][1] == 2
    assert stored["http://g/a"][0].startswith("20")
    st.drop_graph("http://g/a")
    assert st.stored() == {}
    assert st.recorded_base() == "https://example.org/kg/"
    assert META not in st.graphs() and MERGE not in st.graphs()
    assert "urn:wsiskg" not in st.dump().decode()


def test_read_only_needs_an_existing_store_and_refuses_writes(open_store):
    with pytest.raises(NoStore, match="no store at .*; run `wsiskg ingest` first"):
        open_store(read_only=True)
    st = open_store()
    st.set_base("https://example.org/kg/")
    st.replace_graph("http://g/a", _graph("a"))
    st.close()
    ro = open_store(read_only=True)
    assert _objects(ro) == ["a"]
    with pytest.raises(StoreError):
        ro.replace_graph("http://g/a", _graph("b"))


# ---------------------------------------------------------------------------- the pipeline
def test_ingest_writes_through_the_interface(open_store):
    st = open_store()
    cfg = Config(store=None, base="https://example.org/kg/")
    st.set_base(cfg.base)
    [result] = ingest_files([SAMPLE], st, cfg)
    assert result.graph_iri in st.graphs()
    assert st.stored()[result.graph_iri][1] == result.triples
    assert st.recorded_base() == cfg.base


# ---------------------------------------------------------------------------- remote only: no partial batches
@pytest.fixture
def remote(virtuoso):
    virtuoso.clear()
    st = Store.open(virtuoso.location, **CREDENTIALS)
    yield st
    st.close()


def _server_graphs(virtuoso) -> set[str]:
    return virtuoso.graphs() - virtuoso.system_graphs


def test_a_failed_second_write_leaves_no_partial_report_graphs(remote, virtuoso, monkeypatch):
    remote.replace_graphs({"http://g/a": _graph("old a"), "http://g/c": _graph("c")})
    before, graphs_before = remote.dump(), _server_graphs(virtuoso)
    send = remote.http.send
    calls = []

    def failing_send(method, url, body, headers):
        calls.append(method)
        if len(calls) == 2:  # the batch's second write
            raise OSError("connection reset by peer (injected)")
        return send(method, url, body, headers)

    monkeypatch.setattr(remote.http, "send", failing_send)
    with pytest.raises(StoreError, match="injected.*nothing was changed"):
        remote.replace_graphs({"http://g/a": _graph("new a"), "http://g/b": _graph("b"), "http://g/c": Graph()})
    monkeypatch.undo()
    assert calls[:2] == ["PUT", "PUT"]  # staged through the Graph Store Protocol
    assert remote.dump() == before
    assert _server_graphs(virtuoso) == graphs_before  # the staged copy of the first graph was dropped
    assert _objects(remote) == ["c", "old a"]


def test_a_failed_swap_leaves_the_store_as_it_was(remote, virtuoso, monkeypatch):
    remote.replace_graphs({"http://g/a": _graph("old a")})
    before, graphs_before = remote.dump(), _server_graphs(virtuoso)
    update = remote._update
    failed = []

    def failing_update(operations):
        if any("MOVE" in op for op in operations) and not failed:
            failed.append(True)
            raise OSError("HTTP 500: the engine gave up (injected)")
        return update(operations)

    monkeypatch.setattr(remote, "_update", failing_update)
    with pytest.raises(StoreError, match="injected"):
        remote.replace_graphs({"http://g/a": _graph("new a"), "http://g/b": _graph("b")})
    assert failed
    assert remote.dump() == before
    assert _server_graphs(virtuoso) == graphs_before


def test_without_a_graph_store_endpoint_data_goes_by_sparql_update(virtuoso):
    virtuoso.clear()
    st = Store.open(virtuoso.location, gsp="none", **CREDENTIALS)
    assert st.endpoint.gsp is None
    big = _graph(*range(2_500))  # more than one update's worth (CHUNK)
    assert st.replace_graph("http://g/big", big) == 2_500
    assert st.graph_sizes() == {"http://g/big": 2_500}
    assert st.merge_size() == 2_500


def test_queries_name_their_dataset_on_the_engine(remote, virtuoso):
    """Virtuoso's own default graph is a bag over every graph; ours is the merge (docs/stores.md)."""
    shared = _graph("shared")
    remote.replace_graphs({"http://g/a": shared, "http://g/b": shared})
    own = json.loads(virtuoso.ask("SELECT (COUNT(*) AS ?n) WHERE { <http://example.org/s0> ?p ?o }"))
    assert int(own["results"]["bindings"][0]["n"]["value"]) > 1  # the engine alone counts each copy
    _, rows = remote.select("SELECT (COUNT(*) AS ?n) WHERE { <http://example.org/s0> ?p ?o }")
    assert int(rows[0]["n"]) == 1
    _, rows = remote.select("SELECT ?o FROM <http://g/a> WHERE { ?s ?p ?o }")  # a query's own FROM is kept
    assert [str(r["o"]) for r in rows] == ["shared"]


def test_many_graphs_in_one_query(open_store):
    """A GRAPH query over more than 100 report graphs (Virtuoso echoes protocol graph parameters as headers)."""
    st = open_store()
    trig = "\n".join(f'<http://g/{i}> {{ <http://e/s{i}> <http://e/p> "{i}" . }}' for i in range(120))
    st.load(trig.encode(), format=ox.RdfFormat.TRIG)
    _, rows = st.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert len(rows) == 120


def test_engine_query_gives_our_answer_on_the_engine_itself(remote, virtuoso):
    from wsiskg.core.sparql_store import engine_query

    shared = _graph("shared")
    remote.replace_graphs({"http://g/a": shared, "http://g/b": shared + _graph("b")})
    q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    answer = json.loads(virtuoso.ask(engine_query(q, remote.graphs())))
    assert [(b["g"]["value"], b["n"]["value"]) for b in answer["results"]["bindings"]] == [
        ("http://g/a", "1"),
        ("http://g/b", "2"),
    ]
    answer = json.loads(virtuoso.ask(engine_query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", [])))
    assert answer["results"]["bindings"][0]["n"]["value"] == "2"


def test_an_update_through_the_store_reaches_the_merge_and_the_records(open_store):
    st = open_store()
    st.replace_graph("http://g/a", _graph("a"))
    st.update('INSERT DATA { GRAPH <http://g/u> { <http://e/s> <http://e/p> "u" } }')
    assert _objects(st) == ["a", "u"]
    assert st.graphs() == ["http://g/a", "http://g/u"]
    with pytest.raises(QueryError, match="malformed SPARQL update"):
        st.update("INSERT DATA { GRAPH <http://g/u> { ")

"""The store: named graphs, union default graph, atomic all-or-nothing writes."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from wsiskg.core.errors import QueryError, StoreError
from wsiskg.core.store import Store

P = URIRef("http://example.org/p")


def _graph(*values) -> Graph:
    g = Graph()
    for i, v in enumerate(values):
        g.add((URIRef(f"http://example.org/s{i}"), P, Literal(v)))
    return g


def test_union_default_graph_and_named_graphs(tmp_path):
    st = Store.open(tmp_path / "s")
    st.replace_graphs({"http://g/a": _graph("a"), "http://g/b": _graph("b", "c")})
    assert st.graphs() == ["http://g/a", "http://g/b"]
    _, rows = st.select("SELECT ?o WHERE { ?s ?p ?o }")
    assert sorted(str(r["o"]) for r in rows) == ["a", "b", "c"]
    _, rows = st.select("SELECT ?o WHERE { ?s ?p ?o }", default_graph=["http://g/a"])
    assert [str(r["o"]) for r in rows] == ["a"]


def test_replace_graph_replaces_and_persists(tmp_path):
    st = Store.open(tmp_path / "s")
    st.replace_graph("http://g/a", _graph("old1", "old2"))
    st.replace_graph("http://g/a", _graph("new"))
    st.close()
    st = Store.open(tmp_path / "s")
    _, rows = st.select("SELECT ?o WHERE { ?s ?p ?o }")
    assert [str(r["o"]) for r in rows] == ["new"]


def test_failed_write_changes_nothing(tmp_path):
    st = Store.open(tmp_path / "s")
    st.replace_graph("http://g/a", _graph("keep"))
    before = st.dump()
    bad = Graph()
    bad.add((URIRef("http://example.org/x"), P, URIRef("not an iri with spaces")))
    with pytest.raises(StoreError):
        st.replace_graphs({"http://g/a": _graph("lost"), "http://g/b": bad})
    assert st.dump() == before


def test_malformed_query_is_a_query_error(tmp_path):
    st = Store.open(None)
    with pytest.raises(QueryError, match="malformed SPARQL"):
        st.select("SELECT ?x WHERE { ?x ")


def test_literals_round_trip_with_language_and_datatype():
    st = Store.open(None)
    g = Graph()
    g.add((URIRef("http://e/s"), P, Literal('quote " and \n newline', lang="fr")))
    g.add((URIRef("http://e/s"), P, Literal(3)))
    st.replace_graph("http://g", g)
    back = st.graph("http://g")
    assert set(back) == set(g)


def test_default_graph_is_the_merge_each_triple_once(tmp_path):
    st = Store.open(tmp_path / "s")
    shared = _graph("shared")  # the same triple described by two reports
    st.replace_graphs({"http://g/a": shared, "http://g/b": shared + _graph("b-only")})
    _, rows = st.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(rows[0]["n"]) == 2  # not 3: RDF merge, not a bag of quads
    st.replace_graph("http://g/a", Graph())  # dropping one report keeps what the other says
    _, rows = st.select("SELECT ?o WHERE { ?s ?p ?o }")
    assert sorted(str(r["o"]) for r in rows) == ["b-only", "shared"]
    st.drop_graph("http://g/b")
    assert st.select("SELECT * WHERE { ?s ?p ?o }")[1] == []
    assert len(st) == 0

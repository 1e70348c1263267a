"""The store: named graphs, union default graph, atomic all-or-nothing writes."""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from wsiskg.core import store as store_module
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


# ---------------------------------------------------------------------------- locations
def test_endpoint_urls_are_derived_for_virtuoso_and_fuseki():
    from wsiskg.core.sparql_store import Endpoint

    v = Endpoint.parse("sparql+http://db:8890/sparql")
    assert (v.query, v.update, v.gsp) == (
        "http://db:8890/sparql",
        "http://db:8890/sparql",
        "http://db:8890/sparql-graph-crud",
    )
    v = Endpoint.parse("sparql+http://db:8890/sparql", user="dba", password="pw")
    assert (v.update, v.gsp) == ("http://db:8890/sparql-auth", "http://db:8890/sparql-graph-crud-auth")
    f = Endpoint.parse("sparql+https://kg.example/wsis/query")
    assert (f.query, f.update, f.gsp) == (
        "https://kg.example/wsis/query",
        "https://kg.example/wsis/update",
        "https://kg.example/wsis/data",
    )
    other = Endpoint.parse("sparql+http://h/repositories/kg", update="http://h/repositories/kg/statements")
    assert (other.update, other.gsp) == ("http://h/repositories/kg/statements", None)
    assert Endpoint.parse("sparql+http://db:8890/sparql", gsp="none").gsp is None
    with pytest.raises(StoreError, match="not a SPARQL endpoint URL"):
        Endpoint.parse("sparql+ftp://db/sparql")


def test_the_store_location_comes_from_the_option_or_the_environment(monkeypatch, tmp_path):
    from pathlib import Path

    from wsiskg.core.config import Config

    monkeypatch.setenv("WSISKG_STORE", "sparql+http://127.0.0.1:8890/sparql")
    monkeypatch.setenv("WSISKG_STORE_USER", "dba")
    monkeypatch.setenv("WSISKG_STORE_PASSWORD", "secret")
    monkeypatch.setenv("WSISKG_STORE_GSP", "none")
    cfg = Config.from_env()
    assert cfg.store == "sparql+http://127.0.0.1:8890/sparql"  # a URL is not a path (no '//' collapsed)
    assert cfg.store_options() == {"update": None, "gsp": "none", "user": "dba", "password": "secret"}
    assert Config.from_env(store=str(tmp_path / "s")).store == Path(tmp_path / "s")


def test_an_unreachable_endpoint_is_one_clear_error():
    with pytest.raises(StoreError, match="cannot use the SPARQL endpoint .*cannot reach"):
        Store.open(f"sparql+http://127.0.0.1:{_closed_port()}/sparql", read_only=True)


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_read_only_on_a_missing_or_empty_directory_creates_nothing(tmp_path):
    from wsiskg.core.store import NoStore

    with pytest.raises(NoStore, match=r"no store at .*missing; run `wsiskg ingest` first"):
        Store.open(tmp_path / "missing", read_only=True)
    assert not (tmp_path / "missing").exists()
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoStore):
        Store.open(tmp_path / "empty", read_only=True)
    Store.open(tmp_path / "new").close()  # created, but holds no graph: still "no store" for a reader
    with pytest.raises(NoStore):
        Store.open(tmp_path / "new", read_only=True)


def test_a_folder_the_os_refuses_is_one_line_with_the_fix(tmp_path, monkeypatch):
    """Permission denied (what a non-root user meets on a read-only folder; these tests may run as
    root, who meets none) gives the reason and the fix, and creates nothing."""
    from wsiskg.core import store as store_module

    def refused(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store_module.ox, "Store", refused)
    with pytest.raises(StoreError, match=r"cannot open store .*: Permission denied; give a folder wsiskg may create"):
        Store.open(tmp_path / "store")
    assert not any((tmp_path / "store").iterdir())


def test_new_graphs_added_in_bulk_are_in_the_merge_with_their_records(tmp_path):
    st = Store.open(tmp_path / "s")
    blank = BNode()
    g = _graph("one", "two")
    g.add((URIRef("http://example.org/s0"), URIRef("http://example.org/q"), blank))
    g.add((blank, P, Literal("inner", lang="en")))
    assert st.add_graphs({"http://g/ref": g, "http://g/onto": _graph("one")}) == 5
    assert st.graphs() == ["http://g/onto", "http://g/ref"]
    assert sorted(str(o) for o in st.graph("http://g/ref").objects(None, P)) == ["inner", "one", "two"]
    # the blank node is one node in the named graph and in the merge: the path through it is found in both
    q = "SELECT ?v WHERE { <http://example.org/s0> <http://example.org/q>/<http://example.org/p> ?v }"
    assert [str(r["v"]) for r in st.select(q)[1]] == ["inner"]
    assert [str(r["v"]) for r in st.select(q, default_graph=["http://g/ref"])[1]] == ["inner"]
    _, rows = st.select("SELECT ?o WHERE { ?s <http://example.org/p> ?o }")
    assert sorted(str(r["o"]) for r in rows) == ["inner", "one", "two"]  # "one" once: the merge is a set
    assert {g: n for g, (_, n) in st.stored().items()} == {"http://g/onto": 1, "http://g/ref": 4}
    st.close()
    st = Store.open(tmp_path / "s")
    assert [str(r["o"]) for r in st.select("SELECT ?o WHERE { GRAPH <http://g/onto> { ?s ?p ?o } }")[1]] == ["one"]


def test_adding_a_graph_that_exists_replaces_it():
    st = Store.open(None)
    st.replace_graph("http://g/a", _graph("old"))
    st.add_graphs({"http://g/a": _graph("new"), "http://g/b": _graph("b")})
    _, rows = st.select("SELECT ?o WHERE { ?s ?p ?o }")
    assert sorted(str(r["o"]) for r in rows) == ["b", "new"]


def test_a_bulk_add_that_cannot_be_made_changes_nothing(tmp_path):
    st = Store.open(tmp_path / "s")
    st.replace_graph("http://g/keep", _graph("keep"))
    before = st.dump()
    bad = _graph("fine")
    bad.add((URIRef("http://example.org/x"), P, URIRef("not an iri with spaces")))
    with pytest.raises(StoreError, match="http://g/bad"):
        st.add_graphs({"http://g/new": _graph("lost"), "http://g/bad": bad})
    assert st.dump() == before
    assert st.graphs() == ["http://g/keep"]


def _objects(st, graph: str | None = None) -> list[str]:
    q = "SELECT ?o WHERE { ?s ?p ?o }" if graph is None else f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    return sorted(str(r["o"]) for r in st.select(q)[1])


def test_a_graph_written_again_changes_by_what_differs_and_the_merge_follows(tmp_path):
    st = Store.open(tmp_path / "s")
    st.replace_graphs({"http://g/a": _graph("kept", "lost", "shared"), "http://g/b": _graph("x", "y", "shared")})
    st.replace_graph("http://g/a", _graph("kept", "gained", "shared"))
    assert _objects(st, "http://g/a") == ["gained", "kept", "shared"]
    assert _objects(st) == ["gained", "kept", "shared", "x", "y"]  # "lost" left the merge, "shared" stays
    st.replace_graph("http://g/b", _graph("x"))  # b's "shared" (s2) is a's too: it stays in the merge
    assert _objects(st) == ["gained", "kept", "shared", "x"]
    st.close()
    st = Store.open(tmp_path / "s")
    assert _objects(st, "http://g/b") == ["x"]
    assert {g: n for g, (_, n) in st.stored().items()} == {"http://g/a": 3, "http://g/b": 1}


def test_a_graph_written_again_unchanged_keeps_every_triple(tmp_path):
    st = Store.open(tmp_path / "s")
    st.replace_graphs({"http://g/a": _graph("one", "two"), "http://g/b": _graph("one")})
    before = sorted(str(q) for q in st.quads() if str(q.graph_name) != "urn:wsiskg:store")
    st.replace_graph("http://g/a", _graph("one", "two"))
    assert sorted(str(q) for q in st.quads() if str(q.graph_name) != "urn:wsiskg:store") == before
    assert _objects(st) == ["one", "two"]


def test_a_graph_with_blank_nodes_written_again_leaves_no_stale_node():
    st = Store.open(None)

    def with_blank(value: str) -> Graph:
        g, b = Graph(), BNode()
        g.add((URIRef("http://example.org/s"), URIRef("http://example.org/q"), b))
        g.add((b, P, Literal(value)))
        return g

    st.replace_graph("http://g/a", with_blank("first"))
    st.replace_graph("http://g/a", with_blank("second"))
    q = "SELECT ?v WHERE { <http://example.org/s> <http://example.org/q>/<http://example.org/p> ?v }"
    assert [str(r["v"]) for r in st.select(q)[1]] == ["second"]
    assert len(st.select("SELECT * WHERE { ?s ?p ?o }")[1]) == 2  # the merge: the new node's two triples


_NT_LINES = (
    '<http://example.org/s1> <http://example.org/p> "one . two"@en .\n'
    "_:x <http://example.org/p> <http://example.org/s1> .\n"
    '_:x <http://example.org/p> "line\\nbreak" .\n'
)


@pytest.mark.parametrize(
    "text",
    [
        _NT_LINES,  # what the writers make: handed to the bulk loader as N-Quads text
        _NT_LINES.rstrip("\n"),  # no last line break
        _NT_LINES.replace("\n", "\r\n"),  # other line ends: parsed and streamed
        _NT_LINES + "# a comment .\n",
        _NT_LINES.replace(" .\n", " . # after the triple\n", 1),
    ],
)
def test_new_graphs_from_files_land_in_their_graph_and_the_merge_with_one_blank_node(tmp_path, text):
    st = Store.open(tmp_path / "s")
    (tmp_path / "a.nt").write_bytes(text.encode())
    (tmp_path / "b.nt").write_text('<http://example.org/s9> <http://example.org/p> "b" .\n', encoding="utf-8")
    st.replace_graphs_from_files({"http://g/a": tmp_path / "a.nt", "http://g/b": tmp_path / "b.nt"})
    assert _objects(st, "http://g/a") == ["http://example.org/s1", "line\nbreak", "one . two"]
    assert _objects(st) == ["b", "http://example.org/s1", "line\nbreak", "one . two"]
    # the blank node of the graph is the merge's: one node with both values, in both
    q = "SELECT ?o WHERE { ?x ?p <http://example.org/s1> . ?x ?p ?o . GRAPH <http://g/a> { ?x ?p ?o } }"
    assert sorted(str(r["o"]) for r in st.select(q)[1]) == ["http://example.org/s1", "line\nbreak"]
    # the graph's triple count in the store's metadata counts triples, not comment lines
    assert {g: n for g, (_, n) in st.stored().items()} == {"http://g/a": 3, "http://g/b": 1}


def test_new_graphs_from_files_that_cannot_be_loaded_change_nothing(tmp_path):
    st = Store.open(tmp_path / "s")
    st.replace_graph("http://g/keep", _graph("keep"))
    before = st.dump()
    (tmp_path / "a.nt").write_text('<http://example.org/s1> <http://example.org/p> "lost" .\n', encoding="utf-8")
    (tmp_path / "bad.nt").write_text("<http://example.org/s1> <http://example.org/p> <not an iri> .\n")
    with pytest.raises(StoreError, match="cannot write graphs"):
        st.replace_graphs_from_files({"http://g/a": tmp_path / "a.nt", "http://g/bad": tmp_path / "bad.nt"})
    assert st.dump() == before
    assert st.graphs() == ["http://g/keep"]


@pytest.mark.parametrize("blank", [False, True])
def test_a_large_new_graph_from_a_file_is_loaded_in_parts_and_whole(tmp_path, monkeypatch, blank):
    """Past the size of one bulk load a file is split at line ends (a file with blank nodes is parsed
    and streamed instead, so that each blank node stays one node): every triple in the graph and the merge."""
    monkeypatch.setattr(store_module, "_BULK_BYTES", 400)
    lines = [f'<http://example.org/s{i}> <http://example.org/p> "value {i} ." .\n' for i in range(40)]
    if blank:
        lines += ["_:x <http://example.org/p> <http://example.org/s1> .\n", '_:x <http://example.org/p> "x" .\n']
    (tmp_path / "a.nt").write_text("".join(lines), encoding="utf-8")
    st = Store.open(tmp_path / "s")
    st.replace_graphs_from_files({"http://g/a": tmp_path / "a.nt"})
    expected = sorted([f"value {i} ." for i in range(40)] + (["http://example.org/s1", "x"] if blank else []))
    assert _objects(st, "http://g/a") == expected
    assert _objects(st) == expected
    q = "SELECT ?o WHERE { ?x ?p <http://example.org/s1> . ?x ?p ?o . GRAPH <http://g/a> { ?x ?p ?o } }"
    assert sorted(str(r["o"]) for r in st.select(q)[1]) == (["http://example.org/s1", "x"] if blank else [])


# ---------------------------------------------------------------- readers while the writer compacts
def test_a_reader_reads_whole_answers_while_its_writer_compacts(tmp_path):
    """A read-only view (``wsiskg query`` during an ingest, a server's query worker) opened before a
    compaction finds files gone; it opens the store again and reads on, never failing for that."""
    from store_support import compacting_writer, numbers

    writer = Store.open(tmp_path / "s")
    writer.replace_graphs({"http://g/base": numbers(0, 200)})
    with compacting_writer(writer):
        for _ in range(25):
            with Store.open(tmp_path / "s", read_only=True) as reader:
                _, rows = reader.select("SELECT ?o { GRAPH <http://g/base> { ?s ?p ?o } }")
                assert sorted(int(r["o"]) for r in rows) == list(range(200))


class _MovingStore:
    """Stands for ``pyoxigraph.Store``: its read-only opening fails ``failures`` times as RocksDB
    does when the writer deletes a file between reading its manifest and opening the file."""

    real = store_module.ox.Store
    failures = 0

    @classmethod
    def read_only(cls, path: str):
        if cls.failures:
            cls.failures -= 1
            raise RuntimeError(
                "Corruption: IO error: No such file or directory: While open a file for random read: "
                f"{path}/000024.sst: No such file or directory"
            )
        return cls.real.read_only(path)


def test_a_store_moving_under_its_reader_is_opened_again_then_one_line(tmp_path, monkeypatch):
    writer = Store.open(tmp_path / "s")
    writer.replace_graphs({"http://g/a": _graph("a")})
    writer.inner.optimize()
    writer.close()  # no compaction of its own left running under load: only the stand-in's failures
    monkeypatch.setattr(store_module.ox, "Store", _MovingStore)
    monkeypatch.setattr(store_module, "READ_ONLY_ATTEMPTS", 3)  # pauses of 10, 20, 40 ms
    _MovingStore.failures = store_module.READ_ONLY_ATTEMPTS - 1
    with Store.open(tmp_path / "s", read_only=True) as reader:  # the last attempt opens it
        assert reader.graphs() == ["http://g/a"]
    _MovingStore.failures = store_module.READ_ONLY_ATTEMPTS
    with pytest.raises(store_module.StoreMoved, match=r"^the store .*/s was being rewritten .*; try again$"):
        Store.open(tmp_path / "s", read_only=True)
    with Store.open(tmp_path / "s", read_only=True) as again:
        assert again.graphs() == ["http://g/a"]  # the store as it was


def test_a_moving_store_is_tried_again_at_spread_pauses_then_one_line(tmp_path, monkeypatch):
    """Tries spread over about three seconds, no pause longer than READ_ONLY_PAUSE: a writer compacting under load
    keeps a few tries in a row failing (CI once saw eight in a row, 10 ms to 1.28 s apart), later tries find the
    files between two rewrites."""
    writer = Store.open(tmp_path / "s")
    writer.replace_graphs({"http://g/a": _graph("a")})
    writer.inner.optimize()
    writer.close()  # no compaction of its own left running under load: only the stand-in's failures
    pauses: list[float] = []
    monkeypatch.setattr(store_module.ox, "Store", _MovingStore)
    monkeypatch.setattr(store_module, "_pause", pauses.append)  # the store's pauses only, not time.sleep
    _MovingStore.failures = store_module.READ_ONLY_ATTEMPTS
    with pytest.raises(store_module.StoreMoved):
        Store.open(tmp_path / "s", read_only=True)
    assert len(pauses) == store_module.READ_ONLY_ATTEMPTS >= 12
    assert max(pauses) == store_module.READ_ONLY_PAUSE <= 0.25
    assert 2.0 <= sum(pauses) <= 5.0
    _MovingStore.failures = store_module.READ_ONLY_ATTEMPTS - 1
    with Store.open(tmp_path / "s", read_only=True) as reader:  # the last try opens it
        assert reader.graphs() == ["http://g/a"]


def test_only_a_vanished_table_file_counts_as_the_store_moving(tmp_path):
    gone = "IO error: No such file or directory: While open a file for random read: /s/000031.sst: No such file"
    assert store_module.files_moved(FileNotFoundError(gone))
    assert store_module.files_moved(RuntimeError(f"Corruption: Corruption: {gone}  The file /s/MANIFEST-5 may be ..."))
    # the writer's flush removes the write-ahead log a view opening at that moment had listed
    log_gone = "IO error: No such file or directory: while stat a file for size: /s/000303.log: No such file"
    assert store_module.files_moved(FileNotFoundError(log_gone))
    assert not store_module.files_moved(FileNotFoundError(log_gone.replace(".log:", ".txt:")))
    # a folder holding no store lacks CURRENT: that is "no store" (or "a folder of other files"), not a race
    (tmp_path / "notes.txt").write_text("not a store")
    with pytest.raises(FileNotFoundError) as no_current:
        store_module.ox.Store.read_only(str(tmp_path))
    assert not store_module.files_moved(no_current.value)
    with pytest.raises(store_module.NoStore):
        Store.open(tmp_path, read_only=True)
    assert not store_module.files_moved(RuntimeError("Corruption: block checksum mismatch"))
    assert not store_module.files_moved(PermissionError(13, "Permission denied"))
    assert not store_module.files_moved(ValueError("No such file or directory"))

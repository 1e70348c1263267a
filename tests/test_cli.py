"""The command line: exit codes, messages on stderr, nothing stored on failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from wsiskg.cli import main
from wsiskg.core.store import Store
from wsiskg.core.vocab import WSIS

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TXT = SAMPLES / "cwg-wsis-sdg-38-report.txt"
REPORT_GRAPH = "https://w3id.org/wsis-kg/graph/report/cwg-wsis-sdg-38"


def _dump(store_dir: Path) -> list[str]:
    st = Store.open(store_dir)
    try:
        return sorted(st.dump().decode().splitlines())
    finally:
        st.close()


def _ingest(runner, store_dir, *args):
    return runner.invoke(main, ["ingest", "--store", str(store_dir), *map(str, args)])


def test_ingest_then_query(runner, store_dir):
    result = _ingest(runner, store_dir, TXT)
    assert result.exit_code == 0, result.stderr
    assert "conforms" in result.stdout  # the summary, once, on stdout
    out = runner.invoke(main, ["query", "meetings", "--store", str(store_dir), "--format", "csv"])
    assert out.exit_code == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("meeting,body,number,start,end,mode,place,delegates")
    assert ",38,2022-01-19,2022-01-20,virtual," in lines[1]


def test_query_formats(runner, store_dir):
    assert _ingest(runner, store_dir, TXT).exit_code == 0
    js = runner.invoke(main, ["query", "action-lines", "--store", str(store_dir), "--format", "json"])
    doc = json.loads(js.stdout)
    assert doc["head"]["vars"][:4] == ["actionLine", "code", "title", "facilitator"]
    codes = {b["code"]["value"] for b in doc["results"]["bindings"]}
    assert {f"C{i}" for i in range(1, 12)} <= codes
    tsv = runner.invoke(main, ["query", "sdgs", "--store", str(store_dir), "--format", "tsv"])
    assert tsv.stdout.splitlines()[0].split("\t")[:3] == ["sdg", "number", "label"]
    assert "http://metadata.un.org/sdg/17" in tsv.stdout
    table = runner.invoke(main, ["query", "sdgs", "--store", str(store_dir)])
    assert "(17 rows)" in table.stdout


def test_a_read_command_without_a_store_says_so_and_creates_none(runner, store_dir):
    out = runner.invoke(main, ["query", "action-lines", "--store", str(store_dir), "--format", "csv"])
    assert out.exit_code == 2
    assert out.stderr.strip() == f"wsiskg: error: no store at {store_dir}; run `wsiskg ingest` first"
    assert not store_dir.exists()


def test_reingest_replaces_the_graph_with_the_same_iris(runner, store_dir):
    assert _ingest(runner, store_dir, TXT).exit_code == 0
    first = Store.open(store_dir)
    g1 = first.graph(REPORT_GRAPH)
    first.close()
    assert _ingest(runner, store_dir, SAMPLES / "cwg-wsis-sdg-38-report.docx").exit_code == 0
    second = Store.open(store_dir)
    g2 = second.graph(REPORT_GRAPH)
    assert len([g for g in second.graphs() if "/graph/report/" in g]) == 1
    second.close()
    # same IRIs for every report-level resource; only the source file differs
    s1 = {s for s in g1.subjects() if isinstance(s, URIRef)}
    s2 = {s for s in g2.subjects() if isinstance(s, URIRef)}
    assert s1 == s2


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("empty.txt", b"", "empty"),
        ("picture.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "picture.png"),
        ("broken.docx", b"PK\x03\x04 truncated zip", "broken.docx"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj\n<<", "broken.pdf"),
        ("binary.txt", bytes(range(256)) * 8, "binary.txt"),
    ],
    ids=["empty", "png", "truncated-docx", "truncated-pdf", "binary-txt"],
)
def test_bad_input_exits_2_and_stores_nothing(runner, store_dir, tmp_path, name, content, message):
    assert _ingest(runner, store_dir, TXT).exit_code == 0
    before = _dump(store_dir)
    bad = tmp_path / name
    bad.write_bytes(content)
    result = _ingest(runner, store_dir, bad)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("wsiskg: error:")]
    assert len(errors) == 1 and message in errors[0], result.stderr
    assert _dump(store_dir) == before


def test_one_bad_file_among_several_stores_nothing(runner, store_dir, tmp_path):
    bad = tmp_path / "empty.docx"
    bad.write_bytes(b"")
    result = _ingest(runner, store_dir, TXT, bad)
    assert result.exit_code == 2
    assert "empty.docx" in result.stderr
    st = Store.open(store_dir)
    assert not [g for g in st.graphs() if "/graph/report/" in g]
    st.close()


def test_a_file_the_extractor_fails_on_is_one_line_and_stores_nothing(runner, store_dir, monkeypatch):
    """A bug of the extractor on one file: one error line naming the file and asking for a report,
    exit 2, nothing stored (never a traceback)."""
    from wsiskg.ingest import pipeline

    def broken(_parsed):
        raise ValueError("zip() argument 2 is longer than argument 1")

    monkeypatch.setattr(pipeline, "extract", broken)
    before = _dump(store_dir)
    result = _ingest(runner, store_dir, TXT)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("wsiskg: error:")]
    assert len(errors) == 1 and TXT.name in errors[0] and "this is a bug" in errors[0], result.stderr
    assert "Traceback" not in result.stderr
    assert _dump(store_dir) == before


def test_missing_file(runner, store_dir, tmp_path):
    result = _ingest(runner, store_dir, tmp_path / "nope.docx")
    assert result.exit_code == 2
    assert "nope.docx" in result.stderr


def _break_requests(monkeypatch):
    """Make the model drop every request's addressee: a shape violation."""
    from wsiskg.ingest import pipeline

    real = pipeline.to_graph

    def broken(*args, **kwargs) -> Graph:
        g = real(*args, **kwargs)
        g.remove((None, WSIS.addressee, None))
        return g

    monkeypatch.setattr(pipeline, "to_graph", broken)


def test_shape_violation_exits_1_lists_violations_and_stores_nothing(runner, store_dir, monkeypatch):
    assert _ingest(runner, store_dir, TXT).exit_code == 0
    before = _dump(store_dir)
    _break_requests(monkeypatch)
    result = _ingest(runner, store_dir, TXT)
    assert result.exit_code == 1
    assert "nothing was stored" in result.stderr
    lines = [line for line in result.stderr.splitlines() if "/request/" in line]
    assert lines, result.stderr
    assert "MinCountConstraintComponent" in lines[0]
    assert "wsis-kg/def#addressee" in lines[0]
    assert "(from https://w3id.org/wsis-kg/id/report/cwg-wsis-sdg-38/para/" in lines[0]
    assert _dump(store_dir) == before


def test_allow_invalid_stores_the_graph_with_its_validation_result(runner, store_dir, monkeypatch):
    _break_requests(monkeypatch)
    result = _ingest(runner, store_dir, TXT, "--allow-invalid")
    assert result.exit_code == 1
    st = Store.open(store_dir)
    graphs = st.graphs()
    assert REPORT_GRAPH in graphs
    assert "https://w3id.org/wsis-kg/graph/validation/cwg-wsis-sdg-38" in graphs
    st.close()
    check = runner.invoke(main, ["validate", "--store", str(store_dir)])
    assert check.exit_code == 1
    assert "violation" in check.stderr


def test_validate_conforming_store(runner, store_dir):
    assert _ingest(runner, store_dir, TXT).exit_code == 0
    result = runner.invoke(main, ["validate", "--store", str(store_dir)])
    assert result.exit_code == 0
    assert "conforms" in result.stderr


def test_unknown_query_and_malformed_query_file(runner, store_dir, tmp_path):
    result = runner.invoke(main, ["query", "meeting", "--store", str(store_dir)])
    assert result.exit_code == 2
    assert "unknown query 'meeting'; available:" in result.stderr
    assert _ingest(runner, store_dir, TXT).exit_code == 0  # a query file is only read against a store
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ", encoding="utf-8")
    result = runner.invoke(main, ["query", str(bad), "--store", str(store_dir)])
    assert result.exit_code == 2
    assert "malformed SPARQL" in result.stderr


def test_query_parameters_are_bound_not_pasted(runner, store_dir):
    assert _ingest(runner, store_dir, TXT).exit_code == 0
    iri = "https://w3id.org/wsis-kg/id/action-line/C4"
    out = runner.invoke(
        main, ["query", "provenance", "--store", str(store_dir), "--format", "csv", "--param", f"entity={iri}"]
    )
    assert out.exit_code == 0, out.stderr
    rows = out.stdout.splitlines()[1:]
    assert rows and all(r.startswith(iri + ",") for r in rows)
    bad = runner.invoke(main, ["query", "provenance", "--store", str(store_dir), "--param", "nope=1"])
    assert bad.exit_code == 2 and "unknown parameter 'nope'" in bad.stderr


def test_list_queries_and_help(runner):
    out = runner.invoke(main, ["list-queries"])
    assert out.exit_code == 0
    assert any(line.startswith("requests ") for line in out.stdout.splitlines())
    for cmd in ["ingest", "validate", "query", "serve", "export", "stats", "list-queries", "load-matrix"]:
        h = runner.invoke(main, [cmd, "--help"])
        assert h.exit_code == 0 and "--help" in h.stdout


def test_store_from_environment(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("WSISKG_STORE", str(tmp_path / "env-store"))
    result = runner.invoke(main, ["ingest", str(TXT)])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "env-store").is_dir()


def test_load_matrix(runner, store_dir, tmp_path):
    csv = tmp_path / "matrix.csv"
    csv.write_text("action line,SDG or target,source\nC2,9.c,https://example.org/matrix\n", encoding="utf-8")
    result = runner.invoke(main, ["load-matrix", str(csv), "--store", str(store_dir)])
    assert result.exit_code == 0, result.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("action line,SDG or target,source\nC99,9,x\n", encoding="utf-8")
    result = runner.invoke(main, ["load-matrix", str(bad), "--store", str(store_dir)])
    assert result.exit_code == 2 and "bad.csv" in result.stderr


def test_stats_count_requests_not_other_decisions(runner, store_dir):
    assert _ingest(runner, store_dir, TXT).exit_code == 0
    out = runner.invoke(main, ["stats", "--store", str(store_dir), "--format", "json", "--top", "1000"])
    assert out.exit_code == 0, out.stderr
    by_requester = sum(r["requests"] for r in json.loads(out.stdout)["most_active"])
    rows = runner.invoke(main, ["query", "requests", "--store", str(store_dir), "--format", "csv"]).stdout
    requests = {line.split(",", 1)[0] for line in rows.splitlines()[1:]}
    assert by_requester == len(requests)


def test_two_formats_of_one_report_are_one_report(runner, store_dir):
    result = _ingest(runner, store_dir, TXT, SAMPLES / "cwg-wsis-sdg-38-report.pdf")
    assert result.exit_code == 0, result.stderr
    assert "are the same report (cwg-wsis-sdg-38)" in result.stderr
    st = Store.open(store_dir)
    assert [g for g in st.graphs() if "/graph/report/" in g] == [REPORT_GRAPH]
    st.close()


def test_report_id_option(runner, store_dir):
    result = _ingest(runner, store_dir, TXT, "--id", "my-copy")
    assert result.exit_code == 0, result.stderr
    st = Store.open(store_dir)
    assert "https://w3id.org/wsis-kg/graph/report/my-copy" in st.graphs()
    st.close()
    both = _ingest(runner, store_dir, TXT, TXT, "--id", "x")
    assert both.exit_code == 2 and "--id can only be used with a single file" in both.stderr


def test_serve_on_a_taken_port_is_a_one_line_error(runner, store_dir):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(main, ["serve", "--store", str(store_dir), "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr


def test_a_reference_body_named_in_a_report_keeps_one_label(runner, store_dir):
    assert _ingest(runner, store_dir, TXT).exit_code == 0
    st = Store.open(store_dir)
    _, rows = st.select(
        "SELECT ?l WHERE { <https://w3id.org/wsis-kg/id/org/itu-tsb> "
        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"
    )
    st.close()
    assert [(str(r["l"]), r["l"].language) for r in rows] == [("Telecommunication Standardization Bureau", "en")]

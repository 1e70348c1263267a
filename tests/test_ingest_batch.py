"""Batches: warnings and --strict, every bad file listed, one report in several formats,
--id FILE=ID, the summary once on stdout, progress only on a terminal, the staged write."""

from __future__ import annotations

import dataclasses
import importlib
import io
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from wsiskg.cli import main
from wsiskg.core.errors import StoreError
from wsiskg.core.store import Store
from wsiskg.core.vocab import WSIS

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TXT = SAMPLES / "cwg-wsis-sdg-38-report.txt"
DOCX = SAMPLES / "cwg-wsis-sdg-38-report.docx"
PDF = SAMPLES / "cwg-wsis-sdg-38-report.pdf"
REPORT_GRAPH = "https://w3id.org/wsis-kg/graph/report/cwg-wsis-sdg-38"


def _ingest(runner, store_dir, *args):
    return runner.invoke(main, ["ingest", "--store", str(store_dir), "--jobs", "1", *map(str, args)])


def _dump(store_dir: Path) -> list[str]:
    if not store_dir.exists():
        return []
    with Store.open(store_dir) as st:
        return sorted(st.dump().decode().splitlines())


def _report_graphs(store_dir: Path) -> list[str]:
    with Store.open(store_dir) as st:
        return [g for g in st.graphs() if "/graph/report/" in g]


def _with_warnings(monkeypatch, *warnings: str) -> None:
    """Make extraction report ``warnings`` (as the extractor does for a document that is not a report)."""
    from wsiskg.ingest import pipeline

    real = pipeline.extract

    def warned(parsed):
        return dataclasses.replace(real(parsed), warnings=warnings)

    monkeypatch.setattr(pipeline, "extract", warned)


# ------------------------------------------------------------------ item 4: warnings, --strict
def test_extraction_warnings_are_printed_one_line_each_naming_the_file(runner, store_dir, monkeypatch):
    _with_warnings(monkeypatch, "no meeting found", "no numbered structure")
    result = _ingest(runner, store_dir, TXT, "--quiet")  # --quiet silences progress, not warnings
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("wsiskg: warning:")]
    assert warnings == [
        f"wsiskg: warning: {TXT}: no meeting found",
        f"wsiskg: warning: {TXT}: no numbered structure",
    ]
    assert REPORT_GRAPH in _report_graphs(store_dir)


def test_strict_refuses_a_file_with_warnings_and_stores_nothing(runner, store_dir, monkeypatch):
    assert _ingest(runner, store_dir, DOCX).exit_code == 0
    before = _dump(store_dir)
    _with_warnings(monkeypatch, "not English")
    result = _ingest(runner, store_dir, TXT, "--strict")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("wsiskg: error:")]
    assert len(errors) == 1 and str(TXT) in errors[0] and "not English" in errors[0]
    assert "nothing was stored" in errors[0]
    assert "Traceback" not in result.output
    assert _dump(store_dir) == before


def test_strict_accepts_a_file_without_warnings(runner, store_dir):
    result = _ingest(runner, store_dir, TXT, "--strict")
    assert result.exit_code == 0, result.stderr


# ------------------------------------------------------------------ item 6: every bad file listed
def test_several_bad_files_are_all_listed_and_nothing_is_stored(runner, store_dir, tmp_path):
    assert _ingest(runner, store_dir, TXT).exit_code == 0
    before = _dump(store_dir)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 truncated zip")
    result = _ingest(runner, store_dir, empty, DOCX, broken)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("wsiskg: error:")]
    assert len(errors) == 3, result.stderr
    assert str(empty) in errors[0] and str(broken) in errors[1]
    assert errors[2] == "wsiskg: error: 2 of 3 files cannot be ingested; nothing was stored"
    assert _dump(store_dir) == before


# ------------------------------------------------------------------ item 5: one report, several formats
@pytest.mark.parametrize("order", [(TXT, DOCX, PDF), (DOCX, PDF, TXT)], ids=["txt-first", "docx-first"])
def test_one_report_in_three_formats_is_stored_once_from_the_docx(runner, store_dir, order):
    result = _ingest(runner, store_dir, *order)
    assert result.exit_code == 0, result.stderr
    assert _report_graphs(store_dir) == [REPORT_GRAPH]
    with Store.open(store_dir) as st:
        sources = {str(o) for o in st.graph(REPORT_GRAPH).objects(None, WSIS.sourceFile)}
    assert sources == {DOCX.name} or sources == {str(DOCX)}, sources
    summary = result.stdout.splitlines()
    assert summary[0].startswith("3 file(s), 1 report(s) stored")
    not_stored = [line for line in summary if "not stored: the same report as" in line]
    assert len(not_stored) == 2 and all(str(DOCX) in line for line in not_stored)
    note = [line for line in result.stderr.splitlines() if "are the same report (cwg-wsis-sdg-38)" in line]
    assert len(note) == 1 and f"stored once, from {DOCX}" in note[0] and "--id FILE=ID" in note[0]


def test_id_per_file_keeps_two_formats_apart(runner, store_dir):
    result = _ingest(runner, store_dir, TXT, PDF, "--id", f"{PDF}=from-pdf")
    assert result.exit_code == 0, result.stderr
    assert sorted(_report_graphs(store_dir)) == [REPORT_GRAPH, "https://w3id.org/wsis-kg/graph/report/from-pdf"]
    assert "same report" not in result.stderr


@pytest.mark.parametrize(
    "args,message",
    [
        ((TXT, PDF, "--id", "x"), "with several give --id FILE=ID"),
        ((TXT, "--id", "nope.txt=x"), "nope.txt is not one of the files to ingest"),
        ((TXT, "--id", f"{TXT}=not an id"), "an identifier is letters, digits"),
    ],
    ids=["bare-id-several-files", "unknown-file", "bad-identifier"],
)
def test_bad_id_is_a_one_line_usage_error(runner, store_dir, args, message):
    result = _ingest(runner, store_dir, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert not store_dir.exists() or not _report_graphs(store_dir)


# ------------------------------------------------------------------ item 14: summary, timing, progress
def test_summary_once_on_stdout_with_per_file_timing(runner, store_dir):
    result = _ingest(runner, store_dir, TXT, "--quiet")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1 file(s), 1 report(s) stored in")
    assert len(lines) == 2 and "conforms" in lines[1]
    for stage in ("read", "parse", "extract", "model", "SHACL"):
        assert re.search(rf"\b{stage} \d+\.\d\d\b", lines[1]), lines[1]
    assert result.stderr == ""


def test_progress_bar_only_on_a_terminal(monkeypatch):
    cli_ingest = importlib.import_module("wsiskg.cli.ingest")  # the module, not the command

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    for stream, quiet, shown in ((Terminal(), False, True), (Terminal(), True, False), (io.StringIO(), False, False)):
        monkeypatch.setattr("sys.stderr", stream)
        with cli_ingest._progress(2, "ingest", quiet) as step:
            step("a.txt")
            step("b.txt")
        assert ("ingest" in stream.getvalue()) is shown


# ------------------------------------------------------------------ the staged write (Store)
def _nt(tmp_path: Path, name: str, *values: str) -> Path:
    g = Graph()
    for i, v in enumerate(values):
        g.add((URIRef(f"http://example.org/{name}/s{i}"), URIRef("http://example.org/p"), Literal(v)))
    path = tmp_path / f"{name}.nt"
    g.serialize(destination=str(path), format="nt", encoding="utf-8")
    return path


def test_staged_files_are_written_as_new_graphs_and_into_the_merge(tmp_path):
    with Store.open(tmp_path / "s") as st:
        st.replace_graphs_from_files(
            {"http://g/a": _nt(tmp_path, "a", "1", "2"), "http://g/b": _nt(tmp_path, "b", "3")}
        )
        assert st.graphs() == ["http://g/a", "http://g/b"]
        _, rows = st.select("SELECT ?o WHERE { ?s ?p ?o }")
        assert sorted(str(r["o"]) for r in rows) == ["1", "2", "3"]


def test_staged_files_replace_existing_graphs_and_none_drops(tmp_path):
    with Store.open(tmp_path / "s") as st:
        st.replace_graphs_from_files({"http://g/a": _nt(tmp_path, "a", "old"), "http://g/b": _nt(tmp_path, "b", "b")})
        st.replace_graphs_from_files({"http://g/a": _nt(tmp_path, "a2", "new"), "http://g/b": None})
        assert st.graphs() == ["http://g/a"]
        _, rows = st.select("SELECT ?o WHERE { ?s ?p ?o }")
        assert [str(r["o"]) for r in rows] == ["new"]


@pytest.mark.parametrize("existing", [False, True], ids=["bulk-path", "update-path"])
def test_a_failed_staged_write_changes_nothing(tmp_path, existing):
    bad = tmp_path / "bad.nt"
    bad.write_text('<http://example.org/x> <http://example.org/p> "ok" .\n<not an iri> <p> "x" .\n', encoding="utf-8")
    with Store.open(tmp_path / "s") as st:
        st.replace_graph("http://g/keep", Graph().parse(_nt(tmp_path, "k", "keep")))
        before = st.dump()
        files = {"http://g/new": _nt(tmp_path, "n", "new"), "http://g/bad": bad}
        if existing:
            files["http://g/keep"] = _nt(tmp_path, "k2", "replaced")
        with pytest.raises(StoreError):
            st.replace_graphs_from_files(files)
        assert st.dump() == before
        _, rows = st.select("SELECT ?o WHERE { ?s ?p ?o }")
        assert [str(r["o"]) for r in rows] == ["keep"]


def test_ctrl_c_during_the_bulk_load_leaves_the_store_as_it_was(tmp_path):
    class Interrupted:
        """The real store, but Ctrl-C arrives after the first chunk has been loaded."""

        def __init__(self, inner):
            self._inner = inner

        def __getattr__(self, name):
            return getattr(self._inner, name)

        def bulk_extend(self, quads):
            self._inner.bulk_extend(quads)
            raise KeyboardInterrupt

        def bulk_load(self, *args, **kwargs):  # a staged file handed to the loader as N-Quads text
            self._inner.bulk_load(*args, **kwargs)
            raise KeyboardInterrupt

    with Store.open(tmp_path / "s") as st:
        st.replace_graph("http://g/keep", Graph().parse(_nt(tmp_path, "k", "keep")))
        before = st.dump()
        real = st._inner
        st._inner = Interrupted(real)
        with pytest.raises(KeyboardInterrupt):
            st.replace_graphs_from_files({"http://g/new": _nt(tmp_path, "n", "new", "newer")})
        st._inner = real
        assert st.dump() == before
        _, rows = st.select("SELECT ?o WHERE { ?s ?p ?o }")
        assert [str(r["o"]) for r in rows] == ["keep"]


def test_validate_reports_progress_once_per_report_graph(runner, store_dir, tmp_path):
    from wsiskg.core.config import Config
    from wsiskg.ingest.pipeline import report_graphs, validate_store

    assert _ingest(runner, store_dir, TXT, PDF, "--id", f"{PDF}=second").exit_code == 0
    seen: list[str] = []
    with Store.open(store_dir) as st:
        cfg = Config(store=store_dir)
        reports = validate_store(st, cfg, on_graph=seen.append)
        assert seen == report_graphs(st, cfg) == sorted(reports)
    assert len(seen) == 2 and all(r.conforms for r in reports.values())

"""The commands over either store engine: the recorded base, read-only reads, list-reports, remove.

Parametrised over a store directory and the session's Virtuoso (``--store sparql+http://...``,
credentials from ``WSISKG_STORE_USER`` / ``WSISKG_STORE_PASSWORD``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wsiskg.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TXT = SAMPLES / "cwg-wsis-sdg-38-report.txt"
RID = "cwg-wsis-sdg-38"


@pytest.fixture(params=["embedded", "virtuoso"])
def where(request, tmp_path, monkeypatch) -> str:
    """A --store value for a fresh, empty store."""
    monkeypatch.delenv("WSISKG_BASE", raising=False)
    if request.param == "embedded":
        return str(tmp_path / "store")
    server = request.getfixturevalue("virtuoso")
    server.clear()
    monkeypatch.setenv("WSISKG_STORE_USER", "dba")
    monkeypatch.setenv("WSISKG_STORE_PASSWORD", "dba")
    return server.location


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def _one_line_error(result, code: int = 2) -> str:
    assert result.exit_code == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("wsiskg: error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize(
    "command",
    [["query", "sdgs"], ["validate"], ["export", "--format", "d3"], ["stats"], ["list-reports"], ["remove", RID]],
)
def test_read_commands_need_an_existing_store_and_create_none(where, command):
    line = _one_line_error(run(*command, "--store", where))
    assert line == f"wsiskg: error: no store at {where}; run `wsiskg ingest` first"
    if not where.startswith("sparql+"):
        assert not Path(where).exists()


def test_the_commands_over_the_store(where, tmp_path):
    assert run("ingest", TXT, "--store", where, "--base", "https://example.org/kg/", "-q").exit_code == 0
    # the recorded base is used by every later command, without --base
    out = run("query", "meetings", "--store", where, "--format", "csv")
    assert out.exit_code == 0, out.stderr
    assert "https://example.org/kg/id/meeting/" in out.stdout
    sdgs = run("query", "sdgs", "--store", where, "--format", "csv")
    assert len(sdgs.stdout.splitlines()) == 18  # header + 17: the reference data is there once
    assert run("validate", "--store", where).exit_code == 0
    stats = run("stats", "--store", where, "--format", "json")
    assert stats.exit_code == 0, stats.stderr
    assert json.loads(stats.stdout)
    dump = tmp_path / "dump.nq"
    assert run("export", "--store", where, "--format", "nquads", "-o", dump).exit_code == 0
    text = dump.read_text(encoding="utf-8")
    assert "https://example.org/kg/graph/report/" in text and "urn:wsiskg:" not in text
    listing = run("list-reports", "--store", where, "--format", "json")
    [row] = json.loads(listing.stdout)["results"]["bindings"]
    assert row["id"]["value"] == RID and row["source"]["value"] == TXT.name
    assert int(row["triples"]["value"]) > 1000 and row["stored"]["value"].startswith("20")
    assert "meeting" in row["meeting"]["value"]


def test_a_conflicting_base_is_refused(where, monkeypatch):
    assert run("ingest", TXT, "--store", where, "--base", "https://example.org/kg/", "-q").exit_code == 0
    line = _one_line_error(run("ingest", TXT, "--store", where, "--base", "https://other.example/", "-q"))
    assert "https://example.org/kg/" in line and "--base" in line
    monkeypatch.setenv("WSISKG_BASE", "https://other.example/")
    _one_line_error(run("query", "sdgs", "--store", where))
    monkeypatch.setenv("WSISKG_BASE", "https://example.org/kg")  # the same base, written without its slash
    assert run("query", "sdgs", "--store", where).exit_code == 0


def test_remove_a_report_all_or_nothing(where):
    assert run("ingest", TXT, "--store", where, "-q").exit_code == 0
    other = run("ingest", TXT, "--store", where, "--id", "copy", "-q")
    assert other.exit_code == 0
    line = _one_line_error(run("remove", "nope", "--store", where))
    assert line == f"wsiskg: error: no report 'nope' in the store; known reports: copy, {RID}"
    before = run("query", "people", "--store", where, "--format", "csv").stdout
    result = run("remove", RID, "--store", where)
    assert result.exit_code == 0, result.stderr
    ids = [
        r["id"]["value"]
        for r in json.loads(run("list-reports", "--store", where, "--format", "json").stdout)["results"]["bindings"]
    ]
    assert ids == ["copy"]
    # the merge kept right: the copy still states the same people
    assert run("query", "people", "--store", where, "--format", "csv").stdout == before
    assert run("remove", "copy", "--store", where).exit_code == 0
    assert run("query", "people", "--store", where, "--format", "csv").stdout.splitlines()[1:] == []
    assert run("query", "sdgs", "--store", where, "--format", "csv").stdout.count("\n") == 18  # reference kept


def test_remote_settings_from_options(virtuoso, monkeypatch):
    virtuoso.clear()
    for name in ("WSISKG_STORE_USER", "WSISKG_STORE_PASSWORD", "WSISKG_BASE"):
        monkeypatch.delenv(name, raising=False)
    where = virtuoso.location
    refused = run("ingest", TXT, "--store", where, "-q")  # no credentials: the engine refuses the write
    line = _one_line_error(refused)
    assert "HTTP 401" in line or "HTTP 403" in line
    assert virtuoso.graphs() == set(virtuoso.system_graphs)  # and nothing was left behind
    creds = ["--store-user", "dba", "--store-password", "dba", "--store-gsp", "none"]
    assert run("ingest", TXT, "--store", where, *creds, "-q").exit_code == 0
    assert json.loads(run("list-reports", "--store", where, "--format", "json").stdout)["results"]["bindings"]

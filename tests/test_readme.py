"""The README says what the code does: its two quick-start commands, .ci/run, and its curl
examples (run against a live server over the ingested sample)."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from extract_support import fixture_store
from sparql_support import app_for, close_app, live_server
from test_queries import CONTRACT

from wsiskg.queries import get_query

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    return [next(line for line in b.splitlines() if line and not line.startswith("#")) for b in blocks]


def test_quick_start_is_two_commands_and_ci_runs_the_second():
    commands = _quick_start()
    assert len(commands) == 2
    run, test = commands
    venv = "python3 -m venv .venv && . .venv/bin/activate && "
    assert run.startswith(venv + "pip install . ") and test.startswith(venv + "pip install -e ")
    assert "wsiskg ingest samples/" in run and run.endswith("wsiskg serve")
    assert (ROOT / run.split("wsiskg ingest ")[1].split(" ")[0]).is_file()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in [line.strip() for line in ci.splitlines()]


def _documented_queries() -> dict[str, list[str]]:
    """The README's table of named queries: name -> the columns it lists."""
    table = README.split("## Named queries", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([a-z-]+)` \| ([^|]*) \|", table, re.M)
    return {name: [c.strip() for c in cols.split("—")[0].split(",")] for name, cols in rows}


def test_every_contract_query_is_documented():
    documented = _documented_queries()
    missing = sorted(set(CONTRACT) - set(documented))
    assert not missing, f"contract queries missing from the README's table: {missing}"


def test_every_user_facing_query_is_in_the_readme_table():
    """`wsiskg list-queries` shows them all; the README's table must too (it lacked `reports`)."""
    from wsiskg.queries import list_queries

    missing = sorted({q.name for q in list_queries(internal=False)} - set(_documented_queries()))
    assert not missing, f"user-facing queries missing from the README's table: {missing}"


def test_every_dotted_name_in_the_docs_exists():
    """A `wsiskg.x.y` the README or docs/ name imports (they said wsiskg.config.Config, wsiskg.vocab,
    wsiskg.reference: the layers live under wsiskg.core, wsiskg.ingest, ...)."""
    import importlib

    broken = []
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for dotted in sorted(set(re.findall(r"\bwsiskg(?:\.[A-Za-z_]+)+", doc.read_text(encoding="utf-8")))):
            parts = dotted.split(".")
            for i in range(len(parts), 0, -1):
                try:
                    obj = importlib.import_module(".".join(parts[:i]))
                    break
                except ImportError:
                    continue
            try:
                for attribute in parts[i:]:
                    obj = getattr(obj, attribute)
            except AttributeError:
                broken.append(f"{doc.name}: {dotted}")
    assert not broken, broken


def test_the_readme_request_example_is_the_samples_answer():
    """The `wsiskg query requests --format csv | grep ',7.2.3,'` line is the sample's golden row
    (the README still showed request/17 after the requests were renumbered)."""
    block = README.split("$ wsiskg query requests --format csv | grep ',7.2.3,'\n", 1)[1].split("\n", 1)[0]
    golden = ROOT / "tests" / "reports" / "cwg-wsis-sdg-38" / "expected" / "requests.csv"
    rows = [line for line in golden.read_text(encoding="utf-8").splitlines() if ",7.2.3," in line]
    assert rows == [block]


def test_every_documented_query_exists_with_the_columns_the_readme_lists():
    for name, columns in _documented_queries().items():
        assert list(get_query(name).columns[: len(columns)]) == columns, name


def test_readme_curl_examples_answer(tmp_path):
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    lines = [
        line
        for block in re.findall(r"```sh\n(.*?)```", README, re.S)
        for line in block.splitlines()
        if line.startswith("curl ")
    ]
    assert len(lines) >= 3
    app = app_for(fixture_store("cwg-wsis-sdg-38", "txt"))  # the sample, ingested once for the whole run
    try:
        with live_server(app) as base:
            for line in lines:
                argv = [a.replace("http://127.0.0.1:5000", base) for a in shlex.split(line)]
                out = subprocess.run(
                    argv + ["-s", "-o", str(tmp_path / "body"), "-w", "%{http_code}"],
                    capture_output=True,
                    text=True,
                    timeout=30,
                )
                body = (tmp_path / "body").read_bytes()
                assert out.stdout.strip() == "200", (line, out.stdout, body[:300])
                assert body
    finally:
        close_app(app)

"""The named queries over the sample give the golden answers on every store engine.

The sample is ingested once per engine (module scope): the embedded store in a temporary
directory and the session's Virtuoso (tests/virtuoso.py; skipped when not installed).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from extract_support import fixture_report

from wsiskg.core.config import Config
from wsiskg.core.results import render
from wsiskg.core.store import Store
from wsiskg.ingest.pipeline import ingest_files
from wsiskg.queries import get_query

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "cwg-wsis-sdg-38-report.docx"
_FIXTURE = fixture_report("cwg-wsis-sdg-38")
GOLDEN, QUERIES = _FIXTURE.expected, _FIXTURE.queries


@pytest.fixture(scope="module", params=["embedded", "virtuoso"])
def sample_store(request, tmp_path_factory):
    if request.param == "embedded":
        location = tmp_path_factory.mktemp("golden") / "store"
    else:
        server = request.getfixturevalue("virtuoso")
        server.clear()
        location = server.location
    st = Store.open(location, user="dba", password="dba")
    ingest_files([SAMPLE], st, Config(store=None))
    yield st
    st.close()


def _unordered_concat(csv_text: str) -> list[list[str]]:
    """The rows, with each GROUP_CONCAT cell (``a; b; c``) as a sorted list: SPARQL 1.1 leaves the
    order inside GROUP_CONCAT to the engine (Oxigraph keeps a subquery's order, Virtuoso does not)."""
    return [[";".join(sorted(cell.split("; "))) for cell in row] for row in csv.reader(io.StringIO(csv_text))]


@pytest.mark.parametrize("name", QUERIES)
def test_named_queries_match_the_goldens(sample_store, name):
    variables, rows = sample_store.select(get_query(name).text)
    got = render(variables, rows, "csv")
    expected = (GOLDEN / f"{name}.csv").read_text(encoding="utf-8")
    if sample_store.path is not None or get_query(name).text.upper().count("GROUP_CONCAT") == 0:
        assert got == expected, f"{name} on {sample_store}"
    else:
        assert _unordered_concat(got) == _unordered_concat(expected), f"{name} on {sample_store}"

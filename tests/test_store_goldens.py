"""The named queries over the sample give the golden answers on every store engine.

The sample is ingested once per engine (module scope): the embedded store in a temporary
directory and the session's Virtuoso (tests/virtuoso.py; skipped when not installed).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_golden import GOLDEN, QUERIES

from wsiskg.core.config import Config
from wsiskg.core.results import render
from wsiskg.core.store import Store
from wsiskg.ingest.pipeline import ingest_files
from wsiskg.queries import get_query

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "cwg-wsis-sdg-38-report.docx"


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


@pytest.mark.parametrize("name", QUERIES)
def test_named_queries_match_the_goldens(sample_store, name):
    variables, rows = sample_store.select(get_query(name).text)
    got = render(variables, rows, "csv")
    assert got == (GOLDEN / f"{name}.csv").read_text(encoding="utf-8"), f"{name} on {sample_store}"

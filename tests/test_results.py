"""The command line's result formats (core/results.py): a readable table (labels, not IRIs; fitted to the
terminal) and full values in csv / tsv / json."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from wsiskg.cli import main
from wsiskg.core.results import fit, render, store_labeller
from wsiskg.core.store import Store
from wsiskg.queries import get_query

DATA = Path(__file__).parent / "data" / "actors.trig"
BASE = "https://w3id.org/wsis-kg/"


@pytest.fixture(scope="module")
def store():
    st = Store.open(None)
    st.load(path=DATA, format=ox.RdfFormat.TRIG)
    return st


def test_table_shows_labels_and_drops_repeated_iri_columns(store):
    variables, rows = store.select(get_query("requests").text)
    text = render(variables, rows, "table", width=100, label=store_labeller(store, BASE))
    header = text.splitlines()[0].split()
    assert "requesterIri" not in header and "addresseeIri" not in header  # they repeat requester / addressee
    assert "report" in header and "https://" not in text
    assert "Report of" in text  # the report column shows its title
    assert all(len(line) <= 100 for line in text.splitlines())


def test_table_without_a_terminal_is_not_cut(store):
    variables, rows = store.select(get_query("requests").text)
    text = render(variables, rows, "table", width=None, label=store_labeller(store, BASE))
    assert "United Nations Educational, Scientific and Cultural Organization" in text


def test_csv_tsv_json_keep_iris(store):
    variables, rows = store.select(get_query("requests").text)
    for fmt in ("csv", "tsv"):
        assert BASE + "id/org/wgx" in render(variables, rows, fmt)
    doc = json.loads(render(variables, rows, "json"))
    assert doc["results"]["bindings"][0]["requesterIri"] == {"type": "uri", "value": BASE + "id/org/wgx"}


def test_fit_shrinks_the_widest_columns_first():
    assert fit([10, 60, 8], 60, [4, 4, 4]) == [10, 38, 8]
    assert sum(fit([60] * 10, 40, [4] * 10)) >= 80  # never below a readable floor: the line may overflow


def test_cli_table_is_the_default(tmp_path):
    st = Store.open(tmp_path / "store")
    st.load(path=DATA, format=ox.RdfFormat.TRIG)
    st.close()
    result = CliRunner().invoke(main, ["query", "--store", str(tmp_path / "store"), "people"])
    assert result.exit_code == 0
    assert "Ana Lindqvist" in result.stdout and "(4 rows)" in result.stdout or "rows)" in result.stdout
    assert "https://w3id.org" not in result.stdout.splitlines()[2]

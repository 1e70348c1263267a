"""Golden tests: the sample report, in all three formats, gives exactly the facts in tests/golden/.

Each named query's answer over the sample is kept as a CSV a reviewer can read;
``pytest --update-golden`` rewrites them (review the diff). The .txt, .docx and .pdf
exports of the report must give the same answers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wsiskg.core.config import Config
from wsiskg.core.results import render
from wsiskg.core.store import Store
from wsiskg.ingest.pipeline import ingest_files
from wsiskg.queries import get_query

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SAMPLE_STEM = "cwg-wsis-sdg-38-report"

GOLDEN = Path(__file__).parent / "golden"
FORMATS = ("txt", "docx", "pdf")
QUERIES = (
    "meetings",
    "people",
    "organizations",
    "action-line-mentions",
    "sdg-mentions",
    "events",
    "deadlines",
    "documents",
    "resolutions",
    "requests",
    "provenance",
)


@pytest.fixture(scope="module")
def stores() -> dict[str, Store]:
    out = {}
    for fmt in FORMATS:
        st = Store.open(None)
        ingest_files([SAMPLES / f"{SAMPLE_STEM}.{fmt}"], st, Config(store=None))
        out[fmt] = st
    return out


def _answer(store: Store, name: str) -> str:
    q = get_query(name)
    variables, rows = store.select(q.text)
    return render(variables, rows, "csv")


@pytest.mark.parametrize("name", QUERIES)
def test_sample_facts_match_golden(stores, name, update_golden):
    got = _answer(stores["docx"], name)
    path = GOLDEN / f"{name}.csv"
    if update_golden or not path.exists():
        path.write_text(got, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"{path} did not exist; written now, review and commit it")
    assert got == path.read_text(encoding="utf-8"), f"{name}: differs from {path} (pytest --update-golden to accept)"


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
@pytest.mark.parametrize("name", QUERIES)
def test_all_formats_give_the_same_facts(stores, name, fmt):
    assert _answer(stores[fmt], name) == _answer(stores["docx"], name)

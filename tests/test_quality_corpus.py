"""The extraction-quality corpus (bench/quality/): every annotation follows the format, and nothing the
extractor is built from (code, data files, tests, samples) knows a held-out report.

The held-out split is only worth something while the rules are written without it: a person's name from a
held-out report turning up in `ingest/`, `ontology/`, `tests/` or `samples/` would mean a rule or a fixture
was tuned on it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / "quality"
KEYS = {"genre", "meeting", "people", "organizations", "events", "deadlines", "documents", "resolutions", "requests"}
REPORTS = sorted(p.parent for split in ("dev", "heldout") for p in (CORPUS / split).glob("*/facts.json"))
#: second annotations of dev reports (bench/annotator_agreement.py), no text of their own
SECOND = sorted(p.parent for p in (CORPUS / "agreement").glob("*/facts.json"))
HELDOUT = [p for p in REPORTS if p.parent.name == "heldout"]
#: where a rule, a data file or a fixture could carry a report's names
BUILT_FROM = ("core", "ingest", "ontology", "queries", "server", "wsiskg", "tests", "samples")
TEXT_SUFFIXES = {".py", ".csv", ".ttl", ".rq", ".txt", ".toml", ".json", ".md", ".trig", ".nt", ".html", ".js"}


def test_the_corpus_has_both_splits():
    assert len(REPORTS) >= 30 and len(HELDOUT) * 3 >= len(REPORTS)  # at least a third held out (issue 8)


@pytest.mark.parametrize("folder", REPORTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_report_has_one_text_and_a_complete_annotation(folder):
    assert len(list(folder.glob("report.*"))) == 1
    facts = json.loads((folder / "facts.json").read_text(encoding="utf-8"))
    assert KEYS <= set(facts)
    assert all(isinstance(facts[k], list) for k in KEYS - {"genre", "meeting"})
    assert facts["meeting"] is None or {"body", "start"} <= set(facts["meeting"])


@pytest.mark.parametrize("folder", SECOND, ids=lambda p: p.name)
def test_each_second_annotation_is_complete_and_of_a_dev_report(folder):
    assert not list(folder.glob("report.*"))  # the text is the dev report's
    assert (CORPUS / "dev" / folder.name / "facts.json").is_file()
    facts = json.loads((folder / "facts.json").read_text(encoding="utf-8"))
    assert KEYS <= set(facts)
    assert all(isinstance(facts[k], list) for k in KEYS - {"genre", "meeting"})
    assert facts["meeting"] is None or {"body", "start"} <= set(facts["meeting"])


def _built_from_text() -> str:
    chunks = []
    for top in BUILT_FROM:
        for path in (ROOT / top).rglob("*"):
            if path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts:
                chunks.append(path.read_text(encoding="utf-8", errors="ignore"))
    return "\n".join(chunks).casefold()


def test_no_rule_data_file_or_fixture_knows_a_heldout_person():
    text = re.sub(r"\s+", " ", _built_from_text())
    known = []
    for folder in HELDOUT:
        for person in json.loads((folder / "facts.json").read_text(encoding="utf-8"))["people"]:
            name = re.sub(r"\s+", " ", person["name"]).strip()
            if len(name.split()) >= 2 and name.casefold() in text:
                known.append(f"{folder.name}: {name}")
    assert not known

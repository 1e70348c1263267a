"""The annotator-agreement script (bench/annotator_agreement.py): a second annotation scored as the
extractor's output would be; loaded by path like the scorer's own tests."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "annotator_agreement.py"

FACTS = {
    "genre": "meeting report",
    "meeting": {
        "body": "Regional Working Group on Numbering",
        "acronym": "RWG-NUM",
        "number": 4,
        "start": "2031-03-02",
        "end": "2031-03-04",
    },
    "people": [
        {"name": "Oona Väisänen", "honorific": "Ms", "roles": ["Chair"], "organization": None, "country": "Finland"}
    ],
    "organizations": [{"name": "Regional Working Group on Numbering", "acronym": "RWG-NUM"}],
    "events": [{"name": "Numbering Clinic", "start": "2031-06-10", "end": "2031-06-11"}],
    "deadlines": [{"date": "2031-05-01", "subject": "comments on the draft plan"}],
    "documents": ["RWG-NUM/4/12"],
    "resolutions": [{"number": "1332", "issuer": "Council", "text": "Council Resolution 1332"}],
    "requests": [
        {
            "requester": "Regional Working Group on Numbering",
            "verb": "invite",
            "addressees": ["Member States", "the Secretariat"],
            "action": "send comments",
            "deadline": "2031-05-01",
        }
    ],
    "notes": "",
}


@pytest.fixture(scope="module")
def agree():
    sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("annotator_agreement", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _write(folder: Path, facts: dict) -> None:
    folder.mkdir(parents=True)
    (folder / "facts.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")


def test_an_annotation_agrees_with_itself_on_every_fact_type(agree, tmp_path, capsys):
    _write(tmp_path / "dev" / "r-2031", FACTS)
    (tmp_path / "dev" / "r-2031" / "report.txt").write_text("x", encoding="utf-8")
    _write(tmp_path / "agreement" / "r-2031", FACTS)
    assert agree.main(["--corpus", str(tmp_path), "--second", str(tmp_path / "agreement")]) == 0
    out = capsys.readouterr().out
    for kind in ("meeting", "people", "organizations", "events", "requests"):
        assert f"| {kind} | " in out
    assert "| 0.00 |" not in out and "| 0.50 |" not in out
    assert out.count("| 1.00 | 1.00 | 1.00 |") == 11


def test_a_differing_second_annotation_counts_misses_and_false_items(agree, tmp_path, capsys):
    second = json.loads(json.dumps(FACTS))
    second["requests"][0]["addressees"] = ["Member States"]
    second["meeting"]["number"] = 5
    got = agree.as_extracted(second)
    outcomes = agree.score_report(FACTS, got)
    assert (outcomes["requests"].score.tp, outcomes["requests"].score.fn) == (1, 1)
    assert outcomes["meeting"].score.tp == 0


def test_a_second_annotation_without_a_first_is_a_usage_error(agree, tmp_path, capsys):
    _write(tmp_path / "agreement" / "nowhere-2031", FACTS)
    (tmp_path / "dev").mkdir()
    assert agree.main(["--corpus", str(tmp_path), "--second", str(tmp_path / "agreement")]) == 2
    assert "no first annotation" in capsys.readouterr().err


def test_a_party_written_by_its_acronym_is_the_organisation_the_annotation_lists(agree):
    """The extractor's parties carry their catalogue acronym; a second annotation's parties carry the
    other form the annotation itself lists for the body."""
    second = json.loads(json.dumps(FACTS))
    second["requests"][0]["requester"] = "RWG-NUM"
    first = json.loads(json.dumps(FACTS))
    first["organizations"] = []
    first["meeting"]["acronym"] = None
    outcomes = agree.score_report(first, agree.as_extracted(second))
    assert outcomes["requests"].score.tp == 2
    second["organizations"] = []
    second["meeting"]["acronym"] = None
    assert agree.score_report(first, agree.as_extracted(second))["requests"].score.tp == 0

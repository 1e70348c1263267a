"""``wsiskg.launch``: the console script's start-up leaves what it made out of the collector's passes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

_SCRIPT = """
import gc, json, sys
full = []
def seen(phase, info):
    if phase == "stop" and info["generation"] == 2:
        full.append(gc.get_freeze_count())
gc.callbacks.append(seen)
sys.argv = ["wsiskg", *sys.argv[1:]]
from wsiskg.launch import main
try:
    main()
except SystemExit:
    pass
print(json.dumps({"enabled": gc.isenabled(), "frozen": gc.get_freeze_count(), "full_before_freeze": full.count(0)}))
"""


@pytest.mark.parametrize("command", [["ingest", "--help"], ["validate", "--help"], ["query", "--help"]])
def test_start_up_makes_no_full_collection_and_leaves_the_collector_on(tmp_path: Path, command: list[str]) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *command], env=env, cwd=tmp_path, capture_output=True, text=True, check=True
    )
    state = json.loads(done.stdout.strip().splitlines()[-1])
    assert state["enabled"] is True
    assert state["frozen"] > 10_000  # the modules and the caches, out of the collector's passes
    assert state["full_before_freeze"] == 0

"""The extractor's regular expressions do not depend on Python's string hashing.

An alternation written from a set in the set's order is a different pattern in every process
(``PYTHONHASHSEED``): two runs on one report could read it differently wherever two forms of equal
length compete, and no compiled pattern could be reused between runs. ``text.alternation`` orders
the words (longest first, then alphabetically); every alternation goes through it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: compiles every pattern of the extractor on a short invented report, prints the patterns whose
#: compilation was asked for by the project's own code (its stdlib and library patterns are not ours)
_SCRIPT = r"""
import re._compiler as compiler, sys, traceback
seen = set()
original = compiler.compile
def compile(pattern, flags=0):
    if isinstance(pattern, str) and any("wsiskg" in f.filename for f in traceback.extract_stack(limit=8)[:-1]):
        seen.add(pattern)
    return original(pattern, flags)
compiler.compile = compile
from wsiskg.ingest.extract import extract
from wsiskg.ingest.parse import parse
import tempfile
from pathlib import Path
from wsiskg.ingest.read import read
text = (
    "Report of the fourth meeting of the Expert Group on Rural Connectivity, Lusaka, 3-4 May 2027\n\n"
    "1 The meeting was chaired by Dr Tamsin Oyelaran-Vesk (Zambia). H.E. Ms Liv Årdal, Minister of "
    "Digital Affairs, opened it.\n\n"
    "2 The Group invited the Director of BDT to report to the Council at its 2028 session and "
    "requested Member States to submit contributions before 1 March 2028 (Resolution 140 (Rev. Dubai, 2018)).\n"
)
path = Path(tempfile.mkdtemp()) / "report.txt"
path.write_text(text, encoding="utf-8")
extract(parse(read(path)))
print("\n".join(sorted(seen)))
"""


def _patterns(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    command = [sys.executable, "-c", _SCRIPT]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_same_patterns_under_two_hash_seeds() -> None:
    first, second = _patterns("1"), _patterns("2")
    assert first.count("\n") > 100  # the extractor's patterns were seen
    assert first == second

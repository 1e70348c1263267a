"""Benchmark: ingest of the bundled sample report, per format and per stage.

Run:  python bench/ingest.py [--repeat N]

Figures are printed as ratios against a named baseline, so they mean the same on a
slow or a fast machine: the baseline is **rdflib parsing the report's own graph from
Turtle** (the cost of merely loading what ingest produces). "warm" is a second run in
the same process (gazetteers, regexes and shapes already loaded); "cold" includes
that first-time loading, not Python's start-up.

``--fresh N`` adds, for the ``.docx``, N fresh processes of ``wsiskg ingest`` (what the console script
runs, its start-up caches filled by two runs first): the stages as the command reports them after
start-up (issue 8's line: under a second), and the CPU of each whole process (start-up included), the
figure to compare on a machine shared with other jobs; medians, against the same baseline.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph

from wsiskg.core.config import Config
from wsiskg.core.store import Store
from wsiskg.ingest.extract import extract
from wsiskg.ingest.model import report_id, to_graph
from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import read
from wsiskg.ingest.validate import validate

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def stages(path: Path, base: str) -> tuple[dict[str, float], Graph]:
    t: dict[str, float] = {}
    start = time.perf_counter()
    raw = read(path)
    t["read"] = time.perf_counter() - start
    start = time.perf_counter()
    parsed = parse(raw)
    t["parse"] = time.perf_counter() - start
    start = time.perf_counter()
    ex = extract(parsed)
    t["extract"] = time.perf_counter() - start
    start = time.perf_counter()
    g = to_graph(ex, base, report_id(ex, path.stem))
    t["model"] = time.perf_counter() - start
    start = time.perf_counter()
    validate(g)
    t["validate"] = time.perf_counter() - start
    start = time.perf_counter()
    Store.open(None).replace_graph(base + "graph/bench", g)
    t["store"] = time.perf_counter() - start
    t["total"] = sum(t.values())
    return t, g


def baseline(g: Graph, repeat: int) -> float:
    ttl = g.serialize(format="turtle")
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        Graph().parse(data=ttl, format="turtle")
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


#: the command's own figures for a file: ``...; 1.36 s (read 0.06 parse 0.05 extract 0.74 model 0.09 SHACL 0.35)``
_REPORTED = re.compile(r"; ([\d.]+) s \(read ([\d.]+) parse ([\d.]+) extract ([\d.]+) model ([\d.]+) SHACL ([\d.]+)\)")


def fresh(path: Path, runs: int) -> list[dict[str, float]]:
    """``wsiskg ingest path`` in ``runs`` fresh processes, caches on: each run's stages after start-up
    (the command's own report) and the CPU of the whole process (``cpu``)."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "XDG_CACHE_HOME": f"{tmp}/cache"}
        for var in ("WSISKG_REGEX_CACHE", "PYTHONDONTWRITEBYTECODE"):
            env.pop(var, None)
        for i in range(runs + 2):  # the first two fill the caches
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            done = subprocess.run(
                [sys.executable, "-m", "wsiskg.launch", "ingest", str(path), "--store", f"{tmp}/store{i}"],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=True,
            )  # fmt: skip
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            found = _REPORTED.search(done.stdout)
            if not found:
                sys.exit(f"ingest bench: no timing in the output of wsiskg ingest:\n{done.stdout}")
            if i >= 2:
                names = ("total", "read", "parse", "extract", "model", "validate")
                t = dict(zip(names, map(float, found.groups()), strict=True))
                t["cpu"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
                out.append(t)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--fresh", type=int, default=0, metavar="N", help="also N fresh processes of wsiskg ingest (.docx)")
    args = ap.parse_args()
    base = Config().base
    print("baseline: rdflib Turtle parse of the report's own graph (= 1.0)")
    print(
        f"{'format':6} {'run':5} "
        + " ".join(f"{s:>9}" for s in ("read", "parse", "extract", "model", "validate", "store", "total"))
        + "   seconds"
    )
    for fmt in ("txt", "docx", "pdf"):
        path = SAMPLES / f"cwg-wsis-sdg-38-report.{fmt}"
        cold, g = stages(path, base)
        ref = baseline(g, args.repeat)
        warm_runs = [stages(path, base)[0] for _ in range(args.repeat)]
        warm = {k: statistics.median(r[k] for r in warm_runs) for k in warm_runs[0]}
        for label, t in (("cold", cold), ("warm", warm)):
            print(f"{fmt:6} {label:5} " + " ".join(f"{t[k] / ref:9.2f}" for k in t) + f"   {t['total']:.3f}")
    print(f"(baseline itself: {ref * 1000:.1f} ms for {len(g)} triples)")
    if args.fresh:
        runs = fresh(SAMPLES / "cwg-wsis-sdg-38-report.docx", args.fresh)
        keys = ("read", "parse", "extract", "model", "validate", "total", "cpu")
        t = {k: statistics.median(r[k] for r in runs) for k in keys}
        print(f"\nwsiskg ingest of the .docx, {args.fresh} fresh processes, medians: after start-up (the command's")
        print("own stages; total = read to SHACL) and the CPU of the whole process, start-up included")
        print(f"{'':12} " + " ".join(f"{k:>9}" for k in keys))
        print(f"{'ratio':12} " + " ".join(f"{t[k] / ref:9.2f}" for k in keys))
        print(f"{'seconds':12} " + " ".join(f"{t[k]:9.3f}" for k in keys))


if __name__ == "__main__":
    main()

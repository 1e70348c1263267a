"""Benchmark: ingest of the bundled sample report, per format and per stage.

Run:  python bench/ingest.py [--repeat N]

Figures are printed as ratios against a named baseline, so they mean the same on a
slow or a fast machine: the baseline is **rdflib parsing the report's own graph from
Turtle** (the cost of merely loading what ingest produces). "warm" is a second run in
the same process (gazetteers, regexes and shapes already loaded); "cold" includes
that first-time loading, not Python's start-up.
"""

from __future__ import annotations

import argparse
import statistics
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
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


if __name__ == "__main__":
    main()

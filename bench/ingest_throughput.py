"""Benchmark: ingest throughput over a generated corpus, --jobs 1 and --jobs 2 side by side.

Run:  python bench/ingest_throughput.py [--count 50] [--jobs 1 2] [--corpus DIR] [--seed 1]
                                         [--compare DIR]

For each ``--jobs`` value, in one run: the whole batch is ingested into a fresh on-disk
store twice over --

* **end to end**: ``wsiskg ingest --jobs N`` as a subprocess (Python start-up, worker
  start-up, every stage, the one-transaction write), giving reports/min;
* **per stage**: the same pipeline in this process, with the time of read, parse,
  extract, model, SHACL (summed over the workers) and the store write, each as a share of
  the total and per report as a ratio against the baseline.

The baseline is the one of ``bench/ingest.py``: **rdflib parsing one report's own graph
from Turtle** (the cost of merely loading what ingest produces), so the ratios mean the
same on a slow or a fast machine. ``--compare DIR`` also runs another checkout's
``wsiskg ingest`` (e.g. ``git archive main | tar -x -C DIR``) end to end on the same corpus,
and prints reports/min as a ratio against it. Peak memory (max RSS of this process and of the worker
processes) is printed too. The corpus comes from ``bench/generate_corpus.py``.
"""

from __future__ import annotations

import argparse
import os
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
from wsiskg.ingest.pipeline import STAGES, Staged, prepare, stage_all, write_staged

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_corpus import default_source, generate  # noqa: E402

LABELS = {"validate": "SHACL"}


def baseline(sample: Path, repeat: int = 5) -> float:
    """Seconds for rdflib to parse one report's graph from Turtle (median of ``repeat``)."""
    ttl = prepare(sample, Config()).graph.serialize(format="turtle")
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        Graph().parse(data=ttl, format="turtle")
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def end_to_end(paths: list[Path], jobs: int | None, checkout: Path | None = None) -> tuple[float, float]:
    """(wall seconds, peak MB of the largest process) of ``wsiskg ingest [--jobs N] --quiet`` into a
    fresh store (from ``checkout`` if given)."""
    env = dict(os.environ)
    if checkout is not None:
        env["PYTHONPATH"] = str(checkout.resolve())
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "wsiskg.cli", "ingest", "--quiet", "--store", tmp + "/s"]
        cmd += ["--jobs", str(jobs)] if jobs else []
        start = time.perf_counter()
        quiet = subprocess.DEVNULL if checkout is not None else None  # an older checkout may list every file
        proc = subprocess.Popen([*cmd, *map(str, paths)], stdout=subprocess.DEVNULL, stderr=quiet, cwd=tmp, env=env)
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed with exit {proc.returncode}")
        return elapsed, usage.ru_maxrss / 1024


def per_stage(paths: list[Path], jobs: int) -> tuple[float, dict[str, float]]:
    """(wall seconds, {stage: seconds summed over reports, plus 'store' for the write})."""
    cfg = Config()
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "staging"
        staging.mkdir()
        start = time.perf_counter()
        outcomes = stage_all(paths, cfg, staging, [None] * len(paths), jobs)
        staged = [o for o in outcomes if isinstance(o, Staged)]
        if len(staged) != len(paths):
            raise SystemExit(f"{len(paths) - len(staged)} file(s) failed: {outcomes}")
        write_start = time.perf_counter()
        with Store.open(Path(tmp) / "store") as st:
            write_staged(st, cfg, staged, staging, say=lambda _m: None)
        end = time.perf_counter()
    stages = {s: sum(o.seconds.get(s, 0.0) for o in staged) for s in STAGES}
    stages["stage"] = sum(o.seconds.get("stage", 0.0) for o in staged)
    stages["store"] = end - write_start
    return end - start, stages


def rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=50, help="reports in the generated corpus")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--corpus", type=Path, default=None, help="use these .txt files instead of generating")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--compare", type=Path, default=None, help="another checkout to run end to end as well")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.corpus:
            paths = sorted(args.corpus.glob("*.txt"))
        else:
            paths = generate(Path(tmp) / "corpus", args.count, args.seed, default_source())
        base = baseline(default_source())
        n = len(paths)
        print(f"corpus: {n} reports; {os.cpu_count()} cores")
        print(f"baseline: rdflib Turtle parse of one report's graph = 1.0 ({base * 1000:.1f} ms)\n")
        cols = [*STAGES, "stage", "store"]
        print(
            f"{'jobs':>4} {'reports/min':>11} {'in-process':>10}   "
            + " ".join(f"{LABELS.get(c, c):>8}" for c in cols)
            + "   (per report, x baseline)"
        )
        rates: dict[int, float] = {}
        peaks: dict[int, float] = {}
        for jobs in args.jobs:
            e2e, peak = end_to_end(paths, jobs)
            wall, stages = per_stage(paths, jobs)
            rates[jobs] = n / e2e * 60
            peaks[jobs] = peak
            print(
                f"{jobs:>4} {rates[jobs]:>11.1f} {n / wall * 60:>10.1f}   "
                + " ".join(f"{stages[c] / n / base:>8.2f}" for c in cols)
            )
            total = sum(stages.values())
            print(" " * 30 + " ".join(f"{stages[c] / total:>8.0%}" for c in cols) + "   (share of the time)")
        first = args.jobs[0]
        print()
        for jobs in args.jobs[1:]:
            print(f"--jobs {jobs} / --jobs {first}: {rates[jobs] / rates[first]:.2f}x reports/min")
        for jobs in args.jobs:
            print(f"--jobs {jobs}: peak memory {peaks[jobs]:.0f} MB (largest process of wsiskg ingest)")
        if args.compare:
            seconds, peak = end_to_end(paths, None, args.compare)
            other = n / seconds * 60
            print(f"{args.compare} (its own defaults): {other:.1f} reports/min end to end, peak memory {peak:.0f} MB")
            for jobs in args.jobs:
                print(f"--jobs {jobs} / {args.compare}: {rates[jobs] / other:.2f}x reports/min")
        print(f"peak memory of the in-process runs: {rss_mb(resource.RUSAGE_SELF):.0f} MB")


if __name__ == "__main__":
    main()

"""Benchmark: ``wsiskg ingest`` of the bundled sample with and without the start-up caches.

Run:  python bench/regex_cache.py [--runs N] [--report PATH]

Each run is a fresh process (``python -m wsiskg.launch ingest``, what the console script runs), so
every figure includes a cold extraction. The caches are the compiled patterns
(:mod:`wsiskg.core.regex_cache`) and the data derived from the package's files (parsed ontology,
shapes, SDG KOS, word lists: :mod:`wsiskg.core.data_cache`), under one switch. The baseline is
**the same command with ``WSISKG_REGEX_CACHE=0``** (every pattern compiled and every file parsed,
as before the caches): the two alternate, run by
run, and the ratio is taken pair by pair, so a machine that drifts moves both. The cache lives in a
temporary ``XDG_CACHE_HOME`` and is filled by two runs first (a pattern is kept once two runs have
compiled it); the store is a temporary folder. "after start-up" is the time the command reports for
the report (read to SHACL); "process" is the whole process, Python's start-up and imports included.

``--compare DIR`` measures this tree against another checkout instead (``python
bench/regex_cache.py --compare /path/to/main``): both with the caches on, alternating, the
difference taken pair by pair, so that a machine loaded by other jobs moves both. Beside the wall
time after start-up it gives each process's CPU (user + system, start-up included) and how often
the kernel took the core from it (involuntary context switches): the command neither waits on I/O
nor runs threads that matter (RocksDB's take about 0.03 s of CPU a process, outside the timed
stages), so on a loaded machine wall time after start-up is its CPU time stretched by the other
jobs, and a CPU gain shows in wall time only as far as the load allows; compare the CPU columns.
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

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "cwg-wsis-sdg-38-report.docx"
REPORTED = re.compile(r"conforms; ([\d.]+) s")


def run(report: Path, env: dict[str, str], cwd: Path | None = None) -> tuple[float, float]:
    return run_counted(report, env, cwd)[:2]


def run_counted(report: Path, env: dict[str, str], cwd: Path | None = None) -> tuple[float, float, float, int]:
    """One fresh ``wsiskg ingest`` (in ``cwd``): wall after start-up (the command's own figure), wall
    of the whole process, its CPU (user + system) and its involuntary context switches."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "wsiskg.launch", "ingest", str(report.resolve())],
        env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=True,
    )  # fmt: skip
    whole = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    found = REPORTED.search(done.stdout)
    if not found:
        sys.exit(f"regex_cache: no timing in the output of wsiskg ingest:\n{done.stdout}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return float(found.group(1)), whole, cpu, after.ru_nivcsw - before.ru_nivcsw


def _check_imports(root: Path, env: dict[str, str]) -> None:
    """Make sure a process started in ``root`` imports that tree's ``wsiskg``: ``python -m`` puts
    the working directory before ``PYTHONPATH``, so run from another checkout it would import that
    one (before round 18, ``--compare`` run from a worktree measured the worktree against itself)."""
    found = subprocess.run(
        [sys.executable, "-c", "import wsiskg; print(wsiskg.__file__)"],
        env=env, cwd=root, stdout=subprocess.PIPE, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if not Path(found).resolve().is_relative_to(root.resolve()):
        sys.exit(f"regex_cache: a process in {root} imports {found}, not that tree's wsiskg")


def compare(checkout: Path, runs: int, report: Path) -> None:
    """``--compare DIR``: this tree against the checkout ``DIR`` (another commit), both with the caches
    on (each its own cache), in alternating fresh processes; the difference is taken pair by pair."""
    trees = {"this tree": Path(__file__).resolve().parents[1], str(checkout): checkout.resolve()}
    with tempfile.TemporaryDirectory() as tmp:
        envs = {}
        for i, (name, root) in enumerate(trees.items()):
            env = {**os.environ, "XDG_CACHE_HOME": f"{tmp}/cache{i}", "WSISKG_STORE": f"{tmp}/store{i}"}
            env["PYTHONPATH"] = str(root)
            for var in ("WSISKG_REGEX_CACHE", "PYTHONDONTWRITEBYTECODE"):
                env.pop(var, None)
            envs[name] = env
            _check_imports(root, env)
            for _ in range(2):
                run(report, env, root)  # fill its cache
        rows: dict[str, list[tuple[float, float, float, int]]] = {name: [] for name in trees}
        for i in range(runs):
            for name in list(trees)[:: 1 if i % 2 == 0 else -1]:  # who goes first alternates
                rows[name].append(run_counted(report, envs[name], trees[name]))
    print(f"caches on, {runs} alternating pairs of fresh processes; median (min)")
    print("| tree | wall after start-up | whole process: wall | CPU | involuntary switches |")
    print("|---|---|---|---|---|")
    for name, r in rows.items():
        cells = [f"{statistics.median(c):.3f} s ({min(c):.3f})" for c in ([x[k] for x in r] for k in range(3))]
        print(f"| {name} | {' | '.join(cells)} | {statistics.median(x[3] for x in r):.0f} |")
    mine, other = rows.values()
    for k, label in ((0, "wall after start-up"), (2, "CPU of the process")):
        diffs = [a[k] - b[k] for a, b in zip(mine, other, strict=True)]
        print(f"this tree minus {checkout}, {label}, median of the pairs: {statistics.median(diffs):+.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="pairs of runs (default 10)")
    parser.add_argument("--report", type=Path, default=SAMPLE, help="report to ingest (default: the sample .docx)")
    parser.add_argument("--compare", type=Path, metavar="DIR", help="against the checkout DIR, caches on for both")
    args = parser.parse_args()
    if args.compare:
        compare(args.compare, args.runs, args.report)
        return
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "XDG_CACHE_HOME": f"{tmp}/cache", "WSISKG_STORE": f"{tmp}/store"}
        env.pop("WSISKG_REGEX_CACHE", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as a user runs it: modules imported on first use come from .pyc
        off = {**env, "WSISKG_REGEX_CACHE": "0"}
        for _ in range(2):
            run(args.report, env)  # fill the cache
        cached, plain = [], []
        for _ in range(args.runs):
            cached.append(run(args.report, env))
            plain.append(run(args.report, off))
    print(f"baseline: the same command with WSISKG_REGEX_CACHE=0 (= 1.00); {args.runs} pairs, fresh processes")
    print("| run | after start-up, median (min) | ratio | process, median (min) | ratio |")
    print("|---|---|---|---|---|")
    for name, rows in (("caches off (baseline)", plain), ("caches on", cached)):
        after = [r[0] for r in rows]
        whole = [r[1] for r in rows]
        ratio_after = statistics.median(r[0] / p[0] for r, p in zip(rows, plain, strict=True))
        ratio_whole = statistics.median(r[1] / p[1] for r, p in zip(rows, plain, strict=True))
        print(
            f"| {name} | {statistics.median(after):.2f} s ({min(after):.2f}) | {ratio_after:.2f} "
            f"| {statistics.median(whole):.2f} s ({min(whole):.2f}) | {ratio_whole:.2f} |"
        )


if __name__ == "__main__":
    main()

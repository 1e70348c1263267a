"""Benchmark: the store's write of one large report graph, new and written again.

Run:  python bench/store_write.py [--copies 110] [--dir DIR]

The graph is the bundled sample's (its .docx, ingested in this process) repeated ``--copies`` times with
the report's IRIs renamed per copy (110 copies: about half a million lines). Each write runs in a fresh
process (``Store.replace_graphs_from_files``, what ``wsiskg ingest`` calls), into one on-disk store: the
graph written new (the bulk loader), written again unchanged, and again with a tenth of its lines changed
(the SPARQL Update by difference). Printed per write: wall time, the process's CPU and its peak memory.
On a machine shared with other jobs the wall time is mostly the disk; compare the CPU.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "cwg-wsis-sdg-38-report.docx"
GRAPH = "https://w3id.org/wsis-kg/graph/report/store-write-bench"


def make(copies: int, folder: Path) -> tuple[Path, Path]:
    """The graph's N-Triples file and the same with every tenth line changed."""
    from wsiskg.core.config import Config
    from wsiskg.ingest.pipeline import prepare

    text = prepare(SAMPLE, Config()).graph.serialize(format="nt", encoding="utf-8").decode()
    lines = [line for line in text.splitlines() if line.strip()]
    same, changed = folder / "graph.nt", folder / "changed.nt"
    with same.open("w", encoding="utf-8") as a, changed.open("w", encoding="utf-8") as b:
        k = 0
        for i in range(copies):
            for line in lines:
                renamed = line.replace("/cwg-wsis-sdg-38", f"/cwg-wsis-sdg-38-{i}")
                a.write(renamed + "\n")
                if k % 10 == 0:
                    renamed = renamed.replace("/cwg-wsis-sdg-38-", "/cwg-wsis-sdg-38-x", 1)
                b.write(renamed + "\n")
                k += 1
    return same, changed


def write(store: Path, nt: Path) -> None:
    """One write in this process (the child's side)."""
    from wsiskg.core.store import Store

    start_wall, start_cpu = time.perf_counter(), time.process_time()
    with Store.open(store) as st:
        st.replace_graphs_from_files({GRAPH: nt})
    wall, cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6
    print(f"{wall:.1f} s wall, {cpu:.1f} s CPU, peak {peak:.2f} GB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=110)
    ap.add_argument("--dir", type=Path, default=None, help="working folder (default: a temporary one)")
    ap.add_argument("--write", nargs=2, type=Path, metavar=("STORE", "FILE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.write:
        write(*args.write)
        return
    folder = args.dir or Path(tempfile.mkdtemp(prefix="wsiskg-store-write-"))
    folder.mkdir(parents=True, exist_ok=True)
    same, changed = make(args.copies, folder)
    print(f"{sum(1 for _ in same.open(encoding='utf-8')):,} lines, {args.copies} copies of the sample's graph")
    for label, nt in (("new", same), ("again, unchanged", same), ("again, a tenth changed", changed)):
        done = subprocess.run(
            [sys.executable, __file__, "--write", str(folder / "store"), str(nt)],
            stdout=subprocess.PIPE, text=True, check=True,
        )  # fmt: skip
        print(f"{label}: {done.stdout.strip()}")


if __name__ == "__main__":
    main()

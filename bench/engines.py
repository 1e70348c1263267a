"""Benchmark: named-query latency on the same corpus in several engines, side by side, as ratios.

Usage::

    python bench/engines.py                       # 1,000 copies of the sample report
    python bench/engines.py --copies 200 --seconds 1 --queries people requests
    python bench/engines.py --engines embedded-serve oxigraph

The corpus: one report ingested once (default: the sample .txt), then loaded ``--copies``
times under other report identities (``bench/sparql_http.py``'s ``fill``), with the reference
data and the ontology once. The same corpus goes into

- ``embedded`` (the baseline): the embedded Oxigraph store, queried in this process;
- ``embedded-serve``: ``wsiskg serve`` over that store (gunicorn, query worker processes);
- ``virtuoso-serve``: ``wsiskg serve --store sparql+http://...`` over Virtuoso;
- ``virtuoso``: Virtuoso's own ``/sparql`` endpoint, queried as a client pointed straight at
  it must (``FROM`` the merge graph; ``FROM NAMED`` the report graphs when the query uses
  ``GRAPH``: ``engine_query``, docs/stores.md);
- ``oxigraph``: ``oxigraph serve-read-only`` (PyPI package ``oxigraph``) on the embedded
  store's directory (its default graph is the materialised merge).

An engine that is not installed is skipped. One client, sequential requests: the p50 latency of
each query, and its ratio to the baseline's, printed as a Markdown table. Outside the test run;
never asserts times.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from sparql_http import bench_direct, bench_http, fill, free_port, start_serve, stop_serve

from wsiskg.core.config import Config
from wsiskg.core.sparql_store import engine_query
from wsiskg.core.store import Store
from wsiskg.ingest.pipeline import ingest_files
from wsiskg.queries import get_query

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import virtuoso as vt  # noqa: E402  (tests/virtuoso.py: the same throw-away server the tests use)

SAMPLE = ROOT / "samples" / "cwg-wsis-sdg-38-report.txt"
QUERIES = ["meetings", "people", "organizations", "action-line-mentions", "sdg-mentions", "events"]
QUERIES += ["deadlines", "documents", "resolutions", "requests", "provenance", "stats-addressees"]
ENGINES = ["embedded", "embedded-serve", "virtuoso-serve", "virtuoso", "oxigraph"]


def corpus(report: Path, directory: Path) -> tuple[Path, Path]:
    """(the report graph, the reference data + ontology) as N-Quads files, from one ingest."""
    st = Store.open(None)
    [result] = ingest_files([report], st, Config(store=None))
    quads = list(st.quads())
    one, shared = directory / "report.nq", directory / "shared.nq"
    mine = [q for q in quads if q.graph_name.value == result.graph_iri]  # type: ignore[union-attr]
    rest = [q for q in quads if q.graph_name.value != result.graph_iri]  # type: ignore[union-attr]
    one.write_bytes(ox.serialize(mine, format=ox.RdfFormat.N_QUADS) or b"")
    shared.write_bytes(ox.serialize(rest, format=ox.RdfFormat.N_QUADS) or b"")
    return one, shared


def timed(label: str, action: Callable[[], object]) -> None:
    start = time.perf_counter()
    action()
    print(f"  {label}: {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)


def post_query(url: str, fields: list[tuple[str, str]], seconds: float) -> list[float]:
    """Sequential POSTs of a query to an engine's own endpoint; the latencies (answer read, not parsed)."""
    body = urllib.parse.urlencode(fields).encode()
    headers = {"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"}
    times: list[float] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end or not times:
        start = time.perf_counter()
        with urllib.request.urlopen(urllib.request.Request(url, data=body, headers=headers), timeout=300) as r:
            r.read()
        times.append(time.perf_counter() - start)
    return times


def get_once(url: str) -> None:
    """One request (a warm-up: the first answer includes compiling the query and opening the store)."""
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=300) as r:
        r.read()


def start_oxigraph(location: Path) -> tuple[subprocess.Popen[bytes], str] | None:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(binary).exists():
        return None
    port = free_port()
    proc = subprocess.Popen(
        [binary, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    for _ in range(100):
        try:
            post_query(url, [("query", "ASK {}")], 0)
            return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    return None


def _served(url: str, name: str, seconds: float) -> list[float]:
    get_once(f"{url}/queries/{name}")  # warm-up
    return bench_http(url, name, 1, seconds)[0]


def _posted(url: str, fields: list[tuple[str, str]], seconds: float) -> list[float]:
    post_query(url, fields, 0)  # warm-up
    return post_query(url, fields, seconds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--report", type=Path, default=SAMPLE, help="the report to copy (default: the sample .txt)")
    ap.add_argument("--copies", type=int, default=1000, help="report identities in the corpus")
    ap.add_argument("--seconds", type=float, default=2.0, help="per query and engine")
    ap.add_argument("--queries", nargs="*", default=QUERIES)
    ap.add_argument("--engines", nargs="*", default=ENGINES, choices=ENGINES)
    ap.add_argument("--buffers", type=int, default=170_000, help="Virtuoso NumberOfBuffers (8 KB pages)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="wsiskg-engines-"))
    cleanup: list[Callable[[], None]] = []
    try:
        print(f"corpus: {args.copies} copies of {args.report.name}", file=sys.stderr)
        one, shared = corpus(args.report, tmp)
        embedded = tmp / "embedded"
        st = Store.open(embedded)
        timed("load the embedded store", lambda: fill(st, str(one), args.copies, shared=str(shared)))
        st.close()
        baseline = Store.open(embedded, read_only=True)
        print(f"  {len(baseline)} quads in {len(baseline.graphs())} graphs", file=sys.stderr)
        urls: dict[str, Callable[[str], list[float]]] = {}
        graphs = baseline.graphs()

        if "embedded-serve" in args.engines:
            server, url = start_serve(str(embedded))
            cleanup.append(lambda s=server: stop_serve(s))  # type: ignore[misc]
            urls["embedded-serve"] = lambda name, u=url: _served(u, name, args.seconds)  # type: ignore[misc]
        if "oxigraph" in args.engines:
            started = start_oxigraph(embedded)
            if started is None:
                print("  oxigraph: not installed (pip install oxigraph); skipped", file=sys.stderr)
            else:
                proc, ox_url = started
                cleanup.append(proc.kill)
                urls["oxigraph"] = lambda name: _posted(ox_url, [("query", get_query(name).text)], args.seconds)
        if {"virtuoso", "virtuoso-serve"} & set(args.engines):
            reason = vt.unavailable_reason()
            if reason:
                print(f"  virtuoso: {reason}", file=sys.stderr)
            else:
                srv = vt.start(tmp / "virtuoso", buffers=args.buffers)
                cleanup.append(srv.stop)
                remote = Store.open(srv.location, user=vt.USER, password=vt.PASSWORD)
                timed("load Virtuoso", lambda: fill(remote, str(one), args.copies, shared=str(shared)))
                if "virtuoso-serve" in args.engines:
                    env = {"WSISKG_STORE_USER": vt.USER, "WSISKG_STORE_PASSWORD": vt.PASSWORD}
                    server, url = start_serve(srv.location, **env)
                    cleanup.append(lambda s=server: stop_serve(s))  # type: ignore[misc]
                    urls["virtuoso-serve"] = lambda name, u=url: _served(u, name, args.seconds)  # type: ignore[misc]
                if "virtuoso" in args.engines:

                    def direct(name: str, endpoint: str = srv.endpoint) -> list[float]:
                        text = engine_query(get_query(name).text, graphs)  # FROM the merge, FROM NAMED reports
                        return _posted(endpoint, [("query", text)], args.seconds)

                    urls["virtuoso"] = direct

        engines = [e for e in args.engines if e in urls]
        print(f"\n{args.copies} reports ({len(baseline)} quads); p50 latency, ratio to the embedded store in-process\n")
        print("| query | embedded, in-process (ms) | " + " | ".join(engines) + " |")
        print("|---|---:|" + "---:|" * len(engines))
        for name in args.queries:
            bench_direct(baseline, get_query(name).text, 0.01)  # warm-up
            base = statistics.median(bench_direct(baseline, get_query(name).text, args.seconds))
            cells = []
            for engine in engines:
                try:
                    times = urls[engine](name)
                    cells.append(f"{statistics.median(times) / base:.1f}×" if times else "no answer")
                except urllib.error.HTTPError as exc:  # 503: wsiskg's timeout; 500: the engine's (Virtuoso SR171)
                    cells.append(f"stopped (HTTP {exc.code})")
                except OSError as exc:
                    cells.append(f"error ({exc})")
            print(f"| {name} | {base * 1000:.1f} | " + " | ".join(cells) + " |", flush=True)
    finally:
        for stop in reversed(cleanup):
            try:
                stop()
            except Exception as exc:  # keep stopping the others
                print(f"  cleanup: {exc}", file=sys.stderr)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

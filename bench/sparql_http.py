"""Benchmark: the named queries over HTTP (gunicorn, concurrent clients) vs. in-process pyoxigraph.

Usage::

    python bench/sparql_http.py --data synthetic --copies 50 --clients 8 --seconds 10
    python bench/sparql_http.py --data STORE_DIR          # an existing store (e.g. after `wsiskg ingest`)
    python bench/sparql_http.py --data FILE.nq --copies 100  # an RDF file loaded under N report identities

For each named query in ``queries/*.rq`` it reports queries/second and p50/p99 latency
(a) directly on pyoxigraph in this process, one thread, and (b) over HTTP on loopback against
``wsiskg serve``'s gunicorn setup with ``--clients`` concurrent clients; the ratio of the
per-query latencies is the HTTP layer's overhead (process pool hop + serialisation + HTTP).
Not part of the test run; never asserts times.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox

from wsiskg.core.store import Store
from wsiskg.queries import list_queries

BASE = "https://w3id.org/wsis-kg/"


def synthetic_report(n: int) -> str:
    """A small report-shaped graph (people, bodies, meetings, paragraphs) in N-Triples."""
    wsis = "https://w3id.org/wsis-kg/def#"
    foaf = "http://xmlns.com/foaf/0.1/"
    lines = []
    rid = f"{BASE}id/report/bench-{n}"
    lines.append(f"<{rid}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{wsis}MeetingReport> .")
    for i in range(40):
        person = f"{BASE}id/person/p{n}-{i}"
        lines.append(f"<{person}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{foaf}Person> .")
        lines.append(f'<{person}> <{foaf}name> "Person {n}-{i}" .')
        para = f"{rid}/para/{i}"
        lines.append(f"<{para}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{wsis}Paragraph> .")
        lines.append(f'<{para}> <{wsis}text> "Paragraph {i} of report {n}." .')
        lines.append(f"<{para}> <{wsis}inReport> <{rid}> .")
        lines.append(f"<{para}> <{wsis}mentions> <{person}> .")
    return "\n".join(lines) + "\n"


def reidentify(text: str, n: int) -> str:
    """The same report data under another report identity (its report and graph IRIs rewritten)."""
    return text.replace(f"{BASE}id/report/", f"{BASE}id/report/c{n}-").replace(
        f"{BASE}graph/report/", f"{BASE}graph/report/c{n}-"
    )


def fill(store: Store, data: str, copies: int, batch: int = 50, shared: str | None = None) -> None:
    """Load ``data`` (or synthetic reports) ``copies`` times under other identities, ``batch`` copies per load.

    ``shared``: an RDF file loaded once, as it is (e.g. the reference data and the ontology).
    """
    if shared is not None:
        store.load(path=shared, format=ox.RdfFormat.from_extension(Path(shared).suffix.lstrip(".")))
    if data == "synthetic":
        for n in range(copies):
            store.load(
                synthetic_report(n).encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=f"{BASE}graph/report/bench-{n}"
            )
        return
    path = Path(data)
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
    text = path.read_text(encoding="utf-8")
    for start in range(0, copies, batch if fmt.supports_datasets else 1):
        if fmt.supports_datasets:
            chunk = "\n".join(reidentify(text, n) for n in range(start, min(copies, start + batch)))
            store.bulk_load(chunk.encode(), format=fmt)
        else:
            store.load(reidentify(text, start).encode(), format=fmt, to_graph=f"{BASE}graph/report/copy-{start}")


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def bench_direct(store: Store, text: str, seconds: float) -> list[float]:
    times = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        start = time.perf_counter()
        result = store.query(text)  # the default graph is the merge, as in the server
        if isinstance(result, ox.QuerySolutions):
            result.serialize(format=ox.QueryResultsFormat.JSON)
        else:
            list(result) if not isinstance(result, ox.QueryBoolean) else bool(result)
        times.append(time.perf_counter() - start)
    return times


def bench_http(url: str, name: str, clients: int, seconds: float) -> tuple[list[float], int]:
    times: list[float] = []
    errors = 0
    lock = threading.Lock()
    end = time.monotonic() + seconds

    def client() -> None:
        nonlocal errors
        while time.monotonic() < end:
            start = time.perf_counter()
            try:
                req = urllib.request.Request(
                    f"{url}/queries/{name}", headers={"Accept": "application/sparql-results+json"}
                )
                with urllib.request.urlopen(req, timeout=60) as r:
                    r.read()
                with lock:
                    times.append(time.perf_counter() - start)
            except OSError:
                with lock:
                    errors += 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, errors


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_serve(store: str, workers: int = 2, **env: str) -> tuple[subprocess.Popen[bytes], str]:
    """``wsiskg serve``'s gunicorn setup over ``store`` on a free port; (process, base URL) once it answers."""
    port = free_port()
    environ = {
        **os.environ,
        "WSISKG_STORE": store,
        "WSISKG_PORT": str(port),
        "WSISKG_WORKERS": str(workers),
        "WSISKG_MAX_ROWS": "1000000",
        "WSISKG_QUERY_TIMEOUT": "60",
        **env,
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from wsiskg.core.config import Config\nfrom wsiskg.server.serve import run\nrun(Config.from_env())",
        ],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(url + "/sparql?query=ASK%7B%7D", timeout=2).read()
            break
        except OSError:
            time.sleep(0.2)
    return server, url


def stop_serve(server: subprocess.Popen[bytes]) -> None:
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="synthetic", help="'synthetic', an RDF file, or an existing store directory")
    ap.add_argument("--copies", type=int, default=20, help="report identities to load the data under")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    ap.add_argument("--seconds", type=float, default=5.0, help="per query and mode")
    ap.add_argument("--queries", nargs="*", help="named queries to run (default: all)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="wsiskg-bench-"))
    try:
        if Path(args.data).is_dir():
            store_path = Path(args.data)
        else:
            store_path = tmp / "store"
            st = Store.open(store_path)
            fill(st, args.data, args.copies)
            st.close()
            del st
        store = Store.open(store_path, read_only=True)
        print(f"store: {store_path} ({len(store)} quads)")
        server, url = start_serve(str(store_path), args.workers)
        try:
            print(
                f"{'query':24} {'direct q/s':>10} {'p50 ms':>8} {'p99 ms':>8} | {'HTTP q/s':>9} {'p50 ms':>8} "
                f"{'p99 ms':>8} {'err':>4} | {'p50 ratio':>9}"
            )
            for q in list_queries():
                if args.queries and q.name not in args.queries:
                    continue
                direct = bench_direct(store, q.text, args.seconds)
                http, errors = bench_http(url, q.name, args.clients, args.seconds)
                if not http:
                    print(f"{q.name:24} no HTTP answer ({errors} errors)")
                    continue
                d50, d99 = statistics.median(direct) * 1000, percentile(direct, 99) * 1000
                h50, h99 = statistics.median(http) * 1000, percentile(http, 99) * 1000
                print(
                    f"{q.name:24} {len(direct) / args.seconds:10.1f} {d50:8.2f} {d99:8.2f} | "
                    f"{len(http) / args.seconds:9.1f} {h50:8.2f} {h99:8.2f} {errors:4d} | {h50 / max(d50, 1e-6):9.1f}"
                )
        finally:
            stop_serve(server)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

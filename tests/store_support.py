"""A writer that keeps rewriting and compacting an on-disk store, for tests of its readers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from rdflib import Graph, Literal, URIRef

from wsiskg.core.store import Store

P = URIRef("http://example.org/p")


def numbers(start: int, count: int) -> Graph:
    g = Graph()
    for i in range(start, start + count):
        g.add((URIRef(f"http://example.org/s{i}"), P, Literal(i)))
    return g


@contextmanager
def compacting_writer(store: Store) -> Iterator[None]:
    """While the block runs, replace graphs of ``store`` and compact it (RocksDB then deletes the
    files a read-only view opened before may still look for)."""
    stop = threading.Event()
    failures: list[BaseException] = []

    def write() -> None:
        i = 0
        try:
            while not stop.is_set():
                i += 1
                store.replace_graphs({f"http://g/{i % 4}": numbers(i, 500)})
                if i % 3 == 0:
                    store.inner.optimize()
                time.sleep(0.05)  # a writer between two ingests: readers may open the store in between
        except BaseException as exc:  # reported by the test, not lost in the thread
            failures.append(exc)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not failures, failures

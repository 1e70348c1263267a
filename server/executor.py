"""Query execution with a hard timeout.

pyoxigraph 0.5 has no timeout or cancel: an aggregate or ORDER BY runs entirely inside Rust
and no Python signal stops it. So for an on-disk store every query runs in a small pool of
worker processes (started from a ``forkserver``, each opening the store read-only); when a
query overruns ``timeout`` the process running it is killed (SIGKILL) and replaced, and the
caller gets :class:`QueryTimeout` (HTTP 503). Other requests keep being served by the other
workers. Workers re-open the read-only store after an update through this endpoint and at
most every ``REOPEN_SECONDS`` otherwise, so they see data ingested meanwhile.

An in-memory store (tests) cannot be shared with another process: queries then run in the
calling thread and the deadline is only checked while results stream (a SELECT is cut; an
aggregate is not). ``wsiskg serve`` always uses an on-disk store.

:func:`execute` is the one function that runs a query and serialises its answer; both
executors call it.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from wsiskg.core import query_scan
from wsiskg.core.errors import QueryError, WsisKgError
from wsiskg.core.store import Answer, Store, is_remote

from . import negotiation, results, sandbox

REOPEN_SECONDS = 2.0
#: seconds ``ProcessExecutor.close`` waits in all for its killed idle processes to be reported gone
CLOSE_WAIT_SECONDS = 0.5


class QueryTimeout(WsisKgError):
    """The query did not finish within the configured time (HTTP 503)."""


class Busy(WsisKgError):
    """Every query worker stayed busy for the whole timeout (HTTP 503)."""


@dataclass(frozen=True)
class Job:
    """One query to run, with everything needed to answer it (picklable)."""

    query: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    accept: str | None = None
    format: str | tuple[str, ...] | None = None
    max_rows: int = 10000
    base_iri: str | None = None


@dataclass(frozen=True)
class Outcome:
    form: str  # "select", "ask" or "graph"
    media_type: str
    body: bytes
    count: int = 0
    truncated: bool = False
    limit: int = 0


@dataclass
class _Clock:
    deadline: float | None = None

    def check(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise QueryTimeout("the query took longer than the configured timeout and was stopped")


def _kwargs(job: Job) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if job.default_graphs or job.named_graphs:
        # the protocol's dataset overrides FROM / FROM NAMED; a part it leaves out is empty
        kwargs["default_graph"] = list(job.default_graphs)
        kwargs["named_graphs"] = list(job.named_graphs)
    # otherwise the store's default graph is the merge of all named graphs (core/store.py)
    if job.base_iri:
        kwargs["base_iri"] = job.base_iri
    return kwargs


def execute(store: Store, job: Job, deadline: float | None = None) -> Outcome:
    """Run ``job`` on ``store`` and serialise the answer in the negotiated format."""
    clock = _Clock(deadline)
    query_scan.check_safe(job.query)
    try:
        answer = store.query(job.query, **_kwargs(job))
    except QueryError as exc:  # on the query page: the line itself and a caret under the error
        if isinstance(exc.__cause__, SyntaxError):
            raise QueryError(query_scan.explain_syntax_error(job.query, str(exc.__cause__))) from exc
        raise
    clock.check()
    try:
        return _serialise(answer, job, clock)
    except BaseException as exc:
        traceback.clear_frames(exc.__traceback__)
        if moved := store.moved(exc):
            raise moved from None
        if isinstance(exc, OSError):
            raise QueryError(f"query failed: {exc}") from None
        raise
    finally:
        # Oxigraph's result objects must be dropped by the thread that made them: an exception
        # (timeout, nothing acceptable) must not carry this frame, and the result, elsewhere
        del answer


def _serialise(answer: Answer, job: Job, clock: _Clock) -> Outcome:
    clock.check()
    if isinstance(answer, ox.QueryBoolean):
        media = negotiation.choose(job.format, job.accept, negotiation.ASK_TYPES)
        return Outcome("ask", media, results.boolean(bool(answer), media))
    if isinstance(answer, ox.QuerySolutions):
        media = negotiation.choose(job.format, job.accept, negotiation.SELECT_TYPES)
        variables = [v.value for v in answer.variables]
        rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None]] = []
        truncated = False
        for solution in answer:
            if len(rows) >= job.max_rows:
                truncated = True
                break
            rows.append([solution[v] for v in variables])
            if len(rows) % 512 == 0:
                clock.check()
        warning = _warning(job.max_rows) if truncated else None
        body = results.solutions(variables, rows, media, warning)
        return Outcome("select", media, body, len(rows), truncated, job.max_rows)
    media = negotiation.choose(job.format, job.accept, negotiation.GRAPH_TYPES)
    items: list[ox.Triple] = []
    truncated = False
    for triple in answer:
        if len(items) >= job.max_rows:
            truncated = True
            break
        items.append(triple)
        if len(items) % 512 == 0:
            clock.check()
    body = results.triples(items, media)
    return Outcome("graph", media, body, len(items), truncated, job.max_rows)


def _warning(limit: int) -> str:
    return (
        f"result truncated to the first {limit} rows (the server's cap); "
        "use LIMIT/OFFSET (a named query: limit= and offset=) to page through the rest"
    )


# ---------------------------------------------------------------------------- executors
class InlineExecutor:
    """Runs queries in the calling thread (in-memory stores); the deadline only cuts streaming."""

    def __init__(self, store: Store, timeout: float):
        self.store = store
        self.timeout = timeout

    def run(self, job: Job) -> Outcome:
        return execute(self.store, job, time.monotonic() + self.timeout)

    def store_changed(self) -> None:
        pass

    def close(self) -> None:
        pass


def _answer(store: Store, job: Job) -> Outcome:
    """:func:`execute` in a worker: run again on a fresh view when the store's writer (the server,
    after an update; ``wsiskg ingest``) compacted away files the view was reading."""
    return store.retrying(lambda: execute(store, job))


def _worker_main(path: object, conn: Connection) -> None:  # pragma: no cover - runs in a child process
    """A query worker: receive (generation, job), answer ("ok", outcome) or ("error", class, message, extra).

    Before the first query the process is tied to its parent's life and, over an embedded store,
    loses the right to open network sockets (see ``server/sandbox.py``). Over a remote store it
    must reach the engine; there the parsed-query check (no SERVICE, no LOAD) is what holds.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sandbox.die_with_parent()
    if not is_remote(path):
        sandbox.deny_network()
    store: Store | None = None
    opened_generation = -1
    opened_at = 0.0
    while True:
        try:
            generation, job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            now = time.monotonic()
            if store is None or generation != opened_generation or now - opened_at > REOPEN_SECONDS:
                store = Store.open(path, read_only=True)
                opened_generation, opened_at = generation, now
            conn.send(("ok", _answer(store, job)))
        except negotiation.NotAcceptable as exc:
            conn.send(("error", "NotAcceptable", str(exc), exc.offered))
        except WsisKgError as exc:
            conn.send(("error", type(exc).__name__, str(exc), None))
        except Exception as exc:  # a bug: reported as such, the worker lives on
            conn.send(("error", "RuntimeError", f"{type(exc).__name__}: {exc}", None))


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection


class ProcessExecutor:
    """A pool of killable worker processes over an on-disk store (see module docstring)."""

    def __init__(self, path: object, timeout: float, size: int = 2):
        self.path = path  # the store's location (a directory or a remote endpoint): Store.open(path)
        self.timeout = timeout
        self.size = size
        self.generation = 0
        self._free: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._started = False
        self._workers: set[int] = set()
        self._closed = False
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["pyoxigraph", "wsiskg.server.executor", "wsiskg.server.sandbox"])
        self.kills = 0

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=_worker_main, args=(self.path, child), daemon=True, name="wsiskg-query-worker"
        )
        process.start()
        child.close()
        assert process.pid is not None  # started
        with self._lock:
            self._workers.add(process.pid)
        return _Worker(process, parent)

    def start(self) -> None:
        """Start the worker processes now (else on the first query)."""
        self._ensure_started()

    def _ensure_started(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
        for _ in range(self.size):
            self._free.put(self._spawn())

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` for good and put a fresh one in the pool (in the background)."""
        self.kills += 1
        worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()
        with self._lock:
            self._workers.discard(worker.process.pid)

        def refill() -> None:
            if not self._closed:
                self._free.put(self._spawn())

        threading.Thread(target=refill, daemon=True).start()

    def run(self, job: Job) -> Outcome:
        self._ensure_started()
        start = time.monotonic()
        try:
            worker = self._free.get(timeout=self.timeout)
        except queue.Empty:
            raise Busy("every query worker is busy; try again in a moment") from None
        remaining = max(0.05, self.timeout - (time.monotonic() - start))
        try:
            worker.conn.send((self.generation, job))
            ready = worker.conn.poll(remaining)
            reply = worker.conn.recv() if ready else None
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            raise Busy("the query worker stopped unexpectedly; try again") from None
        if reply is None:
            self._replace(worker)
            raise QueryTimeout(f"the query took longer than {self.timeout:g} s and was stopped")
        self._free.put(worker)
        if reply[0] == "ok":
            outcome: Outcome = reply[1]
            return outcome
        _, kind, message, extra = reply
        if kind == "NotAcceptable":
            raise _not_acceptable(extra or [], message)
        raise _ERRORS.get(kind, RuntimeError)(message)

    def store_changed(self) -> None:
        """Tell the workers to re-open the store before their next query (after an update)."""
        self.generation += 1

    def live_pids(self) -> set[int]:
        with self._lock:
            return set(self._workers)

    def close(self) -> None:
        """Kill every query process at once, then wait for the idle ones' exit to be reported for
        ``CLOSE_WAIT_SECONDS`` in all (the forkserver reaps them either way): a stopping web worker must
        leave well within gunicorn's grace period, even on a loaded machine."""
        self._closed = True
        idle: list[_Worker] = []
        while True:
            try:
                worker = self._free.get_nowait()
            except queue.Empty:
                break
            worker.conn.close()
            worker.process.kill()
            idle.append(worker)
        deadline = time.monotonic() + CLOSE_WAIT_SECONDS
        for worker in idle:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
        for pid in self.live_pids():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def _not_acceptable(offered: list[str], message: str) -> negotiation.NotAcceptable:
    exc = negotiation.NotAcceptable(offered)
    exc.args = (message,)
    return exc


_ERRORS: dict[str, type[Exception]] = {
    "QueryError": QueryError,
    "QueryTimeout": QueryTimeout,
    "UnknownQueryError": QueryError,
    "StoreError": QueryError,
    "StoreMoved": Busy,
}


def make_executor(store: Store, timeout: float, size: int = 2) -> InlineExecutor | ProcessExecutor:
    """A process pool for an on-disk store, in-thread execution for an in-memory one."""
    if store.location is not None:
        return ProcessExecutor(store.location, timeout, size)
    return InlineExecutor(store, timeout)

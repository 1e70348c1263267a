"""Production HTTP server: gunicorn, embedded through its ``BaseApplication``.

``run(config)`` (what ``wsiskg serve`` calls) starts a gunicorn master on
``config.host:config.port`` with ``config.workers`` worker processes, each running
``gthread`` with ``THREADS`` threads and its own app (``preload_app`` is off: every worker
opens the Oxigraph store itself, read-only, so several workers share one store safely).

Process layout under load::

    gunicorn master
      +- worker 1 (threads) -- app -- query pool: QUERY_PROCESSES killable processes (forkserver)
      +- worker 2 (threads) -- app -- query pool: ...

Each SPARQL query runs in a query process that is killed and replaced when it overruns
``config.query_timeout`` (see ``server/executor.py``), so a gunicorn thread is never stuck
in Oxigraph. The gunicorn worker timeout is set well above the query timeout.

Stopping (SIGTERM, or Ctrl-C / SIGINT): each web worker wakes at once (its event loop is the
signal wake-up target), kills its query processes (running queries answer 503 at once, so
in-flight requests finish well within the short grace period; idle kept-alive connections are
closed after 0.2 s), then leaves with ``os._exit`` once its pool is closed: the interpreter is
not torn down around threads still inside Oxigraph, which is what crashed workers with SIGSEGV.
A query process is also killed by the kernel if its parent disappears (``server/sandbox.py``), so
none outlives the server. gunicorn's control socket is off (it defaulted to one path in
``~/.gunicorn/`` shared by every server of the user).

With ``config.update_enabled`` the store must be opened read-write, which only one process
may do: the server then runs ONE gunicorn worker (with threads). Put a reverse proxy (nginx,
Caddy) in front for TLS, compression and request-rate limits.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication

from wsiskg.core.config import Config

from . import context
from .executor import ProcessExecutor

THREADS = 4
#: seconds gunicorn's master lets a stopping web worker take before SIGKILL (its queries are killed
#: first, so a worker normally leaves at once; the margin is for a machine loaded by the queries
#: themselves, where 2 s once proved too short)
GRACEFUL_SECONDS = 5
#: seconds an idle kept-alive connection may linger once the worker stops (gunicorn's default: 2)
KEEPALIVE_LINGER = 0.2


def _app_of(worker: Any) -> Flask | None:
    app = getattr(worker, "wsgi", None)
    return app if isinstance(app, Flask) else None


def _stop_queries(worker: Any) -> None:
    app = _app_of(worker)
    if app is not None:
        context.close_executor(app)


def _start_queries(worker: Any) -> None:
    """Start the query processes now, with SIGINT ignored: the forkserver inherits that through exec,
    so a Ctrl-C (sent to the whole process group) cannot interrupt it while it is still starting."""
    app = _app_of(worker)
    if app is None:
        return
    executor = context.get_executor(app)
    if isinstance(executor, ProcessExecutor):
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            executor.start()
        finally:
            signal.signal(signal.SIGINT, previous)


def post_worker_init(worker: Any) -> None:
    """Wrap the worker's SIGTERM handler: stop accepting (gunicorn's), then kill the running queries."""
    from gunicorn.workers import gthread

    gthread.__dict__["STOP_KEEPALIVE_LINGER"] = KEEPALIVE_LINGER  # idle connections do not hold up the stop
    original = signal.getsignal(signal.SIGTERM)

    def on_term(signum: int, frame: FrameType | None) -> None:
        if callable(original):
            original(signum, frame)
        _stop_queries(worker)

    signal.signal(signal.SIGTERM, on_term)
    _start_queries(worker)
    # wake the worker's event loop on any signal: the signal may be delivered to a request thread,
    # and the main thread would otherwise notice it only when its poll times out (up to 1 s)
    wake_fd = getattr(getattr(worker, "method_queue", None), "_write_fd", None)
    if isinstance(wake_fd, int):
        signal.set_wakeup_fd(wake_fd, warn_on_full_buffer=False)


def _ignore_stop_signals() -> None:
    """A second stop signal (Ctrl-C reaches the worker and the master, which then sends SIGQUIT)
    must not interrupt the exit under way."""
    for sig in (signal.SIGINT, signal.SIGQUIT, signal.SIGTERM):
        signal.signal(sig, _ignore)


def _ignore(signum: int, frame: FrameType | None) -> None:
    """A no-op handler (not SIG_IGN: Python reports a signal that races with SIG_IGN as an error)."""


def worker_int(worker: Any) -> None:
    """Ctrl-C / SIGINT / SIGQUIT: kill the running queries before gunicorn exits the worker."""
    _ignore_stop_signals()
    _stop_queries(worker)


def worker_exit(server: Any, worker: Any) -> None:
    """The web worker's last act: close its query pool and store, then leave without interpreter teardown."""
    _ignore_stop_signals()
    try:
        _stop_queries(worker)
        app = _app_of(worker)
        if app is not None:
            context.get_store(app).close()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(0)


def options(config: Config) -> dict[str, Any]:
    """The gunicorn settings for ``config``."""
    workers = 1 if config.update_enabled else max(1, config.workers)
    hooks: dict[str, Callable[..., None]] = {
        "post_worker_init": post_worker_init,
        "worker_int": worker_int,
        "worker_exit": worker_exit,
    }
    return {
        "bind": f"{config.host}:{config.port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": THREADS,
        "timeout": int(config.query_timeout) + 30,
        "graceful_timeout": GRACEFUL_SECONDS,
        "keepalive": 5,
        "limit_request_line": 8190,
        "preload_app": False,
        "accesslog": "-",
        "errorlog": "-",
        "control_socket_disable": True,
        **hooks,
    }


class WsisKgServer(BaseApplication):
    """gunicorn application that builds the Flask app in each worker."""

    def __init__(self, config: Config, settings: dict[str, Any] | None = None):
        self.wsiskg_config = config
        self.settings = settings or options(config)
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.settings.items():
            if key in self.cfg.settings and value is not None:
                self.cfg.set(key.lower(), value)

    def load(self) -> Any:  # the WSGI app gunicorn serves (a Flask app)
        from .app import create_app

        return create_app(self.wsiskg_config)


def run(config: Config) -> None:
    """Serve the app with gunicorn until interrupted."""
    WsisKgServer(config).run()

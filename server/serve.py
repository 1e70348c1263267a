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

With ``config.update_enabled`` the store must be opened read-write, which only one process
may do: the server then runs ONE gunicorn worker (with threads). Put a reverse proxy (nginx,
Caddy) in front for TLS, compression and request-rate limits.
"""

from __future__ import annotations

from gunicorn.app.base import BaseApplication

from wsiskg.core.config import Config

THREADS = 4


def options(config: Config) -> dict:
    """The gunicorn settings for ``config``."""
    workers = 1 if config.update_enabled else max(1, config.workers)
    return {
        "bind": f"{config.host}:{config.port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": THREADS,
        "timeout": int(config.query_timeout) + 30,
        "graceful_timeout": 10,
        "keepalive": 5,
        "limit_request_line": 8190,
        "preload_app": False,
        "accesslog": "-",
        "errorlog": "-",
    }


class WsisKgServer(BaseApplication):
    """gunicorn application that builds the Flask app in each worker."""

    def __init__(self, config: Config, settings: dict | None = None):
        self.wsiskg_config = config
        self.settings = settings or options(config)
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.settings.items():
            if key in self.cfg.settings and value is not None:
                self.cfg.set(key.lower(), value)

    def load(self):
        from .app import create_app

        return create_app(self.wsiskg_config)


def run(config: Config) -> None:
    """Serve the app with gunicorn until interrupted."""
    WsisKgServer(config).run()

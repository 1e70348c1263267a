"""Helpers for the SPARQL endpoint tests: apps over small stores, a live server, a TCP listener."""

from __future__ import annotations

import os
import shutil
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from werkzeug.serving import make_server

from wsiskg.core.config import Config
from wsiskg.core.store import Store
from wsiskg.server.app import create_app

ROOT = Path(__file__).resolve().parents[1]
W3C = ROOT / "tests" / "w3c"
KASEI = "http://kasei.us/2009/09/sparql/data/"
EX = "http://example.org/"
TOKEN = "s3cret-token"


def load_w3c_graphs(store: Store) -> None:
    """The protocol tests' graph data under the names the manifest gives them."""
    for n in (1, 2, 3):
        store.load(path=W3C / "protocol" / f"data{n}.nt", format=ox.RdfFormat.N_TRIPLES, to_graph=f"{KASEI}data{n}.rdf")


def fill_small(store: Store) -> None:
    """Two named graphs of a few people, plus the W3C graphs."""
    store.inner.update(f"""
        PREFIX ex: <{EX}>
        INSERT DATA {{
          GRAPH ex:g1 {{ ex:alice a ex:Person ; ex:name "Alice"@en ; ex:age 42 . ex:bob a ex:Person ; ex:name "Bob" }}
          GRAPH ex:g2 {{ ex:carol a ex:Person ; ex:name "Carol, \\"C\\"\\tT" ; ex:knows ex:alice , _:x }}
        }}""")
    load_w3c_graphs(store)  # also brings the merge (the default graph) up to date


def app_for(store: Store, **overrides):
    settings = {"store": store.path, "query_timeout": 5.0, "max_rows": 1000, "max_query_bytes": 20_000}
    settings.update(overrides)
    app = create_app(Config(**settings), store=store)
    app.testing = True
    return app


def close_app(app) -> None:
    executor = app.extensions.get("wsiskg.executor")
    if executor is not None:
        executor.close()


@contextmanager
def live_server(app):
    """``app`` served by a threaded werkzeug server on 127.0.0.1 and a free port; yields the base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)
        server.server_close()


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections it receives."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            conn.close()

    def url(self, path: str = "x") -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


#: Debian's chromium and chromedriver (the browser tests skip without them)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
)


@contextmanager
def chromium(window: str | None = "1200,900", extra: tuple[str, ...] = ()) -> Iterator[Any]:
    """A headless Debian chromium driven by selenium, offline (only 127.0.0.1 resolves); skips the
    test when chromium or chromedriver is not installed."""
    import pytest

    if not CHROMIUM or not CHROMEDRIVER:
        pytest.skip("Debian chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    args = [
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        *extra,
    ]
    if window:
        args.append(f"--window-size={window}")
    for arg in args:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER, log_output=os.devnull), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()

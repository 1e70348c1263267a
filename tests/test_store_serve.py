"""``wsiskg serve`` over a remote store keeps its pages and its safety: row caps, no SERVICE or
LOAD, and the hard timeout (queries run in killable worker processes that open the endpoint)."""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from wsiskg.core.config import Config
from wsiskg.core.store import META, Store
from wsiskg.ingest.pipeline import ingest_files
from wsiskg.server.app import create_app
from wsiskg.server.executor import ProcessExecutor

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "cwg-wsis-sdg-38-report.txt"
MEETING = "https://w3id.org/wsis-kg/id/meeting/cwg-wsis-sdg-38"


def _app(location: str, **settings):
    cfg = Config(store=location, store_user="dba", store_password="dba", **settings)
    app = create_app(cfg)
    app.testing = True
    return app


def _close(app) -> None:
    executor = app.extensions.get("wsiskg.executor")
    if executor is not None:
        executor.close()


@pytest.fixture(scope="module")
def remote_app(virtuoso):
    virtuoso.clear()
    with Store.open(virtuoso.location, user="dba", password="dba") as st:
        ingest_files([SAMPLE], st, Config(store=None))
    app = _app(virtuoso.location, max_rows=5, query_timeout=20.0)
    yield app
    _close(app)


def test_queries_run_in_killable_workers_with_the_row_cap(remote_app):
    client = remote_app.test_client()
    r = client.get("/sparql", query_string={"query": "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"})
    assert r.status_code == 200
    assert r.headers["X-SPARQL-Truncated"] == "true" and r.headers["X-SPARQL-Limit"] == "5"
    assert len(r.get_json()["results"]["bindings"]) == 5
    assert isinstance(remote_app.extensions["wsiskg.executor"], ProcessExecutor)


@pytest.mark.parametrize(
    "query",
    ["SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "LOAD <http://127.0.0.1:9/x.ttl>"],
)
def test_service_and_load_are_refused(remote_app, query):
    field = "update" if query.startswith("LOAD") else "query"
    r = remote_app.test_client().post("/sparql", data={field: query})
    assert 400 <= r.status_code < 500


def test_the_pages_and_named_queries(remote_app):
    client = remote_app.test_client()
    page = client.get("/id/meeting/cwg-wsis-sdg-38", headers={"Accept": "text/html"})
    assert page.status_code == 200 and b"38th meeting" in page.data
    turtle = client.get("/id/meeting/cwg-wsis-sdg-38", headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200 and MEETING.encode() in turtle.data
    people = client.get("/queries/people", headers={"Accept": "application/sparql-results+json"})
    assert people.status_code == 200 and people.get_json()["results"]["bindings"]
    assert client.get("/stats").status_code == 200
    described = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert described.status_code == 200 and b"void:triples" in described.data
    assert META.encode() not in described.data


# ---------------------------------------------------------------------------- the timeout, on a slow engine
class _SlowEngine(BaseHTTPRequestHandler):
    """Says a store exists; takes far too long over every other query."""

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length", 0))
        query = urllib.parse.parse_qs(self.rfile.read(length).decode()).get("query", [""])[0]
        if query.startswith("ASK"):
            body = b'{"head": {}, "boolean": true}'
        else:
            time.sleep(3)
            body = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": []}}).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client went away (its worker was killed)

    def log_message(self, *args: object) -> None:
        pass


def test_a_query_the_engine_does_not_answer_in_time_is_stopped():
    engine = ThreadingHTTPServer(("127.0.0.1", 0), _SlowEngine)
    engine.daemon_threads = True
    thread = threading.Thread(target=engine.serve_forever, daemon=True)
    thread.start()
    app = _app(f"sparql+http://127.0.0.1:{engine.server_port}/sparql", query_timeout=0.5)
    try:
        r = app.test_client().get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
        assert r.status_code == 503
        assert "longer than" in r.get_json()["error"]["message"]
        assert app.extensions["wsiskg.executor"].kills == 1
    finally:
        _close(app)
        engine.shutdown()
        engine.server_close()

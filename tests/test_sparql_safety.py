"""Safety of the public endpoint: no network, no files, hard timeout, caps, refusals."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sparql_support import EX, TOKEN, Listener, app_for, close_app, fill_small

from wsiskg.core import query_scan
from wsiskg.core.errors import QueryError
from wsiskg.core.store import Store


@pytest.fixture
def listener():
    lst = Listener()
    yield lst
    lst.close()


@pytest.fixture
def app():
    store = Store.open(None)
    fill_small(store)
    app = app_for(store, update_enabled=True, update_token=TOKEN, max_rows=2, max_query_bytes=2000)
    yield app
    close_app(app)


@pytest.fixture
def client(app):
    return app.test_client()


# ---------------------------------------------------------------- SERVICE / LOAD, by a real tokenizer
@pytest.mark.parametrize(
    "text",
    [
        "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }",
        "select * {service<http://x/>{?s ?p ?o}}",
        "SELECT * { SERVICE SILENT <http://x/> { ?s ?p ?o } }",
        "SELECT * { \\u0053ERVICE <http://x/> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { SeRvIcE ?g { ?s ?p ?o } } }",
        "LOAD <http://x/data.ttl>",
        "LOAD SILENT <file:///etc/passwd> INTO GRAPH <http://g>",
    ],
)
def test_service_and_load_refused(text):
    with pytest.raises(QueryError):
        query_scan.check_safe(text)


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * { ?s <http://example.org/SERVICE> "SERVICE and LOAD" } # SERVICE <http://x>',
        "SELECT ?service ?load { ?service ex:SERVICE ?load }",
        "SELECT * { ?s ?p '''multi\nline SERVICE <http://x/> { }''' }",
    ],
)
def test_words_in_strings_iris_names_are_not_keywords(text):
    query_scan.check_safe(text)


@pytest.mark.parametrize(
    "listener_query",
    [
        "SELECT * FROM <{url}> {{ ?s ?p ?o }}",
        "SELECT * FROM NAMED <{url}> {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        "SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        "CONSTRUCT {{ <{url}> <http://www.w3.org/ns/json-ld#context> <{url}> }} WHERE {{ }}",
    ],
)
def test_no_query_opens_a_network_connection(client, listener, listener_query):
    q = listener_query.format(url=listener.url())
    for accept in ("application/sparql-results+json", "application/ld+json", "application/rdf+xml"):
        client.get("/sparql", query_string={"query": q}, headers={"Accept": accept})
        client.get(
            "/sparql",
            query_string={"query": q, "default-graph-uri": listener.url("d"), "named-graph-uri": listener.url("n")},
        )
    time.sleep(0.2)
    assert listener.connections == 0


def test_update_load_is_refused_even_with_the_token(client, listener):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
    for update in (
        f"LOAD <{listener.url()}>",
        f"LOAD SILENT <{listener.url()}> INTO GRAPH <{EX}x>",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{listener.url()}> {{ ?s ?p ?o }} }}",
        "LOAD <file:///etc/passwd>",
    ):
        r = client.post("/sparql", data=update, headers=auth)
        assert r.status_code == 400, update
    time.sleep(0.2)
    assert listener.connections == 0


def test_the_listener_does_see_connections(listener):
    """Guard: the no-connection tests above would catch a connection."""
    import socket

    with socket.create_connection(("127.0.0.1", listener.port), timeout=2):
        pass
    deadline = time.monotonic() + 2
    while listener.connections == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert listener.connections == 1


# ---------------------------------------------------------------- caps
def test_row_cap_is_visible(client):
    q = f"SELECT ?s {{ ?s a <{EX}Person> }}"
    r = client.get("/sparql", query_string={"query": q})
    assert r.headers["X-SPARQL-Truncated"] == "true" and r.headers["X-SPARQL-Limit"] == "2"
    data = r.get_json()
    assert len(data["results"]["bindings"]) == 2 and "truncated" in data["warning"]
    r = client.get("/sparql", query_string={"query": q, "format": "xml"})
    assert b"truncated" in r.data and r.headers["X-SPARQL-Truncated"] == "true"
    r = client.get("/sparql", query_string={"query": q + " LIMIT 2"})
    assert "X-SPARQL-Truncated" not in r.headers and "warning" not in r.get_json()


def test_construct_cap_is_visible(client):
    r = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert r.headers["X-SPARQL-Truncated"] == "true"


def test_query_size_cap_is_413(client):
    big = "ASK {} #" + "x" * 3000
    assert client.get("/sparql", query_string={"query": big}).status_code == 413
    assert client.post("/sparql", data=big, headers={"Content-Type": "application/sparql-query"}).status_code == 413
    assert client.post("/sparql", data={"query": "ASK {} #" + "%" * 2500}).status_code == 413
    huge = b"query=" + b"A" * 20_000
    r = client.post("/sparql", data=huge, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413 and r.get_json()["error"]["status"] == 413


# ---------------------------------------------------------------- hard timeout
@pytest.fixture
def disk_app(tmp_path):
    store = Store.open(tmp_path / "store")
    triples = " ".join(f"<{EX}s{i}> <{EX}p{i % 7}> {i} ." for i in range(3000))
    store.inner.update(f"INSERT DATA {{ GRAPH <{EX}big> {{ {triples} }} }}")
    store.resync_merge()
    store.inner.flush()
    app = app_for(store, query_timeout=1.0)
    yield app
    close_app(app)
    store.close()


PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def test_timeout_kills_the_worker_and_others_are_served(disk_app):
    client = disk_app.test_client()
    warm = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    assert warm.get_json()["boolean"] is True
    executor = disk_app.extensions["wsiskg.executor"]
    pids_before = executor.live_pids()
    outcome: dict = {}

    def slow() -> None:
        start = time.monotonic()
        r = disk_app.test_client().get("/sparql", query_string={"query": PATHOLOGICAL})
        outcome["status"], outcome["elapsed"], outcome["body"] = r.status_code, time.monotonic() - start, r.get_json()

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.2)
    quick = client.get("/sparql", query_string={"query": f"SELECT (COUNT(*) AS ?n) {{ <{EX}s1> ?p ?o }}"})
    assert quick.status_code == 200  # answered while the pathological query runs
    assert quick.get_json()["results"]["bindings"][0]["n"]["value"] == "1"
    thread.join(timeout=30)
    assert outcome["status"] == 503
    assert "timeout" in outcome["body"]["error"]["message"] or "longer than" in outcome["body"]["error"]["message"]
    assert executor.kills == 1
    killed = pids_before - executor.live_pids()
    assert len(killed) == 1
    pid = killed.pop()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the process that ran it is gone: nothing keeps computing
    # the pool is whole again and answers
    for _ in range(3):
        r = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
        assert r.status_code == 200
    deadline = time.monotonic() + 10
    while len(executor.live_pids()) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(executor.live_pids()) == 2


def test_in_memory_executor_cuts_streaming_results():
    from wsiskg.server.executor import InlineExecutor, Job, QueryTimeout

    store = Store.open(None)
    store.inner.update("INSERT DATA { " + " ".join(f"<{EX}s{i}> <{EX}p> {i} ." for i in range(300)) + " }")
    executor = InlineExecutor(store, timeout=0.0)
    with pytest.raises(QueryTimeout):
        executor.run(Job("SELECT * { ?a ?b ?c . ?d ?e ?f }", max_rows=10**9))


# ---------------------------------------------------------------- obfuscated SERVICE, and workers without network
#: SERVICE written every way the grammar allows (escapes, case, comments, prefixed and relative IRIs,
#: variables, nested groups, escaped local names just before the clause); {url} is a local listener
OBFUSCATED = [
    "SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * {{ \\U00000053ERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * {{ SERV\\u0049CE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * {{ sErViCe#comment\n<{url}>{{?s ?p ?o}} }}",
    "PREFIX ex: <{url}> SELECT * {{ SERVICE ex: {{ ?s ?p ?o }} }}",
    "PREFIX ex: <{base}> SELECT * {{ SERVICE ex:x {{ ?s ?p ?o }} }}",
    "BASE <{url}> SELECT * {{ SERVICE <> {{ ?s ?p ?o }} }}",
    "SELECT * {{ VALUES ?svc {{ <{url}> }} SERVICE ?svc {{ ?s ?p ?o }} }}",
    "PREFIX ex: <http://example.org/> SELECT * {{ ?s ex:a\\~b ?o . SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX ex: <http://example.org/> SELECT * {{ ?s ex:p\\.q ex:o\\- SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX ex: <http://example.org/> SELECT * {{ ?s ?p ex:\\&x SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * {{ OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * {{ {{ ?s ?p ?o }} UNION {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * {{ ?s ?p ?o MINUS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * {{ {{ SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
    "ASK {{ SERVICE <{url}> {{ }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "DESCRIBE ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
]


@pytest.mark.parametrize("form", OBFUSCATED)
def test_the_parsed_query_decides(form):
    with pytest.raises(QueryError, match="SERVICE"):
        query_scan.check_safe(form.format(url="http://127.0.0.1:9/x", base="http://127.0.0.1:9/"))


def test_no_obfuscated_service_reaches_the_network(disk_app, listener):
    client = disk_app.test_client()
    for form in OBFUSCATED:
        q = form.format(url=listener.url(), base=listener.url(""))
        r = client.get("/sparql", query_string={"query": q})
        assert r.status_code == 400, q
    time.sleep(0.2)
    assert listener.connections == 0


def test_query_workers_cannot_open_network_sockets(disk_app):
    client = disk_app.test_client()
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200
    pids = disk_app.extensions["wsiskg.executor"].live_pids()
    assert pids
    for pid in pids:
        status = Path(f"/proc/{pid}/status").read_text()
        assert "Seccomp:\t2" in status  # a seccomp filter is in force


SANDBOXED = """
import socket, sys
import pyoxigraph as ox
from wsiskg.server.sandbox import deny_network
assert deny_network()
a, b = socket.socketpair()  # the pipe to the web worker still works
try:
    socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2)
except PermissionError:
    pass
else:
    raise SystemExit("python opened a connection")
try:
    list(ox.Store().query(f"SELECT * {{ SERVICE <http://127.0.0.1:{sys.argv[1]}/x> {{ ?s ?p ?o }} }}"))
except OSError as exc:
    print("refused:", exc)
else:
    raise SystemExit("oxigraph answered a SERVICE query")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="seccomp is Linux only")
def test_a_bypassed_check_still_reaches_nothing(listener):
    """The worker's second wall: with the check skipped, Oxigraph's own HTTP client cannot connect."""
    run = subprocess.run(
        [sys.executable, "-c", SANDBOXED, str(listener.port)], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert "refused:" in run.stdout
    time.sleep(0.2)
    assert listener.connections == 0


def test_a_worker_reopens_its_view_when_the_writer_compacted_files_away(tmp_path, monkeypatch):
    """A query worker's read-only view meets a file its writer (the server after an update, an
    ingest) compacted away: the view is opened again and the query runs again; when the store keeps
    moving, the client gets a 503 to try again, never a 500."""
    from store_support import numbers

    from wsiskg.core.store import READ_AGAIN_ATTEMPTS, StoreMoved
    from wsiskg.server import executor

    Store.open(tmp_path / "s").replace_graphs({"http://g/base": numbers(0, 300)})
    job = executor.Job("SELECT ?o { GRAPH <http://g/base> { ?s ?p ?o } }", accept="text/csv")
    view = Store.open(tmp_path / "s", read_only=True)
    first_files = view.inner
    calls: list[object] = []
    real_execute = executor.execute

    def moved_once(store: Store, job: executor.Job) -> executor.Outcome:
        calls.append(store.inner)
        if len(calls) == 1:
            raise StoreMoved(store.path)
        return real_execute(store, job)

    monkeypatch.setattr(executor, "execute", moved_once)
    outcome = executor._answer(view, job)
    assert sorted(int(v) for v in outcome.body.decode().split()[1:]) == list(range(300))
    assert calls[0] is first_files and calls[1] is not first_files  # the second run read a fresh view

    def always_moved(store: Store, job: executor.Job) -> executor.Outcome:
        calls.append(store.inner)
        raise StoreMoved(store.path)

    calls.clear()
    monkeypatch.setattr(executor, "execute", always_moved)
    with pytest.raises(StoreMoved):
        executor._answer(view, job)
    assert len(calls) == READ_AGAIN_ATTEMPTS
    assert executor._ERRORS["StoreMoved"] is executor.Busy  # the worker's reply: a 503, try again

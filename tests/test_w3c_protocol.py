"""The W3C SPARQL 1.1 Protocol and Service Description tests, run against the app.

Each ``mf:ProtocolTest`` of ``tests/w3c/protocol/manifest.ttl`` is an HTTP exchange: its requests
are replayed in order through the Flask test client on a fresh store holding the tests' graph
data (loaded locally; nothing is fetched). Two endpoints are tested: read-only (the default;
update tests then do not apply and must be refused with 403) and update-enabled (every test
applies; the bearer token is added). Expected failures live in ``tests/w3c/expected-failures.txt``
(``name<TAB>reason``); the totals are printed as "N passed, N failed".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.collection import Collection
from sparql_support import TOKEN, W3C, app_for, close_app, load_w3c_graphs

from wsiskg.core.store import Store
from wsiskg.server.service_description import SD

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
MANIFEST = W3C / "protocol" / "manifest.ttl"
SD_MANIFEST = W3C / "service-description" / "manifest.ttl"
EXPECTED_FAILURES = W3C / "expected-failures.txt"

RESULT_TYPES = {
    "boolean": {"application/sparql-results+json", "application/sparql-results+xml"},
    "tabular": {
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    },
    "RDF": {"text/turtle", "application/rdf+xml", "application/n-triples", "application/ld+json"},
}


@dataclass(frozen=True)
class Exchange:
    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    statuses: tuple[str, ...]
    fmt: str | None
    boolean: bool | None


@dataclass(frozen=True)
class ProtocolTest:
    name: str
    label: str
    exchanges: tuple[Exchange, ...]

    @property
    def is_update(self) -> bool:
        return self.name.startswith("update_")


def load_manifest(path: Path = MANIFEST) -> list[ProtocolTest]:
    g = Graph().parse(path, format="turtle")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    tests = []
    for entry in Collection(g, g.value(manifest, MF.entries)):
        action = g.value(entry, MF.action)
        exchanges = []
        for req in Collection(g, g.value(action, HT.requests)):
            headers = []
            hlist = g.value(req, HT.headers)
            for h in Collection(g, hlist) if hlist is not None else []:
                headers.append((str(g.value(h, HT.fieldName)), str(g.value(h, HT.fieldValue))))
            body_node = g.value(req, HT.body)
            body = None
            if body_node is not None:
                encoding = str(g.value(body_node, CNT.characterEncoding) or "UTF-8")
                body = str(g.value(body_node, CNT.chars)).encode(encoding.lower())
            resp = g.value(req, HT.resp)
            statuses = tuple(sorted(str(s).rsplit("#", 1)[1] for s in g.objects(resp, MF.expectedStatus)))
            fmt = g.value(resp, MF.expectedFormat)
            boolean = g.value(resp, MF.expectedBoolean)
            exchanges.append(
                Exchange(
                    str(g.value(req, HT.methodName)),
                    str(g.value(req, HT.absolutePath)),
                    tuple(headers),
                    body,
                    statuses,
                    str(fmt) if fmt else None,
                    boolean.toPython() if boolean is not None else None,
                )
            )
        tests.append(ProtocolTest(str(entry).rsplit("#", 1)[1], str(g.value(entry, MF.name)), tuple(exchanges)))
    return tests


def expected_failures() -> dict[str, str]:
    out = {}
    for line in EXPECTED_FAILURES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition("\t")
            out[name.strip()] = reason.strip()
    return out


def check_exchange(client, ex: Exchange, update_enabled: bool) -> str | None:
    """None when the response is what the test expects, else what went wrong."""
    headers = dict(ex.headers)
    if update_enabled:
        headers["Authorization"] = f"Bearer {TOKEN}"
    r = client.open(ex.path, method=ex.method, headers=headers, data=ex.body)
    klass = f"StatusCode{r.status_code // 100}xx"
    if klass not in ex.statuses:
        return f"{ex.method} {ex.path[:60]}: status {r.status_code}, expected {ex.statuses}: {r.data[:200]!r}"
    if ex.fmt and r.mimetype not in RESULT_TYPES[ex.fmt]:
        return f"format {r.mimetype} is not {ex.fmt}"
    if ex.boolean is not None:
        if r.mimetype == "application/sparql-results+json":
            value = json.loads(r.data)["boolean"]
        else:
            value = b"<boolean>true</boolean>" in r.data
        if value != ex.boolean:
            return f"boolean {value}, expected {ex.boolean}"
    return None


def run_test(test: ProtocolTest, update_enabled: bool) -> str | None:
    store = Store.open(None)
    load_w3c_graphs(store)
    app = app_for(store, update_enabled=update_enabled, update_token=TOKEN)
    try:
        client = app.test_client()
        for ex in test.exchanges:
            problem = check_exchange(client, ex, update_enabled)
            if problem:
                return problem
        return None
    finally:
        close_app(app)


TESTS = load_manifest()
MODES = ["read-only", "update-enabled"]


def applies(test: ProtocolTest, mode: str) -> bool:
    return mode == "update-enabled" or not test.is_update


def test_manifest_is_complete():
    assert len(TESTS) == 34
    assert sum(t.is_update for t in TESTS) == 7


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_protocol(test, mode):
    if not applies(test, mode):
        # on a read-only endpoint an update must be refused (403), never run
        store = Store.open(None)
        app = app_for(store)
        r = app.test_client().open(
            test.exchanges[0].path, method="POST", data=test.exchanges[0].body, headers=dict(test.exchanges[0].headers)
        )
        assert r.status_code == 403
        return
    problem = run_test(test, mode == "update-enabled")
    known = expected_failures()
    if test.name in known:
        assert problem is not None, f"{test.name} passes now: remove it from expected-failures.txt"
        pytest.xfail(known[test.name])
    assert problem is None, problem


def test_protocol_summary(capsys):
    for mode in MODES:
        results = [run_test(t, mode == "update-enabled") for t in TESTS if applies(t, mode)]
        passed = sum(r is None for r in results)
        with capsys.disabled():
            print(f"\nW3C SPARQL 1.1 protocol ({mode}): {passed} passed, {len(results) - passed} failed")
        assert len(results) - passed == len(
            [n for n in expected_failures() if any(t.name == n and applies(t, mode) for t in TESTS)]
        )


# ---------------------------------------------------------------- service description
SD_TERMS = {
    str(SD[t])
    for t in (
        "Service",
        "endpoint",
        "supportedLanguage",
        "SPARQL11Query",
        "SPARQL11Update",
        "feature",
        "UnionDefaultGraph",
        "resultFormat",
        "defaultDataset",
        "Dataset",
        "defaultGraph",
        "Graph",
        "namedGraph",
        "NamedGraph",
        "name",
        "graph",
    )
}


def service_description(accept: str = "text/turtle") -> tuple[Graph, str]:
    store = Store.open(None)
    load_w3c_graphs(store)
    app = app_for(store)
    r = app.test_client().get("/sparql/", headers={"Accept": accept}, base_url="http://www.example")
    assert r.status_code == 200
    return Graph().parse(data=r.data, format="turtle" if accept == "text/turtle" else "xml"), r.mimetype


def test_sd_returns_rdf():
    for accept in ("text/turtle", "application/rdf+xml"):
        graph, mimetype = service_description(accept)
        assert mimetype == accept and len(graph) > 10


def test_sd_has_endpoint_triple():
    graph, _ = service_description()
    assert (None, SD.endpoint, URIRef("http://www.example/sparql/")) in graph


def test_sd_conforms_to_schema():
    graph, _ = service_description()
    used = {str(t) for triple in graph for t in triple if str(t).startswith(str(SD))}
    assert used <= SD_TERMS, used - SD_TERMS
    service = next(graph.subjects(RDF.type, SD.Service))
    assert graph.value(service, SD.endpoint) is not None
    dataset = graph.value(service, SD.defaultDataset)
    assert (dataset, RDF.type, SD.Dataset) in graph
    for named in graph.objects(dataset, SD.namedGraph):
        assert isinstance(graph.value(named, SD.name), URIRef)

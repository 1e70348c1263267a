"""Real SPARQL clients against a live local server (127.0.0.1, a free port)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from sparql_support import EX, app_for, close_app, fill_small, live_server
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from wsiskg.core.store import Store

pytestmark = pytest.mark.live

PEOPLE = f"SELECT ?p ?name WHERE {{ ?p a <{EX}Person> ; <{EX}name> ?name }} ORDER BY ?name"


@pytest.fixture(scope="module", params=["memory", "disk"])
def endpoint(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "store" if request.param == "disk" else None
    store = Store.open(path)
    fill_small(store)
    app = app_for(store)
    with live_server(app) as base:
        yield base + "/sparql"
    close_app(app)
    store.close()


def wrapper(endpoint: str, fmt, method: str = "GET") -> SPARQLWrapper:
    sw = SPARQLWrapper(endpoint)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    return sw


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_json(endpoint, method):
    sw = wrapper(endpoint, JSON, method)
    sw.setQuery(PEOPLE)
    data = sw.queryAndConvert()
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == ["Alice", "Bob", 'Carol, "C"\tT']


def test_sparqlwrapper_xml(endpoint):
    sw = wrapper(endpoint, XML)
    sw.setQuery(PEOPLE)
    doc = sw.queryAndConvert()  # a minidom document
    literals = [n.firstChild.data for n in doc.getElementsByTagName("literal")]
    assert literals == ["Alice", "Bob", 'Carol, "C"\tT']


def test_sparqlwrapper_csv(endpoint):
    sw = wrapper(endpoint, CSV)
    sw.setQuery(PEOPLE)
    text = sw.queryAndConvert().decode("utf-8")
    assert text.splitlines()[0] == "p,name"


def test_sparqlwrapper_ask(endpoint):
    sw = wrapper(endpoint, JSON)
    sw.setQuery(f"ASK {{ <{EX}alice> <{EX}age> 42 }}")
    assert sw.queryAndConvert()["boolean"] is True


def test_sparqlwrapper_construct(endpoint):
    sw = wrapper(endpoint, TURTLE)
    sw.setQuery(f"CONSTRUCT {{ ?p <{EX}label> ?name }} WHERE {{ ?p <{EX}name> ?name }}")
    result = sw.queryAndConvert()
    g = result if isinstance(result, Graph) else Graph().parse(data=result, format="turtle")
    assert (URIRef(f"{EX}bob"), URIRef(f"{EX}label"), Literal("Bob")) in g
    assert len(g) == 3


@pytest.mark.parametrize("fmt", [RDFXML, JSONLD, N3, TURTLE])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_construct_in_every_format_with_its_default_parameters(endpoint, fmt, method):
    # without onlyConneg SPARQLWrapper also sends format=/output=/results= (e.g. 'rdf+xml', then the media type)
    sw = wrapper(endpoint, fmt, method)
    sw.setQuery(f"CONSTRUCT {{ ?p <{EX}label> ?name }} WHERE {{ ?p <{EX}name> ?name }}")
    response = sw.query().response  # (its convert() builds a deprecated rdflib ConjunctiveGraph)
    media = response.headers["Content-Type"].split(";")[0]
    assert media == {RDFXML: "application/rdf+xml", JSONLD: "application/ld+json"}.get(fmt, "text/turtle")
    # pyoxigraph parses all three (rdflib's JSON-LD parser warns)
    triples = {
        (q.subject.value, q.predicate.value, q.object.value)
        for q in ox.parse(response.read(), format=ox.RdfFormat.from_media_type(media))
    }
    assert (f"{EX}bob", f"{EX}label", "Bob") in triples and len(triples) == 3


def test_sparqlwrapper_tsv(endpoint):
    sw = wrapper(endpoint, TSV)
    sw.setQuery(PEOPLE)
    assert sw.queryAndConvert().decode("utf-8").splitlines()[0] == "?p\t?name"


def test_sparqlwrapper_sees_errors(endpoint):
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    sw = wrapper(endpoint, JSON)
    sw.setQuery("SELECT * WHERE { ?s ?p }")
    with pytest.raises(QueryBadFormed):
        sw.queryAndConvert()


def test_rdflib_sparqlstore_as_remote_graph(endpoint):
    store = SPARQLStore(endpoint, returnFormat="json")
    g = Graph(store=store)
    try:
        names = sorted(str(o) for o in g.objects(URIRef(f"{EX}alice"), URIRef(f"{EX}name")))
        assert names == ["Alice"]
        assert (URIRef(f"{EX}carol"), URIRef(f"{EX}knows"), URIRef(f"{EX}alice")) in g
        rows = list(g.query(PEOPLE))
        assert [str(r.name) for r in rows] == ["Alice", "Bob", 'Carol, "C"\tT']
        assert rows[0].name.language == "en"
        assert g.query(f"ASK {{ <{EX}bob> ?p ?o }}").askAnswer is True
    finally:
        store.close()


# ---------------------------------------------------------------- the curl examples of docs/sparql.md
def curl_examples() -> list[tuple[list[str], int | None]]:
    import re
    import shlex

    from sparql_support import ROOT

    text = (ROOT / "docs" / "sparql.md").read_text(encoding="utf-8")
    examples = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for line in block.splitlines():
            if not line.startswith("curl "):
                continue
            command, _, expect = line.partition("# ->")
            examples.append((shlex.split(command), int(expect) if expect.strip() else None))
    return examples


def test_docs_curl_examples(tmp_path):
    import shutil
    import subprocess

    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    examples = curl_examples()
    assert len(examples) >= 10
    store = Store.open(None)
    fill_small(store)
    app = app_for(store)
    try:
        with live_server(app) as base:
            for argv, expected in examples:
                argv = [a.replace("http://localhost:5000", base) for a in argv]
                out = subprocess.run(
                    argv + ["-s", "-o", str(tmp_path / "body"), "-w", "%{http_code}"],
                    capture_output=True,
                    text=True,
                    timeout=30,
                )
                status = int(out.stdout.strip() or 0)
                body = (tmp_path / "body").read_bytes()
                if expected is None:
                    assert 200 <= status < 300, (argv, status, body[:300])
                    assert body
                else:
                    assert status == expected, (argv, status, body[:300])
    finally:
        close_app(app)

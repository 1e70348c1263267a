"""The SPARQL 1.1 Protocol at /sparql: operations, datasets, negotiation, errors, updates, named queries."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from sparql_support import EX, TOKEN, app_for, close_app, fill_small

from wsiskg.core.store import Store, to_rdflib
from wsiskg.server import negotiation
from wsiskg.server.service_description import SD, VOID

CONSTRUCT_ALL = "CONSTRUCT WHERE { ?s ?p ?o }"
SELECT_ALL_PEOPLE = f"SELECT ?p ?name WHERE {{ ?p a <{EX}Person> ; <{EX}name> ?name }} ORDER BY ?name"


@pytest.fixture
def app():
    store = Store.open(None)
    fill_small(store)
    app = app_for(store)
    yield app
    close_app(app)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def update_client():
    store = Store.open(None)
    fill_small(store)
    app = app_for(store, update_enabled=True, update_token=TOKEN)
    yield app.test_client()
    close_app(app)


def to_graph(data: bytes, media_type: str) -> Graph:
    """Parse any RDF answer with pyoxigraph (rdflib's JSON-LD parser warns) into an rdflib Graph."""
    g = Graph()
    for quad in ox.parse(data, format=ox.RdfFormat.from_media_type(media_type)):
        g.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return g


def names(response) -> list[str]:
    data = response.get_json(force=True)
    return [b["name"]["value"] for b in data["results"]["bindings"]]


# ---------------------------------------------------------------- negotiation (table-driven)
@pytest.mark.parametrize(
    "accept, offered, expected",
    [
        (None, negotiation.SELECT_TYPES, "application/sparql-results+json"),
        ("", negotiation.SELECT_TYPES, "application/sparql-results+json"),
        ("*/*", negotiation.GRAPH_TYPES, "text/turtle"),
        ("text/csv", negotiation.SELECT_TYPES, "text/csv"),
        ("text/*", negotiation.SELECT_TYPES, "text/csv"),
        ("text/*;q=0.5, application/sparql-results+xml", negotiation.SELECT_TYPES, "application/sparql-results+xml"),
        (
            "application/sparql-results+xml;q=0.2, text/tab-separated-values;q=0.9",
            negotiation.SELECT_TYPES,
            "text/tab-separated-values",
        ),
        ("application/json", negotiation.SELECT_TYPES, "application/sparql-results+json"),
        ("application/xml", negotiation.SELECT_TYPES, "application/sparql-results+xml"),
        ("application/json", negotiation.GRAPH_TYPES, "application/ld+json"),
        ("application/rdf+xml, text/turtle;q=0.9", negotiation.GRAPH_TYPES, "application/rdf+xml"),
        ("text/turtle;q=0, */*;q=0.1", negotiation.GRAPH_TYPES, "application/ld+json"),
        ("text/turtle;q=0", negotiation.GRAPH_TYPES, None),
        ("image/png", negotiation.SELECT_TYPES, None),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ["text/turtle", "text/html"], "text/html"),
        ("garbage, text/csv;q=abc, text/tab-separated-values", negotiation.SELECT_TYPES, "text/tab-separated-values"),
    ],
)
def test_negotiate(accept, offered, expected):
    assert negotiation.negotiate(accept, offered) == expected


@pytest.mark.parametrize(
    "fmt, offered, expected",
    [
        ("json", negotiation.SELECT_TYPES, "application/sparql-results+json"),
        ("json", negotiation.GRAPH_TYPES, "application/ld+json"),
        ("xml", negotiation.GRAPH_TYPES, "application/rdf+xml"),
        ("tsv", negotiation.SELECT_TYPES, "text/tab-separated-values"),
        ("text/csv", negotiation.SELECT_TYPES, "text/csv"),
        ("nq", negotiation.GRAPH_TYPES, "application/n-quads"),
    ],
)
def test_format_parameter_wins_over_accept(fmt, offered, expected):
    assert negotiation.choose(fmt, "application/sparql-results+xml, text/turtle", offered) == expected


@pytest.mark.parametrize(
    "values, offered, expected",
    [
        # SPARQLWrapper (without onlyConneg) sends its format name and then the media type
        (("rdf+xml", "application/rdf+xml"), negotiation.GRAPH_TYPES, "application/rdf+xml"),
        (("json-ld", "application/ld+json"), negotiation.GRAPH_TYPES, "application/ld+json"),
        (("n3",), negotiation.GRAPH_TYPES, "text/turtle"),  # Turtle is N3
        (("bogus", "tsv"), negotiation.SELECT_TYPES, "text/tab-separated-values"),
    ],
)
def test_format_parameter_with_several_values(values, offered, expected):
    assert negotiation.choose(values, "application/sparql-results+json", offered) == expected


def test_several_unknown_format_values_are_not_acceptable():
    with pytest.raises(negotiation.NotAcceptable, match="'png', 'gif'"):
        negotiation.choose(("png", "gif"), None, negotiation.SELECT_TYPES)


def test_text_n3_accept_gets_turtle(client):
    r = client.get("/sparql", query_string={"query": CONSTRUCT_ALL}, headers={"Accept": "text/n3"})
    assert r.status_code == 200 and r.mimetype == "text/turtle"


def test_repeated_format_parameter_over_http(client):
    r = client.get(
        "/sparql",
        query_string=[
            ("query", CONSTRUCT_ALL),
            ("format", "rdf+xml"),
            ("format", "application/rdf+xml"),
            ("output", "rdf+xml"),
        ],
    )
    assert r.status_code == 200 and r.mimetype == "application/rdf+xml"


def test_unknown_format_parameter_is_not_acceptable():
    with pytest.raises(negotiation.NotAcceptable) as info:
        negotiation.choose("png", None, negotiation.SELECT_TYPES)
    assert info.value.offered == negotiation.SELECT_TYPES


# ---------------------------------------------------------------- query operations
def test_get_post_form_and_post_direct_agree(client):
    by_get = client.get("/sparql?query=" + quote(SELECT_ALL_PEOPLE))
    by_form = client.post("/sparql", data={"query": SELECT_ALL_PEOPLE})
    by_direct = client.post(
        "/sparql", data=SELECT_ALL_PEOPLE.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    for r in (by_get, by_form, by_direct):
        assert r.status_code == 200
        assert r.mimetype == "application/sparql-results+json"
        assert r.headers["Vary"] == "Accept"
        assert names(r) == ["Alice", "Bob", 'Carol, "C"\tT']


def test_default_graph_is_union_of_all_graphs(client):
    r = client.get("/sparql", query_string={"query": f"SELECT (COUNT(*) AS ?n) {{ ?p a <{EX}Person> }}"})
    assert r.get_json()["results"]["bindings"][0]["n"]["value"] == "3"


def test_default_graph_uri_restricts_and_overrides_from(client):
    q = f"SELECT ?name FROM <{EX}g2> {{ ?p <{EX}name> ?name }} ORDER BY ?name"
    assert names(client.get("/sparql", query_string={"query": q})) == ['Carol, "C"\tT']
    r = client.get("/sparql", query_string={"query": q, "default-graph-uri": f"{EX}g1"})
    assert names(r) == ["Alice", "Bob"]


def test_named_graph_uri_gives_named_graphs_and_empty_default(client):
    q = f"SELECT ?g ?name {{ {{ GRAPH ?g {{ ?p <{EX}name> ?name }} }} UNION {{ ?p <{EX}name> ?name }} }}"
    r = client.get("/sparql", query_string={"query": q, "named-graph-uri": f"{EX}g2"})
    rows = r.get_json()["results"]["bindings"]
    assert [(b["g"]["value"], b["name"]["value"]) for b in rows] == [(f"{EX}g2", 'Carol, "C"\tT')]


def test_bad_graph_iri_is_400(client):
    r = client.get("/sparql", query_string={"query": "ASK {}", "default-graph-uri": "not an iri"})
    assert r.status_code == 400


@pytest.mark.parametrize(
    "accept, mimetype",
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/sparql-results+json", "application/sparql-results+json"),
    ],
)
def test_select_formats(client, accept, mimetype):
    r = client.get("/sparql", query_string={"query": SELECT_ALL_PEOPLE}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == mimetype
    text = r.get_data(as_text=True)
    if mimetype == "text/csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["p", "name"] and rows[3] == [f"{EX}carol", 'Carol, "C"\tT']
        assert "\r\n" in text
    elif mimetype == "text/tab-separated-values":
        lines = text.splitlines()
        assert lines[0] == "?p\t?name"
        assert lines[1] == f'<{EX}alice>\t"Alice"@en'
    elif mimetype == "application/sparql-results+xml":
        from rdflib.query import Result

        result = Result.parse(io.BytesIO(r.data), format="xml")
        assert [str(row.name) for row in result] == ["Alice", "Bob", 'Carol, "C"\tT']
        assert [row.name.language for row in result][0] == "en"


def test_json_terms_carry_language_datatype_and_bnodes(client):
    q = f"SELECT ?o {{ ?s ?p ?o FILTER(?p IN (<{EX}age>, <{EX}name>, <{EX}knows>)) }}"
    r = client.get("/sparql", query_string={"query": q})
    terms = [b["o"] for b in r.get_json()["results"]["bindings"]]
    assert {"type": "literal", "value": "Alice", "xml:lang": "en"} in terms
    assert {"type": "literal", "value": "42", "datatype": "http://www.w3.org/2001/XMLSchema#integer"} in terms
    assert {"type": "literal", "value": "Bob"} in terms
    assert any(t["type"] == "bnode" for t in terms)


def test_ask_answers_boolean_and_refuses_csv(client):
    r = client.get("/sparql", query_string={"query": f"ASK {{ <{EX}alice> ?p ?o }}"})
    assert r.get_json() == {"head": {}, "boolean": True}
    r = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Accept": "text/csv"})
    assert r.status_code == 406
    assert r.get_json()["error"]["offered"] == negotiation.ASK_TYPES


@pytest.mark.parametrize("accept", negotiation.GRAPH_TYPES)
def test_construct_formats_are_the_same_graph(client, accept):
    q = f"CONSTRUCT {{ ?s <{EX}name> ?n }} WHERE {{ ?s <{EX}name> ?n }}"
    r = client.get("/sparql", query_string={"query": q}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == accept
    expected = to_graph(client.get("/sparql", query_string={"query": q, "format": "nt"}).data, "application/n-triples")
    got = to_graph(r.data, accept)
    assert len(got) == 3 and isomorphic(got, expected)


def test_describe_defaults_to_turtle(client):
    r = client.get("/sparql", query_string={"query": f"DESCRIBE <{EX}alice>"})
    assert r.mimetype == "text/turtle"
    assert (URIRef(f"{EX}alice"), None, None) in Graph().parse(data=r.data, format="turtle")


def test_format_parameter_for_browsers(client):
    r = client.get(
        "/sparql",
        query_string={"query": SELECT_ALL_PEOPLE, "format": "csv", "download": "people"},
        headers={"Accept": "text/html"},
    )
    assert r.mimetype == "text/csv"
    assert r.headers["Content-Disposition"] == 'attachment; filename="people.csv"'


# ---------------------------------------------------------------- protocol errors
@pytest.mark.parametrize(
    "request_kwargs, status",
    [
        ({"method": "GET", "query_string": [("query", "ASK {}"), ("query", "ASK {}")]}, 400),
        ({"method": "GET", "query_string": {"update": "CLEAR ALL"}}, 400),
        ({"method": "POST", "data": "ASK {}", "headers": {"Content-Type": "text/plain"}}, 415),
        ({"method": "POST", "data": "query=ASK%20%7B%7D"}, 415),
        (
            {
                "method": "POST",
                "data": "ASK {}".encode("utf-16"),
                "headers": {"Content-Type": "application/sparql-query; charset=UTF-16"},
            },
            415,
        ),
        ({"method": "POST", "data": b"ASK { \xff }", "headers": {"Content-Type": "application/sparql-query"}}, 400),
        ({"method": "POST", "data": {"query": "ASK {}", "update": "CLEAR ALL"}}, 400),
        ({"method": "PUT", "query_string": {"query": "ASK {}"}}, 405),
        ({"method": "DELETE"}, 405),
    ],
)
def test_protocol_errors(client, request_kwargs, status):
    r = client.open("/sparql", **request_kwargs)
    assert r.status_code == status
    assert r.get_json()["error"]["status"] == status


def test_malformed_query_gives_parser_message_and_position(client):
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE {\n  ?s ?p \n}"})
    assert r.status_code == 400
    error = r.get_json()["error"]
    assert "malformed SPARQL query" in error["message"]
    assert (error["line"], error["column"]) == (3, 0) or error["line"] == 3


def test_errors_are_html_for_browsers(client):
    r = client.get(
        "/sparql", query_string={"query": "ASK {"}, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    )
    assert r.status_code == 400 and r.mimetype == "text/html"
    assert "malformed SPARQL query" in r.get_data(as_text=True)
    r = client.get("/no/such/page", headers={"Accept": "application/json"})
    assert r.status_code == 404 and r.get_json()["error"]["status"] == 404


# ---------------------------------------------------------------- service description and page
@pytest.mark.parametrize(
    "accept, fmt",
    [
        ("text/turtle", "text/turtle"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("application/ld+json", "application/ld+json"),
        (None, "text/turtle"),
        ("*/*", "text/turtle"),
    ],
)
def test_service_description(client, accept, fmt):
    r = client.get("/sparql", headers={"Accept": accept} if accept else {}, base_url="https://kg.example.org")
    assert r.status_code == 200
    assert r.mimetype == fmt
    g = to_graph(r.data, fmt)
    service = g.value(None, SD.endpoint, URIRef("https://kg.example.org/sparql"))
    assert service is not None
    assert set(g.objects(service, SD.supportedLanguage)) == {SD.SPARQL11Query}
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in set(g.objects(service, SD.resultFormat))
    counts = {
        str(g.value(ng, SD.name)): int(g.value(g.value(ng, SD.graph), VOID.triples))
        for ng in g.objects(None, SD.namedGraph)
    }
    assert counts[f"{EX}g1"] == 5 and counts[f"{EX}g2"] == 4


def test_service_description_lists_update_when_enabled(update_client):
    g = Graph().parse(data=update_client.get("/sparql", headers={"Accept": "text/turtle"}).data, format="turtle")
    assert (None, SD.supportedLanguage, SD.SPARQL11Update) in g


def test_browser_gets_the_query_page(client):
    r = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.mimetype == "text/html"
    html = r.get_data(as_text=True)
    assert 'id="query"' in html and "people" in html
    assert "http://" not in html.split("<body>")[0].replace("http://www.w3.org", "")  # no remote assets in head
    for asset in ("/static/sparql/sparql.js", "/static/sparql/sparql.css"):
        assert asset in html
        static = client.get(asset)
        assert static.status_code == 200
        static.close()


# ---------------------------------------------------------------- CORS
def test_cors_on_read_routes(client):
    r = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "https://yasgui.example"})
    assert r.headers["Access-Control-Allow-Origin"] in ("*", "https://yasgui.example")
    assert "X-SPARQL-Truncated" in r.headers["Access-Control-Expose-Headers"]
    pre = client.options(
        "/sparql",
        headers={
            "Origin": "https://yasgui.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert pre.headers["Access-Control-Allow-Origin"] in ("*", "https://yasgui.example")
    assert "POST" in pre.headers["Access-Control-Allow-Methods"]


def test_cors_answer_has_one_vary_and_exposes_the_warning(client):
    r = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "https://yasgui.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert r.headers.getlist("Vary") == ["Accept"]  # not a second 'Vary: Origin' line
    assert "Warning" in r.headers["Access-Control-Expose-Headers"]  # the truncation warning is readable


def test_cors_preflight_refuses_authorization_header(client):
    pre = client.options(
        "/sparql",
        headers={
            "Origin": "https://evil.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization",
        },
    )
    assert "authorization" not in pre.headers.get("Access-Control-Allow-Headers", "").lower()


# ---------------------------------------------------------------- update
INSERT = f"INSERT DATA {{ GRAPH <{EX}g3> {{ <{EX}dave> a <{EX}Person> ; <{EX}name> 'Dave' }} }}"


def test_update_refused_when_disabled(client):
    r = client.post("/sparql", data={"update": INSERT}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403
    assert "Dave" not in names(client.get("/sparql", query_string={"query": SELECT_ALL_PEOPLE}))


@pytest.mark.parametrize(
    "headers, status",
    [
        ({}, 401),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, 401),
        ({"Authorization": "Bearer wrong"}, 403),
    ],
)
def test_update_needs_the_token(update_client, headers, status):
    r = update_client.post("/sparql", data=INSERT, headers={"Content-Type": "application/sparql-update", **headers})
    assert r.status_code == status
    if status == 401:
        assert r.headers["WWW-Authenticate"].startswith("Bearer")
    assert "Dave" not in names(update_client.get("/sparql", query_string={"query": SELECT_ALL_PEOPLE}))


@pytest.mark.parametrize("how", ["form", "direct"])
def test_update_with_token(update_client, how):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    if how == "form":
        r = update_client.post("/sparql", data={"update": INSERT}, headers=auth)
    else:
        r = update_client.post("/sparql", data=INSERT, headers={"Content-Type": "application/sparql-update", **auth})
    assert r.status_code == 204
    assert "Dave" in names(update_client.get("/sparql", query_string={"query": SELECT_ALL_PEOPLE}))


def test_update_using_graph_uri(update_client):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
    update = f"INSERT {{ GRAPH <{EX}out> {{ ?p a <{EX}Seen> }} }} WHERE {{ ?p a <{EX}Person> }}"
    r = update_client.post("/sparql", query_string={"using-graph-uri": f"{EX}g2"}, data=update, headers=auth)
    assert r.status_code == 204
    r = update_client.get("/sparql", query_string={"query": f"SELECT ?p {{ GRAPH <{EX}out> {{ ?p ?x ?y }} }}"})
    assert [b["p"]["value"] for b in r.get_json()["results"]["bindings"]] == [f"{EX}carol"]
    conflict = f"WITH <{EX}g1> INSERT {{ ?p a <{EX}Seen> }} WHERE {{ ?p a <{EX}Person> }}"
    r = update_client.post("/sparql", query_string={"using-graph-uri": f"{EX}g2"}, data=conflict, headers=auth)
    assert r.status_code == 400


# ---------------------------------------------------------------- named queries
def test_queries_index_lists_named_queries(client):
    data = client.get("/queries").get_json()["queries"]
    by_name = {q["name"]: q for q in data}
    assert "people" in by_name and by_name["people"]["columns"][0] == "person"
    assert by_name["people"]["url"].endswith("/queries/people")


def test_named_query_runs_and_negotiates(client):
    r = client.get("/queries/people", headers={"Accept": "text/csv"})
    assert r.status_code == 200 and r.mimetype == "text/csv"
    assert r.get_data(as_text=True).splitlines()[0].startswith("person,name")


def test_named_query_parameter_is_bound_not_pasted(client):
    from wsiskg.queries import list_queries

    with_iri = [q for q in list_queries() if any(p.type == "iri" for p in q.params)]
    if not with_iri:
        pytest.skip("no named query takes an IRI parameter")
    q = with_iri[0]
    param = next(p.name for p in q.params if p.type == "iri")
    ok = client.get(f"/queries/{q.name}", query_string={param: f"{EX}alice"})
    assert ok.status_code == 200
    evil = client.get(f"/queries/{q.name}", query_string={param: f"{EX}x> }} . ?s ?p ?o {{ <{EX}y"})
    assert evil.status_code == 400
    assert client.get(f"/queries/{q.name}", query_string={"nope": "1"}).status_code == 400


def test_unknown_named_query_is_404(client):
    r = client.get("/queries/no-such-query")
    assert r.status_code == 404 and "available:" in r.get_json()["error"]["message"]


def test_json_error_body_is_valid_json_for_every_error(client):
    for path in ("/sparql?query=ASK%20%7B", "/queries/none", "/sparql?query=ASK%20%7B%7D&format=png"):
        r = client.get(path)
        assert json.loads(r.data)["error"]["status"] == r.status_code


def test_an_update_sent_as_a_query_says_so(client):
    r = client.get("/sparql", query_string={"query": "INSERT DATA { <urn:a> <urn:b> 1 }"})
    assert r.status_code == 400
    assert "updates are not supported here" in r.get_json()["error"]["message"]

"""Linked data: every minted IRI dereferences, in every format, for browsers and for RDF clients."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import sparql_support
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF

from wsiskg.core.config import Config
from wsiskg.core.reference import build_reference_graph
from wsiskg.core.store import Store
from wsiskg.ingest.pipeline import ingest_files
from wsiskg.server.app import create_app

DATA = Path(__file__).parent / "data" / "actors.trig"
BASE = "https://w3id.org/wsis-kg/"
ID = BASE + "id/"
WSIS = "https://w3id.org/wsis-kg/def#"
RDF_FORMATS = {  # media type -> (suffix, parser)
    "text/turtle": (".ttl", "turtle"),
    "application/ld+json": (".jsonld", "json-ld"),
    "application/n-triples": (".nt", "nt"),
    "application/rdf+xml": (".rdf", "xml"),
}


def _load(text: str | None = None) -> Store:
    store = Store.open(None)
    if text is None:
        store.load(path=DATA, format=ox.RdfFormat.TRIG)
    else:
        store.load(text.encode(), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture
def actors_store() -> Store:
    return _load()


@pytest.fixture
def client(actors_store):
    return create_app(Config(store=None), store=actors_store).test_client()


def parse(data: bytes, media: str) -> Graph:
    """Parse a response body; JSON-LD through pyoxigraph (rdflib's JSON-LD parser warns)."""
    if media == "application/ld+json":
        g = Graph()
        for q in ox.parse(data, format=ox.RdfFormat.JSON_LD):
            g.add(tuple(_to_rdflib(t) for t in (q.subject, q.predicate, q.object)))
        return g
    return Graph().parse(data=data, format=RDF_FORMATS[media][1])


def _to_rdflib(term):
    from wsiskg.core.store import to_rdflib

    return to_rdflib(term)


def fixture_subjects() -> list[str]:
    quads = ox.parse(path=str(DATA), format=ox.RdfFormat.TRIG)
    return sorted({q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode)})


# ------------------------------------------------------------------ content negotiation, one table
@pytest.mark.parametrize(
    "accept,query,expected",
    [
        ("text/html", "", "text/html"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "", "text/html"),  # a browser
        ("*/*", "", "text/html"),
        (None, "", "text/html"),
        ("text/turtle", "", "text/turtle"),
        ("application/ld+json", "", "application/ld+json"),
        ("application/n-triples", "", "application/n-triples"),
        ("application/rdf+xml", "", "application/rdf+xml"),
        ("application/rdf+xml, text/turtle;q=0.5", "", "application/rdf+xml"),
        ("text/turtle;q=0.4, application/ld+json", "", "application/ld+json"),
        ("text/html", "?_mediatype=text/turtle", "text/turtle"),
        ("text/html", "?_mediatype=application/n-triples", "application/n-triples"),
        ("text/html", "?format=jsonld", "application/ld+json"),
    ],
)
def test_content_negotiation(client, accept, query, expected):
    headers = {"Accept": accept} if accept else {}
    response = client.get("/id/person/ana-lindqvist" + query, headers=headers)
    assert response.status_code == 200
    assert response.mimetype == expected
    assert response.headers["Vary"] == "Accept"
    suffix = ".html" if expected == "text/html" else RDF_FORMATS[expected][0]
    assert response.headers["Content-Location"] == "/id/person/ana-lindqvist" + suffix


def test_not_acceptable(client):
    response = client.get("/id/person/ana-lindqvist", headers={"Accept": "image/png"})
    assert response.status_code == 406


@pytest.mark.parametrize("suffix,media", [(s, m) for m, (s, _) in RDF_FORMATS.items()] + [(".html", "text/html")])
def test_suffix_names_the_document(client, suffix, media):
    response = client.get("/id/org/itu-bdt" + suffix, headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.mimetype == media
    assert "Content-Location" not in response.headers  # already the document itself
    if media != "text/html":
        g = parse(response.data, media)
        assert (URIRef(ID + "org/itu-bdt"), URIRef(WSIS + "acronym"), Literal("BDT")) in g


@pytest.mark.parametrize(
    "path",
    [
        "/id/person/nobody",
        "/id/person/nobody.ttl",
        "/id/",
        "/id/a%20b",
        "/graph/report/none",
        "/id/person/ana-lindqvist.xyz",
    ],
)
def test_unknown_iris_are_404(client, path):
    assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 404


def test_iri_with_a_dot_is_not_taken_for_a_suffix(actors_store):
    trig = (
        DATA.read_text(encoding="utf-8")
        + f"""
    <{BASE}graph/reference> {{ <{ID}action-line/C7.e-health> a <{WSIS}ActionLine> ; <{WSIS}code> "C7.e-health" . }}"""
    )
    client = create_app(Config(store=None), store=_load(trig)).test_client()
    response = client.get("/id/action-line/C7.e-health.ttl")
    g = parse(response.data, "text/turtle")
    assert (URIRef(ID + "action-line/C7.e-health"), URIRef(WSIS + "code"), Literal("C7.e-health")) in g
    assert client.get("/id/action-line/C7.e-health", headers={"Accept": "text/html"}).status_code == 200


# ------------------------------------------------------------------ every subject, every format
@pytest.mark.parametrize("iri", [i for i in fixture_subjects() if i.startswith(BASE)])
def test_every_subject_dereferences_in_every_format(client, actors_store, iri):
    path = "/" + iri[len(BASE) :]
    own = {(URIRef(iri), p, o) for p, o in actors_store.graph(None).predicate_objects(URIRef(iri))}
    assert own
    for media in RDF_FORMATS:
        response = client.get(path, headers={"Accept": media})
        assert response.status_code == 200 and response.mimetype == media
        g = parse(response.data, media)
        missing = own - set(g)
        assert not missing, f"{iri} as {media} lacks {sorted(missing)[:3]}"
    html = client.get(path, headers={"Accept": "text/html"})
    assert html.status_code == 200 and html.mimetype == "text/html"
    assert f'<a href="{iri}">{iri}</a>' in html.get_data(as_text=True)


def test_description_has_incoming_links_and_labels(client):
    g = parse(client.get("/id/org/itu-bdt.ttl").data, "text/turtle")
    bdt = URIRef(ID + "org/itu-bdt")
    request1 = URIRef(ID + "report/wgx-7/request/1")
    assert (request1, URIRef(WSIS + "addressee"), bdt) in g  # incoming link
    assert (
        URIRef(ID + "org/itu"),
        URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"),
        Literal("International Telecommunication Union"),
    ) in g  # label of a linked resource
    # but not the linked resources' other statements, nor labels of unrelated resources
    assert not list(g.triples((URIRef(ID + "country/BRA"), None, None)))
    assert not list(g.triples((URIRef(ID + "person/marta-silva"), None, None)))
    assert (URIRef(ID + "org/itu"), RDF.type, URIRef(WSIS + "UNEntity")) not in g


# ------------------------------------------------------------------ the HTML page
def test_html_page_shows_properties_links_paragraphs_and_picture(client):
    body = client.get("/id/person/ana-lindqvist", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert '<h1 class="resource-label">Ana Lindqvist</h1>' in body
    assert 'href="/def#Person"' not in body  # foaf:Person is not ours: linked as it is
    assert 'href="http://xmlns.com/foaf/0.1/Person"' in body
    assert 'href="/id/country/SWE"' in body and ">Sweden</a>" in body  # internal IRI -> local path, with label
    assert 'href="/id/meeting/wgx-7"' in body  # incoming link (chair of the meeting)
    assert "<mark>Ana Lindqvist</mark>" in body  # the mention highlighted in its source paragraph
    assert re.search(r'<svg class="neighbourhood"[^>]*>', body) and 'href="/id/post/wgx/chair"' in body
    # the picture's two colours (links out, links in) are explained: they are not the actor-graph types
    key = body[body.index('class="muted picture-key"') :]
    assert "#1a5aa6" in key and "#c0662b" in key and "Ana Lindqvist links to it" in key
    for suffix in (".ttl", ".jsonld", ".nt", ".rdf"):
        assert f'href="/id/person/ana-lindqvist{suffix}"' in body


def test_a_triple_stated_in_two_graphs_is_one_value_on_the_page(actors_store):
    # a report graph repeating a reference triple: RDF answers hold it once, and so must the page
    trig = (
        DATA.read_text(encoding="utf-8")
        + f"""
    <{BASE}graph/report/again> {{ <{ID}person/marta-silva> <{WSIS}represents> <{ID}country/BRA> . }}"""
    )
    client = create_app(Config(store=None), store=_load(trig)).test_client()
    body = client.get("/id/person/marta-silva", headers={"Accept": "text/html"}).get_data(as_text=True)
    row = body[body.index('title="https://w3id.org/wsis-kg/def#represents"') :]
    row = row[: row.index("</tr>")]
    assert row.count('class="value"') == 1 and row.count('href="/id/country/BRA"') == 1
    # both graphs are named, and linked, under "Stated in"
    stated = body[body.index('class="muted stated-in"') :]
    assert 'href="/graph/report/again"' in stated and 'href="/graph/report/wgx-7"' in stated


def test_an_entity_only_a_title_names_shows_that_title_as_its_source(actors_store):
    # a speech whose speaker only the title names: the report wsis:titleMentions her (no paragraph does)
    report = f"{ID}report/remarks-2031"
    trig = (
        DATA.read_text(encoding="utf-8")
        + f"""
    <{BASE}graph/report/remarks-2031> {{
      <{report}> a <{WSIS}MeetingReport> ;
        <http://purl.org/dc/terms/title> "Closing remarks by Ms Ilse Varga-Nyström, Chair" ;
        <{WSIS}titleMentions> <{ID}person/ilse-varga-nystrom> .
      <{ID}person/ilse-varga-nystrom> a <http://xmlns.com/foaf/0.1/Person> ;
        <http://xmlns.com/foaf/0.1/name> "Ilse Varga-Nyström" .
    }}"""
    )
    client = create_app(Config(store=None), store=_load(trig)).test_client()
    body = client.get("/id/person/ilse-varga-nystrom", headers={"Accept": "text/html"}).get_data(as_text=True)
    sources = body[body.index("<h2>Source paragraphs</h2>") :]
    assert "Closing remarks by Ms <mark>Ilse Varga-Nyström</mark>, Chair" in sources
    assert 'the title of <a href="/id/report/remarks-2031">this report</a>' in sources


@pytest.mark.parametrize(
    "path",
    [
        "/id/person/ana-lindqvist",
        "/id/person/ana-lindqvist.ttl",
        "/def",
        "/context.jsonld",
        "/.well-known/void",
        "/dump/wsis-kg.ttl",
        "/graph/report/wgx-7",
        "/export/actors.cyjs",
        "/stats?_mediatype=json",
    ],
)
def test_read_only_routes_allow_other_origins(client, path):
    # a JSON-LD processor or a web app on another origin must be able to fetch resources and the @context
    response = client.get(path, headers={"Origin": "https://app.example", "Accept": "application/ld+json"})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Origin" not in response.headers.get("Vary", "")  # '*' does not vary by origin
    missing = client.get("/id/person/nobody", headers={"Origin": "https://app.example"})
    assert missing.status_code == 404 and missing.headers["Access-Control-Allow-Origin"] == "*"


def test_linked_data_exposes_content_location_cross_origin(client):
    response = client.get(
        "/id/person/ana-lindqvist", headers={"Origin": "https://app.example", "Accept": "text/turtle"}
    )
    exposed = response.headers["Access-Control-Expose-Headers"].lower()
    assert "content-location" in exposed and "link" in exposed
    pre = client.options(
        "/id/person/ana-lindqvist",
        headers={
            "Origin": "https://app.example",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "accept",
        },
    )
    assert pre.headers["Access-Control-Allow-Origin"] == "*" and "GET" in pre.headers["Access-Control-Allow-Methods"]
    post = client.options(
        "/id/person/ana-lindqvist", headers={"Origin": "https://app.example", "Access-Control-Request-Method": "POST"}
    )
    assert "POST" not in post.headers.get("Access-Control-Allow-Methods", "")


def test_highlight_escapes_text_and_marks_every_name():
    from wsiskg.server.linked_data.html import highlight

    html = str(highlight("<b>UNESCO</b> and Unesco, not UNESCOs", ["UNESCO", "United Nations"]))
    assert html == "&lt;b&gt;<mark>UNESCO</mark>&lt;/b&gt; and <mark>Unesco</mark>, not UNESCOs"


def test_html_escapes_literals(actors_store):
    trig = (
        DATA.read_text(encoding="utf-8")
        + f"""
    <{BASE}graph/x> {{ <{ID}person/x> a <http://xmlns.com/foaf/0.1/Person> ;
        <http://xmlns.com/foaf/0.1/name> "<script>x</script>" . }}"""
    )
    client = create_app(Config(store=None), store=_load(trig)).test_client()
    body = client.get("/id/person/x", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "<script>x</script>" not in body and "&lt;script&gt;x&lt;/script&gt;" in body


def test_named_graph_iri_gives_the_graph(client, actors_store):
    response = client.get("/graph/report/wgx-7", headers={"Accept": "application/n-triples"})
    g = parse(response.data, "application/n-triples")
    assert len(g) >= len(actors_store.graph(BASE + "graph/report/wgx-7"))
    assert "Named graph with" in client.get("/graph/report/wgx-7.html").get_data(as_text=True)


def test_iris_follow_the_configured_base():
    other = "http://data.example.org/kg/"
    store = _load(DATA.read_text(encoding="utf-8").replace(BASE + "id/", other + "id/"))
    client = create_app(Config(store=None, base=other), store=store).test_client()
    g = parse(client.get("/id/person/ana-lindqvist.ttl").data, "text/turtle")
    assert (URIRef(other + "id/person/ana-lindqvist"), FOAF.name, Literal("Ana Lindqvist")) in g
    body = client.get("/id/person/ana-lindqvist.html").get_data(as_text=True)
    assert 'href="/id/country/SWE"' in body


# ------------------------------------------------------------------ ontology and context
def test_ontology_page_and_turtle(client):
    html = client.get("/def", headers={"Accept": "text/html"})
    assert html.status_code == 200 and html.headers["Vary"] == "Accept"
    body = html.get_data(as_text=True)
    assert 'id="Meeting"' in body and 'id="addressee"' in body and "wsis:Request" in body
    request_section = body.split('id="Request"')[1].split("</section>")[0]
    assert 'href="/def#requester"' in request_section and "sh:minCount 1" in request_section  # its shape
    ttl = client.get("/def", headers={"Accept": "text/turtle"})
    g = parse(ttl.data, "text/turtle")
    assert (URIRef(WSIS + "Meeting"), RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in g
    assert client.get("/def.ttl").mimetype == "text/turtle"
    # a term's hash IRI is served by the same document, and resource pages link terms there
    page = client.get("/id/meeting/wgx-7", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'href="/def#Meeting"' in page and 'href="/def#chair"' in page


def test_context_is_served_and_used(client):
    context = client.get("/context.jsonld")
    assert context.mimetype == "application/ld+json"
    ctx = context.get_json()["@context"]
    doc = client.get("/id/person/ana-lindqvist", headers={"Accept": "application/ld+json"}).get_json()
    assert doc["@context"] == ctx
    text = json.dumps(doc)
    assert '"name": "Ana Lindqvist"' in text and '"represents"' in text


# ------------------------------------------------------------------ VoID, DCAT, dumps
def test_void_description(client, actors_store):
    g = parse(client.get("/.well-known/void", headers={"Accept": "text/turtle"}).data, "text/turtle")
    void = "http://rdfs.org/ns/void#"
    ds = URIRef(BASE + ".well-known/void#dataset")
    value = lambda p: g.value(ds, URIRef(void + p))  # noqa: E731
    assert int(value("triples")) == len(actors_store.graph(None))
    assert int(value("entities")) == len([s for s in fixture_subjects() if s.startswith(ID)])
    assert value("sparqlEndpoint") == URIRef(BASE + "sparql")
    assert (ds, URIRef("http://purl.org/dc/terms/license"), None) in g
    assert (ds, URIRef("http://purl.org/dc/terms/modified"), None) in g
    dumps = set(g.objects(ds, URIRef(void + "dataDump")))
    assert URIRef(BASE + "dump/wsis-kg.trig.gz") in dumps and URIRef(BASE + "dump/wsis-kg.nq.gz") in dumps
    partitions = {
        g.value(p, URIRef(void + "class")): int(g.value(p, URIRef(void + "entities")))
        for p in g.objects(ds, URIRef(void + "classPartition"))
    }
    assert partitions[URIRef(WSIS + "Request")] == 3 and partitions[FOAF.Person] == 4
    props = {
        g.value(p, URIRef(void + "property")): int(g.value(p, URIRef(void + "triples")))
        for p in g.objects(ds, URIRef(void + "propertyPartition"))
    }
    assert props[URIRef(WSIS + "requester")] == 3
    assert (ds, RDF.type, URIRef("http://www.w3.org/ns/dcat#Dataset")) in g
    assert "void:Dataset" in client.get("/.well-known/void", headers={"Accept": "text/html"}).get_data(as_text=True)


@pytest.mark.parametrize(
    "name,fmt",
    [
        ("wsis-kg.trig.gz", ox.RdfFormat.TRIG),
        ("wsis-kg.nq.gz", ox.RdfFormat.N_QUADS),
        ("wsis-kg.ttl", ox.RdfFormat.TURTLE),
        ("wsis-kg.jsonld", ox.RdfFormat.JSON_LD),
    ],
)
def test_dumps(client, actors_store, name, fmt):
    response = client.get("/dump/" + name)
    assert response.status_code == 200
    data = gzip.decompress(response.data) if name.endswith(".gz") else response.data
    parsed = list(ox.parse(data, format=fmt))
    if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        assert set(parsed) == set(actors_store.quads())
    else:
        assert len({q.triple if isinstance(q, ox.Quad) else q for q in parsed}) == len(actors_store.graph(None))
    assert client.get("/dump/secret.txt").status_code == 404


# ------------------------------------------------------------------ a real linked-data client
@pytest.fixture
def live_server(actors_store):
    with sparql_support.live_server(create_app(Config(store=None), store=actors_store)) as url:
        yield url


@pytest.mark.live
def test_rdflib_dereferences_the_live_server(live_server):
    g = Graph().parse(live_server + "/id/person/ana-lindqvist")
    assert (URIRef(ID + "person/ana-lindqvist"), FOAF.name, Literal("Ana Lindqvist")) in g
    g = Graph().parse(live_server + "/id/org/wgx", format="turtle")
    assert (URIRef(ID + "org/wgx"), URIRef(WSIS + "acronym"), Literal("WG-X")) in g


# ------------------------------------------------------------------ reference data and the sample report
def _walk(client, store: Store, subjects: list[str]) -> None:
    """Every subject as HTML and in one RDF format in rotation, and in every RDF format for the first
    subject of each combination of classes: every subject and every format are checked, each kind of
    resource in every format (every subject in every format is `test_every_subject_dereferences_in_every_format`)."""
    media_types = list(RDF_FORMATS)
    seen_classes: set = set()
    union = store.graph(None)
    for i, iri in enumerate(subjects):
        path = "/" + iri[len(BASE) :]
        classes = set(union.objects(URIRef(iri), RDF.type))
        fresh = not classes <= seen_classes
        formats = media_types if fresh else [media_types[i % len(media_types)]]
        seen_classes |= classes
        own = set(union.triples((URIRef(iri), None, None)))
        for media in formats:
            response = client.get(path, headers={"Accept": media})
            assert response.status_code == 200, iri
            missing = own - set(parse(response.data, media))
            assert not missing, f"{iri} as {media} lacks {sorted(missing)[:3]}"
        assert client.get(path, headers={"Accept": "text/html"}).status_code == 200, iri


def test_reference_data_iris_dereference():
    store = Store.open(None)
    store.replace_graph(BASE + "graph/reference", build_reference_graph(BASE))
    client = create_app(Config(store=None), store=store).test_client()
    subjects = sorted({str(s) for s in store.graph(None).subjects() if str(s).startswith(BASE)})
    for needed in ("id/action-line/C4", "id/sdg/4", "id/org/itu"):
        assert BASE + needed in subjects
    _walk(client, store, subjects)


@pytest.fixture(scope="module")
def sample_store():
    store = Store.open(None)
    sample = Path(__file__).resolve().parents[1] / "samples" / "cwg-wsis-sdg-38-report.txt"
    results = ingest_files([sample], store, Config(store=None), allow_invalid=True)
    return store, results[0].graph_iri


def test_every_subject_of_the_sample_report_dereferences(sample_store):
    store, graph_iri = sample_store
    client = create_app(Config(store=None), store=store).test_client()
    subjects = sorted({str(s) for s in store.graph(graph_iri).subjects() if str(s).startswith(BASE)})
    assert len(subjects) > 20
    _walk(client, store, subjects)


def test_void_is_negotiated_like_every_resource(client):
    """``*/*`` and no Accept get HTML for /.well-known/void as for /id/...; RDF by Accept or suffix."""
    for accept in ("*/*", None):
        headers = {"Accept": accept} if accept else {}
        assert client.get("/.well-known/void", headers=headers).mimetype == "text/html"
    assert client.get("/.well-known/void", headers={"Accept": "text/turtle"}).mimetype == "text/turtle"
    assert client.get("/.well-known/void.ttl").mimetype == "text/turtle"

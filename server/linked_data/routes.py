"""The linked-data blueprint: minted resources and graphs, the ontology, the JSON-LD context, VoID, dumps.

- ``/id/...`` and ``/graph/...``: the resource ``{base}id/...`` (or the named graph ``{base}graph/...``).
  The request path is mapped onto ``config.base``, so the app serves its IRIs on whatever host and port
  it runs (see :mod:`.negotiate` for the representations).
- ``/def`` (also ``/def.ttl`` ...): the ontology; HTML documentation with the SHACL shapes, Turtle etc.
- ``/context.jsonld``: the stable JSON-LD ``@context`` used by every JSON-LD answer.
- ``/.well-known/void``: VoID + DCAT description of the dataset; ``/dump/wsis-kg.{trig.gz,nq.gz,ttl,jsonld}``.
"""

from __future__ import annotations

from flask import Blueprint, Response, render_template
from flask_cors import CORS
from rdflib import Graph

from wsiskg.core.export import dump_rdf, gzip_bytes
from wsiskg.core.resources import read_text

from ..context import get_store
from ..errors import NotFound
from .describe import BAD_IRI_CHARS, Description, describe, ontology_graphs
from .html import html_view, ontology_view
from .links import base_of
from .negotiate import SUFFIXES, answer, media_for, serialize, split_suffix
from .void import DUMPS, void_graph

bp = Blueprint("linked_data", __name__)
#: every linked-data route is read-only: pages and JSON-LD processors on other origins may fetch
#: resources, the ontology, the ``@context``, VoID and dumps (``*``: no credentials involved)
CORS(
    bp,
    origins="*",
    send_wildcard=True,
    methods=["GET", "HEAD", "OPTIONS"],
    allow_headers=["Accept"],
    expose_headers=["Content-Location", "Link", "Content-Disposition"],
    max_age=3600,
)


def _serve_minted(area: str, rest: str) -> Response:
    base = base_of()
    path = f"{area}/{rest}"
    iri = base + path
    d: Description | None = describe(iri) if not BAD_IRI_CHARS.search(iri) else None
    suffix = None
    if d is None or not d.exists:
        stripped, suffix = split_suffix(path)
        if suffix:
            iri = base + stripped
            path = stripped
            d = describe(iri)
    store = get_store()
    is_graph = area == "graph" and store.has_graph(iri)
    if d is None or (not d.exists and not is_graph):
        raise NotFound(f"no resource <{iri}> in this dataset")
    found: Description = d
    media, negotiated = media_for(suffix)

    def make_graph() -> Graph:
        if is_graph:
            g = store.graph(iri)
            for triple in found.graph:
                g.add(triple)
            return g
        return found.graph

    def make_html() -> str:
        view = html_view(found, "graph" if is_graph else "resource")
        if is_graph:
            view["graph_size"] = len(store.graph(iri))
        return render_template("resource.html", r=view)

    return answer("/" + path, media, negotiated, make_graph, make_html)


@bp.route("/id/<path:rest>")
def minted_resource(rest: str) -> Response:
    return _serve_minted("id", rest)


@bp.route("/graph/<path:rest>")
def named_graph(rest: str) -> Response:
    return _serve_minted("graph", rest)


@bp.route("/def")
@bp.route("/def<any('.ttl', '.jsonld', '.nt', '.rdf', '.html'):suffix>")
def ontology(suffix: str | None = None) -> Response:
    media, negotiated = media_for(suffix)
    return answer(
        "/def",
        media,
        negotiated,
        lambda: ontology_graphs()[0],
        lambda: render_template("ontology.html", o=ontology_view()),
    )


@bp.route("/def/shapes<any('.ttl', '.jsonld', '.nt', '.rdf'):suffix>")
def shapes(suffix: str) -> Response:
    shapes_graph = ontology_graphs()[1]
    return Response(serialize(shapes_graph, SUFFIXES[suffix]), mimetype=SUFFIXES[suffix])


@bp.route("/context.jsonld")
def context() -> Response:
    response = Response(read_text("ontology", "context.jsonld"), mimetype="application/ld+json")
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@bp.route("/.well-known/void")
@bp.route("/.well-known/void<any('.ttl', '.jsonld', '.nt', '.rdf', '.html'):suffix>")
def void(suffix: str | None = None) -> Response:
    # negotiated like every other document: HTML for browsers and ``*/*``, RDF by Accept or suffix
    media, negotiated = media_for(suffix)
    graph = void_graph(base_of())
    return answer(
        "/.well-known/void",
        media,
        negotiated,
        lambda: graph,
        lambda: render_template("resource_void.html", turtle=serialize(graph, "text/turtle").decode("utf-8")),
    )


@bp.route("/dump/<name>")
def dump(name: str) -> Response:
    if name not in DUMPS:
        raise NotFound(f"no dump '{name}'; available: {', '.join(DUMPS)}")
    fmt, gz, media = DUMPS[name]
    data = dump_rdf(get_store(), fmt)
    if gz:
        data = gzip_bytes(data)
    response = Response(data, mimetype="application/gzip" if gz else media)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response

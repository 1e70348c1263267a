"""Which representation a linked-data request gets, and the answer's headers.

HTML for browsers; Turtle, JSON-LD, N-Triples and RDF/XML by ``Accept``, by ``?_mediatype=``
(or ``?format=``) or by a suffix (``.ttl``, ``.jsonld``, ``.nt``, ``.rdf``, ``.html``). The IRI
itself answers ``200`` with the negotiated representation, ``Vary: Accept`` and a
``Content-Location`` naming the suffixed document.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Response, request
from rdflib import Graph

from wsiskg.core.export import jsonld_context

from ..negotiation import choose, format_param
from .links import bind_prefixes

#: media type -> (rdflib serializer name, document suffix)
RDF_TYPES: dict[str, tuple[str, str]] = {
    "text/turtle": ("turtle", ".ttl"),
    "application/ld+json": ("json-ld", ".jsonld"),
    "application/n-triples": ("nt", ".nt"),
    "application/rdf+xml": ("xml", ".rdf"),
}
SUFFIXES: dict[str, str] = {suffix: media for media, (_, suffix) in RDF_TYPES.items()} | {".html": "text/html"}
#: what a resource can be served as; HTML first (browsers, ``*/*``)
OFFERED: list[str] = ["text/html", *RDF_TYPES]


def serialize(graph: Graph, media: str) -> bytes:
    """``graph`` in one of :data:`RDF_TYPES` (JSON-LD compacted with the stable context)."""
    fmt, _ = RDF_TYPES[media]
    bind_prefixes(graph)
    if fmt == "json-ld":
        return graph.serialize(
            format="json-ld", context=jsonld_context()["@context"], auto_compact=True, encoding="utf-8"
        )
    return graph.serialize(format=fmt, encoding="utf-8")


def split_suffix(path: str) -> tuple[str, str | None]:
    """(``path`` without a document suffix, the suffix or None)."""
    for suffix in SUFFIXES:
        if path.endswith(suffix) and len(path) > len(suffix):
            return path[: -len(suffix)], suffix
    return path, None


def media_for(suffix: str | None) -> tuple[str, bool]:
    """(media type, negotiated?): a suffix decides alone; otherwise ``?format=`` then ``Accept``."""
    if suffix:
        return SUFFIXES[suffix], False
    return choose(format_param(request.args), request.headers.get("Accept"), OFFERED), True


def answer(
    doc_path: str, media: str, negotiated: bool, make_graph: Callable[[], Graph], make_html: Callable[[], str]
) -> Response:
    """The response for a document at ``doc_path`` in ``media`` (built lazily: only one is made)."""
    if media == "text/html":
        body: str | bytes = make_html()
        mimetype = "text/html"
        suffix = ".html"
    else:
        body, mimetype = serialize(make_graph(), media), media
        suffix = RDF_TYPES[media][1]
    response = Response(body, mimetype=mimetype)
    response.headers["Vary"] = "Accept"
    if negotiated:
        response.headers["Content-Location"] = f"{request.script_root}{doc_path}{suffix}"
    links = [f'<{request.script_root}{doc_path}{s}>; rel="alternate"; type="{m}"' for m, (_, s) in RDF_TYPES.items()]
    response.headers["Link"] = ", ".join(links)
    return response

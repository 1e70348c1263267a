"""Linked data: every minted IRI answers, for people and for machines.

- ``/id/...`` and ``/graph/...``: the resource ``{base}id/...`` (or the named graph ``{base}graph/...``).
  The request path is mapped onto ``config.base``, so the app serves its IRIs on whatever host and
  port it runs. HTML for browsers; Turtle, JSON-LD, N-Triples and RDF/XML by ``Accept``, by
  ``?_mediatype=`` (or ``?format=``) or by a suffix (``.ttl``, ``.jsonld``, ``.nt``, ``.rdf``, ``.html``).
  The IRI itself answers ``200`` with the negotiated representation, ``Vary: Accept`` and a
  ``Content-Location`` naming the suffixed document (see docs/linked-data.md for why not 303).
- ``/def`` (also ``/def.ttl`` ...): the ontology; HTML documentation with the SHACL shapes, Turtle etc.
- ``/context.jsonld``: the stable JSON-LD ``@context`` used by every JSON-LD answer.
- ``/.well-known/void``: VoID + DCAT description of the dataset; ``/dump/wsis-kg.{trig.gz,nq.gz,ttl,jsonld}``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, render_template, request
from flask_cors import CORS
from markupsafe import Markup, escape
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, RDF, RDFS, SH, VOID

from wsiskg.core.export import PREFIXES, dump_rdf, gzip_bytes, jsonld_context
from wsiskg.core.resources import read_text, resource
from wsiskg.core.vocab import WSIS_NS
from wsiskg.queries import get_query

from .app import get_config, get_store
from .errors import NotFound
from .negotiation import choose, format_param

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

ONTOLOGY_IRI = WSIS_NS.rstrip("#")
SCHEMA = Namespace("https://schema.org/")

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
LABEL_ORDER = [
    "http://xmlns.com/foaf/0.1/name",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    str(RDFS.label),
    str(DCTERMS.title),
    WSIS_NS + "heading",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    WSIS_NS + "acronym",
    WSIS_NS + "code",
]
#: label properties whose values are looked for in source paragraphs
MENTION_LABELS = set(LABEL_ORDER) - {str(DCTERMS.title), WSIS_NS + "heading"}
_BAD_IRI_CHARS = re.compile(r'[\s<>"{}|\\^`]')


# --------------------------------------------------------------------------- helpers shared with exports
def base_of() -> str:
    return get_config(current_app).base


def local_href(iri: str, base: str | None = None) -> str:
    """The path at which this app serves ``iri`` (minted IRIs, ontology terms); other IRIs as they are."""
    base = base or base_of()
    root = request.script_root if request else ""
    if iri.startswith(base) and len(iri) > len(base):
        return f"{root}/{iri[len(base) :]}"
    if iri.startswith(WSIS_NS):
        return f"{root}/def#{iri[len(WSIS_NS) :]}"
    if iri == ONTOLOGY_IRI:
        return f"{root}/def"
    return iri


def curie(iri: str) -> str:
    for prefix, ns in list(PREFIXES.items()) + [
        ("rdf", str(RDF)),
        ("void", str(VOID)),
        ("dcat", str(DCAT)),
        ("sh", str(SH)),
    ]:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def serialize(graph: Graph, media: str) -> bytes:
    """``graph`` in one of :data:`RDF_TYPES` (JSON-LD compacted with the stable context)."""
    fmt, _ = RDF_TYPES[media]
    bind_prefixes(graph)
    if fmt == "json-ld":
        return graph.serialize(
            format="json-ld", context=jsonld_context()["@context"], auto_compact=True, encoding="utf-8"
        )
    return graph.serialize(format=fmt, encoding="utf-8")


def _checked_iri(iri: str) -> str:
    if _BAD_IRI_CHARS.search(iri):
        raise NotFound(f"no resource <{iri}>: not a valid IRI")
    try:
        ox.NamedNode(iri)
    except ValueError as exc:
        raise NotFound(f"no resource <{iri}>: {exc}") from exc
    return iri


def _rows(name: str, iri: str) -> list[dict]:
    _, rows = get_store(current_app).select(get_query(name).text, substitutions={"resource": URIRef(iri)})
    return rows


# --------------------------------------------------------------------------- the description
@dataclass
class Description:
    iri: str
    graph: Graph
    outgoing: list[tuple[URIRef, object, str]] = field(default_factory=list)  # property, value, graph
    incoming: list[tuple[URIRef, URIRef]] = field(default_factory=list)  # subject, property
    labels: dict[str, str] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)  # the resource's own label values
    paragraphs: list[dict] = field(default_factory=list)

    @property
    def exists(self) -> bool:
        return bool(self.outgoing or self.incoming)

    def label(self, iri: str) -> str:
        return self.labels.get(str(iri)) or curie(str(iri))


def describe(iri: str) -> Description:
    """All triples with ``iri`` as subject in every graph (+ its blank nodes), the links to it,
    and the labels of everything linked: a concise bounded description with incoming links."""
    _checked_iri(iri)
    node = URIRef(iri)
    g = bind_prefixes(Graph())
    d = Description(iri, g)
    for row in _rows("resource-triples", iri):
        g.add((node, row["property"], row["value"]))
        d.outgoing.append((row["property"], row["value"], str(row["graph"])))
    for row in _rows("resource-bnodes", iri):
        g.add((row["node"], row["property"], row["value"]))
    for row in _rows("resource-incoming", iri):
        g.add((row["subject"], row["property"], node))
        d.incoming.append((row["subject"], row["property"]))
    ranked: dict[str, tuple[int, str]] = {}
    for row in _rows("resource-labels", iri):
        key, prop, value = str(row["node"]), str(row["labelProperty"]), str(row["label"])
        rank = LABEL_ORDER.index(prop) if prop in LABEL_ORDER else 99
        if key not in ranked or rank < ranked[key][0]:
            ranked[key] = (rank, value)
        if key != iri:
            g.add((row["node"], row["labelProperty"], row["label"]))
        elif prop in MENTION_LABELS and value not in d.names:
            d.names.append(value)
    d.labels = {k: v for k, (_, v) in ranked.items()}
    for row in _rows("resource-mentions", iri):
        d.paragraphs.append(
            {
                "iri": str(row["paragraph"]),
                "text": str(row["text"]),
                "order": row["order"].toPython() if row.get("order") is not None else None,
                "report": str(row["report"]) if row.get("report") is not None else None,
                "report_title": str(row["reportTitle"]) if row.get("reportTitle") is not None else None,
            }
        )
    return d


def highlight(text: str, names: list[str]) -> Markup:
    """``text`` escaped, with every occurrence of one of ``names`` wrapped in ``<mark>``."""
    names = sorted({n.strip() for n in names if n and len(n.strip()) > 1}, key=len, reverse=True)
    if not names:
        return Markup(escape(text))
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
    out: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        out.append(str(escape(text[last : m.start()])))
        out.append(f"<mark>{escape(m.group(0))}</mark>")
        last = m.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


def neighbourhood(d: Description, limit: int = 18) -> dict:
    """A radial picture: the resource in the middle, its linked resources around it (inline SVG data)."""
    seen: dict[str, dict] = {}
    for prop, value, _ in d.outgoing:
        if isinstance(value, URIRef) and prop != RDF.type and str(value) not in seen:
            seen[str(value)] = {"iri": str(value), "edge": curie(str(prop)), "out": True}
    for subject, prop in d.incoming:
        if isinstance(subject, URIRef) and str(subject) not in seen:
            seen[str(subject)] = {"iri": str(subject), "edge": curie(str(prop)), "out": False}
    items = list(seen.values())[:limit]
    width, height, radius = 640, 420, 160
    cx, cy = width / 2, height / 2
    for i, item in enumerate(items):
        angle = 2 * math.pi * i / max(len(items), 1) - math.pi / 2
        item["x"], item["y"] = round(cx + radius * math.cos(angle), 1), round(cy + radius * 0.95 * math.sin(angle), 1)
        item["label"] = _short(d.label(item["iri"]))
        item["href"] = local_href(item["iri"])
    return {
        "width": width,
        "height": height,
        "cx": cx,
        "cy": cy,
        "nodes": items,
        "label": _short(d.label(d.iri)),
        "more": max(0, len(seen) - limit),
    }


def _short(text: str, n: int = 28) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _value_view(value, d: Description) -> dict:
    if isinstance(value, URIRef):
        return {"kind": "iri", "iri": str(value), "href": local_href(str(value)), "label": d.label(str(value))}
    if isinstance(value, BNode):
        return {"kind": "bnode", "text": f"_:{value}"}
    lit: Literal = value
    return {
        "kind": "literal",
        "text": str(lit),
        "lang": lit.language,
        "datatype": curie(str(lit.datatype)) if lit.datatype else None,
    }


def html_view(d: Description, kind: str = "resource") -> dict:
    # a triple stated in several named graphs (a report repeating reference data) is one value,
    # listed once with all the graphs that state it
    props: dict[str, dict[object, dict]] = {}
    for prop, value, graph in d.outgoing:
        if prop == RDF.type:
            continue
        values = props.setdefault(str(prop), {})
        if value in values:
            values[value]["graphs"].append(graph)
        else:
            values[value] = {**_value_view(value, d), "graphs": [graph]}
    properties = [
        {"iri": p, "curie": curie(p), "href": local_href(p), "vals": list(vs.values())} for p, vs in props.items()
    ]
    types = sorted({str(v) for p, v, _ in d.outgoing if p == RDF.type})
    incoming = [
        {"subject": _value_view(s, d), "property": curie(str(p)), "property_href": local_href(str(p))}
        for s, p in d.incoming
    ]
    paragraphs = [
        {
            **p,
            "html": highlight(p["text"], d.names),
            "href": local_href(p["iri"]),
            "report_href": local_href(p["report"]) if p["report"] else None,
        }
        for p in d.paragraphs
    ]
    path = local_href(d.iri)
    return {
        "iri": d.iri,
        "label": d.label(d.iri),
        "kind": kind,
        "types": [{"iri": t, "curie": curie(t), "href": local_href(t)} for t in types],
        "properties": properties,
        "incoming": incoming,
        "paragraphs": paragraphs,
        "graphs": [{"iri": g, "href": local_href(g)} for g in sorted({g for _, _, g in d.outgoing})],
        "picture": neighbourhood(d),
        "alternates": [
            {"href": path + suffix, "media": media, "suffix": suffix} for media, (_, suffix) in RDF_TYPES.items()
        ],
    }


# --------------------------------------------------------------------------- answering
def _split_suffix(path: str) -> tuple[str, str | None]:
    for suffix in SUFFIXES:
        if path.endswith(suffix) and len(path) > len(suffix):
            return path[: -len(suffix)], suffix
    return path, None


def _answer(doc_path: str, media: str, negotiated: bool, make_graph, make_html) -> Response:
    if media == "text/html":
        body, mimetype = make_html(), "text/html"
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


def _media_for(suffix: str | None) -> tuple[str, bool]:
    if suffix:
        return SUFFIXES[suffix], False
    return choose(format_param(request.args), request.headers.get("Accept"), OFFERED), True


def _serve_minted(area: str, rest: str) -> Response:
    base = base_of()
    path = f"{area}/{rest}"
    iri = base + path
    d = describe(iri) if not _BAD_IRI_CHARS.search(iri) else None
    suffix = None
    if d is None or not d.exists:
        stripped, suffix = _split_suffix(path)
        if suffix:
            iri = base + stripped
            path = stripped
            d = describe(iri)
    store = get_store(current_app)
    is_graph = area == "graph" and store.has_graph(iri)
    if d is None or (not d.exists and not is_graph):
        raise NotFound(f"no resource <{iri}> in this dataset")
    media, negotiated = _media_for(suffix)

    def make_graph() -> Graph:
        if is_graph:
            g = store.graph(iri)
            for triple in d.graph:
                g.add(triple)
            return g
        return d.graph

    def make_html() -> str:
        view = html_view(d, "graph" if is_graph else "resource")
        if is_graph:
            view["graph_size"] = len(store.graph(iri))
        return render_template("resource.html", r=view)

    return _answer("/" + path, media, negotiated, make_graph, make_html)


@bp.route("/id/<path:rest>")
def minted_resource(rest: str) -> Response:
    return _serve_minted("id", rest)


@bp.route("/graph/<path:rest>")
def named_graph(rest: str) -> Response:
    return _serve_minted("graph", rest)


# --------------------------------------------------------------------------- the ontology
def ontology_graphs() -> tuple[Graph, Graph]:
    """(ontology, shapes): H1's builder when present, else the packaged Turtle files."""
    cache = current_app.extensions.setdefault("wsiskg.linked_data", {})
    if "ontology" not in cache:
        try:  # H1's builders, when present
            from wsiskg.core.reference import ontology_graph, shapes_graph

            onto, shapes = ontology_graph(), shapes_graph()
        except ImportError:
            onto, shapes = Graph(), Graph()
            for graph, name in ((onto, "wsis.ttl"), (shapes, "shapes.ttl")):
                if resource("ontology", name).is_file():
                    graph.parse(data=read_text("ontology", name), format="turtle")
        cache["ontology"] = (bind_prefixes(onto), bind_prefixes(shapes))
    return cache["ontology"]


def _text(graph: Graph, node, *props) -> str:
    for p in props:
        for v in graph.objects(node, p):
            if isinstance(v, Literal) and (v.language in (None, "en")):
                return str(v)
    return ""


def _shape_constraints(shapes: Graph) -> tuple[dict, dict]:
    """class IRI -> [shape rows], property IRI -> [constraint rows]."""
    by_class: dict[str, list] = {}
    by_property: dict[str, list] = {}
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(SH.targetClass, None)):
        targets = [str(t) for t in shapes.objects(shape, SH.targetClass)]
        rows = []
        for prop_shape in shapes.objects(shape, SH.property):
            path = shapes.value(prop_shape, SH.path)
            facets = []
            for facet in (
                SH.minCount,
                SH.maxCount,
                SH.datatype,
                SH["class"],
                SH.nodeKind,
                SH.pattern,
                SH["in"],
                SH.minInclusive,
                SH.maxInclusive,
                SH.severity,
            ):
                for v in shapes.objects(prop_shape, facet):
                    facets.append(f"{curie(str(facet))} {curie(str(v)) if isinstance(v, URIRef) else v}")
            row = {
                "shape": curie(str(shape)) if isinstance(shape, URIRef) else "shape",
                "path": curie(str(path)) if isinstance(path, URIRef) else str(path),
                "path_href": local_href(str(path)) if isinstance(path, URIRef) else "",
                "facets": facets,
                "message": _text(shapes, prop_shape, SH.message, SH.description),
                "targets": [curie(t) for t in targets],
            }
            rows.append(row)
            if isinstance(path, URIRef):
                by_property.setdefault(str(path), []).append(row)
        for t in targets:
            by_class.setdefault(t, []).extend(rows)
    return by_class, by_property


def ontology_view() -> dict:
    onto, shapes = ontology_graphs()
    by_class, by_property = _shape_constraints(shapes)

    def term(node) -> dict:
        iri = str(node)

        def ref(p):
            return [
                {"curie": curie(str(v)), "href": local_href(str(v))}
                for v in onto.objects(node, p)
                if isinstance(v, URIRef)
            ]

        return {
            "iri": iri,
            "name": iri[len(WSIS_NS) :],
            "curie": curie(iri),
            "label": _text(onto, node, RDFS.label, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")),
            "comment": _text(onto, node, RDFS.comment, URIRef("http://www.w3.org/2004/02/skos/core#definition")),
            "super": ref(RDFS.subClassOf) + ref(RDFS.subPropertyOf),
            "domain": ref(RDFS.domain) + ref(SCHEMA.domainIncludes),
            "range": ref(RDFS.range) + ref(SCHEMA.rangeIncludes),
            "shapes": by_class.get(iri, []) or by_property.get(iri, []),
        }

    own = lambda n: isinstance(n, URIRef) and str(n).startswith(WSIS_NS)  # noqa: E731
    classes = sorted(
        {n for n in onto.subjects(RDF.type, OWL.Class) if own(n)}
        | {n for n in onto.subjects(RDF.type, RDFS.Class) if own(n)}
    )
    props = sorted(
        {
            n
            for t in (OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property)
            for n in onto.subjects(RDF.type, t)
            if own(n)
        }
    )
    return {
        "iri": ONTOLOGY_IRI,
        "namespace": WSIS_NS,
        "title": _text(onto, URIRef(ONTOLOGY_IRI), DCTERMS.title) or "wsis-kg ontology",
        "description": _text(onto, URIRef(ONTOLOGY_IRI), DCTERMS.description),
        "classes": [term(c) for c in classes],
        "properties": [term(p) for p in props],
        "shape_count": len(set(shapes.subjects(RDF.type, SH.NodeShape))),
        "alternates": [
            {"href": f"{request.script_root}/def{s}", "media": m, "suffix": s} for m, (_, s) in RDF_TYPES.items()
        ],
    }


@bp.route("/def")
@bp.route("/def<any('.ttl', '.jsonld', '.nt', '.rdf', '.html'):suffix>")
def ontology(suffix: str | None = None) -> Response:
    media, negotiated = _media_for(suffix)
    return _answer(
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


# --------------------------------------------------------------------------- VoID, DCAT, dumps
#: dump file name -> (export format, gzip?, media type)
DUMPS: dict[str, tuple[str, bool, str]] = {
    "wsis-kg.trig.gz": ("trig", True, "application/trig"),
    "wsis-kg.nq.gz": ("nquads", True, "application/n-quads"),
    "wsis-kg.ttl": ("turtle", False, "text/turtle"),
    "wsis-kg.jsonld": ("jsonld", False, "application/ld+json"),
}


def _select(name: str, **substitutions) -> list[dict]:
    _, rows = get_store(current_app).select(get_query(name).text, substitutions=substitutions or None)
    return rows


def _int(row: dict | None, key: str) -> int:
    return int(row[key].toPython()) if row and row.get(key) is not None else 0


def last_modified() -> str:
    rows = _select("void-modified")
    if rows and rows[0].get("modified") is not None:
        return str(rows[0]["modified"])
    store = get_store(current_app)
    if store.path is not None and store.path.exists():
        stamp = max((p.stat().st_mtime for p in store.path.iterdir()), default=store.path.stat().st_mtime)
        return datetime.fromtimestamp(stamp, UTC).replace(microsecond=0).isoformat()
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def void_graph(base: str) -> Graph:
    """VoID + DCAT description of the dataset served under ``base``."""
    g = bind_prefixes(Graph())
    g.bind("void", VOID)
    g.bind("dcat", DCAT)
    ds = URIRef(base + ".well-known/void#dataset")
    totals = (_select("void-totals") or [None])[0]
    entities = (_select("void-entities", space=Literal(base + "id/")) or [None])[0]
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, DCTERMS.title, Literal("wsis-kg", lang="en")))
    g.add(
        (
            ds,
            DCTERMS.description,
            Literal(
                "A knowledge graph of WSIS actors, meetings, requests, action lines and SDGs, extracted "
                "from ITU meeting "
                "reports.",
                lang="en",
            ),
        )
    )
    g.add((ds, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))
    g.add((ds, DCTERMS.modified, Literal(last_modified())))
    g.add((ds, VOID.uriSpace, Literal(base + "id/")))
    g.add((ds, VOID.vocabulary, URIRef(WSIS_NS)))
    g.add((ds, VOID.sparqlEndpoint, URIRef(base + "sparql")))
    g.add((ds, VOID.rootResource, URIRef(base + "id/sdg")))
    g.add((ds, VOID.triples, Literal(_int(totals, "triples"))))
    g.add((ds, VOID.distinctSubjects, Literal(_int(totals, "subjects"))))
    g.add((ds, VOID.distinctObjects, Literal(_int(totals, "objects"))))
    g.add((ds, VOID.properties, Literal(_int(totals, "properties"))))
    g.add((ds, VOID.entities, Literal(_int(entities, "entities"))))
    classes = _select("void-classes")
    g.add((ds, VOID.classes, Literal(len(classes))))
    for row in classes:
        part = BNode()
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], row["class"]))
        g.add((part, VOID.entities, Literal(_int(row, "entities"))))
    for row in _select("void-properties"):
        part = BNode()
        g.add((ds, VOID.propertyPartition, part))
        g.add((part, VOID.property, row["property"]))
        g.add((part, VOID.triples, Literal(_int(row, "triples"))))
    for row in _select("void-graphs"):
        sub = row["graph"]
        g.add((ds, VOID.subset, sub))
        g.add((sub, RDF.type, VOID.Dataset))
        g.add((sub, VOID.triples, Literal(_int(row, "triples"))))
    for name, (_, _, media) in DUMPS.items():
        url = URIRef(base + "dump/" + name)
        g.add((ds, VOID.dataDump, url))
        dist = URIRef(base + ".well-known/void#" + name)
        g.add((ds, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCAT.mediaType, URIRef("https://www.iana.org/assignments/media-types/" + media)))
        if name.endswith(".gz"):
            g.add((dist, DCAT.compressFormat, URIRef("https://www.iana.org/assignments/media-types/application/gzip")))
    service = URIRef(base + "sparql")
    g.add((service, RDF.type, DCAT.DataService))
    g.add((service, DCAT.endpointURL, service))
    g.add((service, DCAT.servesDataset, ds))
    g.add((ds, DCAT.distribution, URIRef(base + ".well-known/void#sparql")))
    g.add((URIRef(base + ".well-known/void#sparql"), RDF.type, DCAT.Distribution))
    g.add((URIRef(base + ".well-known/void#sparql"), DCAT.accessService, service))
    g.add((URIRef(base + ".well-known/void#sparql"), DCAT.accessURL, service))
    return g


@bp.route("/.well-known/void")
@bp.route("/.well-known/void<any('.ttl', '.jsonld', '.nt', '.rdf', '.html'):suffix>")
def void(suffix: str | None = None) -> Response:
    if suffix:
        media, negotiated = SUFFIXES[suffix], False
    else:
        media = choose(format_param(request.args), request.headers.get("Accept"), [*RDF_TYPES, "text/html"])
        negotiated = True
    graph = void_graph(base_of())
    return _answer(
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
    data = dump_rdf(get_store(current_app), fmt)
    if gz:
        data = gzip_bytes(data)
    response = Response(data, mimetype="application/gzip" if gz else media)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response

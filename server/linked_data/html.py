"""The HTML views of linked data: a resource page, its neighbourhood picture, the ontology documentation."""

from __future__ import annotations

import math
import re
from typing import Any

from flask import request
from markupsafe import Markup, escape
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH
from rdflib.term import Node

from wsiskg.core.vocab import WSIS_NS

from .describe import Description, ontology_graphs
from .links import ONTOLOGY_IRI, curie, local_href
from .negotiate import RDF_TYPES

SCHEMA = Namespace("https://schema.org/")


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


def neighbourhood(d: Description, limit: int = 18) -> dict[str, Any]:
    """A radial picture: the resource in the middle, its linked resources around it (inline SVG data)."""
    seen: dict[str, dict[str, Any]] = {}
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


def _value_view(value: Node, d: Description) -> dict[str, Any]:
    if isinstance(value, URIRef):
        return {"kind": "iri", "iri": str(value), "href": local_href(str(value)), "label": d.label(str(value))}
    if isinstance(value, BNode):
        return {"kind": "bnode", "text": f"_:{value}"}
    lit = value if isinstance(value, Literal) else Literal(str(value))
    return {
        "kind": "literal",
        "text": str(lit),
        "lang": lit.language,
        "datatype": curie(str(lit.datatype)) if lit.datatype else None,
    }


def html_view(d: Description, kind: str = "resource") -> dict[str, Any]:
    # a triple stated in several named graphs (a report repeating reference data) is one value,
    # listed once with all the graphs that state it
    props: dict[str, dict[Node, dict[str, Any]]] = {}
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


def _text(graph: Graph, node: Node, *props: URIRef) -> str:
    for p in props:
        for v in graph.objects(node, p):
            if isinstance(v, Literal) and (v.language in (None, "en")):
                return str(v)
    return ""


def _shape_constraints(shapes: Graph) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    """class IRI -> [shape rows], property IRI -> [constraint rows]."""
    by_class: dict[str, list[dict[str, Any]]] = {}
    by_property: dict[str, list[dict[str, Any]]] = {}
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


def ontology_view() -> dict[str, Any]:
    onto, shapes = ontology_graphs()
    by_class, by_property = _shape_constraints(shapes)

    def term(node: Node) -> dict[str, Any]:
        iri = str(node)

        def ref(p: URIRef) -> list[dict[str, str]]:
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

    def own(n: Node) -> bool:
        return isinstance(n, URIRef) and str(n).startswith(WSIS_NS)

    classes = sorted(
        {str(n) for n in onto.subjects(RDF.type, OWL.Class) if own(n)}
        | {str(n) for n in onto.subjects(RDF.type, RDFS.Class) if own(n)}
    )
    props = sorted(
        {
            str(n)
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
        "classes": [term(URIRef(c)) for c in classes],
        "properties": [term(URIRef(p)) for p in props],
        "shape_count": len(set(shapes.subjects(RDF.type, SH.NodeShape))),
        "alternates": [
            {"href": f"{request.script_root}/def{s}", "media": m, "suffix": s} for m, (_, s) in RDF_TYPES.items()
        ],
    }

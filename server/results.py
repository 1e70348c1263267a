"""Serialisers for SPARQL answers: results (JSON, XML, CSV, TSV) and RDF graphs.

Written here rather than with ``QuerySolutions.serialize`` so that a capped answer can carry
its warning inside the document (JSON ``"warning"`` member, XML comment) besides the
``X-SPARQL-Truncated`` header. Terms are pyoxigraph terms; ``None`` is an unbound variable.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
SRX_NS = "http://www.w3.org/2005/sparql-results#"

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}

Row = Sequence[object]


def _datatype(term: ox.Literal) -> str | None:
    dt = term.datatype.value if term.datatype is not None else None
    return None if dt in (XSD_STRING, RDF_LANGSTRING) else dt


def _json_term(term: object) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        datatype = _datatype(term)
        if term.language:
            out["xml:lang"] = term.language
        elif datatype:
            out["datatype"] = datatype
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(term.subject),
                "predicate": _json_term(term.predicate),
                "object": _json_term(term.object),
            },
        }
    raise TypeError(f"not an RDF term: {term!r}")


def _xml_term(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        datatype = _datatype(term)
        if datatype:
            return f"<literal datatype={quoteattr(datatype)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (
            f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
            f"</predicate><object>{_xml_term(term.object)}</object></triple>"
        )
    raise TypeError(f"not an RDF term: {term!r}")


def _csv_value(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _tsv_value(term: object) -> str:
    return "" if term is None else str(term)  # pyoxigraph prints terms in N-Triples / Turtle syntax


def solutions(variables: Sequence[str], rows: Iterable[Row], media_type: str, warning: str | None = None) -> bytes:
    """A SELECT answer in ``media_type`` (one of the four SPARQL results formats)."""
    rows = list(rows)
    if media_type == "application/sparql-results+json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        doc: dict[str, Any] = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
        if warning:
            doc["warning"] = warning
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if media_type == "application/sparql-results+xml":
        out = ['<?xml version="1.0" encoding="UTF-8"?>\n', f'<sparql xmlns="{SRX_NS}">\n']
        if warning:
            out.append(f"<!-- {escape(warning).replace('--', '- -')} -->\n")
        out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in variables) + "</head>\n<results>\n")
        for row in rows:
            out.append(
                "<result>"
                + "".join(
                    f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                    for v, t in zip(variables, row, strict=True)
                    if t is not None
                )
                + "</result>\n"
            )
        out.append("</results>\n</sparql>\n")
        return "".join(out).encode("utf-8")
    if media_type == "text/csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow([_csv_value(t) for t in row])
        return buf.getvalue().encode("utf-8")
    if media_type == "text/tab-separated-values":
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join(_tsv_value(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"not a SPARQL results format: {media_type}")


def boolean(value: bool, media_type: str) -> bytes:
    """An ASK answer in SPARQL JSON or XML results."""
    if media_type == "application/sparql-results+json":
        return json.dumps({"head": {}, "boolean": bool(value)}).encode("utf-8")
    if media_type == "application/sparql-results+xml":
        return (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="{SRX_NS}"><head/>'
            f"<boolean>{'true' if value else 'false'}</boolean></sparql>\n"
        ).encode()
    raise ValueError(f"not a boolean results format: {media_type}")


def triples(items: Iterable[ox.Triple], media_type: str, prefixes: dict[str, str] | None = None) -> bytes:
    """A CONSTRUCT / DESCRIBE answer (or any graph) in an RDF format."""
    fmt = RDF_FORMATS[media_type]
    data: list[ox.Triple] | list[ox.Quad] = list(items)
    if fmt.supports_datasets:
        data = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in items]
    if prefixes and fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        return ox.serialize(data, format=fmt, prefixes=prefixes) or b""
    return ox.serialize(data, format=fmt) or b""

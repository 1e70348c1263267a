"""Rendering SELECT results for the command line, and binding query parameters."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from rdflib import BNode, Literal, URIRef

from wsiskg.queries import Param

from .errors import InputError


def _plain(term) -> str:
    return "" if term is None else str(term)


def _json_term(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def render(variables: Sequence[str], rows: Sequence[dict], fmt: str) -> str:
    """``table`` (aligned text), ``csv``/``tsv`` (header row, plain values) or ``json`` (SPARQL 1.1 JSON results)."""
    if fmt == "json":
        doc = {
            "head": {"vars": list(variables)},
            "results": {"bindings": [{v: _json_term(r[v]) for v in variables if r.get(v) is not None} for r in rows]},
        }
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(variables)
        for r in rows:
            w.writerow(
                [
                    _plain(r.get(v)).replace("\t", " ").replace("\n", " ") if fmt == "tsv" else _plain(r.get(v))
                    for v in variables
                ]
            )
        return buf.getvalue()
    cells = [[_plain(r.get(v)).replace("\n", " ") for v in variables] for r in rows]
    widths = [min(60, max([len(v)] + [len(c[i]) for c in cells])) for i, v in enumerate(variables)]

    def line(vals):
        return "  ".join(
            (v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(vals, widths, strict=True)
        ).rstrip()

    out = [line(variables), line(["-" * w for w in widths])] + [line(c) for c in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def bind_params(declared: Sequence[Param], given: Sequence[str]) -> dict:
    """``NAME=VALUE`` strings -> {variable: rdflib term}, typed by the query's declared params."""
    types = {p.name: p.type for p in declared}
    out: dict = {}
    for item in given:
        name, sep, value = item.partition("=")
        if not sep:
            raise InputError(f"bad --param '{item}': expected NAME=VALUE")
        if declared and name not in types:
            raise InputError(f"unknown parameter '{name}'; this query takes: {', '.join(types) or 'none'}")
        kind = types.get(name, "string")
        if kind == "iri":
            out[name] = URIRef(value)
        elif kind == "integer":
            try:
                out[name] = Literal(int(value))
            except ValueError:
                raise InputError(f"parameter '{name}' must be an integer, got '{value}'") from None
        else:
            out[name] = Literal(value)
    return out

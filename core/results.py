"""Rendering SELECT results for the command line.

- ``table`` (the default, for people): IRIs shown by their labels (``Labeller``), a column that
  only repeats another column's labels left out, and the columns fitted to ``width`` (the
  terminal's) by shortening the widest cells with ``…``.
- ``csv`` / ``tsv``: a header row and every value in full, plain (IRIs as IRIs, literals as their
  text; tabs and newlines in TSV cells become spaces). Not the SPARQL TSV of the HTTP endpoint,
  which writes terms in N-Triples syntax (``<iri>``, ``"text"@en``) and ``?var`` headers.
- ``json``: SPARQL 1.1 Query Results JSON, the same document the HTTP endpoint answers.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .store import Store

Row = dict[str, Node | None]
#: IRI -> label for people (None when it has none)
Labeller = Callable[[str], str | None]

#: label properties, most preferred first
LABEL_PROPERTIES = (
    "http://xmlns.com/foaf/0.1/name",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://purl.org/dc/terms/title",
    "https://w3id.org/wsis-kg/def#heading",
    "https://w3id.org/wsis-kg/def#code",
)
MAX_CELL = 60
MIN_CELL = 8


def _plain(term: Node | None) -> str:
    return "" if term is None else str(term)


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal):
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype:
            out["datatype"] = str(term.datatype)
    return out


def store_labeller(store: Store, base: str) -> Labeller:
    """Labels from ``store`` (the preferred label property a resource has), else the IRI's path under ``base``."""
    cache: dict[str, str | None] = {}
    props = [ox.NamedNode(p) for p in LABEL_PROPERTIES]

    def label(iri: str) -> str | None:
        if iri not in cache:
            found = None
            try:
                node = ox.NamedNode(iri)
            except ValueError:
                node = None
            if node is not None:  # one query on any engine; the first property in LABEL_PROPERTIES wins
                values = " ".join(str(p) for p in props)
                _, rows = store.select(
                    f"SELECT ?p ?l WHERE {{ VALUES ?p {{ {values} }} {node} ?p ?l FILTER(isLiteral(?l)) }}"
                )
                by_prop = {str(r["p"]): str(r["l"]) for r in rows}
                found = next((by_prop[p.value] for p in props if p.value in by_prop), None)
            if found is None and iri.startswith(base):
                found = iri[len(base) :].removeprefix("id/")
            cache[iri] = found
        return cache[iri]

    return label


def render(
    variables: Sequence[str],
    rows: Sequence[Row],
    fmt: str,
    width: int | None = None,
    label: Labeller | None = None,
) -> str:
    """The rows in ``fmt``: ``table``, ``csv``, ``tsv`` or ``json`` (see the module docstring)."""
    if fmt == "json":
        bindings = [{v: _json_term(t) for v in variables if (t := r.get(v)) is not None} for r in rows]
        doc = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(variables)
        for r in rows:
            cells = [_plain(r.get(v)) for v in variables]
            w.writerow([c.replace("\t", " ").replace("\n", " ") for c in cells] if fmt == "tsv" else cells)
        return buf.getvalue()
    return table(variables, rows, width, label)


def _cell(term: Node | None, label: Labeller | None) -> str:
    text = " ".join(_plain(term).split())
    if label is not None and (isinstance(term, URIRef) or text.startswith(("http://", "https://"))):
        return label(text) or text  # an IRI, or a label column that fell back to the IRI's text
    return text


def table(
    variables: Sequence[str], rows: Sequence[Row], width: int | None = None, label: Labeller | None = None
) -> str:
    """Aligned text: labels for IRIs, repeated columns left out, fitted to ``width`` characters."""
    columns = list(variables)
    cells = [[_cell(r.get(v), label) for v in columns] for r in rows]
    if rows and label is not None:
        # a column of IRIs whose labels repeat another column (requester / requesterIri) is left out
        iri_columns = {i for i, v in enumerate(columns) if any(isinstance(r.get(v), URIRef) for r in rows)}
        keep: list[int] = []
        for i in range(len(columns)):
            others = [j for j in range(len(columns)) if j != i and (j not in iri_columns or j in keep)]
            if i in iri_columns and any(all(c[i] == c[j] for c in cells) for j in others):
                continue
            keep.append(i)
        columns = [columns[i] for i in keep]
        cells = [[c[i] for i in keep] for c in cells]
    widths = [max([len(v)] + [len(c[i]) for c in cells]) for i, v in enumerate(columns)]
    if width is not None:  # a terminal: no cell wider than MAX_CELL, and the line fitted to its width
        widths = fit([min(MAX_CELL, w) for w in widths], width, [len(v) for v in columns])

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            (v if len(v) <= w else v[: max(w - 1, 0)] + "…").ljust(w) for v, w in zip(values, widths, strict=True)
        ).rstrip()

    out = [line(columns), line(["-" * w for w in widths])] + [line(c) for c in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def fit(widths: list[int], total: int, headers: list[int]) -> list[int]:
    """Shrink the widest columns until the line (two spaces between columns) fits ``total``."""
    widths = list(widths)
    floor = [min(w, max(MIN_CELL, min(h, 12))) for w, h in zip(widths, headers, strict=True)]
    while sum(widths) + 2 * (len(widths) - 1) > total:
        candidates = [i for i, w in enumerate(widths) if w > floor[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] -= 1
    return widths

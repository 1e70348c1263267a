"""Validate: check a graph against ``ontology/shapes.ttl`` with pySHACL.

One public function returning plain values (pySHACL's own habit): a
:class:`ValidationReport` whose violations name the node, the constraint and the
source paragraph the node came from.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyshacl
from rdflib import RDF, Graph
from rdflib.namespace import PROV, SH

from wsiskg.core.reference import ontology_graph, shapes_graph
from wsiskg.core.vocab import WSIS


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    constraint: str  # e.g. "sh:MinCountConstraintComponent"
    shape: str
    message: str
    severity: str
    source: str  # paragraph IRI the focus node comes from, "" when unknown
    source_text: str = ""

    def line(self) -> str:
        where = f" (from {self.source})" if self.source else ""
        path = f" {self.path}" if self.path else ""
        return f"{self.severity}: <{self.focus}>{path}: {self.constraint}: {self.message}{where}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    results_graph: Graph
    text: str


def _short(term) -> str:
    s = str(term)
    for prefix, ns in (("sh:", str(SH)),):
        if s.startswith(ns):
            return prefix + s[len(ns) :]
    return s


def _source(data: Graph, focus) -> tuple[str, str]:
    for p in data.objects(focus, PROV.wasDerivedFrom):
        return str(p), str(data.value(p, WSIS.text) or "")
    for p in data.subjects(WSIS.mentions, focus):
        return str(p), str(data.value(p, WSIS.text) or "")
    if (focus, RDF.type, WSIS.Paragraph) in data:
        return str(focus), str(data.value(focus, WSIS.text) or "")
    return "", ""


def validate(data: Graph) -> ValidationReport:
    """Validate ``data`` (one report graph, or the reference graph) against the shapes."""
    conforms, results, text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    violations = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        src, src_text = _source(data, focus)
        violations.append(
            Violation(
                focus=str(focus),
                path=str(results.value(r, SH.resultPath) or ""),
                constraint=_short(results.value(r, SH.sourceConstraintComponent)),
                shape=str(results.value(r, SH.sourceShape) or ""),
                message=str(results.value(r, SH.resultMessage) or ""),
                severity=_short(results.value(r, SH.resultSeverity) or SH.Violation).replace("sh:", ""),
                source=src,
                source_text=src_text,
            )
        )
    violations.sort(key=lambda v: (v.focus, v.path, v.constraint))
    return ValidationReport(bool(conforms), tuple(violations), results, text)


__all__ = ["Violation", "ValidationReport", "validate"]

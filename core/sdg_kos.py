"""The UN SDG Knowledge Organization System, read from the copy shipped in ``ontology/sdg-kos/``.

One reader for everything the project knows about goals, targets and indicators: the
reference graph (:mod:`wsiskg.core.reference`) and the extractor (stated references,
topic tagging) both use :func:`kos`, so labels, notations and hierarchy exist once, in the
UN's file, and nowhere else. Parsed with pyoxigraph (fast: ~20 ms) and cached.

Known defects of the source handled here (see ``docs/sdgs.md``): a few concepts carry
two ``skos:prefLabel`` in one language (a trailing-space variant, or a stray label such as
"By 2030,d" on target 12.3); we keep one per language, the longest after trimming.
Nine indicators are shared by several targets (``C200303`` is 1.5.1, 11.5.1 and 13.1.1);
they keep every notation and every parent.
"""

from __future__ import annotations

import re
from dataclasses import astuple, dataclass
from functools import cache
from typing import Any

import pyoxigraph as ox

from wsiskg.core.data_cache import derived
from wsiskg.core.iris import SDG_KOS
from wsiskg.core.resources import resource

__all__ = ["KOS_FILE", "Kos", "SdgConcept", "kos"]

KOS_FILE = ("sdg-kos", "sdg-kos-goals-targets-indicators.ttl")
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_SDGO = SDG_KOS + "ontology#"
_KINDS = {_SDGO + "Goal": "goal", _SDGO + "Target": "target", _SDGO + "Indicator": "indicator"}


@dataclass(frozen=True)
class SdgConcept:
    """A goal (code ``9``), target (``9.c``) or indicator (UN permanent code ``C090c01``)."""

    kind: str  # "goal" | "target" | "indicator"
    code: str
    notations: tuple[str, ...]  # compact notations: ("9",), ("9.c",), ("1.5.1", "11.5.1", "13.1.1")
    labels: tuple[tuple[str, str], ...]  # (language, official text), one per language
    short_labels: tuple[tuple[str, str], ...]  # goals: (language, short name) from skos:altLabel
    notes: tuple[tuple[str, str], ...]  # (language, "Target 9.c") from skos:note
    parents: tuple[str, ...]  # codes of the broader goal / targets
    matches: tuple[str, ...]  # other skos:exactMatch IRIs (UNEP SDGIO, Wikidata)

    def label(self, lang: str = "en") -> str:
        return dict(self.labels).get(lang, "")

    def short_label(self, lang: str = "en") -> str:
        return dict(self.short_labels).get(lang, "")

    @property
    def goal(self) -> int:
        """The goal number this concept belongs to (the first, for a shared indicator)."""
        return int(self.notations[0].split(".")[0])


@dataclass(frozen=True)
class Kos:
    goals: dict[int, SdgConcept]
    targets: dict[str, SdgConcept]  # "9.c" -> target
    indicators: dict[str, SdgConcept]  # "C090c01" -> indicator
    indicator_by_notation: dict[str, str]  # "9.c.1" -> "C090c01"

    def concept(self, code: str) -> SdgConcept | None:
        """A goal (``"9"``), target (``"9.c"``) or indicator (``"C090c01"`` or ``"9.c.1"``) by code."""
        if code.isdigit():
            return self.goals.get(int(code))
        if code in self.targets:
            return self.targets[code]
        return self.indicators.get(self.indicator_by_notation.get(code, code))

    def children(self, code: str) -> list[SdgConcept]:
        pool = self.targets.values() if code.isdigit() else self.indicators.values()
        return [c for c in pool if code in c.parents]


def _code(iri: str) -> str:
    return iri[len(SDG_KOS) :] if iri.startswith(SDG_KOS) else ""


def _one_per_language(values: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    best: dict[str, str] = {}
    for lang, text in values:
        text = text.strip()
        if text and len(text) > len(best.get(lang, "")):
            best[lang] = text
    return tuple(sorted(best.items()))


def _sort_key(code: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 100 + ord(p[0]) for p in re.split(r"[.]", code))


@cache
def kos() -> Kos:
    """The shipped UN SDG KOS (goals, targets, indicators), parsed once; the concepts read from the
    file are kept between runs of the command line (:mod:`wsiskg.core.data_cache`)."""
    rows = derived("sdg-kos", _concept_rows, files=[resource("ontology", *KOS_FILE)], code=[__name__, "pyoxigraph"])
    concepts = {row[1]: SdgConcept(*row) for row in rows}
    goals = {int(c.code): c for c in concepts.values() if c.kind == "goal"}
    targets = {c.code: c for c in sorted(concepts.values(), key=lambda c: _sort_key(c.code)) if c.kind == "target"}
    indicators = {
        c.code: c for c in sorted(concepts.values(), key=lambda c: _sort_key(c.notations[0])) if c.kind == "indicator"
    }
    by_notation = {n: c.code for c in indicators.values() for n in c.notations}
    return Kos(dict(sorted(goals.items())), targets, indicators, by_notation)


def _concept_rows() -> tuple[tuple[Any, ...], ...]:
    """Every concept of the file, as the tuple of its fields."""
    facts: dict[str, dict[str, list[tuple[str, str]]]] = {}
    kinds: dict[str, str] = {}
    with resource("ontology", *KOS_FILE).open("rb") as fh:
        for t in ox.parse(fh, format=ox.RdfFormat.TURTLE):
            s, p, o = t.subject, t.predicate.value, t.object
            code = _code(s.value) if isinstance(s, ox.NamedNode) else ""
            if not code:
                continue
            if p == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" and o.value in _KINDS:
                kinds[code] = _KINDS[o.value]
            elif p.startswith(_SKOS):
                lang = o.language or "" if isinstance(o, ox.Literal) else ""
                value = o.value
                if p == _SKOS + "notation" and isinstance(o, ox.Literal):
                    if not o.datatype.value.endswith("SDGCodeCompact"):
                        continue
                facts.setdefault(code, {}).setdefault(p[len(_SKOS) :], []).append((lang or "", value))
    concepts: dict[str, SdgConcept] = {}
    for code, kind in kinds.items():
        f = facts.get(code, {})
        concepts[code] = SdgConcept(
            kind=kind,
            code=code,
            notations=tuple(sorted({v for _, v in f.get("notation", [])}, key=_sort_key)) or (code,),
            labels=_one_per_language(f.get("prefLabel", [])),
            short_labels=_one_per_language(f.get("altLabel", [])),
            notes=tuple(sorted({(lang, v.strip()) for lang, v in f.get("note", [])})),
            parents=tuple(sorted({_code(v) for _, v in f.get("broader", []) if _code(v)}, key=_sort_key)),
            matches=tuple(sorted({v for _, v in f.get("exactMatch", [])})),
        )
    return tuple(astuple(c) for c in concepts.values())

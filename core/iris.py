"""The one place that mints IRIs, for the reference data and for reports alike.

Every data IRI is ``{base}id/...`` and every named graph ``{base}graph/...`` (scheme in
``docs/architecture.md``); ``base`` ends with '/' or '#'. :mod:`wsiskg.core.reference`
(reference graph, matrix) and :mod:`wsiskg.ingest.model` (report graphs) both use
:class:`Minter`, so a reference node and a report's link to it can never drift apart.
The UN SDG KOS IRIs (``http://metadata.un.org/sdg/9.c``), which our SDG nodes are
``skos:exactMatch`` of, are minted here too (:func:`un_sdg`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import URIRef

__all__ = ["SDG_KOS", "WIKIDATA", "Minter", "un_sdg"]

#: namespace of the UN SDG KOS (goals ``.../sdg/9``, targets ``.../sdg/9.c``, indicators ``.../sdg/C090c01``)
SDG_KOS = "http://metadata.un.org/sdg/"
WIKIDATA = "http://www.wikidata.org/entity/"


@lru_cache(maxsize=8192)
def _seg(text: str) -> str:
    """One safe IRI path segment (keys are slugs already; this only guards). Remembered: a
    report's IRIs repeat their segments (``report``, its id, ``para``) thousands of times."""
    return quote(text.strip(), safe="-._~")


def un_sdg(code: str) -> URIRef:
    """The UN SDG KOS IRI of a goal (``9``), target (``9.c``) or indicator (``C090c01``); ``""``: the scheme."""
    return URIRef(SDG_KOS + _seg(code) if code else SDG_KOS.rstrip("/"))


@dataclass(frozen=True)
class Minter:
    """Mints every IRI of the data under ``base`` (ends with '/' or '#')."""

    base: str

    def id(self, *parts: str) -> URIRef:
        return URIRef(self.base + "id/" + "/".join(_seg(p) for p in parts))

    def graph(self, *parts: str) -> URIRef:
        return URIRef(self.base + "graph/" + "/".join(_seg(p) for p in parts))

    # ------------------------------------------------------------ reports and their parts
    def report(self, rid: str) -> URIRef:
        return self.id("report", rid)

    def section(self, rid: str, number: str) -> URIRef:
        return self.id("report", rid, "section", number)

    def paragraph(self, rid: str, order: int) -> URIRef:
        return self.id("report", rid, "para", str(order))

    def in_report(self, rid: str, kind: str, key: str) -> URIRef:
        """A resource that exists only in one report: ``request``, ``decision``, ``deadline``, ``sdg-tag``..."""
        return self.id("report", rid, kind, key)

    # ------------------------------------------------------------ actors and reference data
    def scheme(self, name: str) -> URIRef:
        """A concept scheme of the reference data (``action-line``, ``sdg``, ``role``, ``request-kind``)."""
        return self.id(name)

    def person(self, key: str) -> URIRef:
        return self.id("person", key)

    def body(self, key: str) -> URIRef:
        return self.id("org", key)

    def post(self, key: str) -> URIRef:
        return self.id("post", *key.split("/"))

    def role(self, role: str) -> URIRef:
        return self.id("role", role)

    def country(self, code: str) -> URIRef:
        return self.id("country", code.upper())

    def group(self, key: str) -> URIRef:
        return self.id("group", key)

    def action_line(self, code: str) -> URIRef:
        return self.id("action-line", code)

    def matrix_link(self, code: str, sdg: str) -> URIRef:
        """The link node of action line ``code`` to goal or target ``sdg`` (``9``, ``9.c``)."""
        return self.id("action-line", code, "sdg-link", sdg)

    def sdg(self, code: str) -> URIRef:
        """``all`` -> the SDG scheme; ``9`` a goal; ``9.c`` a target; ``C090c01`` an indicator (UN permanent code)."""
        if code == "all":
            return self.id("sdg")
        if code[:1] == "C":
            return self.id("sdg", "indicator", code)
        return self.id("sdg", code)

    def event(self, key: str) -> URIRef:
        return self.id("event", key)

    def meeting(self, slug: str) -> URIRef:
        """A meeting: ``{base}id/meeting/{slug}`` (``ingest.model.meeting_slug``, else the report's id)."""
        return self.id("meeting", slug)

    def document(self, key: str) -> URIRef:
        return self.id("document", key)

    def resolution(self, key: str) -> URIRef:
        return self.id("resolution", key)

    def request_kind(self, verb: str) -> URIRef:
        return self.id("request-kind", verb)

    def software(self, name: str, version: str) -> URIRef:
        """A software agent that produced data (the SDG tagger): ``{base}id/software/{name}/{version}``."""
        return self.id("software", name, version)

    def concern(self, ref: str) -> URIRef | None:
        """``action-line:C4``, ``sdg:9``, ``event:<key>``, ``document:<key>``, ``resolution:<key>`` -> IRI."""
        kind, _, key = ref.partition(":")
        maker = {
            "action-line": self.action_line,
            "sdg": self.sdg,
            "event": self.event,
            "document": self.document,
            "resolution": self.resolution,
        }.get(kind)
        return maker(key) if maker and key else None


def is_iri(value: str) -> bool:
    """Whether ``value`` is an absolute IRI (a scheme, a colon, and what an IRI allows after it)."""
    scheme, sep, rest = value.partition(":")
    if not sep or not rest or not scheme.isascii() or not scheme[:1].isalpha():
        return False
    try:
        ox.NamedNode(value)
    except ValueError:
        return False
    return True

"""Reference data, ontology and shapes as rdflib graphs.

* :func:`build_reference_graph` builds the reference named graph
  (``{base}graph/reference``) from the gazetteer CSVs in ``ontology/gazetteers/``
  and from :mod:`pycountry`: bodies, countries, WSIS action lines, SDGs, roles,
  request and decision kinds, and the sourced action line/SDG links.
* :func:`load_matrix_csv` reads a user's action line/SDG matrix CSV
  (columns ``action line, SDG or target, source``) into link nodes.
* :func:`ontology_graph` and :func:`shapes_graph` parse ``ontology/wsis.ttl`` and
  ``ontology/shapes.ttl``.

Every function returns a NEW graph the caller may change freely; parsing and
building are cached per base (:func:`functools.lru_cache`) and the cached graph is
copied, so a call costs a few milliseconds after the first.

Only facts marked *verified* in the compiled sources go into the gazetteers (see
``docs/ontology.md``); this module adds nothing of its own but IRIs and types.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

import pycountry
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, SKOS

from wsiskg.core.errors import InputError
from wsiskg.core.resources import read_text
from wsiskg.core.vocab import WSIS

__all__ = [
    "BODY_KINDS",
    "body_classes",
    "build_reference_graph",
    "gazetteer_rows",
    "load_matrix_csv",
    "ontology_graph",
    "reference_graph_iri",
    "shapes_graph",
]

WIKIDATA = "http://www.wikidata.org/entity/"
SDG_KOS = "http://metadata.un.org/sdg/"

#: body kind slug (``bodies.csv`` ``kind``, ``records.Body.kind``) -> wsis: kind class (or None)
BODY_KINDS: dict[str, URIRef | None] = {
    "working-group": WSIS.WorkingGroup,
    "bureau": WSIS.Bureau,
    "sector": WSIS.Sector,
    "secretariat": WSIS.Secretariat,
    "un-entity": WSIS.UNEntity,
    "commission": WSIS.Commission,
    "expert-group": WSIS.ExpertGroup,
    "partnership": WSIS.Partnership,
    "company": WSIS.Company,
    "conference": WSIS.Conference,
    "council": None,
    "organization": None,
}
#: kinds whose bodies are organizational units of their parent (org:unitOf)
UNIT_KINDS = frozenset({"bureau", "sector", "secretariat"})

ACTION_LINE_CODE = re.compile(r"^C([1-9]|1[01])(\.[a-z]+(-[a-z]+)*)?$")
_SDG_GOAL = re.compile(r"^(?:SDG\s*)?([1-9]|1[0-7])$", re.IGNORECASE)
_SDG_TARGET = re.compile(r"^(?:SDG\s*)?([1-9]|1[0-7])\.([1-9][0-9]?|[a-z])$", re.IGNORECASE)
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


# ----------------------------------------------------------------------- helpers
def reference_graph_iri(base: str) -> URIRef:
    """The named graph the reference data lives in: ``{base}graph/reference``."""
    return URIRef(base + "graph/reference")


def body_classes(kind: str) -> tuple[URIRef, ...]:
    """The rdf:types of a body of ``kind`` (org:Organization, wsis:Body, unit and kind classes)."""
    if kind not in BODY_KINDS:
        raise InputError(f"unknown body kind {kind!r}; expected one of: {', '.join(BODY_KINDS)}")
    types = [ORG.Organization, WSIS.Body]
    if kind in UNIT_KINDS:
        types.append(ORG.OrganizationalUnit)
    cls = BODY_KINDS[kind]
    if cls is not None:
        types.append(cls)
    return tuple(types)


def gazetteer_rows(name: str) -> list[dict[str, str]]:
    """The rows of ``ontology/gazetteers/{name}`` (UTF-8 CSV with a header), values stripped."""
    text = read_text("ontology", "gazetteers", name)
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(";") if v.strip()]


def _en(text: str) -> Literal:
    return Literal(text, lang="en")


def _source(value: str) -> URIRef | Literal:
    return URIRef(value) if re.match(r"^https?://\S+$", value) else Literal(value)


def _copy(graph: Graph) -> Graph:
    new = Graph()
    for prefix, ns in graph.namespaces():
        new.bind(prefix, ns, override=True, replace=True)
    for t in graph:
        new.add(t)
    return new


def _bind(g: Graph, base: str) -> None:
    g.bind("wsis", str(WSIS._NS))
    g.bind("org", ORG)
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    g.bind("owl", OWL)
    g.bind("id", base + "id/")


# ----------------------------------------------------------------------- ontology and shapes
@cache
def _parsed(name: str) -> Graph:
    return Graph().parse(data=read_text("ontology", name), format="turtle")


def ontology_graph() -> Graph:
    """``ontology/wsis.ttl`` as a new graph."""
    return _copy(_parsed("wsis.ttl"))


def shapes_graph() -> Graph:
    """``ontology/shapes.ttl`` (the SHACL shapes) as a new graph."""
    return _copy(_parsed("shapes.ttl"))


# ----------------------------------------------------------------------- reference graph
def build_reference_graph(base: str) -> Graph:
    """The reference named graph for data IRIs under ``base`` (ends with '/' or '#')."""
    return _copy(_reference(base))


@lru_cache(maxsize=4)
def _reference(base: str) -> Graph:
    if not base.endswith(("/", "#")):
        raise InputError(f"base IRI {base!r} must end with '/' or '#'")
    g = Graph()
    _bind(g, base)
    defined_by = reference_graph_iri(base)
    bodies = _add_bodies(g, base, defined_by)
    _add_countries(g, base, defined_by)
    codes = _add_action_lines(g, base, defined_by, bodies)
    _add_sdgs(g, base, defined_by)
    _add_roles(g, base, defined_by)
    _add_kinds(g, base, defined_by)
    for triple in _matrix_triples(
        read_text("ontology", "gazetteers", "action-line-sdg-links.csv"), "action-line-sdg-links.csv", base, codes
    ):
        g.add(triple)
    return g


def _scheme(g: Graph, base: str, name: str, label: str) -> URIRef:
    scheme = URIRef(f"{base}id/{name}")
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, _en(label)))
    return scheme


def _add_bodies(g: Graph, base: str, defined_by: URIRef) -> set[str]:
    rows = gazetteer_rows("bodies.csv")
    keys = {r["key"] for r in rows}
    for r in rows:
        key = r["key"]
        if not _SLUG.match(key):
            raise InputError(f"bodies.csv: body key {key!r} is not a lower-case slug")
        node = URIRef(f"{base}id/org/{key}")
        for t in body_classes(r["kind"]):
            g.add((node, RDF.type, t))
        g.add((node, SKOS.prefLabel, _en(r["name"])))
        g.add((node, RDFS.label, _en(r["name"])))
        if r["acronym"]:
            g.add((node, WSIS.acronym, Literal(r["acronym"])))
        for alias in _split(r["aliases"]):
            g.add((node, SKOS.altLabel, _en(alias)))
        if r["parent"]:
            if r["parent"] not in keys:
                raise InputError(f"bodies.csv: body {key!r} has unknown parent {r['parent']!r}")
            parent = URIRef(f"{base}id/org/{r['parent']}")
            g.add((node, ORG.subOrganizationOf, parent))
            if r["kind"] in UNIT_KINDS:
                g.add((node, ORG.unitOf, parent))
                g.add((parent, ORG.hasUnit, node))
            g.add((parent, ORG.hasSubOrganization, node))
        if r["wikidata"]:
            if not re.match(r"^Q[0-9]+$", r["wikidata"]):
                raise InputError(f"bodies.csv: body {key!r} has a malformed Wikidata id {r['wikidata']!r}")
            g.add((node, OWL.sameAs, URIRef(WIKIDATA + r["wikidata"])))
        g.add((node, RDFS.isDefinedBy, defined_by))
    return keys


def _add_countries(g: Graph, base: str, defined_by: URIRef) -> None:
    aliases: dict[str, list[str]] = {}
    for r in gazetteer_rows("country-aliases.csv"):
        aliases.setdefault(r["alpha3"], []).append(r["alias"])
    known = {c.alpha_3 for c in pycountry.countries}
    unknown = sorted(set(aliases) - known)
    if unknown:
        raise InputError(f"country-aliases.csv: unknown ISO 3166-1 alpha-3 codes: {', '.join(unknown)}")
    for c in pycountry.countries:
        node = URIRef(f"{base}id/country/{c.alpha_3}")
        g.add((node, RDF.type, WSIS.Country))
        g.add((node, SKOS.prefLabel, _en(c.name)))
        g.add((node, RDFS.label, _en(c.name)))
        g.add((node, WSIS.iso3166Alpha2, Literal(c.alpha_2)))
        g.add((node, WSIS.iso3166Alpha3, Literal(c.alpha_3)))
        g.add((node, SKOS.notation, Literal(c.alpha_3)))
        names = [getattr(c, "official_name", None), getattr(c, "common_name", None), *aliases.get(c.alpha_3, [])]
        for name in names:
            if name and name != c.name:
                g.add((node, SKOS.altLabel, _en(name)))
        g.add((node, RDFS.isDefinedBy, defined_by))


def _add_action_lines(g: Graph, base: str, defined_by: URIRef, bodies: set[str]) -> set[str]:
    scheme = _scheme(g, base, "action-line", "WSIS action lines")
    rows = gazetteer_rows("action-lines.csv")
    codes = {r["code"] for r in rows}
    for r in rows:
        code = r["code"]
        if not ACTION_LINE_CODE.match(code):
            raise InputError(f"action-lines.csv: malformed action line code {code!r}")
        node = URIRef(f"{base}id/action-line/{code}")
        g.add((node, RDF.type, WSIS.ActionLine))
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.notation, Literal(code)))
        g.add((node, WSIS.code, Literal(code)))
        g.add((node, SKOS.prefLabel, _en(r["title"])))
        g.add((node, RDFS.label, _en(f"{code} {r['title']}")))
        for alias in ([r["short_title"]] if r["short_title"] else []) + _split(r["aliases"]):
            g.add((node, SKOS.altLabel, _en(alias)))
        g.add((node, SKOS.inScheme, scheme))
        if r["parent"]:
            if r["parent"] not in codes:
                raise InputError(f"action-lines.csv: {code} has unknown parent {r['parent']!r}")
            parent = URIRef(f"{base}id/action-line/{r['parent']}")
            g.add((node, SKOS.broader, parent))
            g.add((parent, SKOS.narrower, node))
        else:
            g.add((node, SKOS.topConceptOf, scheme))
            g.add((scheme, SKOS.hasTopConcept, node))
        for prop, column in ((WSIS.leadFacilitator, "lead_facilitators"), (WSIS.coFacilitator, "co_facilitators")):
            for key in _split(r[column]):
                if key not in bodies:
                    raise InputError(f"action-lines.csv: {code} names unknown body {key!r} in {column}")
                g.add((node, prop, URIRef(f"{base}id/org/{key}")))
        for src in _split(r["sources"]):
            g.add((node, DCTERMS.source, _source(src)))
        g.add((node, RDFS.isDefinedBy, defined_by))
    return codes


def _add_sdgs(g: Graph, base: str, defined_by: URIRef) -> None:
    scheme = _scheme(g, base, "sdg", "Sustainable Development Goals")
    g.add((scheme, SKOS.exactMatch, URIRef(SDG_KOS.rstrip("/"))))
    for r in gazetteer_rows("sdgs.csv"):
        n = int(r["number"])
        node = URIRef(f"{base}id/sdg/{n}")
        g.add((node, RDF.type, WSIS.SDG))
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, WSIS.goalNumber, Literal(n, datatype=XSD.integer)))
        g.add((node, SKOS.notation, Literal(str(n))))
        g.add((node, SKOS.prefLabel, _en(r["pref_label"])))
        g.add((node, RDFS.label, _en(f"SDG {n}: {r['alt_label']}")))
        if r["alt_label"]:
            g.add((node, SKOS.altLabel, _en(r["alt_label"])))
        g.add((node, SKOS.exactMatch, URIRef(r["kos_uri"] or f"{SDG_KOS}{n}")))
        if r["sdgio_iri"]:
            g.add((node, SKOS.exactMatch, URIRef(r["sdgio_iri"])))
        if r["wikidata"]:
            g.add((node, SKOS.exactMatch, URIRef(WIKIDATA + r["wikidata"])))
        g.add((node, SKOS.inScheme, scheme))
        g.add((node, SKOS.topConceptOf, scheme))
        g.add((scheme, SKOS.hasTopConcept, node))
        g.add((node, RDFS.isDefinedBy, defined_by))


def _add_roles(g: Graph, base: str, defined_by: URIRef) -> None:
    scheme = _scheme(g, base, "role", "Roles of posts")
    for r in gazetteer_rows("roles.csv"):
        role = r["role"]
        if not _SLUG.match(role):
            raise InputError(f"roles.csv: role {role!r} is not a lower-case slug")
        node = URIRef(f"{base}id/role/{role}")
        g.add((node, RDF.type, ORG.Role))
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.notation, Literal(role)))
        g.add((node, SKOS.prefLabel, _en(r["label"])))
        g.add((node, RDFS.label, _en(r["label"])))
        for alias in _split(r["aliases"]):
            g.add((node, SKOS.altLabel, _en(alias)))
        g.add((node, SKOS.inScheme, scheme))
        g.add((node, RDFS.isDefinedBy, defined_by))


def _add_kinds(g: Graph, base: str, defined_by: URIRef) -> None:
    scheme = _scheme(g, base, "request-kind", "Kinds of requests and decisions")
    for r in gazetteer_rows("request-kinds.csv"):
        verb = r["verb"]
        if not _SLUG.match(verb):
            raise InputError(f"request-kinds.csv: verb {verb!r} is not a lower-case slug")
        if r["is_request"] not in ("true", "false"):
            raise InputError(f"request-kinds.csv: is_request of {verb!r} must be true or false")
        node = URIRef(f"{base}id/request-kind/{verb}")
        g.add((node, RDF.type, WSIS.RequestKind if r["is_request"] == "true" else WSIS.DecisionKind))
        g.add((node, RDF.type, WSIS.DecisionKind))
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.notation, Literal(verb)))
        g.add((node, SKOS.prefLabel, _en(r["label"])))
        g.add((node, RDFS.label, _en(r["label"])))
        for form in _split(r["forms"]):
            g.add((node, SKOS.hiddenLabel, _en(form)))
        g.add((node, SKOS.inScheme, scheme))
        g.add((node, RDFS.isDefinedBy, defined_by))


# ----------------------------------------------------------------------- action line / SDG matrix
_COLUMNS = ("action line", "sdg or target", "source")


def load_matrix_csv(path: Path | str, base: str) -> Graph:
    """Read an action line/SDG matrix CSV into ``wsis:ActionLineSDGLink`` nodes.

    Columns (header row, any order, case-insensitive): ``action line`` (``C4``,
    ``C7.e-health``), ``SDG or target`` (``9`` for the goal, ``9.c`` for a target;
    an ``SDG`` prefix is allowed), ``source`` (a URL or a citation; required).
    Each row gives a link node with ``wsis:actionLine``, ``wsis:sdg`` (the goal),
    ``wsis:sdgTarget`` (the UN SDG KOS target IRI, for targets) and
    ``dcterms:source``, plus the direct ``wsis:linkedSDG`` from the action line.
    Raises :class:`~wsiskg.core.errors.InputError` naming the file and line of a bad row.
    """
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: cannot read the matrix CSV ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: the matrix CSV is not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    codes = {r["code"] for r in gazetteer_rows("action-lines.csv")}
    g = Graph()
    _bind(g, base)
    for triple in _matrix_triples(text, str(path), base, codes):
        g.add(triple)
    return g


def _matrix_triples(text: str, where: str, base: str, codes: set[str]) -> Iterable[tuple]:
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if not header or not any(h.strip() for h in header):
        raise InputError(f"{where}:1: empty file; expected a header row: action line,SDG or target,source")
    names = [h.strip().lower() for h in header]
    missing = [c for c in _COLUMNS if c not in names]
    if missing:
        raise InputError(
            f"{where}:1: missing column(s) {', '.join(repr(m) for m in missing)}; "
            f"the header must name: action line,SDG or target,source (found: {', '.join(header)})"
        )
    idx = {c: names.index(c) for c in _COLUMNS}
    triples = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            raise InputError(f"{where}:{line}: expected {len(header)} columns, found {len(row)}")
        al, sdg, source = (row[idx[c]].strip() for c in _COLUMNS)
        code = al[:1].upper() + al[1:] if al else al
        if not ACTION_LINE_CODE.match(code):
            raise InputError(
                f"{where}:{line}: malformed action line {al!r}; expected C1..C11 or a sub-line such as C7.e-health"
            )
        if code not in codes:
            raise InputError(
                f"{where}:{line}: unknown action line {al!r}; known: {', '.join(sorted(codes, key=_code_key))}"
            )
        goal_m, target_m = _SDG_GOAL.match(sdg), _SDG_TARGET.match(sdg)
        if not (goal_m or target_m):
            raise InputError(
                f'{where}:{line}: bad SDG or target {sdg!r}; expected a goal 1..17 ("9") or a target ("9.c", "16.10")'
            )
        if not source:
            raise InputError(f"{where}:{line}: missing source for {al} -> {sdg}; every link needs a source")
        goal = int((goal_m or target_m).group(1))
        target = f"{goal}.{target_m.group(2).lower()}" if target_m else None
        al_node = URIRef(f"{base}id/action-line/{code}")
        sdg_node = URIRef(f"{base}id/sdg/{goal}")
        link = URIRef(f"{base}id/action-line/{code}/sdg-link/{target or goal}")
        triples += [
            (link, RDF.type, WSIS.ActionLineSDGLink),
            (link, WSIS.actionLine, al_node),
            (link, WSIS.sdg, sdg_node),
            (link, DCTERMS.source, _source(source)),
            (link, RDFS.label, Literal(f"{code} -> SDG {target or goal}")),
            (al_node, WSIS.linkedSDG, sdg_node),
        ]
        if target:
            triples += [
                (link, WSIS.sdgTarget, URIRef(SDG_KOS + target)),
                (URIRef(SDG_KOS + target), SKOS.notation, Literal(target)),
            ]
    return triples


def _code_key(code: str) -> tuple[int, str]:
    m = re.match(r"^C(\d+)(.*)$", code)
    return (int(m.group(1)), m.group(2)) if m else (99, code)

"""Reference data, ontology and shapes as rdflib graphs.

* :func:`build_reference_graph` builds the reference named graph
  (``{base}graph/reference``) from the gazetteer CSVs in ``ontology/gazetteers/``,
  from :mod:`pycountry` and from the UN SDG KOS (:mod:`wsiskg.core.sdg_kos`): bodies,
  countries, WSIS action lines, SDG goals/targets/indicators, roles, request and
  decision kinds, and the sourced action line/SDG links.
* :func:`load_matrix_csv` reads a user's action line/SDG matrix CSV
  (columns ``action line, SDG or target, source``) into link nodes.
* :func:`ontology_graph` and :func:`shapes_graph` parse ``ontology/wsis.ttl`` and
  ``ontology/shapes.ttl``.

Every function returns a NEW graph the caller may change freely; parsing and
building are cached per base (:func:`functools.lru_cache`) and the cached graph is
copied (the ontology and the shapes: a new graph of their cached triples), so a call
costs a few milliseconds after the first.

Only facts marked *verified* in the compiled sources go into the gazetteers (see
``docs/ontology.md``); this module adds nothing of its own but types; IRIs come from :class:`wsiskg.core.iris.Minter`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

import pycountry
from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, SKOS
from rdflib.term import Node

from wsiskg.core.data_cache import derived, kept_file
from wsiskg.core.errors import InputError
from wsiskg.core.iris import WIKIDATA, Minter, un_sdg
from wsiskg.core.resources import gazetteer_rows, read_text, resource
from wsiskg.core.sdg_kos import KOS_FILE, kos
from wsiskg.core.store import nt_lines, ox_triples
from wsiskg.core.vocab import WSIS

__all__ = [
    "BODY_KINDS",
    "body_classes",
    "build_reference_graph",
    "gazetteer_rows",
    "load_matrix_csv",
    "ontology_graph",
    "plain_term",
    "reference_files",
    "reference_graph_iri",
    "shapes_graph",
    "term_of_plain",
    "triples_of_plain",
]


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
_SDGO = "http://metadata.un.org/sdg/ontology#"
#: SDG KOS concept kind -> the UN SDG ontology class our node also carries
_SDGO_CLASS = {kind: URIRef(_SDGO + kind.capitalize()) for kind in ("goal", "target", "indicator")}


# ----------------------------------------------------------------------- helpers
def reference_graph_iri(base: str) -> URIRef:
    """The named graph the reference data lives in: ``{base}graph/reference``."""
    return Minter(base).graph("reference")


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
#: a term as plain data (the data cache's values): ("u", IRI) | ("b", id) | ("l", lexical form,
#: datatype IRI or "", language or "")
_PlainTerm = tuple[str, ...]


def plain_term(term: Node) -> _PlainTerm:
    """``term`` as plain data, for a value the data cache keeps (:func:`term_of_plain` reads it back)."""
    if isinstance(term, Literal):
        return ("l", str(term), str(term.datatype or ""), term.language or "")
    return ("b" if isinstance(term, BNode) else "u", str(term))


def term_of_plain(plain: _PlainTerm) -> Node:
    """The rdflib term ``plain`` (:func:`plain_term`) stands for."""
    if plain[0] == "l":
        return Literal(plain[1], datatype=URIRef(plain[2]) if plain[2] else None, lang=plain[3] or None)
    return BNode(plain[1]) if plain[0] == "b" else URIRef(plain[1])


def triples_of_plain(plain: Iterable[tuple[_PlainTerm, ...]]) -> tuple[tuple[Node, Node, Node], ...]:
    """The rdflib triples of ``plain`` (triples of :func:`plain_term`), each distinct term made once: a
    graph names the same few predicates and classes in most of its triples, and an rdflib term costs
    several times a dict lookup to make (the shapes: 2,700 terms, some 700 distinct)."""
    made: dict[_PlainTerm, Node] = {}

    def term(t: _PlainTerm) -> Node:
        found = made.get(t)
        if found is None:
            found = made[t] = term_of_plain(t)
        return found

    return tuple((term(s), term(p), term(o)) for s, p, o in plain)


def _parse_plain(name: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[_PlainTerm, ...], ...]]:
    graph = Graph().parse(data=read_text("ontology", name), format="turtle")
    prefixes = tuple((prefix, str(ns)) for prefix, ns in graph.namespaces())
    return prefixes, tuple(tuple(plain_term(t) for t in triple) for triple in graph)


@cache
def _parsed(name: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[Node, Node, Node], ...]]:
    """``ontology/<name>`` parsed: its prefixes and its triples; the triples are kept between runs
    of the command line (:mod:`wsiskg.core.data_cache`)."""
    prefixes, triples = derived(
        f"turtle:{name}", lambda: _parse_plain(name), files=[resource("ontology", name)], code=[__name__, "rdflib"]
    )
    return prefixes, triples_of_plain(triples)


def _graph(name: str) -> Graph:
    """A new graph of ``ontology/<name>`` (built from the parsed triples: no graph to copy)."""
    prefixes, triples = _parsed(name)
    graph = Graph()
    for prefix, ns in prefixes:
        graph.bind(prefix, ns, override=True, replace=True)
    graph.addN((s, p, o, graph) for s, p, o in triples)
    return graph


def ontology_graph() -> Graph:
    """``ontology/wsis.ttl`` as a new graph."""
    return _graph("wsis.ttl")


def shapes_graph() -> Graph:
    """``ontology/shapes.ttl`` (the SHACL shapes) as a new graph."""
    return _graph("shapes.ttl")


# ----------------------------------------------------------------------- reference graph
def build_reference_graph(base: str) -> Graph:
    """The reference named graph for data IRIs under ``base`` (ends with '/' or '#')."""
    return _copy(_reference(base))


def reference_triples(base: str) -> tuple[tuple[Node, Node, Node], ...]:
    """The triples of the reference graph for ``base``, without the copy :func:`build_reference_graph`
    makes (for a caller that only reads them, such as a store write; the graph itself is shared)."""
    return tuple(_reference(base))


def reference_files(base: str) -> dict[str, Path] | None:
    """The reference graph for ``base`` and the ontology as N-Triples files kept beside the command
    line's caches ({graph IRI: file}, what :meth:`Store.replace_graphs_from_files` reads), made by the
    run that first needs them and served while the gazetteers, the ontology and the code that builds
    them are unchanged (:func:`wsiskg.core.data_cache.kept_file`): a new store's reference data is then
    loaded without building its graph. None outside the command line (the caller builds the graphs)."""
    gazetteers = sorted((n for n in resource("ontology", "gazetteers").iterdir() if n.is_file()), key=lambda n: n.name)
    ref, onto = str(reference_graph_iri(base)), str(Minter(base).graph("ontology"))
    code = [__name__, "wsiskg.core.store", "wsiskg.core.iris", "wsiskg.core.sdg_kos", "wsiskg.core.resources"]
    files = {
        ref: kept_file(
            f"reference-nt:{base}",
            lambda: _ntriples(ref, reference_triples(base)),
            files=[*gazetteers, resource("ontology", *KOS_FILE)],
            code=[*code, "wsiskg.core.vocab", "pycountry", "rdflib", "pyoxigraph"],
        ),
        onto: kept_file(
            "ontology-nt",
            lambda: _ntriples(onto, ontology_graph()),
            files=[resource("ontology", "wsis.ttl")],
            code=[*code, "rdflib", "pyoxigraph"],
        ),
    }
    return None if None in files.values() else {g: path for g, path in files.items() if path is not None}


def _ntriples(graph_iri: str, triples: Iterable[tuple[Node, Node, Node]]) -> bytes:
    """``triples`` as the N-Triples lines a store write makes of them (:func:`wsiskg.core.store.nt_lines`)."""
    return "".join(line + "\n" for line in nt_lines(ox_triples(graph_iri, triples))).encode()


@lru_cache(maxsize=4)
def _reference(base: str) -> Graph:
    if not base.endswith(("/", "#")):
        raise InputError(f"base IRI {base!r} must end with '/' or '#'")
    g = Graph()
    _bind(g, base)
    mint = Minter(base)
    defined_by = reference_graph_iri(base)
    bodies = _add_bodies(g, mint, defined_by)
    _add_countries(g, mint, defined_by)
    codes = _add_action_lines(g, mint, defined_by, bodies)
    _add_sdgs(g, mint, defined_by)
    _add_roles(g, mint, defined_by)
    _add_kinds(g, mint, defined_by)
    for triple in _matrix_triples(
        read_text("ontology", "gazetteers", "action-line-sdg-links.csv"), "action-line-sdg-links.csv", base, codes
    ):
        g.add(triple)
    return g


def _scheme(g: Graph, mint: Minter, name: str, label: str) -> URIRef:
    scheme = mint.scheme(name)
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, _en(label)))
    return scheme


def _add_bodies(g: Graph, mint: Minter, defined_by: URIRef) -> set[str]:
    rows = gazetteer_rows("bodies.csv")
    keys = {r["key"] for r in rows}
    for r in rows:
        key = r["key"]
        if not _SLUG.match(key):
            raise InputError(f"bodies.csv: body key {key!r} is not a lower-case slug")
        node = mint.body(key)
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
            parent = mint.body(r["parent"])
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


def _add_countries(g: Graph, mint: Minter, defined_by: URIRef) -> None:
    aliases: dict[str, list[str]] = {}
    for r in gazetteer_rows("country-aliases.csv"):
        aliases.setdefault(r["alpha3"], []).append(r["alias"])
    known = {c.alpha_3 for c in pycountry.countries}
    unknown = sorted(set(aliases) - known)
    if unknown:
        raise InputError(f"country-aliases.csv: unknown ISO 3166-1 alpha-3 codes: {', '.join(unknown)}")
    for c in pycountry.countries:
        node = mint.country(c.alpha_3)
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


def _add_action_lines(g: Graph, mint: Minter, defined_by: URIRef, bodies: set[str]) -> set[str]:
    scheme = _scheme(g, mint, "action-line", "WSIS action lines")
    rows = gazetteer_rows("action-lines.csv")
    codes = {r["code"] for r in rows}
    for r in rows:
        code = r["code"]
        if not ACTION_LINE_CODE.match(code):
            raise InputError(f"action-lines.csv: malformed action line code {code!r}")
        node = mint.action_line(code)
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
            parent = mint.action_line(r["parent"])
            g.add((node, SKOS.broader, parent))
            g.add((parent, SKOS.narrower, node))
        else:
            g.add((node, SKOS.topConceptOf, scheme))
            g.add((scheme, SKOS.hasTopConcept, node))
        for prop, column in ((WSIS.leadFacilitator, "lead_facilitators"), (WSIS.coFacilitator, "co_facilitators")):
            for key in _split(r[column]):
                if key not in bodies:
                    raise InputError(f"action-lines.csv: {code} names unknown body {key!r} in {column}")
                g.add((node, prop, mint.body(key)))
        for src in _split(r["sources"]):
            g.add((node, DCTERMS.source, _source(src)))
        g.add((node, RDFS.isDefinedBy, defined_by))
    return codes


def _add_sdgs(g: Graph, mint: Minter, defined_by: URIRef) -> None:
    """Goals, targets and indicators from the shipped UN SDG KOS (every label, notation, link)."""
    scheme = _scheme(g, mint, "sdg", "Sustainable Development Goals")
    g.add((scheme, SKOS.exactMatch, un_sdg("")))
    k = kos()
    for concept in [*k.goals.values(), *k.targets.values(), *k.indicators.values()]:
        node = mint.sdg(concept.code)
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, RDF.type, _SDGO_CLASS[concept.kind]))
        for lang, text in concept.labels:
            g.add((node, SKOS.prefLabel, Literal(text, lang=lang)))
        for lang, text in concept.short_labels:
            g.add((node, SKOS.altLabel, Literal(text, lang=lang)))
        for notation in concept.notations:
            g.add((node, SKOS.notation, Literal(notation)))
        for lang, text in concept.notes:
            g.add((node, RDFS.label, Literal(text, lang=lang)))
        g.add((node, SKOS.exactMatch, un_sdg(concept.code)))
        for match in concept.matches:
            g.add((node, SKOS.exactMatch, URIRef(match)))
        for parent in concept.parents:
            g.add((node, SKOS.broader, mint.sdg(parent)))
            g.add((mint.sdg(parent), SKOS.narrower, node))
        g.add((node, SKOS.inScheme, scheme))
        g.add((node, RDFS.isDefinedBy, defined_by))
        if concept.kind == "goal":
            g.add((node, RDF.type, WSIS.SDG))
            g.add((node, WSIS.goalNumber, Literal(int(concept.code), datatype=XSD.integer)))
            g.add((node, SKOS.topConceptOf, scheme))
            g.add((scheme, SKOS.hasTopConcept, node))


def _add_roles(g: Graph, mint: Minter, defined_by: URIRef) -> None:
    scheme = _scheme(g, mint, "role", "Roles of posts")
    for r in gazetteer_rows("roles.csv"):
        role = r["role"]
        if not _SLUG.match(role):
            raise InputError(f"roles.csv: role {role!r} is not a lower-case slug")
        node = mint.role(role)
        g.add((node, RDF.type, ORG.Role))
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.notation, Literal(role)))
        g.add((node, SKOS.prefLabel, _en(r["label"])))
        g.add((node, RDFS.label, _en(r["label"])))
        for alias in _split(r["aliases"]):
            g.add((node, SKOS.altLabel, _en(alias)))
        g.add((node, SKOS.inScheme, scheme))
        g.add((node, RDFS.isDefinedBy, defined_by))


def _add_kinds(g: Graph, mint: Minter, defined_by: URIRef) -> None:
    scheme = _scheme(g, mint, "request-kind", "Kinds of requests and decisions")
    for r in gazetteer_rows("request-kinds.csv"):
        verb = r["verb"]
        if not _SLUG.match(verb):
            raise InputError(f"request-kinds.csv: verb {verb!r} is not a lower-case slug")
        if r["is_request"] not in ("true", "false"):
            raise InputError(f"request-kinds.csv: is_request of {verb!r} must be true or false")
        node = mint.request_kind(verb)
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


Triple = tuple[URIRef, URIRef, URIRef | Literal]


def _matrix_triples(text: str, where: str, base: str, codes: set[str]) -> list[Triple]:
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
    mint = Minter(base)
    triples: list[Triple] = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            raise InputError(f"{where}:{line}: expected {len(header)} columns, found {len(row)}")
        al, sdg, source = (row[idx[c]].strip() for c in _COLUMNS)
        code = _matrix_code(al, codes, f"{where}:{line}")
        goal, target = _matrix_sdg(sdg, f"{where}:{line}")
        if not source:
            raise InputError(f"{where}:{line}: missing source for {al} -> {sdg}; every link needs a source")
        al_node, sdg_node = mint.action_line(code), mint.sdg(goal)
        link = mint.matrix_link(code, target or goal)
        triples += [
            (link, RDF.type, WSIS.ActionLineSDGLink),
            (link, WSIS.actionLine, al_node),
            (link, WSIS.sdg, sdg_node),
            (link, DCTERMS.source, _source(source)),
            (link, RDFS.label, Literal(f"{code} -> SDG {target or goal}")),
            (al_node, WSIS.linkedSDG, sdg_node),
        ]
        if target:
            triples.append((link, WSIS.sdgTarget, mint.sdg(target)))
    return triples


def _matrix_code(al: str, codes: set[str], where: str) -> str:
    code = al[:1].upper() + al[1:] if al else al
    if not ACTION_LINE_CODE.match(code):
        raise InputError(f"{where}: malformed action line {al!r}; expected C1..C11 or a sub-line such as C7.e-health")
    if code not in codes:
        raise InputError(f"{where}: unknown action line {al!r}; known: {', '.join(sorted(codes, key=_code_key))}")
    return code


def _matrix_sdg(sdg: str, where: str) -> tuple[str, str | None]:
    """(goal, target or None) of an ``SDG or target`` cell; the target must exist in the UN SDG KOS."""
    goal_m, target_m = _SDG_GOAL.match(sdg), _SDG_TARGET.match(sdg)
    if target_m:
        target = f"{int(target_m.group(1))}.{target_m.group(2).lower()}"
        if target not in kos().targets:
            raise InputError(f"{where}: unknown SDG target {sdg!r}; goal {target_m.group(1)} has no target {target}")
        return target_m.group(1), target
    if goal_m:
        return goal_m.group(1), None
    raise InputError(f'{where}: bad SDG or target {sdg!r}; expected a goal 1..17 ("9") or a target ("9.c", "16.10")')


def _code_key(code: str) -> tuple[int, str]:
    m = re.match(r"^C(\d+)(.*)$", code)
    return (int(m.group(1)), m.group(2)) if m else (99, code)

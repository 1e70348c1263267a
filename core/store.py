"""The one store abstraction used by every command and by the server.

An embedded Oxigraph store (on disk by default, in memory when ``path`` is None).
Each report lives in its own named graph, reference data and the ontology in
theirs; queries see the union of all graphs unless they name graphs.

The union is *materialised* in the store's default graph as the RDF merge (a set)
of the named graphs. Oxigraph's own ``use_default_graph_as_union`` yields a triple
once per graph that holds it, so a person described in 50 reports would match a
two-pattern query 2,500 times; the materialised merge keeps SPARQL's semantics
(counts are right) and its speed at corpus scale.

Writes are atomic: a graph is replaced by one SPARQL Update (retract its triples from
the merge, DROP, INSERT DATA, add to the merge), which Oxigraph applies in one
transaction, so a failure leaves the store as it was.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .errors import QueryError, StoreError


def _term(term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """rdflib term -> pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store term {term!r}")


def to_rdflib(term):
    """pyoxigraph term -> rdflib term (None stays None)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value if term.datatype else None
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            dt = None
        return Literal(term.value, datatype=URIRef(dt) if dt else None)
    raise StoreError(f"cannot convert term {term!r}")


# Remove from the merge (default graph) the triples of graph {g} that no other graph holds.
_RETRACT = (
    "DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
    "FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }}"
)
# Add graph {g}'s triples to the merge.
_MERGE = "INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"
MERGE_ALL = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
# Quads per call of Oxigraph's bulk loader (each call's memory grows with it: ~1 GB per million quads).
_BULK_CHUNK = 200_000


class Store:
    """A thin wrapper over :class:`pyoxigraph.Store`."""

    def __init__(self, inner: ox.Store, path: Path | None = None, read_only: bool = False):
        self._inner = inner
        self.path = path
        self.read_only = read_only

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: Path | str | None = None, read_only: bool = False) -> Store:
        """Open (and create) the on-disk store at ``path``; ``None`` gives an in-memory store."""
        try:
            if path is None:
                return cls(ox.Store(), None)
            path = Path(path)
            if read_only:
                return cls(ox.Store.read_only(str(path)), path, read_only=True)
            path.mkdir(parents=True, exist_ok=True)
            return cls(ox.Store(str(path)), path)
        except OSError as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from exc

    @property
    def inner(self) -> ox.Store:
        """The underlying pyoxigraph store (for the server's low-level needs)."""
        return self._inner

    # ------------------------------------------------------------------ writing
    def replace_graph(self, graph_iri: str, triples: Graph | Iterable) -> int:
        """Atomically replace named graph ``graph_iri`` by ``triples``; returns the triple count."""
        return self.replace_graphs({graph_iri: triples})

    def replace_graphs(self, graphs: dict[str, Graph | Iterable]) -> int:
        """Atomically replace several named graphs (an empty graph drops it); all or nothing."""
        parts = []
        count = 0
        for graph_iri, triples in graphs.items():
            g = ox.NamedNode(graph_iri)
            try:
                lines = [f"{_term(s)} {_term(p)} {_term(o)} ." for s, p, o in triples]
            except ValueError as exc:
                raise StoreError(f"cannot write graph <{graph_iri}>: {exc}") from exc
            count += len(lines)
            parts.append(_RETRACT.format(g=g))
            parts.append(f"DROP SILENT GRAPH {g}")
            if lines:
                parts.append(f"INSERT DATA {{ GRAPH {g} {{\n" + "\n".join(lines) + "\n} }")
                parts.append(_MERGE.format(g=g))
        try:
            self._inner.update(" ;\n".join(parts))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write graphs: {exc}") from exc
        if self.path is not None:
            self._inner.flush()
        return count

    def replace_graphs_from_files(self, files: Mapping[str, Path | None]) -> None:
        """Atomically replace named graphs by N-Triples files (``None`` drops the graph); all or nothing.

        The ingest bulk path: the files are read one at a time, never all into Python objects. When
        none of the graphs exists yet (a new batch), Oxigraph's bulk loader writes the graphs and
        their triples in the merge; if it fails, the new graphs and what they added to the merge
        are removed again. Otherwise one SPARQL Update replaces them, as ``replace_graphs`` does.
        """
        if not any(self.has_graph(g) for g in files):
            self._bulk_add({g: p for g, p in files.items() if p is not None})
            return
        parts = []
        for graph_iri, path in files.items():
            g = ox.NamedNode(graph_iri)
            parts += [_RETRACT.format(g=g), f"DROP SILENT GRAPH {g}"]
            if path is not None:
                parts.append(f"INSERT DATA {{ GRAPH {g} {{\n" + Path(path).read_text(encoding="utf-8") + "\n} }")
                parts.append(_MERGE.format(g=g))
        try:
            self._inner.update(" ;\n".join(parts))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write graphs: {exc}") from exc
        if self.path is not None:
            self._inner.flush()

    def _bulk_add(self, files: Mapping[str, Path]) -> None:
        def quads() -> Iterator[ox.Quad]:
            for graph_iri, path in files.items():
                g = ox.NamedNode(graph_iri)
                for t in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES):
                    yield ox.Quad(t.subject, t.predicate, t.object, g)
                    yield ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())

        stream = quads()
        try:
            while chunk := list(itertools.islice(stream, _BULK_CHUNK)):  # the bulk loader's memory, bounded
                self._inner.bulk_extend(chunk)
        except BaseException as exc:  # an error, or Ctrl-C during the load
            for graph_iri in files:  # compensate: the graphs are new, so removing them restores the store
                self._inner.remove_graph(ox.NamedNode(graph_iri))
            self._inner.update("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
            if isinstance(exc, (OSError, SyntaxError, ValueError)):
                raise StoreError(f"cannot write graphs: {exc}") from exc
            raise
        if self.path is not None:
            self._inner.flush()

    def load(
        self,
        data: bytes | None = None,
        *,
        path: str | Path | None = None,
        format: ox.RdfFormat = ox.RdfFormat.TRIG,
        to_graph: str | None = None,
    ) -> None:
        """Load an RDF document (quads go to their graphs, triples to ``to_graph``), then update the merge."""
        kwargs: dict = {"format": format}
        if to_graph:
            kwargs["to_graph"] = ox.NamedNode(to_graph)
        try:
            if path is not None:
                self._inner.load(path=str(path), **kwargs)
            else:
                self._inner.load(data, **kwargs)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot load {path or 'data'}: {exc}") from exc
        self.resync_merge()

    def drop_graph(self, graph_iri: str) -> None:
        self.replace_graphs({graph_iri: ()})

    def resync_merge(self) -> None:
        """Add to the merge what SPARQL Updates wrote into named graphs (see ``server/sparql.py``)."""
        self._inner.update(MERGE_ALL)

    # ------------------------------------------------------------------ reading
    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._inner.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph_iri: str) -> bool:
        return self._inner.contains_named_graph(ox.NamedNode(graph_iri))

    def graph(self, graph_iri: str | None = None) -> Graph:
        """One named graph (or the merge of all when None) as an rdflib Graph."""
        g = Graph()
        gn = ox.NamedNode(graph_iri) if graph_iri else ox.DefaultGraph()
        for q in self._inner.quads_for_pattern(None, None, None, gn):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return g

    def __len__(self) -> int:
        """Quads in the named graphs (the merge is not counted)."""
        return sum(1 for _ in self.quads())

    def query(
        self,
        sparql: str,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
        substitutions: dict | None = None,
    ):
        """Run a SPARQL query; the default graph is the merge of all graphs unless ``default_graph`` is given."""
        kwargs: dict = {}
        if default_graph:
            kwargs["default_graph"] = [ox.NamedNode(x) for x in default_graph]
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(x) for x in named_graphs]
        if substitutions:
            kwargs["substitutions"] = {ox.Variable(k): _term(v) for k, v in substitutions.items()}
        try:
            return self._inner.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL query: {exc}") from exc
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from exc

    def select(self, sparql: str, **kwargs) -> tuple[list[str], list[dict]]:
        """Run a SELECT and return (variables, rows of rdflib terms)."""
        result = self.query(sparql, **kwargs)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("not a SELECT query")
        variables = [v.value for v in result.variables]
        rows = [{v: to_rdflib(sol[v]) for v in variables} for sol in result]
        return variables, rows

    def dump(self, fmt: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> bytes:
        """The named graphs (the stored data; the merge in the default graph is derived from them)."""
        return ox.serialize(self.quads(), format=fmt)

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the named graphs."""
        return (q for q in self._inner if not isinstance(q.graph_name, ox.DefaultGraph))

    def triples(self) -> Iterator[ox.Triple]:
        """The merge of all named graphs, each triple once."""
        return (q.triple for q in self._inner.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Release the store (Oxigraph closes the database when the object goes away)."""
        if self._inner is None:
            return
        if self.path is not None and not self.read_only:
            self._inner.flush()
        self._inner = None  # type: ignore[assignment]  # dropping it releases the database lock

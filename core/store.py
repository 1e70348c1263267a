"""The one store abstraction used by every command and by the server.

:class:`Store` is the interface; :meth:`Store.open` picks the engine from the location:

- a directory (or ``None`` for memory): :class:`EmbeddedStore`, an embedded Oxigraph store;
- ``sparql+http://host:port/path`` or ``sparql+https://...``: a SPARQL 1.1 Query/Update
  (+ Graph Store Protocol) server such as Virtuoso or Fuseki (``core/sparql_store.py``).

Each report lives in its own named graph, reference data and the ontology in theirs;
queries see the merge of all graphs unless they name graphs. The merge is a *set*: in the
embedded store it is materialised in the default graph (Oxigraph's own union yields a triple
once per graph that holds it, so a person described in 50 reports would match a two-pattern
query 2,500 times); a remote store keeps it in a named graph ``MERGE`` that every query gets
as its default graph (docs/stores.md).

The store's own bookkeeping lives in the graph ``META`` (never in the merge, never seen by
``GRAPH ?g``): the base IRI the data was minted under and, per stored graph, when it was
stored and how many triples it holds.

Writes are atomic: several graphs are replaced by one transaction, so a failure leaves the
store as it was.
"""

from __future__ import annotations

import datetime
import itertools
import re
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import QueryError, StoreError
from .query_scan import explain_syntax_error

#: the store's bookkeeping graph (base IRI, when each graph was stored)
META = "urn:wsiskg:store"
#: where a remote store keeps the merge of its named graphs
MERGE = "urn:wsiskg:merge"
#: prefix of the temporary graphs a remote write stages its data in
STAGING = "urn:wsiskg:staging:"
#: graphs that are the store's own, not data
INTERNAL = (META, MERGE)

_VOID = "http://rdfs.org/ns/void#"
_DCT = "http://purl.org/dc/terms/"
_XSD = "http://www.w3.org/2001/XMLSchema#"

#: a query answer: pyoxigraph's own result types (a remote store parses its answers into them)
Answer = ox.QuerySolutions | ox.QueryBoolean | Iterable[ox.Triple]
Triples = Graph | Iterable[Any]
T = TypeVar("T")


def _term(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
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


def to_rdflib(term: Any) -> Any:
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
        dt: str | None = term.datatype.value if term.datatype else None
        if dt == _XSD + "string":
            dt = None
        return Literal(term.value, datatype=URIRef(dt) if dt else None)
    raise StoreError(f"cannot convert term {term!r}")


def ntriples(graph_iri: str, triples: Triples) -> list[str]:
    """The N-Triples lines of ``triples`` (rdflib terms), checked."""
    return nt_lines(ox_triples(graph_iri, triples))


def nt_lines(triples: Iterable[tuple[Any, Any, Any]]) -> list[str]:
    """The N-Triples lines of ``triples`` (pyoxigraph terms)."""
    return [f"{s} {p} {o} ." for s, p, o in triples]


def ox_triples(graph_iri: str, triples: Triples) -> list[tuple[Any, Any, Any]]:
    """``triples`` (rdflib terms) as pyoxigraph terms, checked."""
    try:
        return [(_term(s), _term(p), _term(o)) for s, p, o in triples]
    except ValueError as exc:
        raise StoreError(f"cannot write graph <{graph_iri}>: {exc}") from exc


def triples_of(answer: Answer) -> Iterator[ox.Triple]:
    """The triples of a CONSTRUCT or DESCRIBE answer."""
    if isinstance(answer, (ox.QuerySolutions, ox.QueryBoolean)):
        raise QueryError("not a CONSTRUCT or DESCRIBE query")
    return iter(answer)


def is_remote(location: object) -> bool:
    """Whether ``location`` names a SPARQL endpoint rather than a directory."""
    from .sparql_store import Endpoint

    return isinstance(location, Endpoint) or (
        isinstance(location, str) and location.startswith(("sparql+http://", "sparql+https://"))
    )


def meta_updates(graphs: Mapping[str, int], base: str | None) -> list[str]:
    """SPARQL Update operations recording ``graphs`` ({IRI: triples; 0 = dropped}) and ``base`` in META."""
    meta = f"<{META}>"
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    ops = []
    for iri, count in graphs.items():
        g = ox.NamedNode(iri)
        ops.append(f"DELETE WHERE {{ GRAPH {meta} {{ {g} ?p ?o }} }}")
        if count:
            ops.append(
                f"INSERT DATA {{ GRAPH {meta} {{ {g} <{_DCT}modified> "
                f'"{now}"^^<{_XSD}dateTime> ; <{_VOID}triples> {count} }} }}'
            )
    if base:
        ops.append(f"DELETE WHERE {{ GRAPH {meta} {{ {meta} <{_VOID}uriSpace> ?b }} }}")
        ops.append(f"INSERT DATA {{ GRAPH {meta} {{ {meta} <{_VOID}uriSpace> {ox.Literal(base)} }} }}")
    return ops


# both run with META as the default graph
BASE_QUERY = f"SELECT ?b WHERE {{ <{META}> <{_VOID}uriSpace> ?b }}"
STORED_QUERY = f"SELECT ?g ?when ?n WHERE {{ ?g <{_DCT}modified> ?when . OPTIONAL {{ ?g <{_VOID}triples> ?n }} }}"


class Store:
    """The store interface; :meth:`open` returns the engine for a location."""

    #: the directory of an embedded on-disk store (None otherwise)
    path: Path | None = None
    read_only: bool = False
    #: the base IRI to record with the next write (see :meth:`set_base`)
    _base: str | None = None

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, location: Any = None, read_only: bool = False, **options: Any) -> Store:
        """The store at ``location``: a directory, ``None`` (in memory) or a ``sparql+http(s)://`` URL.

        ``read_only`` opens an existing store and never creates one (:class:`StoreError` when
        there is none). ``options`` are the remote store's (``update``, ``gsp``, ``user``,
        ``password``; see :class:`wsiskg.core.sparql_store.Endpoint`).
        """
        if is_remote(location):
            from .sparql_store import SparqlStore

            return SparqlStore.connect(location, read_only=read_only, **options)
        return EmbeddedStore.open_dir(location, read_only=read_only)

    @property
    def location(self) -> Any:
        """What :meth:`open` needs to open this store again (picklable), or None for a memory store."""
        return str(self.path) if self.path is not None else None

    def __str__(self) -> str:
        return str(self.path) if self.path is not None else "memory"

    def retrying(self, read: Callable[[], T]) -> T:
        """``read()``, which reads this store to the end; a read-only view whose writer moved its files
        meanwhile (:class:`StoreMoved`) is opened again and ``read()`` runs again (a few times)."""
        return read()

    def moved(self, exc: BaseException) -> StoreMoved | None:
        """The error to raise when reading failed because the store's writer moved its files
        (:func:`files_moved`; only a read-only view meets it), else None."""
        return StoreMoved(self.path) if self.read_only and files_moved(exc) else None

    # ------------------------------------------------------------------ the engine's part
    def query(
        self,
        sparql: str,
        default_graph: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        substitutions: Mapping[str, Node] | None = None,
        base_iri: str | None = None,
    ) -> Answer:
        """Run a SPARQL query; pyoxigraph's answer types (solutions, boolean or triples).

        The default graph is the merge of all data graphs unless ``default_graph`` is given;
        ``GRAPH ?g`` ranges over the data graphs unless ``named_graphs`` is given (``[]``: none).
        ``substitutions`` bind variables to terms before evaluation (never pasted as text).
        """
        raise NotImplementedError

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run a SPARQL Update (the server's update endpoint), then add what it wrote to the merge."""
        raise NotImplementedError

    def replace_graphs(self, graphs: Mapping[str, Triples]) -> int:
        """Atomically replace several named graphs (an empty graph drops it); all or nothing."""
        raise NotImplementedError

    def add_graphs(self, graphs: Mapping[str, Triples]) -> int:
        """:meth:`replace_graphs` for large graphs that are usually new (reference data): an engine may
        write new graphs a faster way."""
        return self.replace_graphs(graphs)

    def replace_graphs_from_files(self, files: Mapping[str, Path | None]) -> None:
        """Atomically replace named graphs by N-Triples files (``None`` drops the graph); all or nothing.

        The ingest path for staged graphs. This default reads the files and calls
        :meth:`replace_graphs`; the embedded store streams them into its bulk loader instead.
        """
        graphs: dict[str, Triples] = {}
        for graph_iri, path in files.items():
            graph = Graph()
            if path is not None:
                try:
                    graph.parse(str(path), format="nt")
                except (OSError, SyntaxError, ValueError) as exc:
                    raise StoreError(f"cannot read staged graph {path}: {exc}") from exc
            graphs[graph_iri] = graph
        self.replace_graphs(graphs)

    def load(
        self,
        data: bytes | None = None,
        *,
        path: str | Path | None = None,
        format: ox.RdfFormat = ox.RdfFormat.TRIG,
        to_graph: str | None = None,
    ) -> None:
        """Add an RDF document (quads go to their graphs, triples to ``to_graph``), then update the merge."""
        raise NotImplementedError

    def bulk_load(self, data: bytes, format: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> None:
        """:meth:`load` without a transaction where the engine has a faster way (imports, benchmarks):
        a failure may leave part of the data stored."""
        self.load(data, format=format)

    def graphs(self) -> list[str]:
        """The data graphs (sorted; the store's own graphs left out)."""
        raise NotImplementedError

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the data graphs."""
        raise NotImplementedError

    def triples(self) -> Iterator[ox.Triple]:
        """The merge of all data graphs, each triple once."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the store."""

    # ------------------------------------------------------------------ shared
    def set_base(self, base: str) -> None:
        """Record ``base`` (the IRI base the data is minted under) with the next write."""
        self._base = base

    def recorded_base(self) -> str | None:
        """The base IRI recorded in the store (None for a store written before it was recorded)."""
        _, rows = self.select(BASE_QUERY, default_graph=[META])
        return str(rows[0]["b"]) if rows else None

    def stored(self) -> dict[str, tuple[str, int | None]]:
        """{graph IRI: (when stored, ISO 8601; triples)} from the store's records."""
        _, rows = self.select(STORED_QUERY, default_graph=[META])
        return {str(r["g"]): (str(r["when"]), int(r["n"]) if r["n"] is not None else None) for r in rows}

    def replace_graph(self, graph_iri: str, triples: Triples) -> int:
        """Atomically replace named graph ``graph_iri`` by ``triples``; returns the triple count."""
        return self.replace_graphs({graph_iri: triples})

    def drop_graph(self, graph_iri: str) -> None:
        self.replace_graphs({graph_iri: ()})

    def drop_graphs(self, graph_iris: Iterable[str]) -> None:
        """Drop several graphs in one transaction (all or nothing)."""
        self.replace_graphs({g: () for g in graph_iris})

    def has_graph(self, graph_iri: str) -> bool:
        return graph_iri in self.graphs()

    def graph(self, graph_iri: str | None = None) -> Graph:
        """One named graph (or the merge of all when None) as an rdflib Graph."""
        g = Graph()
        answer = self.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", default_graph=[graph_iri] if graph_iri else None
        )
        for t in triples_of(answer):
            g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return g

    def __len__(self) -> int:
        """Quads in the data graphs (the merge is not counted)."""
        return sum(1 for _ in self.quads())

    def merge_size(self) -> int:
        """Triples in the merge (the default graph queries see)."""
        _, rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(rows[0]["n"])

    def graph_sizes(self) -> dict[str, int]:
        """{data graph IRI: triples}."""
        _, rows = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {str(r["g"]): int(r["n"]) for r in rows}

    def select(self, sparql: str, **kwargs: Any) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT and return (variables, rows of rdflib terms)."""
        return self.retrying(lambda: self._select(sparql, **kwargs))

    def _select(self, sparql: str, **kwargs: Any) -> tuple[list[str], list[dict[str, Any]]]:
        result = self.query(sparql, **kwargs)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("not a SELECT query")
        variables = [v.value for v in result.variables]
        try:
            rows = [{v: to_rdflib(sol[v]) for v in variables} for sol in result]
        except (OSError, RuntimeError) as exc:
            moved = self.moved(exc)
            if moved is None:
                raise
            # Oxigraph's result objects must be dropped by the thread that made them, not by
            # whichever thread collects this traceback
            traceback.clear_frames(exc.__traceback__)
        else:
            return variables, rows
        finally:
            del result
        raise moved from None

    def dump(self, fmt: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> bytes:
        """The data graphs (the stored data; the merge is derived from them)."""
        return ox.serialize(self.quads(), format=fmt) or b""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---------------------------------------------------------------------------- embedded
# Remove from the merge (default graph) the triples of graph {g} that no other graph holds.
_RETRACT = (
    "DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
    "FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }}"
)
# Add graph {g}'s triples to the merge.
_MERGE = "INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"
# Take out of the merge the triples of the VALUES {rows} that no named graph holds.
_RETRACT_VALUES = (
    "DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{ {rows} }} "
    "FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} }} }}"
)
MERGE_ALL = f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META}>) }}"


# Quads per call of Oxigraph's bulk loader (each call's memory grows with it: ~1 GB per million quads).
_BULK_CHUNK = 200_000


def _parsed(path: Path) -> Iterator[tuple[Any, Any, Any]]:
    """The triples of an N-Triples file, read as they are asked for."""
    for q in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES):
        yield q.subject, q.predicate, q.object


#: the most N-Quads text (bytes) :meth:`EmbeddedStore._bulk_add_files` hands the bulk loader at once (its
#: memory grows with it: about what :data:`_BULK_CHUNK` quads take)
_BULK_BYTES = 32 << 20


def _nquads_parts(graph_iri: str, path: Path) -> Iterator[bytes] | None:
    """The N-Triples file ``path`` as N-Quads texts of at most about :data:`_BULK_BYTES`: lines as they are
    (triples of the default graph, the merge), then each again in graph ``graph_iri``. None (the caller
    parses the file) unless every line ends in `` .`` and no comment can follow a triple (a raw line
    break cannot be inside a term, so the line ends are then the only places `` .`` and a break meet),
    or for a file with blank nodes too large for one part (one parse keeps a blank node one node)."""
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise StoreError(f"cannot read staged graph {path}: {exc}") from exc
    if text and not text.endswith(b"\n"):
        text += b"\n"
    if text.count(b" .\n") != text.count(b"\n") or b"\r" in text or b". #" in text or b".#" in text:
        return None
    half = _BULK_BYTES // 2
    if b"_:" in text and len(text) > half:
        return None
    in_graph = b" " + str(ox.NamedNode(graph_iri)).encode() + b" .\n"

    def parts() -> Iterator[bytes]:
        start = 0
        while start < len(text):
            end = len(text) if b"_:" in text else text.find(b"\n", start + half) + 1 or len(text)
            piece = text[start:end]
            yield piece + piece.replace(b" .\n", in_graph)
            start = end

    return parts()


def _joined_parts(texts: Iterable[bytes]) -> Iterator[bytes]:
    """``texts`` joined into parts of about :data:`_BULK_BYTES` (one bulk load each; a text is never split)."""
    part: list[bytes] = []
    size = 0
    for text in texts:
        if part and size + len(text) > _BULK_BYTES:
            yield b"".join(part)
            part, size = [], 0
        part.append(text)
        size += len(text)
    if part:
        yield b"".join(part)


def _blank(term: object) -> bool:
    return isinstance(term, ox.BlankNode)


def _count_lines(path: Path) -> int:
    """The triples of an N-Triples file: its lines that are neither blank nor a comment."""
    with open(path, "rb") as f:
        return sum(1 for line in f if line.strip() and not line.lstrip().startswith(b"#"))


class NoStore(StoreError):
    """A read command pointed at a location that holds no store."""

    def __init__(self, location: object):
        super().__init__(f"no store at {location}; run `wsiskg ingest` first")


def _no_store(path: object) -> StoreError:
    return NoStore(path)


class StoreMoved(StoreError):
    """A read-only view lost files the process writing the store had just compacted away: open it again."""

    def __init__(self, location: object):
        super().__init__(
            f"the store {location} was being rewritten by the process writing it while this read it; try again"
        )


#: how often a read-only open is tried while the writer replaces the files it is reading, pausing 10 ms, 20 ms, ...
#: up to READ_ONLY_PAUSE between tries (about 3 s in all): a writer compacting under load can keep a few tries
#: in a row failing, and evenly spread later tries find the files between two of its rewrites
READ_ONLY_ATTEMPTS = 16
READ_ONLY_PAUSE = 0.25

#: how often a read (a select, a query worker's job) that met moved files is run again on a view opened again
READ_AGAIN_ATTEMPTS = 8

#: the pause between two tries (``time.sleep``; a test counts the pauses without sleeping or touching other threads)
_pause = time.sleep


#: RocksDB's words for a table file (``NNNNNN.sst``) that a compaction removed before it was read, or a write-ahead
#: log (``NNNNNN.log``) that the writer's flush removed while the view listed it; a folder with no store (no
#: ``CURRENT`` file) says "No such file or directory" too, and is no store
_VANISHED_TABLE = re.compile(
    r"No such file or directory: (?:While open a file for random read: \S+\.sst|while stat a file for size: \S+\.log)\b"
)


def files_moved(exc: BaseException) -> bool:
    """Whether a read-only store failed because its writer removed a file it was about to read.

    RocksDB, under Oxigraph, compacts its files in the background; a read-only view opened
    before a compaction may then look for a file that is gone (``IO error: No such file or
    directory: While open a file for random read``, raised as ``FileNotFoundError`` or as a
    ``RuntimeError`` saying ``Corruption``). Opening the store again reads the current files.
    """
    return isinstance(exc, (FileNotFoundError, RuntimeError)) and _VANISHED_TABLE.search(str(exc)) is not None


def _open_read_only(path: Path) -> ox.Store:
    """``ox.Store.read_only``, tried again (after a short pause) while the writer moves its files."""
    for attempt in range(READ_ONLY_ATTEMPTS):
        try:
            inner = ox.Store.read_only(str(path))
            next(iter(inner.named_graphs()), None)  # reads the current files once
            return inner
        except (OSError, RuntimeError) as exc:
            if not files_moved(exc):
                raise
            _pause(min(0.01 * 2**attempt, READ_ONLY_PAUSE))
    raise StoreMoved(path)


class EmbeddedStore(Store):
    """An embedded Oxigraph store (on disk, or in memory when ``path`` is None)."""

    def __init__(self, inner: ox.Store, path: Path | None = None, read_only: bool = False):
        self._inner: ox.Store | None = inner
        self.path = path
        self.read_only = read_only

    @classmethod
    def open_dir(cls, path: Path | str | None = None, read_only: bool = False) -> EmbeddedStore:
        """Open (and create unless ``read_only``) the on-disk store at ``path``; ``None`` gives memory."""
        if path is None:
            return cls(ox.Store(), None)
        path = Path(path)
        if str(path).startswith(("http:/", "https:/")):  # Path("http://h/sparql") is "http:/h/sparql"
            raise StoreError(
                f"--store {str(path).replace(':/', '://', 1)} is a URL: a SPARQL endpoint store is written "
                "sparql+http(s)://host:port/path (docs/stores.md)"
            )
        if path.exists() and not path.is_dir():
            raise StoreError(f"the store {path} is a file, not a folder; give a folder with --store (or $WSISKG_STORE)")
        if read_only and (not path.is_dir() or not any(path.iterdir())):
            raise _no_store(path)
        if not read_only and path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").is_file():
            # an existing folder of other files (a typo'd --store ~/Documents): the store's files stay out of it
            raise StoreError(
                f"{path} is a folder of other files, not a wsiskg store; give a new or empty folder with --store"
            )
        try:
            if read_only:
                inner = _open_read_only(path)
                if next(iter(inner.named_graphs()), None) is None:
                    raise _no_store(path)
                return cls(inner, path, read_only=True)
            path.mkdir(parents=True, exist_ok=True)
            return cls(ox.Store(str(path)), path)
        except OSError as exc:
            if read_only:
                raise _no_store(path) from exc
            if "LOCK" in str(exc):
                raise StoreError(
                    f"the store {path} is in use by another wsiskg command writing to it; "
                    "wait for it to finish, or use another --store"
                ) from exc
            reason = exc.strerror or str(exc)
            raise StoreError(
                f"cannot open store {path}: {reason}; give a folder wsiskg may create and write "
                "with --store (or $WSISKG_STORE)"
            ) from exc

    @property
    def inner(self) -> ox.Store:
        """The underlying pyoxigraph store."""
        if self._inner is None:
            raise StoreError("the store is closed")
        return self._inner

    def retrying(self, read: Callable[[], T]) -> T:
        for attempt in range(1, READ_AGAIN_ATTEMPTS + 1):
            try:
                return read()
            except StoreMoved:
                if attempt == READ_AGAIN_ATTEMPTS or self.path is None:
                    raise
                self._inner = _open_read_only(self.path)
        raise AssertionError("unreachable")

    def _named(self) -> list[ox.NamedNode]:
        return [g for g in self.inner.named_graphs() if isinstance(g, ox.NamedNode) and g.value != META]

    # ------------------------------------------------------------------ writing
    def _write(self, operations: Sequence[str], base_iri: str | None = None) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")
        try:
            self.inner.update(" ;\n".join(operations), base_iri=base_iri)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write graphs: {exc}") from exc
        if self.path is not None:
            self.inner.flush()

    def add_graphs(self, graphs: Mapping[str, Triples]) -> int:
        """:meth:`replace_graphs`; when none of ``graphs`` exists yet, Oxigraph's bulk loader writes
        them, as :meth:`replace_graphs_from_files` does new reports: for large graphs (a new store's
        reference data) about a third of the CPU of a SPARQL Update, which parses every triple; a
        bulk load costs some milliseconds of its own, so small writes go through :meth:`replace_graphs`."""
        if not self._all_new(graphs):
            return self.replace_graphs(graphs)
        converted = {graph_iri: ox_triples(graph_iri, triples) for graph_iri, triples in graphs.items()}
        self._bulk_add(converted)
        self._write(meta_updates({g: len(t) for g, t in converted.items()}, self._base))
        return sum(len(t) for t in converted.values())

    def replace_graphs(self, graphs: Mapping[str, Triples]) -> int:
        parts = []
        counts: dict[str, int] = {}
        for graph_iri, triples in graphs.items():
            new = ox_triples(graph_iri, triples)
            counts[graph_iri] = len(new)
            parts += self._replacement(graph_iri, new)
        self._write(parts + meta_updates(counts, self._base))
        return sum(counts.values())

    def _replacement(self, graph_iri: str, new: Sequence[tuple[Any, Any, Any]]) -> list[str]:
        """SPARQL Update operations that make named graph ``graph_iri`` hold ``new`` (pyoxigraph terms)
        and keep the merge the union of the graphs. A graph that exists and stays, without blank nodes
        (a report ingested again), is changed by what differs: the triples it loses leave the merge
        unless another graph holds them, the ones it gains join it; an ingest of an unchanged report
        then writes nothing but its record. Otherwise the graph's triples leave the merge unless another
        graph holds them, the graph is dropped and written anew, and its triples join the merge."""
        g = ox.NamedNode(graph_iri)
        old = self._plain_triples(g) if new else None
        if old is None or any(_blank(s) or _blank(o) for s, _, o in new):
            ops = [_RETRACT.format(g=g), f"DROP SILENT GRAPH {g}"]
            if new:
                ops.append(f"INSERT DATA {{ GRAPH {g} {{\n" + "\n".join(nt_lines(new)) + "\n} }")
                ops.append(_MERGE.format(g=g))
            return ops
        kept = {ox.Triple(*t) for t in new}
        gone = [(t.subject, t.predicate, t.object) for t in old if t not in kept]
        gained = [t for t in new if ox.Triple(*t) not in old]
        ops = []
        if gone:
            rows = " ".join(f"({s} {p} {o})" for s, p, o in gone)
            ops.append(f"DELETE DATA {{ GRAPH {g} {{\n" + "\n".join(nt_lines(gone)) + "\n} }")
            ops.append(_RETRACT_VALUES.format(rows=rows))
        if gained:
            data = "\n".join(nt_lines(gained))
            ops.append(f"INSERT DATA {{ GRAPH {g} {{\n{data}\n}}\n{data}\n}}")
        return ops

    def _plain_triples(self, g: ox.NamedNode) -> set[ox.Triple] | None:
        """The triples of named graph ``g``; None if it does not exist or holds a blank node (whose
        label a new copy does not share)."""
        if not self.inner.contains_named_graph(g):
            return None
        out = set()
        for q in self.inner.quads_for_pattern(None, None, None, g):
            if _blank(q.subject) or _blank(q.object):
                return None
            out.add(q.triple)
        return out

    def _all_new(self, graph_iris: Iterable[str]) -> bool:
        """Whether none of ``graph_iris`` is in the store yet (raises if the store is read-only)."""
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")
        return not any(self.has_graph(g) for g in graph_iris)

    def replace_graphs_from_files(self, files: Mapping[str, Path | None]) -> None:
        """Stream N-Triples files into the store, all or nothing. When none of the graphs exists yet
        (a new batch), Oxigraph's bulk loader writes the graphs and their triples in the merge, in
        chunks; if it fails, the new graphs and what they added to the merge are removed again.
        Otherwise one SPARQL Update replaces them, as :meth:`replace_graphs` does."""
        counts = {g: (_count_lines(p) if p is not None else 0) for g, p in files.items()}
        if self._all_new(files):
            self._bulk_add_files({g: p for g, p in files.items() if p is not None})
            self._write(meta_updates(counts, self._base))
            return
        parts = []
        try:
            for graph_iri, path in files.items():
                parts += self._replacement(graph_iri, list(_parsed(path)) if path is not None else [])
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write graphs: {exc}") from exc
        self._write(parts + meta_updates(counts, self._base))

    def _bulk_add_files(self, files: Mapping[str, Path]) -> None:
        """:meth:`_bulk_add` of new graphs from N-Triples files. A file whose every line ends in `` .``
        (what rdflib and :func:`nt_lines` write) is handed to the bulk loader as N-Quads text, its lines
        once as they are (the merge) and once with the graph's name (the graph), so that no triple is
        made in Python and one parse keeps a blank node's two copies the same; other files are parsed
        and streamed triple by triple. The text goes to the loader in parts of about :data:`_BULK_BYTES`,
        read file by file as the loader asks for them."""
        streamed: dict[str, Iterable[Any]] = {}

        def texts() -> Iterator[bytes]:
            for graph_iri, path in files.items():
                parts = _nquads_parts(graph_iri, path)
                if parts is None:
                    streamed[graph_iri] = _parsed(path)
                else:
                    yield from parts

        self._bulk_add(streamed, _joined_parts(texts()), new=files)

    def _bulk_add(
        self, graphs: Mapping[str, Iterable[Any]], texts: Iterable[bytes] = (), new: Iterable[str] = ()
    ) -> None:
        """Write new ``graphs`` ({IRI: pyoxigraph triples}) and their triples in the merge with the bulk
        loader, in chunks, after the N-Quads ``texts`` of the new graphs ``new`` (their quads and their
        triples in the merge, :meth:`_bulk_add_files`; ``graphs`` is read once they are loaded); if it
        fails, the new graphs and what they added to the merge are removed again."""

        def quads() -> Iterator[ox.Quad]:
            for graph_iri, triples in graphs.items():
                g = ox.NamedNode(graph_iri)
                for s, p, o in triples:
                    yield ox.Quad(s, p, o, g)
                    yield ox.Quad(s, p, o, ox.DefaultGraph())

        stream = quads()
        try:
            for text in texts:
                self.inner.bulk_load(text, format=ox.RdfFormat.N_QUADS)
            while chunk := list(itertools.islice(stream, _BULK_CHUNK)):  # the bulk loader's memory, bounded
                self.inner.bulk_extend(chunk)
        except BaseException as exc:  # an error, or Ctrl-C during the load
            # compensate: the graphs are new, so removing them restores the store
            for graph_iri in {*graphs, *new}:
                self.inner.remove_graph(ox.NamedNode(graph_iri))
            self.inner.update("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
            if isinstance(exc, (OSError, SyntaxError, ValueError)):
                raise StoreError(f"cannot write graphs: {exc}") from exc
            raise
        if self.path is not None:
            self.inner.flush()

    def load(
        self,
        data: bytes | None = None,
        *,
        path: str | Path | None = None,
        format: ox.RdfFormat = ox.RdfFormat.TRIG,
        to_graph: str | None = None,
    ) -> None:
        kwargs: dict[str, Any] = {"format": format}
        if to_graph:
            kwargs["to_graph"] = ox.NamedNode(to_graph)
        try:
            if path is not None:
                self.inner.load(path=str(path), **kwargs)
            else:
                self.inner.load(data, **kwargs)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot load {path or 'data'}: {exc}") from exc
        self.resync_merge()  # the whole merge: also what was written into named graphs directly

    def bulk_load(self, data: bytes, format: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> None:
        """Oxigraph's bulk loader, for the quads and for their triples in the merge (not transactional)."""
        try:
            quads = list(ox.parse(data, format=format))
            if any(isinstance(q.graph_name, ox.DefaultGraph) for q in quads):
                raise ValueError("triples outside a named graph")
            self.inner.bulk_extend(quads)
            self.inner.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot load data: {exc}") from exc
        if self.path is not None:
            self.inner.flush()

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        try:
            self.inner.update(sparql, base_iri=base_iri)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {exc}") from exc
        except (OSError, ValueError) as exc:
            raise QueryError(f"update failed: {exc}") from exc
        self.resync_merge()
        if self.path is not None:
            self.inner.flush()

    def resync_merge(self) -> None:
        """Add to the merge what loads and SPARQL Updates wrote into named graphs."""
        self.inner.update(MERGE_ALL)

    # ------------------------------------------------------------------ reading
    def query(
        self,
        sparql: str,
        default_graph: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        substitutions: Mapping[str, Node] | None = None,
        base_iri: str | None = None,
    ) -> Answer:
        kwargs: dict[str, Any] = {}
        if default_graph is not None:
            kwargs["default_graph"] = [ox.NamedNode(x) for x in default_graph]
        if named_graphs is not None:
            kwargs["named_graphs"] = [ox.NamedNode(x) for x in named_graphs]
        elif "GRAPH" in sparql.upper() and self.inner.contains_named_graph(ox.NamedNode(META)):
            kwargs["named_graphs"] = self._named()  # keep the bookkeeping graph out of GRAPH ?g
        if substitutions:
            kwargs["substitutions"] = {ox.Variable(k): _term(v) for k, v in substitutions.items()}
        if base_iri:
            kwargs["base_iri"] = base_iri
        try:
            answer: Answer = self.inner.query(sparql, **kwargs)
            return answer
        except SyntaxError as exc:  # where, what was expected, what was probably meant
            raise QueryError(explain_syntax_error(sparql, str(exc), caret=False)) from exc
        except (OSError, ValueError, TypeError, RuntimeError) as exc:
            if moved := self.moved(exc):
                raise moved from exc
            raise QueryError(f"query failed: {exc}") from exc

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._named())

    def has_graph(self, graph_iri: str) -> bool:
        return graph_iri != META and self.inner.contains_named_graph(ox.NamedNode(graph_iri))

    def graph(self, graph_iri: str | None = None) -> Graph:
        g = Graph()
        gn = ox.NamedNode(graph_iri) if graph_iri else ox.DefaultGraph()
        for q in self.inner.quads_for_pattern(None, None, None, gn):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return g

    def quads(self) -> Iterator[ox.Quad]:
        return (
            q
            for q in self.inner
            if not isinstance(q.graph_name, ox.DefaultGraph)
            and not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == META)
        )

    def triples(self) -> Iterator[ox.Triple]:
        return (q.triple for q in self.inner.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def merge_size(self) -> int:
        return sum(1 for _ in self.inner.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def close(self) -> None:
        """Release the store (Oxigraph closes the database when the object goes away)."""
        if self._inner is None:
            return
        if self.path is not None and not self.read_only:
            self._inner.flush()
        self._inner = None  # dropping it releases the database lock

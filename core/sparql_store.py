"""A store on a SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB...), behind the :class:`Store` interface.

Location ``sparql+http://host:port/path`` (or ``sparql+https://``): the query endpoint. The
Update endpoint and the Graph Store Protocol endpoint default to the engine's conventions
(:meth:`Endpoint.parse`); credentials, when given, are offered for HTTP Basic and Digest
authentication. Only the standard library speaks HTTP.

Semantics kept identical to the embedded store (docs/stores.md):

- the merge of the data graphs (a set) is kept in the named graph :data:`MERGE`; every query
  that names no dataset is sent with ``FROM <MERGE>`` and, when it uses ``GRAPH``, ``FROM NAMED``
  each data graph (Virtuoso's own default graph is a bag over every graph, its system graphs
  included; Fuseki's is a separate empty graph);
- the data graphs are the ones recorded in :data:`META` (written with them);
- a batch of graphs is first written under temporary names (:data:`STAGING`), then swapped in
  by one SPARQL Update request; when staging fails the temporary graphs are dropped and
  nothing else was touched;
- ``substitutions`` become a ``VALUES`` block at the start of the query's WHERE group.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib.term import Node

from .errors import QueryError, StoreError
from .store import (
    MERGE,
    META,
    STAGING,
    Answer,
    NoStore,
    Store,
    Triples,
    _term,
    meta_updates,
    ntriples,
    triples_of,
)

#: triples per request when data is written with SPARQL Update (Virtuoso's compiler runs out of memory near 5,000)
CHUNK = 1000
_JSON = "application/sparql-results+json"
_NT = "application/n-triples"
#: a graph that holds nothing: an empty default graph or an empty set of named graphs
_NONE = "urn:wsiskg:none"


@dataclass(frozen=True)
class Endpoint:
    """Where and how to reach a SPARQL server (picklable: query workers open it again)."""

    query: str
    update: str
    gsp: str | None = None
    user: str | None = None
    password: str | None = None
    timeout: float = 600.0

    @classmethod
    def parse(
        cls,
        location: str,
        update: str | None = None,
        gsp: str | None = None,
        user: str | None = None,
        password: str | None = None,
    ) -> Endpoint:
        """``sparql+http://h:p/sparql`` -> the endpoint, with Update/GSP URLs derived when not given.

        Virtuoso (``/sparql``): Update on ``/sparql`` (``/sparql-auth`` with credentials), GSP on
        ``/sparql-graph-crud`` (``-auth``). Fuseki (``/DATASET/sparql`` or ``/DATASET/query``):
        ``/DATASET/update`` and ``/DATASET/data``. Otherwise Update on the query URL and no GSP
        (data is then written with SPARQL Update); ``gsp="none"`` turns the GSP off.
        """
        url = location.removeprefix("sparql+")
        try:
            parts = urllib.parse.urlsplit(url)
            scheme, hostname, _ = parts.scheme, parts.hostname, parts.port  # a bad port ("h:x") or IPv6 address raises
        except ValueError:
            scheme, hostname = "", None
        if scheme not in ("http", "https") or not hostname:
            raise StoreError(f"not a SPARQL endpoint URL: {location} (expected sparql+http://host:port/path)")
        root = f"{parts.scheme}://{parts.netloc}"
        segments = [s for s in parts.path.split("/") if s]
        auth = "-auth" if user else ""
        derived_update, derived_gsp = url, None
        if segments == ["sparql"]:
            derived_update, derived_gsp = f"{root}/sparql{auth}", f"{root}/sparql-graph-crud{auth}"
        elif len(segments) == 2 and segments[1] in ("sparql", "query"):
            derived_update, derived_gsp = f"{root}/{segments[0]}/update", f"{root}/{segments[0]}/data"
        if gsp is not None:  # given: "" or "none" says the server has no Graph Store Protocol endpoint
            derived_gsp = None if gsp.strip().lower() in ("", "none") else gsp.removeprefix("sparql+")
        return cls(url, (update or derived_update).removeprefix("sparql+"), derived_gsp, user, password)

    def __str__(self) -> str:
        return "sparql+" + self.query


class _Http:
    """urllib, authenticating with HTTP Digest or Basic when credentials are given.

    The credentials are sent with the request itself (after one bodiless probe per URL for
    the server's challenge): a server that refuses a large unauthenticated body closes the
    connection while it is being sent, so waiting for its 401 does not work.
    """

    def __init__(self, endpoint: Endpoint):
        self.endpoint = endpoint
        self.opener = urllib.request.build_opener()
        self._challenges: dict[str, str] = {}
        self._digest: urllib.request.HTTPDigestAuthHandler | None = None
        if endpoint.user:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in (endpoint.query, endpoint.update, endpoint.gsp):
                if url:
                    passwords.add_password(None, url, endpoint.user, endpoint.password or "")
            self._digest = urllib.request.HTTPDigestAuthHandler(passwords)

    def _challenge(self, url: str, refresh: bool = False) -> str:
        """The server's WWW-Authenticate challenge for ``url`` ("" when it asks for none)."""
        key = urllib.parse.urlsplit(url).path
        if refresh or key not in self._challenges:
            try:
                with self.opener.open(urllib.request.Request(url, method="GET"), timeout=self.endpoint.timeout):
                    self._challenges[key] = ""
            except urllib.error.HTTPError as exc:
                self._challenges[key] = exc.headers.get("WWW-Authenticate", "") if exc.code == 401 else ""
        return self._challenges[key]

    def _authorize(self, req: urllib.request.Request, refresh: bool = False) -> None:
        if self._digest is None:
            return
        challenge = self._challenge(req.full_url, refresh)
        scheme, _, params = challenge.partition(" ")
        if scheme.lower() == "digest":
            chal = urllib.request.parse_keqv_list([p for p in urllib.request.parse_http_list(params) if p])
            value = self._digest.get_authorization(req, chal)
            if value:
                req.add_unredirected_header("Authorization", "Digest " + value)
        elif scheme.lower() == "basic" or not challenge:
            token = f"{self.endpoint.user}:{self.endpoint.password or ''}".encode()
            req.add_unredirected_header("Authorization", "Basic " + base64.b64encode(token).decode())

    def send(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> tuple[str, bytes]:
        """(content type, body) of the answer; :class:`OSError` (with the server's message) otherwise."""
        for attempt in (0, 1):
            req = urllib.request.Request(url, data=body, headers=headers, method=method)
            self._authorize(req, refresh=attempt > 0)
            try:
                with self.opener.open(req, timeout=self.endpoint.timeout) as resp:
                    return resp.headers.get("Content-Type", ""), resp.read()
            except urllib.error.HTTPError as exc:
                if exc.code == 401 and attempt == 0 and self._digest is not None:
                    continue  # a stale nonce: ask for a fresh challenge once
                detail = exc.read().decode("utf-8", "replace").strip()
                first = next((line for line in detail.splitlines() if line.strip()), exc.reason)
                raise _ServerError(exc.code, str(first)) from None
            except urllib.error.URLError as exc:
                raise OSError(f"cannot reach {url}: {exc.reason}") from None
        raise _ServerError(401, "the credentials were refused")

    def form(self, url: str, fields: Sequence[tuple[str, str]], accept: str) -> tuple[str, bytes]:
        body = urllib.parse.urlencode(fields).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
        return self.send("POST", url, body, headers)


class _ServerError(OSError):
    def __init__(self, status: int, message: str):
        super().__init__(f"HTTP {status}: {message}")
        self.status = status


@dataclass(frozen=True)
class _Shape:
    """What the store needs to know about a query's text (from the tokenizer, not a parse)."""

    form: str
    has_dataset: bool
    uses_graph: bool
    #: where a VALUES block binding the substitutions goes (just inside the WHERE group)
    values_at: int
    #: where FROM / FROM NAMED clauses go (before the WHERE group)
    dataset_at: int
    text: str


def _shape(sparql: str) -> _Shape:
    from .query_scan import tokens, unescape  # the one SPARQL tokenizer

    text = unescape(sparql)
    toks = tokens(text)
    words = [t.text.upper() if t.kind == "name" and ":" not in t.text else "" for t in toks]
    form = next((w for w in words if w in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), "SELECT")
    depth, values_at, dataset_at, after_where = 0, -1, -1, False
    for tok, word in zip(toks, words, strict=True):
        if tok.kind == "punct" and tok.text == "{":
            if depth == 0 and values_at < 0 and (after_where or form in ("SELECT", "ASK", "DESCRIBE")):
                values_at = tok.pos + 1
                dataset_at = tok.pos if dataset_at < 0 else dataset_at
            depth += 1
        elif tok.kind == "punct" and tok.text == "}":
            depth -= 1
        elif depth == 0 and word == "WHERE" and not after_where:
            after_where, dataset_at = True, tok.pos
    return _Shape(form, "FROM" in words, "GRAPH" in words, values_at, dataset_at, text)


def _rewrite(shape: _Shape, substitutions: Mapping[str, Node] | None, dataset: Sequence[str]) -> str:
    """The query text with a VALUES block binding each substituted variable and the ``dataset`` clauses.

    The dataset goes in the text, not in ``default-graph-uri`` / ``named-graph-uri`` parameters:
    Virtuoso echoes each of those as a response header, and a client reading more than 100
    headers (Python's http.client) gives up.
    """
    text = shape.text
    if substitutions:
        if shape.values_at < 0:
            raise QueryError("cannot bind parameters in this query (no WHERE group)")
        block = " ".join(f"VALUES ?{name} {{ {_term(value)} }}" for name, value in substitutions.items())
        text = text[: shape.values_at] + " " + block + " " + text[shape.values_at :]
    if dataset:
        if shape.dataset_at < 0:
            raise QueryError("cannot name the dataset of this query (no WHERE group)")
        text = text[: shape.dataset_at] + "\n".join(dataset) + "\n" + text[shape.dataset_at :]
    return text


def engine_query(sparql: str, graphs: Sequence[str]) -> str:
    """``sparql`` as a client must send it to the engine's own endpoint to get wsiskg's answer:
    ``FROM`` the merge graph and, when it uses ``GRAPH``, ``FROM NAMED`` each data graph in ``graphs``."""
    shape = _shape(sparql)
    if shape.has_dataset:
        return sparql
    clauses = [f"FROM {ox.NamedNode(MERGE)}"]
    if shape.uses_graph:
        clauses += [f"FROM NAMED {ox.NamedNode(g)}" for g in graphs or [_NONE]]
    return _rewrite(shape, None, clauses)


class SparqlStore(Store):
    """The :class:`Store` interface over a SPARQL 1.1 server (module docstring)."""

    def __init__(self, endpoint: Endpoint, read_only: bool = False):
        self.endpoint = endpoint
        self.read_only = read_only
        self.http = _Http(endpoint)
        self._graphs: list[str] | None = None

    @classmethod
    def connect(
        cls,
        location: Endpoint | str,
        read_only: bool = False,
        *,
        update: str | None = None,
        gsp: str | None = None,
        user: str | None = None,
        password: str | None = None,
    ) -> SparqlStore:
        endpoint = location if isinstance(location, Endpoint) else Endpoint.parse(location, update, gsp, user, password)
        store = cls(endpoint, read_only)
        if read_only and not store._exists():
            raise NoStore(endpoint)
        return store

    def _exists(self) -> bool:
        try:
            answer = self._post_query(f"ASK {{ GRAPH <{META}> {{ ?s ?p ?o }} }}", [], "ASK")
        except QueryError as exc:
            raise StoreError(f"cannot use the SPARQL endpoint {self.endpoint}: {exc}") from None
        return bool(answer)

    @property
    def location(self) -> Endpoint:
        return self.endpoint

    def __str__(self) -> str:
        return str(self.endpoint)

    # ------------------------------------------------------------------ reading
    def _post_query(self, text: str, dataset: list[tuple[str, str]], form: str) -> Answer:
        accept = _NT if form in ("CONSTRUCT", "DESCRIBE") else _JSON
        try:
            _, body = self.http.form(self.endpoint.query, [("query", text), *dataset], accept)
        except _ServerError as exc:
            kind = "malformed SPARQL query" if exc.status == 400 else "query failed"
            raise QueryError(f"{kind}: {exc}") from None
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from None
        try:
            if accept == _NT:
                return [q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
            answer: Answer = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            return answer
        except (SyntaxError, ValueError) as exc:
            raise QueryError(f"query failed: the endpoint's answer cannot be read ({exc})") from None

    def query(
        self,
        sparql: str,
        default_graph: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        substitutions: Mapping[str, Node] | None = None,
        base_iri: str | None = None,
    ) -> Answer:
        shape = _shape(sparql)
        defaults = list(default_graph) if default_graph is not None else [MERGE]
        named = list(named_graphs) if named_graphs is not None else (self.graphs() if shape.uses_graph else [])
        clauses = [f"FROM {ox.NamedNode(g)}" for g in defaults or [_NONE]]
        clauses += [f"FROM NAMED {ox.NamedNode(g)}" for g in named or ([_NONE] if shape.uses_graph else [])]
        params: list[tuple[str, str]] = []
        if shape.has_dataset and default_graph is None and named_graphs is None:
            text = _rewrite(shape, substitutions, [])  # the query's own FROM / FROM NAMED
        elif shape.has_dataset:  # the protocol's dataset overrides the query's (SPARQL 1.1 Protocol)
            text = _rewrite(shape, substitutions, [])
            params = [("default-graph-uri", g) for g in defaults or [_NONE]]
            params += [("named-graph-uri", g) for g in named or [_NONE]]
        else:
            text = _rewrite(shape, substitutions, clauses)
        if base_iri:
            text = f"BASE {ox.NamedNode(base_iri)}\n{text}"
        return self._post_query(text, params, shape.form)

    def graphs(self) -> list[str]:
        if self._graphs is None:
            answer = self._post_query(
                "SELECT DISTINCT ?g WHERE { ?g <http://purl.org/dc/terms/modified> ?w }",
                [("default-graph-uri", META)],
                "SELECT",
            )
            assert isinstance(answer, ox.QuerySolutions)
            self._graphs = sorted(s["g"].value for s in answer if isinstance(s["g"], ox.NamedNode))
        return list(self._graphs)

    def quads(self) -> Iterator[ox.Quad]:
        for g in self.graphs():
            gn = ox.NamedNode(g)
            for t in triples_of(self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", default_graph=[g])):
                yield ox.Quad(t.subject, t.predicate, t.object, gn)

    def triples(self) -> Iterator[ox.Triple]:
        yield from triples_of(self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))

    # ------------------------------------------------------------------ writing
    def _update(self, operations: Sequence[str]) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.endpoint} is open read-only")
        fields = [("update", " ;\n".join(operations))]
        try:
            self.http.form(self.endpoint.update, fields, "*/*")
        finally:
            self._graphs = None

    def _write(self, graph_iri: str, lines: list[str], replace: bool = True) -> None:
        """Write ``lines`` (N-Triples) into ``graph_iri`` (empty when ``replace``): GSP PUT or POST, else
        chunked INSERT DATA."""
        if self.endpoint.gsp:
            url = self.endpoint.gsp + "?" + urllib.parse.urlencode({"graph": graph_iri})
            body = ("\n".join(lines) + "\n").encode()
            self.http.send("PUT" if replace else "POST", url, body, {"Content-Type": _NT})
            return
        g = ox.NamedNode(graph_iri)
        for start in range(0, len(lines), CHUNK):
            chunk = "\n".join(lines[start : start + CHUNK])
            self._update([f"INSERT DATA {{ GRAPH {g} {{\n{chunk}\n}} }}"])

    def replace_graphs(self, graphs: Mapping[str, Triples]) -> int:
        counts: dict[str, int] = {}
        staged: dict[str, str] = {}
        batch = uuid.uuid4().hex
        if self.read_only:
            raise StoreError(f"the store {self.endpoint} is open read-only")
        try:
            for i, (graph_iri, triples) in enumerate(graphs.items()):
                lines = ntriples(graph_iri, triples)
                counts[graph_iri] = len(lines)
                if lines:
                    staged[graph_iri] = f"{STAGING}{batch}:{i}"
                    self._write(staged[graph_iri], lines)
        except (OSError, StoreError) as exc:
            self._discard(staged.values())
            raise StoreError(f"cannot write graphs to {self.endpoint}: {exc}; nothing was changed") from None
        try:
            self._update(self._swap(counts, staged))
        except OSError as exc:
            self._discard(staged.values())
            raise StoreError(f"cannot write graphs to {self.endpoint}: {exc}") from None
        return sum(counts.values())

    def _discard(self, staged: Iterable[str]) -> None:
        """Compensation: drop the temporary graphs of a failed batch (best effort)."""
        ops = [f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in staged]
        if ops:
            try:
                self._update(ops)
            except OSError:
                pass

    def _swap(self, counts: Mapping[str, int], staged: Mapping[str, str]) -> list[str]:
        """One update: retract each graph from the merge, replace it by its staged copy, merge it, record it."""
        merge, meta = f"<{MERGE}>", f"<{META}>"
        ops = []
        for graph_iri in counts:
            g = ox.NamedNode(graph_iri)
            ops.append(
                f"DELETE {{ GRAPH {merge} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} "
                f"FILTER(?other != {g} && ?other != {merge} && ?other != {meta}) }} }}"
            )
            ops.append(f"DROP SILENT GRAPH {g}")
            if graph_iri in staged:
                ops.append(f"MOVE SILENT {ox.NamedNode(staged[graph_iri])} TO {g}")
                ops.append(f"INSERT {{ GRAPH {merge} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
        return ops + meta_updates(counts, self._base)

    def load(
        self,
        data: bytes | None = None,
        *,
        path: str | Path | None = None,
        format: ox.RdfFormat = ox.RdfFormat.TRIG,
        to_graph: str | None = None,
    ) -> None:
        """Add quads to their graphs (not atomic across graphs: a bulk load for benchmarks and imports)."""
        try:
            source = Path(path).read_bytes() if path is not None else data
            parsed = ox.parse(source, format=format)
            by_graph: dict[str, list[str]] = defaultdict(list)
            for q in parsed:
                name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else to_graph
                if not name:
                    raise StoreError("cannot load triples outside a named graph (give to_graph)")
                by_graph[name].append(f"{q.subject} {q.predicate} {q.object} .")
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot load {path or 'data'}: {exc}") from exc
        current = self.stored()
        try:
            for graph_iri, lines in by_graph.items():
                self._write(graph_iri, lines, replace=False)
            counts = {g: (current.get(g, ("", 0))[1] or 0) + len(lines) for g, lines in by_graph.items()}
            self._update(
                [
                    f"INSERT {{ GRAPH <{MERGE}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH {ox.NamedNode(g)} {{ ?s ?p ?o }} }}"
                    for g in by_graph
                ]
                + meta_updates(counts, self._base)
            )
        except OSError as exc:
            raise StoreError(f"cannot load into {self.endpoint}: {exc}") from None

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """A SPARQL Update from the server's endpoint; the graphs it names are added to the merge and recorded."""
        shape = _shape(sparql)
        from .query_scan import tokens

        toks = tokens(shape.text)
        named = {
            toks[i + 1].text[1:-1]
            for i, t in enumerate(toks[:-1])
            if t.kind == "name" and t.text.upper() in ("GRAPH", "INTO", "TO") and toks[i + 1].kind == "iri"
        }
        text = f"BASE {ox.NamedNode(base_iri)}\n{sparql}" if base_iri else sparql
        try:
            self._update([text])
        except _ServerError as exc:
            kind = "malformed SPARQL update" if exc.status == 400 else "update failed"
            raise QueryError(f"{kind}: {exc}") from None
        except OSError as exc:
            raise QueryError(f"update failed: {exc}") from None
        targets = sorted(set(self.graphs()) | named)
        sizes = self.graph_sizes_of(targets)
        ops = [
            f"INSERT {{ GRAPH <{MERGE}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH {ox.NamedNode(g)} {{ ?s ?p ?o }} }}"
            for g in targets
            if sizes.get(g)
        ]
        try:
            self._update(ops + meta_updates({g: sizes.get(g, 0) for g in named}, self._base))
        except OSError as exc:
            raise QueryError(f"update failed: {exc}") from None

    def graph_sizes_of(self, graph_iris: Sequence[str]) -> dict[str, int]:
        if not graph_iris:
            return {}
        _, rows = self.select(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", named_graphs=list(graph_iris)
        )
        return {str(r["g"]): int(r["n"]) for r in rows}

    def graph_sizes(self) -> dict[str, int]:
        return self.graph_sizes_of(self.graphs())

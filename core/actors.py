"""The actor graph: a projection of the knowledge graph made for people.

Nodes are persons, bodies, countries, posts, meetings, events, action lines, SDGs and the
collective groups requests are addressed to;
edges say who holds which post, which body asked which, what a request concerns, and so on
(see ``queries/actor-edges.rq`` for the full list). When the node types asked for name ``sdg``,
the SDG evidence edges of ``queries/actor-sdg-edges.rq`` are drawn too (meeting -> SDG its reports
touch, addressee -> SDG its requests serve, weighted), so the default network and its statistics stay
about actors. The SPARQL lives in ``queries/actor-*.rq``; this module only turns the rows into a
:class:`networkx.MultiDiGraph`.

Node attributes: ``label`` (readable), ``type`` (one of :data:`NODE_TYPES`), ``iri``.
Edge attributes: ``label`` (also the edge key) and ``weight`` (an integer >= 1).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx
from rdflib import URIRef

from wsiskg.core.errors import WsisKgError
from wsiskg.core.store import Store
from wsiskg.queries import get_query

#: ``group``: a collective addressee that is not a body (``foaf:Group``: the membership, all stakeholders)
NODE_TYPES: tuple[str, ...] = ("person", "body", "country", "post", "meeting", "event", "action-line", "sdg", "group")


class ActorGraphError(WsisKgError):
    """A bad filter for the actor graph (unknown node type)."""


def node_label(row: dict[str, Any], iri: str) -> str:
    """A readable label for one node row of ``actor-nodes.rq``."""
    kind = str(row.get("type") or "")
    name, pref, alt, label, code, acronym = (
        str(row[k]) if row.get(k) is not None else ""
        for k in ("name", "prefLabel", "altLabel", "label", "code", "acronym")
    )
    if kind == "action-line" and code:
        return f"{code} {pref}".strip()
    if kind == "sdg":
        number = iri.rstrip("/").rsplit("/", 1)[-1]
        return f"SDG {number} {alt or pref}".strip()
    if kind == "body" and acronym:
        return acronym
    return name or pref or label or alt or code or acronym or iri.rstrip("/").rsplit("/", 1)[-1]


def normalise_types(types: Iterable[str] | str | None) -> frozenset[str] | None:
    """``"person,body"`` or ``["person", "body"]`` -> a checked set; None/empty -> None (all types)."""
    if types is None:
        return None
    if isinstance(types, str):
        types = types.split(",")
    wanted = frozenset(t.strip() for t in types if t and t.strip())
    if not wanted:
        return None
    unknown = sorted(wanted - set(NODE_TYPES))
    if unknown:
        raise ActorGraphError(f"unknown node type(s) {', '.join(unknown)}; available: {', '.join(NODE_TYPES)}")
    return wanted


def build_actor_graph(
    store: Store,
    base: str | None = None,
    meeting: str | None = None,
    types: Iterable[str] | str | None = None,
    keep_isolated: bool = False,
    sdg_evidence: bool | None = None,
) -> nx.MultiDiGraph[str]:
    """Project ``store`` into the actor graph.

    ``meeting``: an IRI; keep only the meeting and what its reports mention.
    ``types``: keep only nodes of these types (see :data:`NODE_TYPES`).
    ``keep_isolated``: keep nodes without any edge (by default they are dropped: reference data
    lists every country and SDG, most of which no report links to anything).
    ``base`` names the dataset in the graph attributes (the IRIs come from the store as they are).
    ``sdg_evidence``: draw the SDG evidence edges (touched-sdg, asked-about-sdg); by default only
    when ``types`` names ``sdg``.
    """
    wanted = normalise_types(types)
    if sdg_evidence is None:
        sdg_evidence = wanted is not None and "sdg" in wanted
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(name="wsis-kg actor graph")
    if base:
        graph.graph["base"] = base
    _, rows = store.select(get_query("actor-nodes").text)
    chosen: dict[str, dict[str, Any]] = {}
    for row in rows:  # ordered by node, then rank: the first row of a node wins
        iri = str(row["node"])
        if iri not in chosen:
            chosen[iri] = row
    scope: set[str] | None = None
    if meeting:
        graph.graph["meeting"] = meeting
        _, scope_rows = store.select(get_query("actor-meeting-scope").text, substitutions={"meeting": URIRef(meeting)})
        scope = {str(r["node"]) for r in scope_rows} | {meeting}
    for iri, row in chosen.items():
        kind = str(row["type"])
        if wanted is not None and kind not in wanted:
            continue
        if scope is not None and iri not in scope:
            continue
        graph.add_node(iri, iri=iri, type=kind, label=node_label(row, iri))
    _, edge_rows = store.select(get_query("actor-edges").text)
    if sdg_evidence:
        edge_rows = [*edge_rows, *store.select(get_query("actor-sdg-edges").text)[1]]
    for row in edge_rows:
        source, target, label = str(row["source"]), str(row["target"]), str(row["label"])
        if source in graph and target in graph:
            graph.add_edge(source, target, key=label, label=label, weight=int(row["weight"].toPython()))
    if not keep_isolated:
        graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph

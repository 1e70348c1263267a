"""Network analysis of the actor graph (networkx).

``stats(store, base, meeting=None, top=10) -> dict`` with plain values (JSON-ready):

- ``most_asked``: addressees by number of requests addressed to them
- ``most_active``: requesters by number of requests they made
- ``action_lines``: action lines by number of requests that concern them
- ``sdgs``: SDGs by number of paragraphs that state them or are tagged with them (per meeting with ``meeting``)
- ``actors``: persons, bodies and countries with degree (distinct neighbours in the actor graph)
  and betweenness centrality (normalised, on the undirected simple view of the actor graph)
- ``groups``: connected groups of the actor graph (largest first), with their members
- ``nodes``, ``edges``: the size of the actor graph

``render_text(result) -> str`` prints it for the terminal (``wsiskg stats``).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from wsiskg.core.actors import build_actor_graph
from wsiskg.core.store import Store
from wsiskg.queries import get_query

ACTOR_TYPES = ("person", "body", "country")


def _counts(store: Store, query: str, key: str, meeting: str | None, value: str = "requests") -> Counter[str]:
    _, rows = store.select(get_query(query).text)
    counts: Counter[str] = Counter()
    for row in rows:
        if meeting and str(row.get("meeting") or "") != meeting:
            continue
        counts[str(row[key])] += int(str(row[value]))
    return counts


def _ranked(counts: Counter[str], graph: nx.MultiDiGraph[str], top: int, key: str = "requests") -> list[dict[str, Any]]:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], _label(graph, kv[0])))[:top]
    return [
        {"iri": iri, "label": _label(graph, iri), "type": graph.nodes[iri]["type"] if iri in graph else "", key: n}
        for iri, n in items
    ]


def _label(graph: nx.MultiDiGraph[str], iri: str) -> str:
    return str(graph.nodes[iri]["label"]) if iri in graph else iri.rstrip("/").rsplit("/", 1)[-1]


def _sdg_ranking(store: Store, graph: nx.MultiDiGraph[str], meeting: str | None, top: int) -> list[dict[str, Any]]:
    """SDGs by paragraphs, labelled from the query (most SDGs are not nodes of the actor graph)."""
    _, rows = store.select(get_query("stats-sdgs").text)
    labels = {str(r["sdg"]): str(r["label"]) for r in rows}
    ranked = _ranked(_counts(store, "stats-sdgs", "sdg", meeting, "paragraphs"), graph, top, key="paragraphs")
    for row in ranked:
        row["label"] = labels.get(row["iri"], row["label"])
        row["type"] = "sdg"
    return ranked


def stats(store: Store, base: str, meeting: str | None = None, top: int = 10) -> dict[str, Any]:
    """Network statistics of the actor graph of ``store`` (one meeting when ``meeting`` is given)."""
    graph = build_actor_graph(store, base, meeting=meeting)
    simple: nx.Graph[str] = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    simple.add_edges_from((u, v) for u, v in graph.edges())
    betweenness = nx.betweenness_centrality(simple, normalized=True) if simple.number_of_nodes() else {}
    actors = [
        {
            "iri": n,
            "label": d["label"],
            "type": d["type"],
            "degree": simple.degree(n),
            "betweenness": round(betweenness.get(n, 0.0), 4),
        }
        for n, d in graph.nodes(data=True)
        if d["type"] in ACTOR_TYPES
    ]
    actors.sort(key=lambda a: (-a["betweenness"], -a["degree"], a["label"]))
    groups = []
    for component in sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c))):
        members = sorted(component, key=lambda n: (graph.nodes[n]["type"], graph.nodes[n]["label"]))
        groups.append(
            {
                "size": len(members),
                "members": [
                    {"iri": n, "label": graph.nodes[n]["label"], "type": graph.nodes[n]["type"]} for n in members
                ],
            }
        )
    return {
        "base": base,
        "meeting": meeting,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "most_asked": _ranked(_counts(store, "stats-addressees", "addressee", meeting), graph, top),
        "most_active": _ranked(_counts(store, "stats-requesters", "requester", meeting), graph, top),
        "action_lines": _ranked(_counts(store, "stats-action-lines", "actionLine", meeting), graph, top),
        "sdgs": _sdg_ranking(store, graph, meeting, top),
        "actors": actors[: max(top, 0)],
        "groups": groups,
    }


def render_text(result: dict[str, Any]) -> str:
    """A plain-text report of :func:`stats` for the terminal."""
    lines = [
        f"Actor graph: {result['nodes']} nodes, {result['edges']} edges"
        + (f" (meeting {result['meeting']})" if result.get("meeting") else "")
    ]

    def table(title: str, rows: list[dict[str, Any]], cols: list[str]) -> None:
        lines.append("")
        lines.append(title)
        if not rows:
            lines.append("  (none)")
        for row in rows:
            values = "  ".join(f"{row[c]}" for c in cols)
            lines.append(f"  {row['label'][:48]:<48}  {values}")

    table("Most-asked addressees (requests)", result["most_asked"], ["requests"])
    table("Most active requesters (requests)", result["most_active"], ["requests"])
    table("Action lines with most requests (requests)", result["action_lines"], ["requests"])
    table("SDGs by paragraphs stating or tagged with them (paragraphs)", result["sdgs"], ["paragraphs"])
    table("Actors by betweenness (type, degree, betweenness)", result["actors"], ["type", "degree", "betweenness"])
    lines.append("")
    lines.append(f"Connected groups: {len(result['groups'])}")
    for i, group in enumerate(result["groups"], 1):
        names = ", ".join(m["label"] for m in group["members"][:12])
        more = f", ... (+{group['size'] - 12})" if group["size"] > 12 else ""
        lines.append(f"  {i}. {group['size']} nodes: {names}{more}")
    return "\n".join(lines) + "\n"

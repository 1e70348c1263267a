"""``wsiskg list-reports`` and ``wsiskg remove``: what the store holds, report by report."""

from __future__ import annotations

from dataclasses import dataclass

import click
from rdflib import Literal, URIRef

from ..core.errors import WsisKgError
from ..core.store import Store
from .common import config, fail, open_store, store_option


@dataclass(frozen=True)
class StoredReport:
    id: str
    graph: str
    meeting: str
    source: str
    triples: int | None
    stored: str


def _graph_prefixes(base: str) -> tuple[str, str]:
    from ..core.iris import Minter

    mint = Minter(base)
    return str(mint.graph("report")) + "/", str(mint.graph("validation")) + "/"


def stored_reports(st: Store, base: str) -> list[StoredReport]:
    """The report graphs of the store (named query ``reports``) with the store's records of them."""
    from ..queries import get_query

    prefix, _ = _graph_prefixes(base)
    _, rows = st.select(get_query("reports").text)
    records = st.stored()
    sizes = None
    out: dict[str, StoredReport] = {}
    for r in rows:
        graph = str(r["graph"])
        if not graph.startswith(prefix) or graph in out:
            continue
        when, triples = records.get(graph, ("", None))
        if triples is None:
            sizes = sizes if sizes is not None else st.graph_sizes()
            triples = sizes.get(graph)
        meeting = r["meetingLabel"] or r["meeting"] or ""
        out[graph] = StoredReport(graph[len(prefix) :], graph, str(meeting), str(r["source"] or ""), triples, when)
    return list(out.values())


@click.command("list-reports")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
def list_reports(store: str | None, fmt: str) -> None:
    """List the stored reports: id, meeting, source file, triples and when each was stored."""
    from ..core.results import Row, render

    cfg = config(store)
    try:
        with open_store(cfg, read_only=True) as st:
            reports = stored_reports(st, cfg.base)
    except WsisKgError as exc:
        fail(exc)
    variables = ["id", "meeting", "source", "triples", "stored", "graph"]
    rows: list[Row] = [
        {
            "id": Literal(r.id),
            "meeting": Literal(r.meeting),
            "source": Literal(r.source),
            "triples": Literal(r.triples) if r.triples is not None else None,
            "stored": Literal(r.stored),
            "graph": URIRef(r.graph),
        }
        for r in reports
    ]
    click.echo(render(variables, rows, fmt), nl=False)


@click.command()
@click.argument("report")
@store_option
def remove(report: str, store: str | None) -> None:
    """Remove the report REPORT (its graph and its validation results) from the store, all or nothing."""
    cfg = config(store)
    try:
        with open_store(cfg, read_only=True) as st:  # an existing store: never create one to remove from it
            known = {r.id: r for r in stored_reports(st, cfg.base)}
        if report not in known:
            listing = ", ".join(sorted(known)) or "none"
            raise WsisKgError(f"no report '{report}' in the store; known reports: {listing}")
        _, validation_prefix = _graph_prefixes(cfg.base)
        with open_store(cfg) as st:
            st.drop_graphs([known[report].graph, validation_prefix + report])
    except WsisKgError as exc:
        fail(exc)
    click.echo(f"removed report {report} (<{known[report].graph}>) from {cfg.store}", err=True)

"""``wsiskg export`` and ``wsiskg stats``: the actor network and RDF dumps."""

from __future__ import annotations

import io
import json
from pathlib import Path

import click

from ..core.errors import WsisKgError
from .common import config, fail, open_store, store_option


# --------------------------------------------------------------------------- export
@click.command()
@store_option
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["graphml", "gexf", "cytoscape", "d3", "dot", "trig", "nquads", "turtle", "jsonld"]),
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="Output file (default stdout).",
)
@click.option("--meeting", default=None, help="Only the actor graph of this meeting (IRI).")
@click.option(
    "--types",
    default=None,
    help="Comma-separated node types to keep (person,body,group,country,post,meeting,event,action-line,sdg).",
)
def export(store, fmt, output, meeting, types) -> None:
    """Export the actor graph (graphml, gexf, cytoscape, d3, dot) or an RDF dump (trig, nquads, turtle, jsonld)."""
    from ..core.export import export as do_export

    cfg = config(store)
    type_set = {t.strip() for t in types.split(",") if t.strip()} if types else None
    try:
        with open_store(cfg, read_only=True) as st:
            buf = io.BytesIO()
            do_export(st, fmt, buf, cfg.base, meeting=meeting, types=type_set)
        if output == "-":
            click.get_binary_stream("stdout").write(buf.getvalue())
        else:
            Path(output).write_bytes(buf.getvalue())
            click.echo(f"wrote {output}", err=True)
    except WsisKgError as exc:
        fail(exc)


# ---------------------------------------------------------------------------- stats
@click.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--meeting", default=None, help="Only the actor graph of this meeting (IRI).")
@click.option("--top", type=int, default=10, show_default=True, help="How many entries per ranking.")
def stats(store, fmt, meeting, top) -> None:
    """Network analysis of the actor graph: most-asked addressees, most active requesters, centrality."""
    from ..core.stats import render_text
    from ..core.stats import stats as compute

    cfg = config(store)
    try:
        with open_store(cfg, read_only=True) as st:
            result = compute(st, cfg.base, meeting=meeting, top=top)
    except WsisKgError as exc:
        fail(exc)
    click.echo(json.dumps(result, indent=2, default=str) if fmt == "json" else render_text(result))

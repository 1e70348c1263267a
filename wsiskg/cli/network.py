"""``wsiskg export`` and ``wsiskg stats``: the actor network and RDF dumps."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..core.errors import WsisKgError
from .common import config, fail, open_store, store_option

MEETING_HELP = "Only the actor graph of this meeting: its IRI or its label (e.g. the meeting's name)."


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
@click.option("--meeting", default=None, help=MEETING_HELP)
@click.option(
    "--types",
    default=None,
    help="Comma-separated node types to keep (person,body,group,country,post,meeting,event,action-line,sdg).",
)
def export(store: str | None, fmt: str, output: str, meeting: str | None, types: str | None) -> None:
    """Export the actor graph (graphml, gexf, cytoscape, d3, dot) or an RDF dump (trig, nquads, turtle, jsonld)."""
    from ..core.export import RDF_FORMATS, export_bytes
    from ..core.params import entity

    cfg = config(store)
    type_set = {t.strip() for t in types.split(",") if t.strip()} if types else None  # empty: not given, as over HTTP
    try:
        if fmt in RDF_FORMATS and (meeting or type_set):
            raise WsisKgError(
                f"--meeting and --types choose part of the actor graph (graphml, gexf, cytoscape, d3, dot); "
                f"--format {fmt} dumps the whole store: drop them"
            )
        with open_store(cfg, read_only=True) as st:
            meeting_iri = entity("meeting", meeting, st, "Meeting") if meeting else None
            data = export_bytes(st, fmt, cfg.base, meeting=meeting_iri, types=type_set)
        if output == "-":
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            try:
                Path(output).write_bytes(data)
            except OSError as exc:
                raise WsisKgError(f"cannot write {output}: {exc.strerror}") from None
            click.echo(f"wrote {output}", err=True)
    except WsisKgError as exc:
        fail(exc)


# ---------------------------------------------------------------------------- stats
@click.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--meeting", default=None, help=MEETING_HELP)
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True, help="How many entries per ranking.")
def stats(store: str | None, fmt: str, meeting: str | None, top: int) -> None:
    """Network analysis of the actor graph: most-asked addressees, most active requesters, centrality."""
    from ..core.params import entity
    from ..core.stats import render_text
    from ..core.stats import stats as compute

    cfg = config(store)
    try:
        with open_store(cfg, read_only=True) as st:
            meeting_iri = entity("meeting", meeting, st, "Meeting") if meeting else None
            result = compute(st, cfg.base, meeting=meeting_iri, top=top)
    except WsisKgError as exc:
        fail(exc)
    click.echo(json.dumps(result, indent=2, default=str) if fmt == "json" else render_text(result))

"""``wsiskg query``, ``list-queries`` and ``load-matrix``: reading and adding to the graph."""

from __future__ import annotations

from pathlib import Path

import click

from ..core.errors import WsisKgError
from .common import config, fail, open_store, store_option


# ---------------------------------------------------------------------------- query
@click.command()
@click.argument("name")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter (repeatable).")
@click.option("-o", "--output", type=click.File("w"), default="-", help="Write to FILE instead of stdout.")
def query(name, store, fmt, params, output) -> None:
    """Run a named query (see list-queries) or a SPARQL file FILE.rq; print its results."""
    from ..core.results import bind_params, render
    from ..queries import get_query

    cfg = config(store)
    try:
        if name.endswith(".rq") or Path(name).is_file():
            p = Path(name)
            if not p.is_file():
                raise WsisKgError(f"{name}: no such query file")
            text, declared = p.read_text(encoding="utf-8"), ()
        else:
            nq = get_query(name)
            text, declared = nq.text, nq.params
        subs = bind_params(declared, params)
        with open_store(cfg, read_only=True) as st:
            variables, rows = st.select(text, substitutions=subs)
    except WsisKgError as exc:
        fail(exc)
    output.write(render(variables, rows, fmt))


@click.command("list-queries")
def list_queries_cmd() -> None:
    """List the named queries with their titles."""
    from ..queries import list_queries

    queries = list_queries()
    width = max(len(q.name) for q in queries)
    for q in queries:
        click.echo(f"{q.name.ljust(width)}  {q.title}")


# ------------------------------------------------------------------- load-matrix
@click.command("load-matrix")
@click.argument("csvfile", type=click.Path(dir_okay=False))
@store_option
def load_matrix(csvfile, store) -> None:
    """Load an action line / SDG matrix from a CSV (columns: action line, SDG or target, source)."""
    from ..core.reference import load_matrix_csv
    from ..ingest.model import Minter

    cfg = config(store)
    try:
        graph = load_matrix_csv(Path(csvfile), cfg.base)
        with open_store(cfg) as st:
            n = st.replace_graph(str(Minter(cfg.base).graph("matrix")), graph)
    except WsisKgError as exc:
        fail(exc)
    click.echo(f"{csvfile}: {n} triples loaded", err=True)

"""``wsiskg query``, ``list-queries`` and ``load-matrix``: reading and adding to the graph."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from ..core.errors import InputError, WsisKgError
from .common import config, fail, open_store, store_option

if TYPE_CHECKING:
    from ..queries import NamedQuery


def _named_or_file(name: str) -> NamedQuery:
    """The named query ``name``, or the query in the file ``name`` (its header read the same way)."""
    from ..queries import get_query, parse

    if Path(name).is_dir():
        raise InputError(f"{name} is a folder; give a query file FILE.rq or a named query (see list-queries)")
    if name.endswith(".rq") or Path(name).is_file():
        path = Path(name)
        if not path.is_file():
            raise InputError(f"{name}: no such query file")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{name}: cannot read the query file ({exc})") from None
        if not "".join(line for line in text.splitlines() if not line.lstrip().startswith("#")).strip():
            raise InputError(f"{name}: the query file is empty; write a SELECT, ASK, CONSTRUCT or DESCRIBE query in it")
        return parse(path.stem, text)
    return get_query(name)


# ---------------------------------------------------------------------------- query
@click.command()
@click.argument("name")
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="table: labels, fitted to the terminal; csv, tsv, json: every value in full (IRIs as IRIs).",
)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a query parameter (repeatable); see list-queries for each query's parameters.",
)
@click.option("--limit", metavar="N", help="Return at most N rows (a page; with --offset for the next ones).")
@click.option("--offset", metavar="M", help="Skip the first M rows (the named queries order their rows).")
@click.option("-o", "--output", type=click.File("w"), default="-", help="Write to FILE instead of stdout.")
def query(
    name: str,
    store: str | None,
    fmt: str,
    params: tuple[str, ...],
    limit: str | None,
    offset: str | None,
    output: TextIO,
) -> None:
    """Run a named query (see list-queries) or a SPARQL file FILE.rq; print its results."""
    from ..core import params as binder
    from ..core import query_scan
    from ..core.results import render, store_labeller

    cfg = config(store)
    try:
        nq = _named_or_file(name)
        given = binder.split_assignments(params)
        binder.page(nq.text, limit, offset)  # a bad page is refused before the store is opened
        # refused before the store is opened: an update, SERVICE, LOAD (no connection is ever tried)
        query_scan.check_query(nq.text)
        with open_store(cfg, read_only=True) as st:
            text = binder.bind_query(nq, given, binder.store_resolver(st.select), limit, offset)
            variables, rows = st.select(text)
            labels = store_labeller(st, cfg.base) if fmt == "table" else None
            out = render(variables, rows, fmt, width=_terminal_width(output), label=labels)
    except WsisKgError as exc:
        fail(exc)
    output.write(out)


def _terminal_width(output: TextIO) -> int | None:
    """The terminal's width when writing to one, else None (no fitting: files and pipes get everything)."""
    import shutil

    if output.isatty():
        return shutil.get_terminal_size((100, 24)).columns
    return None


@click.command("list-queries")
@click.option("--all", "show_all", is_flag=True, help="Also the internal queries the server and the analysis use.")
def list_queries_cmd(show_all: bool) -> None:
    """List the named queries with their titles and parameters."""
    from ..queries import list_queries

    queries = list_queries(internal=show_all)
    width = max(len(q.name) for q in queries)
    for q in queries:
        click.echo(f"{q.name.ljust(width)}  {q.title}")
        for p in q.params:
            click.echo(f"{'':{width}}    --param {p.name}=<{p.type}>  {p.doc}")


# ------------------------------------------------------------------- load-matrix
@click.command("load-matrix")
@click.argument("csvfile", type=click.Path(dir_okay=False))
@store_option
def load_matrix(csvfile: str, store: str | None) -> None:
    """Load an action line / SDG matrix from a CSV (columns: action line, SDG or target, source)."""
    from ..core.iris import Minter
    from ..core.reference import load_matrix_csv

    cfg = config(store)
    try:
        graph = load_matrix_csv(Path(csvfile), cfg.base)
        with open_store(cfg) as st:
            n = st.replace_graph(str(Minter(cfg.base).graph("matrix")), graph)
    except WsisKgError as exc:
        fail(exc)
    click.echo(f"{csvfile}: {n} triples loaded", err=True)

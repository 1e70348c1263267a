"""The ``wsiskg`` command line: thin click wrappers over library functions.

Exit codes: 0 ok, 1 data does not conform to the shapes, 2 usage or input error.
Data goes to stdout (or ``-o FILE``), messages and progress to stderr.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import click

from . import __version__
from .core.config import Config
from .core.errors import ValidationError, WsisKgError
from .core.store import Store

STORE_HELP = "Store directory (default: $WSISKG_STORE, else ~/.local/share/wsiskg/store)."


def _config(store: str | None, **overrides) -> Config:
    return Config.from_env(store=store, **overrides)


def _open(cfg: Config, read_only: bool = False) -> Store:
    return Store.open(cfg.store, read_only=read_only)


def _fail(exc: WsisKgError) -> None:
    click.echo(f"wsiskg: error: {exc}", err=True)
    sys.exit(exc.exit_code)


store_option = click.option("--store", "store", type=click.Path(file_okay=False), default=None, help=STORE_HELP)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wsiskg")
def main() -> None:
    """wsis-kg: a knowledge graph of WSIS actors, action lines and SDGs.

    Typical use: ``wsiskg ingest report.docx`` then ``wsiskg query requests``
    or ``wsiskg serve``. Every command takes ``--store DIR``.
    """


# --------------------------------------------------------------------------- ingest
@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@store_option
@click.option(
    "--allow-invalid", is_flag=True, help="Store reports that violate the shapes, with their validation results."
)
@click.option(
    "--id", "report_id", default=None, help="Report identifier (only with one file); default: body and meeting number."
)
@click.option(
    "--base", default=None, help="Base IRI for minted IRIs (default: $WSISKG_BASE or https://w3id.org/wsis-kg/)."
)
@click.option("-q", "--quiet", is_flag=True, help="No progress messages.")
def ingest(files, store, allow_invalid, report_id, base, quiet) -> None:
    """Read reports (.txt, .docx, .pdf), extract their facts and store them, one named graph each.

    All files are checked first; nothing is stored unless every file can be read and
    (without --allow-invalid) conforms to the shapes.
    """
    from .ingest.pipeline import ingest_files

    if report_id and len(files) > 1:
        raise click.UsageError("--id can only be used with a single file")
    cfg = _config(store, base=base)
    progress = None if quiet else (lambda msg: click.echo(msg, err=True))
    try:
        for f in files:
            if not Path(f).is_file():
                raise WsisKgError(f"{f}: no such file")
        with _open(cfg) as st:
            results = ingest_files(
                [Path(f) for f in files],
                st,
                cfg,
                allow_invalid=allow_invalid,
                report_ids=[report_id] if report_id else None,
                progress=progress,
            )
    except ValidationError as exc:
        click.echo(f"wsiskg: error: {exc}", err=True)
        click.echo(exc.report_text, err=True)
        sys.exit(1)
    except WsisKgError as exc:
        _fail(exc)
    for r in results:
        state = "conforms" if r.conforms else "does NOT conform (stored with --allow-invalid)"
        click.echo(f"{r.path}: report {r.report_id}: {r.triples} triples in <{r.graph_iri}>, {state}", err=True)
    sys.exit(0 if all(r.conforms for r in results) else 1)


# ------------------------------------------------------------------------- validate
@main.command()
@store_option
def validate(store) -> None:
    """Validate every report graph in the store against the SHACL shapes (exit 1 if any does not conform)."""
    from .ingest.pipeline import validate_store

    cfg = _config(store)
    try:
        with _open(cfg) as st:
            reports = validate_store(st, cfg)
    except WsisKgError as exc:
        _fail(exc)
    bad = 0
    for graph, rep in sorted(reports.items()):
        if rep.conforms:
            click.echo(f"{graph}: conforms", err=True)
        else:
            bad += 1
            click.echo(f"{graph}: {len(rep.violations)} violation(s)", err=True)
            for v in rep.violations:
                click.echo("  " + v.line(), err=True)
    if not reports:
        click.echo("no report graphs in the store", err=True)
    sys.exit(1 if bad else 0)


# ---------------------------------------------------------------------------- query
@main.command()
@click.argument("name")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter (repeatable).")
@click.option("-o", "--output", type=click.File("w"), default="-", help="Write to FILE instead of stdout.")
def query(name, store, fmt, params, output) -> None:
    """Run a named query (see list-queries) or a SPARQL file FILE.rq; print its results."""
    from .core.results import bind_params, render
    from .ingest.pipeline import ensure_reference
    from .queries import get_query

    cfg = _config(store)
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
        with _open(cfg) as st:
            ensure_reference(st, cfg)
            variables, rows = st.select(text, substitutions=subs)
    except WsisKgError as exc:
        _fail(exc)
    output.write(render(variables, rows, fmt))


@main.command("list-queries")
def list_queries_cmd() -> None:
    """List the named queries with their titles."""
    from .queries import list_queries

    queries = list_queries()
    width = max(len(q.name) for q in queries)
    for q in queries:
        click.echo(f"{q.name.ljust(width)}  {q.title}")


# ------------------------------------------------------------------- load-matrix
@main.command("load-matrix")
@click.argument("csvfile", type=click.Path(dir_okay=False))
@store_option
def load_matrix(csvfile, store) -> None:
    """Load an action line / SDG matrix from a CSV (columns: action line, SDG or target, source)."""
    from .core.reference import load_matrix_csv
    from .ingest.model import Minter

    cfg = _config(store)
    try:
        graph = load_matrix_csv(Path(csvfile), cfg.base)
        with _open(cfg) as st:
            n = st.replace_graph(str(Minter(cfg.base).graph("matrix")), graph)
    except WsisKgError as exc:
        _fail(exc)
    click.echo(f"{csvfile}: {n} triples loaded", err=True)


# ---------------------------------------------------------------------------- serve
def _check_port(host: str, port: int) -> None:
    """Fail early, with one line, when the address is taken (gunicorn would retry and log 5 errors)."""
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise WsisKgError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another with --port") from None


@main.command()
@store_option
@click.option("--host", default=None, help="Interface to listen on (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default 5000).")
@click.option("--workers", type=int, default=None, help="Worker processes (default 2).")
def serve(store, host, port, workers) -> None:
    """Serve the SPARQL endpoint, linked-data pages and exports over HTTP (gunicorn)."""
    from .ingest.pipeline import ensure_reference
    from .server.serve import run

    cfg = _config(store, host=host, port=port, workers=workers)
    try:
        _check_port(cfg.host, cfg.port)
        with _open(cfg) as st:
            ensure_reference(st, cfg)
    except WsisKgError as exc:
        _fail(exc)
    click.echo(
        f"wsis-kg serving {cfg.store} at http://{cfg.host}:{cfg.port}/ (SPARQL: http://{cfg.host}:{cfg.port}/sparql)",
        err=True,
    )
    run(cfg)


# --------------------------------------------------------------------------- export
@main.command()
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
    from .core.export import export as do_export

    cfg = _config(store)
    type_set = {t.strip() for t in types.split(",") if t.strip()} if types else None
    try:
        with _open(cfg) as st:
            buf = io.BytesIO()
            do_export(st, fmt, buf, cfg.base, meeting=meeting, types=type_set)
        if output == "-":
            click.get_binary_stream("stdout").write(buf.getvalue())
        else:
            Path(output).write_bytes(buf.getvalue())
            click.echo(f"wrote {output}", err=True)
    except WsisKgError as exc:
        _fail(exc)


# ---------------------------------------------------------------------------- stats
@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--meeting", default=None, help="Only the actor graph of this meeting (IRI).")
@click.option("--top", type=int, default=10, show_default=True, help="How many entries per ranking.")
def stats(store, fmt, meeting, top) -> None:
    """Network analysis of the actor graph: most-asked addressees, most active requesters, centrality."""
    from .core.stats import render_text
    from .core.stats import stats as compute

    cfg = _config(store)
    try:
        with _open(cfg) as st:
            result = compute(st, cfg.base, meeting=meeting, top=top)
    except WsisKgError as exc:
        _fail(exc)
    click.echo(json.dumps(result, indent=2, default=str) if fmt == "json" else render_text(result))


if __name__ == "__main__":  # pragma: no cover
    main()

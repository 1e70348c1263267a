"""``wsiskg ingest`` and ``wsiskg validate``: reports in, graphs checked."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..core.errors import ValidationError, WsisKgError
from .common import config, fail, open_store, store_option


# --------------------------------------------------------------------------- ingest
@click.command()
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
    from ..ingest.pipeline import ingest_files

    if report_id and len(files) > 1:
        raise click.UsageError("--id can only be used with a single file")
    cfg = config(store, base=base)
    progress = None if quiet else (lambda msg: click.echo(msg, err=True))
    try:
        for f in files:
            if not Path(f).is_file():
                raise WsisKgError(f"{f}: no such file")
        with open_store(cfg) as st:
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
        fail(exc)
    for r in results:
        state = "conforms" if r.conforms else "does NOT conform (stored with --allow-invalid)"
        click.echo(f"{r.path}: report {r.report_id}: {r.triples} triples in <{r.graph_iri}>, {state}", err=True)
    sys.exit(0 if all(r.conforms for r in results) else 1)


# ------------------------------------------------------------------------- validate
@click.command()
@store_option
def validate(store) -> None:
    """Validate every report graph in the store against the SHACL shapes (exit 1 if any does not conform)."""
    from ..ingest.pipeline import validate_store

    cfg = config(store)
    try:
        with open_store(cfg, read_only=True) as st:
            reports = validate_store(st, cfg)
    except WsisKgError as exc:
        fail(exc)
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

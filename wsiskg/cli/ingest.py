"""``wsiskg ingest`` and ``wsiskg validate``: reports in, graphs checked.

Progress bars go to stderr, and only when it is a terminal (never with ``--quiet``);
warnings and errors go to stderr, one line each naming the file; ``ingest`` prints
its summary once, on stdout.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from ..core.errors import ValidationError, WsisKgError
from .common import config, fail, open_store, store_option

if TYPE_CHECKING:  # the pipeline (rdflib, pySHACL) is imported when a command runs, not for --help
    from ..ingest.pipeline import BatchError, Failed, IngestResult, Staged

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_STAGE_LABEL = {"validate": "SHACL"}


@contextmanager
def _progress(length: int, label: str, quiet: bool) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr when it is a terminal; yields ``step(name)``; silent otherwise."""
    if quiet or length < 1 or not sys.stderr.isatty():
        yield lambda _name: None
        return
    with click.progressbar(length=length, label=label, file=sys.stderr, show_pos=True, show_eta=True) as bar:

        def step(name: str) -> None:
            bar.label = f"{label} {name}"
            bar.update(1)

        yield step


def parse_ids(values: Sequence[str], files: Sequence[str]) -> list[str | None]:
    """``--id ID`` (one file) or ``--id FILE=ID`` (any file, repeatable) -> one id or None per file."""
    ids: list[str | None] = [None] * len(files)
    resolved = [Path(f).resolve() for f in files]
    for value in values:
        target, sep, rid = value.rpartition("=")
        if not sep:
            if len(files) > 1:
                raise click.UsageError("--id can only be used with a single file; with several give --id FILE=ID")
            target, rid = files[0], value
        if not _ID.match(rid):
            raise click.UsageError(f"--id {value!r}: an identifier is letters, digits, '.', '_' or '-'")
        matches = [i for i, r in enumerate(resolved) if r == Path(target).resolve()]
        if not matches:
            raise click.UsageError(f"--id {value!r}: {target} is not one of the files to ingest")
        for i in matches:
            ids[i] = rid
    return ids


def _timing(seconds: dict[str, float]) -> str:
    from ..ingest.pipeline import STAGES

    total = sum(seconds.values())
    parts = " ".join(f"{_STAGE_LABEL.get(s, s)} {seconds.get(s, 0.0):.2f}" for s in STAGES)
    return f"{total:.2f} s ({parts})"


def _summary(results: Sequence[IngestResult], where: str, elapsed: float) -> list[str]:
    stored = [r for r in results if r.stored]
    n_files, n_reports = len(results), len(stored)
    head = f"{n_files} file(s), {n_reports} report(s) stored in {where} in {elapsed:.1f} s"
    lines = [head]
    for r in results:
        if not r.stored:
            state = f"not stored: the same report as {r.same_as}"
        elif r.conforms:
            state = f"{r.triples} triples, conforms"
        else:
            state = f"{r.triples} triples, does NOT conform (stored with --allow-invalid)"
        lines.append(f"  {r.path}: report {r.report_id}: {state}; {_timing(r.seconds)}")
    return lines


def _print_batch_error(exc: BatchError) -> NoReturn:
    if len(exc.problems) > 1:
        for problem in exc.problems:
            click.echo(f"wsiskg: error: {problem}", err=True)
    click.echo(f"wsiskg: error: {exc}", err=True)
    sys.exit(exc.exit_code)


# --------------------------------------------------------------------------- ingest
@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@store_option
@click.option(
    "--allow-invalid", is_flag=True, help="Store reports that violate the shapes, with their validation results."
)
@click.option(
    "--id",
    "report_ids",
    multiple=True,
    metavar="[FILE=]ID",
    help=(
        "Report identifier: ID (one file) or FILE=ID (repeatable); "
        "default: body and meeting number (and year, for bodies numbering per session)."
    ),
)
@click.option(
    "--base", default=None, help="Base IRI for minted IRIs (default: $WSISKG_BASE or https://w3id.org/wsis-kg/)."
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for reading, extracting and validating (default: the number of cores).",
)
@click.option("--strict", is_flag=True, help="Refuse files with extraction warnings (no meeting, no body, ...).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def ingest(
    files: tuple[str, ...],
    store: str | None,
    allow_invalid: bool,
    report_ids: tuple[str, ...],
    base: str | None,
    jobs: int | None,
    strict: bool,
    quiet: bool,
) -> None:
    """Read reports (.txt, .docx, .pdf), extract their facts and store them, one named graph each.

    All files are checked first; nothing is stored unless every file can be read and
    (without --allow-invalid) conforms to the shapes. Files that are the same report (its
    .txt, .docx and .pdf) are stored once, from the .docx, else the .pdf, else the .txt.
    """
    import time

    from ..ingest.pipeline import BatchError, default_jobs, ingest_files

    ids = parse_ids(report_ids, files)
    cfg = config(store, base=base)
    notes: list[str] = []
    start = time.perf_counter()
    try:
        for f in files:
            if not Path(f).is_file():
                raise WsisKgError(f"{f}: no such file")
        with open_store(cfg) as st, _progress(len(files), "ingest", quiet) as step:

            def on_file(outcome: Staged | Failed) -> None:
                step(outcome.path.name)

            results = ingest_files(
                [Path(f) for f in files],
                st,
                cfg,
                allow_invalid=allow_invalid,
                report_ids=ids,
                progress=notes.append,
                jobs=jobs or default_jobs(),
                strict=strict,
                on_file=on_file,
            )
            where = str(st.path or "memory")
    except ValidationError as exc:
        click.echo(f"wsiskg: error: {exc}", err=True)
        click.echo(exc.report_text, err=True)
        sys.exit(1)
    except BatchError as exc:
        _print_batch_error(exc)
    except WsisKgError as exc:
        fail(exc)
    except KeyboardInterrupt:
        click.echo("wsiskg: interrupted; nothing was stored", err=True)
        sys.exit(130)
    for r in results:  # shown even with --quiet: they say what the stored graph lacks
        for w in r.warnings:
            click.echo(f"wsiskg: warning: {r.path}: {w}", err=True)
    for note in notes:
        click.echo(f"wsiskg: note: {note}", err=True)
    click.echo("\n".join(_summary(results, where, time.perf_counter() - start)))
    sys.exit(0 if all(r.conforms for r in results if r.stored) else 1)


# ------------------------------------------------------------------------- validate
@click.command()
@store_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def validate(store: str | None, quiet: bool) -> None:
    """Validate every report graph in the store against the SHACL shapes (exit 1 if any does not conform)."""
    from ..ingest.pipeline import report_graphs, validate_store

    cfg = config(store)
    try:
        with open_store(cfg, read_only=True) as st:
            total = len(report_graphs(st, cfg))
            with _progress(total, "validate", quiet) as step:
                reports = validate_store(st, cfg, on_graph=lambda g: step(g.rsplit("/", 1)[-1]))
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

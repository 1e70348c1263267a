"""The ingest pipeline: file(s) -> validated graphs -> store, all or nothing.

``ingest_files`` runs read -> parse -> extract -> model -> validate for every file
(in ``jobs`` worker processes when there are several files), staging each validated
report graph on disk as N-Triples, so the batch's memory is bounded by one report,
not by the batch. Only when every file succeeds (or ``allow_invalid`` is set) does it
write, in one atomic store update from the staged files. A failure leaves the store
exactly as it was and names every file that failed.

Several files that are the same report (one report as .txt, .docx and .pdf) are
stored once, from the preferred format (:data:`FORMAT_PREFERENCE`).
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from wsiskg.core.config import Config
from wsiskg.core.errors import InputError, StoreError, ValidationError, WsisKgError
from wsiskg.core.reference import ontology_graph, reference_files, reference_triples
from wsiskg.core.store import Store

from ..core.iris import Minter
from . import worker
from .extract import extract
from .model import report_id, to_graph
from .parse import parse
from .read import read
from .validate import ValidationReport, validate

#: when several files are the same report, the one stored: the source document's own format
#: (.docx keeps the author's numbering and styles), then the PDF's layout, then plain text
FORMAT_PREFERENCE = (".docx", ".pdf", ".txt")
STAGES = ("read", "parse", "extract", "model", "validate")


@dataclass(frozen=True)
class Prepared:
    path: Path
    report_id: str
    graph_iri: str
    graph: Graph
    validation: ValidationReport
    warnings: tuple[str, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Staged:
    """One file after read -> validate, its graph staged on disk (what a worker sends back)."""

    path: Path
    report_id: str
    graph_iri: str
    triples: int
    validation: ValidationReport
    warnings: tuple[str, ...]
    seconds: dict[str, float]
    file: Path

    @property
    def conforms(self) -> bool:
        return self.validation.conforms


@dataclass(frozen=True)
class Failed:
    """A file that could not be read or understood (the one-line reason, without the file name)."""

    path: Path
    message: str


@dataclass(frozen=True)
class IngestResult:
    path: Path
    report_id: str
    graph_iri: str
    triples: int
    conforms: bool
    validation: ValidationReport
    warnings: tuple[str, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict)
    stored: bool = True  # False: another file of the same report was stored instead
    same_as: Path | None = None  # the file stored for this report when it was not this one


class BatchError(InputError):
    """Some files of a batch cannot be ingested; ``problems`` has one line per file."""

    def __init__(self, message: str, problems: Sequence[str]):
        super().__init__(message)
        self.problems = tuple(problems)


OnFile = Callable[["Staged | Failed"], None]


def prepare(path: Path, config: Config, rid: str | None = None) -> Prepared:
    """Read -> parse -> extract -> model -> validate one file, without touching any store."""
    path = Path(path)
    t: dict[str, float] = {}
    start = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal start
        now = time.perf_counter()
        t[stage] = now - start
        start = now

    raw = read(path)
    lap("read")
    parsed = parse(raw)
    lap("parse")
    extraction = extract(parsed)
    lap("extract")
    rid = rid or report_id(extraction, path.stem)
    graph = to_graph(extraction, config.base, rid)
    warnings = tuple(extraction.warnings)
    del raw, parsed, extraction  # a large input's text and records are not needed from here on
    lap("model")
    validation = validate(graph)
    lap("validate")
    iri = str(Minter(config.base).graph("report", rid))
    return Prepared(path, rid, iri, graph, validation, warnings, t)


def stage(path: Path, config: Config, rid: str | None, staging: Path, index: int) -> Staged | Failed:
    """``prepare`` one file and write its graph to ``staging`` as N-Triples; a bad file gives ``Failed``,
    and so does a file the extractor itself fails on (a bug of ours, named as one: the batch stores
    nothing and says which file to report, never a traceback)."""
    try:
        p = prepare(path, config, rid)
    except WsisKgError as exc:
        return Failed(Path(path), _without_path(str(exc), Path(path)))
    except Exception as exc:  # noqa: BLE001 - any other error is ours; the batch must still end cleanly
        bug = f"wsiskg could not read this file ({type(exc).__name__}: {exc})"
        return Failed(Path(path), f"{bug}; this is a bug, please report it with the file")
    start = time.perf_counter()
    file = staging / f"{index:06d}.nt"
    p.graph.serialize(destination=str(file), format="nt", encoding="utf-8")
    seconds = {**p.seconds, "stage": time.perf_counter() - start}
    return Staged(p.path, p.report_id, p.graph_iri, len(p.graph), p.validation, p.warnings, seconds, file)


def _without_path(message: str, path: Path) -> str:
    for prefix in (f"{path}: ", f"{path.name}: "):
        if message.startswith(prefix):
            return message[len(prefix) :]
    return message


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def stage_all(
    paths: Sequence[Path],
    config: Config,
    staging: Path,
    report_ids: Sequence[str | None],
    jobs: int = 1,
    on_file: OnFile | None = None,
) -> list[Staged | Failed]:
    """Stage every file (in ``jobs`` spawned worker processes when > 1); outcomes in input order."""
    done = on_file or (lambda _outcome: None)
    jobs = max(1, min(jobs, len(paths)))
    if jobs == 1:
        out = []
        for i, (path, rid) in enumerate(zip(paths, report_ids, strict=True)):
            outcome = stage(path, config, rid, staging, i)
            done(outcome)
            out.append(outcome)
        return out
    ctx = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(
            max_workers=jobs, mp_context=ctx, initializer=worker.start, initargs=worker.parent_caches()
        ) as pool:
            futures = [
                pool.submit(stage, path, config, rid, staging, i)
                for i, (path, rid) in enumerate(zip(paths, report_ids, strict=True))
            ]
            for fut in as_completed(futures):
                done(fut.result())
            return [f.result() for f in futures]
    except BrokenProcessPool as exc:
        raise WsisKgError(
            f"a worker process died ({exc}); nothing was stored; if memory is short, try fewer --jobs"
        ) from exc


def ensure_reference(store: Store, config: Config) -> bool:
    """Load the reference data and the ontology into their named graphs if they are missing."""
    mint = Minter(config.base)
    ref, onto = str(mint.graph("reference")), str(mint.graph("ontology"))
    if store.has_graph(ref) and store.has_graph(onto):
        return False
    kept = reference_files(config.base)
    if kept is not None:  # the command line: N-Triples files kept between runs, no graph built
        try:
            store.replace_graphs_from_files(kept)
            return True
        except (OSError, StoreError):  # a file gone since (a run of other code replaced it): nothing written
            if all(path.is_file() for path in kept.values()):
                raise
    store.add_graphs({ref: reference_triples(config.base), onto: ontology_graph()})
    return True


def _refuse_bad_files(outcomes: Sequence[Staged | Failed], strict: bool) -> None:
    problems = [f"{o.path}: {o.message}" for o in outcomes if isinstance(o, Failed)]
    if strict:
        problems += [
            f"{o.path}: refused by --strict: {'; '.join(o.warnings)}"
            for o in outcomes
            if isinstance(o, Staged) and o.warnings
        ]
    if not problems:
        return
    if len(problems) == 1:
        raise BatchError(f"{problems[0]}; nothing was stored", problems)
    raise BatchError(f"{len(problems)} of {len(outcomes)} files cannot be ingested; nothing was stored", problems)


def _refuse_invalid(staged: Sequence[Staged]) -> None:
    bad = [s for s in staged if not s.conforms]
    if not bad:
        return
    lines = [f"{s.path}: {v.line()}" for s in bad for v in s.validation.violations]
    raise ValidationError(
        f"{len(bad)} report(s) do not conform to the shapes; nothing was stored",
        "\n".join(lines),
        tuple(v for s in bad for v in s.validation.violations),
    )


def _preference(s: Staged, order: int) -> tuple[int, int]:
    suffix = s.path.suffix.lower()
    rank = FORMAT_PREFERENCE.index(suffix) if suffix in FORMAT_PREFERENCE else len(FORMAT_PREFERENCE)
    return (rank, -order)


def choose_per_report(staged: Sequence[Staged]) -> dict[str, Staged]:
    """{graph IRI: the file stored for it}: the preferred format, then the last given on the command line."""
    groups: dict[str, list[tuple[int, Staged]]] = {}
    for i, s in enumerate(staged):
        groups.setdefault(s.graph_iri, []).append((i, s))
    return {iri: min(group, key=lambda e: _preference(e[1], e[0]))[1] for iri, group in groups.items()}


def same_report_notes(staged: Sequence[Staged], chosen: dict[str, Staged]) -> list[str]:
    """One line per report given by several files: which files, which one was stored and why."""
    notes = []
    for iri, winner in chosen.items():
        files = [s.path for s in staged if s.graph_iri == iri]
        if len(files) > 1:
            names = ", ".join(str(f) for f in files)
            notes.append(
                f"{names} are the same report ({winner.report_id}): stored once, from {winner.path} "
                f"(preferred: {' over '.join(FORMAT_PREFERENCE)}, then the last given); "
                "to keep them apart give each its own identifier, --id FILE=ID"
            )
    return notes


def ingest_files(
    paths: Sequence[Path],
    store: Store,
    config: Config,
    allow_invalid: bool = False,
    report_ids: Sequence[str | None] | None = None,
    progress: Callable[[str], None] | None = None,
    jobs: int = 1,
    strict: bool = False,
    on_file: OnFile | None = None,
) -> list[IngestResult]:
    """Ingest ``paths`` into ``store`` atomically; raises before writing anything on any error.

    ``progress`` receives one-line notes (files that are the same report); ``on_file`` each
    file's outcome as soon as it is staged (for a progress bar).
    """
    say = progress or (lambda _msg: None)
    ids = list(report_ids) if report_ids else [None] * len(paths)
    with tempfile.TemporaryDirectory(prefix="wsiskg-ingest-") as tmp:
        outcomes = stage_all([Path(p) for p in paths], config, Path(tmp), ids, jobs, on_file)
        _refuse_bad_files(outcomes, strict)
        staged = [o for o in outcomes if isinstance(o, Staged)]
        if not allow_invalid:
            _refuse_invalid(staged)
        chosen = write_staged(store, config, staged, Path(tmp), say)
    return [_result(s, chosen[s.graph_iri]) for s in staged]


def write_staged(
    store: Store, config: Config, staged: Sequence[Staged], tmp: Path, say: Callable[[str], None] = print
) -> dict[str, Staged]:
    """Write the staged graphs (one per report, see ``choose_per_report``) in one store transaction."""
    chosen = choose_per_report(staged)
    for note in same_report_notes(staged, chosen):
        say(note)
    ensure_reference(store, config)
    store.replace_graphs_from_files(_files_to_write(chosen.values(), tmp, config))
    return chosen


def _files_to_write(chosen: Iterable[Staged], tmp: Path, config: Config) -> dict[str, Path | None]:
    mint = Minter(config.base)
    files: dict[str, Path | None] = {}
    for s in chosen:
        files[s.graph_iri] = s.file
        results: Path | None = None
        if not s.conforms:
            results = tmp / f"{s.file.stem}.validation.nt"
            s.validation.results_graph.serialize(destination=str(results), format="nt", encoding="utf-8")
        files[str(mint.graph("validation", s.report_id))] = results
    return files


def _result(s: Staged, winner: Staged) -> IngestResult:
    stored = winner is s
    return IngestResult(
        s.path,
        s.report_id,
        s.graph_iri,
        s.triples,
        s.conforms,
        s.validation,
        s.warnings,
        s.seconds,
        stored=stored,
        same_as=None if stored else winner.path,
    )


def validate_store(
    store: Store, config: Config, on_graph: Callable[[str], None] | None = None
) -> dict[str, ValidationReport]:
    """Validate every report graph in the store; {graph IRI: report}. ``on_graph`` is told each one done."""
    out: dict[str, ValidationReport] = {}
    for g in report_graphs(store, config):
        out[g] = validate(store.graph(g))
        if on_graph:
            on_graph(g)
    return out


def report_graphs(store: Store, config: Config) -> list[str]:
    """The report graphs in the store (what ``validate_store`` checks)."""
    prefix = str(Minter(config.base).graph("report")) + "/"
    return [g for g in store.graphs() if g.startswith(prefix)]

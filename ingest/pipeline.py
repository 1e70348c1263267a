"""The ingest pipeline: file(s) -> validated graphs -> store, all or nothing.

``ingest_files`` reads, parses, extracts, models and validates every file first;
only when all of them succeed (or ``allow_invalid`` is set) does it write, in one
atomic store update. A failure leaves the store exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from wsiskg.core.config import Config
from wsiskg.core.errors import ValidationError
from wsiskg.core.reference import build_reference_graph, ontology_graph
from wsiskg.core.store import Store

from .extract import extract
from .model import Minter, report_id, to_graph
from .parse import parse
from .read import read
from .validate import ValidationReport, validate


@dataclass(frozen=True)
class Prepared:
    path: Path
    report_id: str
    graph_iri: str
    graph: Graph
    validation: ValidationReport


@dataclass(frozen=True)
class IngestResult:
    path: Path
    report_id: str
    graph_iri: str
    triples: int
    conforms: bool
    validation: ValidationReport


def prepare(path: Path, config: Config, rid: str | None = None) -> Prepared:
    """Read -> parse -> extract -> model -> validate one file, without touching any store."""
    raw = read(Path(path))
    parsed = parse(raw)
    extraction = extract(parsed)
    rid = rid or report_id(extraction, Path(path).stem)
    graph = to_graph(extraction, config.base, rid)
    mint = Minter(config.base)
    return Prepared(Path(path), rid, str(mint.graph("report", rid)), graph, validate(graph))


def ensure_reference(store: Store, config: Config) -> bool:
    """Load the reference data and the ontology into their named graphs if they are missing."""
    mint = Minter(config.base)
    ref, onto = str(mint.graph("reference")), str(mint.graph("ontology"))
    if store.has_graph(ref) and store.has_graph(onto):
        return False
    store.replace_graphs({ref: build_reference_graph(config.base), onto: ontology_graph()})
    return True


def ingest_files(
    paths: Sequence[Path],
    store: Store,
    config: Config,
    allow_invalid: bool = False,
    report_ids: Sequence[str | None] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[IngestResult]:
    """Ingest ``paths`` into ``store`` atomically; raises before writing anything on any error."""
    say = progress or (lambda _msg: None)
    ids = list(report_ids) if report_ids else [None] * len(paths)
    prepared: list[Prepared] = []
    for i, (path, rid) in enumerate(zip(paths, ids, strict=True), 1):
        say(f"[{i}/{len(paths)}] {path}: reading and extracting")
        p = prepare(Path(path), config, rid)
        verdict = "conforms" if p.validation.conforms else "does NOT conform"
        say(f"[{i}/{len(paths)}] {path}: {len(p.graph)} triples, {verdict}")
        prepared.append(p)
    bad = [p for p in prepared if not p.validation.conforms]
    if bad and not allow_invalid:
        lines = []
        for p in bad:
            lines += [f"{p.path}: {v.line()}" for v in p.validation.violations]
        raise ValidationError(
            f"{len(bad)} report(s) do not conform to the shapes; nothing was stored",
            "\n".join(lines),
            tuple(v for p in bad for v in p.validation.violations),
        )
    mint = Minter(config.base)
    graphs: dict[str, Graph] = {}
    first: dict[str, Path] = {}
    for p in prepared:
        if p.graph_iri in first:
            say(
                f"warning: {first[p.graph_iri]} and {p.path} are the same report ({p.report_id}); "
                f"{p.path} replaces it (use --id to keep both)"
            )
        first[p.graph_iri] = p.path
        graphs[p.graph_iri] = p.graph
        vg = str(mint.graph("validation", p.report_id))
        graphs[vg] = p.validation.results_graph if not p.validation.conforms else Graph()
    ensure_reference(store, config)
    store.replace_graphs(graphs)
    say(f"stored {len(prepared)} report(s) in {store}")
    return [
        IngestResult(p.path, p.report_id, p.graph_iri, len(p.graph), p.validation.conforms, p.validation)
        for p in prepared
    ]


def validate_store(store: Store, config: Config) -> dict[str, ValidationReport]:
    """Validate every report graph in the store; {graph IRI: report}."""
    prefix = str(Minter(config.base).graph("report")) + "/"
    return {g: validate(store.graph(g)) for g in store.graphs() if g.startswith(prefix)}

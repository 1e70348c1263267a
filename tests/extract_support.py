"""Helpers shared by the extractor tests: the sample report through the real reader and
parser, small hand-made reports, and the fixture reports of ``tests/reports/`` through the
whole pipeline (each once per test session, shared by every test that reads it)."""

from __future__ import annotations

import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import docx
import pytest
from pdfgen import layout, write_pdf

from wsiskg.core.config import Config
from wsiskg.core.results import render
from wsiskg.core.store import Store
from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.events import find_events
from wsiskg.ingest.ocr_words import Lexicon
from wsiskg.ingest.parse import parse
from wsiskg.ingest.pipeline import IngestResult, ingest_files
from wsiskg.ingest.read import read
from wsiskg.ingest.records import Body, Extraction, Paragraph, ParsedReport, Person, Request, Section
from wsiskg.ingest.text import normalize
from wsiskg.queries import get_query

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "cwg-wsis-sdg-38-report.txt"


@cache
def sample_report() -> ParsedReport:
    """The sample report (.txt) as the pipeline parses it."""
    return parse(read(SAMPLE))


def make_report(
    *texts: str, title: str | None = None, sections: tuple[Section, ...] = (), section: str = "front"
) -> ParsedReport:
    """A report of ``texts``, one paragraph each, all in ``section``."""
    paragraphs = tuple(Paragraph(i + 1, section, t) for i, t in enumerate(texts))
    return ParsedReport("test.txt", "text/plain", title, sections, paragraphs)


def parsed_text(tmp_path: Path, text: str, name: str = "report.txt") -> ParsedReport:
    """``text`` written to a file under ``tmp_path``, then read and parsed as the pipeline does."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse(read(path))


def one_section_report(*texts: str) -> ParsedReport:
    """A report of ``texts`` in a single section "1"."""
    return make_report(*texts, sections=(Section("1", "t", None, 1),), section="1")


def event_starts(*texts: str) -> dict[str, date | None]:
    """The events found in a report of ``texts`` (one paragraph each), name -> start date."""
    return {e.name: e.start for e in find_events(make_report(*texts))}


def event_days(title: str | None, *texts: str) -> dict[str, tuple[date | None, date | None]]:
    """The events the whole extractor finds in a report of ``texts`` under ``title``: key -> (start, end)."""
    return {e.key: (e.start, e.end) for e in extract(make_report(*texts, title=title)).events}


def meeting_parts(report: ParsedReport) -> tuple[str, int | None, date | None, date | None] | None:
    """The report's own meeting as extracted: body, number, start and end (``None``: no meeting)."""
    m = extract(report).meeting
    return None if m is None else (m.body, m.number, m.start, m.end)


def meeting_named(report: ParsedReport) -> tuple[str, int | None, date | None, str | None] | None:
    """The report's own meeting as extracted: body key, number, start and the name of its body's record (``None``:
    no meeting)."""
    x = extract(report)
    body = meeting_body(x)
    return None if x.meeting is None else (x.meeting.body, x.meeting.number, x.meeting.start, body and body.name)


def meeting_body(x: Extraction) -> Body | None:
    """The body record of an extraction's own meeting (``None``: no meeting, or its body not recorded)."""
    meeting = x.meeting
    return None if meeting is None else next((b for b in x.bodies if b.key == meeting.body), None)


def found_meeting_body(report: ParsedReport) -> Body:
    """The body record of a report's own meeting, which must be found."""
    found = meeting_body(extract(report))
    assert found is not None
    return found


def meeting_body_names(report: ParsedReport) -> tuple[str, str | None] | None:
    """The name and acronym of the body of a report's own meeting, which must be found."""
    x = extract(report)
    assert x.meeting is not None
    found = meeting_body(x)
    return None if found is None else (found.name, found.acronym)


def order_of(report: ParsedReport, start: str) -> int:
    """The order of the paragraph whose text starts with ``start``."""
    return next(p.order for p in report.paragraphs if p.text.startswith(start))


# ------------------------------------------------------------------ fixture reports (tests/reports/<id>/)
REPORTS = Path(__file__).resolve().parent / "reports"
REPORT_SUFFIXES = (".txt", ".docx", ".pdf")
# The named queries whose answers a fixture report keeps in expected/<query>.csv, unless its
# fixture.toml lists others.
FIXTURE_QUERIES = (
    "meetings",
    "people",
    "organizations",
    "events",
    "deadlines",
    "documents",
    "resolutions",
    "requests",
    "action-line-mentions",
    "sdg-mentions",
)


# What a fixture.toml may say, at the top and in each [[variant]] of each kind (a typo fails loudly).
_FIXTURE_KEYS = {"about", "report_id", "report", "queries", "variant"}
_VARIANT_KEYS = {
    "file": {"path"},
    "text": {"encoding", "newline", "nbsp_per_line", "drop"},
    "docx": {"drop"},
    "pdf": {"width", "lines_per_page", "header", "page_numbers", "drop"},
}


@dataclass(frozen=True)
class Variant:
    """One way of presenting a fixture report to the pipeline: the file as written
    (``kind = "file"``) or one generated from its lines (``"text"``, ``"docx"``, ``"pdf"``)."""

    name: str
    kind: str
    options: dict[str, Any]


@dataclass(frozen=True, repr=False)
class FixtureReport:
    """A folder of ``tests/reports``: the report, how to present it, and the expected answers."""

    id: str
    folder: Path
    report: Path
    report_id: str
    about: str
    queries: tuple[str, ...]
    variants: tuple[Variant, ...]

    @property
    def expected(self) -> Path:
        return self.folder / "expected"

    def __repr__(self) -> str:
        return f"FixtureReport({self.id!r})"


def fixture_ids() -> list[str]:
    """Every fixture report, by folder name."""
    return sorted(p.name for p in REPORTS.iterdir() if p.is_dir())


@cache
def fixture_report(fixture_id: str) -> FixtureReport:
    """The fixture report in ``tests/reports/<fixture_id>/``, as its ``fixture.toml`` describes it:
    ``about``, ``report_id`` (the id the pipeline must give it), ``report`` (the report file,
    needed only when the folder does not hold exactly one), ``queries`` and ``[[variant]]`` tables."""
    folder = REPORTS / fixture_id
    spec: dict[str, Any] = tomllib.loads((folder / "fixture.toml").read_text(encoding="utf-8"))
    assert set(spec) <= _FIXTURE_KEYS, f"{folder}/fixture.toml: unknown keys {set(spec) - _FIXTURE_KEYS}"
    if "report" in spec:
        report = (folder / spec["report"]).resolve()
    else:
        files = [p for p in folder.iterdir() if p.suffix in REPORT_SUFFIXES]
        assert len(files) == 1, f"{folder}: name the report in fixture.toml, or keep exactly one report file"
        report = files[0]
    assert report.is_file(), f"{folder}: no report {report}"
    variants = [Variant(report.suffix[1:], "file", {"path": report})]
    for v in spec.get("variant", []):
        options = {k: val for k, val in v.items() if k not in ("name", "kind")}
        unknown = set(options) - _VARIANT_KEYS.get(v["kind"], set())
        assert not unknown, f"{folder}/fixture.toml: variant {v['name']} ({v['kind']}) has unknown keys {unknown}"
        if v["kind"] == "file":
            options["path"] = (folder / options["path"]).resolve()
        variants.append(Variant(v["name"], v["kind"], options))
    queries = tuple(spec.get("queries", FIXTURE_QUERIES))
    return FixtureReport(fixture_id, folder, report, spec["report_id"], spec.get("about", ""), queries, tuple(variants))


def fixture_path(fixture_id: str, variant: str | None = None) -> Path:
    """The file the pipeline reads for ``variant`` of the fixture report (the report itself when
    None; a generated variant is made once, in a temporary folder, under the report's own file
    name so that it keeps its report id)."""
    fixture = fixture_report(fixture_id)
    v = next(v for v in fixture.variants if v.name == variant) if variant else fixture.variants[0]
    if v.kind == "file":
        return Path(v.options["path"])
    out = _variants_dir() / fixture_id / v.name
    out.mkdir(parents=True, exist_ok=True)
    lines = [line for line in fixture.report.read_text(encoding="utf-8").splitlines() if line.strip()]
    for dropped in v.options.get("drop", ()):
        lines = [line.replace(dropped, "") for line in lines]
    return _MAKERS[v.kind](lines, out / fixture.report.stem, v.options)


@cache
def _variants_dir() -> Path:
    tmp = tempfile.TemporaryDirectory(prefix="wsiskg-fixture-reports-")
    _KEEP.append(tmp)  # removed when the interpreter exits
    return Path(tmp.name)


_KEEP: list[tempfile.TemporaryDirectory[str]] = []


def _make_text(lines: list[str], stem: Path, options: dict[str, Any]) -> Path:
    """The lines in another encoding and line ending, the first ``nbsp_per_line`` spaces of each
    line made non-breaking (as Word's text export does)."""
    nbsp = options.get("nbsp_per_line", 0)
    text = options.get("newline", "\n").join(line.replace(" ", "\u00a0", nbsp) for line in lines)
    path = stem.with_suffix(".txt")
    path.write_bytes(text.encode(options.get("encoding", "utf-8"), "replace"))
    return path


def _make_docx(lines: list[str], stem: Path, options: dict[str, Any]) -> Path:
    """A Word document: the first line in the Title style, short numbered lines in Heading 1."""
    document = docx.Document()
    document.add_paragraph(lines[0], style="Title")
    for line in lines[1:]:
        heading = line[:2].strip(". ").isdigit() and len(line) < 40
        document.add_paragraph(line, style="Heading 1" if heading else None)
    path = stem.with_suffix(".docx")
    document.save(str(path))
    return path


def _make_pdf(lines: list[str], stem: Path, options: dict[str, Any]) -> Path:
    """A PDF laid out by ``pdfgen.layout``; ``page_numbers = "top-dashed"`` puts "- n -" and then
    the header at the top of every page instead of the number at the foot."""
    width, per_page = options.get("width", 78), options.get("lines_per_page", 40)
    header = options.get("header", "")
    if options.get("page_numbers", "bottom") == "top-dashed":
        pages = layout(lines, width=width, lines_per_page=per_page)
        pages = [[f"- {i} -", header, ""] + page[:-1] for i, page in enumerate(pages, 1)]
    else:
        pages = layout(lines, width=width, lines_per_page=per_page, header=header)
    return write_pdf(stem.with_suffix(".pdf"), pages)


_MAKERS: dict[str, Callable[[list[str], Path, dict[str, Any]], Path]] = {
    "text": _make_text,
    "docx": _make_docx,
    "pdf": _make_pdf,
}


def fixture_ingest(fixture_id: str, variant: str | None = None) -> tuple[Store, IngestResult]:
    """The fixture report (``variant``; the report itself when None) through the whole pipeline
    into its own in-memory store, once per test session; tests only read the store."""
    return _ingest(fixture_id, variant or fixture_report(fixture_id).variants[0].name)


@cache
def _ingest(fixture_id: str, variant: str) -> tuple[Store, IngestResult]:
    store = Store.open(None)
    (result,) = ingest_files([fixture_path(fixture_id, variant)], store, Config(store=None))
    return store, result


def fixture_store(fixture_id: str, variant: str | None = None) -> Store:
    """The store holding the fixture report (``variant``); the report conforms to the shapes."""
    store, result = fixture_ingest(fixture_id, variant)
    assert result.conforms, f"{fixture_id} ({variant or 'as written'}) does not conform to the shapes"
    return store


@cache
def fixture_extraction(fixture_id: str) -> Extraction:
    """The facts the extractor finds in the fixture report as written."""
    return extract(parse(read(fixture_report(fixture_id).report)))


def query_rows(store: Store, name: str) -> list[dict[str, str]]:
    """The rows of named query ``name``, every value a string ("" when unbound)."""
    variables, rows = store.select(get_query(name).text)
    return [{v: ("" if r[v] is None else str(r[v])) for v in variables} for r in rows]


def query_csv(store: Store, name: str) -> str:
    """The answer of named query ``name`` as the CSV the expected files hold."""
    variables, rows = store.select(get_query(name).text)
    return str(render(variables, rows, "csv"))


def report_fixture(fixture_id: str, every_variant: bool = True) -> Any:
    """A pytest fixture giving the store of a fixture report, parametrised over its variants
    (``every_variant``) or the report as written only: ``cop7 = report_fixture("cwg-cop-7")``."""
    names = [v.name for v in fixture_report(fixture_id).variants] if every_variant else [None]

    @pytest.fixture(params=names, ids=[n or "as-written" for n in names])
    def _store(request: pytest.FixtureRequest) -> Store:
        return fixture_store(fixture_id, request.param)

    return _store


def people_by_name(store: Store) -> dict[str, tuple[str, str, str, str]]:
    """name -> (honorific, role, organization, country) from the ``people`` query."""
    return {
        r["name"]: (r["honorific"], r["role"], r["organization"], r["country"]) for r in query_rows(store, "people")
    }


def requests_by_section(store: Store) -> dict[str, dict[str, Any]]:
    """section -> requester, verb, action, deadline and the set of addressees (``to``), from the
    ``requests`` query (one request a section)."""
    out: dict[str, dict[str, Any]] = {}
    for r in query_rows(store, "requests"):
        entry = out.setdefault(
            r["section"], {k: r[k] for k in ("requester", "verb", "action", "deadline")} | {"to": set()}
        )
        entry["to"].add(r["addressee"])
    return out


def person_of(x: Extraction, key: str) -> Person:
    """The person ``key`` found in ``x``."""
    return next(p for p in x.persons if p.key == key)


def requests_in(x: Extraction, start: str) -> list[Request]:
    """The requests found in the paragraph of ``x`` that starts with ``start``."""
    order = next(p.order for p in x.report.paragraphs if p.text.startswith(start))
    return [r for r in x.requests if r.paragraph == order]


def short_request(r: Request) -> tuple[str, str, tuple[str, ...], str]:
    """(verb, kind:requester, (kind:addressee, ...), action) of a request."""
    return (r.verb, f"{r.requester.kind}:{r.requester.key}", tuple(f"{a.kind}:{a.key}" for a in r.addressees), r.action)


# ------------------------------------------------------------------ requests of a made-up report
def requests_of(r: ParsedReport, body: str | None, year: int = 2031) -> tuple[Request, ...]:
    """The requests :func:`find_requests` reads in ``r`` (its document model made first)."""
    from wsiskg.ingest.extract.document import new_document
    from wsiskg.ingest.extract.persons import find_actors
    from wsiskg.ingest.extract.requests import find_requests

    new_document(r)
    return find_requests(r, find_actors(r, body), body, year)[0]


def labelled_requests(x: Extraction) -> list[tuple[str, str, list[str]]]:
    """``(requester kind, requester label, [addressee labels])`` of each request of ``x``, in order."""
    return [(r.requester.kind, r.requester.label, [a.label for a in r.addressees]) for r in x.requests]


def parties(req: Request) -> tuple[str, str, tuple[str, ...]]:
    """``(verb, kind:requester, (kind:addressee, ...))`` of a request."""
    return (req.verb, f"{req.requester.kind}:{req.requester.key}", tuple(f"{a.kind}:{a.key}" for a in req.addressees))


def kinds_report(*rows: tuple[str, str], title: str | None = None) -> ParsedReport:
    """A report of (text, kind) paragraphs in one section."""
    paras = tuple(Paragraph(i + 1, "1", text, kind) for i, (text, kind) in enumerate(rows))
    return ParsedReport("t.txt", "text/plain", title, (Section("1", "t", None, 1),), paras)


def mended(*texts: str) -> list[str]:
    """The texts of one document, normalised and mended with the document's own vocabulary (OCR noise)."""
    cleaned = [normalize(t) for t in texts]
    lexicon = Lexicon.of(cleaned)
    return [lexicon.repair(t) for t in cleaned]

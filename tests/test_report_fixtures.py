"""Every fixture report in ``tests/reports/<id>/`` through the whole pipeline, compared with its
expected answers.

A fixture folder holds a report (or names one, like the bundled sample in ``samples/``), a
``fixture.toml`` (what the report is, the report id the pipeline must give it, which named
queries to keep, and the variants to generate from it: other encodings, a Word document, a
PDF with layout noise) and
``expected/<query>.csv``, the answer of each named query over the report as written. Every
variant must give the same answers; where a variant does not (yet), its own answer is kept in
``expected/<variant>/<query>.csv`` so that the difference is on record and reviewed.

``pytest tests/test_report_fixtures.py --update-golden`` rewrites the expected files from the
current output (and removes a variant's file once it agrees with the report): review the diff
like code. Adding a report style is adding a folder.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from extract_support import (
    FixtureReport,
    fixture_ids,
    fixture_ingest,
    fixture_report,
    query_csv,
)

FIXTURES = [fixture_report(i) for i in fixture_ids()]
VARIANTS = [(f, v.name) for f in FIXTURES for v in f.variants]
ANSWERS = [(f, v, q) for f, v in VARIANTS for q in f.queries]


def _main(fixture: FixtureReport) -> str:
    return fixture.variants[0].name


def _diff(expected: str, got: str, path: Path) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True), got.splitlines(keepends=True), str(path), "pipeline output"
    )
    return "".join(lines) + "\n(pytest --update-golden rewrites it; review the diff)"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("fixture", "variant"), VARIANTS, ids=[f"{f.id}/{v}" for f, v in VARIANTS])
def test_report_conforms_to_the_shapes(fixture: FixtureReport, variant: str) -> None:
    _, result = fixture_ingest(fixture.id, variant)
    assert result.conforms, "\n".join(v.line() for v in result.validation.violations)
    assert result.report_id == fixture.report_id


@pytest.mark.parametrize(("fixture", "variant", "query"), ANSWERS, ids=[f"{f.id}/{v}/{q}" for f, v, q in ANSWERS])
def test_report_answers_match_expected(fixture: FixtureReport, variant: str, query: str, update_golden: bool) -> None:
    got = query_csv(fixture_ingest(fixture.id, variant)[0], query)
    main = fixture.expected / f"{query}.csv"
    if variant == _main(fixture):
        if update_golden or not main.exists():
            _write(main, got)
            if not update_golden:
                pytest.fail(f"{main} did not exist; written now, review and commit it")
        expected = main.read_text(encoding="utf-8")
        assert got == expected, _diff(expected, got, main)
        return
    # another variant: the same answer as the report, or its own answer on record
    own = fixture.expected / variant / f"{query}.csv"
    if update_golden:
        if got == query_csv(fixture_ingest(fixture.id)[0], query):
            own.unlink(missing_ok=True)
            if own.parent.exists() and not any(own.parent.iterdir()):
                own.parent.rmdir()
        else:
            _write(own, got)
    if own.exists():
        expected = own.read_text(encoding="utf-8")
        assert expected != main.read_text(encoding="utf-8"), f"{own} is the report's answer now: delete it"
        assert got == expected, _diff(expected, got, own)
    else:
        expected = main.read_text(encoding="utf-8")
        assert got == expected, f"{variant} differs from the report as written\n" + _diff(expected, got, main)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.id for f in FIXTURES])
def test_expected_files_are_the_fixtures_queries(fixture: FixtureReport) -> None:
    """No stray expected file: each is a query the fixture keeps, for the report or one of its variants."""
    allowed = {Path(f"{q}.csv") for q in fixture.queries}
    allowed |= {Path(v.name) / f"{q}.csv" for v in fixture.variants[1:] for q in fixture.queries}
    found = {p.relative_to(fixture.expected) for p in fixture.expected.rglob("*.csv")}
    assert found <= allowed
    assert {Path(f"{q}.csv") for q in fixture.queries} <= found


def test_the_bundled_sample_is_a_fixture_in_its_three_formats() -> None:
    sample = fixture_report("cwg-wsis-sdg-38")
    samples = Path(__file__).resolve().parents[1] / "samples"
    paths = {sample.report} | {v.options["path"] for v in sample.variants if v.kind == "file"}
    assert paths == {samples / f"cwg-wsis-sdg-38-report.{ext}" for ext in ("txt", "docx", "pdf")}
    assert not (sample.expected / "txt").exists() and not (sample.expected / "pdf").exists()  # they all agree

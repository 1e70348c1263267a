"""Shared fixtures: a temporary config and store, the sample reports, a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from wsiskg.core.config import Config
from wsiskg.core.store import Store

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SAMPLE_STEM = "cwg-wsis-sdg-38-report"


@pytest.fixture
def config(tmp_path) -> Config:
    return Config(store=tmp_path / "store")


@pytest.fixture
def store(config):
    st = Store.open(config.store)
    yield st
    st.close()


@pytest.fixture(params=["txt", "docx", "pdf"])
def sample_path(request) -> Path:
    return SAMPLES / f"{SAMPLE_STEM}.{request.param}"


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/reports/*/expected/*.csv from the current output (review the diff!).",
    )


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


# ---------------------------------------------------------------------------- Virtuoso (live store tests)
def pytest_report_header(config) -> str:
    from virtuoso import unavailable_reason

    return f"virtuoso: {unavailable_reason() or 'virtuoso-t found; the store contract tests also run on Virtuoso'}"


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """One throw-away Virtuoso server for the whole session (tests/virtuoso.py); skipped when not installed."""
    import virtuoso as vt

    reason = vt.unavailable_reason()
    if reason:
        pytest.skip(reason)
    server = vt.start(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture
def runner() -> CliRunner:
    """click's test runner for the ``wsiskg`` commands."""
    return CliRunner()


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """Where a test's own store goes (not created: commands must create it)."""
    return tmp_path / "store"

"""``ingest --jobs N``: worker processes give exactly the store ``--jobs 1`` gives."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from extract_support import fixture_report

from wsiskg.cli import main
from wsiskg.core.store import Store

FILES = [fixture_report(i).report for i in ("council-2024-wsis", "cwg-internet-22", "cwg-wsis-sdg-41")]


def _quads(store_dir: Path) -> list[str]:
    with Store.open(store_dir) as st:
        return sorted(st.dump().decode().splitlines())


def _ingest(store_dir: Path, jobs: int, *files: Path):
    return CliRunner().invoke(main, ["ingest", "--store", str(store_dir), "--jobs", str(jobs), *map(str, files)])


def test_jobs_2_stores_the_same_quads_as_jobs_1(tmp_path):
    assert len(FILES) == 3
    one = _ingest(tmp_path / "one", 1, *FILES)
    assert one.exit_code == 0, one.stderr
    two = _ingest(tmp_path / "two", 2, *FILES)
    assert two.exit_code == 0, two.stderr
    quads = _quads(tmp_path / "one")
    assert len([q for q in quads if "/graph/report/" in q]) > 1000
    assert _quads(tmp_path / "two") == quads
    # the summary lists the files in the order given, whatever order the workers finished in
    listed = [line.split(":", 1)[0].strip() for line in two.stdout.splitlines()[1:]]
    assert listed == [str(f) for f in FILES]


def test_a_bad_file_among_parallel_jobs_stores_nothing(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _ingest(tmp_path / "s", 2, FILES[0], empty)
    assert result.exit_code == 2
    assert f"{empty}" in result.stderr and "nothing was stored" in result.stderr
    with Store.open(tmp_path / "s") as st:
        assert not [g for g in st.graphs() if "/graph/report/" in g]

"""An installed wheel must find its code and data: the package root ``wsiskg/`` links every
layer folder, every data file is matched by a package-data glob in pyproject.toml, and a
wheel built from the checkout really carries them (the links are followed, not copied as links)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("core", "ingest", "server", "ontology", "queries")


def _settings() -> tuple[dict[str, list[str]], list[str]]:
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    return cfg["package-data"], cfg["packages"]


def _folder(package: str) -> Path:
    return ROOT.joinpath(*package.split("."))


def _matches(rel: str, globs: list[str]) -> bool:
    return any(fnmatch(rel, g) or (g.startswith("**/") and fnmatch(rel, g[3:])) for g in globs)


def _walk(base: Path) -> list[Path]:
    """Every file below ``base``, following the package root's links to the layer folders."""
    return [
        Path(d) / f
        for d, _, files in os.walk(base, followlinks=True)
        if "__pycache__" not in Path(d).parts
        for f in files
    ]


def _data_files() -> dict[str, str]:
    """Every non-code file of every package, as wheel path -> owning package."""
    package_data, packages = _settings()
    found: dict[str, str] = {}
    for package in packages:
        base = _folder(package)
        subpackages = [_folder(p) for p in packages if p.startswith(package + ".")]
        for path in _walk(base):
            if path.suffix in (".py", ".pyc"):
                continue
            if any(path.is_relative_to(sub) for sub in subpackages):
                continue  # belongs to the sub-package
            found[path.relative_to(ROOT).as_posix()] = package
    return found


def test_the_package_root_links_every_layer_folder():
    for layer in LAYERS:
        link = ROOT / "wsiskg" / layer
        assert link.is_symlink(), f"wsiskg/{layer} must be a link to the top-level {layer}/"
        assert link.resolve() == (ROOT / layer).resolve()


def test_every_code_folder_is_a_declared_package():
    _, packages = _settings()
    declared = set(packages)
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in _walk(ROOT / "wsiskg") if p.name == "__init__.py"}
    assert on_disk == declared


def test_every_data_file_is_package_data():
    package_data, _ = _settings()
    missing = [
        rel
        for rel, package in _data_files().items()
        if not _matches(
            Path(rel).relative_to(_folder(package).relative_to(ROOT)).as_posix(), package_data.get(package, [])
        )
    ]
    assert not missing, f"not shipped in the wheel: {missing}"


def test_running_from_the_checkout_imports_the_checkout_whole():
    # Python run from the checkout puts it first on sys.path: the package found there must be
    # complete (all layers), or the installed one would be shadowed by half a package.
    code = "import wsiskg.ingest.extract, wsiskg.server.app, wsiskg.core.store, wsiskg.cli; print('ok')"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


@pytest.mark.slow
def test_a_built_wheel_carries_code_and_data(tmp_path):
    # Build from a fresh copy (links kept as links): setuptools builds in the source tree's build/,
    # where files left by an earlier build would hide a file missing from the package data.
    src = tmp_path / "src"
    for name in ("pyproject.toml", "README.md", "wsiskg", *LAYERS):
        if (ROOT / name).is_dir() and not (ROOT / name).is_symlink():
            shutil.copytree(ROOT / name, src / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(src),
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0 and "No module named" in done.stderr:
        pytest.skip(f"cannot build a wheel here: {done.stderr.strip().splitlines()[-1]}")
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("wsiskg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = set(_data_files()) | {
        p.relative_to(ROOT).as_posix() for p in _walk(ROOT / "wsiskg") if p.suffix == ".py"
    }
    assert not expected - names, f"missing from the wheel: {sorted(expected - names)[:10]}"

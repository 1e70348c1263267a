"""An installed wheel must find its data: every data file in the package folders is
matched by a package-data glob in pyproject.toml (checked statically, no build needed)."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _settings():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    return cfg["package-dir"], cfg["package-data"], cfg["packages"]


def _matches(rel: str, globs: list[str]) -> bool:
    return any(fnmatch(rel, g) or (g.startswith("**/") and fnmatch(rel, g[3:])) for g in globs)


def test_every_data_file_is_package_data():
    package_dir, package_data, packages = _settings()
    missing = []
    for package, folder in package_dir.items():
        base = ROOT / folder
        for path in base.rglob("*"):
            if path.is_dir() or "__pycache__" in path.parts or path.suffix in (".py", ".pyc"):
                continue
            rel = path.relative_to(base).as_posix()
            # a file inside a sub-package folder belongs to that sub-package
            if any(rel.startswith(Path(d).relative_to(folder).as_posix() + "/")
                   for p, d in package_dir.items() if p != package and p.startswith(package + ".")
                   and Path(d).is_relative_to(folder)):
                continue
            if not _matches(rel, package_data.get(package, [])):
                missing.append(f"{folder}/{rel}")
    assert not missing, f"not shipped in the wheel: {missing}"


def test_every_code_folder_is_a_declared_package():
    package_dir, _, packages = _settings()
    assert set(package_dir) == set(packages)
    for folder in package_dir.values():
        assert (ROOT / folder / "__init__.py").is_file(), folder


def test_no_top_level_folder_shadows_the_installed_package():
    # Python run from the checkout puts it first on sys.path: a top-level ``wsiskg/`` would be
    # imported instead of the installed package, without its sub-packages (ingest, server...).
    package_dir, _, _ = _settings()
    assert package_dir["wsiskg"] != "wsiskg"
    assert not (ROOT / "wsiskg").exists()

"""The package's import structure: no import cycle between modules, and the layers in stage order
core (with the named queries) -> ingest -> server -> cli: no module imports a later layer.

A small AST walk over the sources (no extra dependency): every ``import`` / ``from ... import`` of a
``wsiskg`` module, relative ones resolved. Cycles are looked for among imports run when a module is
loaded (module level, not under ``if TYPE_CHECKING``); the layer order holds for every import,
including those inside functions.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "wsiskg"
#: layer of each top-level part of the package, in stage order
LAYERS = {"core": 0, "queries": 0, "ingest": 1, "server": 2, "cli": 3, "launch": 3}  # launch: the console script


def _modules() -> dict[str, Path]:
    found = {}
    paths = [Path(d) / f for d, _, files in os.walk(PACKAGE, followlinks=True) for f in files if f.endswith(".py")]
    for path in paths:
        rel = path.relative_to(PACKAGE).with_suffix("")
        parts = ["wsiskg", *rel.parts]
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _resolve(module: str, node: ast.ImportFrom, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _targets(name: str) -> list[str]:
    """The wsiskg module ``name`` refers to (a module, or the package holding the imported name)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return [name] if name.startswith("wsiskg") else []


def imports(module: str, load_time_only: bool) -> set[str]:
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    out: set[str] = set()

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                if not load_time_only:
                    visit(child, top)
                continue
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                if not load_time_only:
                    visit(child, False)
                continue
            if isinstance(child, ast.Import):
                for alias in child.names:
                    out.update(_targets(alias.name))
            elif isinstance(child, ast.ImportFrom):
                target = _resolve(module, child, is_package)
                for alias in child.names:
                    out.update(_targets(f"{target}.{alias.name}") or _targets(target))
            visit(child, top)

    visit(tree, True)
    out.discard(module)
    return out


def layer(module: str) -> int:
    parts = module.split(".")
    return LAYERS.get(parts[1], 0) if len(parts) > 1 else 0


def test_the_walk_sees_the_imports():
    assert "wsiskg.core.store" in imports("wsiskg.server.context", True)
    assert "wsiskg.server.context" in imports("wsiskg.server.sparql", True)
    assert "wsiskg.core.iris" in imports("wsiskg.cli.query", False)  # inside a function


def test_no_import_cycle():
    graph = {m: imports(m, load_time_only=True) for m in MODULES}
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for n in sorted(graph.get(m, ())):
            if state.get(n) == 1:
                cycle = stack[stack.index(n) :] + [n]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if n not in state:
                walk(n)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            walk(m)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_a_later_layer(module):
    later = sorted(n for n in imports(module, load_time_only=False) if layer(n) > layer(module))
    assert later == [], f"{module} (layer {layer(module)}) imports later layers: {later}"

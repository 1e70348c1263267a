"""Issue 8, Part 1: the extractor is broken into named steps that each do one thing, so no function in
``ingest/`` runs over 60 lines (its ``def`` line to its last line, docstring and comments included)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 60


def long_functions(source: str) -> list[tuple[str, int]]:
    """Each function or method of ``source`` longer than :data:`LIMIT` lines, with its length."""
    return [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > LIMIT
    ]


def test_the_walk_counts_a_long_function():
    body = "\n".join(f"    x{i} = {i}" for i in range(LIMIT))
    assert long_functions(f"def f():\n{body}\n") == [("f", LIMIT + 1)]
    method = "\n".join("    " + line for line in body.splitlines())
    assert long_functions(f"class C:\n    def m(self):\n{method}\n") == [("m", LIMIT + 1)]
    assert long_functions("def g():\n    return 1\n") == []


@pytest.mark.parametrize("path", sorted((ROOT / "ingest").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_function_in_ingest_runs_over_sixty_lines(path):
    assert long_functions(path.read_text(encoding="utf-8")) == []

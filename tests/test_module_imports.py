"""Each module imports what it reads at its top: no import inside a function hides a cycle between two
modules. The pieces two modules shared through such an import live in the lower one: the ordinals in
:mod:`.ordinals` (read by the dates), the verbs that hold an event in :mod:`.event_dates` (read by the
event forms), an agent mention's :class:`~wsiskg.ingest.records.Span` in the records (read by the
countries and the bodies), the small words of a name in :mod:`.gazetteer` (read by the casing), the cover
block in :mod:`.header_fields` (read by the genre's reader and the submitter's, which imported each other)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

import wsiskg.ingest.extract as package
from wsiskg.ingest.extract import gazetteer
from wsiskg.ingest.extract.dates import spelled_days
from wsiskg.ingest.extract.event_dates import holding_verbs

_EXTRACT = Path(package.__file__).parent
_ROOT = Path(__file__).resolve().parents[1]  # the checkout: ingest/, bench/, tests/


def _late_imports(module: str) -> list[str]:
    """The project's modules imported inside a function of ``module`` (not under ``TYPE_CHECKING``)."""
    tree = ast.parse((_EXTRACT / f"{module}.py").read_text(encoding="utf-8"))
    out = []
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(fn):
                if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("wsiskg")):
                    out.append(f"{fn.name}: {node.module}")
    return out


# round 29: with genre <-> submitters gone, no module of the extractor imports inside a function
@pytest.mark.parametrize("module", sorted(p.stem for p in _EXTRACT.glob("*.py") if p.stem != "__init__"))
def test_no_import_inside_a_function(module: str) -> None:
    assert _late_imports(module) == []


# The moved pieces and their one home: a module reads them there, not through a module that imports them.
_HOMES = {
    "Span": "wsiskg.ingest.records",
    "small_words": "wsiskg.ingest.extract.gazetteer",
    "squash": "wsiskg.ingest.text",
    "event_nouns": "wsiskg.ingest.extract.meeting_words",
    "Actors": "wsiskg.ingest.extract.agent_resolver",
    "_role_re": "wsiskg.ingest.extract.name_finder",
    # round 29: the cover block below the genre's reader and the submitter's, which no longer read each other
    "cover_fields": "wsiskg.ingest.extract.header_fields",
    "sentence_of_prose": "wsiskg.ingest.extract.header_fields",
    "HEADER_LINES": "wsiskg.ingest.extract.header_fields",
    "submitting_country": "wsiskg.ingest.extract.authors",
}


def _absolute(path: Path, node: ast.ImportFrom) -> str:
    """The module an import names, a relative one resolved from the package of ``path``."""
    if not node.level:
        return node.module or ""
    package = ["wsiskg", *path.relative_to(_ROOT).parent.parts]
    base = package[: len(package) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


@cache
def _imported_from() -> dict[str, set[str]]:
    """Each name the project's ingest code, benchmarks and tests import -> the modules they import it from (the
    files read once for every name asked)."""
    found: dict[str, set[str]] = {}
    for path in [*_ROOT.glob("ingest/**/*.py"), *_ROOT.glob("bench/*.py"), *_ROOT.glob("tests/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    found.setdefault(alias.name, set()).add(_absolute(path, node))
    return found


def _imports_of(name: str) -> set[str]:
    """The modules the project's ingest code, benchmarks and tests import ``name`` from."""
    return _imported_from().get(name, set())


@pytest.mark.parametrize("name", sorted(_HOMES))
def test_the_moved_pieces_are_read_from_their_home(name: str) -> None:
    assert _imports_of(name) == {_HOMES[name]}


def test_the_submitters_read_no_genre() -> None:
    """The genre's reader asks the submitter's (``Source: Republic of X`` makes a contribution); the submitter's
    reads the cover block from :mod:`.header_fields` and asks no genre (a letter's country, which does, is
    :func:`.authors.submitting_country`)."""
    tree = ast.parse((_EXTRACT / "submitters.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "wsiskg.ingest.extract.genre" not in imported
    assert "genre" not in imported


def test_the_small_words_are_the_gazetteers() -> None:
    assert {"of", "and"} <= gazetteer.small_words()


@pytest.mark.parametrize(
    ("text", "word", "digits"),
    [
        ("from the twenty-second to the twenty-fourth of March", "twenty-second", "22nd"),
        ("on the ninth of November 2031", "ninth", "9th"),
        ("by the thirty-first of July", "thirty-first", "31st"),
    ],
)
def test_a_spelled_day_is_read_by_the_one_ordinal_reader(text: str, word: str, digits: str) -> None:
    out = spelled_days(text)
    assert len(out) == len(text)
    assert out[text.index(word) :].startswith(digits.ljust(len(word)))


def test_holding_verbs_by_voice() -> None:
    active, passive = holding_verbs("active"), holding_verbs("passive")
    assert {"hold", "held", "organized"} <= set(active)
    assert {"held", "organized"} <= set(passive) and "hold" not in passive

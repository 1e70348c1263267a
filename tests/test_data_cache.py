"""``core.data_cache``: a value served from the cache is the value its builder gives, a change to a
file it is derived from or to the code that derives it makes it derived again, the file survives
any mistake, and only the command line installs it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar

import pytest
from rdflib import RDF, XSD, Graph
from rdflib.compare import isomorphic

from wsiskg.core import data_cache, reference, regex_cache, resources, sdg_kos
from wsiskg.ingest import ocr_words

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache_path(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "data.marshal"
    data_cache.uninstall()


class _Builder:
    """A builder that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def _run(path: Path, build: _Builder, source: Path, code: tuple[str, ...] = (__name__,)) -> object:
    """One 'run' of the command line: install from ``path``, derive, write the file, uninstall."""
    assert data_cache.install(path, save_at_exit=False)
    value = data_cache.derived("example", build, files=[source], code=code)
    cache = data_cache.installed()
    assert cache is not None
    cache.save()
    data_cache.uninstall()
    return value


def test_without_the_cache_the_builder_runs_every_time(tmp_path: Path) -> None:
    source = tmp_path / "words.csv"
    source.write_text("word\nforum\n", encoding="utf-8")
    build = _Builder(("forum",))
    for _ in range(2):
        assert data_cache.derived("example", build, files=[source], code=[__name__]) == ("forum",)
    assert build.calls == 2


def test_a_later_run_is_served_the_value_an_earlier_run_derived(cache_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.csv"
    source.write_text("word\nforum\n", encoding="utf-8")
    value = {"forum": ("event", 3), "words": frozenset({"summit", "council"}), "rows": [("a", "b")]}
    build = _Builder(value)
    assert _run(cache_path, build, source) == value
    assert _run(cache_path, build, source) == value
    assert build.calls == 1


def test_a_changed_file_is_derived_again(cache_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.csv"
    source.write_text("word\nforum\n", encoding="utf-8")
    _run(cache_path, _Builder(("forum",)), source)
    source.write_text("word\nforum\nsummit\n", encoding="utf-8")
    build = _Builder(("forum", "summit"))
    assert _run(cache_path, build, source) == ("forum", "summit")
    assert build.calls == 1


def test_changed_code_is_derived_again(cache_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key holds the source of the modules that derive the value: editing the reader counts."""
    source = tmp_path / "words.csv"
    source.write_text("word\nforum\n", encoding="utf-8")
    module = tmp_path / "example_reader.py"
    module.write_text("SPLIT = ','\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    data_cache._module_source.cache_clear()
    _run(cache_path, _Builder(("forum",)), source, code=("example_reader",))
    module.write_text("SPLIT = ';'\n", encoding="utf-8")
    data_cache._module_source.cache_clear()
    build = _Builder(("forum", "again"))
    assert _run(cache_path, build, source, code=("example_reader",)) == ("forum", "again")
    assert build.calls == 1
    data_cache._module_source.cache_clear()


def test_a_library_counts_with_its_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Turtle files are parsed by rdflib: another rdflib release parses them again."""
    source = tmp_path / "words.csv"
    source.write_text("word\n", encoding="utf-8")
    module = tmp_path / "example_library.py"
    module.write_text("__version__ = '1.0'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    data_cache._module_source.cache_clear()
    before = data_cache._digest("example", [source], ["example_library"])
    monkeypatch.setattr(sys.modules["example_library"], "__version__", "2.0")
    data_cache._module_source.cache_clear()
    assert data_cache._digest("example", [source], ["example_library"]) != before
    data_cache._module_source.cache_clear()


def test_a_value_that_is_not_plain_data_is_derived_every_run(cache_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.csv"
    source.write_text("word\n", encoding="utf-8")
    build = _Builder(Graph())  # marshal cannot write it
    _run(cache_path, build, source)
    _run(cache_path, build, source)
    assert build.calls == 2


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\xe3\x00\x00"])
def test_an_unreadable_file_is_ignored_and_replaced(cache_path: Path, tmp_path: Path, content: bytes) -> None:
    cache_path.write_bytes(content)
    source = tmp_path / "words.csv"
    source.write_text("word\nforum\n", encoding="utf-8")
    build = _Builder(("forum",))
    assert _run(cache_path, build, source) == ("forum",)
    assert _run(cache_path, build, source) == ("forum",)
    assert build.calls == 1


def test_the_switch_turns_it_off(cache_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WSISKG_REGEX_CACHE", "0")
    assert not data_cache.install(cache_path)
    assert data_cache.installed() is None


_T = TypeVar("_T")


def _served_from_the_cache(cache_path: Path, derive: Callable[[], _T]) -> _T:
    """What ``derive`` gives when served from a cache an earlier run wrote: the first run writes it,
    the second is served from it."""
    for _ in range(2):
        assert data_cache.install(cache_path, save_at_exit=False)
        served = derive()
        data_cache.installed().save()  # type: ignore[union-attr]
        data_cache.uninstall()
    return served


def test_the_package_data_served_from_the_cache_is_what_parsing_gives(cache_path: Path) -> None:
    """The ontology, the shapes, the SDG KOS, a word list and the OCR vocabulary: parsed as usual,
    then served from a cache an earlier run wrote."""

    def derive() -> tuple[Graph, Graph, sdg_kos.Kos, object, frozenset[str]]:
        for cached in (reference._parsed, sdg_kos.kos, resources._parsed, ocr_words.known_words):
            cached.cache_clear()
        return (
            reference.ontology_graph(),
            reference.shapes_graph(),
            sdg_kos.kos(),
            resources.csv_rows("ingest", "data", "honorifics.csv"),
            ocr_words.known_words(),
        )

    plain = derive()
    served = _served_from_the_cache(cache_path, derive)
    assert {"turtle:wsis.ttl", "turtle:shapes.ttl", "sdg-kos", "known-words"} <= set(
        regex_cache.read_marshal(cache_path)
    )
    derive()  # leave the process's caches as parsing gives them
    for a, b in zip(plain[:2], served[:2], strict=True):
        assert isomorphic(a, b)
        assert sorted(a.namespaces()) == sorted(b.namespaces())
    assert plain[2:] == served[2:]


def test_each_call_gets_rows_of_its_own_and_a_cleared_parse_is_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """``csv_rows`` hands out copies of the rows it keeps (a caller may change them), and rows of a
    file parsed again once ``_parsed`` is cleared (what tests that patch a word list rely on)."""
    first = resources.csv_rows("ingest", "data", "honorifics.csv")
    key = next(iter(first[0]))
    first[0][key] = "changed by a caller"
    first.pop()
    again = resources.csv_rows("ingest", "data", "honorifics.csv")
    assert again[0][key] != "changed by a caller" and len(again) == len(first) + 1
    monkeypatch.setattr(resources, "read_text", lambda *_: "word,note\nsignora,an invented row\n")
    resources._parsed.cache_clear()
    try:
        patched = resources.csv_rows("ingest", "data", "honorifics.csv")
        assert patched == [{"word": "signora", "note": "an invented row"}]
    finally:
        monkeypatch.undo()
        resources._parsed.cache_clear()
    assert resources.csv_rows("ingest", "data", "honorifics.csv") == again


def test_the_ontology_axioms_served_from_the_cache_are_what_pyshacl_gives(cache_path: Path) -> None:
    """The triples pySHACL's ontology mix-in adds to a data graph (:func:`validate.ontology_axioms`):
    computed as usual, then served from a cache an earlier run wrote."""
    from wsiskg.ingest import validate

    def derive() -> Graph:
        validate.ontology_axioms.cache_clear()
        graph = Graph()
        for triple in validate.ontology_axioms():
            graph.add(triple)
        return graph

    plain = derive()
    served = _served_from_the_cache(cache_path, derive)
    assert "shacl-axioms:wsis.ttl" in regex_cache.read_marshal(cache_path)
    derive()  # leave the process's axioms as pySHACL gives them
    assert len(plain) > 100 and isomorphic(plain, served)


def test_the_console_script_keeps_derived_data_beside_its_patterns(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "WSISKG_STORE": str(tmp_path / "store")}
    env.pop("WSISKG_REGEX_CACHE", None)
    sample = ROOT / "samples" / "cwg-wsis-sdg-38-report.txt"
    script = f"import sys; sys.argv = ['wsiskg', 'ingest', {str(sample)!r}]; from wsiskg.launch import main; main()"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr[-1000:]
    (kept,) = (tmp_path / "wsiskg").glob("data-*.marshal")
    assert {"turtle:shapes.ttl", "shacl-axioms:wsis.ttl", "sdg-kos", "known-words"} <= set(
        regex_cache.read_marshal(kept)
    )


def _remember_run(path: Path, asked: dict[tuple[str, ...], _Builder], code: tuple[str, ...] = (__name__,)) -> list:
    """One 'run' asking ``remembered`` for each key of ``asked``."""
    assert data_cache.install(path, save_at_exit=False)
    values = [data_cache.remembered("lists", key, build, code=code) for key, build in asked.items()]
    cache = data_cache.installed()
    assert cache is not None
    cache.save()
    data_cache.uninstall()
    return values


def test_a_remembered_value_is_served_by_its_key_to_a_later_run(cache_path: Path) -> None:
    """Values derived from the code alone with many inputs: each key built once, whatever run asks."""
    lagoon, reef = _Builder("lagoon|reef"), _Builder("re(?:ef|ed)")
    assert _remember_run(cache_path, {("lagoon", "reef"): lagoon}) == ["lagoon|reef"]
    assert _remember_run(cache_path, {("lagoon", "reef"): lagoon, ("reef", "reed"): reef}) == [
        "lagoon|reef",
        "re(?:ef|ed)",
    ]
    assert _remember_run(cache_path, {("reef", "reed"): reef, ("lagoon", "reef"): lagoon}) == [
        "re(?:ef|ed)",
        "lagoon|reef",
    ]
    assert (lagoon.calls, reef.calls) == (1, 1)
    assert data_cache.remembered("lists", ("lagoon", "reef"), lagoon, code=[__name__]) == "lagoon|reef"
    assert lagoon.calls == 2  # not installed: built every time


def test_a_remembered_value_of_changed_code_is_built_again(
    cache_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tmp_path / "example_trees.py"
    module.write_text("JOIN = '|'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    data_cache._module_source.cache_clear()
    data_cache._code_digest.cache_clear()
    _remember_run(cache_path, {("atoll",): _Builder("atoll")}, code=("example_trees",))
    module.write_text("JOIN = ';'\n", encoding="utf-8")
    data_cache._module_source.cache_clear()
    data_cache._code_digest.cache_clear()
    build = _Builder("atoll again")
    assert _remember_run(cache_path, {("atoll",): build}, code=("example_trees",)) == ["atoll again"]
    assert build.calls == 1
    data_cache._module_source.cache_clear()
    data_cache._code_digest.cache_clear()


def test_the_alternations_served_from_the_cache_are_what_the_builder_gives(cache_path: Path) -> None:
    """``text.alternation`` keeps its prefix trees between runs: served, they are what building gives."""
    from wsiskg.ingest import text

    lists = [(("Fjord Council", "FJORD", "fjord council", "Fen"), True), (("marsh", "MARSHAL", "marshland"), False)]
    built = [text._alternation.__wrapped__(words, re.escape, spaces) for words, spaces in lists]
    for _ in range(2):
        assert data_cache.install(cache_path, save_at_exit=False)
        assert [text._alternation.__wrapped__(words, re.escape, spaces) for words, spaces in lists] == built
        cache = data_cache.installed()
        assert cache is not None
        cache.save()
        data_cache.uninstall()
    assert built[1] == r"marshland|MARSHAL|marsh"  # a list the tree would try in another order: flat


_WEIGHTS_SCRIPT = """
import json
from wsiskg.core import data_cache
assert data_cache.install()
from wsiskg.ingest.extract import meeting_ranking, request_classifier, request_labeller
built = []
for module in (request_labeller, request_classifier, meeting_ranking):
    read = module._read_weights
    module._read_weights = lambda read=read, name=module.__name__: built.append(name) or read()
weights = [m.weights() for m in (request_labeller, request_classifier, meeting_ranking)]
print(json.dumps({"built": built, "weights": weights}))
"""


def _weights_run(cache_home: Path) -> dict[str, list]:
    """A fresh process of the command line's caches asking the three labellers for their weights."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    env.pop("WSISKG_REGEX_CACHE", None)
    done = subprocess.run([sys.executable, "-c", _WEIGHTS_SCRIPT], cwd=ROOT, env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr[-1000:]
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_the_labellers_weights_are_read_once_and_served_to_a_later_process(tmp_path: Path) -> None:
    """The request labeller's, the request classifier's and the meeting ranker's weights (9,000 rows of
    CSV): a first process reads them, a second is served them, the same as reading the rows gives."""
    from wsiskg.ingest.extract import meeting_ranking, request_classifier, request_labeller

    first, second = _weights_run(tmp_path), _weights_run(tmp_path)
    assert len(first["built"]) == 3 and second["built"] == []
    read = [request_labeller._read_weights(), request_classifier._read_weights(), meeting_ranking._read_weights()]
    assert first["weights"] == second["weights"] == json.loads(json.dumps(read))
    assert [list(w) for w in second["weights"]] == [list(w) for w in read]  # the features' order too


def test_a_value_derived_from_a_data_file_is_derived_again_when_the_file_changes(
    cache_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wsiskg.ingest import tables

    table = tmp_path / "tide-weights.csv"
    table.write_text("feature,weight\nw:tide,0.5\n", encoding="utf-8")
    monkeypatch.setattr(tables, "resource", lambda *parts: tmp_path / parts[-1])
    build = _Builder({"w:tide": 0.5})

    def run() -> object:
        assert data_cache.install(cache_path, save_at_exit=False)
        value = tables.derived_from_data("tide-weights.csv", build, code=__name__)
        data_cache.installed().save()  # type: ignore[union-attr]
        data_cache.uninstall()
        return value

    assert run() == run() == {"w:tide": 0.5} and build.calls == 1
    table.write_text("feature,weight\nw:tide,0.25\n", encoding="utf-8")
    build.value = {"w:tide": 0.25}
    assert run() == {"w:tide": 0.25} and build.calls == 2


def test_plain_triples_become_the_same_terms_each_made_once() -> None:
    plain = (
        (("u", "https://example.org/lagoon"), ("u", str(RDF.type)), ("u", "https://example.org/Basin")),
        (("u", "https://example.org/lagoon"), ("u", "https://example.org/depth"), ("l", "4.5", str(XSD.decimal), "")),
        (("b", "n1"), ("u", str(RDF.type)), ("u", "https://example.org/Basin")),
        (("b", "n1"), ("u", "https://example.org/name"), ("l", "Fjord", "", "nn")),
    )
    triples = reference.triples_of_plain(plain)
    assert triples == tuple(tuple(reference.term_of_plain(t) for t in triple) for triple in plain)
    assert all(type(a) is type(b) for made, triple in zip(triples, plain, strict=True)
               for a, b in zip(made, (reference.term_of_plain(t) for t in triple), strict=True))  # fmt: skip
    assert triples[0][1] is triples[2][1] and triples[2][0] is triples[3][0]


_STAMPS_SCRIPT = """
import json
from wsiskg.core import data_cache, resources
assert data_cache.install()
hashed = []
read = data_cache._hashed
data_cache._hashed = lambda node: hashed.append(node.name) or read(node)
names = ["roles.csv", "bodies.csv", "action-lines.csv"]
files = [resources.resource("ontology", "gazetteers", n) for n in names]
digests = [data_cache._digest(n, [f], ["wsiskg.core.resources"]) for n, f in zip(names, files)]
print(json.dumps({"hashed": hashed, "digests": [d.hex() for d in digests]}))
"""


def _stamps_run(cache_home: Path) -> dict[str, list[str]]:
    """A fresh process of the command line's data cache keying three gazetteers and the CSV loader."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    env.pop("WSISKG_REGEX_CACHE", None)
    done = subprocess.run([sys.executable, "-c", _STAMPS_SCRIPT], cwd=ROOT, env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr[-1000:]
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_a_later_process_keys_the_package_files_by_their_stamps_without_reading_them(tmp_path: Path) -> None:
    """A first process reads and hashes the files it keys and keeps their stamps; a second is given
    the same digests without reading one of them."""
    first, second = _stamps_run(tmp_path), _stamps_run(tmp_path)
    assert {"roles.csv", "bodies.csv", "action-lines.csv", "resources.py"} <= set(first["hashed"])
    assert second["hashed"] == []
    assert first["digests"] == second["digests"]
    assert len(set(first["digests"])) == 3


def _hashing_run(path: Path, source: Path, build: _Builder, monkeypatch: pytest.MonkeyPatch) -> tuple[object, int]:
    """A run of :func:`_run` that counts the times it reads ``source`` to key the value."""
    hashed: list[str] = []
    read = data_cache._hashed

    def counted(node: Traversable) -> bytes:
        hashed.append(node.name)
        return read(node)

    monkeypatch.setattr(data_cache, "_hashed", counted)
    value = _run(path, build, source)
    monkeypatch.setattr(data_cache, "_hashed", read)
    return value, hashed.count(source.name)


@pytest.mark.parametrize(
    "edit",
    [
        b"word\nharbour\nlagoon\n",  # longer
        b"word\nlag\n",  # shorter
        b"word\nharbor\n",  # the same size, its modification time set back as it was
    ],
)
def test_an_edited_file_is_read_again_though_its_stamp_was_kept(
    cache_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: bytes
) -> None:
    monkeypatch.setattr(data_cache, "SETTLED_NS", 0)  # the file was written just now
    source = tmp_path / "tides.csv"
    source.write_bytes(b"word\nlagoon\n")
    assert _hashing_run(cache_path, source, _Builder(("lagoon",)), monkeypatch) == (("lagoon",), 1)
    build = _Builder(("served",))
    assert _hashing_run(cache_path, source, build, monkeypatch) == (("lagoon",), 0) and build.calls == 0
    before = source.stat()
    time.sleep(0.05)  # past the file system clock's tick
    source.write_bytes(edit)
    os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert _hashing_run(cache_path, source, build, monkeypatch) == (("served",), 1) and build.calls == 1


def test_a_file_changed_just_before_it_is_hashed_is_not_remembered(cache_path: Path, tmp_path: Path) -> None:
    """Its stamp could be a later edit's made within the same clock tick: it is read again next run."""
    source = tmp_path / "tides.csv"
    source.write_bytes(b"word\nlagoon\n")
    assert data_cache.install(cache_path, save_at_exit=False)
    data_cache._digest("example", [source], ())
    assert data_cache.installed().stamps() == {}  # type: ignore[union-attr]


def _kept(path: Path, build: Callable[[], bytes], source: Path) -> Path | None:
    """One 'run' of the command line asking for a kept file."""
    assert data_cache.install(path, save_at_exit=False)
    try:
        return data_cache.kept_file("lagoon-nt", build, files=[source], code=[__name__])
    finally:
        data_cache.uninstall()


def test_a_kept_file_is_written_once_and_served_to_later_runs(cache_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "lagoons.csv"
    source.write_text("name\nVenice\n", encoding="utf-8")
    build = _Builder(b'<http://example.org/venice> <http://example.org/p> "Venice" .\n')
    assert data_cache.kept_file("lagoon-nt", build, files=[source], code=[__name__]) is None  # not installed
    first = _kept(cache_path, build, source)
    assert first is not None and first.parent == cache_path.parent
    assert first.read_bytes() == build.value
    assert _kept(cache_path, build, source) == first
    assert build.calls == 1


def test_a_kept_file_of_a_changed_source_is_written_anew_and_the_old_one_removed(
    cache_path: Path, tmp_path: Path
) -> None:
    source = tmp_path / "lagoons.csv"
    source.write_text("name\nMarano\n", encoding="utf-8")
    old = _kept(cache_path, _Builder(b"marano\n"), source)
    source.write_text("name\nMarano\nGrado\n", encoding="utf-8")
    build = _Builder(b"marano\ngrado\n")
    new = _kept(cache_path, build, source)
    assert old is not None and new is not None and new != old
    assert new.read_bytes() == b"marano\ngrado\n" and not old.exists()
    assert build.calls == 1


def test_a_kept_file_that_cannot_be_written_is_none(tmp_path: Path) -> None:
    source = tmp_path / "lagoons.csv"
    source.write_text("name\nOrbetello\n", encoding="utf-8")
    (tmp_path / "taken").write_text("a file where the cache folder should be", encoding="utf-8")
    assert _kept(tmp_path / "taken" / "data.marshal", _Builder(b"orbetello\n"), source) is None

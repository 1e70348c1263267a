"""``core.regex_cache``: a pattern built from the cache is the pattern ``re.compile`` gives, the file
survives any mistake, and only the console script installs it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wsiskg.core import data_cache, regex_cache

ROOT = Path(__file__).resolve().parents[1]

#: named and numbered groups, inline and argument flags, look-arounds, non-ASCII classes, a backreference
PATTERNS = [
    (r"(?P<hon>H\.\s?E\.|Dr|Ms)\s+(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+)*)", 0),
    (r"(?i)(?<![\w-])(?:working\s+group|expert\s+group)(?![\w-])", 0),
    (r"(\d{1,2})\s*(?:–|-|to)\s*(\d{1,2})\s+(January|February|March)\s+(\d{4})", re.IGNORECASE),
    (r"^(?P<num>\d+(?:\.\d+)*)\s+(?=[A-Z])", re.MULTILINE),
    (r"\b(\w+)\s+\1\b", 0),
    (r"[^\W\d_]+", 0),
]
TEXTS = [
    "H.E. Ms Øydís Ångström-Léger chaired; Dr Tomasz Żółkiewski spoke.\n2.1 The Expert Group met",
    "the WORKING GROUP met from 3 – 7 March 2027 and the the expert group on 9 to 12 january 2028",
]


@pytest.fixture
def cache_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "regex.marshal"
    yield path
    regex_cache.uninstall()
    re.purge()


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()  # re's own in-process cache would answer before ours
    return [re.compile(p, f) for p, f in PATTERNS]


def _run(path: Path) -> list[re.Pattern[str]]:
    """One 'run': install from ``path``, compile everything, write the file, uninstall."""
    assert regex_cache.install(path, save_at_exit=False)
    compiled = _compile_all()
    cache = regex_cache.installed()
    assert cache is not None
    cache.save()
    regex_cache.uninstall()
    return compiled


def test_a_pattern_from_the_cache_is_the_compiled_pattern(cache_path: Path) -> None:
    _run(cache_path)
    _run(cache_path)  # the second run keeps them
    assert regex_cache.install(cache_path, save_at_exit=False)
    served = _compile_all()
    assert regex_cache.installed().hits == len(PATTERNS)  # type: ignore[union-attr]
    regex_cache.uninstall()
    plain = _compile_all()
    for got, want in zip(served, plain, strict=True):
        assert (got.pattern, got.flags, got.groups, dict(got.groupindex)) == (
            want.pattern, want.flags, want.groups, dict(want.groupindex))  # fmt: skip
        for text in TEXTS:
            assert [m.span() + m.groups() for m in got.finditer(text)] == [
                m.span() + m.groups() for m in want.finditer(text)]  # fmt: skip


def test_a_pattern_compiled_in_one_run_only_is_not_kept(cache_path: Path) -> None:
    _run(cache_path)
    assert regex_cache.install(cache_path, save_at_exit=False)
    _compile_all()
    assert regex_cache.installed().hits == 0  # type: ignore[union-attr]


@pytest.mark.parametrize("content", [b"", b"not marshal data", b"\xe3\x00\x00"])
def test_an_unreadable_file_is_ignored_and_replaced(cache_path: Path, content: bytes) -> None:
    cache_path.write_bytes(content)
    _run(cache_path)
    _run(cache_path)
    assert regex_cache.install(cache_path, save_at_exit=False)
    _compile_all()
    assert regex_cache.installed().hits == len(PATTERNS)  # type: ignore[union-attr]


def test_a_bad_pattern_raises_what_re_raises(cache_path: Path) -> None:
    assert regex_cache.install(cache_path, save_at_exit=False)
    re.purge()
    with pytest.raises(re.error, match="missing \\)"):
        re.compile(r"(?P<open>unclosed")


def test_turned_off_by_the_environment(cache_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WSISKG_REGEX_CACHE", "0")
    assert not regex_cache.install(cache_path)
    assert regex_cache.installed() is None


def test_the_console_script_keeps_its_patterns_in_the_user_cache(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("WSISKG_REGEX_CACHE", None)
    script = "import sys; sys.argv = ['wsiskg', 'list-queries']; from wsiskg.launch import main; main()"
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr[-1000:]
    (kept,) = (tmp_path / "wsiskg").glob("regex-*.marshal")
    assert kept.stat().st_size > 10_000  # the command line's own patterns, kept after two runs


def test_ingest_workers_read_the_parents_cache_and_never_write_it(cache_path: Path) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from wsiskg.ingest import worker

    _run(cache_path)
    _run(cache_path)  # kept after two runs
    before = cache_path.read_bytes()
    assert worker.parent_caches() == (None, None)  # no cache in this process: the workers get none
    assert regex_cache.install(cache_path, save_at_exit=False)
    data_path = cache_path.with_name("data.marshal")
    assert data_cache.install(data_path, save_at_exit=False)
    ctx = multiprocessing.get_context("spawn")  # as the pipeline starts its workers
    try:
        with ProcessPoolExecutor(1, mp_context=ctx, initializer=worker.start, initargs=worker.parent_caches()) as pool:
            assert pool.submit(worker.parent_caches).result(timeout=120) == (str(cache_path), str(data_path))
    finally:
        data_cache.uninstall()
    assert cache_path.read_bytes() == before
    assert not data_path.exists()  # the workers read the data cache and never write it


#: one extraction of the sample in a fresh process with the cache installed before any import of the
#: extractor; prints how many patterns it met for the first time and how many it had met before but
#: did not find in the file
_ONE_RUN = """
import sys
from pathlib import Path
from wsiskg.core import regex_cache
regex_cache.install(Path(sys.argv[1]), save_at_exit=False)
from wsiskg.ingest.extract import extract
from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import read
extract(parse(read(Path(sys.argv[2]))))
cache = regex_cache.installed()
print(len(cache.new_seen), sum(1 for key in cache.used if key not in cache.entries))
cache.save()
"""


def test_every_pattern_of_an_extraction_of_the_sample_fits_in_the_file(cache_path: Path) -> None:
    """The size limit holds all the patterns one extraction of the sample compiles: kept after two
    runs, the third compiles none anew (a limit the extractor had outgrown left some compiled on every
    run: about 300 of an ingest of the sample)."""
    sample = ROOT / "samples" / "cwg-wsis-sdg-38-report.docx"
    env = {k: v for k, v in os.environ.items() if k != "WSISKG_REGEX_CACHE"}
    first, missing = [], []
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, "-c", _ONE_RUN, str(cache_path), str(sample)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-1000:]
        met, not_kept = done.stdout.split()[-2:]
        first.append(int(met))
        missing.append(int(not_kept))
    assert first[0] > 100  # the first run meets them all
    assert missing[1] > 100  # the second compiles them again and keeps them
    assert missing[2] == 0  # the third finds every one in the file


#: patterns a run meets for the first time (as html5lib's set-built ones, new in every process)
ONCE = [r"(?i)harbour\s+(?:board|authority)", r"\b[QZ]{2}-\d{3}\b", r"(?<=tide)\s+panel"]


def test_a_run_that_only_meets_new_patterns_appends_their_digests_and_leaves_the_patterns(
    cache_path: Path,
) -> None:
    _run(cache_path)
    _run(cache_path)  # the patterns are kept
    kept, seen = cache_path.read_bytes(), regex_cache.read_seen(regex_cache.seen_file(cache_path))
    for i, pattern in enumerate(ONCE, 1):
        assert regex_cache.install(cache_path, save_at_exit=False)
        _compile_all()
        re.compile(pattern)
        regex_cache.installed().save()  # type: ignore[union-attr]
        regex_cache.uninstall()
        assert cache_path.read_bytes() == kept  # several megabytes not written again
        assert len(regex_cache.read_seen(regex_cache.seen_file(cache_path))) == len(seen) + i
    _run(cache_path)
    assert regex_cache.install(cache_path, save_at_exit=False)
    re.purge()
    for pattern in ONCE:  # met in two runs now: kept, and the patterns' file written again
        re.compile(pattern)
    assert regex_cache.installed().hits == 0  # type: ignore[union-attr]
    regex_cache.installed().save()  # type: ignore[union-attr]
    regex_cache.uninstall()
    assert regex_cache.install(cache_path, save_at_exit=False)
    re.purge()
    for pattern in ONCE:
        re.compile(pattern)
    assert regex_cache.installed().hits == len(ONCE)  # type: ignore[union-attr]


def test_a_class_written_in_any_order_is_kept_under_one_key() -> None:
    """html5lib writes classes from sets, in an order that follows the hash seed: a class of plain
    characters is kept in order; a range, a negation, an escape or more than a class keeps its text."""
    key = regex_cache.class_key
    assert key("[ \t\n\"'=<>`]") == key("[=\n'`\t> <\"]") == key("[\t\n \"'<=>`]") == "[\t\n \"'<=>`]"
    assert key("[;,,]") == key("[,;]") == "[,;]"
    for kept in ["[a-z]", "[^ab]", r"[\w.]", "[ba]+", "(?i)[ba]", "x[ba]", "[]", "[ba][dc]"]:
        assert key(kept) == kept


def test_classes_in_another_order_and_lone_surrogates_are_served_from_the_file(cache_path: Path) -> None:
    """Each run writes the classes in another order (as html5lib's, from sets) and one class holds lone
    surrogates (html5lib's invalid characters): from the second run on, all are served from the file
    and match as compiled; the file is not written again."""
    orders = ["[ \t\n=<>]", "[<\n =\t>]", "[>=<\t\n ]", "[\n\t><= ]"]
    lone = "[\x01-\x08\U0001fffe\ud800-\udfff]"
    for run, order in enumerate(orders):
        _compile_patterns(cache_path, [order, lone])
        if run == 1:
            kept = cache_path.read_bytes()
        assert regex_cache.install(cache_path, save_at_exit=False)
        re.purge()
        served = [re.compile(order), re.compile(lone)]
        assert regex_cache.installed().hits == (2 if run else 0)  # type: ignore[union-attr]
        regex_cache.uninstall()
        re.purge()
        for got, text in zip(served, ["a <b> = c\td\n", "q\x02\ud801\U0001fffe"], strict=True):
            want = re.compile(got.pattern)
            assert got.pattern == want.pattern and got.findall(text) == want.findall(text) != []
    assert cache_path.read_bytes() == kept


@pytest.mark.parametrize(
    ("pattern", "gated"),
    [(r"\(s\)$", False), ("[.]", False), (r"Reedbed\s+Summit", False), (r";\s*(?=[a-z])", False),
     (r",\s*whereby\b", True), (r"Reed\s+Summit", True), (r"(?i)\bharbour\s+boards?\b", True),
     (r"\b(?:Kelp|Tide)\s+Forum", True)],
)  # fmt: skip
def test_a_pattern_the_engine_finds_by_its_literal_prefix_is_not_gated(pattern: str, gated: bool) -> None:
    """A pattern whose every match begins with a literal string at least as long as its needles is
    found by the engine's own scan for that string: it keeps no needles (no gate in front of it); one
    whose needles are longer than its prefix (``whereby`` after ``,``, ``summit`` after ``Reed``) keeps them."""
    entry, needles = regex_cache._entry_and_needles(pattern, 0)
    assert bool(needles) == gated
    assert regex_cache._prefix_length(entry[1]) < min(map(len, needles), default=99)


def test_the_seen_file_keeps_the_newest_digests(cache_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "MAX_SEEN", 4)
    seen = regex_cache.seen_file(cache_path)
    digests = [bytes([n]) * 8 for n in range(7)]
    regex_cache.add_seen(seen, digests[:3], 0)
    assert regex_cache.read_seen(seen) == digests[:3]
    regex_cache.add_seen(seen, digests[:4], 3)  # appended
    assert regex_cache.read_seen(seen) == digests[:4]
    regex_cache.add_seen(seen, digests, 4)  # past the limit: the newest four
    assert regex_cache.read_seen(seen) == digests[3:]
    seen.write_bytes(b"".join(digests[:2]) + b"torn")  # a torn last digest is dropped
    assert regex_cache.read_seen(seen) == digests[:2]


def test_a_pattern_no_run_uses_is_dropped_after_a_few_writes(cache_path: Path) -> None:
    """Each write of the file (a run that keeps a pattern it did not hold) ages the patterns that
    run did not use; past ``MAX_AGE`` writes they are dropped, a pattern used again is young again,
    and a run that lent the file to worker processes (whose use it does not see) ages none."""
    old, used = r"(?i)harbour\s+board", r"(?<![\w-])reed\s+summit"
    for _ in range(2):
        _compile_patterns(cache_path, [old, used])
    assert (old, 0) in regex_cache.read_marshal(cache_path)["entries"]
    for write in range(1, regex_cache.MAX_AGE + 3):
        new = [rf"kelp\s+forum\s+{write}", used]
        _compile_patterns(cache_path, new)  # met once
        _compile_patterns(cache_path, new, lent=write == 1)  # kept: the file is written
        kept = regex_cache.read_marshal(cache_path)
        age = write - 1  # the lent run aged nothing
        if age <= regex_cache.MAX_AGE:
            assert (old, 0) in kept["entries"] and kept["ages"].get((old, 0)) == (age or None)
        else:
            assert (old, 0) not in kept["entries"] and (old, 0) not in kept["ages"]
        assert (used, 0) in kept["entries"] and (used, 0) not in kept["ages"]
    _compile_patterns(cache_path, [old, used])
    _compile_patterns(cache_path, [old, used, "tide"])
    assert (old, 0) in regex_cache.read_marshal(cache_path)["entries"]


def _compile_patterns(path: Path, patterns: list[str], lent: bool = False) -> None:
    assert regex_cache.install(path, save_at_exit=False)
    cache = regex_cache.installed()
    assert cache is not None
    cache.lent = lent
    re.purge()
    for pattern in patterns:
        re.compile(pattern)
    cache.save()
    regex_cache.uninstall()

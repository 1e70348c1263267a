"""``core.regex_needs``: the literal strings one of which every match of a pattern holds, and the gate
that answers "no match" for a text holding none of them; every answer stays what ``re.compile``
gives, whatever the text's letters (``ſ``, the Kelvin sign, ``İ``, ``ı`` fold onto ASCII letters)."""

from __future__ import annotations

import copy
import os
import pickle
import random
import re
import subprocess
import sys
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from wsiskg.core import regex_cache, regex_needs
from wsiskg.core.regex_needs import Gated, fold_table, needles

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, scope="module")
def _table() -> None:
    regex_needs.set_fold_table(fold_table())


def _needles(pattern: str, flags: int = 0) -> tuple[str, ...]:
    return needles(_parser.parse(pattern, flags), flags)


#: invented patterns of the extractor's forms and the strings one of which a match must hold
NEEDLES = [
    (r"(?i)\bharbour\s+(?P<n>\d+)", ("harbour",)),  # the longest literal run
    (r"(?<![\w-])(?:Tide\s+Panel|TP)\b", ("tide", "tp")),  # a branch each: any of them
    (r"H(?:a(?:rbour(?:\s+Board)?|le)|ALE)", ("hale", "harbour")),  # a prefix tree spelt out, case folded
    (r"(?:Lagoon\s+)?Quay\s+Forum", ("forum",)),  # an optional part gives nothing
    (r"(?<=Reed )Summit", ("summit",)),  # a look-behind looks outside the match: nothing from it
    (r"[Mm]arsh\s+(?i:COUNCIL)", ("council",)),  # an inline flag
    (r"\bKelp(?:s|ies)?\b", ("kelp",)),
    (r"(?:Dr|Ms|Mr)\.\s+[A-Z]\w+", ("dr.", "mr.", "ms.")),  # the branch continued by what follows it
    (r"Fjord\s+No\.\s*\d+", ("fjord",)),
    (r";(?=\s+\S)", (";",)),  # one character, not a letter, a digit or a space
]
#: patterns no literal says a match of: left ungated
NO_NEEDLES = [
    r"[A-Z]\w+",  # classes only
    r"(?:drift)?\s+\d+",  # optional
    r"(?i)å\s+ø",  # letters outside ASCII
    r"(\w)\1",  # a back-reference
    r"(?<=\d)e\b",  # one letter: in most texts
    r"(?:[A-Z]+ | of)\d",  # a space among the strings
]


@pytest.mark.parametrize(("pattern", "want"), NEEDLES)
def test_a_pattern_requires_one_of_its_literals(pattern: str, want: tuple[str, ...]) -> None:
    assert tuple(sorted(_needles(pattern))) == tuple(sorted(want))


@pytest.mark.parametrize("pattern", NO_NEEDLES)
def test_a_pattern_without_a_required_literal_has_no_needles(pattern: str) -> None:
    assert _needles(pattern) == ()


def test_a_long_alternation_is_not_gated() -> None:
    words = "|".join(f"w{i:03d}x" for i in range(regex_needs.MAX_NEEDLES + 1))
    assert _needles(f"(?:{words})") == ()
    assert len(_needles(f"(?:{words[: 6 * regex_needs.MAX_NEEDLES - 1]})")) == regex_needs.MAX_NEEDLES


def test_the_fold_table_holds_every_character_the_engine_takes_for_an_ascii_letter() -> None:
    """Each ASCII letter ignoring case matched against every character: the ones outside ASCII that it
    matches are the table's, written as that letter (the Kelvin sign, ``ſ``, ``İ``, ``ı``)."""
    table = fold_table()
    every = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for found in re.findall(letter, every, re.IGNORECASE):
            assert table[ord(found)] == letter
    assert {chr(c) for c in table} >= {"ſ", "\u212a", "İ", "ı"}


def _seen(m: Any) -> Any:
    return None if m is None else (m.span(), m.groups())


def _same(gated: Any, want: re.Pattern[str], text: str) -> None:
    """Every answer of the gated pattern is the compiled pattern's."""
    assert [_seen(m) for m in gated.finditer(text)] == [_seen(m) for m in want.finditer(text)]
    assert gated.findall(text) == want.findall(text)
    for pos in range(0, len(text) + 1, 5):
        assert _seen(gated.search(text, pos)) == _seen(want.search(text, pos))
        assert _seen(gated.match(text, pos)) == _seen(want.match(text, pos))
        assert _seen(gated.fullmatch(text, pos)) == _seen(want.fullmatch(text, pos))
    assert gated.sub("#", text) == want.sub("#", text)
    assert gated.subn(lambda m: "<>", text) == want.subn(lambda m: "<>", text)
    assert gated.split(text) == want.split(text)


def _gated(pattern: str, flags: int = 0) -> Any:
    want = re.compile(pattern, flags)
    return Gated(want, _needles(pattern, flags)), want


TEXTS = [
    "The Harbour Board met; HALE COUNCIL and the Tide Panel (TP 4) spoke of Fjord No. 7.",
    "Dr. Ames and Ms. Quill of the marsh council; reed Summit; kelpies and KELPS.",
    "the \u212aELP forum, the ſummit of the Reed ſummit, İharbour 3, harbour\u0131 9",
    "nothing here but drift and 12 quays",
    "",
]


@pytest.mark.parametrize(("pattern", "want"), NEEDLES)
def test_a_gated_pattern_answers_as_compiled(pattern: str, want: tuple[str, ...]) -> None:
    for flags in (0, re.IGNORECASE):
        gated, compiled = _gated(pattern, flags)
        for text in TEXTS:
            _same(gated, compiled, text)


def test_a_text_without_the_needles_is_not_searched() -> None:
    gated, _ = _gated(r"(?i)\bharbour\s+(?P<n>\d+)")
    gated._pattern = None  # the engine would fail if it ran
    for text in ("the quay 3", "Hale 4", "harbou r 5"):
        assert gated.search(text) is None and gated.sub("x", text) == text and gated.split(text) == [text]
        assert list(gated.finditer(text)) == [] and gated.findall(text) == []


def test_the_letters_that_fold_onto_ascii_reach_the_engine() -> None:
    """``ſ`` is ``s``, the Kelvin sign ``k``, ``İ`` and ``ı`` ``i`` to the engine ignoring case: a text
    spelt with them still holds the needle."""
    for pattern, text in [(r"(?i)summit", "ſummit"), (r"(?i)kelp\b", "\u212aelp"), (r"(?i)lido", "lİdo"),
                          (r"(?i)lido", "lıdo"), (r"(?i)fjord\s+\d", "FJORD 4")]:  # fmt: skip
        gated, compiled = _gated(pattern)
        assert gated._needles
        assert _seen(gated.search(text)) == _seen(compiled.search(text)) != None  # noqa: E711


def test_a_text_is_folded_as_the_table_writes_it() -> None:
    """Only a text holding one of the table's characters is written through it; every text comes out as
    the table and lower case make it (plain ASCII, accents the table leaves, each folding letter)."""
    for text in ["Reed Summit", "Côte d'Ivoire and Türkiye", "Straſſe", "\u212aELP Forum", "İzmir and ıslands",
                 "a dash – and quotes “so”", "ÉTANG ſ \u212a İ ı mixed", ""]:  # fmt: skip
        assert regex_needs.folded(text) == text.translate(fold_table()).lower()
    assert regex_needs._to_fold("Straſſe") and not regex_needs._to_fold("Côte d'Ivoire")


def test_random_patterns_gated_answer_as_compiled() -> None:
    """Invented pieces (literals, classes, optional and repeated groups, branches, look-arounds, case-blind
    groups, letters that fold oddly) joined at random, gated, on random texts of the same letters."""
    pieces = ["qu", "ay", "Wy", "K", "k", "s", "S", "i", "I", "[m-p]", r"\d", r"\s", r"\b", "(?<!q)", "(?=m)",
              "(?:qw|ma)", "(?:qu|)", "(?i:sk)", "(?-i:Si)", "(?:wy)*", "(?:ay)+", "(?:ki)?", "é", "\\.",
              "(?>pk|os)", "(?:s(?:k|i)|ay)", "[;,]"]  # fmt: skip
    letters = "qQuUaAyYwWkKsSiIpPoOmM\u212aſİıé7 ;.,"
    rng = random.Random(20340)
    for _ in range(3000):
        pattern = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        if rng.random() < 0.3:
            pattern += "|" + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
        flags = rng.choice([0, re.I, re.I | re.A])
        gated, compiled = _gated(pattern, flags)
        for _ in range(4):
            text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 16)))
            _same(gated, compiled, text)


def test_a_gated_pattern_passes_for_a_pattern() -> None:
    gated, compiled = _gated(r"Tide\s+Panel")
    assert isinstance(gated, re.Pattern)
    assert re.compile(gated) is gated  # re takes it as compiled
    assert re.sub(gated, "x", "a Tide Panel") == "a x"
    assert gated == compiled and hash(gated) == hash(compiled)
    assert copy.copy(gated) is gated and copy.deepcopy(gated) is gated
    assert pickle.loads(pickle.dumps(gated)) == compiled
    assert (gated.pattern, gated.flags, gated.groups, gated.groupindex) == (
        compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)  # fmt: skip


#: one 'run' of the command line's cache in a fresh process: the project's module (a module named
#: ``wsiskg.…``) compiles the patterns; prints whether each is gated, its needles, and the cache's hits
_RUN = """
import re, sys
from pathlib import Path
from wsiskg.core import regex_cache
regex_cache.install(Path(sys.argv[1]))
scope = {"__name__": "wsiskg.invented", "re": re, "sys": sys}
exec("compiled = [re.compile(p) for p in sys.argv[2:]]", scope)
cache = regex_cache.installed()
for p in scope["compiled"]:
    print(type(p).__name__, ",".join(getattr(p, "_needles", ())), p.search("the Quay Forum met") is not None)
print("hits", cache.hits)
"""


def _fresh(path: Path, *patterns: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "WSISKG_REGEX_CACHE"}
    done = subprocess.run([sys.executable, "-c", _RUN, str(path), *patterns],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr[-1000:]
    return done.stdout.splitlines()


def test_the_needles_are_kept_with_the_cached_pattern(tmp_path: Path) -> None:
    """A first process derives the needles, a second keeps the pattern, a third is served it from
    the file gated with the same needles; another pattern (the input edited) is derived again."""
    path = tmp_path / "regex.marshal"
    patterns = [r"(?i)quay\s+forum", r"(?:Reed|Quay)\s+(?:Forum|Summit)"]
    first = _fresh(path, *patterns)
    assert first[:2] == ["Gated forum True", "Gated forum,summit True"]
    assert _fresh(path, *patterns) == first  # the second run keeps them
    third = _fresh(path, *patterns)
    assert third[:2] == first[:2] and third[2] == "hits 2"
    kept = regex_cache.read_marshal(path)
    assert kept["needles"][(patterns[0], 0)] == ("forum",)
    assert kept["fold"] == fold_table()
    edited = _fresh(path, r"(?i)quay\s+summit", patterns[1])
    assert edited[:2] == ["Gated summit False", "Gated forum,summit True"] and edited[2] == "hits 1"


def test_only_the_projects_patterns_are_gated(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    assert regex_cache.install(path, save_at_exit=False)
    try:
        re.purge()
        assert type(re.compile(r"Quay\s+Forum\s+\d")) is not Gated  # this test module is no part of wsiskg
    finally:
        regex_cache.uninstall()
        re.purge()

"""``text.prefix_tree``: the alternation of many words as a prefix tree matches what the flat
alternation (longest first) matches."""

from __future__ import annotations

import re

import pytest

from wsiskg.ingest.text import alternation, prefix_tree

WORDS = ["Council", "Council Working Group", "Committee", "Co", "ITU", "ITU-D", "ITU-T", "Union", "UN"]


@pytest.mark.parametrize(
    "text",
    [
        "the Council Working Group met",
        "the Council met",
        "a Committee",
        "ITU-D and ITU-T and ITU",
        "the UN and the Union",
        "Co-chairs",
        "nothing here",
    ],
)
def test_same_matches_as_the_flat_alternation(text: str) -> None:
    flat = re.compile(rf"\b(?:{alternation(WORDS)})")
    tree = re.compile(rf"\b(?:{prefix_tree(WORDS)})")
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_the_longer_word_wins_and_a_character_regex_is_used() -> None:
    pattern = re.compile(prefix_tree(["a b", "a b c"], char=lambda c: r"\s+" if c == " " else re.escape(c)))
    assert pattern.match("a   b  c").group(0) == "a   b  c"
    assert pattern.match("a b d").group(0) == "a b"


def test_it_is_shorter_than_the_flat_form() -> None:
    words = [f"Council Working Group on Topic {i}" for i in range(50)]
    assert len(prefix_tree(words)) < len(alternation(words)) / 3


@pytest.mark.parametrize(
    "words",
    [
        WORDS,
        ["a", "ab", "abc", "abd", "abcde", "b", ""],
        ["Geneva", "Gen", "General Assembly", "General", "Genève", "G20"],
    ],
)
def test_each_prefix_ranks_by_the_longest_word_it_starts(words: list[str]) -> None:
    """The rank of a branch (``PrefixTree.longest``) is the length of the longest word with that
    prefix, however the words are ordered."""
    from wsiskg.ingest.text import PrefixTree

    want = {w[:i]: max(len(v) for v in words if v.startswith(w[:i])) for w in words for i in range(1, len(w) + 1)}
    assert PrefixTree(words).longest == want
    assert PrefixTree(reversed(words)).longest == want


def test_an_alternation_is_remembered_and_the_same_for_any_order() -> None:
    """``alternation`` is asked for the same list in every paragraph: the same words give the same
    string (longest first, then alphabetical), whatever their order or repeats."""
    assert alternation(["ab", "a", "abc"]) == alternation(["abc", "a", "ab", "a"]) == "abc|ab|a"
    assert alternation(["a b"], spaces=True) == r"a\s+b"
    assert alternation(["a.b"], each=str) == "a.b"

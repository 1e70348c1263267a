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


def _flat(words: list[str], spaces: bool = False) -> str:
    """The alternation written word by word, longest first (what ``alternation`` wrote before it wrote trees)."""
    regexes = (re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    return "|".join(r.replace(r"\ ", r"\s+") if spaces else r for r in regexes)


def test_it_is_shorter_than_the_flat_form() -> None:
    words = [f"Council Working Group on Topic {i}" for i in range(50)]
    assert len(prefix_tree(words)) < len(_flat(words)) / 3


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
    string (a prefix tree, longer words first), whatever their order or repeats."""
    assert alternation(["ab", "a", "abc"]) == alternation(["abc", "a", "ab", "a"]) == "a(?:b(?:c)?)?"
    assert alternation(["a b"], spaces=True) == r"a\s+b"
    assert alternation(["ab", "ABc", "aXYZ"]) == "aXYZ|ABc|ab"  # a tree would try ``ab`` before ``ABc``
    assert alternation(["a.b"], each=str) == "a.b"


# ``alternation`` writes a prefix tree whenever the tree matches what the flat form matches, in a pattern
# that ignores case as in one that does not: invented word lists where case and spacing differ
_LISTS = [
    ["Fjord Council", "Fjord Council Bureau", "FJORD", "fjord council", "Fen", "Fens Board"],
    ["Marsh", "MARSHAL", "marshland", "Mar", "mAR", "Marsh Lantern Forum", "Ma"],
    ["Tarn Circle", "TARN", "Tarn", "tarnish", "Ta", "TAR", "Tarn  Circle Plus", "T\tarn"],
    ["Sextant Group", "Sextant", "sextant group of harbours", "SEXTANT GROUP", "Se", "sE", "Sextants"],
    ["Kelp", "ſtrait", "strait", "Strait Office", "STRAITS", "Kelpie"],
    ["Harbour Board", "HARBOUR", "harbour board of tides", "Hale", "HALE", "Halyard Panel"],
    ["Quay", "Quays", "QUAY", "Quay Forum", "quay forum on piers", "Qu"],
]
_TEXTS = [
    "The FJORD COUNCIL BUREAU met the fjord council and the Fens Board; Fen, fen.",
    "marshal MARSH marshland Marsh Lantern Forum mar ma MARSH LANTERN",
    "Tarn  Circle Plus, tarn circle, TARNISH, Tar, T\tarn, tarn\tcircle",
    "the Sextant Group of Harbours, SEXTANTS, sextant   group, Se Sextant",
    "the ſtrait office and the STRAIT OFFICE, kelpie KELP",
    "the HARBOUR BOARD OF TIDES, harbour board, Harbour, HALE and hale, the halyard panel",
    "QUAYS, the Quay Forum on Piers, quay forum, QUAY, Qu, quays",
]


@pytest.mark.parametrize("words", _LISTS)
@pytest.mark.parametrize("spaces", [False, True])
@pytest.mark.parametrize("context", [r"\b(?:{})", r"(?i:{})", r"(?i:{})\b", r"(?:{})(?=\s|,)", r"(?i:{})(?!\w)"])
def test_the_alternation_matches_what_the_flat_form_matches(words: list[str], spaces: bool, context: str) -> None:
    tree = re.compile(context.format(alternation(words, spaces=spaces)))
    flat = re.compile(context.format(_flat(words, spaces)))
    for text in _TEXTS:
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)], text


def test_a_list_whose_case_variants_a_tree_would_try_in_another_order_stays_flat() -> None:
    """``marsh`` matches the beginning of ``MARSHAL`` ignoring case; a tree tries the branch of the longest
    word first (``marshland``), so it would try ``marsh`` before ``MARSHAL``: the list is written flat."""
    words = ["marsh", "MARSHAL", "marshland"]
    assert alternation(words) == _flat(words)
    assert re.match(rf"(?i:{alternation(words)})", "Marshal").group(0) == "Marshal"
    # as written, with the case of each word the same, a tree
    assert alternation(["marsh", "marshal", "marshland"]) == "marsh(?:land|al)?"
    # case variants that a tree tries longest first: a tree
    tree = r"harbour\ board\ of\ tides|H(?:a(?:l(?:yard\ Panel|e)|rbour\ Board)|A(?:RBOUR|LE))"
    assert alternation(_LISTS[-2]) == tree

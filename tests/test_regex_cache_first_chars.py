"""``core.regex_cache.first_char_code``: the code the command line's pattern cache keeps tells the
engine which characters a match can begin with when the compiler does not (a pattern opening with a
look-behind, a word boundary, an optional word, an alternation of words, a word that ignores case),
and every match, search and substitution stays what ``re.compile`` gives."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import random
import re
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from wsiskg.core.regex_cache import entry_for, first_char_code

#: patterns of the forms the extractor writes, whose first character the compiler leaves unknown
GIVEN_A_SET = [
    r"(?<![\w\-])(?P<body>Harbour\s+Board|Hale\s+Council|Drift\s+Office)(?![\w\-])",
    r"(?<![\w/\-])(?:(?:Lagoon-(?P<sec>[NSE])|Lagoon\s+Ferry)\s+)?(?:Tide\s+Panel|TP)\s?(?P<n>\d{1,2})",
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?P<noun>(?i:marsh\s+forum|reed\s+summit))",
    r"(?P<num>\d{1,3}(?:st|nd|rd|th))?\s*(?:Quay|QUAY)\s+(?P<y>(?:19|20)\d\d)",
    r"(?m)^(?:\d+\.)*\s*(?P<head>[A-ZÀ-Þ][a-zà-ÿ]+)(?=:)",
    r"(?:(?<=end of )|(?<=close of ))(?P<rel>\d{4}|the\s+season)",
    r"(?i)(?<![\w-])(?:quay|reed|kelp|sound)\s+forum",  # a letter of either case (and ſ, the Kelvin sign)
    r"(?:(?<![\w-])|(?<=-cum-))(?i:Tide\ Warden(?:s)?|Ice\s+Marshal)",
]
#: patterns whose first character the set cannot say: it is left to the compiler
LEFT_AS_COMPILED = [
    r"(?i)(?<![\w-])(?:åsa|reed)\s+forum",  # a letter outside ASCII that ignores case
    r"(?<!\w).+?\s+forum",  # any character
    r"[^\W\d]+\s+forum",  # a negated class
    r"(?:tide)?",  # may match nothing
    r"Harbour\s+Board",  # the compiler's own prefix
]
TEXTS = [
    "The Harbour Board met the Hale Council; the Drift Office (TP 4) and Lagoon-N Tide Panel 12 spoke.",
    "its Marsh Forum of 3rd Quay 2031, an REED SUMMIT, the reed summit; QUAY 1999 and 21st Quay 2040.",
    "1. Élan: the season\n2.3 Quorum: ends at the end of 2032 or the close of the season.\nÅsa: none",
    "ſ K İ ı ß Lagoon Ferry TP7 Lagoon Ferry Tide Panel 3 - an marsh forum; harbour board, HALE COUNCIL",
    "the ſound Forum, the \u212aELP forum, a Reed  forum; warden-cum-tide wardens met the ice MARSHAL",
]


def _compiled(pattern: str, flags: int = 0) -> tuple[re.Pattern[str], list[int]]:
    """``pattern`` built as the cache builds it, and its code."""
    entry = entry_for(pattern, flags)
    return _sre.compile(pattern, *entry), entry[1]


def _same(got: re.Pattern[str], want: re.Pattern[str], text: str) -> None:
    def seen(m: Any) -> Any:
        return None if m is None else (m.span(), m.groups())

    assert [seen(m) for m in got.finditer(text)] == [seen(m) for m in want.finditer(text)]
    for pos in range(0, len(text) + 1, 7):
        assert seen(got.search(text, pos)) == seen(want.search(text, pos))
        assert seen(got.match(text, pos)) == seen(want.match(text, pos))
    assert got.sub("#", text) == want.sub("#", text)
    assert got.split(text) == want.split(text)


@pytest.mark.parametrize("pattern", GIVEN_A_SET)
def test_a_pattern_gets_the_set_of_its_first_characters_and_matches_the_same(pattern: str) -> None:
    got, code = _compiled(pattern)
    assert code[0] == _constants.INFO and code[2] == _constants.SRE_INFO_CHARSET
    assert re.compile(pattern).pattern == got.pattern
    for text in TEXTS:
        _same(got, re.compile(pattern), text)


@pytest.mark.parametrize("pattern", LEFT_AS_COMPILED)
def test_a_pattern_whose_first_character_no_set_says_is_compiled_as_usual(pattern: str) -> None:
    parsed = _parser.parse(pattern, 0)
    assert first_char_code(parsed, 0) == _compiler._code(parsed, 0)


def test_random_patterns_match_as_compiled() -> None:
    """Invented pieces (look-arounds, boundaries, optional and repeated groups, classes, case-blind and
    ASCII groups, letters whose case folds oddly) joined at random: every match is ``re``'s own."""
    pieces = ["q", "W", "[m-p]", "[^v]", r"\d", r"\w", r"\s", r"\b", "^", "$", ".", "(?<!q)", "(?<=w)",
              "(?=m)", "(?!n)", "é", "K", "k", "ſ", "İ", "(?:qw|m)", "(?:q|)", "(?i:s)", "(?-i:s)",
              "(?a:\\w)", r"(\w)\1", "(?:wy)*", "(?:n+)", "(?>p|o)", "[\\s;]", "v?"]  # fmt: skip
    letters = "qQwWmMnNoOpPvVyYKkſßİıé7 9;-s\nS"
    rng = random.Random(20310)
    for _ in range(3000):
        pattern = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.3:
            pattern += "|" + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
        flags = rng.choice([0, re.I, re.M, re.I | re.M, re.A, re.I | re.A])
        try:
            want = re.compile(pattern, flags)
        except re.error:
            continue
        got, _ = _compiled(pattern, flags)
        for _ in range(4):
            text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 18)))
            _same(got, want, text)

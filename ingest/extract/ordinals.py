"""Ordinals and counts as written in reports: ``41st``, ``41 st``, ``forty-first``, ``First``,
``18``, ``1,200``, ``eighteen``, ``twenty-five`` (words from ``ingest/data/numbers.csv``), and a
number written after a meeting's noun: ``No. 7``, ``7``, ``XII`` (:func:`numeral_after_regex`).

:func:`ordinal_regex` / :func:`cardinal_regex` / :func:`numeral_after_regex` (regexes without
groups), :func:`number_value` (the value of a match of any of them), :func:`has_ordinal` (a cheap
gate for the numbered-meeting patterns).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


@cache
def _number_words() -> dict[str, tuple[int, str]]:
    return {r["word"]: (int(r["value"]), r["kind"]) for r in data_rows("numbers.csv")}


@cache
def ordinal_regex() -> str:
    """Regex (no groups) for an ordinal: ``41st``, ``41 st``, ``1st``, ``forty-first``, ``First``."""
    words = _number_words()
    ords = alternation((w for w, (_, k) in words.items() if k == "ordinal"), each=str)
    tens = alternation((w for w, (_, k) in words.items() if k == "tens"), each=str)
    return rf"(?:\d{{1,3}}\s?(?i:st|nd|rd|th)\b|(?i:(?:(?:{tens})[\s\-‐]?)?(?:{ords}))\b){_final_tail()}"


@cache
def ordinal_pattern() -> re.Pattern[str]:
    """:func:`ordinal_regex` compiled: an ordinal anywhere (``thirteenth``, ``28th``), for ``search``, ``findall``
    and ``fullmatch``."""
    return re.compile(ordinal_regex())


@cache
def final_words() -> tuple[str, ...]:
    """The words saying an ordinal's meeting is the last of its series (``numbers.csv`` kind ``final``: ``final``,
    ``last``)."""
    return tuple(w for w, (_, k) in _number_words().items() if k == "final")


@cache
def _final_tail() -> str:
    """``the sixth and final meeting``, ``its fourth and last session``: the ordinal says the
    meeting is the last of its series (words of kind ``final``, ``ingest/data/numbers.csv``); ``the first
    (inaugural) meeting``: an ordinal word in brackets restates it; :func:`number_value` reads the ordinal alone."""
    words = _number_words()
    finals = alternation(final_words(), each=str)
    ords = alternation((w for w, (_, k) in words.items() if k == "ordinal"), each=str)
    final = rf"\s+(?i:and\s+(?:{finals}))\b|" if finals else ""
    return rf"(?:{final}\s*\((?i:{ords})\))?"


@cache
def cardinal_regex() -> str:
    """Regex (no groups) for a count: ``18``, ``1,200``, ``eighteen``, ``twenty-five``."""
    words = _number_words()
    units = alternation((w for w, (_, k) in words.items() if k == "cardinal"), each=str)
    tens = alternation((w for w, (_, k) in words.items() if k == "tens"), each=str)
    return rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:(?:{tens})(?:[\s\-‐]?(?:{units}))?|(?:{units}))\b)"


@cache
def count_word_regex(low: int, high: int, of: str = "cardinal") -> str:
    """Regex (no groups) for a count written as one word from ``low`` to ``high`` (``three``), in
    any case: the cardinal words of ``numbers.csv`` (``of="times"``: the words of a count of times,
    ``twice``)."""
    words = [w for w, (value, kind) in _number_words().items() if kind == of and low <= value <= high]
    return rf"(?i:{alternation(words)})"


@cache
def numeral_after_regex() -> str:
    """Regex (no groups) for a meeting's number written after its noun (``Meeting No. 7``, ``meeting
    7``, ``Meeting XII``): digits, maybe after ``No.`` / ``N°`` / ``Nr.``, or a Roman numeral in
    capitals up to 89, ``XL`` too (not ``I`` alone: ``the meeting I attended``)."""
    return rf"(?:(?:{_NUMBER_SIGN})\s*\d{{1,3}}|\d{{1,3}}|{ROMAN})(?![\w/.\-])"


#: a Roman numeral in capitals up to 89, ``XL`` too, not ``I`` alone (``the meeting I attended``, ``Region I``)
ROMAN = r"(?-i:(?=[IVXL])(?!I(?![IVX]))(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"


@cache
def roman_ordinal_regex(heading: bool = False) -> str:
    """Regex (no groups) for a Roman numeral written as an ordinal before a capitalised meeting noun (``XXIX
    Meeting of ...``, ``IV MEETING OF ...``: the twenty-ninth): the numeral alone, the noun left to the caller.
    ``heading``: as a heading opens with its meeting's number, broader: any number of :func:`numeral_after_regex`
    (``12 MEETING``, ``No. 7 Session``) before ``meeting`` or ``session`` in any case (``XL session of the X``)."""
    if heading:
        return rf"(?<![\w/.\-]){numeral_after_regex()}(?=\s+(?i:meeting|session)\s)"
    return rf"(?<![\w/.\-]){ROMAN}(?=\s+(?-i:Meeting|MEETING)\b)"


#: a number sign before a number (``No. 7``)
_NUMBER_SIGN = r"[Nn]o\.|[Nn]o(?=\s)|N°|[Nn]r\.|[Nn]umber"
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def roman_value(text: str) -> int | None:
    """The value of a Roman numeral up to 89 (``xii`` -> 12); ``None`` for other text."""
    if not re.fullmatch(r"(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3})", text) or not text:
        return None
    values = [_ROMAN[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


#: a number sign opening a number (``No. 7``)
_NUMBER_SIGN_OPENING = re.compile(rf"^(?:{_NUMBER_SIGN})\s*", re.IGNORECASE)


@cache
def _final_tail_end() -> re.Pattern[str]:
    """:func:`_final_tail` ending a text."""
    return re.compile(rf"(?i){_final_tail()}$")


def number_value(text: str) -> int | None:
    """The value of an ordinal or a count as matched by the regexes above (a Roman numeral and a
    number after a number sign too: ``XII``, ``No. 7``; ``sixth and final``: :func:`_final_tail`)."""
    text = _final_tail_end().sub("", text.strip().lower())
    text = _NUMBER_SIGN_OPENING.sub("", text)
    digits = re.match(r"(\d[\d,]*)", text)
    if digits:
        return int(digits.group(1).replace(",", ""))
    roman = roman_value(text)
    if roman is not None:
        return roman
    words = _number_words()
    total = 0
    for part in re.split(r"[\s\-‐]+", text):
        if part not in words:
            return None
        total += words[part][0]
    return total or None


@cache
def _ordinal_gate() -> re.Pattern[str]:
    """Finds an ordinal wherever :func:`ordinal_regex` does: its optional parts (the tens before
    ``first``, ``and final`` after) never decide whether there is one."""
    words = _number_words()
    ords = alternation(w for w, (_, k) in words.items() if k == "ordinal")
    return re.compile(rf"(?i)\d{{1,3}}\s?(?:st|nd|rd|th)\b|(?:{ords})\b|{roman_ordinal_regex()}")


@lru_cache(maxsize=4096)
def has_ordinal(text: str) -> bool:
    """Cheap gate: every numbered-meeting pattern needs an ordinal somewhere in the text (asked
    of the same paragraphs by several readers: remembered)."""
    return _ordinal_gate().search(text) is not None


#: the most numbers a range of ordinals stands for (``the 12th to 15th meetings``: four)
_MOST_IN_RANGE = 12


def ordinals_listed(text: str) -> list[int | None]:
    """The numbers of a list of ordinals (``13th and 14th``: 13, 14), a range of two standing for every number
    from the first to the last (``12th to 15th``, ``seventh to the tenth``: 12, 13, 14, 15); a range that does
    not rise, or spans more than a dozen, is its two ends."""
    numbers = [number_value(o.group(0)) for o in re.finditer(ordinal_regex(), text)]
    a, b = (numbers + [None, None])[:2]
    if len(numbers) == 2 and a is not None and b is not None and re.search(r"\sto\s", text):
        if a < b and b - a < _MOST_IN_RANGE:
            return list(range(a, b + 1))
    return numbers

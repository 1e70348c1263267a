"""The words a pattern requires: a gate that spares the regex engine a text that cannot match.

About a thousand patterns run over a report's texts, and most of them cannot match a given text
because the text lacks a word they require: ``(?i)\\bResolution\\s+(\\d+)`` needs ``resolution``,
``(?<![\\w-])(?:Study\\s+Group|SG)\\b`` needs ``study`` or ``sg``. The regex engine does not know
that; it tries the pattern at every position it may begin at. :func:`needles` reads a pattern's
parsed form (``re._parser``) and derives literal strings one of which every match contains
(an alternation gives any of its branches' strings, an optional part gives nothing, a look-around
gives nothing: it may look outside the match); :class:`Gated` wraps a compiled pattern with them and
answers "no match" at once for a text holding none.

The strings are lower-case ASCII and are looked for in the text folded (:func:`folded`): lower-cased,
after every character outside ASCII that the engine's case folding takes for an ASCII letter
(``ſ`` for ``s``, the Kelvin sign for ``k``, ``İ`` for ``i``, ``ı`` for ``i``: :func:`fold_table`)
has been written as that letter. A letter outside ASCII in a pattern is no part of a needle, so a
pattern that ignores case or not is gated alike: a match's characters are always in the folded text
in the same order. Used by :mod:`wsiskg.core.regex_cache` (the command line's patterns only).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

try:  # CPython's parser and engine, as for the pattern cache
    import _sre  # type: ignore[import-not-found]
    from re import _casefix, _compiler, _constants  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - not CPython
    _sre = None

#: the most strings a part of a pattern may expand to (a prefix tree of words spelt out)
MAX_STRINGS = 48
#: the most needles a gate looks for: past that, looking costs about what the engine would
MAX_NEEDLES = 16

_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
Items = Any  # a parsed sequence: list of (opcode, argument)


def needles(parsed: Any, flags: int) -> tuple[str, ...]:
    """Lower-case ASCII strings one of which every match of the parsed pattern contains, the
    fewest and longest the pattern allows (``()`` when it requires none, or under a locale)."""
    flags |= parsed.state.flags
    if flags & _constants.SRE_FLAG_LOCALE:
        return ()
    found = _needs(parsed.data, flags)
    if not found or len(found) > MAX_NEEDLES:
        return ()
    kept: list[str] = []
    for text in sorted(found, key=len):  # a string holding another is found wherever it is
        if not any(k in text for k in kept):
            kept.append(text)
    if any(len(text) == 1 and (text.isalnum() or text.isspace()) for text in kept):
        return ()  # a letter, a digit or a space is in most texts: the gate would cost and spare nothing
    return tuple(kept)


def _product(left: set[str], right: set[str]) -> set[str] | None:
    """Every string of ``left`` followed by one of ``right``; ``None`` past :data:`MAX_STRINGS`."""
    if len(left) * len(right) > MAX_STRINGS:
        return None
    return {a + b for a in left for b in right}


def _exact(items: Items, flags: int) -> set[str] | None:
    """The strings the sequence matches, folded, when it matches only literal ASCII characters
    (zero-width items match ``""``); ``None`` otherwise."""
    out: set[str] | None = {""}
    for op, av in items:
        part = _exact_item(op, av, flags)
        out = None if part is None or out is None else _product(out, part)
        if out is None:
            return None
    return out


def _exact_item(op: Any, av: Any, flags: int) -> set[str] | None:
    c = _constants
    if op is c.LITERAL:
        return {chr(av).lower()} if av < 0x80 else None
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}
    if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
        return _exact(*_inner(op, av, flags))
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            part = _exact(branch.data, flags)
            if part is None:
                return None
            out |= part
        return out if len(out) <= MAX_STRINGS else None
    if op.name in _REPEATS and av[0] == 0 and av[1] == 1:
        part = _exact(av[2].data, flags)
        return None if part is None else part | {""}
    return None


def _inner(op: Any, av: Any, flags: int) -> tuple[Items, int]:
    """The sequence inside a group and the flags it is read with."""
    if op is _constants.ATOMIC_GROUP:
        return av.data, flags
    return av[3].data, _compiler._combine_flags(flags, av[1], av[2])


def _lead(items: Items, flags: int) -> set[str]:
    """Strings one of which every match of the sequence begins with (``{""}`` at worst)."""
    seg = {""}
    for op, av in items:
        part = _exact_item(op, av, flags)
        if part is None:
            return _product(seg, _lead_item(op, av, flags)) or seg
        longer = _product(seg, part)
        if longer is None:
            return seg
        seg = longer
    return seg


def _lead_item(op: Any, av: Any, flags: int) -> set[str]:
    c = _constants
    if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
        return _lead(*_inner(op, av, flags))
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            out |= _lead(branch.data, flags)
        return out if len(out) <= MAX_STRINGS else {""}
    if op.name in _REPEATS and av[0] >= 1:
        return _lead(av[2].data, flags)
    return {""}


def _needs(items: Items, flags: int) -> set[str] | None:
    """The best set of strings one of which every match of the sequence holds: each run of literal
    items, continued by how the next item begins, and what each item itself requires."""
    found: list[set[str]] = []
    seg = {""}
    for op, av in items:
        part = _exact_item(op, av, flags)
        longer = None if part is None else _product(seg, part)
        if longer is not None:
            seg = longer
            continue
        if part is None:
            found.append(_product(seg, _lead_item(op, av, flags)) or seg)
            found.append(_needs_item(op, av, flags) or {""})
            seg = {""}
        else:
            found.append(seg)
            seg = part
    found.append(seg)
    usable = [f for f in found if "" not in f]
    return max(usable, key=_worth, default=None)


def _worth(strings: set[str]) -> tuple[int, int]:
    """Longer strings first (a short one is in most texts), then fewer of them."""
    return min(map(len, strings)), -len(strings)


def _needs_item(op: Any, av: Any, flags: int) -> set[str] | None:
    c = _constants
    if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
        return _needs(*_inner(op, av, flags))
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            part = _needs(branch.data, flags)
            if part is None:
                return None
            out |= part
        return out
    if op.name in _REPEATS and av[0] >= 1:
        return _needs(av[2].data, flags)
    return None


def fold_table() -> dict[int, str]:
    """Every character outside ASCII that the engine's case folding takes for an ASCII letter, with
    that letter: its lower case (``_sre.unicode_tolower``) is one, or the engine's extra pairs
    (``re._casefix``) tie its lower case to one. About 0.1 s to build: the cache keeps it."""
    extra = {o: chr(k) for k, others in _casefix._EXTRA_CASES.items() if k < 0x80 for o in others}
    table: dict[int, str] = {}
    for code in range(0x80, sys.maxunicode + 1):
        lower = _sre.unicode_tolower(code)
        letter = chr(lower) if lower < 0x80 else extra.get(lower)
        if letter is not None:
            table[code] = letter
    return table


_TABLE: dict[int, str] = {}
_TABLE_CHARS: list[str] = []  # the table's characters, to see whether a text holds one
_FOLDED: dict[str, str] = {}
_MAX_FOLDED = 8192


def set_fold_table(table: dict[int, str]) -> None:
    """The table :func:`folded` writes characters outside ASCII with (:func:`fold_table`)."""
    _TABLE.clear()
    _TABLE.update(table)
    _TABLE_CHARS[:] = map(chr, table)


def _to_fold(text: str) -> bool:
    """Whether ``text`` holds a character of the table (four, all rare: a text without one is
    written as it is, and ``str.translate`` looks each of its characters up in the table)."""
    for char in _TABLE_CHARS:
        if char in text:
            return True
    return False


def folded(text: str) -> str:
    """``text`` as the needles are looked for in: lower case, the characters the engine folds onto
    ASCII letters written as them. Remembered for the last few thousand texts."""
    out = _FOLDED.get(text)
    if out is None:
        out = (text.translate(_TABLE) if not text.isascii() and _to_fold(text) else text).lower()
        if len(_FOLDED) >= _MAX_FOLDED:
            _FOLDED.clear()
        _FOLDED[text] = out
    return out


_END = sys.maxsize


class Gated:
    """A compiled pattern that first looks for its needles in the text: a text holding none of
    them gets the answers of no match (``None``, no matches, the text unchanged) without the
    engine. Every other answer is the pattern's own. Only the methods that scan a text are gated:
    ``match`` and ``fullmatch`` try one position, which costs the engine less than the gate, and are
    the pattern's own (no Python call in between). It passes for a ``re.Pattern`` (``isinstance``,
    ``re.compile`` of it), copies and pickles as one."""

    __slots__ = ("_pattern", "_needles", "_shortest", "_last", "pattern", "flags", "groups", "groupindex",
                 "match", "fullmatch", "scanner")  # fmt: skip

    def __init__(self, compiled: Any, needles: tuple[str, ...]) -> None:
        self._pattern = compiled
        self._needles = needles
        self._shortest = min(map(len, needles), default=0)
        self._last: tuple[object, bool] = (None, True)  # the last text asked about, and the answer
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex
        self.match = compiled.match
        self.fullmatch = compiled.fullmatch
        self.scanner = compiled.scanner

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # noqa: D105 - isinstance(gated, re.Pattern) holds
        return type(self._pattern)

    def _admits(self, string: object) -> bool:
        """Whether ``string`` may hold a match: not a str (the engine says what is wrong), or one of
        the needles is in it (a text shorter than the shortest holds none: each character of a
        needle is one of the text's). The last text asked about is remembered (``search`` from
        one position after another)."""
        last = self._last  # one tuple, so that threads see a text with its own answer
        if string is last[0]:
            return last[1]
        text = _FOLDED.get(string)  # type: ignore[call-overload]
        if text is None:
            if string.__class__ is not str:
                return True
            if len(string) < self._shortest:
                return False
            text = folded(string)
        holds = not self._needles  # none: nothing to look for
        for needle in self._needles:
            if needle in text:
                holds = True
                break
        self._last = (string, holds)
        return holds

    def search(self, string: Any, pos: int = 0, endpos: int = _END) -> Any:
        return self._pattern.search(string, pos, endpos) if self._admits(string) else None

    def finditer(self, string: Any, pos: int = 0, endpos: int = _END) -> Iterator[Any]:
        return self._pattern.finditer(string, pos, endpos) if self._admits(string) else iter(())

    def findall(self, string: Any, pos: int = 0, endpos: int = _END) -> list[Any]:
        return self._pattern.findall(string, pos, endpos) if self._admits(string) else []

    def sub(self, repl: Any, string: Any, count: int = 0) -> Any:
        return self._pattern.sub(repl, string, count) if self._admits(string) else string

    def subn(self, repl: Any, string: Any, count: int = 0) -> tuple[Any, int]:
        return self._pattern.subn(repl, string, count) if self._admits(string) else (string, 0)

    def split(self, string: Any, maxsplit: int = 0) -> list[Any]:
        return self._pattern.split(string, maxsplit) if self._admits(string) else [string]

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, Gated) else other)  # type: ignore[no-any-return]

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __repr__(self) -> str:
        return repr(self._pattern)

    def __copy__(self) -> Gated:
        return self

    def __deepcopy__(self, memo: Any) -> Gated:
        return self

    def __reduce_ex__(self, protocol: Any) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return re.compile, (self.pattern, self.flags)  # as re pickles a pattern

"""Compiled regular expressions kept between runs of the command line.

The extractor writes about a thousand patterns (the body catalogue, the honorifics, the event
forms, ...), and Python compiles each at its first use in every process: about a third of a cold
extraction. A compiled pattern cannot be saved (pickling one compiles it again), but what the
compiler hands to the regex engine is plain data: a list of opcodes, the flags and the group names.
This module keeps that data in one file per interpreter and builds a pattern from it instead of
compiling the text again; a pattern built so is the one ``re.compile`` would return.

That data and the function that takes it (``_sre.compile``, ``re._parser``, ``re._compiler``) are
CPython internals, so the cache is careful:

- the file is named after the interpreter's version, the engine's ``_sre.MAGIC`` (the opcode
  format) and the cache's own format (:data:`FORMAT`), so another Python never reads it;
- it is installed only on CPython whose ``re`` has those internals, and only by the command line
  (:mod:`wsiskg.launch`): the library and the tests compile as usual. ``WSISKG_REGEX_CACHE=0``
  turns it off; ``XDG_CACHE_HOME`` moves it (``~/.cache/wsiskg/``);
- a file it cannot read is ignored (and replaced at exit); an entry it cannot build from is
  compiled instead;
- a pattern is kept once two runs have compiled it: a report's own patterns (the catalogue names it
  holds) are compiled once and not kept. The file holds at most :data:`MAX_BYTES` (one run's
  patterns), those used last first, and drops a pattern that no run has used through
  :data:`MAX_AGE` writes of the file (one that no code compiles any more: every start-up would
  read it for nothing). The digests of the patterns met once are a file of their own
  beside it (:func:`seen_file`), 8 bytes each, appended to: a run that meets a pattern for the first
  time adds a few bytes instead of rewriting the several megabytes of patterns; the patterns' file is
  written only when a run keeps a pattern it did not hold. A class of plain characters is kept under
  its characters in order (:func:`class_key`: html5lib writes two from sets, in an order that follows
  the hash seed), so from the third run on a run meets no pattern it has not met.

The code it keeps is also quicker to search with than the compiler's (:func:`first_char_code`): where
the compiler gives the engine no set of the characters a match can begin with, because the pattern
opens with a look-behind, a word boundary, an optional word or an alternation of words
(``(?<![\\w-])(?:Study\\s+Group|SG)``), the cache computes that set and puts it in the pattern's info
block, as the compiler itself does for a pattern that opens with a character class; the engine then
skips, in one loop over the text, every position no match can start at instead of trying the whole
pattern there. The matches are the same (the set is every character a match can begin with).

It also keeps, with each pattern, the literal strings one of which every match contains (its
needles, :mod:`wsiskg.core.regex_needs`), and hands the project's own modules the pattern wrapped in
a gate that answers "no match" for a text holding none of them without running the engine (other
libraries' patterns are given as compiled). The table of the characters the engine's case folding
takes for ASCII letters, which the gate folds texts with, is kept in the file too.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

from . import regex_needs

try:  # CPython's engine and compiler; elsewhere the cache is simply not installed
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - not CPython
    _sre = None

#: the file's format: what :func:`first_char_code` and :func:`regex_needs.needles` write (a file of
#: another format is not read)
FORMAT = "needs2"

MAX_BYTES = 12_000_000  # one run of the extractor on the sample keeps about 7 MB (round 21)
MAX_AGE = 3  # writes of the file an entry no run uses survives (patterns no code compiles any more)
MAX_SEEN = 20000  # digests of patterns met once, kept in the seen file
_DIGEST = 8  # bytes of one digest

#: (pattern, flags) -> (flags, code, groups, groupindex, indexgroup): the arguments of _sre.compile
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class _Cache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[tuple[str, int], Entry] = {}
        self.needles: dict[tuple[str, int], tuple[str, ...]] = {}
        self.fold: dict[int, str] | None = None
        self.ages: dict[tuple[str, int], int] = {}  # entries the last writes did not use: how many
        self.lent = False  # worker processes read the file: their patterns are not in ``used``
        self.seen: dict[bytes, None] = {}
        self.used: dict[tuple[str, int], Entry] = {}
        self.new_seen: dict[bytes, None] = {}
        self.hits = 0  # patterns built from the file in this run
        self.original = _compiler.compile
        self._load()

    def _load(self) -> None:
        data = read_marshal(self.path)
        if isinstance(data, dict) and isinstance(data.get("entries"), dict):
            self.entries = data["entries"]
            self.needles = data.get("needles") or {}
            self.fold = data.get("fold")
            self.ages = data.get("ages") or {}
        regex_needs.set_fold_table(self.fold or regex_needs.fold_table())
        self.seen = dict.fromkeys(read_seen(seen_file(self.path)))

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if not isinstance(pattern, str) or flags & re.DEBUG:
            plain: re.Pattern[Any] = self.original(pattern, flags)
            return plain
        key = (class_key(pattern), int(flags))
        entry = self.entries.get(key)
        if entry is not None:
            try:
                compiled: re.Pattern[str] = _sre.compile(pattern, *entry)
            except Exception:  # noqa: BLE001 - an entry this engine does not take: compile it
                self.entries.pop(key, None)
            else:
                self.used[key] = entry
                self.hits += 1
                return self._gated(compiled, self.needles.get(key, ()))
        try:
            return self._compile_new(key, pattern)
        except re.error:
            raise  # a bad pattern: the error re.compile gives
        except Exception:  # noqa: BLE001 - internals other than expected: compile as usual
            fallback: re.Pattern[str] = self.original(pattern, flags)
            return fallback

    def _compile_new(self, key: tuple[str, int], pattern: str) -> re.Pattern[str]:
        """``pattern`` compiled from its key's text (:func:`class_key`), kept once a second run asks."""
        written, flags = key
        entry, needles = _entry_and_needles(written, flags)
        if needles:
            self.needles[key] = needles
        # a lone surrogate (html5lib's class of invalid characters) is written as marshal writes it
        text = f"{flags}\0{written}".encode("utf-8", "surrogatepass")
        digest = hashlib.blake2b(text, digest_size=_DIGEST).digest()
        if digest in self.seen:
            self.used[key] = entry  # a second run compiles it: keep it
        else:
            self.new_seen[digest] = None
        return self._gated(_sre.compile(pattern, *entry), needles)

    @staticmethod
    def _gated(compiled: re.Pattern[str], needles: tuple[str, ...]) -> re.Pattern[str]:
        """``compiled`` behind its needles' gate when it has some and the project's code compiles
        it (a frame of ``wsiskg``'s modules asks, through ``re``), else as it is."""
        if not needles or not _asked_by_project():
            return compiled
        gated: re.Pattern[str] = regex_needs.Gated(compiled, needles)  # type: ignore[assignment]
        return gated

    def save(self) -> None:
        """Add the digests of the patterns met for the first time to the seen file; write the patterns
        used in this run first, then the others kept (:meth:`_kept`), if this run kept one the file
        did not hold."""
        if self.new_seen:
            add_seen(seen_file(self.path), [*self.seen, *self.new_seen], len(self.seen))
        if self.fold is not None and all(k in self.entries for k in self.used):
            return
        entries, ages = self._kept()
        needles = {key: self.needles[key] for key in entries if key in self.needles}
        write_marshal(self.path, {"entries": entries, "needles": needles, "ages": ages, "fold": regex_needs._TABLE})

    def _kept(self) -> tuple[dict[tuple[str, int], Entry], dict[tuple[str, int], int]]:
        """The entries to write, those used in this run first, and the ages of the others: how many
        writes of the file no run has used them through (one more than the file said, unless this
        run lent the file to worker processes, whose use it does not see); past :data:`MAX_AGE`, or
        past :data:`MAX_BYTES` of them, an entry is dropped."""
        entries: dict[tuple[str, int], Entry] = {}
        ages: dict[tuple[str, int], int] = {}
        size = 0
        for key, entry in [*self.used.items(), *self.entries.items()]:
            age = 0 if key in self.used else self.ages.get(key, 0) + (not self.lent)
            if key in entries or age > MAX_AGE:
                continue
            size += len(key[0]) + 5 * len(entry[1])  # marshal writes an opcode in 5 bytes
            if size > MAX_BYTES:
                break
            entries[key] = entry
            if age:
                ages[key] = age
        return entries, ages


#: characters that make a class's order matter (a range, a negation, an escape, a nested bracket)
_CLASS_SYNTAX = "\\[]-^"


def class_key(pattern: str) -> str:
    """The text a pattern is kept under: a pattern that is one class of plain characters with its
    characters in order (``[ ,;]`` for ``[;, ]``), whatever order they were written in; any other as
    it is. html5lib (rdflib's ``html5rdf``) writes two such classes from sets, whose order follows
    the hash seed: one entry serves every order (a class matches the same whatever its order), and
    the cache is the same from run to run."""
    if pattern[:1] != "[" or pattern[-1:] != "]":
        return pattern
    inner = pattern[1:-1]
    for syntax in _CLASS_SYNTAX:
        if syntax in inner:
            return pattern
    return "[" + "".join(sorted(set(inner))) + "]"


def _asked_by_project() -> bool:
    """Whether the code compiling a pattern (the first frame outside ``re`` and this module) is one
    of the project's modules."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__") in _COMPILERS:
        frame = frame.f_back  # type: ignore[assignment]
    return frame is not None and str(frame.f_globals.get("__name__", "")).startswith(_PROJECT)


_COMPILERS = frozenset({"re", "re._compiler", __name__})
_PROJECT = __name__.split(".", 1)[0] + "."


def entry_for(pattern: str, flags: int) -> Entry:
    """What ``_sre.compile(pattern, *entry)`` takes to build ``pattern`` (the cache's entry): its flags, its
    code (with the first characters' set, :func:`first_char_code`), its groups and their names."""
    return _entry_and_needles(pattern, flags)[0]


def _entry_and_needles(pattern: str, flags: int) -> tuple[Entry, tuple[str, ...]]:
    """The cache's entry for ``pattern`` and its needles (:func:`regex_needs.needles`)."""
    parsed = _parser.parse(pattern, flags)
    code = first_char_code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    entry = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
             groupindex, tuple(indexgroup))  # fmt: skip
    needles = regex_needs.needles(parsed, flags)
    return entry, () if needles and _prefix_length(code) >= min(map(len, needles)) else needles


def _prefix_length(code: list[int]) -> int:
    """The length of the literal string every match begins with, as the compiler gives it to the
    engine (the info block's prefix; 0 without one). The engine's search finds that string in one
    loop in C: a gate whose needles are no longer would only add a Python call to it
    (``\\(s\\)$``, ``[.]``, ``,\\s+``)."""
    c = _constants
    if code[0] != c.INFO or not code[2] & c.SRE_INFO_PREFIX:
        return 0
    return code[5]


def first_char_code(parsed: Any, flags: int) -> list[int]:
    """The compiler's code for ``parsed`` (``re._compiler._code``), its info block given the set of
    characters a match can begin with when the compiler found none and the pattern cannot match the
    empty string: what lets the engine's search skip the positions no match starts at."""
    code: list[int] = _compiler._code(parsed, flags)
    flags |= parsed.state.flags
    c = _constants
    if code[0] != c.INFO or code[2] != 0 or code[3] == 0 or flags & c.SRE_FLAG_LOCALE:
        return code  # a prefix or a set already, a pattern that may match nothing, or a locale's case
    first: list[tuple[Any, Any]] = []
    if _first_of(parsed.data, flags, first) is not False:
        return code  # a first character the set cannot say (any character, a negated class), or none
    wide = _ABOVE_ASCII in first  # added after the set is optimized: its bitmap would take 0.03 s
    charset, _ = _compiler._optimize_charset([m for m in first if m != _ABOVE_ASCII])
    info = [c.INFO, 0, c.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset + [_ABOVE_ASCII] * wide, flags, info)
    info[1] = len(info) - 1
    return info + code[1 + code[1] :]


def _first_of(items: Any, flags: int, first: list[tuple[Any, Any]]) -> bool | None:
    """Add to ``first`` the characters a match of the parsed sequence ``items`` can begin with:
    ``True`` when it can also match the empty string (what follows it can begin a match too),
    ``None`` when one of them is not a character the engine's set can hold."""
    c = _constants
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # a boundary or a look-around: it matches no character
        if op is c.LITERAL or op is c.IN:
            members = _set_members([(op, av)] if op is c.LITERAL else av, flags)
            if members is None:
                return None
            first.extend(members)
            return False
        if op is c.SUBPATTERN:
            if (av[1] | av[2]) & (c.SRE_FLAG_ASCII | c.SRE_FLAG_UNICODE):
                return None  # ``(?a:\w)``: the set is compiled with the pattern's own flags
            empty = _first_of(av[3].data, _compiler._combine_flags(flags, av[1], av[2]), first)
        elif op is c.ATOMIC_GROUP:
            empty = _first_of(av.data, flags, first)
        elif op is c.BRANCH:
            each = [_first_of(branch.data, flags, first) for branch in av[1]]
            empty = None if None in each else any(each)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            empty = True if av[1] == 0 else _first_of(av[2].data, flags, first)
            empty = None if empty is None else (empty or av[0] == 0)
        else:
            return None  # any character, a back-reference, a conditional: no set
        if empty is None or not empty:
            return empty
    return True


def _set_members(members: list[tuple[Any, Any]], flags: int) -> list[tuple[Any, Any]] | None:
    """The class members (``LITERAL``, ``RANGE``, ``CATEGORY``) as members of a set tested on the text
    as written: under ``IGNORECASE`` an ASCII letter with its other case and every character outside
    ASCII (which the set need not sort out: a few fold to ASCII letters, the Kelvin sign to ``k``);
    ``None`` for a negated class or a letter outside ASCII that ignores case."""
    c = _constants
    iscased = _compiler._get_iscased(flags) if flags & c.SRE_FLAG_IGNORECASE else None
    out: list[tuple[Any, Any]] = []
    for op, av in members:
        if op is c.NEGATE:
            return None
        codes = [av] if op is c.LITERAL else range(av[0], av[1] + 1) if op is c.RANGE else []
        cased = [] if not iscased else [code for code in codes if iscased(code)] if len(codes) < 0x10000 else None
        if cased is None or any(code > 0x7F for code in cased):
            return None
        out.append((op, av))
        for code in cased:
            out += [(c.LITERAL, ord(chr(code).lower())), (c.LITERAL, ord(chr(code).upper()))]
        if cased:
            out.append(_ABOVE_ASCII)
    return out


#: every character outside ASCII, in a set of first characters that ignores case
_ABOVE_ASCII: tuple[Any, Any] = (_constants.RANGE if _sre is not None else None, (0x80, 0x10FFFF))


def read_marshal(path: Path) -> Any:
    """What :func:`write_marshal` wrote to ``path``; ``None`` when there is no file or one this
    interpreter cannot read (the caller starts empty)."""
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_marshal(path: Path, value: Any) -> None:
    """Write ``value`` to ``path`` whole or not at all, whatever another run does at the same time;
    a read-only or full cache folder is no error (the next run derives again)."""
    try:
        data = marshal.dumps(value)
    except ValueError:
        return
    write_whole(path, data)


def write_whole(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` whole or not at all, whatever another run does at the same time;
    False (no error) when the cache folder is read-only or full."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        return False
    return True


def seen_file(path: Path) -> Path:
    """The file of digests of the patterns met once, beside the patterns' file ``path``."""
    return path.with_suffix(".seen")


def read_seen(path: Path) -> list[bytes]:
    """The digests in the seen file, oldest first (none when there is no file; a torn last one dropped)."""
    try:
        data = path.read_bytes()
    except OSError:
        return []
    return [data[i : i + _DIGEST] for i in range(0, len(data) - _DIGEST + 1, _DIGEST)]


def add_seen(path: Path, digests: list[bytes], known: int) -> None:
    """Append ``digests[known:]`` to the seen file; past :data:`MAX_SEEN` it is written again with the
    newest :data:`MAX_SEEN` (whole or not at all). A read-only or full cache folder is no error."""
    if len(digests) > MAX_SEEN:
        write_whole(path, b"".join(digests[-MAX_SEEN:]))
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("ab") as out:  # one write of whole digests: runs at the same time only interleave them
            out.write(b"".join(digests[known:]))
    except OSError:
        pass


_installed: _Cache | None = None


def cache_file() -> Path:
    home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    version = "".join(map(str, sys.version_info[:3]))
    magic = _sre.MAGIC if _sre else 0
    return Path(home) / "wsiskg" / f"regex-{sys.implementation.name}-{version}-{magic}-{FORMAT}.marshal"


def enabled() -> bool:
    """``WSISKG_REGEX_CACHE``: on unless ``0`` (or ``false``, ``no``, ``off``); another value is an
    :class:`~wsiskg.core.errors.InputError` (the command line says so in one line, exit 2)."""
    from .config import switch
    from .errors import InputError

    raw = os.environ.get("WSISKG_REGEX_CACHE", "1")
    try:
        return switch(raw) if raw.strip() else True
    except ValueError:
        raise InputError(f"WSISKG_REGEX_CACHE={raw!r} is not a valid switch; give 1 (on) or 0 (off)") from None


def switched_on() -> bool:
    """Whether the start-up caches (this one and :mod:`wsiskg.core.data_cache`) may be installed: the
    switch, a bad value counting as off (the command line has refused it before)."""
    from .errors import InputError

    try:
        return enabled()
    except InputError:
        return False


def install(path: Path | None = None, *, save_at_exit: bool = True) -> bool:
    """Serve this process's compiled patterns from the cache file (``path``, default
    :func:`cache_file`); ``False`` when it cannot or may not (not CPython, or ``WSISKG_REGEX_CACHE=0``)."""
    global _installed
    if _installed is not None:
        return True
    if _sre is None or not switched_on():
        return False
    if not all(hasattr(m, a) for m, a in ((_compiler, "compile"), (_compiler, "_code"), (_parser, "parse"))):
        return False  # pragma: no cover - an interpreter whose re has other internals
    _installed = _Cache(path or cache_file())
    _compiler.compile = _installed.compile
    if save_at_exit:
        atexit.register(_installed.save)
    return True


def installed() -> _Cache | None:
    """The cache serving this process, if any."""
    return _installed


def uninstall() -> None:
    """Compile as usual again (the file is not written)."""
    global _installed
    if _installed is not None:
        _compiler.compile = _installed.original
        atexit.unregister(_installed.save)
        _installed = None

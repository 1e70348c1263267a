"""Compiled regular expressions kept between runs of the command line.

The extractor writes about a thousand patterns (the body catalogue, the honorifics, the event
forms, ...), and Python compiles each at its first use in every process: about a third of a cold
extraction. A compiled pattern cannot be saved (pickling one compiles it again), but what the
compiler hands to the regex engine is plain data: a list of opcodes, the flags and the group names.
This module keeps that data in one file per interpreter and builds a pattern from it instead of
compiling the text again; a pattern built so is the one ``re.compile`` would return.

That data and the function that takes it (``_sre.compile``, ``re._parser``, ``re._compiler``) are
CPython internals, so the cache is careful:

- the file is named after the interpreter's version and the engine's ``_sre.MAGIC`` (the opcode
  format), so another Python never reads it;
- it is installed only on CPython whose ``re`` has those internals, and only by the command line
  (:mod:`wsiskg.launch`): the library and the tests compile as usual. ``WSISKG_REGEX_CACHE=0``
  turns it off; ``XDG_CACHE_HOME`` moves it (``~/.cache/wsiskg/``);
- a file it cannot read is ignored (and replaced at exit); an entry it cannot build from is
  compiled instead;
- a pattern is kept once two runs have compiled it: a report's own patterns (the catalogue names it
  holds) are compiled once and not kept. The file holds at most :data:`MAX_BYTES` (one run's
  patterns), those used last first.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

try:  # CPython's engine and compiler; elsewhere the cache is simply not installed
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - not CPython
    _sre = None

MAX_BYTES = 12_000_000  # one run of the extractor on the sample keeps about 7 MB (round 21)
MAX_SEEN = 20000

#: (pattern, flags) -> (flags, code, groups, groupindex, indexgroup): the arguments of _sre.compile
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class _Cache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[tuple[str, int], Entry] = {}
        self.seen: dict[bytes, None] = {}
        self.used: dict[tuple[str, int], Entry] = {}
        self.new_seen: dict[bytes, None] = {}
        self.hits = 0  # patterns built from the file in this run
        self.original = _compiler.compile
        self._load()

    def _load(self) -> None:
        data = read_marshal(self.path)
        if isinstance(data, dict):
            entries, seen = data.get("entries"), data.get("seen")
            if isinstance(entries, dict) and isinstance(seen, dict):
                self.entries, self.seen = entries, seen

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if not isinstance(pattern, str) or flags & re.DEBUG:
            plain: re.Pattern[Any] = self.original(pattern, flags)
            return plain
        key = (pattern, int(flags))
        entry = self.entries.get(key)
        if entry is not None:
            try:
                compiled: re.Pattern[str] = _sre.compile(pattern, *entry)
            except Exception:  # noqa: BLE001 - an entry this engine does not take: compile it
                self.entries.pop(key, None)
            else:
                self.used[key] = entry
                self.hits += 1
                return compiled
        try:
            return self._compile_new(key)
        except re.error:
            raise  # a bad pattern: the error re.compile gives
        except Exception:  # noqa: BLE001 - internals other than expected: compile as usual
            fallback: re.Pattern[str] = self.original(pattern, flags)
            return fallback

    def _compile_new(self, key: tuple[str, int]) -> re.Pattern[str]:
        pattern, flags = key
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, number in groupindex.items():
            indexgroup[number] = name
        entry: Entry = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
                        groupindex, tuple(indexgroup))  # fmt: skip
        digest = hashlib.blake2b(f"{flags}\0{pattern}".encode(), digest_size=8).digest()
        if digest in self.seen:
            self.used[key] = entry  # a second run compiles it: keep it
        else:
            self.new_seen[digest] = None
        compiled: re.Pattern[str] = _sre.compile(pattern, *entry)
        return compiled

    def save(self) -> None:
        """Write the patterns used in this run first, then the others kept, if anything changed."""
        if not self.new_seen and all(k in self.entries for k in self.used):
            return
        entries: dict[tuple[str, int], Entry] = {}
        size = 0
        for key, entry in [*self.used.items(), *self.entries.items()]:
            size += len(key[0]) + 5 * len(entry[1])  # marshal writes an opcode in 5 bytes
            if size > MAX_BYTES:
                break
            entries.setdefault(key, entry)
        seen = dict(self.new_seen)
        for digest in self.seen:
            if len(seen) >= MAX_SEEN:
                break
            seen[digest] = None
        write_marshal(self.path, {"entries": entries, "seen": seen})


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
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_bytes(marshal.dumps(value))
        os.replace(partial, path)
    except (OSError, ValueError):
        pass


_installed: _Cache | None = None


def cache_file() -> Path:
    home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    version = "".join(map(str, sys.version_info[:3]))
    return Path(home) / "wsiskg" / f"regex-{sys.implementation.name}-{version}-{_sre.MAGIC if _sre else 0}.marshal"


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

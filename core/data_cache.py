"""Data the command line derives from the package's own files, kept between its runs.

Beside the patterns (:mod:`wsiskg.core.regex_cache`), a cold ``wsiskg ingest`` spends about a tenth
of its time deriving the same data from the same files every run: parsing the ontology, the shapes
and the UN SDG KOS (Turtle), the word lists (CSV) and the vocabulary gathered from them. This module
keeps such data in one file per interpreter, as plain values (what :mod:`marshal` writes: tuples,
lists, dicts, sets, strings, numbers), and gives it back instead of deriving it again. An object
that is not plain data is kept by its builder as the bytes of its pickle, with the libraries whose
classes it holds named in its key (the compiled SHACL shapes: ``ingest.validate._kept_compiled``).

An entry is served only while it is what its builder would return: its key is a digest of every
file it is derived from **and of the source of the modules that derive it** (``code``), so editing a
data file or the code that reads it makes the next run derive it again. Like the regex cache it is
installed only by the command line (:mod:`wsiskg.launch`) and by its ingest workers, under the same
switch (``WSISKG_REGEX_CACHE=0`` turns both off) and in the same folder; the library and the tests
derive as usual. A file it cannot read is ignored and replaced at exit.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import importlib
import importlib.util
import marshal
import sys
import time
from collections.abc import Callable, Iterable
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from . import regex_cache

T = TypeVar("T")

#: (digest of the inputs, the value) per name
_Entries = dict[str, tuple[bytes, Any]]
#: the most keys a table of :func:`remembered` values carries over from earlier runs
MAX_REMEMBERED = 1000  # an ingest of the sample asks for 228 alternations; a report of its own, 15-40 more
#: the entry of the files' stamps (:func:`_file_digest`), under a name no builder's key can take
_STAMPS = "\0file-stamps"
#: a file changed more recently than this before it is hashed is hashed again next run (its stamp could
#: be that of a later edit made within the same tick of the file system's clock)
SETTLED_NS = 2_000_000_000


class _Cache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: _Entries = {}
        self.changed = False
        #: name -> the values remembered in this run (:func:`remembered`), and those of earlier runs
        self.tables: dict[str, dict[Any, Any]] = {}
        self.carried: dict[str, dict[Any, Any]] = {}
        loaded = regex_cache.read_marshal(path)
        if isinstance(loaded, dict):
            self.entries = loaded

    def get(self, name: str, digest: bytes) -> tuple[bool, Any]:
        entry = self.entries.get(name)
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == digest:
            return True, entry[1]
        return False, None

    def put(self, name: str, digest: bytes, value: Any) -> None:
        try:
            marshal.dumps(value)
        except ValueError:  # not plain data: derive it every run rather than fail
            return
        self.entries[name] = (digest, value)
        self.changed = True

    def table(self, name: str, digest: bytes) -> dict[Any, Any]:
        """The table of values an earlier run remembered under ``name`` for ``digest`` (a new one when
        the code changed), kept in this run's entries; at most :data:`MAX_REMEMBERED` keys are carried
        over, those of this run first."""
        found = self.tables.get(name)
        if found is None:
            ok, old = self.get(name, digest)
            found = self.tables[name] = {}
            self.carried[name] = old if ok and isinstance(old, dict) else {}
            self.entries[name] = (digest, found)
        return found

    def stamps(self) -> dict[str, tuple[tuple[int, ...], bytes]]:
        """Path -> (stamp, digest) of the files hashed by this run or an earlier one (:func:`_file_digest`)."""
        entry = self.entries.get(_STAMPS)
        if not (isinstance(entry, tuple) and len(entry) == 2 and entry[0] == b"stamps1" and isinstance(entry[1], dict)):
            entry = self.entries[_STAMPS] = (b"stamps1", {})
        return entry[1]

    def save(self) -> None:
        for name, carried in self.carried.items():
            table = self.tables[name]
            for key, value in carried.items():
                if len(table) >= MAX_REMEMBERED:
                    break
                table.setdefault(key, value)
        if self.changed:
            regex_cache.write_marshal(self.path, self.entries)


_installed: _Cache | None = None


def cache_file() -> Path:
    """The data file beside the regex cache's, named after the interpreter (marshal's format)."""
    version = "".join(map(str, sys.version_info[:3]))
    return regex_cache.cache_file().with_name(f"data-{sys.implementation.name}-{version}.marshal")


def install(path: Path | None = None, *, save_at_exit: bool = True) -> bool:
    """Serve derived data from the cache file (``path``, default :func:`cache_file`); ``False`` when
    the switch is off (``WSISKG_REGEX_CACHE=0``)."""
    global _installed
    if _installed is not None:
        return True
    if not regex_cache.switched_on():
        return False
    _installed = _Cache(path or cache_file())
    if save_at_exit:
        atexit.register(_installed.save)
    return True


def installed() -> _Cache | None:
    return _installed


def uninstall() -> None:
    """Derive as usual again (the file is not written)."""
    global _installed
    if _installed is not None:
        atexit.unregister(_installed.save)
        _installed = None


@cache
def _module_source(module: str) -> bytes:
    """The digest of the module's source and, for a library, its version (``rdflib`` parses the Turtle files)."""
    spec = importlib.util.find_spec(module)
    origin = spec.origin if spec is not None else None
    source = _file_digest(Path(origin)) if origin and origin.endswith(".py") else module.encode()
    version = getattr(importlib.import_module(module), "__version__", "")
    return source + b"\0version\0" + str(version).encode()


def _hashed(node: Traversable) -> bytes:
    return hashlib.blake2b(node.read_bytes(), digest_size=16).digest()


def _file_digest(node: Traversable) -> bytes:
    """The digest of the file's bytes. A file on disk is read only when its stamp (size, inode, device,
    modification and change times) is not the one an earlier run of the command line hashed it with:
    the ~60 files a run keys are not read and hashed every run. An edit changes the change time (which
    no tool sets back); a file changed within :data:`SETTLED_NS` before it is hashed is not remembered."""
    cache = _installed
    if cache is None or not isinstance(node, Path):
        return _hashed(node)
    try:
        st = node.stat()
    except OSError:
        return _hashed(node)  # the reader's own error
    stamp = (st.st_size, st.st_ino, st.st_dev, st.st_mtime_ns, st.st_ctime_ns)
    stamps, key = cache.stamps(), str(node)
    known = stamps.get(key)
    if isinstance(known, tuple) and len(known) == 2 and known[0] == stamp:
        return known[1]
    digest = _hashed(node)
    if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > SETTLED_NS:
        stamps[key] = (stamp, digest)
        cache.changed = True
    return digest


def _digest(name: str, files: Iterable[Traversable], code: Iterable[str]) -> bytes:
    h = hashlib.blake2b(name.encode(), digest_size=16)
    for node in files:
        h.update(b"\0file\0" + node.name.encode() + b"\0")
        h.update(_file_digest(node))
    for module in code:
        h.update(b"\0code\0" + module.encode() + b"\0")
        h.update(_module_source(module))
    return h.digest()


def derived(name: str, build: Callable[[], T], *, files: Iterable[Traversable], code: Iterable[str]) -> T:
    """``build()``, or the value it gave an earlier run of the command line for the same ``files``
    and the same source of the modules named in ``code`` (the builder's, and any it relies on: a
    library is named with its version). The value must be plain data (:mod:`marshal`); anything else
    is derived every run."""
    cache = _installed
    if cache is None:
        return build()
    digest = _digest(name, files, code)
    found, value = cache.get(name, digest)
    if found:
        return value  # type: ignore[no-any-return]
    value = build()
    cache.put(name, digest, value)
    return value


def kept_file(
    name: str, build: Callable[[], bytes], *, files: Iterable[Traversable], code: Iterable[str]
) -> Path | None:
    """A file in the cache folder holding ``build()``, the bytes it gave this or an earlier run of the
    command line for the same ``files`` and source of the modules in ``code`` (as :func:`derived`), for
    data too large to load into every run with the rest (a new store's reference data, read only by
    the run that writes it). ``None`` when the cache is not installed or the file cannot be written;
    the file an earlier key of ``name`` left is removed when it is written anew."""
    cache = _installed
    if cache is None:
        return None
    stem = "kept-" + hashlib.blake2b(name.encode(), digest_size=6).hexdigest()
    path = cache.path.with_name(f"{stem}-{_digest(name, files, code).hex()}")
    if path.is_file():
        return path
    if not regex_cache.write_whole(path, build()):
        return None
    for old in path.parent.glob(f"{stem}-*"):
        if old != path and not old.name.endswith(".part"):
            with contextlib.suppress(OSError):
                old.unlink()
    return path


def remembered(name: str, key: Any, build: Callable[[], T], *, code: Iterable[str]) -> T:
    """``build()``, or the value it gave an earlier run of the command line for the same ``key`` (plain
    data: a tuple of strings, say) and the same source of the modules named in ``code``: for values
    derived from the code alone, asked for with many inputs (``text.alternation``'s prefix trees)."""
    cache = _installed
    if cache is None:
        return build()
    table = cache.table(name, _code_digest(name, tuple(code)))
    if key in table:
        return table[key]  # type: ignore[no-any-return]
    carried = cache.carried[name]
    if key in carried:
        value = table[key] = carried[key]
        return value  # type: ignore[no-any-return]
    value = build()
    entry: Any = (key, value)
    try:
        marshal.dumps(entry)
    except ValueError:  # not plain data: built every run
        return value
    table[key] = value
    cache.changed = True
    return value


@cache
def _code_digest(name: str, code: tuple[str, ...]) -> bytes:
    return _digest(name, (), code)

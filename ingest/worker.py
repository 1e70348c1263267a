"""Start-up of an ingest worker process (``wsiskg ingest --jobs N``).

A spawned worker does not run the console script (:mod:`wsiskg.launch`), so the parent's caches
(compiled patterns, :mod:`wsiskg.core.regex_cache`; derived data, :mod:`wsiskg.core.data_cache`) are
installed here, before the pipeline's modules are imported: this module imports none of them at its
top, and the pool unpickles :func:`start` before the first report brings the pipeline in. Workers
only read the caches: a worker ends without running ``atexit``, so the parent process alone writes
them.
"""

from __future__ import annotations

import gc
from pathlib import Path

from ..core import data_cache, regex_cache


def start(cache: str | None, data: str | None = None) -> None:
    """Worker initializer: serve compiled patterns from ``cache`` and derived data from ``data`` (the
    parent's cache files, if it has them), then compile the shapes once, before the first report, and
    leave what start-up made out of the collector's full passes (``gc.freeze``, as the console
    script does: :mod:`wsiskg.launch`, the collector paused until then)."""
    gc.disable()
    try:
        if cache is not None:
            regex_cache.install(Path(cache), save_at_exit=False)
        if data is not None:
            data_cache.install(Path(data), save_at_exit=False)
        from .validate import compiled_shapes, ontology_axioms

        compiled_shapes()
        ontology_axioms()
        gc.freeze()
    finally:
        gc.enable()


def parent_cache() -> str | None:
    """The cache file this process's patterns come from, for its workers (``None``: no cache); the
    cache then ages no entry when it writes the file (the workers' patterns are not in its use)."""
    cache = regex_cache.installed()
    if cache is None:
        return None
    cache.lent = True
    return str(cache.path)


def parent_caches() -> tuple[str | None, str | None]:
    """:func:`start`'s arguments: the files this process's patterns and derived data come from."""
    data = data_cache.installed()
    return parent_cache(), str(data.path) if data is not None else None

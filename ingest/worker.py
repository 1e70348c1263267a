"""Start-up of an ingest worker process (``wsiskg ingest --jobs N``).

A spawned worker does not run the console script (:mod:`wsiskg.launch`), so the parent's regex cache
(:mod:`wsiskg.core.regex_cache`) is installed here, before the pipeline's modules are imported: this
module imports none of them at its top, and the pool unpickles :func:`start` before the first report
brings the pipeline in. Workers only read the cache: a worker ends without running ``atexit``, so
the parent process alone writes it.
"""

from __future__ import annotations

from pathlib import Path

from ..core import regex_cache


def start(cache: str | None) -> None:
    """Worker initializer: serve compiled patterns from ``cache`` (the parent's cache file, if it has
    one), then compile the shapes once, before the first report."""
    if cache is not None:
        regex_cache.install(Path(cache), save_at_exit=False)
    from .validate import compiled_shapes, ontology_axioms

    compiled_shapes()
    ontology_axioms()


def parent_cache() -> str | None:
    """The cache file this process's patterns come from, for its workers (``None``: no cache)."""
    cache = regex_cache.installed()
    return str(cache.path) if cache is not None else None

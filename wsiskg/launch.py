"""The ``wsiskg`` console script: the command line with its compiled patterns kept between runs.

The regex cache (:mod:`wsiskg.core.regex_cache`) is installed before the command line's modules are
imported, so that the patterns they compile at import are served from it too; so is the cache of
data derived from the package's files (:mod:`wsiskg.core.data_cache`), under the same switch. ``python -m
wsiskg.cli`` and the library compile as usual.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

#: the commands that run the ingest pipeline: its modules are imported before the heap is frozen
_PIPELINE_COMMANDS = ("ingest", "validate")


def _freeze_heap() -> None:
    """Leave what start-up made (modules, the caches' patterns and data, the pipeline's shapes and
    word lists: some hundreds of thousands of objects, all kept to the end) out of the cyclic
    collector's full passes (``gc.freeze``): each of the few dozen collections a report triggers
    would walk them all again, about 0.05 s of CPU for the sample, and never free one. The
    report's own objects are collected as usual."""
    if sys.argv[1:2] and sys.argv[1] in _PIPELINE_COMMANDS:
        from .ingest import pipeline  # noqa: F401 - the command imports it first thing anyway
    gc.freeze()


def main() -> None:
    # start-up's objects (the caches read, the modules imported) are all kept to the end: the cyclic
    # collector is paused until they are frozen (it made two full passes over them, about 0.04 s of CPU)
    gc.disable()
    try:
        cli_main = _start()
    finally:
        gc.enable()
    cli_main()


def _start() -> Callable[[], object]:
    """Install the caches, import the command line and freeze the heap; the command line's entry point."""
    from .core import data_cache
    from .core.errors import InputError
    from .core.regex_cache import enabled, install

    try:
        enabled()
    except InputError as exc:  # the one line and exit 2 of every other mistake (see wsiskg.cli)
        sys.stderr.write(f"wsiskg: error: {exc}\n")
        sys.exit(2)
    install()
    data_cache.install()
    try:
        from .cli import main as cli_main

        _freeze_heap()
    except KeyboardInterrupt:  # Ctrl-C while the command line is being imported: no traceback
        sys.stderr.write("wsiskg: interrupted\n")
        sys.exit(130)
    return cli_main


if __name__ == "__main__":
    main()

"""CSV data files of the extractor: its word lists (``ingest/data/*.csv``) and the gazetteers
(``ontology/gazetteers/*.csv``), read by the one loader (:func:`wsiskg.core.resources.csv_rows`).

Every row is a dict of header -> value, keys and values stripped, empty cells ``""``.
Callers cache what they build from the rows (``functools.cache``), not the rows themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from wsiskg.core.data_cache import derived
from wsiskg.core.resources import csv_rows, gazetteer_rows, resource

T = TypeVar("T")

__all__ = ["csv_rows", "data_rows", "derived_from_data", "gazetteer_rows"]


def data_rows(name: str) -> list[dict[str, str]]:
    """Rows of ``ingest/data/<name>``."""
    return csv_rows("ingest", "data", name)


def derived_from_data(name: str, build: Callable[[], T], *, code: str) -> T:
    """``build()``: a plain value (dicts, tuples, strings, numbers) that the module ``code`` derives from
    the rows of ``ingest/data/<name>`` alone, such as a labeller's weights. The command line keeps it
    between runs (:func:`wsiskg.core.data_cache.derived`, keyed by the file and by the source of
    ``code`` and of the CSV loader), so a run neither parses the file nor builds the value again;
    the library and the tests build it as usual."""
    return derived(
        f"data:{name}", build, files=[resource("ingest", "data", name)], code=[code, "wsiskg.core.resources"]
    )

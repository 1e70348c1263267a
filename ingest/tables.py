"""CSV data files of the extractor: its word lists (``ingest/data/*.csv``) and the gazetteers
(``ontology/gazetteers/*.csv``), read by the one loader (:func:`wsiskg.core.resources.csv_rows`).

Every row is a dict of header -> value, keys and values stripped, empty cells ``""``.
Callers cache what they build from the rows (``functools.cache``), not the rows themselves.
"""

from __future__ import annotations

from wsiskg.core.resources import csv_rows, gazetteer_rows

__all__ = ["csv_rows", "data_rows", "gazetteer_rows"]


def data_rows(name: str) -> list[dict[str, str]]:
    """Rows of ``ingest/data/<name>``."""
    return csv_rows("ingest", "data", name)

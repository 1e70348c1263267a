"""CSV data files: the one loader for the extractor's word lists (``ingest/data/*.csv``) and
the gazetteers (``ontology/gazetteers/*.csv``).

Every row is a dict of header -> value, keys and values stripped, empty cells ``""``.
Callers cache what they build from the rows (``functools.cache``), not the rows themselves.
"""

from __future__ import annotations

import csv
import io

from wsiskg.core.resources import read_text


def csv_rows(area: str, *parts: str) -> list[dict[str, str]]:
    """Rows of the CSV file ``area/parts...`` (a header line, then rows)."""
    text = read_text(area, *parts)
    return [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def data_rows(name: str) -> list[dict[str, str]]:
    """Rows of ``ingest/data/<name>``."""
    return csv_rows("ingest", "data", name)


def gazetteer_rows(name: str) -> list[dict[str, str]]:
    """Rows of ``ontology/gazetteers/<name>``."""
    return csv_rows("ontology", "gazetteers", name)

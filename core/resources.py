"""The one place that finds packaged data files (ontology, shapes, queries, gazetteers).

Works from a checkout (editable install) and from an installed wheel alike,
through :mod:`importlib.resources`.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from .data_cache import derived

_PACKAGES = {
    "ontology": "wsiskg.ontology",
    "queries": "wsiskg.queries",
    "ingest": "wsiskg.ingest",
    "server": "wsiskg.server",
}


def resource(area: str, *parts: str) -> Traversable:
    """Return the packaged file ``parts`` under ``area`` (ontology, queries, ingest, server)."""
    node = _root(area)
    for part in parts:
        node = node.joinpath(part)
    return node


@cache
def _root(area: str) -> Traversable:
    """The package folder of ``area``, found once: ``importlib.resources.files`` costs about as much as
    reading a small word list, and an ingest asks for some 60 files (each read to key its cached rows)."""
    return resources.files(_PACKAGES[area])


def read_text(area: str, *parts: str) -> str:
    return resource(area, *parts).read_text(encoding="utf-8")


def listdir(area: str, *parts: str) -> list[Traversable]:
    return sorted(resource(area, *parts).iterdir(), key=lambda t: t.name)


def csv_rows(area: str, *parts: str) -> list[dict[str, str]]:
    """Rows of the packaged CSV file ``area/parts...`` (a header line, then rows): the one CSV loader
    of the word lists (``ingest/data``) and gazetteers. Keys and values stripped, empty cells ``""``.
    Each file is parsed once (a word list is read by several readers); each call gets rows of its
    own, which callers may change; callers cache what they build from them."""
    return [row.copy() for row in _row_dicts(_parsed(area, *parts))]


#: id of a file's parsed rows -> (those rows, their dicts): copying a dict is several times faster
#: than building it from pairs, and a word list is read by several readers (the rows are kept so
#: that an id is not reused while its entry stands; clearing ``_parsed`` gives rows of a new id)
_DICTS: dict[int, tuple[tuple[tuple[tuple[str, str], ...], ...], tuple[dict[str, str], ...]]] = {}


def _row_dicts(rows: tuple[tuple[tuple[str, str], ...], ...]) -> tuple[dict[str, str], ...]:
    entry = _DICTS.get(id(rows))
    if entry is None or entry[0] is not rows:
        entry = _DICTS[id(rows)] = (rows, tuple(dict(row) for row in rows))
    return entry[1]


@cache
def _parsed(area: str, *parts: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """The file's rows, kept between runs of the command line (:mod:`wsiskg.core.data_cache`)."""
    return derived(
        f"csv:{area}/{'/'.join(parts)}", lambda: _parse_csv(read_text(area, *parts)),
        files=[resource(area, *parts)], code=[__name__],
    )  # fmt: skip


def _parse_csv(text: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    rows = csv.DictReader(io.StringIO(text))
    return tuple(tuple(((k or "").strip(), (v or "").strip()) for k, v in row.items()) for row in rows)


def gazetteer_rows(name: str) -> list[dict[str, str]]:
    """Rows of ``ontology/gazetteers/<name>``."""
    return csv_rows("ontology", "gazetteers", name)

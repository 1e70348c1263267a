"""The one place that finds packaged data files (ontology, shapes, queries, gazetteers).

Works from a checkout (editable install) and from an installed wheel alike,
through :mod:`importlib.resources`.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

_PACKAGES = {
    "ontology": "wsiskg.ontology",
    "queries": "wsiskg.queries",
    "ingest": "wsiskg.ingest",
    "server": "wsiskg.server",
}


def resource(area: str, *parts: str) -> Traversable:
    """Return the packaged file ``parts`` under ``area`` (ontology, queries, ingest, server)."""
    node = resources.files(_PACKAGES[area])
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(area: str, *parts: str) -> str:
    return resource(area, *parts).read_text(encoding="utf-8")


def listdir(area: str, *parts: str) -> list[Traversable]:
    return sorted(resource(area, *parts).iterdir(), key=lambda t: t.name)

"""Named SPARQL queries: one ``queries/NAME.rq`` file each, with a header of comments.

Header lines (before the first non-comment line)::

    # title: People and their posts
    # description: one row per post held ...
    # columns: person, name, honorific, role, organization, country
    # params: report (iri) - restrict to one report graph

Parameters are bound through pyoxigraph substitutions (see ``Store.query``),
never by pasting text into the query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wsiskg.core.errors import UnknownQueryError
from wsiskg.core.resources import listdir, resource

_HEADER = re.compile(r"^#\s*(title|description|columns|params)\s*:\s*(.*)$", re.I)


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # "iri", "string", "integer", "date"
    doc: str = ""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    columns: tuple[str, ...]
    params: tuple[Param, ...]
    text: str


def _parse(name: str, text: str) -> NamedQuery:
    meta: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if m:
            key = m.group(1).lower()
            meta[key] = (meta.get(key, "") + " " + m.group(2)).strip()
    params = []
    for chunk in filter(None, (p.strip() for p in meta.get("params", "").split(";"))):
        m = re.match(r"(\w+)\s*(?:\((\w+)\))?\s*(?:-\s*(.*))?$", chunk)
        if m:
            params.append(Param(m.group(1), (m.group(2) or "string").lower(), (m.group(3) or "").strip()))
    columns = tuple(c.strip() for c in meta.get("columns", "").split(",") if c.strip())
    return NamedQuery(name, meta.get("title", name), meta.get("description", ""), columns, tuple(params), text)


def list_queries() -> list[NamedQuery]:
    """Every named query, sorted by name."""
    return [_parse(t.name[:-3], t.read_text(encoding="utf-8")) for t in listdir("queries") if t.name.endswith(".rq")]


def get_query(name: str) -> NamedQuery:
    """The named query ``name`` (without ``.rq``); raises :class:`UnknownQueryError`."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", name or ""):
        node = resource("queries", f"{name}.rq")
        if node.is_file():
            return _parse(name, node.read_text(encoding="utf-8"))
    available = ", ".join(q.name for q in list_queries())
    raise UnknownQueryError(f"unknown query '{name}'; available: {available}")

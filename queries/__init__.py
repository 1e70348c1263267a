"""Named SPARQL queries: one ``queries/NAME.rq`` file each, with a header of comments.

Header lines (before the first non-comment line)::

    # title: People and their posts
    # description: one row per post held ...
    # columns: person, name, honorific, role, organization, country
    # params: addressee (iri) ?addresseeIri - whom the request is addressed to; before (date) - ...
    # internal: used by the linked-data pages

A parameter is ``NAME (TYPE)`` or, for an IRI of one kind, ``NAME (iri CLASS)`` (a class of
the wsis: ontology, e.g. ``meeting (iri Meeting)``: a label then only names a meeting),
optionally followed by the query variable it binds (default ``?NAME``) and ``- documentation``;
parameters are separated by ``;``. Types: ``iri``, ``string``, ``integer``, ``date``. Values
are bound by :mod:`wsiskg.core.params` (the one binder, used by the CLI and by HTTP), never
pasted into the query as text.

A query with an ``internal`` line is a building block of the server or of the network analysis:
it is listed by ``list-queries --all`` and runs like any other, but the SPARQL page's picker, the
``/queries`` page and ``list-queries`` leave it out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wsiskg.core.errors import UnknownQueryError
from wsiskg.core.resources import listdir, resource

_HEADER = re.compile(r"^#\s*(title|description|columns|params|internal)\s*:\s*(.*)$", re.I)
_PARAM = re.compile(r"(\w+)\s*(?:\((\w+)(?:\s+(\w+))?\))?\s*(?:\?(\w+))?\s*(?:-\s*(.*))?$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # "iri", "string", "integer", "date"
    doc: str = ""
    #: the query variable the value is bound to (default: the name)
    var: str = ""
    #: for an ``iri`` parameter, the class (local name in the wsis: ontology) a label must name an instance of
    cls: str = ""

    @property
    def variable(self) -> str:
        return self.var or self.name


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    columns: tuple[str, ...]
    params: tuple[Param, ...]
    text: str
    #: a building block of the server or the analysis, not offered to users by default
    internal: bool = False


def parse(name: str, text: str) -> NamedQuery:
    """A query and its header (a named query, or a user's ``.rq`` file with the same header)."""
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
        m = _PARAM.match(chunk)
        if m:
            doc = (m.group(5) or "").strip()
            kind = (m.group(2) or "string").lower()
            params.append(Param(m.group(1), kind, doc, m.group(4) or "", m.group(3) or ""))
    columns = tuple(c.strip() for c in meta.get("columns", "").split(",") if c.strip())
    return NamedQuery(
        name,
        meta.get("title", name),
        meta.get("description", ""),
        columns,
        tuple(params),
        text,
        internal="internal" in meta,
    )


def list_queries(internal: bool = True) -> list[NamedQuery]:
    """Every named query, sorted by name (without the internal ones when ``internal`` is false)."""
    every = [parse(t.name[:-3], t.read_text(encoding="utf-8")) for t in listdir("queries") if t.name.endswith(".rq")]
    return [q for q in every if internal or not q.internal]


def get_query(name: str) -> NamedQuery:
    """The named query ``name`` (without ``.rq``); raises :class:`UnknownQueryError`."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", name or ""):
        node = resource("queries", f"{name}.rq")
        if node.is_file():
            return parse(name, node.read_text(encoding="utf-8"))
    available = ", ".join(q.name for q in list_queries(internal=False))
    raise UnknownQueryError(f"unknown query '{name}'; available: {available}")

"""The one binder of named-query parameters, used by the CLI (``--param NAME=VALUE``) and by HTTP
(``/queries/NAME?NAME=VALUE``): the same types, the same checks, the same messages.

A query declares its parameters in its header (see :mod:`wsiskg.queries`)::

    # params: addressee (iri) ?addresseeIri - whom the request is addressed to; before (date) - ...

Types: ``iri``, ``string``, ``integer``, ``date``. An ``iri`` parameter takes an absolute IRI or a
label (name, preferred or alternative label, acronym, code) or the last segment of an IRI
(``ana-lindqvist``) that names exactly one entity; one that names none or several is refused
with the candidates listed.

Binding: every value becomes an RDF term checked by pyoxigraph (a valid IRI, an escaped literal of
the declared datatype) and the terms are given to the query as one ``VALUES`` row at the start of
its top-level ``WHERE`` group, so every pattern and ``FILTER`` of the query sees them and a
parameter that is not given is simply unbound (``!BOUND(?x) || ...`` filters then let all rows
through). Terms are written with pyoxigraph's own serialiser: a value can never change the query's
structure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

import pyoxigraph as ox

from wsiskg.queries import NamedQuery, Param, get_query

from .errors import InputError, QueryError
from .iris import is_iri
from .query_scan import keywords, unescape, where_brace
from .store import Store
from .vocab import WSIS_NS

XSD = "http://www.w3.org/2001/XMLSchema#"
TYPES = ("iri", "string", "integer", "date")
#: how many candidates an ambiguous or unknown label lists
CANDIDATES = 8

Term = ox.NamedNode | ox.Literal
#: (label, class IRI or None) -> [(entity IRI, label)] of the entities (of that class) whose label contains it
Resolver = Callable[[str, str | None], list[tuple[str, str]]]


def split_assignments(items: Iterable[str]) -> list[tuple[str, str]]:
    """``NAME=VALUE`` strings (the CLI's ``--param``) -> (name, value) pairs."""
    pairs = []
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InputError(f"bad parameter '{item}': expected NAME=VALUE")
        pairs.append((name.strip(), value))
    return pairs


def _article(kind: str) -> str:
    return "an" if kind[0] in "aeiou" else "a"


def term(param: Param, value: str, resolve: Resolver | None = None) -> Term:
    """``value`` as an RDF term of ``param``'s type; :class:`InputError` naming the problem and the fix."""
    if param.type not in TYPES:
        raise QueryError(f"parameter '{param.name}' is declared with an unknown type '{param.type}'; types: {TYPES}")
    value = value.strip()
    if not value:
        raise InputError(f"parameter '{param.name}' is empty; give {_article(param.type)} {param.type}")
    if param.type == "iri":
        return _iri(param, value, resolve)
    if param.type == "integer":
        try:
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
        except ValueError:
            raise InputError(f"parameter '{param.name}' must be an integer, got '{value}'") from None
    if param.type == "date":
        try:
            return ox.Literal(dt.date.fromisoformat(value).isoformat(), datatype=ox.NamedNode(XSD + "date"))
        except ValueError:
            raise InputError(f"parameter '{param.name}' must be a date YYYY-MM-DD, got '{value}'") from None
    return ox.Literal(value)


def _iri(param: Param, value: str, resolve: Resolver | None) -> ox.NamedNode:
    if is_iri(value):
        return ox.NamedNode(value)
    if resolve is None:
        raise InputError(f"parameter '{param.name}' must be an IRI, got '{value}'")
    cls = WSIS_NS + param.cls if param.cls else None
    found = resolve(value, cls)
    exact = sorted({iri for iri, label in found if label.casefold() == value.casefold() or iri.endswith("/" + value)})
    if len(exact) == 1:
        return ox.NamedNode(exact[0])
    shown = exact or sorted({iri for iri, _ in found})
    labels = {iri: label for iri, label in sorted(found, key=lambda f: len(f[1]))}
    listing = "; ".join(f"{labels[i]} <{i}>" for i in shown[:CANDIDATES])
    more = f" (and {len(shown) - CANDIDATES} more)" if len(shown) > CANDIDATES else ""
    if len(exact) > 1:
        raise InputError(
            f"parameter '{param.name}': '{value}' names {len(exact)} entities: {listing}{more}; give an IRI"
        )
    if shown:
        raise InputError(
            f"parameter '{param.name}': no entity is labelled '{value}'; did you mean: {listing}{more}? "
            "give the full label or an IRI"
        )
    if cls:  # nothing of that kind is labelled so: list what there is of that kind
        every = {iri: label for iri, label in resolve("", cls)}
        if every:
            names = "; ".join(f"{every[i]} <{i}>" for i in sorted(every)[:CANDIDATES])
            more = f" (and {len(every) - CANDIDATES} more)" if len(every) > CANDIDATES else ""
            raise InputError(
                f"parameter '{param.name}': no {param.cls} is labelled '{value}'; "
                f"the {param.cls}s: {names}{more}; give one of these labels or an IRI"
            )
    raise InputError(f"parameter '{param.name}': no entity is labelled '{value}'; give an IRI or an existing label")


def bind(
    declared: Sequence[Param], given: Iterable[tuple[str, str]], resolve: Resolver | None = None
) -> dict[str, Term]:
    """(name, value) pairs -> {variable: term}, checked against the declared parameters."""
    by_name = {p.name: p for p in declared}
    out: dict[str, Term] = {}
    seen: set[str] = set()
    for name, value in given:
        param = by_name.get(name)
        if param is None:
            known = ", ".join(f"{p.name} ({p.type})" for p in declared) or "none"
            raise InputError(f"unknown parameter '{name}'; this query takes: {known}")
        if name in seen:
            raise InputError(f"parameter '{name}' is given more than once; give it once")
        seen.add(name)
        if value.strip():  # an empty value (an empty form field) means: not given
            out[param.variable] = term(param, value, resolve)
    return out


def apply(text: str, bindings: dict[str, Term]) -> str:
    """``text`` with ``bindings`` as a ``VALUES`` row at the start of its top-level WHERE group."""
    if not bindings:
        return text
    text = unescape(text)
    position = where_brace(text)
    if position is None:
        raise QueryError("the query has no WHERE group to bind its parameters in")
    names = sorted(bindings)
    row = " ".join(str(bindings[n]) for n in names)
    values = " VALUES (" + " ".join(f"?{n}" for n in names) + f") {{ ({row}) }}\n"
    return text[: position + 1] + values + text[position + 1 :]


def store_resolver(select: Callable[..., tuple[list[str], list[dict[str, object]]]]) -> Resolver:
    """A label resolver over a store's ``select`` (the ``entity-labels`` named query)."""
    query = get_query("entity-labels")

    def resolve(label: str, cls: str | None) -> list[tuple[str, str]]:
        bindings: dict[str, Term] = {"search": ox.Literal(label)}
        if cls:
            bindings["class"] = ox.NamedNode(cls)
        text = apply(query.text, bindings)
        _, rows = select(text)
        return [(str(r["entity"]), str(r["label"])) for r in rows]

    return resolve


def entity(name: str, value: str, store: Store, cls: str = "") -> str:
    """An option that names one entity (``--meeting``, ``?meeting=``): its IRI, from an IRI or a label
    (of an instance of the wsis: class ``cls`` when given)."""
    return term(Param(name, "iri", cls=cls), value, store_resolver(store.select)).value


def bind_query(
    query: NamedQuery,
    given: Iterable[tuple[str, str]],
    resolve: Resolver | None = None,
    limit: str | int | None = None,
    offset: str | int | None = None,
) -> str:
    """The text of ``query`` with ``given`` bound and the page asked for (what the CLI and HTTP run)."""
    return page(apply(query.text, bind(query.params, given, resolve)), limit, offset)


def _count(name: str, value: str | int | None, least: int) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        number = -1
    if number < least:
        kind = "a positive integer" if least else "a whole number (0 or more)"
        raise InputError(f"{name} must be {kind}, got '{value}'")
    return number


def page(text: str, limit: str | int | None = None, offset: str | int | None = None) -> str:
    """``text`` with ``LIMIT``/``OFFSET`` appended (a page of a named query's rows; the named queries
    order their rows, so pages do not overlap). A query that sets its own LIMIT or OFFSET is not paged."""
    rows, skip = _count("limit", limit, 1), _count("offset", offset, 0)
    if rows is None and skip is None:
        return text
    if any(t.text.upper() in ("LIMIT", "OFFSET") for t in keywords(text)):
        raise InputError("this query sets its own LIMIT/OFFSET; run it without limit and offset")
    return (
        text.rstrip()
        + "\n"
        + (f"LIMIT {rows}" if rows is not None else "")
        + (f" OFFSET {skip}" if skip else "")
        + "\n"
    )

"""Validate: check a graph against ``ontology/shapes.ttl`` with pySHACL.

One public function returning plain values (pySHACL's own habit): a
:class:`ValidationReport` whose violations name the node, the constraint and the
source paragraph the node came from.

Speed (the largest stage of ingest): pySHACL's entry point re-reads the shapes,
clones the data graph and copies the ontology's axioms into the clone on every
call. Here the shapes are compiled once per process (one ``ShapesGraph``, whose
shape objects pySHACL caches, and whose lookups are remembered) and the ontology's axioms are computed once, added
to the data graph for the run and removed afterwards (pySHACL runs *in place*),
so the graph pySHACL sees is the same as its own clone-and-inoculate would give; pySHACL's list of
constraint parameters answers ``in`` from a set (:class:`_HashedParameters`), and a compiled
shape's constraint components are built once, not once per focus node (:class:`_BuiltOnce`);
``tests/test_validate_equivalence.py`` checks that the results are identical to
``pyshacl.validate`` on every shapes fixture and on the sample report.
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from pyshacl import Validator
from pyshacl.graph_abstraction import DataGraph
from pyshacl.rdfutil.inoculate import inoculate
from pyshacl.shape import Shape
from pyshacl.shapes_graph import ShapesGraph
from rdflib import RDF, Graph
from rdflib.namespace import PROV, SH
from rdflib.paths import Path
from rdflib.plugins.stores.memory import Memory
from rdflib.term import Node

from wsiskg.core.data_cache import derived, installed
from wsiskg.core.reference import ontology_graph, plain_term, shapes_graph, triples_of_plain
from wsiskg.core.resources import resource
from wsiskg.core.vocab import WSIS

#: the options ingest has always validated with (no inference: the model writes explicit types)
OPTIONS: dict[str, Any] = {"inference": "none", "advanced": True, "allow_warnings": True}


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    constraint: str  # e.g. "sh:MinCountConstraintComponent"
    shape: str
    message: str
    severity: str
    source: str  # paragraph IRI the focus node comes from, "" when unknown
    source_text: str = ""

    def line(self) -> str:
        where = f" (from {self.source})" if self.source else ""
        path = f" {self.path}" if self.path else ""
        return f"{self.severity}: <{self.focus}>{path}: {self.constraint}: {self.message}{where}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    results_graph: Graph
    text: str


def _short(term: object) -> str:
    s = str(term)
    for prefix, ns in (("sh:", str(SH)),):
        if s.startswith(ns):
            return prefix + s[len(ns) :]
    return s


def _source(data: Graph, focus: Node | None) -> tuple[str, str]:
    for p in data.objects(focus, PROV.wasDerivedFrom):
        return str(p), str(data.value(p, WSIS.text) or "")
    for p in data.subjects(WSIS.mentions, focus):
        return str(p), str(data.value(p, WSIS.text) or "")
    if (focus, RDF.type, WSIS.Paragraph) in data:
        return str(focus), str(data.value(focus, WSIS.text) or "")
    return "", ""


# ------------------------------------------------------------------ compiled once per process
_LOCK = threading.Lock()


class _FrozenShapes(ShapesGraph):
    """A ``ShapesGraph`` whose lookups are remembered: the shapes never change once compiled, and
    pySHACL looks up a property shape's parameters again for every value node it checks."""

    def __init__(self, graph: Graph) -> None:
        super().__init__(graph)
        self._lookups: dict[tuple[str, Node | None, Node | None], tuple[Any, ...]] = {}
        #: (constraint component class, shape) -> the component pySHACL built for the shape
        self.constraints: dict[tuple[type, Any], Any] = {}
        #: shape -> its name for pySHACL's messages, the custom constraints that apply to it (:class:`_CompiledShape`)
        self.names: dict[Shape, str] = {}
        self.custom: dict[Shape, frozenset[Any]] = {}

    def _remember(self, kind: str, a: Node | None, b: Node | None, found: Any) -> Iterator[Any]:
        key = (kind, a, b)
        if key not in self._lookups:
            self._lookups[key] = tuple(found())
        return iter(self._lookups[key])

    def objects(self, s: Node, p: Node) -> Iterator[Any]:
        return self._remember("o", s, p, lambda: self.graph.objects(s, p))

    def predicate_objects(self, s: Node) -> Iterator[Any]:
        return self._remember("po", s, None, lambda: self.graph.predicate_objects(s))


#: the private names of the ``Memory`` store's three indexes, as ``Memory.triples`` reads them
_MEMORY_INDEXES = ("_Memory__spo", "_Memory__pos", "_Memory__osp")


class _OneGraphLookups(Graph):
    """The data graph as pySHACL reads it: the same store, the same triples in the same order, answered
    from the store's three indexes without rdflib's bookkeeping of contexts.

    rdflib's ``Memory`` store keeps, for every triple it yields, which graphs hold it: each lookup
    formats the asking graph's name into a key, and each triple found is tested against it and
    given a generator of its graphs, which ``Graph.triples`` throws away (about a sixth of a report's
    validation). A report graph is the store's one graph, so every indexed triple is the graph's: the
    lookups walk the same indexes in the same order as ``Memory.triples`` (pySHACL's focus nodes and
    results come in the same order). Any other store, a store holding several graphs, a path or the
    pattern of every triple is answered by ``Graph.triples``."""

    def __init__(self, data: Graph) -> None:
        super().__init__(store=data.store, identifier=data.identifier, namespace_manager=data.namespace_manager)

    @cached_property
    def _memory(self) -> tuple[set[Graph], tuple[dict[Any, Any], dict[Any, Any], dict[Any, Any]]] | None:
        """The ``Memory`` store's set of graphs and its three indexes (the same objects for the store's
        life), found once rather than at each of the some 5,000 lookups of a report's validation."""
        store = self.store
        if type(store) is not Memory:
            return None
        # rdflib's private indexes: a release that renames them gets rdflib's own lookups, not an error
        graphs = getattr(store, "_Memory__all_contexts", None)
        indexes = tuple(getattr(store, name, None) for name in _MEMORY_INDEXES)
        return None if graphs is None or None in indexes else (graphs, indexes)  # type: ignore[return-value]

    def _indexes(self) -> tuple[dict[Any, Any], dict[Any, Any], dict[Any, Any]] | None:
        memory = self._memory
        if memory is None:
            return None
        graphs, indexes = memory
        if len(graphs) != 1 or next(iter(graphs)).identifier != self.identifier:  # asked of the store as it is now
            return None
        return indexes

    def triples(self, triple: Any) -> Iterator[Any]:  # type: ignore[override]
        s, p, o = triple
        indexes = None if isinstance(p, Path) or triple == (None, None, None) else self._indexes()
        if indexes is None:
            yield from super().triples(triple)
        else:
            yield from _indexed(*indexes, s, p, o)


def _indexed(spo: dict[Any, Any], pos: dict[Any, Any], osp: dict[Any, Any], s: Any, p: Any, o: Any) -> Iterator[Any]:
    """The triples matching ``(s, p, o)`` (not all three unbound), walked as ``Memory.triples`` walks them."""
    if s is not None:
        by_p = spo.get(s, {})
        for p2 in [p] if p is not None else list(by_p):
            if p2 in by_p:
                for o2 in [o] if o is not None else list(by_p[p2]):
                    if o2 in by_p[p2]:
                        yield s, p2, o2
    elif p is not None:
        by_o = pos.get(p, {})
        for o2 in [o] if o is not None else list(by_o):
            if o2 in by_o:
                for s2 in list(by_o[o2]):
                    yield s2, p, o2
    else:
        by_s = osp.get(o, {})
        for s2 in list(by_s):
            for p2 in list(by_s[s2]):
                yield s2, p2, o


class _HashedParameters(list[Node]):
    """pySHACL's list of constraint parameters, with ``in`` answered by a set.

    For every shape it validates (a property shape once per value node), pySHACL keeps the shape's
    predicates that are constraint parameters by testing each against this list: a linear scan of
    rdflib terms compared in Python, about a fifth of a report's validation. The order is kept, and
    pySHACL copies and extends the list in advanced mode, so ``copy`` and ``append`` keep the set."""

    def __init__(self, items: Iterable[Node]) -> None:
        super().__init__(items)
        self._members = set(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members

    def copy(self) -> _ExtendedParameters:  # type: ignore[override]
        """What pySHACL extends (with ``sh:expression`` in advanced mode) for each shape it validates: a view
        of this list with room for more, not a copy of its terms and set (about a twentieth of a report's
        validation when copied)."""
        return _ExtendedParameters(self)

    def append(self, item: Node) -> None:
        super().append(item)
        self._members.add(item)


class _ExtendedParameters:
    """The constraint parameters of a :class:`_HashedParameters` plus those appended to this view:
    ``in``, ``append``, ``copy`` and iteration in order, all pySHACL asks of its copy."""

    __slots__ = ("_base", "_more")

    def __init__(self, base: _HashedParameters, more: Iterable[Node] = ()) -> None:
        self._base = base
        self._more = list(more)

    def __contains__(self, item: object) -> bool:
        return item in self._base or item in self._more

    def __iter__(self) -> Iterator[Node]:
        yield from self._base
        yield from self._more

    def append(self, item: Node) -> None:
        self._more.append(item)

    def copy(self) -> _ExtendedParameters:
        return _ExtendedParameters(self._base, self._more)


class _BuiltOnce:
    """A constraint component class as pySHACL's parameter map gives it, whose component for a shape
    of the compiled shapes is built once per process rather than once per value node checked.

    pySHACL builds a shape's components (reading its parameters and checking them) every time it
    validates the shape, a property shape once per focus node: about a third of a report's
    validation. A component keeps only what it read from the shape (its evaluation keeps nothing),
    and the compiled shapes never change. A shape of another shapes graph is built as pySHACL does."""

    def __init__(self, cls: type) -> None:
        self.cls = cls

    def __call__(self, shape: Any) -> Any:
        sg = shape.sg
        if not isinstance(sg, _FrozenShapes):
            return self.cls(shape)
        key = (self.cls, shape)
        if key not in sg.constraints:
            sg.constraints[key] = self.cls(shape)  # a ConstraintLoadWarning is raised again next time
        return sg.constraints[key]


def _built_once(parameter_map: dict[Node, type]) -> dict[Node, _BuiltOnce]:
    """``parameter_map`` with each class wrapped once (parameters of one class share the wrapper,
    which pySHACL compares to run each component once per shape)."""
    wrapped = {cls: _BuiltOnce(cls) for cls in dict.fromkeys(parameter_map.values())}
    return {parameter: wrapped[cls] for parameter, cls in parameter_map.items()}


def _hash_constraint_parameters() -> None:
    """Give pySHACL's shape module the hashed list, where it caches its own on first use, and the
    parameter map whose components are built once per shape."""
    try:
        import pyshacl.shape as shape_module
        from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
    except ImportError:  # pragma: no cover - a pySHACL laid out otherwise scans its own list
        return
    hashed = (_HashedParameters(ALL_CONSTRAINT_PARAMETERS), _built_once(CONSTRAINT_PARAMETERS_MAP))
    setattr(shape_module, "CONSTRAINT_PARAMS", hashed)  # noqa: B010 - as pySHACL sets it itself


class _CompiledShape(Shape):
    """A shape of the compiled shapes, whose name and custom constraints are found once (kept by its
    :class:`_FrozenShapes`: a shape has no room of its own).

    pySHACL formats a shape's name for its debug messages whether or not they are logged, twice each
    time it validates the shape (a property shape once per focus node: some 7,000 times a report), and
    looks for the shapes graph's custom constraints that apply to the shape as often. Both depend on
    the shape and the shapes graph alone, which never change once compiled."""

    __slots__ = ()

    def __str__(self) -> str:
        names: dict[Shape, str] = self.sg.names  # type: ignore[attr-defined]  # a _FrozenShapes
        found = names.get(self)
        if found is None:
            found = names[self] = super().__str__()  # type: ignore[no-untyped-call]
        return found

    def find_custom_constraints(self) -> set[Any]:
        custom: dict[Shape, frozenset[Any]] = self.sg.custom  # type: ignore[attr-defined]  # a _FrozenShapes
        found = custom.get(self)
        if found is None:
            found = custom[self] = frozenset(super().find_custom_constraints())  # type: ignore[no-untyped-call]
        return set(found)


@cache
def compiled_shapes() -> ShapesGraph:
    """The shapes as one pySHACL ``ShapesGraph``, built (and its shapes harvested) once per process; the
    command line keeps it between runs (:func:`_kept_compiled`)."""
    _hash_constraint_parameters()
    return _compile() if installed() is None else _kept_compiled()


def _compile() -> _FrozenShapes:
    sg = _FrozenShapes(shapes_graph())
    for shape in sg.shapes:  # harvest now, not during the first validation
        if type(shape) is Shape:
            shape.__class__ = _CompiledShape
    return sg


def _kept_compiled() -> _FrozenShapes:
    """:func:`_compile`'s shapes graph as it stands once compiled (nothing validated yet), pickled and kept
    in the data cache (:mod:`wsiskg.core.data_cache`: the bytes are its plain value), keyed by the
    shapes file and the source of this module, of the reference module and of the rdflib and pySHACL
    releases whose objects it holds. Unpickling it costs about a fifth of parsing the shapes' terms into
    a graph and building pySHACL's shapes from it; the run that fills the cache uses the unpickled copy
    too, so every run validates with the same object."""
    kept = derived(
        "shacl-compiled:shapes.ttl",
        lambda: pickle.dumps(_compile(), protocol=pickle.HIGHEST_PROTOCOL),
        files=[resource("ontology", "shapes.ttl")],
        code=[__name__, "wsiskg.core.reference", "rdflib", "pyshacl"],
    )
    try:
        sg = pickle.loads(kept)  # noqa: S301 - the user's own cache file, written by this function
    except Exception:  # noqa: BLE001  # pragma: no cover - a pickle this rdflib/pySHACL cannot load: compile
        return _compile()
    return sg if isinstance(sg, _FrozenShapes) else _compile()


def _plain_axioms() -> tuple[tuple[tuple[str, ...], ...], ...]:
    axioms = Graph()
    inoculate(axioms, ontology_graph())  # type: ignore[arg-type]  # an rdflib Graph is what it needs
    return tuple(tuple(plain_term(t) for t in triple) for triple in axioms)


@cache
def ontology_axioms() -> tuple[tuple[Node, Node, Node], ...]:
    """The triples pySHACL's ontology mix-in adds to a data graph (they depend on the ontology only),
    kept between runs of the command line (:mod:`wsiskg.core.data_cache`) with the pySHACL that made them."""
    plain = derived(
        "shacl-axioms:wsis.ttl",
        _plain_axioms,
        files=[resource("ontology", "wsis.ttl")],
        code=[__name__, "wsiskg.core.reference", "rdflib", "pyshacl"],
    )
    return triples_of_plain(plain)


def _run(data: Graph) -> tuple[bool, Graph, str]:
    """pySHACL on ``data`` plus the ontology's axioms, in place; ``data`` is left as it was."""
    added = [t for t in ontology_axioms() if t not in data]
    for t in added:
        data.add(t)
    try:
        lookups = DataGraph.from_rdflib(_OneGraphLookups(data))
        validator = Validator(lookups, shacl_graph=Graph(), options={**OPTIONS, "inplace": True})
        validator.shacl_graph = compiled_shapes()
        conforms, results, text = validator.run()  # type: ignore[no-untyped-call]
    finally:
        for t in added:
            data.remove(t)
    return bool(conforms), results, str(text)


def validate(data: Graph) -> ValidationReport:
    """Validate ``data`` (one report graph, or the reference graph) against the shapes."""
    with _LOCK:  # the compiled shapes are shared; the graph is changed for the run
        conforms, results, text = _run(data)
    violations = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        src, src_text = _source(data, focus)
        violations.append(
            Violation(
                focus=str(focus),
                path=str(results.value(r, SH.resultPath) or ""),
                constraint=_short(results.value(r, SH.sourceConstraintComponent)),
                shape=str(results.value(r, SH.sourceShape) or ""),
                message=str(results.value(r, SH.resultMessage) or ""),
                severity=_short(results.value(r, SH.resultSeverity) or SH.Violation).replace("sh:", ""),
                source=src,
                source_text=src_text,
            )
        )
    violations.sort(key=lambda v: (v.focus, v.path, v.constraint))
    return ValidationReport(conforms, tuple(violations), results, text)


__all__ = ["Violation", "ValidationReport", "compiled_shapes", "ontology_axioms", "validate"]

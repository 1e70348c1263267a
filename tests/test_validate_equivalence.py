"""The fast validator (shapes compiled once, ontology axioms added in place) gives exactly
pySHACL's own results: same conformance, same results, and leaves the data graph as it was."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, BNode, Graph
from rdflib.compare import to_isomorphic
from rdflib.namespace import SH

from wsiskg.core.config import Config
from wsiskg.core.reference import ontology_graph, shapes_graph
from wsiskg.core.vocab import WSIS
from wsiskg.ingest.pipeline import prepare
from wsiskg.ingest.validate import OPTIONS, ValidationReport, validate

DATA = Path(__file__).parent / "data" / "shapes"
FIXTURES = sorted((DATA / "violates").glob("*.ttl")) + sorted((DATA / "conforms").glob("*.ttl"))
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "cwg-wsis-sdg-38-report.txt"


def _key(results: Graph, r) -> tuple[str, ...]:
    def s(p) -> str:
        v = results.value(r, p)
        if isinstance(v, BNode):  # a property shape or a path: compare by what it is, not by its id
            return "_:" + ",".join(sorted(f"{p2}={o}" for p2, o in results.predicate_objects(v)))
        return str(v) if v is not None else ""

    preds = (
        SH.focusNode,
        SH.resultPath,
        SH.sourceConstraintComponent,
        SH.resultMessage,
        SH.resultSeverity,
        SH.value,
    )
    return tuple(s(p) for p in preds) + (str(type(results.value(r, SH.sourceShape)).__name__),)


def _results(results: Graph) -> list[tuple[str, ...]]:
    return sorted(_key(results, r) for r in results.subjects(RDF.type, SH.ValidationResult))


def _full(data: Graph) -> tuple[bool, list[tuple[str, ...]]]:
    conforms, results, _text = pyshacl.validate(data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), **OPTIONS)
    return bool(conforms), _results(results)


def _check(data: Graph) -> int:
    before = to_isomorphic(data)
    expected = _full(data)
    fast = validate(data)
    assert (fast.conforms, _results(fast.results_graph)) == expected
    assert to_isomorphic(data) == before, "validate must leave the data graph as it was"
    return len(expected[1])


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_same_results_as_pyshacl_on_the_shapes_fixtures(path):
    _check(Graph().parse(path))


@pytest.fixture(scope="module")
def sample_graph() -> Graph:
    return prepare(SAMPLE, Config()).graph


def test_same_results_on_the_sample_report(sample_graph):
    _check(sample_graph)


def test_same_results_on_a_broken_sample_report(sample_graph):
    broken = Graph()
    for t in sample_graph:
        broken.add(t)
    broken.remove((None, WSIS.addressee, None))
    assert _check(broken) > 0
    assert not validate(broken).conforms


def test_pyshacl_finds_constraint_parameters_through_a_set_in_its_own_order() -> None:
    import pyshacl.shape
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS

    from wsiskg.ingest import validate as v

    v.compiled_shapes()
    hashed, _ = pyshacl.shape.CONSTRAINT_PARAMS  # type: ignore[attr-defined]
    assert isinstance(hashed, v._HashedParameters)
    assert list(hashed) == list(ALL_CONSTRAINT_PARAMETERS)
    extended = hashed.copy()  # what pySHACL does in advanced mode
    extended.append(SH.expression)
    assert SH.expression in extended and SH.expression not in hashed
    assert SH.minCount in extended and RDF.type not in extended


def test_pyshacl_builds_each_constraint_of_the_compiled_shapes_once(sample_graph) -> None:
    """A shape's constraint components are built on its first validation and served after, each
    class once per shape; a shapes graph of pySHACL's own builds them as pySHACL does."""
    from pyshacl.constraints import CONSTRAINT_PARAMETERS_MAP
    from pyshacl.constraints.core.cardinality_constraints import MinCountConstraintComponent
    from pyshacl.shapes_graph import ShapesGraph

    from wsiskg.ingest import validate as v

    shapes = v.compiled_shapes()
    validate(sample_graph)
    built = dict(shapes.constraints)
    assert built and all(type(c) is cls for (cls, _shape), c in built.items())
    validate(sample_graph)
    assert shapes.constraints == built  # the same objects, none built again
    wrapped = v._built_once(CONSTRAINT_PARAMETERS_MAP)
    wrapper = wrapped[SH.minCount]
    assert wrapper.cls is MinCountConstraintComponent
    assert wrapped[SH.qualifiedMinCount] is wrapped[SH.qualifiedValueShape]  # one class, one wrapper: run once
    foreign = ShapesGraph(shapes_graph())
    shape = next(s for s in foreign.shapes if s.is_property_shape and list(s.objects(SH.minCount)))
    assert wrapper(shape) is not wrapper(shape)  # not remembered outside the compiled shapes


def test_a_compiled_shape_finds_its_name_and_custom_constraints_once(sample_graph) -> None:
    """Every shape of the compiled shapes gives the name and custom constraints pySHACL's own shape
    gives (a node shape, a property shape, a shape without a name), and each is found once."""
    from pyshacl.shape import Shape
    from pyshacl.shapes_graph import ShapesGraph

    from wsiskg.ingest import validate as v

    shapes = v.compiled_shapes()
    foreign = {s.node: s for s in ShapesGraph(shapes_graph()).shapes}
    compiled = list(shapes.shapes)
    assert compiled and all(type(s) is v._CompiledShape for s in compiled)
    assert {s.is_property_shape for s in compiled} == {True, False}
    for shape in compiled:
        twin = foreign[shape.node] if not isinstance(shape.node, BNode) else None
        want = Shape.__str__(shape)
        assert str(shape) == want and (twin is None or str(twin) == want)
        assert shape.find_custom_constraints() == Shape.find_custom_constraints(shape)
    validate(sample_graph)
    names = dict(shapes.names)
    validate(sample_graph)
    assert shapes.names == names and all(shapes.names[s] is names[s] for s in names)  # not formatted again


def _patterns(graph: Graph) -> list[tuple]:
    """Every kind of pattern pySHACL asks (one, two or three terms given), from the graph's own triples
    and terms it does not hold."""
    triples = list(graph)[:60]
    absent = BNode()
    out: list[tuple] = []
    for s, p, o in triples:
        out += [(s, p, o), (s, p, None), (s, None, o), (s, None, None), (None, p, o), (None, p, None), (None, None, o)]
    out += [(absent, None, None), (None, absent, None), (None, None, absent), (triples[0][0], absent, None)]
    return out


def test_one_graph_lookups_give_the_stores_triples_in_its_order(sample_graph) -> None:
    """The report graph's lookups answered from the store's indexes give what ``Graph.triples`` gives,
    in the same order, for every kind of pattern; the pattern of every triple is rdflib's own."""
    from wsiskg.ingest import validate as v

    lookups = v._OneGraphLookups(sample_graph)
    assert lookups._indexes() is not None  # the fast path is the one taken
    for pattern in _patterns(sample_graph):
        assert list(lookups.triples(pattern)) == list(sample_graph.triples(pattern)), pattern
    assert sorted(lookups.triples((None, None, None))) == sorted(sample_graph)
    assert set(lookups.objects(None, RDF.type)) == set(sample_graph.objects(None, RDF.type))


def test_one_graph_lookups_leave_a_store_of_several_graphs_to_rdflib() -> None:
    """A store holding two graphs answers through ``Graph.triples`` (only the asking graph's triples)."""
    from rdflib import Dataset, URIRef

    from wsiskg.ingest import validate as v

    ds = Dataset()
    one, two = ds.graph(URIRef("urn:x:one")), ds.graph(URIRef("urn:x:two"))
    a, b, c = URIRef("urn:x:a"), URIRef("urn:x:b"), URIRef("urn:x:c")
    one.add((a, RDF.type, b))
    two.add((c, RDF.type, b))
    lookups = v._OneGraphLookups(one)
    assert lookups._indexes() is None
    assert list(lookups.subjects(RDF.type, b)) == [a]


def test_one_graph_lookups_fall_back_to_rdflib_without_the_stores_private_indexes(sample_graph, monkeypatch) -> None:
    """An rdflib release that names the ``Memory`` store's indexes otherwise gets rdflib's own lookups."""
    from wsiskg.ingest import validate as v

    lookups = v._OneGraphLookups(sample_graph)
    monkeypatch.setattr(v, "_MEMORY_INDEXES", ("_Memory__spo", "_Memory__pos", "_Memory__gone"))
    assert lookups._indexes() is None
    pattern = next(iter(_patterns(sample_graph)))
    assert list(lookups.triples(pattern)) == list(sample_graph.triples(pattern))


def test_pyshacls_extended_parameters_are_a_view_of_the_hashed_list() -> None:
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS

    from wsiskg.ingest import validate as v

    hashed = v._HashedParameters(ALL_CONSTRAINT_PARAMETERS)
    extended = hashed.copy()
    extended.append(SH.expression)
    again = extended.copy()
    again.append(SH.js)
    assert list(extended) == [*ALL_CONSTRAINT_PARAMETERS, SH.expression]
    assert SH.js in again and SH.js not in extended and SH.expression not in hashed
    assert SH.path not in extended  # a shape's own predicate that is no constraint parameter


_KEPT_SCRIPT = """
import json, sys
from pathlib import Path
from rdflib import Graph
from wsiskg.core import data_cache
assert data_cache.install()
from wsiskg.ingest import validate as v
compiled = []
build = v._compile
v._compile = lambda: compiled.append(1) or build()
sys.path.insert(0, "tests")
from test_validate_equivalence import FIXTURES, _summary
out = []
for path in FIXTURES:
    report = v.validate(Graph().parse(path))
    out.append(_summary(report))
print(json.dumps({"compiled": len(compiled), "reports": out}))
"""


def _summary(report: ValidationReport) -> list:
    """A validation report as JSON data: conformance, results, violations, pySHACL's text."""
    return json.loads(
        json.dumps([report.conforms, _results(report.results_graph), list(map(str, report.violations)), report.text])
    )


#: a blank node's label as rdflib makes it when it parses the shapes (a new one in every parse)
_BLANK = re.compile(r"\bn[0-9a-f]{32}b\d+\b")


def _without_blank_shapes(summary: list) -> list:
    """``summary`` with the labels of the shapes' blank nodes (a property shape's) left out: a process
    that parses the shapes gives them labels of its own."""
    return json.loads(_BLANK.sub("_:", json.dumps(summary)))


def _kept_run(cache_home: Path) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    env.pop("WSISKG_REGEX_CACHE", None)
    done = subprocess.run([sys.executable, "-c", _KEPT_SCRIPT], cwd=ROOT, env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_the_compiled_shapes_kept_between_runs_validate_as_compiling_does(tmp_path: Path) -> None:
    """The command line keeps the compiled shapes (pickled) between runs: a first process compiles
    them, a second is served them, and both give on every shapes fixture what the library gives."""
    first, second = _kept_run(tmp_path), _kept_run(tmp_path)
    assert (first["compiled"], second["compiled"]) == (1, 0)
    library = [_summary(validate(Graph().parse(path))) for path in FIXTURES]
    assert first["reports"] == second["reports"]  # the same blank nodes: the same shapes object
    assert [_without_blank_shapes(r) for r in first["reports"]] == [_without_blank_shapes(r) for r in library]
    assert any(not conforms for conforms, *_ in library)


def test_the_kept_compiled_shapes_are_compiled_again_when_the_shapes_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wsiskg.core import data_cache
    from wsiskg.core.resources import resource
    from wsiskg.ingest import validate as v

    shapes = tmp_path / "shapes.ttl"
    shapes.write_bytes(resource("ontology", "shapes.ttl").read_bytes())
    monkeypatch.setattr(v, "resource", lambda *parts: tmp_path / parts[-1])
    compiled = []
    build = v._compile
    monkeypatch.setattr(v, "_compile", lambda: compiled.append(1) or build())

    def run() -> int:
        assert data_cache.install(tmp_path / "data.marshal", save_at_exit=False)
        try:
            sg = v._kept_compiled()
            data_cache.installed().save()  # type: ignore[union-attr]
        finally:
            data_cache.uninstall()
        return len(sg.shapes)

    assert run() == run() and len(compiled) == 1
    shapes.write_bytes(shapes.read_bytes() + b"\n# an edited comment\n")
    run()
    assert len(compiled) == 2


def test_one_graph_lookups_see_a_graph_that_joins_the_store_after_the_first_lookup() -> None:
    """The store's indexes are found once; whether it holds one graph is asked at each lookup."""
    from rdflib import Graph, URIRef

    from wsiskg.ingest import validate as v

    one = Graph(identifier=URIRef("urn:x:harbour"))
    a, b, c = URIRef("urn:x:pier"), URIRef("urn:x:Berth"), URIRef("urn:x:quay")
    one.add((a, RDF.type, b))
    lookups = v._OneGraphLookups(one)
    assert lookups._indexes() is not None
    assert list(lookups.subjects(RDF.type, b)) == [a]
    Graph(store=one.store, identifier=URIRef("urn:x:dock")).add((c, RDF.type, b))
    assert lookups._indexes() is None
    assert list(lookups.subjects(RDF.type, b)) == [a]

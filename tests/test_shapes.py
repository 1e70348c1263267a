"""SHACL shapes, table-driven over tests/data/shapes/{conforms,violates}/*.ttl.

Each violating file starts with one or more ``# expect: <focus> <constraint> [<path>]``
lines (prefixed names resolved with the file's own prefixes; ``^p`` is the inverse
path of ``p``). pySHACL's results must be exactly those (focus, constraint, path)
triples, each with a message: a file trips what it says and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, BNode, Graph, URIRef
from rdflib.namespace import SH

from wsiskg.core.reference import ontology_graph, shapes_graph

DATA = Path(__file__).parent / "data" / "shapes"
CONFORMS = sorted((DATA / "conforms").glob("*.ttl"))
VIOLATES = sorted((DATA / "violates").glob("*.ttl"))


def _validate(data: Graph, inference: str = "none") -> tuple[bool, Graph]:
    conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference=inference,
        advanced=True,
    )
    return bool(conforms), results


def _expand(g: Graph, term: str) -> str:
    if term.startswith("^"):
        return "^" + _expand(g, term[1:])
    if term.startswith("<") and term.endswith(">"):
        return term[1:-1]
    return str(g.namespace_manager.expand_curie(term))


def _expected(path: Path, g: Graph) -> set[tuple[str, str, str]]:
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect:"):
            parts = line.split(":", 1)[1].split()
            focus, constraint = _expand(g, parts[0]), _expand(g, parts[1])
            rpath = _expand(g, parts[2]) if len(parts) > 2 else ""
            out.add((focus, constraint, rpath))
    return out


def _path_str(results: Graph, node) -> str:
    if node is None:
        return ""
    if isinstance(node, BNode):
        inverse = results.value(node, SH.inversePath)
        return "^" + str(inverse) if inverse is not None else repr(node)
    return str(node)


def _actual(results: Graph) -> set[tuple[str, str, str]]:
    out = set()
    for r in results.subjects(RDF.type, SH.ValidationResult):
        assert str(results.value(r, SH.resultMessage) or "").strip(), "every result needs a message"
        out.add(
            (
                str(results.value(r, SH.focusNode)),
                str(results.value(r, SH.sourceConstraintComponent)),
                _path_str(results, results.value(r, SH.resultPath)),
            )
        )
    return out


@pytest.mark.parametrize("inference", ["none", "rdfs"])
@pytest.mark.parametrize("path", CONFORMS, ids=lambda p: p.stem)
def test_conforming_examples_conform(path, inference):
    conforms, results = _validate(Graph().parse(path), inference)
    assert conforms, _actual(results)


@pytest.mark.parametrize("path", VIOLATES, ids=lambda p: p.stem)
def test_violating_examples_trip_exactly_the_named_constraint(path):
    g = Graph().parse(path)
    expected = _expected(path, g)
    assert expected, f"{path.name} has no '# expect:' line"
    conforms, results = _validate(g)
    assert not conforms
    assert _actual(results) == expected


def test_every_node_shape_has_a_conforming_and_a_violating_example():
    shapes = shapes_graph()
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    # conforming: some instance of one of the shape's target classes appears in a conforming file
    conforming = Graph()
    for p in CONFORMS:
        conforming.parse(p)
    covered = set()
    for shape in node_shapes:
        for cls in shapes.objects(shape, SH.targetClass):
            if any(conforming.subjects(RDF.type, cls)):
                covered.add(shape)
    assert node_shapes - covered == set()
    # violating: the shape (or one of its property shapes) is the source of some result
    tripped = set()
    for p in VIOLATES:
        _conforms, results = _validate(Graph().parse(p))
        for r in results.subjects(RDF.type, SH.ValidationResult):
            source = results.value(r, SH.sourceShape)
            owners = set(shapes.subjects(SH.property, source)) if isinstance(source, BNode) else {source}
            tripped |= owners
    assert node_shapes - tripped == set()


def test_every_shape_and_property_shape_is_named_with_a_message():
    shapes = shapes_graph()
    named = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.objects(None, SH.property))
    assert len(named) > 50
    for shape in named:
        assert shapes.value(shape, SH.name) is not None, shape
        assert shapes.value(shape, SH.message) is not None, shape


def test_shapes_target_only_ontology_terms():
    shapes, onto = shapes_graph(), ontology_graph()
    for cls in set(shapes.objects(None, SH.targetClass)) | set(shapes.objects(None, SH["class"])):
        assert (cls, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in onto, cls

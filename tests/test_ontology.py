"""The ontology (ontology/wsis.ttl) is complete, documented and in step with wsiskg.core.vocab."""

from __future__ import annotations

import re

import owlrl
import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS

from wsiskg.core.reference import ontology_graph, shapes_graph
from wsiskg.core.resources import read_text
from wsiskg.core.vocab import WSIS, WSIS_NS

ONTOLOGY_IRI = URIRef("https://w3id.org/wsis-kg/def")
DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
VOCAB = {WSIS_NS + name for name in WSIS.__annotations__}


def _wsis_terms(g: Graph) -> set[str]:
    return {str(t) for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(WSIS_NS)}


def test_header():
    g = ontology_graph()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in g
    for prop in (OWL.versionInfo, OWL.versionIRI, DCTERMS.license, DCTERMS.title, DCTERMS.description, DCTERMS.created):
        assert g.value(ONTOLOGY_IRI, prop) is not None, prop


def test_every_vocab_term_is_declared_with_label_and_comment():
    g = ontology_graph()
    for term in sorted(VOCAB):
        node = URIRef(term)
        kinds = set(g.objects(node, RDF.type)) & set(DECLARATIONS)
        assert len(kinds) == 1, f"{term} must be declared exactly once as class or property, found {kinds}"
        assert g.value(node, RDFS.label) is not None, f"{term} has no rdfs:label"
        assert g.value(node, RDFS.comment) is not None, f"{term} has no rdfs:comment"


def test_no_wsis_term_outside_the_vocabulary():
    assert _wsis_terms(ontology_graph()) - VOCAB == set()
    assert _wsis_terms(shapes_graph()) - VOCAB == set()


def test_classes_and_properties_are_kept_apart():
    g = ontology_graph()
    for term in VOCAB:
        local = term[len(WSIS_NS) :]
        is_class = (URIRef(term), RDF.type, OWL.Class) in g
        assert is_class == local[0].isupper(), f"{local}: classes are capitalised, properties are not"


def test_every_external_term_used_is_declared():
    """Every class or property the ontology links to is itself declared (loads cleanly in OWL tools)."""
    g = ontology_graph()
    used = set(g.objects(None, RDFS.subClassOf)) | set(g.objects(None, RDFS.domain))
    used |= {o for o in g.objects(None, RDFS.range) if not str(o).startswith(str(RDFS)) and "XMLSchema" not in str(o)}
    for cls in used:
        assert (cls, RDF.type, OWL.Class) in g, f"{cls} is used but not declared as owl:Class"
    for prop in g.objects(None, RDFS.subPropertyOf):
        assert set(g.objects(prop, RDF.type)) & {OWL.ObjectProperty, OWL.DatatypeProperty}, prop


@pytest.mark.parametrize(
    "sub, sup",
    [
        (WSIS.Meeting, WSIS.Event),
        (WSIS.Request, WSIS.Decision),
        (WSIS.Resolution, WSIS.Document),
        (WSIS.Bureau, URIRef("http://www.w3.org/ns/org#OrganizationalUnit")),
        (WSIS.Body, URIRef("http://www.w3.org/ns/org#Organization")),
        (WSIS.ActionLine, URIRef("http://www.w3.org/2004/02/skos/core#Concept")),
        (WSIS.Event, URIRef("https://schema.org/Event")),
    ],
)
def test_reuses_standard_classes(sub, sup):
    assert (sub, RDFS.subClassOf, sup) in ontology_graph()


def test_properties_pointing_at_reference_data_have_no_rdfs_range():
    """RDFS inference over a report graph must never type a reference entity (see docs/ontology.md)."""
    g = ontology_graph()
    for prop in (
        WSIS.represents,
        WSIS.meetingOf,
        WSIS.leadFacilitator,
        WSIS.issuedBy,
        WSIS.requestKind,
        WSIS.linkedSDG,
    ):
        assert g.value(prop, RDFS.range) is None, prop


def test_owl_rl_closure_runs():
    g = ontology_graph()
    before = len(g)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert len(g) > before
    assert (WSIS.Meeting, RDFS.subClassOf, URIRef("https://schema.org/Event")) in g
    assert not list(g.subjects(RDF.type, OWL.Nothing))


def test_shapes_file_has_no_prefixed_name_typos():
    text = read_text("ontology", "shapes.ttl")
    for local in set(re.findall(r"\bwsis:([A-Za-z0-9_]+)", text)):
        assert WSIS_NS + local in VOCAB, local


def test_ontology_graph_returns_a_fresh_copy():
    g = ontology_graph()
    g.remove((None, None, None))
    assert len(ontology_graph()) > 100

"""The UN SDG KOS shipped in ontology/sdg-kos/ and loaded into the reference graph (core/sdg_kos.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import SKOS

from wsiskg.core.iris import Minter, un_sdg
from wsiskg.core.reference import build_reference_graph
from wsiskg.core.resources import read_text
from wsiskg.core.sdg_kos import kos
from wsiskg.core.vocab import WSIS

BASE = "https://example.org/kg/"
SDGO = "http://metadata.un.org/sdg/ontology#"
ROOT = Path(__file__).resolve().parents[1]


def iri(path: str) -> URIRef:
    return URIRef(BASE + "id/" + path)


@pytest.fixture(scope="module")
def ref():
    return build_reference_graph(BASE)


def test_kos_counts_goals_targets_indicators():
    k = kos()
    assert len(k.goals) == 17
    assert len(k.targets) == 169
    assert len(k.indicators) == 232  # the 2020 framework: 231 unique indicators + repeats coded apart
    assert {lang for c in [*k.goals.values(), *k.targets.values(), *k.indicators.values()] for lang, _ in c.labels} == {
        "en",
        "fr",
        "es",
    }
    for concept in [*k.goals.values(), *k.targets.values(), *k.indicators.values()]:
        assert {lang for lang, _ in concept.labels} == {"en", "fr", "es"}, concept.code


def test_kos_hierarchy_and_notations():
    k = kos()
    assert k.targets["9.c"].parents == ("9",)
    assert k.targets["9.c"].label().startswith("Significantly increase access to information and communications")
    assert k.concept("17.6.1") is k.indicators["C170601"]
    shared = k.indicators["C200303"]  # one indicator under three targets
    assert shared.notations == ("1.5.1", "11.5.1", "13.1.1")
    assert shared.parents == ("1.5", "11.5", "13.1")
    assert [t.code for t in k.children("9")][-3:] == ["9.a", "9.b", "9.c"]
    assert k.goals[5].short_label() == "Gender equality"


def test_one_label_per_language_despite_the_source_duplicates():
    # the source gives target 12.3 a stray second English label ("By 2030,d"): the full text is kept
    assert kos().targets["12.3"].label().startswith("By 2030,halve per capita global food waste")


def test_reference_graph_has_every_goal_target_indicator_with_three_languages(ref):
    goals = set(ref.subjects(RDF.type, WSIS.SDG))
    targets = set(ref.subjects(RDF.type, URIRef(SDGO + "Target")))
    indicators = set(ref.subjects(RDF.type, URIRef(SDGO + "Indicator")))
    assert (len(goals), len(targets), len(indicators)) == (17, 169, 232)
    for node in goals | targets | indicators:
        assert {lbl.language for lbl in ref.objects(node, SKOS.prefLabel)} == {"en", "fr", "es"}, node
        assert (node, SKOS.inScheme, iri("sdg")) in ref


def test_our_iris_are_exact_matches_of_the_un_iris(ref):
    assert (iri("sdg/9"), SKOS.exactMatch, un_sdg("9")) in ref
    assert (iri("sdg/9.c"), SKOS.exactMatch, URIRef("http://metadata.un.org/sdg/9.c")) in ref
    assert (iri("sdg/indicator/C170601"), SKOS.exactMatch, URIRef("http://metadata.un.org/sdg/C170601")) in ref
    assert (iri("sdg"), SKOS.exactMatch, URIRef("http://metadata.un.org/sdg")) in ref
    assert (iri("sdg/9.c"), SKOS.broader, iri("sdg/9")) in ref
    assert (iri("sdg/9"), SKOS.narrower, iri("sdg/9.c")) in ref
    assert (iri("sdg/indicator/C170601"), SKOS.broader, iri("sdg/17.6")) in ref
    assert (iri("sdg/indicator/C170601"), SKOS.notation, None) in ref
    assert {str(n) for n in ref.objects(iri("sdg/9.c"), RDFS.label)} == {"Target 9.c", "Cible 9.c", "Meta 9.c"}


def test_labels_come_only_from_the_kos():
    """No second copy of the SDG labels: no gazetteer holds them, the KOS file is the one source."""
    assert not (ROOT / "ontology" / "gazetteers" / "sdgs.csv").exists()
    for name in ("sdg-lexicon.csv",):
        assert "Build resilient infrastructure" not in read_text("ingest", "data", name)


def test_the_shipped_copy_carries_the_citation():
    readme = read_text("ontology", "sdg-kos", "README.md")
    assert "Amit Joshi, Luis Gonzalez Morales, Szymon Klarman, and Aaron Helton. 2019" in readme
    assert "http://metadata.un.org/sdg" in readme


def test_minter_mints_sdg_iris():
    mint = Minter(BASE)
    assert mint.sdg("all") == iri("sdg")
    assert mint.sdg("9") == iri("sdg/9")
    assert mint.sdg("9.c") == iri("sdg/9.c")
    assert mint.sdg("C090c01") == iri("sdg/indicator/C090c01")
    assert mint.concern("sdg:16.10") == iri("sdg/16.10")
    assert mint.software("tagger", "1.0-abc") == iri("software/tagger/1.0-abc")

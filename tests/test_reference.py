"""Reference data: gazetteers -> reference graph; the action line/SDG matrix CSV loader."""

from __future__ import annotations

import pyshacl
import pytest
from rdflib import OWL, RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, SKOS

from wsiskg.core import data_cache
from wsiskg.core.config import Config
from wsiskg.core.errors import InputError
from wsiskg.core.reference import (
    body_classes,
    build_reference_graph,
    gazetteer_rows,
    load_matrix_csv,
    ontology_graph,
    reference_files,
    reference_triples,
    shapes_graph,
)
from wsiskg.core.store import Store
from wsiskg.core.vocab import WSIS
from wsiskg.ingest import pipeline
from wsiskg.ingest.pipeline import ensure_reference

BASE = "https://example.org/kg/"


def iri(path: str) -> URIRef:
    return URIRef(BASE + "id/" + path)


@pytest.fixture(scope="module")
def ref():
    return build_reference_graph(BASE)


def test_action_lines(ref):
    lines = set(ref.subjects(RDF.type, WSIS.ActionLine))
    assert {iri(f"action-line/C{n}") for n in range(1, 12)} <= lines
    subs = {s for s in lines if (s, SKOS.broader, iri("action-line/C7")) in ref}
    assert len(subs) == 8 and iri("action-line/C7.e-health") in subs
    for al in lines:
        assert ref.value(al, SKOS.prefLabel) is not None
        assert (al, SKOS.inScheme, iri("action-line")) in ref
    assert ref.value(iri("action-line/C4"), SKOS.prefLabel) == Literal("Capacity building", lang="en")
    assert (iri("action-line/C3"), WSIS.leadFacilitator, iri("org/unesco")) in ref
    assert (iri("action-line/C3"), WSIS.coFacilitator, iri("org/itu")) in ref
    assert (iri("action-line/C7.e-health"), WSIS.leadFacilitator, iri("org/who")) in ref
    # partially verified: only the verified lead facilitator of C7.e-science
    assert list(ref.objects(iri("action-line/C7.e-science"), WSIS.coFacilitator)) == []
    assert (iri("action-line/C5"), DCTERMS.source, None) in ref


def test_every_action_line_but_c7_has_a_lead_facilitator():
    for row in gazetteer_rows("action-lines.csv"):
        assert row["lead_facilitators"] or row["code"] == "C7", row["code"]


def test_sdgs(ref):
    for n in range(1, 18):
        node = iri(f"sdg/{n}")
        assert (node, RDF.type, WSIS.SDG) in ref
        assert (node, SKOS.exactMatch, URIRef(f"http://metadata.un.org/sdg/{n}")) in ref
        assert ref.value(node, WSIS.goalNumber) == Literal(n, datatype=XSD.integer)
        assert (node, SKOS.inScheme, iri("sdg")) in ref
    assert ref.value(iri("sdg/9"), SKOS.altLabel) == Literal("Industry, innovation and infrastructure", lang="en")
    assert len(set(ref.subjects(RDF.type, WSIS.SDG))) == 17


def test_countries(ref):
    for code, alias in (
        ("RUS", "Russian Federation"),
        ("IRN", "Islamic Republic of Iran"),
        ("SAU", "Kingdom of Saudi Arabia"),
        ("IRN", "Iran (Islamic Republic of)"),
        ("KOR", "Republic of Korea"),
        ("TUR", "Turkey"),
    ):
        node = iri(f"country/{code}")
        assert (node, RDF.type, WSIS.Country) in ref
        labels = {str(x) for x in ref.objects(node, SKOS.prefLabel)} | {
            str(x) for x in ref.objects(node, SKOS.altLabel)
        }
        assert alias in labels, (code, alias)
    assert ref.value(iri("country/RUS"), WSIS.iso3166Alpha2) == Literal("RU")
    assert len(set(ref.subjects(RDF.type, WSIS.Country))) > 240


def test_bodies(ref):
    tsb = iri("org/itu-tsb")
    assert {ORG.Organization, ORG.OrganizationalUnit, WSIS.Bureau} <= set(ref.objects(tsb, RDF.type))
    assert (tsb, ORG.unitOf, iri("org/itu-t")) in ref
    assert (iri("org/itu-t"), ORG.subOrganizationOf, iri("org/itu")) in ref
    assert (iri("org/cwg-wsis-sdg"), ORG.subOrganizationOf, iri("org/itu-council")) in ref
    assert ref.value(iri("org/cwg-wsis-sdg"), WSIS.acronym) == Literal("CWG-WSIS&SDG")
    assert (iri("org/cstd"), ORG.subOrganizationOf, iri("org/ecosoc")) in ref
    assert (iri("org/itu"), OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q376150")) in ref


def test_only_verified_wikidata_ids(ref):
    ids = {str(o) for o in ref.objects(None, OWL.sameAs)}
    assert "http://www.wikidata.org/entity/Q193040" not in ids  # a wrong guess for UNCTAD
    assert list(ref.objects(iri("org/unctad"), OWL.sameAs)) == []
    assert list(ref.objects(iri("org/un-desa"), OWL.sameAs)) == []


def test_roles_and_request_kinds(ref):
    assert (iri("role/vice-chair"), RDF.type, ORG.Role) in ref
    assert Literal("Vice-Chairman", lang="en") in set(ref.objects(iri("role/vice-chair"), SKOS.altLabel))
    assert (iri("request-kind/invite"), RDF.type, WSIS.RequestKind) in ref
    assert (iri("request-kind/note"), RDF.type, WSIS.RequestKind) not in ref
    assert (iri("request-kind/note"), RDF.type, WSIS.DecisionKind) in ref
    assert ref.value(iri("request-kind/call-upon"), SKOS.notation) == Literal("call-upon")


def test_verified_matrix_link_and_no_inferred_links(ref):
    assert (iri("action-line/C9"), WSIS.linkedSDG, iri("sdg/16")) in ref
    links = set(ref.subjects(RDF.type, WSIS.ActionLineSDGLink))
    assert len(links) == len(gazetteer_rows("action-line-sdg-links.csv")) == 1
    (link,) = links
    assert ref.value(link, WSIS.sdgTarget) == iri("sdg/16.10")
    assert (iri("sdg/16.10"), SKOS.exactMatch, URIRef("http://metadata.un.org/sdg/16.10")) in ref
    assert str(ref.value(link, DCTERMS.source)).startswith("https://")
    # the unverified thematic guesses (e.g. C7.e-health -> SDG 3) are not asserted
    assert (iri("action-line/C7.e-health"), WSIS.linkedSDG, None) not in ref


def test_reference_graph_conforms_to_the_shapes(ref):
    conforms, _results, text = pyshacl.validate(
        ref, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none", advanced=True
    )
    assert conforms, text


def test_reference_graph_is_a_fresh_copy():
    build_reference_graph(BASE)
    g = build_reference_graph(BASE)
    g.remove((None, None, None))
    assert len(build_reference_graph(BASE)) > 1000


def test_reference_triples_are_the_graphs_without_a_copy():
    triples = reference_triples("https://third.example/")
    assert (URIRef("https://third.example/id/country/RUS"), RDF.type, WSIS.Country) in triples
    assert sorted(triples) == sorted(build_reference_graph("https://third.example/"))
    assert len(set(triples)) == len(triples)


def test_reference_graph_follows_the_base():
    g = build_reference_graph("https://other.example/")
    assert (URIRef("https://other.example/id/country/RUS"), RDF.type, WSIS.Country) in g
    with pytest.raises(InputError, match="must end with"):
        build_reference_graph("https://other.example")


def test_body_classes():
    assert WSIS.Bureau in body_classes("bureau")
    assert ORG.OrganizationalUnit in body_classes("bureau")
    assert body_classes("council") == (ORG.Organization, WSIS.Body)
    with pytest.raises(InputError, match="unknown body kind"):
        body_classes("club")


# ----------------------------------------------------------------- matrix CSV
def _write(tmp_path, text: str):
    p = tmp_path / "matrix.csv"
    p.write_text(text, encoding="utf-8")
    return p


def test_matrix_accepts_goals_and_targets(tmp_path):
    p = _write(
        tmp_path,
        "action line,SDG or target,source\nC4,4,https://example.org/m\n"
        "c7.e-health,SDG 3.8,Matrix 2015 p. 3\n\nC2,9.c,https://example.org/m\n",
    )
    g = load_matrix_csv(p, BASE)
    links = set(g.subjects(RDF.type, WSIS.ActionLineSDGLink))
    assert len(links) == 3
    assert (iri("action-line/C4"), WSIS.linkedSDG, iri("sdg/4")) in g
    assert (iri("action-line/C7.e-health"), WSIS.linkedSDG, iri("sdg/3")) in g
    assert (None, WSIS.sdgTarget, iri("sdg/9.c")) in g
    assert (None, DCTERMS.source, Literal("Matrix 2015 p. 3")) in g
    conforms, _r, text = pyshacl.validate(g, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), advanced=True)
    assert conforms, text


def test_matrix_columns_in_any_order_with_bom(tmp_path):
    p = tmp_path / "m.csv"
    p.write_bytes("\ufeffSource,Action Line,SDG or target\nhttps://example.org/m,C9,16.10\n".encode("utf-8"))
    g = load_matrix_csv(p, BASE)
    assert (iri("action-line/C9"), WSIS.linkedSDG, iri("sdg/16")) in g


@pytest.mark.parametrize(
    "row, message",
    [
        ("C12,4,src", r"matrix\.csv:3: malformed action line 'C12'"),
        ("C7.e-banking,4,src", r"matrix\.csv:3: unknown action line 'C7.e-banking'"),
        ("C4,18,src", r"matrix\.csv:3: bad SDG or target '18'"),
        ("C4,4.x1,src", r"matrix\.csv:3: bad SDG or target '4.x1'"),
        ("C4,9.z,src", r"matrix\.csv:3: unknown SDG target '9.z'; goal 9 has no target 9.z"),
        ("C4,4,", r"matrix\.csv:3: missing source"),
        ("C4,4", r"matrix\.csv:3: expected 3 columns, found 2"),
    ],
)
def test_matrix_rejects_bad_rows_naming_the_line(tmp_path, row, message):
    p = _write(tmp_path, f"action line,SDG or target,source\nC4,4,https://example.org/m\n{row}\n")
    with pytest.raises(InputError, match=message):
        load_matrix_csv(p, BASE)


def test_matrix_rejects_a_bad_header_and_missing_files(tmp_path):
    with pytest.raises(InputError, match=r"matrix\.csv:1: missing column\(s\) 'source'"):
        load_matrix_csv(_write(tmp_path, "action line,SDG or target\nC4,4\n"), BASE)
    with pytest.raises(InputError, match="empty file"):
        load_matrix_csv(_write(tmp_path, ""), BASE)
    with pytest.raises(InputError, match="cannot read"):
        load_matrix_csv(tmp_path / "nope.csv", BASE)
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("action line,SDG or target,source\nC4,4,Genève\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        load_matrix_csv(bad, BASE)


# ----------------------------------------------------------------- gazetteers
def test_gazetteer_integrity():
    bodies = {r["key"]: r for r in gazetteer_rows("bodies.csv")}
    kinds = {
        "working-group",
        "bureau",
        "sector",
        "secretariat",
        "un-entity",
        "commission",
        "expert-group",
        "partnership",
        "company",
        "conference",
        "council",
        "organization",
    }
    for key, row in bodies.items():
        assert row["kind"] in kinds, key
        assert not row["parent"] or row["parent"] in bodies, key
    for row in gazetteer_rows("action-lines.csv"):
        for k in (row["lead_facilitators"] + ";" + row["co_facilitators"]).split(";"):
            assert not k or k in bodies, (row["code"], k)
    for row in gazetteer_rows("request-kinds.csv"):
        assert row["is_request"] in ("true", "false")
        assert row["verb"].replace("-", " ") in row["forms"].split(";"), row["verb"]


def _ntriples_file(path) -> set:
    return set(Graph().parse(str(path), format="nt"))


def test_the_kept_reference_and_ontology_files_hold_the_graphs(tmp_path):
    """The command line loads a new store's reference data and ontology from N-Triples files kept
    beside its caches; they hold the graphs' triples, for the base asked for."""
    assert reference_files("https://fourth.example/") is None  # the library: no files, the graphs are built
    assert data_cache.install(tmp_path / "data.marshal", save_at_exit=False)
    try:
        files = reference_files("https://fourth.example/")
        again = reference_files("https://fourth.example/")
        other = reference_files("https://fifth.example/")
    finally:
        data_cache.uninstall()
    ref, onto = "https://fourth.example/graph/reference", "https://fourth.example/graph/ontology"
    assert files is not None and sorted(files) == [onto, ref] and again == files
    assert _ntriples_file(files[ref]) == set(reference_triples("https://fourth.example/"))
    assert (URIRef("https://fourth.example/id/country/RUS"), RDF.type, WSIS.Country) in _ntriples_file(files[ref])
    assert _ntriples_file(files[onto]) == set(ontology_graph())
    assert other is not None and other["https://fifth.example/graph/reference"] != files[ref]


def _without_stamps(st) -> list[str]:
    return sorted(line for line in st.dump().decode().splitlines() if "/dc/terms/modified" not in line)


def test_a_new_store_gets_the_same_reference_data_from_the_kept_files_as_from_the_graphs(tmp_path):
    config = Config(store=None, base="https://sixth.example/")
    built = Store.open(tmp_path / "built")
    assert ensure_reference(built, config)
    assert data_cache.install(tmp_path / "cache" / "data.marshal", save_at_exit=False)
    try:
        for run in ("kept", "kept-again"):  # the first writes the files, the second loads them as they are
            kept = Store.open(tmp_path / run)
            assert ensure_reference(kept, config)
            assert not ensure_reference(kept, config)
            assert _without_stamps(kept) == _without_stamps(built)
    finally:
        data_cache.uninstall()
    assert len(list((tmp_path / "cache").glob("kept-*"))) == 2


def test_a_kept_file_gone_before_it_is_read_leaves_the_graphs_to_be_built(tmp_path, monkeypatch):
    """Another version's run may replace the kept files between their lookup and their read: the
    reference data is then built and written as without the cache, the same store."""
    config = Config(store=None, base="https://seventh.example/")
    built = Store.open(tmp_path / "built")
    assert ensure_reference(built, config)
    gone = {
        "https://seventh.example/graph/reference": tmp_path / "kept-gone-reference",
        "https://seventh.example/graph/ontology": tmp_path / "kept-gone-ontology",
    }
    monkeypatch.setattr(pipeline, "reference_files", lambda base: gone)
    again = Store.open(tmp_path / "again")
    assert ensure_reference(again, config)
    assert _without_stamps(again) == _without_stamps(built)

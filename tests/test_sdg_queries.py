"""The SDG named queries over a small report (tests/data/sdg/cwg-example-12.txt) and the sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from wsiskg.core.actors import build_actor_graph
from wsiskg.core.config import Config
from wsiskg.core.stats import stats
from wsiskg.core.store import Store
from wsiskg.ingest.pipeline import ingest_files
from wsiskg.queries import get_query

DATA = Path(__file__).parent / "data" / "sdg" / "cwg-example-12.txt"
SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "cwg-wsis-sdg-38-report.txt"


def _rows(store: Store, name: str) -> list[dict[str, str]]:
    _, rows = store.select(get_query(name).text)
    return [{k: ("" if v is None else str(v)) for k, v in row.items()} for row in rows]


def _short(iri: str) -> str:
    return iri.rsplit("/id/", 1)[-1]


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Store:
    config = Config(store=tmp_path_factory.mktemp("sdg") / "store")
    store = Store.open(config.store)
    ingest_files([DATA], store, config)
    return store


def test_sdg_mentions_tell_stated_from_inferred(example):
    rows = _rows(example, "sdg-mentions")
    stated = {
        (r["section"], _short(r["sdg"]), r["number"], r["target"], r["indicator"])
        for r in rows
        if r["kind"] == "stated"
    }
    assert stated == {("2.3", "sdg/4.4", "4", "4.4", ""), ("3.1", "sdg/indicator/C170601", "17", "17.6", "17.6.1")}
    for r in rows:
        assert r["kind"] in ("stated", "inferred")
        assert (r["score"] == "") == (r["kind"] == "stated") and (r["terms"] == "") == (r["kind"] == "stated")
    inferred = {(r["section"], _short(r["sdg"])): r for r in rows if r["kind"] == "inferred"}
    assert {"telemedicine", "e-health"} <= set(inferred[("2.1", "sdg/3")]["terms"].split("; "))
    assert 0.6 <= float(inferred[("2.1", "sdg/3")]["score"]) < 1
    assert inferred[("3.2", "sdg/9.c")]["target"] == "9.c"


def test_sdgs_per_meeting(example):
    rows = {r["number"]: r for r in _rows(example, "sdgs-per-meeting")}
    assert set(rows) == {"3", "4", "9", "17"}
    assert (rows["3"]["paragraphs"], rows["3"]["stated"], rows["3"]["inferred"]) == ("2", "0", "2")
    assert (rows["17"]["stated"], rows["17"]["inferred"]) == ("1", "0")  # indicator 17.6.1 counts for goal 17
    assert rows["4"]["label"] == "Quality education" and _short(rows["4"]["meeting"]).startswith("meeting/")


def test_requests_by_sdg(example):
    rows = {(r["number"], r["section"]): r for r in _rows(example, "requests-by-sdg")}
    assert set(rows) == {("3", "2.2"), ("9", "3.2")}
    assert rows[("3", "2.2")]["evidence"] == "inferred" and rows[("3", "2.2")]["verb"] == "request"
    assert rows[("9", "3.2")]["action"].startswith("share experience with community networks")


def test_action_line_sdgs_is_co_occurrence_not_a_mapping(example):
    q = get_query("action-line-sdgs")
    assert "NOT an official mapping" in q.title
    rows = {(r["code"], r["number"]): r for r in _rows(example, "action-line-sdgs")}
    assert set(rows) == {("C4", "4"), ("C7.e-health", "3")}
    assert (rows[("C4", "4")]["stated"], rows[("C4", "4")]["paragraphs"], rows[("C4", "4")]["official"]) == (
        "1",
        "1",
        "false",
    )


def test_stats_rank_sdgs_and_actor_graph_draws_sdg_evidence(example):
    result = stats(example, "https://w3id.org/wsis-kg/")
    ranked = [(_short(r["iri"]), r["paragraphs"]) for r in result["sdgs"]]
    assert ranked[:3] == [("sdg/3", 2), ("sdg/4", 2), ("sdg/9", 2)] and ("sdg/17", 1) in ranked
    g = build_actor_graph(example, types="meeting,sdg")
    touched = {(_short(v), d["weight"]) for _, v, k, d in g.edges(keys=True, data=True) if k == "touched-sdg"}
    assert touched == {("sdg/3", 2), ("sdg/4", 2), ("sdg/9", 2), ("sdg/17", 1)}


def test_sdgs_and_targets_come_from_the_kos(example):
    sdgs = _rows(example, "sdgs")
    assert len(sdgs) == 17 and sdgs[8]["shortLabel"] == "Industry, innovation and infrastructure"
    assert sdgs[8]["unIri"] == "http://metadata.un.org/sdg/9" and sdgs[8]["targets"] == "8"
    targets = _rows(example, "sdg-targets")
    assert len(targets) == 169
    c9 = next(r for r in targets if r["notation"] == "9.c")
    assert c9["text"].startswith("Significantly increase access") and c9["indicators"] == "1"


def test_the_sample_report_carries_stated_and_inferred_sdgs(tmp_path):
    config = Config(store=tmp_path / "store")
    store = Store.open(config.store)
    ingest_files([SAMPLE], store, config)
    rows = _rows(store, "sdg-mentions")
    assert any(r["kind"] == "stated" and r["number"] == "" for r in rows)  # "the SDGs", "the 2030 Agenda"
    inferred = [r for r in rows if r["kind"] == "inferred"]
    assert inferred and all(r["terms"] and float(r["score"]) >= 0.6 for r in inferred)


def test_goal_and_target_pages(example):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import SKOS

    from wsiskg.server.app import create_app

    client = create_app(Config(store=None), store=example).test_client()
    page = client.get("/id/sdg/3", headers={"Accept": "text/html"})
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Ensure healthy lives and promote well-being for all at all ages" in html  # the official text
    assert "/id/sdg/3.8" in html  # its targets
    assert "telemedicine services that connect rural clinics" in html  # a paragraph tagged with it
    target = client.get("/id/sdg/9.c", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=target.get_data(as_text=True), format="turtle")
    node = URIRef("https://w3id.org/wsis-kg/id/sdg/9.c")
    assert (node, SKOS.exactMatch, URIRef("http://metadata.un.org/sdg/9.c")) in g
    assert {lbl.language for lbl in g.objects(node, SKOS.prefLabel) if isinstance(lbl, Literal)} == {"en", "fr", "es"}
    assert client.get("/id/sdg/indicator/C170601", headers={"Accept": "text/turtle"}).status_code == 200
    stats_page = client.get("/stats", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'id="sdgs"' in stats_page and "SDG 3 Good health and well-being" in stats_page

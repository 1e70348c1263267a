"""Network analysis of the actor graph: rankings, centrality, groups, text and HTML renderings."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from wsiskg.core.config import Config
from wsiskg.core.stats import render_text, stats
from wsiskg.core.store import Store
from wsiskg.server.app import create_app

DATA = Path(__file__).parent / "data" / "actors.trig"
BASE = "https://w3id.org/wsis-kg/"
ID = BASE + "id/"
LONER = f"""
<{ID}person/lee-loner> a <http://xmlns.com/foaf/0.1/Person> ; <http://xmlns.com/foaf/0.1/name> "Lee Loner" ;
    <https://w3id.org/wsis-kg/def#represents> <{ID}country/ISL> .
<{ID}country/ISL> a <https://w3id.org/wsis-kg/def#Country> ; <http://www.w3.org/2004/02/skos/core#prefLabel> "Iceland" .
"""


@pytest.fixture
def actors_store() -> Store:
    store = Store.open(None)
    store.load(path=DATA, format=ox.RdfFormat.TRIG)
    return store


def test_rankings_count_distinct_requests(actors_store):
    s = stats(actors_store, BASE)
    assert [(r["label"], r["requests"]) for r in s["most_asked"]] == [("BDT", 2), ("Sweden", 1), ("UNESCO", 1)]
    assert [(r["label"], r["requests"]) for r in s["most_active"]] == [("WG-X", 3)]
    assert [(r["label"], r["requests"]) for r in s["action_lines"]] == [
        ("C4 Capacity building", 2),
        ("C3 Access to information and knowledge", 1),
    ]
    assert s["nodes"] == 20 and s["edges"] == 35


def test_degree_and_betweenness_of_actors(actors_store):
    s = stats(actors_store, BASE)
    actors = {a["label"]: a for a in s["actors"]}
    assert {a["type"] for a in s["actors"]} <= {"person", "body", "country"}
    assert actors["BDT"]["degree"] == 7  # ITU, director post, C4, SDG 4, forum, meeting, WG-X
    assert s["actors"][0]["label"] == "BDT"  # the broker between the group and the rest
    assert actors["Brazil"]["betweenness"] == 0.0
    assert all(0.0 <= a["betweenness"] <= 1.0 for a in s["actors"])


def test_connected_groups_largest_first(actors_store):
    actors_store.replace_graph(BASE + "graph/report/other", Graph().parse(data=LONER, format="turtle"))
    s = stats(actors_store, BASE)
    assert [g["size"] for g in s["groups"]] == [20, 2]
    assert {m["label"] for m in s["groups"][1]["members"]} == {"Lee Loner", "Iceland"}


def test_meeting_filter(actors_store):
    s = stats(actors_store, BASE, meeting=ID + "meeting/other-3")
    assert s["nodes"] == 0 and s["most_asked"] == [] and s["groups"] == []
    assert stats(actors_store, BASE, meeting=ID + "meeting/wgx-7")["most_active"][0]["requests"] == 3


def test_text_report(actors_store):
    text = render_text(stats(actors_store, BASE))
    assert text.startswith("Actor graph: 20 nodes, 35 edges")
    for heading in (
        "Most-asked addressees",
        "Most active requesters",
        "Action lines with most requests",
        "Actors by betweenness",
        "Connected groups: 1",
    ):
        assert heading in text
    assert "BDT" in text.split("Most-asked addressees")[1].splitlines()[1]


def test_top_n_gives_n_rows_per_ranking(actors_store):
    s = stats(actors_store, BASE, top=2)
    assert len(s["actors"]) == 2 and len(s["most_asked"]) <= 2
    text = render_text(s)
    ranking = text.split("Actors by betweenness")[1].split("Connected groups")[0]
    assert len([line for line in ranking.splitlines() if line.startswith("  ")]) == 2


def test_the_rank_column_is_narrow(actors_store):
    body = create_app(Config(store=None), store=actors_store).test_client().get("/stats").get_data(as_text=True)
    assert '<th class="rank">#</th>' in body and "th.rank{width:2.5em}" in body


def test_stats_page_html_and_json(actors_store):
    client = create_app(Config(store=None), store=actors_store).test_client()
    html = client.get("/stats", headers={"Accept": "text/html"})
    assert html.status_code == 200 and html.headers["Vary"] == "Accept"
    body = html.get_data(as_text=True)
    assert 'id="most-asked"' in body and 'href="/id/org/itu-bdt"' in body
    data = client.get("/stats?_mediatype=json").get_json()
    assert data["most_active"][0]["iri"] == ID + "org/wgx"


def test_a_collective_addressee_is_ranked_by_its_label_and_type(actors_store):
    # 'the membership' (a foaf:Group, not a body) is an addressee like any other: its label, not its IRI's tail
    actors_store.load(
        f"""
    <{ID}group/membership> a <http://xmlns.com/foaf/0.1/Group> ;
        <http://www.w3.org/2000/01/rdf-schema#label> "the ITU membership" .
    <{ID}report/wgx-7/request/8> a <https://w3id.org/wsis-kg/def#Request> ;
        <https://w3id.org/wsis-kg/def#requester> <{ID}org/wgx> ;
        <https://w3id.org/wsis-kg/def#addressee> <{ID}group/membership> .""".encode(),
        format=ox.RdfFormat.TURTLE,
        to_graph="urn:x:group",
    )
    asked = {r["label"]: r for r in stats(actors_store, BASE)["most_asked"]}
    assert asked["the ITU membership"]["type"] == "group" and asked["the ITU membership"]["requests"] == 1


@pytest.mark.parametrize(
    "path,says",
    [
        ("/export/actors.dot?bogus=1", "unknown parameter 'bogus'; this page takes: meeting, types, download"),
        ("/export/actors.gexf?meeting=WG-X&meeting=nonsense", "parameter 'meeting' is given more than once"),
        ("/graph?typess=person", "unknown parameter 'typess'; this page takes: meeting, types, type"),
        ("/stats?top=5", "unknown parameter 'top'; this page takes: meeting, format, _mediatype"),
        ("/stats?types=a&types=b", "unknown parameter 'types'"),
    ],
)
def test_pages_refuse_parameters_they_do_not_take(actors_store, path, says):
    """An export, /graph or /stats parameter they do not take (or a repeated filter) is a 400 that
    names it; it was silently ignored (`/stats?top=5` answered every row, `?meeting=a&meeting=b` the first)."""
    client = create_app(Config(store=None), store=actors_store).test_client()
    answer = client.get(path, headers={"Accept": "application/json"})
    assert answer.status_code == 400, answer.get_data(as_text=True)[:200]
    assert says in answer.get_json()["error"]["message"]


def test_the_graph_form_and_links_still_work(actors_store):
    """The /graph form sends its checkboxes as type=; the download links add download=1."""
    client = create_app(Config(store=None), store=actors_store).test_client()
    assert client.get("/graph?meeting=&type=person&type=body").status_code == 200
    assert client.get("/export/actors.dot?download=1&types=person,body").status_code == 200
    assert client.get("/stats?format=json&meeting=").status_code == 200

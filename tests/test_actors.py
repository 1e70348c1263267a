"""The actor graph: nodes, edges, weights and filters, projected from tests/data/actors.trig."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from wsiskg.core.actors import NODE_TYPES, ActorGraphError, build_actor_graph, normalise_types
from wsiskg.core.store import Store

DATA = Path(__file__).parent / "data" / "actors.trig"
BASE = "https://w3id.org/wsis-kg/"
ID = BASE + "id/"
WSIS = "https://w3id.org/wsis-kg/def#"


@pytest.fixture
def actors_store() -> Store:
    store = Store.open(None)
    store.load(path=DATA, format=ox.RdfFormat.TRIG)
    return store


def test_every_node_type_is_projected_with_label_type_and_iri(actors_store):
    g = build_actor_graph(actors_store, BASE)
    # the fixture has no collective group (see test_collective_group_addressees_are_nodes)
    assert {d["type"] for _, d in g.nodes(data=True)} == set(NODE_TYPES) - {"group"}
    for node, data in g.nodes(data=True):
        assert data["iri"] == node and data["label"] and data["type"] in NODE_TYPES
    assert g.nodes[ID + "person/ana-lindqvist"] == {
        "iri": ID + "person/ana-lindqvist",
        "type": "person",
        "label": "Ana Lindqvist",
    }
    assert g.nodes[ID + "org/itu-bdt"]["label"] == "BDT"  # acronym for bodies
    assert g.nodes[ID + "sdg/4"]["label"] == "SDG 4 Quality education"
    assert g.nodes[ID + "action-line/C4"]["label"] == "C4 Capacity building"
    assert g.nodes[ID + "meeting/wgx-7"]["type"] == "meeting"  # not also an event
    assert g.nodes[ID + "event/learning-forum-2031"]["type"] == "event"
    # paragraphs, reports, requests and roles are not actors
    assert not any("/para/" in n or "/request/" in n or "/role/" in n for n in g)


@pytest.mark.parametrize(
    "source,label,target,weight",
    [
        ("org/wgx", "requested", "org/itu-bdt", 2),
        ("org/wgx", "requested", "org/unesco", 1),
        ("org/wgx", "requested", "country/SWE", 1),
        ("meeting/wgx-7", "addressed-to", "org/itu-bdt", 2),
        ("org/itu-bdt", "concerns", "action-line/C4", 2),
        ("person/ana-lindqvist", "holds-post", "post/wgx/chair", 1),
        ("post/wgx/chair", "post-in", "org/wgx", 1),
        ("person/tomas-okoro", "represents", "country/NGA", 1),
        ("org/itu-bdt", "part-of", "org/itu", 1),  # unitOf and subOrganizationOf count once
        ("meeting/wgx-7", "meeting-of", "org/wgx", 1),
        ("person/ana-lindqvist", "chaired", "meeting/wgx-7", 1),
        ("person/tomas-okoro", "vice-chaired", "meeting/wgx-7", 1),
        ("person/marta-silva", "attended", "meeting/wgx-7", 1),
        ("action-line/C4", "linked-to-sdg", "sdg/9", 1),
        ("org/unesco", "facilitates", "action-line/C3", 1),
        ("org/itu-bdt", "organised", "event/learning-forum-2031", 1),
        ("meeting/wgx-7", "discussed", "event/learning-forum-2031", 1),
    ],
)
def test_edges_carry_label_and_weight(actors_store, source, label, target, weight):
    g = build_actor_graph(actors_store, BASE)
    data = g.get_edge_data(ID + source, ID + target, key=label)
    assert data == {"label": label, "weight": weight}


def test_no_edge_is_invented(actors_store):
    g = build_actor_graph(actors_store, BASE)
    assert not g.has_edge(ID + "org/unesco", ID + "org/itu-bdt")
    assert g.get_edge_data(ID + "org/wgx", ID + "org/itu-bdt", key="part-of") is None
    assert g.number_of_edges() == 35


@pytest.mark.parametrize(
    "source,label,target,weight",
    [
        ("meeting/wgx-7", "touched-sdg", "sdg/4", 1),  # one paragraph of its report states SDG 4
        ("org/itu-bdt", "asked-about-sdg", "sdg/4", 1),  # a request concerning SDG 4, addressed to BDT
        ("org/unesco", "asked-about-sdg", "sdg/4", 1),  # a request from the paragraph that states SDG 4
    ],
)
def test_sdg_evidence_edges_are_drawn_when_sdgs_are_asked_for(actors_store, source, label, target, weight):
    assert build_actor_graph(actors_store, BASE).get_edge_data(ID + source, ID + target, key=label) is None
    g = build_actor_graph(actors_store, BASE, types="meeting,body,sdg")
    assert g.get_edge_data(ID + source, ID + target, key=label) == {"label": label, "weight": weight}
    assert build_actor_graph(actors_store, BASE, sdg_evidence=True).has_edge(ID + source, ID + target, key=label)


def test_meeting_filter_keeps_what_its_report_mentions(actors_store):
    g = build_actor_graph(actors_store, BASE, meeting=ID + "meeting/wgx-7")
    assert ID + "meeting/wgx-7" in g and ID + "person/marta-silva" in g
    assert ID + "org/itu" not in g  # only in reference data, never mentioned
    assert ID + "sdg/9" not in g
    assert set(build_actor_graph(actors_store, BASE, meeting=ID + "meeting/other-1")) <= {ID + "meeting/other-1"}


def test_type_filter_keeps_induced_subgraph(actors_store):
    g = build_actor_graph(actors_store, BASE, types=["person", "country"])
    assert {d["type"] for _, d in g.nodes(data=True)} == {"person", "country"}
    assert set(k for _, _, k in g.edges(keys=True)) == {"represents"}
    assert build_actor_graph(actors_store, BASE, types="body", keep_isolated=True).number_of_nodes() == 4
    assert build_actor_graph(actors_store, BASE, types="body").number_of_nodes() == 4  # all linked by part-of


def test_unknown_type_names_the_available_ones():
    with pytest.raises(ActorGraphError, match="unknown node type.*alien.*available: person"):
        normalise_types("person,alien")
    assert normalise_types("") is None and normalise_types(None) is None


def test_isolated_nodes_are_dropped_unless_asked_for(actors_store):
    actors_store.replace_graph("urn:x:extra", [(URIRef(ID + "country/ISL"), RDF.type, URIRef(WSIS + "Country"))])
    assert ID + "country/ISL" not in build_actor_graph(actors_store, BASE)
    assert ID + "country/ISL" in build_actor_graph(actors_store, BASE, keep_isolated=True)
    # a type filter that leaves a node without its neighbours drops it too
    assert ID + "person/marta-silva" not in build_actor_graph(actors_store, BASE, types="person,body")


def test_empty_store_gives_empty_graph():
    g = build_actor_graph(Store.open(None), BASE)
    assert g.number_of_nodes() == 0 and g.number_of_edges() == 0


def _add_group_request(store: Store) -> None:
    """A request of WG-X to 'the membership' (a foaf:Group, not a body), derived from paragraph 4."""

    def n(local: str) -> URIRef:
        return URIRef(ID + local)

    foaf, wsis, prov = "http://xmlns.com/foaf/0.1/", WSIS, "http://www.w3.org/ns/prov#"
    store.replace_graph(
        "urn:x:group",
        [
            (n("group/membership"), RDF.type, URIRef(foaf + "Group")),
            (n("group/membership"), RDFS.label, Literal("the membership")),
            (n("report/wgx-7/request/9"), RDF.type, URIRef(wsis + "Request")),
            (n("report/wgx-7/request/9"), URIRef(wsis + "requester"), n("org/wgx")),
            (n("report/wgx-7/request/9"), URIRef(wsis + "addressee"), n("group/membership")),
            (n("report/wgx-7/request/9"), URIRef(wsis + "concerns"), n("action-line/C4")),
            (n("report/wgx-7/request/9"), URIRef(prov + "wasDerivedFrom"), n("report/wgx-7/para/4")),
        ],
    )


def test_collective_group_addressees_are_nodes(actors_store):
    # requests to 'the membership' or 'all stakeholders' (foaf:Group) must not vanish from the actor graph
    _add_group_request(actors_store)
    g = build_actor_graph(actors_store, BASE)
    assert g.nodes[ID + "group/membership"] == {
        "iri": ID + "group/membership",
        "type": "group",
        "label": "the membership",
    }
    assert g.get_edge_data(ID + "org/wgx", ID + "group/membership", key="requested") == {
        "label": "requested",
        "weight": 1,
    }
    assert g.get_edge_data(ID + "meeting/wgx-7", ID + "group/membership", key="addressed-to")["weight"] == 1
    assert g.get_edge_data(ID + "group/membership", ID + "action-line/C4", key="concerns")["weight"] == 1
    assert g.nodes[ID + "org/wgx"]["type"] == "body"  # a body is never demoted to a group
    assert set(build_actor_graph(actors_store, BASE, types="group", keep_isolated=True)) == {ID + "group/membership"}


def test_meeting_filter_keeps_the_parties_of_its_requests(actors_store):
    # the group is never mentioned by a paragraph, but it is asked something in the meeting's report
    _add_group_request(actors_store)
    g = build_actor_graph(actors_store, BASE, meeting=ID + "meeting/wgx-7")
    assert ID + "group/membership" in g
    assert g.has_edge(ID + "org/wgx", ID + "group/membership", key="requested")
    assert ID + "group/membership" not in build_actor_graph(actors_store, BASE, meeting=ID + "meeting/other-1")


def test_a_node_with_several_labels_gets_the_same_one_on_every_engine(actors_store):
    # SAMPLE() lets each engine pick any of them; the projection takes the least one (MIN), so exports
    # from the embedded store and from Virtuoso agree
    person = URIRef(ID + "person/several-names")
    names = ["Zofia Nowak-Kowalska", "Zofia Nowak", "Z. Nowak", "Nowak Zofia", "Zosia Nowak"]
    store = Store.open(None)
    store.replace_graph(
        "urn:x:names",
        [(person, RDF.type, URIRef("http://xmlns.com/foaf/0.1/Person"))]
        + [(person, URIRef("http://xmlns.com/foaf/0.1/name"), Literal(n)) for n in names],
    )
    g = build_actor_graph(store, BASE, keep_isolated=True)
    assert g.nodes[str(person)]["label"] == min(names)

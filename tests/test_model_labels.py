"""Labels the model writes and the queries read: a paragraph is '<report> §2 ¶9'; a country has
one label everywhere (its reference name; the form a report writes stays a skos:altLabel)."""

from __future__ import annotations

import pytest
from extract_support import fixture_store, one_section_report, query_rows
from rdflib import RDFS, Literal, URIRef
from rdflib.namespace import SKOS

from wsiskg.core.actors import build_actor_graph
from wsiskg.ingest.extract import extract
from wsiskg.ingest.model import paragraph_label, to_graph

BASE = "https://example.org/kg/"


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ("2", "r1 §2 ¶9"),
        ("2.1", "r1 §2.1 ¶9"),
        ("IV", "r1 §IV ¶9"),
        ("front", "r1 front ¶9"),
    ],
)
def test_paragraph_label_names_the_report_section_and_paragraph(section: str, expected: str) -> None:
    assert paragraph_label("r1", section, 9) == expected


def test_the_model_labels_paragraphs_with_the_report_and_section_sign() -> None:
    g = to_graph(extract(one_section_report("The Group met.", "It agreed.")), BASE, "r1")
    labels = {
        str(label) for p in g.subjects(RDFS.label, None) if "/para/" in str(p) for label in g.objects(p, RDFS.label)
    }
    assert labels == {"r1 §1 ¶1", "r1 §1 ¶2"}


def test_a_country_has_the_same_label_in_people_and_in_the_actor_graph() -> None:
    # the fixture writes "Korea (Rep. of)", "Iran (Islamic Republic of)" and the UK's long name
    store = fixture_store("itu-t-sg17-2025")
    people = {r["person"]: r["country"] for r in query_rows(store, "people") if r["country"]}
    graph = build_actor_graph(store, keep_isolated=True)
    assert len(people) >= 3
    for person, country in people.items():
        (node,) = [t for _, t, k in graph.out_edges(person, keys=True) if k == "represents"]
        assert graph.nodes[node]["label"] == country, (person, country)
    assert set(people.values()) >= {"Korea, Republic of", "Iran, Islamic Republic of", "United Kingdom"}


def test_the_written_form_of_a_country_stays_an_alt_label() -> None:
    report = one_section_report("Mr. Reza Tehrani (Iran (Islamic Republic of)) attended.")
    g = to_graph(extract(report), BASE, "r1")
    iran = URIRef(BASE + "id/country/IRN")
    assert Literal("Iran (Islamic Republic of)", lang="en") in set(g.objects(iran, SKOS.altLabel))


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            (
                "The ITU Council invited all ITU membership to reply.",
                "The ITU Council encouraged the Membership to take part.",
            ),
            "the Membership",
        ),
        (
            ("The ITU Council invited delegations to reply.", "The ITU Council invited all Delegations to take part."),
            "all Delegations",
        ),
        (
            (
                "The ITU Council invited Member States to reply.",
                "The ITU Council invited all member states to take part.",
            ),
            "Member States",
        ),
    ],
)
def test_a_group_written_in_lower_case_and_capitalised_is_labelled_as_the_capitalised(
    texts: tuple[str, ...], expected: str
) -> None:
    g = to_graph(extract(one_section_report(*texts)), BASE, "r1")
    labels = {str(o) for s, o in g.subject_objects(RDFS.label) if "/group/" in str(s)}
    assert labels == {expected}

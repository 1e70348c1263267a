"""A meeting named only as a meeting is no organisation (decision 21 of
``docs/annotation-guide.md``): the report's own meeting whose body's name is headed by an
event's noun (``Expert Group Meeting on X``, ``Action Line C6 facilitation meeting``) or is the code
such a name is given. The graph keeps the name for the meeting's ``wsis:meetingOf`` (and the
``organizations`` query its acronym), but types no ``org:Organization`` and mentions it nowhere;
the graph still conforms to the shapes. Invented examples."""

from __future__ import annotations

import pytest
from extract_support import make_report
from rdflib import Graph, URIRef
from rdflib.namespace import ORG, RDF

from wsiskg.core.vocab import WSIS
from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.body_mentions import code_of_a_meeting, names_a_meeting
from wsiskg.ingest.model import to_graph
from wsiskg.ingest.records import MEETING_NAME, Section
from wsiskg.ingest.validate import validate
from wsiskg.queries import get_query

BASE = "https://example.org/kg/"


@pytest.mark.parametrize(
    "name",
    [
        "Expert Group Meeting on Rural Connectivity Metrics",
        "Regional Preparatory Meeting for WTDC-31 for the Pacific",
        "Action Line C4 facilitation meeting",
        "WSIS Action Line C8 (Cultural diversity) - Facilitation Meeting",
        "Action Line C7 on e-science facilitation meeting",
        "Interactive Session 12: Open Data for Fisheries",
        "Andean Regional Consultation on the Review of X",
        "NORTHERN CORRIDOR - FOLLOW-UP MEETING OF DONORS",
        "Q.9/13 Rapporteur meeting",
        "Nordic Digital Forum",
        "Joint meeting of the Chairs of the three advisory groups",
    ],
)
def test_a_name_headed_by_an_event_noun_names_a_meeting(name: str) -> None:
    assert names_a_meeting(name)


@pytest.mark.parametrize(
    "name",
    [
        "Expert Group on Coastal Broadband",
        "Council Working Group on Child Online Safety",
        "Working Group on Improvements to the Regional Forum",
        "High-level Panel on Rural Finance",
        "Preparatory Committee for the Lagos phase",
        "Committee 3",
        "RPM-PAC",
    ],
)
def test_a_body_that_meets_is_no_meeting_name(name: str) -> None:
    assert not names_a_meeting(name)


def test_a_code_given_to_a_meeting_name_is_a_meeting() -> None:
    texts = ["1 The third Inter-Regional Meeting (IRM-3) on the preparation of the Conference was held online."]
    assert code_of_a_meeting("IRM-3", texts)
    texts = ["The Regional Preparatory Meeting for the Conference 2031 for the Pacific region (RPM-PAC) met."]
    assert code_of_a_meeting("RPM-PAC", texts)


def test_a_code_given_to_a_body_after_a_meeting_is_no_meeting() -> None:
    texts = ["The meeting of the Council Working Group on Ocean Data (CWG-OD) was opened by its Chair."]
    assert not code_of_a_meeting("CWG-OD", texts)


def _graph(*texts: str, title: str) -> tuple[Graph, object]:
    report = make_report(*texts, title=title, sections=(Section("1", "t", None, 1),), section="1")
    x = extract(report)
    return to_graph(x, BASE, "r1"), x


_REPORT = (
    "REPORT OF THE EXPERT GROUP MEETING ON RURAL CONNECTIVITY METRICS",
    "1 The Expert Group Meeting on Rural Connectivity Metrics was held in Windhoek, Namibia, from 3 to 5 March "
    "2031, organized by the Southern Statistics Institute.",
    "2 The meeting recommended that the Southern Statistics Institute publish a handbook by 30 June 2031.",
)


def test_the_meeting_named_as_a_meeting_is_no_organisation() -> None:
    g, x = _graph(*_REPORT, title="Report of the Expert Group Meeting on Rural Connectivity Metrics")
    key = "expert-group-meeting-on-rural-connectivity-metrics"
    assert x.meeting is not None and x.meeting.body == key
    assert next(b for b in x.bodies if b.key == key).kind == MEETING_NAME
    node = URIRef(BASE + "id/org/" + key)
    assert (None, WSIS.meetingOf, node) in g
    assert (node, RDF.type, ORG.Organization) not in g
    assert (None, WSIS.mentions, node) not in g
    assert (URIRef(BASE + "id/org/southern-statistics-institute"), RDF.type, ORG.Organization) in g
    assert validate(g).conforms


def test_the_organizations_query_keeps_the_meeting_name_for_its_acronym() -> None:
    g, _ = _graph(*_REPORT, title="Report of the Expert Group Meeting on Rural Connectivity Metrics")
    names = {str(r.name) for r in g.query(get_query("organizations").text)}
    assert {"Expert Group Meeting on Rural Connectivity Metrics", "Southern Statistics Institute"} <= names


def test_a_group_that_meets_stays_an_organisation() -> None:
    g, x = _graph(
        "REPORT OF THE EXPERT GROUP ON COASTAL BROADBAND",
        "1 The Expert Group on Coastal Broadband held its fourth meeting in Apia, Samoa, from 3 to 5 March 2031.",
        title="Report of the Expert Group on Coastal Broadband",
    )
    assert x.meeting is not None
    node = URIRef(BASE + "id/org/" + x.meeting.body)
    assert (node, RDF.type, ORG.Organization) in g


def test_a_code_given_to_a_body_in_a_title_in_capitals_is_no_meeting() -> None:
    texts = ["XII MEETING OF THE PERMANENT CONSULTATIVE COMMITTEE III: BROADBAND (PCC.III)"]
    assert not code_of_a_meeting("PCC.III", texts)

"""Stated SDG references (ingest/extract/sdgs.py): at the precision the text gives, checked against the KOS."""

from __future__ import annotations

import pytest
from extract_support import one_section_report
from rdflib import URIRef

from wsiskg.core.vocab import WSIS
from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.concepts import find_concepts
from wsiskg.ingest.extract.sdgs import stated_codes
from wsiskg.ingest.model import to_graph
from wsiskg.ingest.records import Mention

BASE = "https://example.org/kg/"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # goals
        ("Action Line C3 contributes to SDG 4.", ["4"]),
        ("The linkages with SDGs 9 and 17 were described.", ["9", "17"]),
        ("Goals 5 and 10 were discussed together.", ["5", "10"]),
        ("in particular Goal 16", ["16"]),
        ("SDG 5 and the Strategic Plan", ["5"]),  # "SDG" is never ITU's own
        ("SDG4, SDG-16 and Sustainable Development Goal 13", ["4", "16", "13"]),
        ("SDGs 4, 5, and 9", ["4", "5", "9"]),
        # targets
        ("progress towards target 9.c on affordable access", ["9.c"]),
        ("SDG target 17.8 on enabling technology", ["17.8"]),
        ("SDG 16.10 (public access to information)", ["16.10"]),
        ("targets 9.c and 17.8", ["9.c", "17.8"]),
        ("Target 4.4 of the SDGs", ["4.4", "all"]),
        # indicators (coded by the UN permanent code)
        ("indicator 17.6.1 on fixed broadband subscriptions", ["C170601"]),
        ("SDG indicators 9.c.1 and 17.8.1", ["C090c01", "C170801"]),
        # the framework as a whole
        ("the 2030 Agenda for Sustainable Development", ["all"]),
        ("towards Agenda 2030", ["all"]),
        ("the Sustainable Development Goals", ["all"]),
        ("achieving the SDGs", ["all"]),
        # a goal's official short name in title case
        ("ICTs and Climate Action", ["13"]),
        ("Quality Education and Gender Equality", ["4", "5"]),
        # a number the KOS does not know falls back to what it knows
        ("SDG 9.9", ["9"]),
        ("indicator 9.c.7", ["9.c"]),
    ],
)
def test_stated_forms(text: str, codes: list[str]) -> None:
    assert stated_codes(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "CWG-WSIS&SDG-41/5",
        "SDG 18",
        "target 5",  # a bare number after "target" is not an SDG reference
        "our goal is 5 items",
        "gender equality and climate action",  # topics (inferred by the tagger), not references
        "the Connect 2030 Agenda for Global Telecommunication/ICT Development",
        "Target 2.1 of the Connect 2030 Agenda",  # ITU's own numbered targets
        "Strategic Goal 2 (Inclusiveness)",  # and goals
        "Goal 1 of the Strategic Plan for 2024-2027",
        "the SDG process",
    ],
)
def test_not_stated(text: str) -> None:
    assert stated_codes(text) == []


def test_mentions_keep_the_precision_and_the_paragraphs() -> None:
    report = one_section_report("SDG target 9.c and SDG 4.", "Indicator 17.6.1.", "The 2030 Agenda and SDG 4.")
    sdg = [m for m in find_concepts(report) if m.kind == "sdg"]
    assert sdg == [
        Mention("sdg", "all", (3,)),
        Mention("sdg", "4", (1, 3)),
        Mention("sdg", "9.c", (1,)),
        Mention("sdg", "C170601", (2,)),
    ]


def test_stated_references_are_wsis_mentions_of_our_iris() -> None:
    report = one_section_report("SDG target 9.c and indicator 17.6.1 serve the 2030 Agenda.")
    g = to_graph(extract(report), BASE, "r")
    para = URIRef(BASE + "id/report/r/para/1")
    assert set(g.objects(para, WSIS.mentions)) >= {
        URIRef(BASE + "id/sdg/9.c"),
        URIRef(BASE + "id/sdg/indicator/C170601"),
        URIRef(BASE + "id/sdg"),
    }

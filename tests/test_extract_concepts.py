"""Action lines and SDGs (ingest/extract/concepts.py)."""

from __future__ import annotations

import re

import pytest
from extract_support import sample_report

from wsiskg.ingest.extract.concepts import action_line_codes, concept_keys, find_concepts, sdg_codes
from wsiskg.ingest.records import Mention, Paragraph, ParsedReport, Section


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("ITU Roadmaps C2, C4, C5 and C6", ["C2", "C4", "C5", "C6"]),
        ("all action lines C1–C11", [f"C{n}" for n in range(1, 12)]),
        ("action lines C3-C5", ["C3", "C4", "C5"]),
        ("Action Line C7 e-health", ["C7.e-health"]),
        ("C7 E-Health and C7 e-agriculture", ["C7.e-health", "C7.e-agriculture"]),
        ("WSIS Action Line C4 (Capacity Building)", ["C4"]),
        ("capacity building for youth", ["C4"]),
        ("the Action Line on Media and C9 (Media)", ["C9"]),
        ("eHealth services", ["C7.e-health"]),
        ("Ethical dimensions of the Information Society", ["C10"]),
    ],
)
def test_action_lines(text: str, codes: list[str]) -> None:
    assert action_line_codes(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "C22/45-E",
        "UNESCO 41 C/27",
        "C2C platform",
        "Council-22",
        "C12 and C0",
        "CWG-WSIS&SDG-38/16",
        "social media",
        "C4-2",
    ],
)
def test_not_action_lines(text: str) -> None:
    assert action_line_codes(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("SDG 9", ["9"]),
        ("SDG9 and SDG-16", ["9", "16"]),
        ("SDGs 4 and 5", ["4", "5"]),
        ("Goals 4, 5 and 16", ["4", "5", "16"]),
        ("Goal 4", ["4"]),
        ("SDG target 9.c", ["9.c"]),
        ("SDG 17.8", ["17.8"]),
        ("Quality Education and Gender Equality", ["4", "5"]),
        ("ICTs and Climate Action", ["13"]),
        ("achieving the SDGs", ["all"]),
        ("Sustainable Development Goals (SDGs)", ["all"]),
    ],
)
def test_sdgs(text: str, codes: list[str]) -> None:
    assert sdg_codes(text) == codes


@pytest.mark.parametrize("text", ["WSIS&SDG", "CWG-WSIS&SDG-38/1", "SDG 18", "the SDG process", "our goal is 5 items"])
def test_not_sdgs(text: str) -> None:
    assert sdg_codes(text) == []


def test_concept_keys() -> None:
    assert concept_keys("C4 and SDG 9") == ["action-line:C4", "sdg:9"]


def test_find_concepts_lists_every_paragraph() -> None:
    r = ParsedReport(
        "t",
        "text/plain",
        None,
        (Section("1", "t", None, 1),),
        (
            Paragraph(1, "1", "Action Line C4 and SDG 4."),
            Paragraph(2, "1", "Nothing."),
            Paragraph(3, "1", "Capacity building and the SDGs."),
        ),
    )
    assert find_concepts(r) == (
        Mention("action-line", "C4", (1, 3)),
        Mention("sdg", "all", (3,)),
        Mention("sdg", "4", (1,)),
    )


def test_sample_concepts() -> None:
    r = sample_report()
    found = {(m.kind, m.code): m for m in find_concepts(r)}
    assert set(found) == {
        ("action-line", "C2"),
        ("action-line", "C4"),
        ("action-line", "C5"),
        ("action-line", "C6"),
        ("sdg", "all"),
        ("sdg", "13"),
    }
    texts = {p.order: p.text for p in r.paragraphs}
    c4 = [o for o, t in texts.items() if "C4" in t or "Capacity Building" in t]
    assert found[("action-line", "C4")].paragraphs == tuple(c4)
    sdg_all = [o for o, t in texts.items() if re.search(r"\bSDGs\b|Sustainable Development Goals|2030 Agenda", t)]
    assert found[("sdg", "all")].paragraphs == tuple(sdg_all)

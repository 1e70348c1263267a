"""A paragraph's number is no part of the body the paragraph opens with: ``3 The National Frequency
Agency (NFA) organised ...`` names the National Frequency Agency, and a request to ``NFA`` later asks
that body, not ``3 The National Frequency Agency`` (bodies.defined_name). A number the acronym begins
with stays in the name. Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import one_section_report as report
from extract_support import parsed_text
from extract_support import requests_of as run

from wsiskg.ingest.extract import extract


def _names(*sentences: str) -> list[tuple[str, str | None]]:
    return [(b.name, b.acronym) for b in extract(report(*sentences)).bodies]


def test_a_paragraph_number_before_a_defined_body_is_dropped() -> None:
    names = _names(
        "3 The National Frequency Agency (NFA) organised a national meeting in Lusaka on 2 May 2031.",
        "4.2. Regional Spectrum Office (RSO) hosted the second session.",
        "12 The Pacific Cable Consortium (PCCX) reported on the new landing stations.",
    )
    assert ("National Frequency Agency", "NFA") in names
    assert ("Regional Spectrum Office", "RSO") in names
    assert ("Pacific Cable Consortium", "PCCX") in names
    assert not [n for n, _ in names if n[0].isdigit()]


def test_the_body_asked_later_by_its_acronym_has_no_number() -> None:
    requests = run(
        report(
            "2 The Andean Numbering Authority (ANA) presented its plan.",
            "The Group requested ANA to publish the revised numbering plan by 30 June 2031.",
            "1 The Sahel Broadband Office (SBO) reported on the pilot sites.",
            "The Group invited SBO to share its coverage maps.",
        ),
        "cwg-cop",
    )
    assert [tuple(a.label for a in r.addressees) for r in requests] == [
        ("Andean Numbering Authority",),
        ("Sahel Broadband Office",),
    ]


def test_a_number_the_acronym_begins_with_is_no_paragraph_number() -> None:
    from wsiskg.ingest.extract.bodies import defined_name

    text = "The Council thanked the 5 Rivers Telecom Forum (5RTF) for its report."
    assert defined_name(text, text.index("(5RTF)"), "5RTF") == "5 Rivers Telecom Forum"
    text = "7 The Coastal Radio Board (CRB) met."
    assert defined_name(text, text.index("(CRB)"), "CRB") == "Coastal Radio Board"


def test_a_heading_and_its_subsection_number_before_the_body_are_dropped() -> None:
    from wsiskg.ingest.extract.bodies import defined_name

    text = "2 Activities 2.1 The Regional Broadband Taskforce (RBT) met twice."
    assert defined_name(text, text.index("(RBT)"), "RBT") == "Regional Broadband Taskforce"
    text = "5 Outreach 5.3 The Island Spectrum Council (ISC) reported."
    assert defined_name(text, text.index("(ISC)"), "ISC") == "Island Spectrum Council"
    text = "7.4 Outcomes 7.4.1 The Delta Numbering Panel (DNP) agreed its terms of reference."
    assert defined_name(text, text.index("(DNP)"), "DNP") == "Delta Numbering Panel"


# Round 41: a Roman numeral in capitals labelling a paragraph (``V. The secretariat is instructed ...``) is no
# addressee of the passive it opens; a capital initial before a name (``V. Ivanov``) stays the person's.
_ROMAN_RECORD = """Council Working Group on Coastal Resilience

Summary of the fourth meeting, Geneva, 9-10 March 2033

I. The Group held its fourth meeting on 9-10 March 2033 under the chairmanship of Mr V. Ivanov (Russian Federation).
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "V. The secretariat is instructed to compile national practices on buoy registries by 15 September 2033.",
        "X. The secretariat is requested to circulate the draft glossary before the next meeting.",
        "IV. All Member States are invited to provide tide-gauge data by 31 July 2033.",
        "XIV. The secretariat is also asked to publish the contributions on the website.",
    ],
)
def test_a_roman_numeral_label_is_no_addressee_of_a_passive(tmp_path: Path, sentence: str) -> None:
    (r,) = extract(parsed_text(tmp_path, _ROMAN_RECORD + sentence + "\n")).requests
    assert [a.key for a in r.addressees] in (
        ["council-working-group-on-coastal-resilience-secretariat"],
        ["member-states"],
    )


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("V. Ivanov (Russian Federation) was invited to chair the drafting group.", "v-ivanov"),
        ("L. Marendaal (Estonia) was invited to chair the drafting group.", "l-marendaal"),
    ],
)
def test_an_initial_before_a_name_stays_the_persons(tmp_path: Path, sentence: str, person: str) -> None:
    (r,) = extract(parsed_text(tmp_path, _ROMAN_RECORD + sentence + "\n")).requests
    assert [(a.kind, a.key) for a in r.addressees] == [("person", person)]


@pytest.mark.parametrize(
    ("text", "requester"),
    [
        ("C.3 UNESCO encourages all stakeholders to submit their inputs by 4 May 2031.", "unesco"),
        ("B.2 The Council invites Member States to share their experience by 4 May 2031.", "itu-council"),
        ("A.1.4 UNDP asks the regional offices to report by 4 May 2031.", "undp"),
    ],
)
def test_an_annex_lettered_paragraph_number_is_no_part_of_the_requester(text: str, requester: str) -> None:
    """``C.3 UNESCO encourages ...``: the lettered number of an annex's paragraph is dropped before the subject (not
    ``C.UNESCO``)."""
    requests = run(report(text), "cwg-cop")
    assert [r.requester.key for r in requests] == [requester]

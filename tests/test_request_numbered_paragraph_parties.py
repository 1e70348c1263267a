"""A paragraph's number is no part of the body the paragraph opens with: ``3 The National Frequency
Agency (NFA) organised ...`` names the National Frequency Agency, and a request to ``NFA`` later asks
that body, not ``3 The National Frequency Agency`` (bodies.defined_name). A number the acronym begins
with stays in the name. Every sentence here is invented for the test."""

from __future__ import annotations

from extract_support import one_section_report as report
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

"""Regional telecommunication organisations of the catalogue: the six regional
organisations ITU prepares its conferences with (APT, ASMG, ATU, CEPT, CITEL, RCC) and the
sub-regional ones real documents name by acronym alone (CTU, AICTO, PITA, EACO, COMTELCA, ARICEA),
also under the spellings real documents use (`African Telecommunication Union`). Invented examples."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.bodies import find_bodies


def _keys(*texts: str) -> set[str]:
    return {b.key for b in find_bodies(one_section_report(*texts), None)}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Common proposals were received from ASMG and from CEPT.", "asmg"),
        ("The Arab Spectrum Management Group held its 31st meeting in Muscat.", "asmg"),
        ("ASMG's preparatory meeting for WRC-31 will take place in Cairo", "asmg"),
        ("The African Telecommunication Union (ATU) presented the African common proposals.", "atu"),
        ("a joint workshop with the African Telecommunication Union, held in Nairobi", "atu"),
        ("The CTU Secretary-General thanked the delegates; CTU will host the next forum.", "ctu"),
        ("the Caribbean Telecommunications Union organised a regional ICT week", "ctu"),
        ("Representatives of AICTO, PITA and EACO attended as observers.", "aicto"),
        ("Representatives of AICTO, PITA and EACO attended as observers.", "pita"),
        ("Representatives of AICTO, PITA and EACO attended as observers.", "eaco"),
        ("the East African Communications Organization (EACO) congress in Kigali", "eaco"),
        ("The Arab ICT Organization offered to host the training.", "aicto"),
        ("COMTELCA and REGULATEL were thanked for their contributions.", "comtelca"),
        ("the Regional Technical Commission of Telecommunications met in Tegucigalpa", "comtelca"),
        ("ARICEA, CRASA and WATRA shared their harmonisation work.", "aricea"),
        ("funded by the African Development Bank (AfDB) and the World Bank", "afdb"),
    ],
)
def test_a_regional_organisation_is_a_catalogue_body(text: str, key: str) -> None:
    assert key in _keys(text)


@pytest.mark.parametrize(
    "texts",
    [
        ("The Czech Telecommunication Office (CTU) submitted the contribution; CTU proposed edits.",),
        ("Comments by the Cyber Threat Unit (CTU) of the regulator", "CTU will report in June."),
        ("The rules of ITU-T apply. The Czech Telecommunication Office (CTU) supports the proposal.",),
    ],
)
def test_a_catalogue_acronym_the_report_gives_another_body_names_that_body(texts: tuple[str, ...]) -> None:
    bodies = find_bodies(one_section_report(*texts), None)
    assert "ctu" not in {b.key for b in bodies}
    assert any(b.acronym == "CTU" and b.name.split()[-1] in ("Office", "Unit") for b in bodies)
    assert all("." not in b.name for b in bodies)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The International Telecommunications Union (ITU) replied; ITU agreed.", "itu"),
        ("the Asia Pacific Telecommunity (APT) and APT members", "apt"),
        ("the Caribbean Telecommunication Union (CTU) and the CTU Secretariat", "ctu"),
        ("the Council Working Group on the use of the six official languages of the Union (CWG-LANG) met", "cwg-lang"),
        ("Ms Ana Paz, Digital Skills Division of the Telecommunication Development Bureau (BDT), said", "itu-bdt"),
    ],
)
def test_a_catalogue_body_misspelt_before_its_acronym_stays_the_catalogue_body(text: str, key: str) -> None:
    assert key in _keys(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # partners real ITU documents name by acronym or short name alone
        ("A liaison statement to 3GPP on network slicing was agreed.", "3gpp"),
        ("the Third Generation Partnership Project (3GPP) replied", "3gpp"),
        ("the 3rd Generation Partnership Project 2 (3GPP2) replied", "3gpp2"),
        ("Liaison statements were received from oneM2M and from ISO.", "onem2m"),
        ("data shared by WMO and EUMETSAT on space weather", "eumetsat"),
        ("the Organisation internationale de la Francophonie (OIF) hosted a forum", "oif"),
        ("The Chair asked the ECO to publish the draft proposals.", "eco"),
        ("a side event of UN-OHRLLS and ITU on small island States", "un-ohrlls"),
        ("the Organization of American States and the CTO", "oas"),
        ("the Organization of American States and the CTO", "cto"),
        ("Ms B (APC) asked for remote participation.", "apc"),
    ],
)
def test_partners_named_by_acronym_alone_are_catalogue_bodies(text: str, key: str) -> None:
    assert key in _keys(text)

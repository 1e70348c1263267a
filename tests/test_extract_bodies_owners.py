"""Bodies and their owners: a catalogue organisation named right before a
capitalised name it owns names no body there; a body numbered by its last word keeps its acronym in
brackets, also one with a dot (``PCC.I``); a noun of its own before ``of the`` is no part of the name
after it. Invented examples."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.bodies import BodyMatcher, find_bodies


def _mentions(text: str) -> list[tuple[str, str, bool]]:
    """(text, key, names no body there) of each span of ``text``."""
    m = BodyMatcher(None)
    return [(s.text, s.keys[0], m._weak(text, s)) for s in m.spans(text)]


def _names(*texts: str) -> set[str]:
    return {b.name for b in find_bodies(one_section_report(*texts), None)}


# ------------------------------------------------------------------ the owner of a capitalised name
@pytest.mark.parametrize(
    "text",
    [
        "Authors were invited to the ITU Kaleidoscope conference in Lisbon.",
        "The Administrations of ITU Member States were invited to reply.",
        "Delegates recalled the outcome of the UN Summit on sustainable development.",
        "The workshop was held at UN House, Beirut, on 4 May 2031.",
        "the results of the EU Kids Online survey were presented",
        "He thanked UNICEF Pacific for its support.",
    ],
)
def test_an_organisation_named_before_a_name_it_owns_names_no_body(text: str) -> None:
    assert all(weak for _, _, weak in _mentions(text))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ITU will host the workshop and UNESCO agreed.", "itu"),
        ("The meeting was held at ITU Headquarters, Geneva.", "itu"),
        ("the Economic Community of West African States (ECOWAS) Commission", "ecowas"),
        ("ITU, UNESCO and UNDP co-organized the session.", "unesco"),
    ],
)
def test_an_organisation_that_acts_or_hosts_is_a_body(text: str, key: str) -> None:
    assert any(not weak for _, k, weak in _mentions(text) if k == key)


def test_a_body_defined_by_the_report_is_no_owner() -> None:
    names = _names("The Rural Spectrum Authority (RSA) and the RSA Board met.")
    assert "Rural Spectrum Authority" in names


# ------------------------------------------------------------------ a body numbered by its last word
@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Delegates recalled that the Standing Consultative Committee II (SCC.II) met in Quito.",
            "Standing Consultative Committee II",
            "SCC.II",
        ),
        ("The Technical Committee 3 (TC3) reported on its work.", "Technical Committee 3", "TC3"),
        (
            "Contributions to the Regional Working Committee B (RWC-B) were received.",
            "Regional Working Committee B",
            "RWC-B",
        ),
    ],
)
def test_a_numbered_body_keeps_its_acronym(text: str, name: str, acronym: str) -> None:
    found = {(b.name, b.acronym) for b in find_bodies(one_section_report(text), None)}
    assert (name, acronym) in found
    assert not any(n.startswith("The ") for n, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The report of PCC.I was noted.",
        "the Permanent Consultative Committee I: Telecommunications (PCC.I) met in Lima",
        "the XIV meeting of CITEL's Permanent Consultative Committee I (PCC.I)",
        "The results were presented at the CITEL PCC.I meeting held in Asuncion.",
    ],
)
def test_citel_permanent_consultative_committees_are_catalogue_bodies(text: str) -> None:
    assert "citel-pcc1" in {b.key for b in find_bodies(one_section_report(text), None)}


def test_a_numbered_body_after_an_opener_leaves_it_out() -> None:
    assert _names("The Committee 4 approved the text.") == {"Committee 4"}


# ------------------------------------------------------------------ a noun of its own before "of the"
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spain, holding the Presidency of the Council of the European Union, spoke.", "Council of the European Union"),
        (
            "The meeting took note of the Report of the Expert Group on Rural Connectivity.",
            "Expert Group on Rural Connectivity",
        ),
        ("It welcomed the Chairmanship of the Arab Spectrum Committee.", "Arab Spectrum Committee"),
        ("Report of the Regional Advisory Board", "Regional Advisory Board"),
    ],
)
def test_a_noun_of_its_own_before_of_the_is_no_part_of_the_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "the Plan of Action for the Information and Knowledge Society in the region",
        "a Workshop on Quality of Service for Digital Financial Services",
        "the World Summit on the Information Society",
    ],
)
def test_a_longer_name_before_of_the_still_holds_its_words(text: str) -> None:
    assert _names(text) == set()


def test_the_presidency_of_the_council_names_neither_the_union_nor_the_itu_council() -> None:
    assert _names("Malta, holding the Presidency of the Council of the European Union, spoke.") == {
        "Council of the European Union"
    }


# ------------------------------------------------------------------ a session named with its acronym, a text of a body
@pytest.mark.parametrize(
    "text",
    [
        "He briefed the group on the Internet Governance Forum (IGF) held in Suva from 2 to 5 May 2031.",
        "the Internet Governance Forum (IGF), which met in Apia in 2030",
        "Members were urged to review the draft CPM Report before the session.",
        "Input to the draft CPM text on agenda item 1.4",
    ],
)
def test_a_session_past_its_acronym_or_a_text_of_the_body_names_no_body(text: str) -> None:
    assert not {"igf", "cpm"} & {b.key for b in find_bodies(one_section_report(text), None)}


@pytest.mark.parametrize(
    "text",
    [
        "The Internet Governance Forum (IGF) agreed to publish the report.",
        "Norway will host the annual meeting of the Internet Governance Forum (IGF) in Oslo from 6 to 9 June 2031.",
    ],
)
def test_a_forum_named_with_its_acronym_that_acts_or_meets_is_a_body(text: str) -> None:
    assert "igf" in {b.key for b in find_bodies(one_section_report(text), None)}


# ---------------------------------------------------- a network named first, a secretariat of the event it serves
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Network of Women for WTDC-29 held its first gathering in Baku.", "Network of Women for WTDC-29"),
        ("She invited delegates to join the Network of Women for PP-30.", "Network of Women for PP-30"),
        ("the Network of Regulators for Digital Inclusion met online", "Network of Regulators for Digital Inclusion"),
        ("The Executive Secretariat of the Summit informed delegates.", "Executive Secretariat of the Summit"),
        (
            "comments were sent to the Executive Secretariat of the Conference by 3 May",
            "Executive Secretariat of the Conference",
        ),
    ],
)
def test_a_network_or_a_secretariat_named_by_its_complement(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_secretariat_of_a_longer_name_is_no_body_of_its_own() -> None:
    assert "Secretariat of the Council" not in _names("the Secretariat of the Council Working Group")


# ------------------------------------------------------------------ a unit "of the" its catalogue owner's acronym
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Ms Ana Ruiz, Head of the Rural Connectivity Division of the BDT, presented the report.",
            "Rural Connectivity Division",
        ),
        ("The Climate Unit of the TSB prepared the draft.", "Climate Unit"),
        ("the Spectrum Management Department of the BR", "Spectrum Management Department"),
    ],
)
def test_a_unit_of_the_catalogue_acronym_is_the_unit(text: str, unit: str) -> None:
    names = _names(text)
    assert unit in names
    assert not any(n.startswith(unit + " of") for n in names)


def test_a_board_named_by_its_members_keeps_its_owner() -> None:
    assert "Board of Heads of Postal Administrations of the RCC" in _names(
        "the Board of Heads of Postal Administrations of the RCC"
    )


# ------------------------------------------------------------------ a title is no conference
@pytest.mark.parametrize(
    "text",
    [
        "H.E. Mr Tomas Lind, Ambassador Extraordinary and Plenipotentiary of Sweden, signed the note.",
        "Ms Ewa Nowak, Plenipotentiary for Digital Public Services, presented the results.",
    ],
)
def test_a_plenipotentiary_as_a_title_names_no_conference(text: str) -> None:
    assert "itu-pp" not in {k for _, k, _ in _mentions(text)}


def test_the_plenipotentiary_conference_is_still_named() -> None:
    assert "itu-pp" in {k for _, k, _ in _mentions("Resolution 140 of the Plenipotentiary Conference")}


def test_a_sector_named_before_its_study_group_meetings_names_no_body() -> None:
    assert all(weak for _, _, weak in _mentions("Students may take part in ITU-T study group meetings."))


# -------------------------------------------------------------- a secretariat named by the body it serves
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Secretariat of the Rotterdam Convention shared its e-waste guidance.",
            "Secretariat of the Rotterdam Convention",
        ),
        (
            "comments were invited by the Secretariat of the Arab Maghreb Union, Rabat",
            "Secretariat of the Arab Maghreb Union",
        ),
        (
            "We ask the Secretariat of the Commission on Crime Prevention and Criminal Justice to reply.",
            "Secretariat of the Commission on Crime Prevention and Criminal Justice",
        ),
        (
            "with the General Secretariat of the Gulf Cooperation Council",
            "General Secretariat of the Gulf Cooperation Council",
        ),
    ],
)
def test_a_secretariat_named_by_the_body_it_serves_is_a_body(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text", ["The Secretariat presented Document 12.", "the secretariat of the Council Working Group was thanked"]
)
def test_a_bare_or_lower_case_secretariat_is_no_body_of_its_own(text: str) -> None:
    assert not any(n.startswith("Secretariat") for n in _names(text))


def test_the_secretariat_of_itu_is_the_general_secretariat() -> None:
    assert "itu-gs" in {b.key for b in find_bodies(one_section_report("a letter to the Secretariat of ITU"), None)}

"""A permanent mission's name runs over the place it is accredited to, as a ministry's runs to its
country (annotation guide, decision 16); an embassy is no body (``contact the Embassy of X in their
country``: a circular's boilerplate). Invented examples."""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract.body_form_names import _named_by_form


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ms Varga, Counsellor, Permanent Mission of Hungary in Geneva, said",
            "Permanent Mission of Hungary in Geneva",
        ),
        (
            "a note from the Permanent Mission of Chile to the United Nations Office at Geneva on it",
            "Permanent Mission of Chile to the United Nations Office at Geneva",
        ),
        (
            "the Permanent Mission of Nepal to the United Nations and Other International Organizations in Vienna",
            "Permanent Mission of Nepal to the United Nations and Other International Organizations in Vienna",
        ),
        ("the Permanent Delegation of Peru to UNESCO, and", "Permanent Delegation of Peru to UNESCO"),
        ("the Permanent Mission of Fiji presented it", "Permanent Mission of Fiji"),
        ("the Permanent Mission of Chile to the United Nations in New York met",
         "Permanent Mission of Chile to the United Nations in New York"),
    ],
)  # fmt: skip
def test_a_mission_is_named_with_the_place_it_is_accredited_to(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)][0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a liaison office: its owner before its head, the body it is accredited to and its city after it
        ("Ms A, Head, ITU Liaison Office to the United Nations in New York, spoke.",
         "ITU Liaison Office to the United Nations in New York"),
        ("The Universal Postal Union Liaison Office to the United Nations presents its compliments",
         "Universal Postal Union Liaison Office to the United Nations"),
        ("The FAO Liaison Office to the European Union in Brussels hosted a session.",
         "FAO Liaison Office to the European Union in Brussels"),
        ("The UNESCO Liaison Office in Addis Ababa hosted it.", "UNESCO Liaison Office in Addis Ababa"),
        ("Mr B (WMO Liaison Office) spoke.", "WMO Liaison Office"),
    ],
)  # fmt: skip
def test_a_liaison_office_is_named_with_the_body_it_is_accredited_to(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)][0] == name


def test_other_bodies_are_still_placed_apart_from_their_city() -> None:
    assert [n for n, _ in _named_by_form("the Ministry of ICT in Nairobi met")] == ["Ministry of ICT"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "it worked with ITU on the ITU Focus Group on Smart Grids, Metering and Storage, and with",
            "ITU Focus Group on Smart Grids, Metering and Storage",
        ),
        ("the cooperation of WMO on the Global Alliance for Weather Data.", "Global Alliance for Weather Data"),
    ],
)
def test_an_acronym_acting_on_a_body_heads_no_longer_name(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


def test_a_name_after_a_head_and_on_the_is_still_part_of_it() -> None:
    assert _named_by_form("the World Summit on the Information Society met") == []


def test_a_ministry_and_the_body_an_acronym_defines_are_two_bodies() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract.bodies import find_bodies

    text = "We thank the Ministry of Posts of Ruritania and the National Spectrum Agency (ANESP) for it."
    found = {(b.name, b.acronym) for b in find_bodies(one_section_report(text), None)}
    assert found == {("Ministry of Posts of Ruritania", None), ("National Spectrum Agency", "ANESP")}


def test_a_vice_ministry_is_a_body() -> None:
    assert [n for n, _ in _named_by_form("led by the Vice-Ministry of Telecommunications, with")] == [
        "Vice-Ministry of Telecommunications"
    ]


def test_short_words_in_capitals_beside_a_heading_are_no_part_of_the_name() -> None:
    assert [n for n, _ in _named_by_form("INTERNATIONAL RADIO FORUM Technical Advisory Group")] == [
        "Technical Advisory Group"
    ]
    assert [n for n, _ in _named_by_form("the ITU Regional Office for Asia met")] == ["ITU Regional Office for Asia"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("WG on Capacity Development, Ms Oyelaran (Nigeria), ongoing", ["WG on Capacity Development"]),
        ("the CWG on Languages met", []),  # another group's acronym, not WG
        ("the WG met", []),  # WG alone names no group
    ],
)
def test_wg_heads_a_working_groups_name(text: str, names: list[str]) -> None:
    assert [n for n, _ in _named_by_form(text)] == names


def test_the_radiocommunication_study_groups_are_one_catalogue_body() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract.bodies import find_bodies

    report = one_section_report("The ITU-R study groups were asked to study it.", "ITU-T study groups agreed.")
    assert [b.key for b in find_bodies(report, None)] == ["itu-r-study-groups"]


def test_an_embassy_is_no_body() -> None:
    assert _named_by_form("please contact the Embassy of Ruritania in your country") == []

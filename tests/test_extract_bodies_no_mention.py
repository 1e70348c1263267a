"""Bodies: names that mention no body (a session of the Council given by its
year, a session given by its code after ``session of the``, an organ acting in a resolution it is
cited with), and where a name ends (elided articles, a country listed after a name, words in
capitals around a name in title case). Invented examples."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.bodies import find_bodies
from wsiskg.ingest.extract.body_form_names import _named_by_form


def _keys(*texts: str, meeting_body: str | None = None) -> set[str]:
    return {b.key for b in find_bodies(one_section_report(*texts), meeting_body)}


# ----------------------------------------------------------------------------- sessions, issuers


@pytest.mark.parametrize(
    "text",
    [
        "The Chair will report on the outcome to Council 2031.",
        "The draft plan will be submitted to Council 2027 as Document C27/12.",
        "The last meeting will be held before Council 2019 (Geneva, 10-20 June 2019).",
        "Those Vice-Chairs were designated by the 2024 Council.",
    ],
)
def test_a_session_of_the_council_named_by_its_year_is_no_mention_of_the_council(text: str) -> None:
    assert "itu-council" not in _keys(text)


def test_the_council_acting_is_still_the_council() -> None:
    assert "itu-council" in _keys("The Council approved the budget at its 2030 session.")


@pytest.mark.parametrize(
    "text",
    [
        "They recalled that the second session of the Conference Preparatory Meeting (CPM31-2) would be held in May.",
        "the outcome of the first session of the Conference Preparatory Meeting (CPM27-1), held in Geneva",
    ],
)
def test_a_session_given_by_its_code_is_an_event_even_after_session_of(text: str) -> None:
    assert "cpm" not in _keys(text)


def test_the_body_whose_session_it_is_stays_a_mention_without_a_code() -> None:
    assert "cpm" in _keys("the second session of the Conference Preparatory Meeting (Geneva, 2027) agreed")
    # a conference is no organisation (decision 26), its session or not
    assert "unesco-gc" not in _keys("the 44th session of the General Conference of UNESCO (Paris, 2027) agreed")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("recalling resolution A/RES/81/199 of the General Assembly on ICT for development", "unga"),
        ("under resolution E/RES/2031/9 of the Economic and Social Council,", "ecosoc"),
        ("in line with Resolution 41 C/62 of the General Conference of UNESCO", "unesco-gc"),
    ],
)
def test_an_organ_named_after_its_resolution_symbol_is_only_its_issuer(text: str, key: str) -> None:
    assert key not in _keys(text)


def test_a_council_working_group_is_no_mention_of_the_council() -> None:
    assert "itu-council" not in _keys("The Council Working Group on the use of the official languages met twice.")


# ----------------------------------------------------------------------------- where a name ends


def _form(text: str) -> list[str]:
    return [n for n, _ in _named_by_form(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mme Diallo, Agence des Technologies de l'Information et de la Communication, Niamey",
            "Agence des Technologies de l'Information et de la Communication",
        ),
        (
            "the Autorité de Régulation des Postes de Côte d'Ivoire reported",
            "Autorité de Régulation des Postes de Côte d'Ivoire",
        ),
        (
            "a study by the Istituto Nazionale dell’Economia Digitale was cited",
            "Istituto Nazionale dell’Economia Digitale",
        ),
    ],
)
def test_an_elided_article_is_part_of_a_name(text: str, name: str) -> None:
    assert _form(text) == [name]


def test_an_elided_article_is_part_of_a_name_defined_by_its_acronym() -> None:
    text = "M. Traoré, Agence Nationale de l'Economie Numérique (ANEN), Mali, presented it."
    assert _keys(text) >= {"anen"}
    found = {b.key: b.name for b in find_bodies(one_section_report(text), None)}
    assert found["anen"] == "Agence Nationale de l'Economie Numérique"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mr Ruiz, Head of Unit, Ministry of Finance and Planning, Uruguay, and Ms Lee, Kigali",
            "Ministry of Finance and Planning",
        ),
        (
            "Ms Pérez of the Secretaría de Comunicaciones Digitales, Mexico, and Mr Berg of Norway",
            "Secretaría de Comunicaciones Digitales",
        ),
    ],
)
def test_a_country_listed_after_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert name in _form(text)


def test_a_list_inside_a_name_stays_whole() -> None:
    assert _form("the Ministry of Energy, Water and Communications will host it") == [
        "Ministry of Energy, Water and Communications"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "REPUBLIQUE DU NIGER MINISTERE DE LA COMMUNICATION "
            "Ministry of Communication and Digital Economy CABINET DU MINISTRE",
            "Ministry of Communication and Digital Economy",
        ),
        ("DIRECTION GENERALE Telecommunications Regulatory Authority", "Telecommunications Regulatory Authority"),
    ],
)
def test_words_in_capitals_around_a_name_in_title_case_are_no_part_of_it(text: str, name: str) -> None:
    assert _form(text) == [name]


def test_an_acronym_before_a_name_in_title_case_stays() -> None:
    assert _form("the ITU Regional Office for Asia and the Pacific said") == [
        "ITU Regional Office for Asia and the Pacific"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ambassador of Chile to the United Nations Office at Nairobi, Ms Vega", "United Nations Office at Nairobi"),
        (
            "the Permanent Mission's liaison with the Regional Liaison Office at Brussels said",
            "Regional Liaison Office at Brussels",
        ),
    ],
)
def test_a_city_after_at_ends_a_name(text: str, name: str) -> None:
    assert _form(text) == [name]


def test_at_the_forum_is_no_part_of_a_name() -> None:
    assert _form("The Policy Task Force at the Regional Forum agreed.") == ["Policy Task Force"]


def test_a_unit_of_a_catalogue_body_before_its_acronym_is_the_unit() -> None:
    text = (
        "Ms Ito, of the Division on Trade Logistics of the United Nations Conference on Trade and Development "
        "(UNCTAD), said"
    )
    assert _form(text) == ["Division on Trade Logistics"]


def test_a_unit_and_the_sector_it_belongs_to_are_two_bodies() -> None:
    text = (
        "Ms Roy, Chief, Section for Media Development and Literacy, Communication and Information Sector, UNESCO, said"
    )
    assert _form(text) == ["Section for Media Development and Literacy", "Communication and Information Sector"]


def test_a_body_and_another_defined_by_its_acronym_in_another_language() -> None:
    text = "with the support of the ECOWAS Commission and the Central African Economic and Monetary Community (CEMAC)."
    found = {b.key: b.name for b in find_bodies(one_section_report(text), None)}
    assert found.get("cemac") == "Central African Economic and Monetary Community"


def test_an_administration_is_named_by_its_form() -> None:
    assert _form("Mr Olsen of the Post and Telecom Administration presented it.") == ["Post and Telecom Administration"]


def test_in_after_no_head_noun_is_inside_the_name() -> None:
    text = "Ms Osei, Director of the West African Women in Engineering Network (WAWEN), spoke."
    found = {b.key: b.name for b in find_bodies(one_section_report(text), None)}
    assert found == {"wawen": "West African Women in Engineering Network"}


def test_in_after_a_head_noun_places_the_body() -> None:
    # (an office named by its kind only keeps its city since a city names it apart: ``ITU Area Office in Tegucigalpa``)
    assert _form("Mr Vela of the Telecom Training Institute in Tegucigalpa said") == ["Telecom Training Institute"]


@pytest.mark.parametrize("group", ["Private Sector", "Civil Society", "Technical Community"])
def test_a_stakeholder_group_is_no_body(group: str) -> None:
    assert _form(f"To: WSIS Stakeholders: Governments, {group}, Academia") == []


def test_a_group_named_by_its_purpose_with_a_year_is_a_body() -> None:
    text = "the Council Working Group to prepare for the 2031 World Radio Conference (CWG-WRC31) met"
    found = {b.key: b.name for b in find_bodies(one_section_report(text), None)}
    assert found == {"cwg-wrc31": "Council Working Group to prepare for the 2031 World Radio Conference"}


def test_a_year_before_the_topic_still_marks_an_event() -> None:
    assert _keys("the Digital Council 2031 (DC31) will open on Monday") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("on behalf of the Corte dei conti of Italy, the auditor", "Corte dei conti"),
        ("the Tribunal audit by the Corte de cuentas was noted", "Corte de cuentas"),
    ],
)
def test_a_name_in_another_language_may_go_on_in_lower_case(text: str, name: str) -> None:
    assert _form(text) == [name]


def test_words_in_lower_case_and_capitals_after_of_are_read_as_before() -> None:
    assert _form("the Agence de Régulation des Postes et des Télécoms said") == [
        "Agence de Régulation des Postes et des Télécoms"
    ]


def test_a_defined_acronym_and_its_head_noun_are_a_short_form() -> None:
    texts = (
        "The Standing Committee on Budget and Audit (SCBA) held three meetings.",
        "The SCBA Committee will meet again.",
    )
    found = find_bodies(one_section_report(*texts), None)
    assert [(b.key, b.name, b.paragraphs) for b in found] == [
        ("scba", "Standing Committee on Budget and Audit", (1, 2))
    ]


def test_a_body_after_a_numbered_session_of_is_named() -> None:
    assert _form("and the 12th Session of the PTU Management Committee (Suva, 3-5 May 2030).") == [
        "PTU Management Committee"
    ]


def test_a_name_inside_a_longer_name_is_still_skipped() -> None:
    assert _form("the World Summit on the Information Society") == []


def test_a_group_named_before_its_purpose_is_the_short_form_of_the_full_name() -> None:
    texts = (
        "after the first meeting of the KTU Preparatory Group for WRC-31 (KTU WRC31-1), held in Lima,",
        "The KTU Preparatory Group is chaired by Mr Olu Bamidele (Nigeria).",
    )
    found = find_bodies(one_section_report(*texts), None)
    assert [(b.name, b.paragraphs) for b in found] == [("KTU Preparatory Group for WRC-31", (1, 2))]


def test_a_name_in_lower_case_cut_before_more_lower_case_words_is_no_name() -> None:
    text = "the Autorité de régulation des communications électroniques, des postes et de la presse (Arcp)"
    assert _form(text) == []


def test_an_events_acronym_with_a_group_before_it_is_not_the_groups() -> None:
    text = "the Group on the preparations for the High-Level Digital Forum on Rural Connectivity (HLDF) reported"
    assert "group-on-the-preparations-for-the-high-level-digital-forum-on-rural-connectivity" not in _keys(text)
    assert "hldf" not in _keys(text)


def test_a_long_lower_case_tail_before_an_acronym_that_does_not_spell_it_is_no_name() -> None:
    text = "the Office for the follow-up of the cooperation on national Computer Emergency Response Teams (CERT) said"
    assert _keys(text) == set()


def test_a_name_in_quotation_marks_is_a_title() -> None:
    text = '[Project 51202] "Rural Coding Academy for Girls" - Andean Association of Software Firms (AASF).'
    assert _form(text) == ["Andean Association of Software Firms"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a pilot with Empresa Paulista de Redes Digitais S.A. (EPRD).", "Empresa Paulista de Redes Digitais S.A."),
        (
            "the report by the Secretaria-Geral do Ministério das Finanças, which",
            "Secretaria-Geral do Ministério das Finanças",
        ),
    ],
)
def test_another_languages_of_inside_a_name_before_its_head(text: str, name: str) -> None:
    assert _form(text) == [name]


def test_a_unit_named_with_a_defined_acronym_is_the_unit() -> None:
    texts = (
        "The portal was built with the United Nations Office at Nairobi (UNON).",
        "Mr Kamau, Chief of the Conference Services Division of UNON, presented it.",
    )
    found = {b.key: b.name for b in find_bodies(one_section_report(*texts), None)}
    assert found == {
        "unon": "United Nations Office at Nairobi",
        "conference-services-division": "Conference Services Division",
    }


def test_a_ministry_of_an_acronym_keeps_it() -> None:
    assert _form("the Ministry of ICT said") == ["Ministry of ICT"]


def test_and_the_still_separates_two_bodies_before_a_head() -> None:
    assert _form("with the Nordic Bank and the Andean Development Bank, the pilot") == [
        "Nordic Bank",
        "Andean Development Bank",
    ]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("new work items for ITU-T Study Groups 3 and 12.", {"itu-t-sg3", "itu-t-sg12"}),
        ("It invited ITU-D Study Groups 1, and 2 to take it up.", {"itu-d-sg1", "itu-d-sg2"}),
        ("The ITU-T Study Groups 9, 16 and 20 met in Geneva.", {"itu-t-sg9", "itu-t-sg16", "itu-t-sg20"}),
    ],
)
def test_study_groups_listed_after_a_plural_are_each_a_body(text: str, keys: set[str]) -> None:
    assert _keys(text) == keys


def test_a_catalogue_body_and_a_first_head_with_its_complement_name_a_body() -> None:
    assert _form("Mr Abara, Programme Officer, ITU Office for the Caribbean, will reply") == [
        "ITU Office for the Caribbean"
    ]


def test_a_catalogue_body_and_a_head_alone_name_no_body() -> None:
    assert _form("the ITU Office said") == []


def test_a_body_named_after_the_acronym_of_its_parent_is_mentioned_as_written() -> None:
    text = "on the work of the Internet Governance Forum (IGF) Dynamic Coalition on Rural Access, and"
    found = {b.key: b.name for b in find_bodies(one_section_report(text), None)}
    assert found["igf-dynamic-coalition-on-rural-access"] == "IGF Dynamic Coalition on Rural Access"


def test_a_head_noun_alone_after_an_acronym_in_brackets_is_no_alias() -> None:
    text = "with the Economic Community of West African States (ECOWAS) Commission. The Commission agreed."
    assert _keys(text) == {"ecowas"}


def test_a_catalogue_body_and_head_words_name_no_body() -> None:
    assert _form("7.14 ITU Sector Study Group activities related to the WSIS process") == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the Sector's members, groups and texts are no mention of the Sector
        ("To: ITU-T Sector Members; ITU-T Associates", "itu-t"),
        ("Radiocommunication Sector Members are invited to reply.", "itu-r"),
        ("the chairmen of the ITU-R study groups agreed", "itu-r"),
        ("It approved ITU-T Recommendation Y.3172 and ITU-T Y.3173.", "itu-t"),
        ("under Resolution ITU-R 9-7 on liaison", "itu-r"),
        ("ITU-R, ITU-T and ITU-D Sector Members are invited", "itu-t"),
        ("ITU-R, ITU-T and ITU-D Sector Members are invited", "itu-d"),
    ],
)
def test_a_sector_named_as_an_attribute_or_in_a_symbol_is_no_mention(text: str, key: str) -> None:
    assert key not in _keys(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ITU-T shall continue its work on the matter.", "itu-t"),
        ("ITU-D and ITU-R will report to the Council.", "itu-d"),
        ("The role of the Radiocommunication Sector in 2031 was discussed.", "itu-r"),
    ],
)
def test_a_sector_named_as_a_body_is_a_mention(text: str, key: str) -> None:
    assert key in _keys(text)


# ----------------------------------------------------------------------------- decision 26: posts


@pytest.mark.parametrize(
    "text",
    [
        "The Forum was convened by the Secretary-General of the United Nations in May 2031.",
        "Delegates welcomed the report of the UN Secretary-General on the review.",
        "The United Nations Secretary-General's envoy spoke at the opening.",
    ],
)
def test_the_un_named_only_as_the_owner_of_its_secretary_general_is_no_organisation(text: str) -> None:
    from wsiskg.ingest.extract import extract

    lead = "The 3rd meeting of the Council Working Group on Languages was held in Geneva on 4 May 2031."
    assert "un" not in {b.key for b in extract(one_section_report(lead, text)).bodies}


def test_the_un_named_besides_its_secretary_general_is_an_organisation() -> None:
    from wsiskg.ingest.extract import extract

    lead = "The 3rd meeting of the Council Working Group on Languages was held in Geneva on 4 May 2031."
    text = "The UN Secretary-General asked the United Nations to support the plan."
    assert "un" in {b.key for b in extract(one_section_report(lead, text)).bodies}


# ----------------------------------------------------------------------------- decision 26: X secretariat


def test_a_lower_case_secretariat_of_a_catalogue_body_is_the_body() -> None:
    found = _keys("Members thanked the ITU secretariat for the arrangements in Lima.")
    assert "itu" in found
    assert "itu-gs" not in found
    # written as the secretariat's own name: the secretariat
    assert "itu-gs" in _keys("The ITU Secretariat will circulate the draft by 3 June.")


def test_a_lower_case_secretariat_of_no_body_names_no_body() -> None:
    assert "wsis-secretariat" not in _keys("Partners may inform the WSIS secretariat of their sessions.")
    assert "wsis-secretariat" in _keys("The WSIS Secretariat published the programme.")


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry asked the Radiocommunication Bureau to set up a spectrum monitoring system (SMS) unit.",
        "We thank the Regional Office to build a national emergency telecommunication plan (NETP).",
    ],
)
def test_an_acronym_that_lower_case_words_before_it_spell_is_theirs_not_a_bodys(text: str) -> None:
    """No body gets the acronym (a false name once ran from the Bureau to the acronym)."""
    assert [b.name for b in find_bodies(one_section_report(text), None) if b.acronym not in (None, "BR")] == []

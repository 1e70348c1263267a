"""Where a body's name read by its form starts and ends: a name never swallows
the person or the sentence after it, a single head noun before ``and`` opens a unit's name, a
mission named after ``The`` keeps the place it is accredited to, and companies are named by
``Telecom``/``Telekom``. Invented examples."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.bodies import find_bodies
from wsiskg.ingest.extract.body_form_names import _named_by_form
from wsiskg.ingest.extract.body_prose_groups import _prose_groups


def _names(text: str) -> list[str]:
    return [n for n, _ in _named_by_form(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "speakers included Dr Ada Obi of the University of Ibadan and Ms Karin Berg, Director",
            "University of Ibadan",
        ),
        ("a note by the Ministry of Finance and Mr Tomas Vidal of Spain", "Ministry of Finance"),
        ("thanks to the National Library Service and Prof. Lin Wei for the report", "National Library Service"),
        ("the Rural Spectrum Authority & Dr Omar Said", "Rural Spectrum Authority"),
    ],
)
def test_a_name_ends_before_and_a_person(text: str, name: str) -> None:
    assert _names(text)[0] == name


def test_a_name_joined_by_and_to_another_body_is_unchanged() -> None:
    assert _names("the Ministry of Energy and Mines met") == ["Ministry of Energy and Mines"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "(Standing Committee on Finance and Budget The Standing Committee, )",
            "Standing Committee on Finance and Budget",
        ),
        ("Division of Network Planning This Division reviewed it", "Division of Network Planning"),
        ("the Office for Digital Policy Its members met", "Office for Digital Policy"),
    ],
)
def test_a_determiner_in_capitals_starts_a_new_phrase(text: str, name: str) -> None:
    assert name in _names(text)
    assert not any(" The " in n or " This " in n or " Its " in n for n in _names(text))


def test_a_determiner_after_of_stays_in_the_name() -> None:
    assert _names("the Ministry of The Gambia said") == ["Ministry of The Gambia"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Lee of the Administration and Finance Department presented it", "Administration and Finance Department"),
        ("a report of the Secretariat and Logistics Section was read", "Secretariat and Logistics Section"),
        ("(Administration and Budget Division)", "Administration and Budget Division"),
    ],
)
def test_a_single_head_before_and_opens_a_units_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Addis Ababa University and Finance Department", ["Addis Ababa University", "Finance Department"]),
        ("between the Ministry and Regulatory Authority of Chad", ["Regulatory Authority of Chad"]),
    ],
)
def test_a_head_after_other_words_or_a_leading_head_before_and_does_not(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Permanent Mission of Peru to the United Nations Office and other International Organizations"
            " in Geneva presents its compliments",
            "Permanent Mission of Peru to the United Nations Office and other International Organizations in Geneva",
        ),
        (
            "The Permanent Delegation of Chile to UNESCO presents its compliments",
            "Permanent Delegation of Chile to UNESCO",
        ),
    ],
)
def test_a_mission_after_the_keeps_the_place_it_is_accredited_to(text: str, name: str) -> None:
    assert _names(text)[0] == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ms Ana Lopes, Ruritania Telecom, and Mr Ivo Kis, Nordic Telekom, spoke",
            ["Ruritania Telecom", "Nordic Telekom"],
        ),
        ("an operator, Ethio Telecom, joined", ["Ethio Telecom"]),
        ("at ITU Telecom World 2031 in Geneva", []),
    ],
)
def test_a_company_is_named_by_telecom(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("a lecturer at the University of Texas at Austin said", ["University of Texas at Austin"]),
        ("the Institute of Marine Science at Kiel and others", ["Institute of Marine Science at Kiel"]),
        ("the Ministry of ICT at the Forum", ["Ministry of ICT"]),
        ("the Academy of Sciences at its session", ["Academy of Sciences"]),
    ],
)
def test_a_second_complement_with_at_and_a_place_is_part_of_the_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Permanent Mission of Ruritania", "Permanent Mission of Ruritania to the United Nations"),
        ("Permanent Delegation of Chile", "Permanent Delegation of Chile in Paris"),
    ],
)
def test_a_mission_named_first_without_its_place_is_the_missions_short_form(short: str, full: str) -> None:
    report = one_section_report(f"Ms Ana Lee, Ambassador, {short}", f"hosted by ITU and the {full}, on behalf of us")
    assert sorted(b.name for b in find_bodies(report, None) if "Permanent" in b.name) == [full]


def test_a_ministry_before_in_stays_its_own_body() -> None:
    report = one_section_report("the Ministry of ICT spoke", "the Ministry of ICT in Kenya spoke")
    assert [b.name for b in find_bodies(report, None) if "Ministry" in b.name] == ["Ministry of ICT"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "with a copy to the Directorate General of Posts and Informatics Equipment.",
            "Directorate General of Posts and Informatics Equipment",
        ),
        (
            "Contact: Mr Ali Sen, Directorate General of Radio Frequencies, Ministry of ICT",
            "Directorate General of Radio Frequencies",
        ),
    ],
)
def test_a_directorate_general_spelt_in_two_words_leads_its_name(text: str, name: str) -> None:
    assert _names(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Regional Office for Asia and the Pacific in Jakarta said", "Regional Office for Asia and the Pacific"),
        ("the UNDP Office for Europe in Vilnius met", "UNDP Office for Europe"),
        ("the Society for Technology in Education met", "Society for Technology in Education"),
    ],
)
def test_an_office_for_a_region_is_placed_apart_from_its_city(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the ITU Area Office in Tegucigalpa will present the plan", "ITU Area Office in Tegucigalpa"),
        ("to strengthen the Regional Office in Nairobi and its staff", "Regional Office in Nairobi"),
        ("Ms Ana Ruiz, Head of the UNDP Liaison Office in New York.", "UNDP Liaison Office in New York"),
        ("Secretariat: Office of UNESCO in Almaty; Ms B", "Office of UNESCO in Almaty"),
        ("asked the ITU Regional Office in\nAddis Ababa to report", "ITU Regional Office in Addis Ababa"),
        ("the ITU Arab Regional Office in Cairo said", "ITU Arab Regional Office"),
        ("the UNDP Country Office in Kenya met", "UNDP Country Office"),
    ],
)
def test_an_office_named_by_its_kind_only_keeps_its_city(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_an_office_named_again_without_its_owner_and_city_is_its_short_form() -> None:
    report = one_section_report(
        "The ITU Area Office in Tegucigalpa will host the course.",
        "Comments are to be sent to the Area Office by 3 May.",
    )
    assert [b.name for b in find_bodies(report, None)] == ["ITU Area Office in Tegucigalpa"]


def test_a_unit_named_again_without_its_owner_and_complement_is_its_short_form() -> None:
    report = one_section_report(
        "Contact: Ms Ana Lee, UNDP Regional Office for Latin America",
        "Proposals are to be sent to the Regional Office by 3 May.",
    )
    assert [b.name for b in find_bodies(report, None) if "Office" in b.name] == [
        "UNDP Regional Office for Latin America"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was held at the Nairobi International Convention Centre from 3 to 5 May.",
        "Delegates met in the Lisbon Congress Center.",
        "The venue is the Doha Exhibition and Convention Center.",
        "The session took place at the United Nations Conference Centre in Addis Ababa.",
        "The workshop was held in the ITU Conference Centre.",
    ],
)
def test_a_building_named_for_what_it_is_for_is_a_place_not_a_body(text: str) -> None:
    assert find_bodies(one_section_report(text), None) == ()


def test_a_body_headed_by_centre_is_still_a_body() -> None:
    found = find_bodies(one_section_report("The Regional Training Centre and the Centre for Digital Skills met."), None)
    assert sorted(b.name for b in found) == ["Centre for Digital Skills", "Regional Training Centre"]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "The TDAG Rapporteur Group on Budget, Audit and Oversight met.",
            ["TDAG Rapporteur Group on Budget, Audit and Oversight"],
        ),
        (
            "an ad hoc group on numbering, naming and addressing was set up.",
            ["ad hoc group on numbering, naming and addressing"],
        ),
        (
            "the correspondence group on tariffs, which met twice, and the drafting group on the preamble, reported.",
            ["correspondence group on tariffs", "drafting group on the preamble"],
        ),
    ],
)
def test_a_prose_groups_topic_runs_over_a_list_closed_by_and(text: str, groups: list[str]) -> None:
    assert _prose_groups(text) == groups


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Working Group on Rural Access, opened the session and welcomed the delegates.",
            "Working Group on Rural Access",
        ),
        (
            "Then the Correspondence Group on Numbering Plans, reviewed the draft and agreed to send it on.",
            "Correspondence Group on Numbering Plans",
        ),
        (
            "The Drafting Group on Cyber Resilience, convened by Mr Ode and the Bureau, met twice.",
            "Drafting Group on Cyber Resilience",
        ),
        (
            "the ad hoc group on spectrum fees, having met twice and agreed its text, reported to the plenary.",
            "ad hoc group on spectrum fees",
        ),
    ],
)
def test_a_prose_groups_name_stops_at_a_comma_before_a_verb(text: str, name: str) -> None:
    assert _prose_groups(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "A workshop on rural access was held jointly with the Rapporteur Group on 23 April 2031.",
        "The report of the drafting group on Monday was adopted without change.",
        "Comments were sent to the correspondence group on March 3 and again in May.",
        "The ad hoc group on 4th June reviewed the draft.",
    ],
)
def test_a_prose_group_on_a_day_is_no_group_of_that_topic(text: str) -> None:
    """``on`` a day (a date, a weekday) says when, never the group's topic."""
    assert _prose_groups(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Industry speakers from Vodafone, Safaricom Group and Nokia asked for spectrum road maps.", "Safaricom Group"),
        ("Delegates from Telkom, Airtel Networks Limited and Huawei attended the session.", "Airtel Networks Limited"),
        ("Partners such as Cisco, Liquid Telecom Foundation and Meta signed the pledge.", "Liquid Telecom Foundation"),
    ],
)
def test_names_listed_by_commas_are_no_list_before_one_head(text: str, name: str) -> None:
    """A comma list before a head noun closes with ``and`` before the head (``ICT, Science and Technology
    Division``); one whose ``and`` follows a name's head (``X, Y Group and Z``) lists names, the first not part of
    the second."""
    assert [b.name for b in find_bodies(one_section_report(text), None)] == [name]


def test_a_capitalised_name_stops_at_a_comma_before_a_word_in_lower_case() -> None:
    text = "The Working Group on Rural Access, coordinated the replies and thanked the Bureau."
    assert [b.name for b in find_bodies(one_section_report(text), None)] == ["Working Group on Rural Access"]


def test_a_rapporteur_group_with_its_topic_is_named_by_form() -> None:
    assert _names("the Rapporteur Group on Numbering Resources met") == ["Rapporteur Group on Numbering Resources"]
    assert _names("the Rapporteur Group met") == []


def test_a_capitalised_group_name_ends_where_the_form_reader_ends_it() -> None:
    text = "Ms Lee, who steered the Working Group on the Rules of Procedure through what were nine sessions, spoke."
    assert [b.name for b in find_bodies(one_section_report(text), None)] == ["Working Group on the Rules of Procedure"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "ITU signed a memorandum with the Global Partnership Against Online Fraud (GPAOF) in 2031.",
            ("Global Partnership Against Online Fraud", "GPAOF"),
        ),
        ("The Coalition Against Spam Networks (CASN) met.", ("Coalition Against Spam Networks", "CASN")),
    ],
)
def test_a_name_in_title_case_has_its_head_before_a_capitalised_preposition(text: str, body: tuple[str, str]) -> None:
    assert body in {(b.name, b.acronym) for b in find_bodies(one_section_report(text), None)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ms Ana Ruiz, Chief, Planning and Budget Department, said", "Planning and Budget Department"),
        ("the Chairman, Digital Services Authority, said", "Digital Services Authority"),
        (
            "the Ministry of Energy, ICT and Innovation of Ruritania",
            "Ministry of Energy, ICT and Innovation of Ruritania",
        ),
        ("the Data for Development Section of UNECA", "Data for Development Section"),
    ],
)
def test_a_name_starts_after_a_listed_post_and_runs_over_for_and_listed_acronyms(text: str, name: str) -> None:
    assert _names(text)[0] == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the Ministry of Health, WHO and UNICEF", ["Ministry of Health"]),
        (
            "Ms Ana Ruiz, Director, Division on Trade and Logistics, UNCTAD, and Head of Unit",
            ["Division on Trade and Logistics"],
        ),
        ("the Partnership for Development Division", []),
        ("Chad for Communications Authority", []),
        ("we thank ITU for Development Sector support", []),
        ("Part II: Matters for Council", []),
    ],
)
def test_a_list_ending_in_an_acronym_and_a_head_or_country_before_for_stay_apart(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Expert Group on Decision 417 met twice.", "Expert Group on Decision 417"),
        ("The Working Group on Resolution 64 reported.", "Working Group on Resolution 64"),
        ("The Rapporteur Group for Question 7-2/1 met in May.", "Rapporteur Group for Question 7-2/1"),
    ],
)
def test_a_groups_topic_keeps_the_number_of_the_text_or_question_it_names(text: str, name: str) -> None:
    assert [b.name for b in find_bodies(one_section_report(text), None)] == [name]


def test_a_count_after_a_name_is_no_part_of_it() -> None:
    assert _names("Ministry of Health 3 Rural Spectrum Authority 2") == [
        "Ministry of Health",
        "Rural Spectrum Authority",
    ]


# ------------------------------------------------------------------ a list's last item, a heading's number
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "opened by Ms Lena Varga, Director, Oceans, Coastal Zones and Inland Water Management Division, UNEP.",
            "Oceans, Coastal Zones and Inland Water Management Division",
        ),
        (
            "Mr Sami Kallio, Senior Programme Officer, Research, Open Science and\nDigital Skills Section, spoke",
            "Research, Open Science and Digital Skills Section",
        ),
        (
            "The Trade, Cross-border Payments and Fintech Unit of the Ministry reported.",
            "Trade, Cross-border Payments and Fintech Unit",
        ),
        ("Mr Ito, Head, Energy, Transport and Water Division, spoke.", "Energy, Transport and Water Division"),
        (
            "Dr Mia Holm, Programme Officer, Data, Statistics and Spatial Analysis Division, ESCWA",
            "Data, Statistics and Spatial Analysis Division",
        ),
    ],
)
def test_a_list_closed_by_and_keeps_a_last_item_of_several_words(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "4 Report of the Standing Committee on Finance and Personnel (Document C31/55)",
            "Standing Committee on Finance and Personnel",
        ),
        (
            "2.3   Report of the Steering Committee on Water and Sanitation",
            "Steering Committee on Water and Sanitation",
        ),
        ("III. Work of the Expert Group on Digital Skills and Literacy", "Expert Group on Digital Skills and Literacy"),
    ],
)
def test_a_heading_number_before_report_of_the_leaves_the_body_after_it(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Contact: Dr Ines Moreau, Senior Adviser on Youth, Strategic Planning and Membership Department.",
            "Strategic Planning and Membership Department",
        ),
        (
            "Ms Ana Diaz, Adviser for Ethics, Digital Skills and Innovation Division, spoke",
            "Digital Skills and Innovation Division",
        ),
        ("Mr Ole Dahl, Officer for Youth, Skills and Innovation Division, spoke", "Skills and Innovation Division"),
    ],
)
def test_a_posts_topic_before_a_comma_is_no_item_of_the_list(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("meetings with the Bank of Tanzania, the regulator and", "Bank of Tanzania"),
        ("the World Bank and the Bank of Thailand", "Bank of Thailand"),
    ],
)
def test_a_central_bank_is_named_by_its_head_and_country(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "the Ministry of Digital Affairs of the Republic of Chile and Anatel described",
            "Ministry of Digital Affairs of the Republic of Chile",
        ),
        ("the Ministry of Energy and Mines of Peru and the Authority met", "Ministry of Energy and Mines of Peru"),
        ("the Ministry of Works of Trinidad and Tobago said", "Ministry of Works of Trinidad and Tobago"),
    ],
)
def test_a_country_ends_a_ministrys_name_before_and(text: str, name: str) -> None:
    assert _names(text)[0] == name

"""The country stated for a person (``ingest/extract/person_countries.py``): after the name, in
the person's appositive, by the person's national organisation, at the end of a table row whose
gaps are lost; never a country stated for someone else."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.person_countries import stated_country
from wsiskg.ingest.extract.persons import find_actors


def countries(*texts: str) -> dict[str, str | None]:
    return {p.name: p.country for p in find_actors(one_section_report(*texts), "tdag").persons}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the appositive chain ends with the country
        ("Mr Samuel Ofori, Chief Engineer, National Frequency Agency (NFA), Ghana, presented it.", "GHA"),
        ("Dr Lea Novak, Jozef Stefan Institute (JSI), Slovenia, spoke on research networks.", "SVN"),
        ("Contact: Ms Rina Sato, Director for Policy Coordination, MIC, Japan", "JPN"),
        # the person's organisation is of a country
        ("Mr Juan Ibarra of the Federal Telecommunications Institute (IFT) of Mexico introduced it.", "MEX"),
        (
            "Ms Dilnoza Karimova from the Ministry of Digital Technologies, Innovation and Space of Uzbekistan spoke.",
            "UZB",
        ),
        (
            "Ms Min-seo Yoon, Director-General, Korea Communications Agency (KCA) of the Republic of Korea; and others",
            "KOR",
        ),
        # a minister's title with commas
        ("H.E. Mr Raul Ortiz, Minister of Transport, Works and Communications of Paraguay, opened it.", "PRY"),
        # a role, then where the person is from
        ("Mr Piet de Vries, Associate Rapporteur, from the Netherlands, presented the text.", "NLD"),
    ],
)
def test_country_stated_in_the_appositive(text: str, country: str) -> None:
    (found,) = countries(text).values()
    assert found == country


def test_a_country_after_another_person_is_not_this_ones() -> None:
    found = countries("Mr Tom Hale, Senior Adviser, and Ms Ana Ruiz of the Ministry of Industry of Spain spoke.")
    assert found == {"Tom Hale": None, "Ana Ruiz": "ESP"}


def test_no_country_when_the_organisation_is_of_no_country() -> None:
    found = countries("Ms Ada Lind of the Office of the High Commissioner for Human Rights spoke.")
    assert found == {"Ada Lind": None}


@pytest.mark.parametrize(
    ("row", "country"),
    [
        ("Vice-Chairman Ms Carla Mendes Brazil", "BRA"),
        ("Vice-Chairman Mr Kouassi Yao Côte d'Ivoire", "CIV"),  # the country's name runs past the name's words
        ("Chairman Mr Nguyen Van Minh Viet Nam", "VNM"),
    ],
)
def test_a_table_row_read_without_its_gaps(row: str, country: str) -> None:
    (found,) = find_actors(one_section_report(row), "tdag").persons
    assert (found.country, found.posts) == (
        country,
        (("tdag/chair",) if row.startswith("Chairman") else ("tdag/vice-chair",)),
    )
    assert len(found.name.split()) >= 2 and found.name.split()[-1] not in row.split()[-1:]


def test_a_person_without_an_honorific_by_initials_and_country() -> None:
    found = countries(
        "E.Asante (Ghana), speaking for the ATU, introduced Document 12.", "Mr Kofi Asante (Ghana) agreed."
    )
    assert found == {"E. Asante": "GHA", "Kofi Asante": "GHA"}  # another initial: someone else


def test_stated_country_returns_the_end_past_the_country() -> None:
    text = "Ms Ilse Berg (Austria) and Mr Ole Dahl from Norway, spoke."
    start = text.index("Mr Ole")
    ole, ilse = (start, start + len("Mr Ole Dahl")), (0, len("Ms Ilse Berg"))
    assert stated_country(text, *ilse, [ole]) == ("AUT", len("Ms Ilse Berg (Austria)"))
    assert stated_country(text, *ole, [ilse]) == ("NOR", text.index(","))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The representatives of Chile, Mr Caio Lima and Ms Bia Reis, supported it.",
            {"Caio Lima": "CHL", "Bia Reis": "CHL"},
        ),
        (
            "The focal points of Kenya, Mr Otieno Were, Ms Akinyi Odera and Mr Juma Ali, reported.",
            {"Otieno Were": "KEN", "Akinyi Odera": "KEN", "Juma Ali": "KEN"},
        ),
        # a singular lead names one person: the next one is someone else
        ("The delegate of Chile, Mr Caio Lima, and Ms Bia Reis spoke.", {"Caio Lima": "CHL", "Bia Reis": None}),
    ],
)
def test_a_plural_lead_gives_its_country_to_every_name_listed(text: str, expected: dict[str, str | None]) -> None:
    assert countries(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mr Jan Kos, Minister, spoke, and the representative of Kenya agreed.",
        "Mr Ali Sabri of the Secretariat said that the delegate of Kenya agreed.",
        "Ms Eva Lund, Director, and then Kenya and Uganda spoke.",
    ],
)
def test_a_country_of_a_later_clause_is_not_the_persons(text: str) -> None:
    (found,) = countries(text).values()
    assert found is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Minister of Posts and ICT of Senegal, Hon. Awa Diop, opened the forum.", "SEN"),
        ("The Deputy Minister for Digital Affairs of Estonia, Ms Kadri Tamm, spoke next.", "EST"),
        ("The national focal point of Malawi, Mr Chikondi Banda, presented the report.", "MWI"),
        ("Ms Aino Laine, WSIS focal point of Finland, presented the national review.", "FIN"),
    ],
)
def test_country_of_a_role_named_with_the_person(text: str, country: str) -> None:
    (found,) = countries(text).values()
    assert found == country


def test_the_officials_named_in_a_member_states_contribution_represent_it() -> None:
    found = countries(
        "Contribution from the Republic of Zambia",
        "The national broadband plan is led by Ms Mutinta Banda, Director of ICT Policy, and was presented to "
        "the Group together with Ms Ana Pires, Programme Officer, UNCTAD.",
        "Contact: Mr Chanda Mulenga, Ministry of Technology and Science, Lusaka",
    )
    assert found == {"Mutinta Banda": "ZMB", "Ana Pires": None, "Chanda Mulenga": "ZMB"}


@pytest.mark.parametrize(
    "heading",
    [
        ("Republic of Zambia", "PROPOSALS ON THE NATIONAL BROADBAND PLAN"),  # the source line over the title
        ("Zambia", "NATIONAL EXPERIENCE ON RURAL CONNECTIVITY"),
        ("CONTRIBUTION OF THE REPUBLIC OF ZAMBIA ON RURAL CONNECTIVITY",),
        ("Source: Republic of Zambia", "Title: Rural connectivity"),
    ],
)
def test_the_source_country_of_a_contribution_in_other_forms(heading: tuple[str, ...]) -> None:
    found = countries(*heading, "The national broadband plan is led by Ms Mutinta Banda, Director of ICT Policy.")
    assert found == {"Mutinta Banda": "ZMB"}


@pytest.mark.parametrize(
    "first",
    [
        "Contribution from Zambia, Malawi and Kenya",  # several countries: whose?
        "Report of the meeting held in Zambia",
        "Zambia",  # a country line over no title in capitals (an address)
    ],
)
def test_no_contributing_country(first: str) -> None:
    found = countries(first, "Ms Mutinta Banda, Director of ICT Policy, presented the plan.")
    assert found == {"Mutinta Banda": None}


# the words for someone who speaks for a country live in ingest/data/country-speakers.csv
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Councilor from Peru, Mr. Wilber Quispe Huanca, supported the proposal.", "PER"),
        ("The Head of the Delegation of Nepal, Ms. Sabita Thapa Magar, thanked the Chair.", "NPL"),
        ("The national focal point of Malawi, Mr. Chikondi Banda, presented the survey.", "MWI"),
        ("The Minister for Communications of Fiji, Hon. Litia Naivalu, opened the event.", "FJI"),
        ("Mr. Tarek Bensalem, Deputy Permanent Representative of Algeria, took the floor.", "DZA"),
    ],
)
def test_a_speaker_word_of_the_data_file_ties_the_person_to_the_country(text: str, country: str) -> None:
    assert set(countries(text).values()) == {country}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an organisation of the state whose name starts with the country, by name or adjective
        ("Ms Halima Juma, Uganda Communications Commission (UCC), presented the report.", "UGA"),
        ("Mr Tomas Berg, Senior Adviser, Swedish Post and Telecom Authority, described it.", "SWE"),
        ("Mr Kofi Annor, speaking for the Ghanaian Ministry of Communications, agreed.", "GHA"),
        ("Dr Meera Iyer of the Indian Space Research Organisation Centre spoke.", "IND"),
        ("Ms Rosa Vidal on behalf of the Peruvian Regulatory Authority (OSIPTEL) spoke.", "PER"),
        # the organisation, then the country after its acronym
        ("Dr Anil Rao of the Centre for Development of Telematics (C-DOT), India, presented it.", "IND"),
        # the speaker's country before the name in brackets, and a national body represented by a person
        ("The Councillor for Morocco (Mr Youssef Alami) supported the proposal.", "MAR"),
        ("The Ministry of ICT of Botswana, represented here by Ms Neo Kgosi, thanked the organizers.", "BWA"),
    ],
)
def test_the_country_of_a_persons_national_organisation(text: str, country: str) -> None:
    assert list(countries(text).values()) == [country]


@pytest.mark.parametrize(
    "text",
    [
        "Ms Carla Diaz, Chair, Spanish Society of Medical Informatics, spoke.",  # an association, not the state
        "Mr Ravi Pillai, Indian Ocean Commission, spoke.",  # a regional body
        "Mr Li Wei, Director, Asian Development Bank, spoke.",  # no country's adjective
    ],
)
def test_no_country_from_an_organisation_of_no_state(text: str) -> None:
    assert list(countries(text).values()) == [None]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Mr Kwame Boateng (Ministry of Communications, Ghana) presented the report.", "GHA"),
        ("Ms Carla Rojas (SUBTEL, Chile) presented the report.", "CHL"),
        ("Mr Andrés Mejía, from the Ministry of ICT of Colombia, spoke.", "COL"),
        ("Mr Oleg Petrov, representing the Russian Federation, spoke.", "RUS"),
        ("Ms Ji-woo Han, on behalf of the Republic of Korea, thanked the Chair.", "KOR"),
        ("Ms Amina Yusuf, speaking on behalf of Nigeria, supported the text.", "NGA"),
        ("Moderator: Ms Anja Vogt, Head, Digital Policy, Swiss Federal Office of Communications", "CHE"),
        ("Mr Tunde Bakare (Nigerian Communications Commission) presented the case.", "NGA"),
    ],
)
def test_the_country_spoken_for_or_in_the_bracket_after_an_organisation(text: str, country: str) -> None:
    assert list(countries(text).values()) == [country]


def test_speaking_for_a_group_of_countries_is_no_country() -> None:
    assert list(countries("Mr Tom Hale, on behalf of the African Group, thanked Kenya.").values()) == [None]


def test_a_country_acting_through_a_person() -> None:
    found = countries(
        "Several members spoke. Indonesia shared its experience, through Ms Dewi Lestari, Director of Spectrum.",
        "The text was sent to Chile and discussed later, through Mr Tomas Vidal.",
    )
    assert found == {"Dewi Lestari": "IDN", "Tomas Vidal": None}


def test_a_list_that_names_each_country_first() -> None:
    found = countries(
        "The delegations were led as follows: Ecuador, Ms Paula Andrade; Lithuania, Mr Darius Kairys; "
        "Oman, Eng. Salim Al-Hinai.",
        "Speakers: Canada, Dr Claire Dubois",
        "Thanks to Peru, Mr Hugo Salas said, the text was agreed.",
    )
    assert found["Paula Andrade"] == "ECU"
    assert found["Darius Kairys"] == "LTU"
    assert found["Salim Al-Hinai"] == "OMN"
    assert found["Claire Dubois"] == "CAN"
    assert found["Hugo Salas"] is None  # no list item: the country opens no item of its own


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Dr Ana Pop, Research Fellow, University of Cluj (Romania), presented the study.", "ROU"),
        ("Panellist, Mr Kofi Mensah, Ghana, National Communications Authority", "GHA"),
        ("We thank Mr Kofi Mensah, Kenya and Uganda for hosting the meeting.", None),
        ("Ms Lin Wei, Senior Engineer, Huawei (Shenzhen), spoke on 5G.", None),
    ],
)
def test_a_country_after_a_two_part_appositive_or_alone_after_the_name(text: str, country: str | None) -> None:
    assert next(iter(countries(text).values())) == country


def test_a_countrys_adjective_before_the_speaker_word() -> None:
    found = {
        p.name: p
        for p in find_actors(
            one_section_report(
                "The Ghanaian delegate, Mr Yaw Mensah, supported the proposal.",
                "The Peruvian Minister of Transport, H.E. Ms Rosa Quispe, opened the event.",
                "The Argentine delegation, led by Dr Lucas Paz, proposed changes.",
                "A Swedish operator, said Mr Nils Berg, is interested.",
            ),
            "tdag",
        ).persons
    }
    assert (found["Yaw Mensah"].country, found["Yaw Mensah"].job_titles) == ("GHA", ("Delegate",))
    assert (found["Rosa Quispe"].country, found["Rosa Quispe"].job_titles) == ("PER", ("Minister of Transport",))
    assert found["Lucas Paz"].country == "ARG"
    assert found["Nils Berg"].country is None


def test_a_statement_by_a_country_in_capitals_and_a_country_before_a_verb() -> None:
    report = one_section_report(
        "STATEMENT BY THE REPUBLIC OF THE GAMBIA",
        "Delivered by H.E. Mr Lamin Jallow, Minister of Communications",
        "Allow me to congratulate Her Excellency Aino Virtanen of Estonia on her election as Chair of this event.",
        "My Deputy Minister, Ms Fatou Ceesay, leads our digital agenda.",
    )
    found = {p.name: p for p in find_actors(report, None).persons}
    assert set(found) == {"Lamin Jallow", "Aino Virtanen", "Fatou Ceesay"}  # the country in capitals is no one
    assert found["Lamin Jallow"].country == found["Fatou Ceesay"].country == "GMB"
    assert found["Aino Virtanen"].country == "EST"
    assert found["Aino Virtanen"].job_titles == ("Chair",)


@pytest.mark.parametrize("first", ["Malawi", "Lilongwe, Malawi", "Lilongwe, Malawi, 4 March 2031"])
def test_the_officials_named_in_a_member_states_letter_represent_it(first: str) -> None:
    found = countries(
        first,
        "Dear Sir/Madam,",
        "We nominate Mr Chikondi Phiri, Deputy Director, Numbering, as our contact point.",
        "Yours faithfully,",
    )
    assert found == {"Chikondi Phiri": "MWI"}


def test_a_letter_from_geneva_gives_no_country() -> None:
    found = countries(
        "Geneva, 4 March 2031",
        "Dear Sir/Madam,",
        "We nominate Mr Chikondi Phiri, Deputy Director, Numbering, as our contact point.",
        "Yours faithfully,",
    )
    assert found == {"Chikondi Phiri": None}


@pytest.mark.parametrize(
    ("texts", "name", "country"),
    [
        # a dot leader between the name and its country (a summary record's header)
        (("President: Mr. Einar Sigurdsson .............. (Iceland)",), "Einar Sigurdsson", "ISL"),
        (("Chair: Ms Anna Holm \u2026 (Sweden)",), "Anna Holm", "SWE"),
        # the acronym of a state body whose name ends with "of" and the country
        (
            (
                "The meeting was hosted by the Telecommunications Regulatory Commission of Sri Lanka (TRCSL).",
                "It was opened by Mr Chaminda Perera, Director General of TRCSL.",
            ),
            "Chaminda Perera",
            "LKA",
        ),
        (
            (
                "The Forum was hosted by the Communications Regulatory Authority of the Republic of Lithuania (RRT).",
                "Chairman: Mr Rimas Zylius, Director, RRT.",
            ),
            "Rimas Zylius",
            "LTU",
        ),
        # no state body: an association of a country says nothing of its officials' country
        (
            ("The Internet Society of China (ISC) hosted it. Mr Li Wei, Secretary-General of the ISC, spoke.",),
            "Li Wei",
            None,
        ),
    ],
)
def test_more_countries_stated_for_a_person(texts: tuple[str, ...], name: str, country: str | None) -> None:
    assert countries(*texts)[name] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the small words of a name in another language (casing.name_connectors): "da", "e"
        ("Mr João Prates, Adviser, Ministério da Ciência e Tecnologia of Angola, opened it.", "João Prates", "AGO"),
        ("Ms Rita Sousa, Director, Instituto das Comunicações e Redes of Mozambique, spoke.", "Rita Sousa", "MOZ"),
        # "at" joins the words of an organisation's name
        ("Ms Mira Okon, Adviser, Office of Digital Affairs at Parliament of Nigeria, spoke.", "Mira Okon", "NGA"),
    ],
)
def test_the_organisation_of_a_country_joined_by_any_name_connector(text: str, name: str, country: str) -> None:
    assert countries(text)[name] == country

"""People's roles, countries and honorifics in tables and lists (issue 8, Part 2 item 2):
officers and heads of delegation in tables and lists, roles given by a column header or a list
heading, honorifics in other languages, countries from a plural lead, from a country's
contribution or offer conveyed by a person, names without an honorific before their job title,
and signature lines of two initialled names (``persons.py`` and its steps)."""

from __future__ import annotations

import pytest
from extract_support import make_report, one_section_report

from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.records import Person


def people(*texts: str, body: str | None = "tdag") -> dict[str, Person]:
    return {p.name: p for p in find_actors(one_section_report(*texts), body).persons}


# ------------------------------------------------------------------ a table whose header names the role
@pytest.mark.parametrize(
    "rows",
    [
        # a .docx table: cells joined by ", " (the last cell may hold a comma of its own)
        (
            "Member State, Head of delegation, Title",
            "Chile, Mr Pablo Ruiz Tagle, Director of Spectrum",
            "Ghana, Ms Efua Mensah-Boateng, Manager, Consumer Affairs",
            "Norway, Mr Olav Lien, Senior Adviser",
        ),
        # a .txt table: cells apart by tabs
        (
            "Country\tHead of Delegation\tPosition",
            "Chile\tMr Pablo Ruiz Tagle\tDirector of Spectrum",
            "Ghana\tMs Efua Mensah-Boateng\tManager, Consumer Affairs",
            "Norway\tMr Olav Lien\tSenior Adviser",
        ),
    ],
)
def test_a_role_column_header_gives_its_role_and_the_title_column_the_title(rows: tuple[str, ...]) -> None:
    found = people(*rows, body=None)
    for name, country, title in (
        ("Pablo Ruiz Tagle", "CHL", "Director of Spectrum"),
        ("Efua Mensah-Boateng", "GHA", "Manager, Consumer Affairs"),
        ("Olav Lien", "NOR", "Senior Adviser"),
    ):
        person = found[name]
        assert person.country == country, name
        assert "Head of Delegation" in person.job_titles, name
        assert title in person.job_titles, name


def test_a_role_column_header_with_representatives() -> None:
    found = people("Organization | Representative", "UNESCO | Ms Ana Lobo Ferraz", "WIPO | Mr Jonas Keller")
    assert found["Ana Lobo Ferraz"].job_titles == ("Representative",)
    assert found["Jonas Keller"].job_titles == ("Representative",)


# ------------------------------------------------------------------ a plural role heads the list after a colon
@pytest.mark.parametrize(
    "lead",
    [
        "The Chair recalled that the following Vice-Chairs, designated by Council 2021, continue to assist her:",
        "As decided by the Council, the following persons will serve as Vice-Chairs of the Group:",
        "The Chairman thanked the Vice-Chairmen, who were:",
    ],
)
def test_a_plural_role_before_a_colon_heads_the_list_even_beside_a_singular_role(lead: str) -> None:
    found = people(lead, "Ms Anna Berg (Sweden);", "Mr Omar Sy Ndiaye (Senegal);", "Dr Lena Vogt (Austria).")
    for name, country in (("Anna Berg", "SWE"), ("Omar Sy Ndiaye", "SEN"), ("Lena Vogt", "AUT")):
        assert (found[name].posts, found[name].country) == (("tdag/vice-chair",), country), name


def test_a_singular_role_alone_before_a_colon_lists_no_one() -> None:
    found = people("The Chair said the following:", "Mr Omar Sy Ndiaye (Senegal) agreed with the plan.")
    assert found["Omar Sy Ndiaye"].posts == ()


@pytest.mark.parametrize(
    ("lead", "lines"),
    [
        (
            "The Group set up three working parties and appointed their chairmen as follows:",
            ("WP1 (Budget and planning): Mr Arvid Holm (Norway);",
             "WP2 (Regional initiatives): Ms Amara Diallo (Senegal);", "Working Party 3 – Dr Kenji Arai (Japan)."),
        ),
        (
            "The chairmen of the drafting groups are as follows:",
            ("Drafting group on indicators: Mr Arvid Holm (Norway)",
             "Drafting group on tariffs - Ms Amara Diallo (Senegal)", "• Ad hoc group 3: Dr Kenji Arai (Japan)"),
        ),
    ],
)  # fmt: skip
def test_list_lines_labelled_with_a_unit_after_a_plural_lead_give_the_role(lead: str, lines: tuple[str, ...]) -> None:
    found = people(lead, *lines)
    for name, country in (("Arvid Holm", "NOR"), ("Amara Diallo", "SEN"), ("Kenji Arai", "JPN")):
        person = found[name]
        roles = [*person.job_titles, *(p.rsplit("/", 1)[-1] for p in person.posts)]
        assert (roles, person.country) in ((["Chair"], country), (["chair"], country)), name
    assert "tdag/chair" not in {p for person in found.values() for p in person.posts}  # not the lead's body


def test_list_lines_labelled_with_a_known_body_or_a_region_after_a_plural_lead() -> None:
    found = people(
        "The Vice-Chairmen of the Group were:", "Africa: Mr Jomo Wekesa (Kenya)", "Europe - Ms Greta Sund (Iceland)"
    )
    assert found["Jomo Wekesa"].posts == found["Greta Sund"].posts == ("tdag/vice-chair",)  # the lead's post
    found = people("The Council appointed the chairmen of its groups as follows:", "TSAG: Ms Greta Sund (Iceland)")
    assert found["Greta Sund"].posts == ("tsag/chair",)  # the post in the body the label names


def test_a_labelled_line_that_is_a_sentence_keeps_its_own_roles() -> None:
    found = people("The Vice-Chairmen of the Group were:", "Africa: Mr Jomo Wekesa (Kenya) was elected Rapporteur.")
    assert "tdag/vice-chair" not in found["Jomo Wekesa"].posts


@pytest.mark.parametrize(
    "text",
    [
        "The Vice-Chairmen present were Ms Anna Berg (Sweden), Mr Omar Sy Ndiaye (Senegal) and Dr Lena Vogt (Austria).",
        "The Vice-Chairs attending the meeting were Ms Anna Berg (Sweden), Mr Omar Sy Ndiaye (Senegal) and "
        "Dr Lena Vogt (Austria).",
    ],
)
def test_a_plural_post_then_a_participle_then_were_lists_its_holders(text: str) -> None:
    found = people(text)
    for name in ("Anna Berg", "Omar Sy Ndiaye", "Lena Vogt"):
        assert found[name].posts == ("tdag/vice-chair",), name


def test_the_chair_then_a_verb_then_were_gives_no_post() -> None:
    found = people("The Chair said that the speakers were Ms Anna Berg (Sweden) and Mr Omar Sy Ndiaye (Senegal).")
    assert found["Anna Berg"].posts == ()


# ------------------------------------------------------------------ plural leads with one country each
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The delegates of Romania and Poland, Mr Ion Marin and Ms Ewa Nowak, supported the request.", "Delegate"),
        ("The representatives of Romania and Poland, Mr Ion Marin and Ms Ewa Nowak, asked for more time.", None),
    ],
)
def test_a_plural_lead_of_as_many_countries_as_names_gives_each_its_own(text: str, role: str | None) -> None:
    found = people(text)
    assert (found["Ion Marin"].country, found["Ewa Nowak"].country) == ("ROU", "POL")
    if role:
        assert role in found["Ion Marin"].job_titles
        assert role in found["Ewa Nowak"].job_titles


def test_a_plural_lead_of_fewer_countries_than_names_gives_none_by_position() -> None:
    found = people("The delegates of Romania and Poland, Mr Ion Marin, Ms Ewa Nowak and Mr Jan Berg, spoke.")
    assert found["Jan Berg"].country is None


# ------------------------------------------------------------------ honorifics in other languages
@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        ("Dott. Paolo Rinaldi presented the audit report.", "Paolo Rinaldi", "Dott."),
        ("Dott.ssa Chiara Bellini presented the audit report.", "Chiara Bellini", "Dott.ssa"),
        ("Ing. Marta Gómez Ruiz (Colombia) presented the study.", "Marta Gómez Ruiz", "Ing."),
        ("Sr. Pedro Alvarez Lima (Uruguay) took the floor.", "Pedro Alvarez Lima", "Sr."),
        ("Sra. Lucía Paredes Ortiz (Peru) took the floor.", "Lucía Paredes Ortiz", "Sra."),
        ("Mlle Claire Dubois (France) took the floor.", "Claire Dubois", "Mlle"),
        ("The plan was presented by Lic. Norma Vargas Pinto, Director of Connectivity.", "Norma Vargas Pinto", "Lic."),
        ("The workshop was closed by Licda. Rosa Almonte Peña, Vice-Minister.", "Rosa Almonte Peña", "Licda."),
    ],
)
def test_honorifics_of_other_languages(text: str, name: str, honorific: str) -> None:
    assert people(text)[name].honorific == honorific


# ------------------------------------------------------------------ a lead cue and names before their title
def test_delivered_by_names_the_speaker_without_an_honorific() -> None:
    found = people("Delivered by Ram Kumar Thapa, Minister of Information and Communications", body=None)
    assert "Minister of Information and Communications" in found["Ram Kumar Thapa"].job_titles


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "We also thank Ingrid Solberg, Assistant Director-General for Education, UNESCO, for the programme.",
            "Ingrid Solberg",
            "Assistant Director-General for Education",
        ),
        (
            "The session heard Pierre Lavoie, Chair of the steering committee, and others.",
            "Pierre Lavoie",
            "Chair",
        ),
        (
            "Amara Diallo Keita, Programme Officer, UNDP Guinea, and Tove Hansen, Chief Executive Officer, "
            "Nordfiber, presented the projects.",
            "Amara Diallo Keita",
            "Programme Officer",
        ),
    ],
)
def test_a_name_without_an_honorific_before_its_job_title(text: str, name: str, title: str) -> None:
    found = people(text, body=None)
    assert any(t.startswith(title) for t in found[name].job_titles), found[name]


@pytest.mark.parametrize(
    "text",
    [
        "In Geneva, Director of the Bureau Ms Anna Berg opened it.",
        "The World Bank, Chair of the partnership, reported on it.",
        "Last Year, Secretary of the Group, noted the plan.",
        "Action Line C7, Moderator of the session, spoke.",
        "In line with paragraph 12 of the Geneva Plan, the Chief Executives Board set up the group in 2007.",
        "Mr President of the Association of Regulators of West Africa, Madam Head of the Area Office, colleagues,",
        "Mr Ali Sow, Director General of Posts and Digital Services, head of delegation, spoke.",
    ],
)
def test_capitalised_words_before_a_title_that_are_no_name(text: str) -> None:
    found = people(text, body=None)
    assert set(found) <= {"Anna Berg", "Ali Sow"}


# ------------------------------------------------------------------ summary record signatures
def test_two_initialled_names_on_one_line_under_two_signature_roles() -> None:
    found = people("The Secretary: The Chairman:", "K. Lindqvist-Oyelaran P. Asante-Mbeki", body=None)
    assert found["K. Lindqvist-Oyelaran"].job_titles == ("Secretary",)
    assert found["P. Asante-Mbeki"].job_titles == ("Chair",)


@pytest.mark.parametrize(
    ("line", "first", "second"),
    [
        ("The Secretary: The Chairman: R. SOLBAKKEN-IHLE T. MWANGI-OTIENO", "R. Solbakken-Ihle", "T. Mwangi-Otieno"),
        ("The Secretary-General: The Chairman: Haruki SAWADA J. ESTEVEZ", "Haruki Sawada", "J. Estevez"),
    ],
)
def test_signature_roles_and_names_on_one_line(line: str, first: str, second: str) -> None:
    found = people("The meeting rose at 1710 hours.", line, body=None)
    assert found[first].job_titles[0] in ("Secretary", "Secretary-General")
    assert found[second].job_titles == ("Chair",)
    assert len(found) == 2


def test_a_given_name_and_a_family_name_in_capitals_under_two_signature_roles() -> None:
    found = people("The Secretary-General: The Chairman:", "Haruki SAWADA J. ESTEVEZ", body=None)
    assert found["Haruki Sawada"].job_titles == ("Secretary-General",)
    assert found["J. Estevez"].job_titles == ("Chair",)


# ------------------------------------------------------------------ officers' tables, role first
def test_an_officers_table_with_the_role_first_and_no_meeting_body() -> None:
    found = people(
        "Post, Name, Country",
        "Chairman, Ms Ilse Vogt, Austria",
        "Vice-Chairman, Mr Tariq Nadeem, Pakistan",
        "The first meeting will take place in 2031.",
        body=None,
    )
    assert (found["Ilse Vogt"].job_titles, found["Ilse Vogt"].country) == (("Chair",), "AUT")
    assert (found["Tariq Nadeem"].job_titles, found["Tariq Nadeem"].country) == (("Vice-Chair",), "PAK")


def test_a_country_cell_with_its_group_in_brackets_under_a_slashed_header() -> None:
    found = people(
        "Post, Name, Member State / Region",
        "Vice-Chairman, Mr Tawanda Moyo, Zimbabwe (ATU)",
        "Vice-Chairman, Ms Elif Arslan, Türkiye (CEPT)",
        "The group met twice.",
    )
    assert (found["Tawanda Moyo"].posts, found["Tawanda Moyo"].country) == (("tdag/vice-chair",), "ZWE")
    assert (found["Elif Arslan"].posts, found["Elif Arslan"].country) == (("tdag/vice-chair",), "TUR")


def test_a_table_whose_first_cell_holds_a_comma() -> None:
    found = people(
        "Agenda items, Rapporteur, Administration",
        "1.3, 1.7 (satellite), Ms Dalia Ferreyra, Uruguay",
        "2.1, 2.4 (maritime), Mr Kaveh Jafari, Iran (Islamic Republic of)",
        "The meeting approved the proposals.",
        body=None,
    )
    assert (found["Dalia Ferreyra"].job_titles, found["Dalia Ferreyra"].country) == (("Rapporteur",), "URY")
    assert (found["Kaveh Jafari"].job_titles, found["Kaveh Jafari"].country) == (("Rapporteur",), "IRN")


# ------------------------------------------------------------------ a country's text or offer, conveyed by a person
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Committee took note of the offer of the Government of Senegal, conveyed by Mr Ousmane Diop, "
            "Secretary of State for ICT, to host the meeting.",
            "Ousmane Diop",
            "SEN",
        ),
        (
            "The Group considered the contribution of Peru (Document CWG-X 3/5), introduced by Ms Rosa Quispe "
            "Mamani, which proposed a study.",
            "Rosa Quispe Mamani",
            "PER",
        ),
        ("The proposal of Kenya, presented by Mr Otieno Kamau, was supported.", "Otieno Kamau", "KEN"),
    ],
)
def test_a_countrys_text_introduced_by_a_person_gives_the_country(text: str, name: str, country: str) -> None:
    assert people(text)[name].country == country


def test_a_text_about_a_country_presented_by_a_person_gives_no_country() -> None:
    found = people("The study on broadband in Peru, presented by Ms Rosa Quispe Mamani (Chile), was noted.")
    assert found["Rosa Quispe Mamani"].country == "CHL"
    found = people("The report of the regional meeting held in Peru, presented by Ms Rosa Quispe Mamani, was noted.")
    assert found["Rosa Quispe Mamani"].country is None


# ------------------------------------------------------------------ an appositive ending with the country
def test_a_contact_line_ending_with_the_country_before_an_e_mail() -> None:
    found = people("Contact: Mr Timur Aliyev, Executive Committee of the RCC, Kazakhstan E-mail: t.aliyev@example.org")
    assert found["Timur Aliyev"].country == "KAZ"


# ------------------------------------------------------------------ a role verb after a long appositive
@pytest.mark.parametrize(
    "text",
    [
        "Mr Tiago Mendes Rocha, Head of the Corporate Planning and Finance Division of the General Secretariat, "
        "acted as Secretary of the Group.",
        "The Group was assisted by Ms Ilse Brandt, Head of the Digital Cooperation Coordination Unit in the "
        "General Secretariat, who acted as Secretary.",
        "Mr Arjun Mehta (India) , who had acted as secretary of the drafting group, presented the text.",
    ],
)
def test_a_role_verb_after_a_long_appositive_or_a_past_perfect(text: str) -> None:
    found = people(text, body=None)
    person = next(iter(found.values()))
    assert any(t.startswith("Secretary") for t in person.job_titles), person


def test_accepted_to_chair_gives_the_chair() -> None:
    found = people(
        "I thank Eng. Samir Haddad of Lebanon, who has kindly accepted to chair our discussions today.", body=None
    )
    assert "Chair" in found["Samir Haddad"].job_titles


# ------------------------------------------------------------------ a short form with the full name in brackets
def test_a_short_form_with_the_full_name_in_brackets_is_that_person() -> None:
    found = people(
        "The Chair thanked the secretariat, in particular Ms Okonjo (Adaeze Okonjo, BDT Programme Coordinator), "
        "and closed the meeting.",
        body=None,
    )
    assert set(found) == {"Adaeze Okonjo"}
    assert found["Adaeze Okonjo"].honorific == "Ms."
    assert any(t.startswith("BDT Programme Coordinator") for t in found["Adaeze Okonjo"].job_titles)


def test_a_bracket_of_another_name_after_a_short_form_is_no_full_name() -> None:
    found = people("Ms Okonjo (Adaeze Nwosu, BDT) spoke.", body=None)
    assert "Adaeze Nwosu" not in found


# ------------------------------------------------------------------ a plural role before names with appositives
def test_a_plural_role_then_names_each_with_its_appositive() -> None:
    found = people(
        "We pay tribute to the two Co-facilitators of the negotiations, Ambassador Lucía Benítez, Permanent "
        "Representative of Uruguay, and Ambassador Marek Zieliński, Permanent Representative of Poland.",
        body=None,
    )
    for name, country in (("Lucía Benítez", "URY"), ("Marek Zieliński", "POL")):
        assert found[name].country == country, name
        assert "Co-facilitator" in found[name].job_titles, found[name]


# ------------------------------------------------------------------ signatures, two titles, replacements
def test_a_signatory_whose_post_line_runs_into_the_copy_line() -> None:
    found = people(
        "Please accept the assurances of my highest consideration.",
        "(signed)",
        "Eng. Tomás Nhantumbo Cossa",
        "Minister of Transport and Communications cc: Director, ITU Regional Office for Africa",
        body=None,
    )
    assert found["Tomás Nhantumbo Cossa"].job_titles == ("Minister of Transport and Communications",)


def test_two_titles_joined_by_and_are_both_the_persons() -> None:
    found = people("It was chaired by H.E. Mr Aarne Koskinen, Ambassador and Permanent Representative of Estonia.")
    assert "Permanent Representative of Estonia" in found["Aarne Koskinen"].job_titles
    assert "Ambassador" in found["Aarne Koskinen"].job_titles


def test_a_title_with_and_inside_stays_one() -> None:
    found = people("Ms Oona Rask, Minister of Science and Technology, opened it.")
    assert found["Oona Rask"].job_titles == ("Minister of Science and Technology",)


def test_in_replacement_of_gives_the_replaced_person_the_role() -> None:
    found = people(
        "The Group designated Ms Ilse Brandt (Austria) as Vice-Chair, in replacement of Mr Jorge Pazos (Chile)."
    )
    assert found["Jorge Pazos"].posts == ("tdag/vice-chair",)


def test_an_appositive_with_a_gloss_in_brackets_ending_with_the_country() -> None:
    found = people(
        "It was moderated by Mr Tane Rewi, Pou Ārahi, Te Rūnanga o Aotearoa (National Language Board), New Zealand."
    )
    assert found["Tane Rewi"].country == "NZL"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ms Jana Dvořák (Slovakia), leader of the sub-group on households, presented it.", "Leader"),
        ("Mr Pavel Novák, head of delegation, thanked the host.", "Head of delegation"),
    ],
)
def test_a_title_in_lower_case_in_the_appositive(text: str, title: str) -> None:
    found = people(text, body=None)
    person = next(iter(found.values()))
    assert any(t.startswith(title) for t in person.job_titles), person


def test_a_lower_case_clause_after_a_name_is_no_title() -> None:
    found = people("Mr Pavel Novák, who spoke next, thanked the host.", body=None)
    assert found["Pavel Novák"].job_titles == ()


def test_a_plural_role_in_lower_case_after_as_goes_to_every_name_listed_before() -> None:
    found = people(
        "The Group appointed Ms Anna Berg (Sweden) and Mr Omar Sy Ndiaye (Senegal) as co-Rapporteurs for the text."
    )
    assert found["Anna Berg"].job_titles == ("Co-Rapporteur",)
    assert found["Omar Sy Ndiaye"].job_titles == ("Co-Rapporteur",)


def test_a_clause_after_a_listed_name_ends_the_list() -> None:
    found = people(
        "The call was issued by the Co-Rapporteurs for Question 5/1, Ms Ana Lobo (Brazil) and Mr Kofi Boateng "
        "(Ghana), with the support of the Vice-Rapporteur, Dr Lê Văn Minh (Viet Nam)."
    )
    assert "tdag/co-rapporteur" not in found["Lê Văn Minh"].posts


def test_an_active_role_verb_after_a_long_appositive_is_not_read() -> None:
    found = people(
        "Mr Samir Haddad, Minister of Communications and Information Technology of Jordan, chaired the track.",
        body=None,
    )
    assert found["Samir Haddad"].job_titles == ("Minister of Communications and Information Technology of Jordan",)


# ------------------------------------------------------------------ a state body named by its acronym in the appositive
def test_a_state_body_named_by_its_defined_acronym_gives_its_country() -> None:
    found = people(
        "The workshop is hosted by the Rwanda Utilities Regulatory Authority (RURA) in Kigali.",
        "It will be opened by Eng. Jean Bosco Habimana, Director General of the RURA, and by Ms Ana Lobo, "
        "Programme Officer, UNCTAD.",
    )
    assert found["Jean Bosco Habimana"].country == "RWA"
    assert found["Ana Lobo"].country is None


def test_a_company_named_by_its_acronym_gives_no_country() -> None:
    found = people(
        "Kenya Fibre Networks Limited (KFN) joined the project.",
        "Mr Otieno Kamau, Chief Engineer, KFN, presented it.",
    )
    assert found["Otieno Kamau"].country is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Ms Rina Akter, Joint Secretary, ICT Division, Ministry of Posts, Telecommunications and Information "
            "Technology, Bangladesh, presented the programme.",
            "BGD",
        ),
        ("Mr Imran Qureshi, Member (Telecom), Pakistan Telecommunication Authority; and others spoke.", "PAK"),
    ],
)
def test_longer_appositives_that_end_with_or_name_the_country(text: str, country: str) -> None:
    assert next(iter(people(text).values())).country == country


def test_a_known_person_named_again_without_an_honorific_with_the_country() -> None:
    found = people(
        "The consultation was opened by Ms Efua Mensah-Boateng, Director of Licensing at the NCA.",
        "Contacts:",
        "Efua Mensah-Boateng, NCA, Ghana",
    )
    assert found["Efua Mensah-Boateng"].country == "GHA"


# ------------------------------------------------------------------ contact blocks and speakers' header lines
def test_a_contact_block_with_an_e_mail_line_then_the_post_and_the_country() -> None:
    found = people(
        "Contact: Dr Malee Srisuk",
        "E-mail: m.srisuk@example.org",
        "Chair, Preparatory Group for the Assembly",
        "Thailand",
        body=None,
    )
    assert found["Malee Srisuk"].country == "THA"
    assert any(t.startswith("Chair") for t in found["Malee Srisuk"].job_titles) or found["Malee Srisuk"].posts


def test_a_speakers_header_lines_give_the_title_and_the_country() -> None:
    found = people(
        "OPENING ADDRESS",
        "Eng. Karim Mansour",
        "Executive President, National Telecom Regulatory Authority (NTRA), Republic of Tunisia",
        "Distinguished colleagues,",
        body=None,
    )
    assert found["Karim Mansour"].job_titles == ("Executive President",)
    assert found["Karim Mansour"].country == "TUN"


# -------------------------------------------------- the country by an adjective after, a state body before
@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        ("Mr Ion Marin, the Romanian delegate, supported the proposal.", "Delegate", "ROU"),
        ("Ms Ana Costa, the Brazilian Minister of Communications, opened it.", "Minister of Communications", "BRA"),
    ],
)
def test_an_adjective_of_a_country_and_a_speaker_word_after_the_name(text: str, title: str, country: str) -> None:
    person = next(iter(people(text, body=None).values()))
    assert (person.job_titles, person.country) == ((title,), country)


def test_the_representative_of_a_ministry_of_a_country_speaks_for_it() -> None:
    found = people("The representative of the Ministry of Communications of Peru, Ms Rosa Quispe, presented it.")
    assert found["Rosa Quispe"].country == "PER"


def test_the_representative_of_an_association_of_a_country_is_not_its_speaker() -> None:
    found = people("The representative of the Internet Society Chapter of Peru, Ms Rosa Quispe, presented it.")
    assert found["Rosa Quispe"].country is None


def test_the_external_auditor_is_a_title() -> None:
    found = people("Mr Paolo Rinaldi, External Auditor, presented the report.", body=None)
    assert found["Paolo Rinaldi"].job_titles == ("External Auditor",)


def test_a_role_represented_by_a_person_is_that_persons() -> None:
    found = people("The External Auditor, represented by Mr Paolo Rinaldi, presented the audit report.", body=None)
    assert found["Paolo Rinaldi"].job_titles == ("External Auditor",)


@pytest.mark.parametrize(
    "text",
    [
        "Allow me to congratulate you, Mr Tshepo Mokoena of Botswana, on your election to the chair of this session.",
        "We congratulate Ms Lena Vogt (Austria) on her election as Chair of the Conference.",
    ],
)
def test_congratulated_on_the_election_to_the_chair(text: str) -> None:
    person = next(iter(people(text, body=None).values()))
    assert any(t.startswith("Chair") for t in person.job_titles), person


# ------------------------------------------------------------------ a table read one cell per line (a PDF)
def test_a_table_read_one_cell_per_line_gives_roles_and_countries() -> None:
    found = people("Role", "Name", "Country", "Chair", "Ms Ana Lobo", "Chile", "Vice-Chair", "Mr Kofi Boateng", "Ghana")
    assert (found["Ana Lobo"].posts, found["Ana Lobo"].country) == (("tdag/chair",), "CHL")
    assert (found["Kofi Boateng"].posts, found["Kofi Boateng"].country) == (("tdag/vice-chair",), "GHA")


def test_a_name_line_then_a_country_line_keeps_a_country_stated_before() -> None:
    found = people("Ms Ana Lobo (Peru) spoke.", "Ms Ana Lobo", "Chile")
    assert found["Ana Lobo"].country == "PER"


def test_a_contact_blocks_role_without_its_body_is_a_title_not_an_itu_post() -> None:
    found = people(
        "Contact: Mrs Salma Ben Youssef", "Director-General, International Cooperation, MCTD", "E-mail: s@example.tn"
    )
    assert found["Salma Ben Youssef"].posts == ()
    assert "Director-General" in found["Salma Ben Youssef"].job_titles


def test_the_representative_of_a_role_holds_not_that_role() -> None:
    found = people("The representative of the External Auditor, Dott. Paolo Rinaldi, recalled the report.", body=None)
    assert "External Auditor" not in found["Paolo Rinaldi"].job_titles


# ------------------------------------------------------------------ more ways to list a plural role's holders
@pytest.mark.parametrize(
    "text",
    [
        # a dash opens and closes the list after the role and its participle
        "The Vice-Chairs elected at its first meeting – Mr Olek Marek (Poland), Ms Ana Kovac (Croatia) – were present.",
        "The Vice-Chairs appointed by the Council — Mr Olek Marek (Poland) and Ms Ana Kovac (Croatia) — assisted her.",
        "The Vice-Chairs - Mr Olek Marek (Poland) and Ms Ana Kovac (Croatia) - attended.",
        # a verb with an adverb or an adjective before "as"
        "Mr Olek Marek (Poland) and Ms Ana Kovac (Croatia) were present as Vice-Chairs.",
        "Mr Olek Marek (Poland) and Ms Ana Kovac (Croatia) also served as Vice-Chairs.",
        "Mr Olek Marek (Poland) and Ms Ana Kovac (Croatia) took part as Vice-Chairs of the Group.",
        # a remark between the role and its colon
        "Vice-Chairs, one per region: Mr. Olek Marek (Poland) and Ms. Ana Kovac (Croatia).",
        "Vice-Chairmen (one from each region): Mr Olek Marek (Poland); Ms Ana Kovac (Croatia).",
    ],
)
def test_more_lists_of_the_holders_of_a_plural_role(text: str) -> None:
    found = people("The meeting was chaired by Dr Kofi Mensah (Ghana).", text)
    for name, country in (("Olek Marek", "POL"), ("Ana Kovac", "HRV")):
        assert found[name].country == country, name
        assert "tdag/vice-chair" in found[name].posts, name
    assert "tdag/vice-chair" not in found["Kofi Mensah"].posts


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Vice-Chairs were Mr Joel St. Clair-Harris (Grenada) and Ms Ana Kovac (Croatia).",
            "Joel St. Clair-Harris",
            "GRD",
        ),
        (
            "Vice-Chairs: Hon. Ma. Luisa Reyes-Tan (Philippines) and Ms Ana Kovac (Croatia).",
            "Ma. Luisa Reyes-Tan",
            "PHL",
        ),
        (
            "Mr Md. Karim Hossain (Bangladesh) and Ms Ana Kovac (Croatia) were elected Vice-Chairs.",
            "Md. Karim Hossain",
            "BGD",
        ),
    ],
)
def test_a_name_word_written_short_with_a_dot_stays_in_the_name(text: str, name: str, country: str) -> None:
    found = people(text)
    assert found[name].country == country
    assert "tdag/vice-chair" in found[name].posts
    assert "tdag/vice-chair" in found["Ana Kovac"].posts


@pytest.mark.parametrize(
    "rows",
    [
        # one line of officers, each role joined to its holder by a dot leader
        (
            "Chair ........... Eng. Amani Njoroge (Kenya) Vice-Chair ...... Mr. Moussa Diallo (Mali) "
            "Rapporteur ...... Ms. Leila Trabelsi (Tunisia)",
        ),
        # one officer a line, an ellipsis as the leader
        ("Chair\u2026\u2026 Eng. Amani Njoroge (Kenya)", "Vice-Chair\u2026\u2026 Mr. Moussa Diallo (Mali)"),
        (
            "Chair .................. Eng. Amani Njoroge (Kenya)",
            "Vice-Chair ............. Mr. Moussa Diallo (Mali)",
            "Rapporteur ............. Ms. Leila Trabelsi (Tunisia)",
        ),
    ],
)
def test_a_dot_leader_joins_a_role_to_its_holder_not_to_the_name_before(rows: tuple[str, ...]) -> None:
    found = people(*rows)
    assert found["Amani Njoroge"].posts == ("tdag/chair",)
    assert found["Moussa Diallo"].posts == ("tdag/vice-chair",)
    if "Leila Trabelsi" in found:
        assert found["Leila Trabelsi"].posts == ("tdag/rapporteur",)


def test_a_line_of_a_bodys_role_heads_the_name_on_the_next_line() -> None:
    found = people(
        "Chair of Working Party 3:",
        "Mr. Tomás Herrera Soto (Colombia)",
        "Vice-Chair of the Council:",
        "Ms. Ana Kovac (Croatia)",
    )
    assert found["Tomás Herrera Soto"].posts == ("tdag-working-party-3/chair",)
    assert found["Ana Kovac"].posts == ("itu-council/vice-chair",)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The head of the delegation of Spain, Ms Rosa Lima, announced a contribution.", "Head of the delegation"),
        ("The Head of the Delegation from Spain, Ms Rosa Lima, thanked the host.", "Head of the Delegation"),
        ("The Head of Delegation of Spain, Ms Rosa Lima, supported the text.", "Head of Delegation"),
    ],
)
def test_head_of_the_delegation_of_a_country_before_a_name(text: str, title: str) -> None:
    person = people(text)["Rosa Lima"]
    assert person.country == "ESP"
    assert person.job_titles == (title,)


# ------------------------------------------------------------------ the report's title names a person
@pytest.mark.parametrize(
    ("title", "name", "role", "country"),
    [
        (
            "Statement by Mr Anselm Brückner, Director General, International Bureau of the UPU",
            "Anselm Brückner",
            "/director-general",
            None,
        ),
        (
            "Closing remarks by H.E. Eng. Dalia Mansour, Executive President, NTRA of Egypt",
            "Dalia Mansour",
            "Executive President",
            "EGY",
        ),
        (
            "SUMMARY RECORD OF THE SECOND PLENARY MEETING Tuesday, 10 June 2025 Chair: Mr Omar Haddad (Jordan)",
            "Omar Haddad",
            "itu-council/chair",
            "JOR",
        ),
    ],
)
def test_a_person_named_in_the_title(title: str, name: str, role: str, country: str | None) -> None:
    report = make_report("The meeting reviewed the budget.", "The next meeting will be held in 2026.", title=title)
    actors = find_actors(report, "itu-council")
    person = next(p for p in actors.persons if p.name == name)
    assert any(r.endswith(role) for r in (*person.posts, *person.job_titles))
    assert person.country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Eng. Mouza bint Rashid Al-Nuaimi (Oman) and Ms Ana Kovac (Croatia) were elected Vice-Chairs.",
            "Mouza bint Rashid Al-Nuaimi",
            "OMN",
        ),
        (
            "Ms Siti binti Ahmad Zain (Malaysia) and Ms Ana Kovac (Croatia) were elected Vice-Chairs.",
            "Siti binti Ahmad Zain",
            "MYS",
        ),
        (
            "Mr Mohamed ould Sidi Baba (Mauritania) and Ms Ana Kovac (Croatia) were elected Vice-Chairs.",
            "Mohamed ould Sidi Baba",
            "MRT",
        ),
    ],
)
def test_daughter_and_son_of_particles_stay_in_the_name(text: str, name: str, country: str) -> None:
    found = people(text)
    assert found[name].country == country
    assert "tdag/vice-chair" in found[name].posts


@pytest.mark.parametrize(
    ("closing", "name", "post"),
    [
        ("Yours sincerely,", "Dr Amadou Kone-Berg", "Secretary-General"),
        ("Please accept, Excellency, the assurances of my highest consideration.", "Tomas Lindqvist", "Director"),
        ("Thank you, and I wish you a fruitful meeting.", "Priya Raman-Holt", "Secretary-General, ITU"),
    ],
)
def test_a_signature_taken_for_the_title_signs_above_its_post(closing: str, name: str, post: str) -> None:
    report = make_report(
        "I am pleased to invite your Administration to the Forum, to be held in Geneva in May 2026.",
        closing,
        post,
        "Annex: Provisional programme",
        title=name,
    )
    person = next(p for p in find_actors(report, None).persons if name.endswith(p.name))
    role = post.split(",")[0].lower()
    assert any(r.endswith(role) or r.lower() == role for r in (*person.posts, *person.job_titles))


@pytest.mark.parametrize(
    "text",
    [
        "Working Group 2 (Quantum networks), co-convened by Dr Yves Lamont (Canada) and Ms Lin Yu (China), reported.",
        "The session was co-convened by Dr Yves Lamont (Canada) and Ms Lin Yu (China).",
    ],
)
def test_co_convened_by_gives_co_conveners(text: str) -> None:
    found = people(text)
    assert found["Yves Lamont"].job_titles == ("Co-convener",)
    assert found["Lin Yu"].job_titles == ("Co-convener",)


def test_a_list_label_holds_a_hyphen_and_ends_at_any_spaced_dash_of_the_set() -> None:
    """``person_signatures._LIST_LABEL``: a label may hold a hyphen (``Sub-Group A``), not a dash of
    ``text.LONG_DASH_CHARS``; a spaced dash of ``text.DASH`` closes it (en dash, horizontal bar, minus)."""
    found = people(
        "The Group set up three sub-groups and appointed their chairmen as follows:",
        "Sub-Group A – Mr Arvid Holm (Norway)",
        "Sub-Group B ― Ms Amara Diallo (Senegal)",
        "Sub-Group C − Dr Kenji Arai (Japan)",
    )
    for name, unit in (("Arvid Holm", "a"), ("Amara Diallo", "b"), ("Kenji Arai", "c")):
        assert found[name].posts == (f"tdag-sub-group-{unit}/chair",), name

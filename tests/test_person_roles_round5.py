"""People's roles, countries and honorifics in the forms round 5 reads (issue 8, Part 2 item 2):
officers and heads of delegation in tables and lists, roles given by a column header or a list
heading, honorifics in other languages, countries from a plural lead, from a country's
contribution or offer conveyed by a person, names without an honorific before their job title,
and signature lines of two initialled names (``persons.py`` and its steps)."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

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
    ],
)
def test_capitalised_words_before_a_title_that_are_no_name(text: str) -> None:
    found = people(text, body=None)
    assert set(found) <= {"Anna Berg"}


# ------------------------------------------------------------------ summary record signatures
def test_two_initialled_names_on_one_line_under_two_signature_roles() -> None:
    found = people("The Secretary: The Chairman:", "K. Lindqvist-Oyelaran P. Asante-Mbeki", body=None)
    assert found["K. Lindqvist-Oyelaran"].job_titles == ("Secretary",)
    assert found["P. Asante-Mbeki"].job_titles == ("Chair",)


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

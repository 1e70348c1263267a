"""People's roles in more of the forms real documents use: two titles joined by
``and`` inside a longer title, a role given after the holder's own post (``moderated by the Vice-Chair of
X, Mr Y``), ``under the leadership of``, a verb shared by several names (``A was elected Chair and B
Rapporteur``), ``on her election to chair``, a place of work before the verb, modifiers of a title
before it, signatures stacked name over name, a table whose first column is named by a role, and a
heading that is no role of the sentence under it (``persons.py`` and its steps)."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.person_titles import both_titles
from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.records import Person


def people(*texts: str, body: str | None = "tdag") -> dict[str, Person]:
    return {p.name: p for p in find_actors(one_section_report(*texts), body).persons}


# ------------------------------------------------------------------ two titles joined by "and"
@pytest.mark.parametrize(
    ("title", "parts"),
    [
        (
            "Minister of Posts and Digital Economy of Benin and Chair of the Forum",
            ["Minister of Posts and Digital Economy of Benin", "Chair of the Forum"],
        ),
        (
            "Assistant Administrator and Director, Bureau for External Relations",
            ["Assistant Administrator", "Director, Bureau for External Relations"],
        ),
        ("Ambassador and Permanent Representative of Chile", ["Ambassador", "Permanent Representative of Chile"]),
        ("Chairman and Chief Executive Officer", ["Chairman", "Chief Executive Officer"]),
        ("Minister of Transport and Communications", None),
        ("Head of Research and Development", None),
    ],
)
def test_two_titles_split_at_the_and_between_them(title: str, parts: list[str] | None) -> None:
    assert both_titles(title) == parts


def test_two_titles_in_an_appositive_are_both_the_persons() -> None:
    found = people("Ms Amina Diallo, Minister of Digital Economy and Posts of Senegal and Chair of the Summit, spoke.")
    assert found["Amina Diallo"].job_titles == (
        "Minister of Digital Economy and Posts of Senegal",
        "Chair of the Summit",
    )


# ------------------------------------------------------------------ roles given by verbs
@pytest.mark.parametrize(
    "text",
    [
        "The panel was moderated by the Vice-Chair of the Commission, Mr Batu Erdene (Mongolia).",
        "The dialogue, moderated by the Deputy Director of the Policy Unit, Mr Batu Erdene, closed at noon.",
    ],
)
def test_a_role_verb_before_the_holders_own_post(text: str) -> None:
    assert "Moderator" in people(text)["Batu Erdene"].job_titles


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "I thank the Bureau and its Spectrum Policy Unit, under the leadership of Ms Ewa Nowicka-Lis, for the "
            "papers.",
            "spectrum-policy-unit/head",
        ),
        (
            "The survey was run by the Statistics Division, under the leadership of Mr Tomas Arbe.",
            "statistics-division/head",
        ),
    ],
)
def test_under_the_leadership_of_heads_the_body_before(text: str, post: str) -> None:
    assert post in next(iter(people(text).values())).posts


@pytest.mark.parametrize(
    "text",
    [
        "Professor Jan Holm (Norway) was elected Chair and Dr Asha Perera (Sri Lanka) Rapporteur.",
        "Mr Jan Holm (Norway) was unanimously elected Chair, and Dr Asha Perera (Sri Lanka) Rapporteur.",
        "The meeting noted that Mr Jan Holm (Norway) had been appointed Chair and Dr Asha Perera (Sri Lanka) "
        "Rapporteur.",
    ],
)
def test_a_verb_shared_by_a_second_name_and_role(text: str) -> None:
    found = people(text)
    assert found["Jan Holm"].posts == ("tdag/chair",)
    assert found["Asha Perera"].posts == ("tdag/rapporteur",)


def test_three_names_each_with_its_role_after_one_verb() -> None:
    found = people(
        "Ms Ana Lobo (Chile) was elected Chair, Mr Kofi Ansah (Ghana) Vice-Chair and Ms Mei Lin (China) Rapporteur."
    )
    assert [found[n].posts for n in ("Ana Lobo", "Kofi Ansah", "Mei Lin")] == [
        ("tdag/chair",),
        ("tdag/vice-chair",),
        ("tdag/rapporteur",),
    ]


def test_a_name_after_a_role_with_a_verb_of_its_own_takes_no_role() -> None:
    found = people("Mr Jan Holm (Norway) was elected Chair and Ms Asha Perera (Sri Lanka) thanked him.")
    assert (found["Asha Perera"].posts, found["Asha Perera"].job_titles) == ((), ())


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Brazil congratulates Her Excellency Ms Noor Al Said of Oman on her election to chair this Conference.",
            "Noor Al Said",
            "Chair",
        ),
        (
            "We congratulate Mr Ivan Petrov of Bulgaria on his election as Chairman of the Plenary.",
            "Ivan Petrov",
            "Chair of the Plenary",
        ),
    ],
)
def test_congratulated_on_an_election(text: str, name: str, title: str) -> None:
    assert title in people(text, body=None)[name].job_titles


@pytest.mark.parametrize(
    "text",
    [
        "Professor Adaobi Eze of the University of Ibadan was designated rapporteur of the parents' team.",
        "Dr Adaobi Eze from the Nigerian Communications Commission has been appointed Rapporteur.",
    ],
)
def test_a_place_of_work_between_the_name_and_the_verb(text: str) -> None:
    found = people(text, body=None)["Adaobi Eze"]
    assert any(role.endswith("rapporteur") for role in found.posts) or "Rapporteur" in found.job_titles


# ------------------------------------------------------------------ modifiers before a title
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The following High-Level Track Facilitators were designated by the co-organizers: Ms Jana Novak (UNDP), "
            "Mr Luis Pena (UNESCO) and Mr Aziz Karimov (UNCTAD).",
            "High-Level Track Facilitator",
        ),
        (
            "The Senior Programme Officers, Ms Jana Novak and Mr Luis Pena, presented the report.",
            "Senior Programme Officer",
        ),
    ],
)
def test_modifiers_before_a_plural_title_with_the_singular_label(text: str, title: str) -> None:
    found = people(text)
    assert found["Jana Novak"].job_titles == (title,)
    assert found["Luis Pena"].job_titles == (title,)


# ------------------------------------------------------------------ signatures, tables, headings
def test_stacked_signatures_pair_names_and_posts_in_order() -> None:
    found = people(
        "Please accept the assurances of our highest consideration.",
        "Maren Solberg",
        "Tupac Quispe Mamani",
        "Permanent Representative of Norway",
        "Permanent Representative of Peru",
    )
    assert found["Maren Solberg"].job_titles == ("Permanent Representative of Norway",)
    assert found["Tupac Quispe Mamani"].job_titles == ("Permanent Representative of Peru",)


@pytest.mark.parametrize("sep", [", ", " | ", "\t"])
def test_a_table_whose_first_column_is_named_by_a_role(sep: str) -> None:
    rows = [
        ["Vice-Chair", "Member State", "Region"],
        ["Ms Ana Lobo", "Chile", "Americas"],
        ["Mr Kofi Ansah", "Ghana", "Africa"],
    ]
    found = people("The Group was assisted by the Vice-Chairs below.", *(sep.join(r) for r in rows))
    assert (found["Ana Lobo"].job_titles, found["Ana Lobo"].country) == (("Vice-Chair",), "CHL")
    assert (found["Kofi Ansah"].job_titles, found["Kofi Ansah"].country) == (("Vice-Chair",), "GHA")


def test_a_post_line_is_no_table_header() -> None:
    found = people("Rui Matos", "Director, Telecommunication Development Bureau", "Ms Ana Lobo, Chile")
    assert found["Ana Lobo"].job_titles == ()


def test_a_heading_role_over_a_sentence_gives_it_nothing() -> None:
    found = people(
        "Officers", "Professor Jan Holm (Norway) was elected Chair and Dr Asha Perera (Sri Lanka) Rapporteur."
    )
    assert (found["Jan Holm"].posts, found["Jan Holm"].job_titles) == (("tdag/chair",), ())


def test_a_heading_role_over_a_list_still_gives_it() -> None:
    found = people(
        "Moderators", "Ms Ana Lobo, Director, Policy Division, UNDP", "Mr Kofi Ansah, Chief Engineer, Volta Telecom"
    )
    assert "Moderator" in found["Ana Lobo"].job_titles
    assert "Moderator" in found["Kofi Ansah"].job_titles


def test_a_title_read_twice_with_and_without_its_organisation_is_kept_once() -> None:
    found = people(
        "Name, Function, Organization, Country",
        "Ms Hine Parata, Chief Executive, Awa Community Radio Trust, New Zealand",
    )
    assert found["Hine Parata"].job_titles == ("Chief Executive, Awa Community Radio Trust",)


def test_a_title_beside_itself_with_what_it_is_of_is_kept_once() -> None:
    found = people(
        "The Secretary: Ms Vesna Kolar.",
        "Ms Vesna Kolar, Secretary of the Committee, introduced Document 12.",
        body=None,
    )
    assert found["Vesna Kolar"].job_titles == ("Secretary of the Committee",)


# ------------------------------------------------------------------ a post's body with its year or number
@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "The Chair of Council 2031, Ms Sara Lind (Iceland), and the Secretary-General thank councillors.",
            "Sara Lind",
            "itu-council/chair",
        ),
        ("The Chairman of Working Party 5D, Mr Ravi Das (India), reported.", "Ravi Das", "itu-r-wp5d/chair"),
    ],
)
def test_the_post_of_a_body_named_with_its_year_or_number_before_the_name(text: str, name: str, post: str) -> None:
    assert people(text)[name].posts == (post,)


@pytest.mark.parametrize(
    "text",
    [
        "A seminar was held in Castries on 3 July 2031, chaired by the Honourable Tia Cumber, Minister of Science of "
        "Saint Lucia.",
        "The round table was chaired by the Hon. Tia Cumber, Minister of Science of Saint Lucia.",
    ],
)
def test_chaired_by_the_and_an_honorific(text: str) -> None:
    found = people(text, body=None)["Tia Cumber"]
    assert "Chair" in found.job_titles or found.posts


def test_a_speakers_second_post_line() -> None:
    found = people(
        "WELCOME ADDRESS",
        "Eng. Karim Mansour",
        "Executive President, National Telecom Regulatory Authority (NTRA), Republic of Tunisia",
        "Chairman of the Regulators' Symposium 2031",
        "Distinguished colleagues,",
        body=None,
    )
    assert found["Karim Mansour"].job_titles == ("Executive President", "Chair of the Regulators' Symposium 2031")


# ------------------------------------------------------------------ titles in lower case, roles in brackets
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ms Hana Novak, senior researcher at the National Institute, presented the indicators.",
            "Hana Novak",
            "Senior researcher at the National Institute",
        ),
        (
            "Mr Ali Reza, chief economist at the Central Bank of Oman, spoke.",
            "Ali Reza",
            "Chief economist at the Central Bank of Oman",
        ),
        ("Ms Ana Lobo, head of delegation, spoke.", "Ana Lobo", "Head of delegation"),
    ],
)
def test_a_title_written_in_lower_case_in_the_appositive(text: str, name: str, title: str) -> None:
    assert people(text, body=None)[name].job_titles == (title,)


def test_a_lower_case_phrase_that_is_no_title() -> None:
    assert people("Mr Ito Ken, a member of the team since 2030, spoke.", body=None)["Ito Ken"].job_titles == ()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The interim meeting was chaired by Mr Oh Jin-woo (Rapporteur, Q7/17), who opened it.", "Rapporteur, Q7/17"),
        ("The panel heard Ms Ana Lobo, WHO (moderator).", "Moderator"),
    ],
)
def test_a_role_in_brackets_after_the_name(text: str, title: str) -> None:
    assert title in next(iter(people(text, body=None).values())).job_titles


# ------------------------------------------------------------------ lists of officers in more words
@pytest.mark.parametrize(
    "text",
    [
        "The Chair was assisted by the Vice-Chairmen, in particular Mr Tsogt Bat (Mongolia) and Dr Huang Mei (China).",
        "I thank my Vice-Chairmen, and especially Mr Tsogt Bat (Mongolia) and Dr Huang Mei (China), for their work.",
        "The Chairman was assisted by six Vice-Chairmen, among them Mr Tsogt Bat (Mongolia) and Dr Huang Mei (China).",
        "The Chairman welcomed Mr Tsogt Bat (Mongolia) and Dr Huang Mei (China), whom the Group had designated as "
        "Vice-Chairmen at its first meeting.",
        "The Chair welcomed Mr Tsogt Bat (Mongolia) and Dr Huang Mei (China), who had been appointed Vice-Chairmen by "
        "the Council.",
        "It noted that Mr Tsogt Bat (Mongolia) and Dr Huang Mei (China) would continue to serve as Vice-Chairmen.",
    ],
)
def test_vice_chairs_listed_in_more_words(text: str) -> None:
    found = people(text)
    assert found["Tsogt Bat"].posts == ("tdag/vice-chair",)
    assert found["Huang Mei"].posts == ("tdag/vice-chair",)


@pytest.mark.parametrize(
    "text",
    [
        "Study Group 1 is chaired by Mr Yonas Tesfa (Ethiopia) and Study Group 2 by Ms Leticia Rabelo (Brazil).",
        "Working Party 1 (Strategy) was chaired by Mr Yonas Tesfa (Ethiopia), and Working Party 2 (Work programme) by "
        "Ms Leticia Rabelo (Brazil).",
    ],
)
def test_chaired_by_left_out_before_the_second_name(text: str) -> None:
    found = people(text)
    assert found["Leticia Rabelo"].job_titles == ("Chair",) or found["Leticia Rabelo"].posts


def test_a_second_verb_is_no_chair() -> None:
    found = people("The session was chaired by Mr Ola Dahl and the report presented by Ms Rita Blom.")
    assert (found["Rita Blom"].posts, found["Rita Blom"].job_titles) == ((), ())


def test_a_table_whose_role_column_is_qualified() -> None:
    found = people(
        "The committee proposes the following appointments:",
        "Study Group, Proposed chairman, Member State",
        "SG 3, Mr Kamel Chebi, Tunisia",
        "SG 5, Ms Nieves Ayala, Spain",
        body=None,
    )
    assert (found["Kamel Chebi"].job_titles, found["Kamel Chebi"].country) == (("Chair",), "TUN")
    assert (found["Nieves Ayala"].job_titles, found["Nieves Ayala"].country) == (("Chair",), "ESP")


@pytest.mark.parametrize(
    "text",
    [
        "Administrations were invited to meet in an informal group convened by Mr Aras Kaz (Lithuania) on Friday.",
        "The correspondence group, to be convened by Mr Aras Kaz (Lithuania), will report to the next meeting.",
    ],
)
def test_convened_by_gives_the_convener(text: str) -> None:
    assert people(text, body=None)["Aras Kaz"].job_titles == ("Convener",)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ms Gina Grun, Lumensat's Director of Spectrum Affairs, took part.", "Director of Spectrum Affairs"),
        ("Later, Ms Gina Grun, the initiative's Programme Coordinator, will present it.", "Programme Coordinator"),
    ],
)
def test_a_possessive_before_a_title_is_its_owner(text: str, title: str) -> None:
    assert people(text, body=None)["Gina Grun"].job_titles == (title,)


@pytest.mark.parametrize("salutation", ["Honourable Deputy Prime Minister,", "Mr Chairman, distinguished delegates,"])
def test_a_speakers_salutation_is_no_post(salutation: str) -> None:
    found = people("Ms Losa Mata", salutation, "Welcome to Suva.", body=None)
    assert found["Losa Mata"].job_titles == ()


def test_a_clause_after_and_is_no_body_chaired() -> None:
    found = people(
        "The Forum will be chaired by Mr Amadi Lad, and the BSG training will be delivered by Ms Kash Sul, TSB."
    )
    assert (found["Kash Sul"].posts, found["Kash Sul"].job_titles) == ((), ())


# ------------------------------------------------------------------ a list of names, each with a title after a modifier
@pytest.mark.parametrize(
    "text",
    [
        "The panel heard Ms Wen Li, Acting Director of the Telecommunication Development Bureau, Ms Ida Moss "
        "(Chile), First Vice-Chair of the Commission, and Mr Pavel Hrad, Senior Vice-President of Telco AG.",
        "Speakers were Ms Wen Li, Interim Director of the Telecommunication Development Bureau, Ms Ida Moss, "
        "Second Vice-Chair of the Commission, Mr Pavel Hrad, Senior Vice-President of Telco AG.",
    ],
)
def test_each_name_of_a_list_keeps_its_own_modified_title(text: str) -> None:
    """A title after a modifier (``Acting``, ``First``) is the appositive of the name before it: it is no
    post of the next name, and a title does not run on into the next name (``..., Ms Ida Moss``)."""
    found = people(text)
    assert found["Wen Li"].job_titles[0].endswith("Director of the Telecommunication Development Bureau")
    assert "Ms Ida Moss" not in " ".join(found["Wen Li"].job_titles)
    assert found["Ida Moss"].posts == () and found["Ida Moss"].job_titles[0].endswith("Vice-Chair of the Commission")
    assert found["Pavel Hrad"].posts == () and found["Pavel Hrad"].job_titles == ("Senior Vice-President of Telco AG",)


# ------------------------------------------------------------------ a plural role in a relative clause after a list
@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        (
            "The meeting thanked Mr Oskar Lindqvist (Sweden) and Ms Amaya Quispe (Peru), who served as Vice-Chairs.",
            ["Oskar Lindqvist", "Amaya Quispe"],
            "tdag/vice-chair",
        ),
        (
            "We are grateful to Mr Oskar Lindqvist and Ms Amaya Quispe, who will continue to serve as Vice-Chairmen.",
            ["Oskar Lindqvist", "Amaya Quispe"],
            "tdag/vice-chair",
        ),
        (
            "Thanks went to Dr Ivo Marek (Czechia) and Ms Amaya Quispe (Peru), who have served as Vice-Chairs.",
            ["Ivo Marek", "Amaya Quispe"],
            "tdag/vice-chair",
        ),
    ],
)
def test_a_relative_clause_gives_a_plural_role_to_every_name_of_the_list(
    text: str, names: list[str], role: str
) -> None:
    """``A and B, who served as Vice-Chairs``: like ``A and B served as Vice-Chairs``, each name listed holds it."""
    found = people(text)
    assert all(found[n].posts == (role,) for n in names)


def test_a_relative_clause_with_a_plural_title_gives_it_to_each() -> None:
    found = people(
        "Ms Rosa Pinto (Angola), Mr Kwame Asante (Ghana) and Dr Ivo Marek (Czechia), who acted as co-Rapporteurs."
    )
    assert [found[n].job_titles for n in ("Rosa Pinto", "Kwame Asante", "Ivo Marek")] == [("Co-Rapporteur",)] * 3


def test_a_relative_clause_with_a_singular_role_is_the_last_names_only() -> None:
    found = people(
        "Mr Oskar Lindqvist (Sweden) chaired the session and Ms Amaya Quispe (Peru), who served as Rapporteur, spoke."
    )
    assert (
        found["Amaya Quispe"].posts == ("tdag/rapporteur",) and "tdag/rapporteur" not in found["Oskar Lindqvist"].posts
    )


# ------------------------------------------------------------------ any role verb left out of a later clause
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Track A was convened by Dr Amaya Quispe (Peru); Track B by Mr Oskar Lindqvist (Sweden).", "Convener"),
        (
            "Panel 1 will be moderated by Ms Amaya Quispe (Peru) and Panel 2 by Mr Oskar Lindqvist (Sweden).",
            "Moderator",
        ),
        (
            "The Economy Track was facilitated by Ms Amaya Quispe (Peru), and the Skills Track by Mr Oskar Lindqvist.",
            "Facilitator",
        ),
    ],
)
def test_a_role_verb_left_out_of_the_next_clause_gives_its_role_again(text: str, title: str) -> None:
    """``X was convened by A; Y by B``: as ``chaired by`` already did, any verb of ``role-verbs.csv`` is shared."""
    found = people(text, body=None)
    assert found["Amaya Quispe"].job_titles == found["Oskar Lindqvist"].job_titles == (title,)


def test_a_verb_of_no_role_left_out_gives_none() -> None:
    found = people("The report was drafted by Ms Amaya Quispe (Peru) and the annex by Mr Oskar Lindqvist (Sweden).")
    assert found["Oskar Lindqvist"].job_titles == () and found["Oskar Lindqvist"].posts == ()


# ------------------------------------------------------------------ an adverb between the auxiliary and the role verb
@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("Mr Oskar Lindqvist (Sweden) was newly elected as Vice-Chairman.", "Oskar Lindqvist", "tdag/vice-chair"),
        ("Dr Ivo Marek (Czechia) was subsequently appointed as Rapporteur.", "Ivo Marek", "tdag/rapporteur"),
        (
            "Mr Kwame Asante (Ghana) was formally designated Vice-Chairman of the Group.",
            "Kwame Asante",
            "tdag/vice-chair",
        ),
        ("Ms Amaya Quispe (Peru) was unanimously elected Vice-Chair.", "Amaya Quispe", "tdag/vice-chair"),
    ],
)
def test_an_adverb_before_the_verb_that_gives_the_role(text: str, name: str, post: str) -> None:
    """``was newly elected as``, ``was subsequently appointed``: any adverb in -ly (and ``also``, ``then``,
    ``again``) may stand between the auxiliary and the verb (``person_posts._ROLE_ADVERBS``)."""
    assert people(text)[name].posts == (post,)


def test_an_adverb_before_a_plural_role_verb_after_a_list() -> None:
    found = people("Mr Oskar Lindqvist (Sweden) and Ms Amaya Quispe (Peru) were also elected Vice-Chairs.")
    assert found["Oskar Lindqvist"].posts == found["Amaya Quispe"].posts == ("tdag/vice-chair",)

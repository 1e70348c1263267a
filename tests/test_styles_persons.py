"""Persons in reports of other styles than the sample: names (initials, particles, glued and
upper-case forms, non-ASCII letters), honorifics, the country a delegate speaks for, posts in
bodies, job titles of no known body, chairs and vice-chairs listed in every ITU form.

Each report is a fixture of ``tests/reports/``; the facts are checked on what the extractor
finds and on what the ``people`` query gives."""

from __future__ import annotations

import pytest
from extract_support import (
    fixture_extraction,
    fixture_store,
    one_section_report,
    people_by_name,
    person_of,
    query_rows,
    report_fixture,
)

from wsiskg.core.store import Store
from wsiskg.ingest.extract.countries import country_code
from wsiskg.ingest.extract.persons import find_actors, job_title_after, job_title_before

cop7 = report_fixture("cwg-cop-7")
internet22 = report_fixture("cwg-internet-22")


# ---------------------------------------------------------------------------- names, honorifics, countries, posts
@pytest.mark.parametrize(
    ("fixture", "key", "name", "honorific", "country", "posts"),
    [
        ("cwg-wsis-sdg-40", "juan-perez", "Juan Pérez", "Mr.", "ARG", ("cwg-wsis-sdg/chair",)),
        ("cwg-wsis-sdg-40", "clarisa-estol", "Clarisa Estol", "Ms.", "URY", ("cwg-wsis-sdg/vice-chair",)),
        ("cwg-wsis-sdg-40", "pieter-van-der-berg", "Pieter van der Berg", "Mr.", "NLD", ("cwg-wsis-sdg/vice-chair",)),
        ("cwg-wsis-sdg-40", "fatima-al-mansouri", "Fatima Al-Mansouri", "Dr", "ARE", ("cwg-wsis-sdg/vice-chair",)),
        ("cwg-wsis-sdg-40", "ahmed-ben-ali", "Ahmed Ben Ali", "H.E. Mr.", "TUN", ()),
        ("cwg-wsis-sdg-40", "seizo-onoe", "Seizo Onoe", "Mr.", None, ("itu-tsb/director",)),
        ("cwg-wsis-sdg-40", "cosmas-luckyson-zavazava", "Cosmas Luckyson Zavazava", "Dr", None, ("itu-bdt/director",)),
        ("cwg-internet-19", "omar-al-rashidi", "Omar Al-Rashidi", "Mr.", "SAU", ("cwg-internet/chair",)),
        ("cwg-internet-19", "anna-kowalska", "Anna Kowalska", "Mrs.", "POL", ("cwg-internet/vice-chair",)),
        ("cwg-internet-19", "samuel-okoro", "Samuel Okoro", "Eng.", "NGA", ("cwg-internet/vice-chair",)),
        ("cwg-internet-19", "maria-gonzalez-de-la-cruz", "Maria Gonzalez de la Cruz", "Amb.", "MEX", ()),
        ("cwg-internet-19", "jean-dupont", "Jean Dupont", "Mr.", "FRA", ()),
        ("cwg-internet-19", "jean-claude-mbeki", "Jean-Claude Mbeki", "Prof.", "ZAF", ()),
        ("egti-15", "esperanza-ruiz", "Esperanza Ruiz", "Ms.", "COL", ("egti/chair",)),
        ("egti-15", "karim-haddad", "Karim Haddad", "Mr.", "LBN", ("egti/vice-chair",)),
        ("egti-15", "ingrid-johansson", "Ingrid Johansson", "Ms.", "SWE", ("egti/vice-chair",)),
        ("egti-15", "a-b-smith", "A. B. Smith", "Mr.", "GBR", ("egti/rapporteur",)),  # "rapporteur of the sub-group"
        ("egti-15", "john-smith", "John Smith", "Mr.", "AUS", ()),
        ("tdag-31-decisions", "roland-yaw-kudozia", "Roland Yaw Kudozia", "Mr.", "GHA", ("tdag/chair",)),
        ("tdag-31-decisions", "ivan-petrov", "Ivan Petrov", "Mr.", "RUS", ("tdag/vice-chair",)),
        (
            "ungis-2024-geneva",
            "tomas-lamanauskas",
            "Tomas Lamanauskas",
            "Mr.",
            None,
            ("itu/deputy-secretary-general",),
        ),
        # "UNESCO, represented by Mr. X, Assistant Director-General for ..."
        (
            "ungis-2024-geneva",
            "tawfik-jelassi",
            "Tawfik Jelassi",
            "Mr.",
            None,
            ("unesco/representative", "unesco/assistant-director-general"),
        ),
        # "Director, Division on ..., UNCTAD, and Head of the CSTD Secretariat": two posts (the unit is a body)
        (
            "ungis-2024-geneva",
            "shamika-sirimanne",
            "Shamika Sirimanne",
            "Ms.",
            None,
            ("division-on-technology-and-logistics/director", "cstd-secretariat/head"),
        ),
        (
            "wsis-forum-hlt-2025",
            "nadia-haddou",
            "Nadia Haddou",
            "Ms.",
            None,
            ("itu/representative", "itu/assistant-director-general", "ungis-secretariat/coordinator"),
        ),
        # nested brackets of ITU list forms
        ("itu-t-sg17-2025", "kim-soo-yeon", "Kim Soo-yeon", "Ms.", "KOR", ()),
        ("itu-t-sg17-2025", "reza-tehrani", "Reza Tehrani", "Mr.", "IRN", ()),
        ("itu-t-sg17-2025", "oliver-grant", "Oliver Grant", "Mr.", "GBR", ()),
        # "Q.1/17 Rapporteur Mr. X"; lower-case "rapporteur of the correspondence group", "coordinator of ..."
        (
            "itu-t-sg17-2025",
            "daniel-mensah",
            "Daniel Mensah",
            "Mr.",
            "GHA",
            ("itu-t-q1-17/rapporteur",),
        ),  # of Question 1/17
        ("itu-t-sg17-2025", "c-d-okonkwo", "C. D. Okonkwo", "Mr.", "NGA", ("itu-t-sg17/rapporteur",)),
        ("itu-t-sg17-2025", "priya-raman", "Priya Raman", "Ms.", "IND", ("itu-t-sg17/coordinator",)),
        # the chair of a drafting group named in prose holds a post in it, not in the meeting body
        (
            "itu-t-sg17-2025",
            "lucas-moreau",
            "Lucas Moreau",
            "Mr.",
            "FRA",
            ("itu-t-sg17-drafting-group-on-the-work-programme/chair",),
        ),
        # "Chairman of Study Group 17": the study group is a body (ITU-T SG17), so the chair post is in it
        ("itu-t-sg17-2025", "heinrich-vogel", "Heinrich Vogel", "Mr.", "DEU", ("itu-t-sg17/chair",)),
    ],
)
def test_person(fixture: str, key: str, name: str, honorific: str, country: str | None, posts: tuple[str, ...]) -> None:
    p = person_of(fixture_extraction(fixture), key)
    assert (p.name, p.honorific, p.country, p.posts) == (name, honorific, country, posts)


@pytest.mark.parametrize(
    ("fixture", "chair", "vice_chairs"),
    [
        # "opened by the Chairman, Mr. A (X)"; "The Vice-Chairs of the Group are Mr. B (Y), ..."
        (
            "cwg-wsis-sdg-40",
            "juan-perez",
            {"clarisa-estol", "pieter-van-der-berg", "fatima-al-mansouri", "tunde-adeyemi", "mei-lin-chen"},
        ),
        # "under the chairmanship of Mr. A (X)"; "Mrs B (Y) and Eng. C (Z) served as Vice-Chairs"
        ("cwg-internet-19", "omar-al-rashidi", {"anna-kowalska", "samuel-okoro"}),
        # "chaired by Ms. A (X), Chair of EGTI, assisted by Mr. B (Y) and Ms. C (Z), Vice-Chairs"
        ("egti-15", "esperanza-ruiz", {"karim-haddad", "ingrid-johansson"}),
        # "The TDAG Vice-Chairpersons are: Ms. A (X); Mr. B (Y); ..."
        (
            "tdag-31-decisions",
            "roland-yaw-kudozia",
            {"ines-hurtado", "ahmad-al-khalifa", "nadia-bensaid", "ivan-petrov"},
        ),
    ],
)
def test_chair_and_vice_chairs(fixture: str, chair: str, vice_chairs: set[str]) -> None:
    m = fixture_extraction(fixture).meeting
    assert m is not None
    assert (m.chair, set(m.vice_chairs)) == (chair, vice_chairs)


def test_chairman_of_study_group_gives_the_post() -> None:
    sg17 = fixture_extraction("itu-t-sg17-meeting")
    persons = {p.key: p for p in sg17.persons}
    assert persons["karim-haddad"].posts == ("itu-t-sg17/chair",)
    assert sg17.meeting is not None and sg17.meeting.chair == "karim-haddad"


def test_countries_a_delegate_speaks_for_are_mentioned() -> None:
    codes = {c.code for c in fixture_extraction("cwg-wsis-sdg-40").countries}
    assert {"USA", "CHN", "BRA", "IND", "KEN", "TUN"} <= codes
    assert "CIV" in {c.code for c in fixture_extraction("tdag-31-decisions").countries}


def test_name_stops_at_a_body_or_role_and_short_names_keep_their_country() -> None:
    r = one_section_report(
        "Ms. Nora Lindqvist ITU Secretary-General opened the meeting.",  # no comma before the post
        "Mr. Park (Republic of Korea) and Ms. Awa Kone (Côte d’Ivoire) spoke.",  # curly apostrophe
    )
    got = {p.key: (p.name, p.country, p.posts) for p in find_actors(r, "cwg-fhr").persons}
    assert got == {
        "nora-lindqvist": ("Nora Lindqvist", None, ("itu/secretary-general",)),
        "park": ("Park", "KOR", ()),
        "awa-kone": ("Awa Kone", "CIV", ()),
    }


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Korea (Rep. of)", "KOR"),
        ("Gambia (Republic of the)", "GMB"),  # the qualifier is dropped when the head is a country
        ("Micronesia (Federated States of)", "FSM"),
        ("Central African Rep.", "CAF"),  # ITU list abbreviations
        ("Dem. People's Rep. of Korea", "PRK"),
        ("Korea", None),  # an ambiguous head stays unknown
        ("Foo (Bar)", None),
    ],
)
def test_itu_list_forms_of_country_names(name: str, code: str | None) -> None:
    assert country_code(name) == code


def test_role_of_an_unknown_body_takes_no_default_body() -> None:
    r = one_section_report(
        "Mr. Ali Said (Egypt), Chair of the drafting group on the work plan, presented the text.",
        "Mr. Paul Biya, President of Cameroon, sent a message.",
        "Ms. Lina Berg (Norway), Chair of the meeting, closed it.",
    )
    got = {p.key: p.posts for p in find_actors(r, "cwg-fhr").persons}
    # the drafting group named in prose is a body of the meeting (bodies.py): the post is in it
    drafting = "cwg-fhr-drafting-group-on-the-work-plan/chair"
    assert got == {"ali-said": (drafting,), "paul-biya": (), "lina-berg": ("cwg-fhr/chair",)}


# ---------------------------------------------------------------------------- job titles
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "H.E. Mr. Mateo Alvarez, Minister of Science and Technology, Argentina.",
            "Minister of Science and Technology",
        ),
        (
            "Dr Yuki Morimoto, Chief, Strategic Planning and Membership Department, introduced the report.",
            "Chief, Strategic Planning and Membership Department",
        ),
        ("Ms. Amara Okafor (Nigeria), Minister of Communications, delivered a keynote.", "Minister of Communications"),
        ("Mr. Jan Novak, Head of the Digital Policy Unit; he said", "Head of the Digital Policy Unit"),
        ("Mr. Jan Novak, welcomed the report.", None),
        ("Mr. Jan Novak, the Chair of the drafting group, spoke.", "Chair of the drafting group"),
    ],
)
def test_job_title_after_a_name(text: str, title: str | None) -> None:
    from wsiskg.ingest.extract.name_finder import _role_re

    name_end = text.index(")") + 1 if "(" in text else text.index(",")
    assert job_title_after(text, name_end, _role_re()[0]) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The Councillor from India, Mr. Arjun Mehta, welcomed the report.", "Councillor"),
        ("The Minister of Kenya, Ms. Wanjiru Kamau, spoke.", "Minister"),
        # the delegate of a country: the role the text states for the person (no post: a country is no body)
        ("The delegate of Brazil, Mr. Tiago Ferreira, spoke.", "Delegate"),
        ("The head of delegation of Chile, Ms. Rosa Vial, spoke.", "Head of delegation"),
        ("The Minister for Digital Affairs of Kenya, Ms. Wanjiru Kamau, spoke.", None),  # not right before the country
    ],
)
def test_job_title_before_a_name(text: str, title: str | None) -> None:
    assert job_title_before(text, text.index(", M") + 2) == title


def test_a_post_written_after_the_name_is_no_job_title() -> None:
    report = one_section_report(
        "Mr. Jan Novak, Director, Telecommunication Standardization Bureau, opened the meeting.",
        "Ms. Eva Berg, Head of Digital Policy, Sweden, spoke.",
    )
    persons = {p.name: p for p in find_actors(report, None).persons}
    assert persons["Jan Novak"].posts and persons["Jan Novak"].job_titles == ()
    assert (persons["Eva Berg"].posts, persons["Eva Berg"].job_titles) == ((), ("Head of Digital Policy",))


def test_people_query_gives_the_job_title_as_role() -> None:
    store = fixture_store("wsis-forum-2025-outcome")
    forum = people_by_name(store)
    # he chaired the event the outcome document records (a post) and is a minister (a job title): a row each
    assert {
        (r["honorific"], r["role"], r["organization"], r["country"])
        for r in query_rows(store, "people")
        if r["name"] == "Mateo Alvarez"
    } == {
        ("H.E. Mr.", "Chair", "WSIS+20 High-Level Event", "Argentina"),
        ("H.E. Mr.", "Minister of Science and Technology", "", "Argentina"),
    }
    assert forum["Amara Okafor"] == ("Ms.", "Minister of Communications and Digital Economy", "", "Nigeria")
    assert people_by_name(fixture_store("council-2024-wsis"))["Arjun Mehta"] == ("Mr.", "Councillor", "", "India")
    cwg = people_by_name(fixture_store("cwg-wsis-sdg-41"))
    assert cwg["Yuki Morimoto"] == ("Dr", "Chief, Strategic Planning and Membership Department", "", "")
    assert cwg["Tiago Ferreira"] == ("Mr.", "Delegate", "", "Brazil")  # "The delegate of Brazil"
    assert cwg["Ingrid Solberg"] == ("Ms.", "Chair", "Council Working Group on WSIS&SDG (CWG-WSIS&SDG)", "Norway")


# ---------------------------------------------------------------------------- the people query, report by report
def test_people_posts_and_countries_in_every_format(cop7: Store) -> None:
    people = {(r["name"], r["role"], r["country"]) for r in query_rows(cop7, "people")}
    assert ("Amina Diallo", "Chair", "Senegal") in people
    assert ("Lars Eriksson", "Vice-Chair", "Sweden") in people
    assert ("Hiroshi Tanaka", "Vice-Chair", "Japan") in people
    assert ("Clara Mendes", "Vice-Chair", "Portugal") in people  # glued in the text
    assert ("Tomas Novak", "Deputy Secretary-General", "") in people
    assert ("Kwame Mensah", "Director", "") in people
    names = {r["name"] for r in query_rows(cop7, "people")}
    assert len(names) == 6, names  # "Dr Mensah" is the same person


def test_people_of_a_cwg_meeting_with_agenda_items() -> None:
    people = people_by_name(fixture_store("cwg-wsis-sdg-41"))
    group = "Council Working Group on WSIS&SDG (CWG-WSIS&SDG)"
    assert people["Ingrid Solberg"] == ("Ms.", "Chair", group, "Norway")
    assert people["Kofi Asante"] == ("Mr.", "Vice-Chair", group, "Ghana")
    assert people["Leila Haddad"] == ("Ms.", "Vice-Chair", group, "Tunisia")
    assert people["Rafael Quintero"][:3] == (
        "Mr.",
        "Deputy Secretary-General",
        "International Telecommunication Union (ITU)",
    )
    assert people["Tiago Ferreira"][0::3] == ("Mr.", "Brazil")  # "The delegate of Brazil, Mr. Tiago Ferreira"
    assert people["Yuki Morimoto"][0] == "Dr"
    assert len(people) == 6, people


def test_people_of_an_open_consultation_in_every_format(internet22: Store) -> None:
    people = people_by_name(internet22)
    group = "Council Working Group on International Internet-related Public Policy Issues (CWG-Internet)"
    assert people["Abdullah Al-Harbi"] == ("Mr.", "Chair", group, "Saudi Arabia")
    assert people["Elena Petrova"] == ("Prof.", "Vice-Chair", group, "Bulgaria")
    assert people["Lucia Hernandez"][0::3] == ("Ms.", "Mexico")  # "The Administration of Mexico, represented by"
    assert len(people) == 3, people


def test_people_of_an_event_outcome_document() -> None:
    people = people_by_name(fixture_store("wsis-forum-2025-outcome"))
    assert people["Mateo Alvarez"][0::3] == ("H.E. Mr.", "Argentina")  # "..., Minister of ..., Argentina."
    assert people["Amara Okafor"][0::3] == ("Ms.", "Nigeria")
    assert people["Priya Raman"][1] == "Deputy Secretary-General"
    assert len(people) == 3, people


def test_people_of_a_council_summary_record() -> None:
    people = people_by_name(fixture_store("council-2024-wsis"))
    assert people["Ingrid Solberg"] == ("Ms.", "Chair", "Council Working Group on WSIS&SDG (CWG-WSIS&SDG)", "Norway")
    assert people["Helena Varga"][1:3] == ("Secretary-General", "International Telecommunication Union (ITU)")
    assert people["Arjun Mehta"][0::3] == ("Mr.", "India")  # "The Councillor from India, Mr. Arjun Mehta"

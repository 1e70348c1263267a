"""The roles the text states for a person (issue 8, Part 2 item 2): lists of officers in every
form, roles given by verbs, titles after and before a name, signatures, and a role with no body
kept as the person's job title (``ingest/extract/person_titles.py``, ``persons.py``)."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.person_titles import is_title, job_title_after, title_spans
from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.records import Person


def people(*texts: str, body: str | None = "tdag") -> dict[str, Person]:
    return {p.name: p for p in find_actors(one_section_report(*texts), body).persons}


def roles_of(p: Person) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return p.posts, p.job_titles


# ------------------------------------------------------------------- lists of officers
@pytest.mark.parametrize(
    "text",
    [
        "The Vice-Chairmen appointed by the Council are Mr Henrik Lund (Denmark), Ms Paola Neri (Italy) "
        "and Mr Kojo Mensima (Ghana).",
        "The Vice-Chairs elected at WTDC-29 were confirmed as follows: Mr Henrik Lund (Denmark), "
        "Ms Paola Neri from Italy and Mr Kojo Mensima (Ghana).",
        "The Advisory Group was chaired by Dr Ines Barros (Portugal), assisted by the Vice-Chairs "
        "Mr Henrik Lund (Denmark), Ms Paola Neri (Italy) and Mr Kojo Mensima (Ghana).",
        "Vice-Chairmen: Mr Henrik Lund (Denmark), Ms Paola Neri of Italy, Mr Kojo Mensima (Ghana).",
    ],
)
def test_vice_chairs_listed_after_their_post(text: str) -> None:
    found = people(text)
    for name, country in (("Henrik Lund", "DNK"), ("Paola Neri", "ITA"), ("Kojo Mensima", "GHA")):
        assert (found[name].posts, found[name].country) == (("tdag/vice-chair",), country), name


def test_without_a_meeting_body_a_listed_role_is_a_job_title() -> None:
    found = people(
        "The assembly elected as Vice-Chairmen: Ms Oona Rask (Finland), Mr Dario Lenz (Austria).",
        "Chairman: Mr Kiran Bose (India)",
        "Secretary: Ms Hanne Wolff, BR.",
        body=None,
    )
    assert roles_of(found["Oona Rask"]) == ((), ("Vice-Chair",))
    assert roles_of(found["Dario Lenz"]) == ((), ("Vice-Chair",))
    assert roles_of(found["Kiran Bose"]) == ((), ("Chair",))
    assert roles_of(found["Hanne Wolff"]) == ((), ("Secretary",))


def test_a_title_after_a_name_is_that_persons_not_the_next_ones() -> None:
    found = people("Ms Ruta Vaitk (Lithuania), Vice-Chair, Mr Ole Brandt (Norway) and others spoke.")
    assert found["Ruta Vaitk"].posts == ("tdag/vice-chair",)
    assert found["Ole Brandt"].posts == ()


def test_a_post_for_a_subject_then_its_holder() -> None:
    found = people("The BR focal point for gender, Ms Anouk Peeters, presented the survey.")
    assert found["Anouk Peeters"].posts == ("itu-br/focal-point",)


# ------------------------------------------------------------------- roles by verbs
def test_elected_each_as_a_role_in_one_clause() -> None:
    found = people(
        "The meeting elected Mr Goran Ilic (Serbia) as Chair and Ms Mirela Popa (Romania) as Vice-Chair.",
        "The meeting was chaired by Mr Tarik Osman (Sudan), assisted by Ms Leyla Aliyeva (Azerbaijan) as Vice-Chair.",
    )
    assert found["Goran Ilic"].posts == ("tdag/chair",)
    assert found["Mirela Popa"].posts == ("tdag/vice-chair",)
    assert found["Tarik Osman"].posts == ("tdag/chair",)
    assert found["Leyla Aliyeva"].posts == ("tdag/vice-chair",)


def test_a_role_by_a_verb_after_the_name() -> None:
    found = people(
        "TSAG thanked Ms Bente Holm (Norway), who was designated at the last meeting as Vice-Chairman.",
        "Mr Ravi Kulkarni (India) remains Vice-Chairman.",
        "Let me congratulate Ms Elodie Marchand of France, who was elected in 2027 to chair the Group.",
    )
    assert found["Bente Holm"].posts == ("tdag/vice-chair",)
    assert found["Ravi Kulkarni"].posts == ("tdag/vice-chair",)
    assert (found["Elodie Marchand"].posts, found["Elodie Marchand"].country) == (("tdag/chair",), "FRA")


def test_to_chair_another_group_is_no_post_of_the_meeting_body() -> None:
    found = people(
        "Mr Osvaldo Reyes (Chile) was elected to chair the ad hoc group on budgets, and "
        "Ms Amani Juma (Kenya) was designated as Chairman of Working Party 2 (Finance).",
        "The drafting committee will be chaired by Mr Pierre Lamy (Canada).",
    )
    # the ad hoc group named in prose is a body of the meeting (bodies.py): a post in it, not in TDAG
    assert roles_of(found["Osvaldo Reyes"]) == (("tdag-ad-hoc-group-on-budgets/chair",), ())
    assert roles_of(found["Amani Juma"]) == (("tdag-working-party-2/chair",), ())  # a numbered body of the meeting
    assert roles_of(found["Pierre Lamy"]) == ((), ("Chair",))


def test_chaired_by_with_words_between_and_a_role_before_the_name() -> None:
    found = people(
        "The Group was chaired throughout the year by Dr Nuno Faria (Portugal).",
        "It was chaired by the Rapporteur, Ms Adaora Nwosu (Nigeria).",
    )
    assert found["Nuno Faria"].posts == ("tdag/chair",)
    # a Rapporteur who chairs is named by the role (6 of 7 such annotations)
    assert found["Adaora Nwosu"].posts == ("tdag/rapporteur",)


@pytest.mark.parametrize(
    "text",
    [
        "The Vice-Chair, Mr Paulo Santos (Brazil), chaired the second day of the meeting.",
        "Mr Paulo Santos (Brazil), Vice-Chairman, chaired the session on spectrum pricing.",
        "It was chaired by the Vice-Chair, Mr Paulo Santos (Brazil), in the absence of the Chair.",
        "I thank the Vice-Chairs, Mr Paulo Santos (Brazil) and Ms Ines Lopes (Portugal), who chaired the "
        "correspondence group on tariffs.",
    ],
)
def test_an_officer_who_chairs_a_sitting_keeps_only_the_role(text: str) -> None:
    assert people(text)["Paulo Santos"].posts == ("tdag/vice-chair",)


def test_an_officer_of_another_body_who_chairs_is_also_chair() -> None:
    found = people(
        "The drafting committee was chaired by Ms Ruth Olsen (Denmark), Vice-Chairman of the Bureau of the "
        "Regional Commission."
    )
    assert roles_of(found["Ruth Olsen"]) == (("bureau-of-the-regional-commission/vice-chair",), ("Chair",))


def test_a_rapporteur_who_chairs_another_group_keeps_only_the_role() -> None:
    found = people("The interim meeting was chaired by the Co-Rapporteur, Mr Tomasz Wrona (Poland).", body="itu-t-sg9")
    assert found["Tomasz Wrona"].posts == ("itu-t-sg9/co-rapporteur",)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("The closing session was moderated by Ms Ilona Varga, Programme Officer, ITU.", "Ilona Varga", "Moderator"),
        ("The consultations were co-facilitated by H.E. Mr Tomas Berg (Sweden).", "Tomas Berg", "Co-facilitator"),
        ("The Group appointed Mr Jun Park as editor of the draft Recommendation.", "Jun Park", "Editor"),
        ("A drafting group, coordinated by Ms Odile Marchal (France), met twice.", "Odile Marchal", "Coordinator"),
        ("The Committee set up a correspondence group coordinated by Mr Ravi Nair.", "Ravi Nair", "Coordinator"),
    ],
)
def test_a_role_verb_or_a_lower_case_role_gives_a_title(text: str, name: str, title: str) -> None:
    assert title in people(text)[name].job_titles


def test_moderated_by_is_no_chair() -> None:
    assert people("The panel was moderated by Ms Greta Olsen (Norway).")["Greta Olsen"].posts == ()


def test_new_rapporteur_roles() -> None:
    found = people("Ms Chioma Obi (Nigeria), Co-Rapporteur, and Mr Lars Moe, Vice-Rapporteur, from Norway, presented.")
    assert found["Chioma Obi"].posts == ("tdag/co-rapporteur",)
    assert (found["Lars Moe"].posts, found["Lars Moe"].country) == (("tdag/vice-rapporteur",), "NOR")


def test_a_person_may_hold_a_post_and_a_title() -> None:
    found = people("The session was chaired by H.E. Ms Ama Boateng, Minister of Digitalisation of Ghana.")
    assert roles_of(found["Ama Boateng"]) == (("tdag/chair",), ("Minister of Digitalisation of Ghana",))
    assert found["Ama Boateng"].country == "GHA"


# ------------------------------------------------------------------- titles after and before a name
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (", Senior Legal Adviser, Ofcom, said", "Senior Legal Adviser"),
        (", Knowledge Management Officer, ESCAP, said", "Knowledge Management Officer"),
        (", BR Counsellor to Study Group 5, said", "BR Counsellor to Study Group 5"),
        (
            ", Chief of the Partnerships Unit of the Regional Office, said",
            "Chief of the Partnerships Unit of the Regional Office",
        ),
        (", Mauritius Research and Innovation Council (MRIC), Head of Innovation, said", "Head of Innovation"),
        (", Royal Society of Arts, said", None),
        (", Danish Business Authority, said", None),
    ],
)
def test_job_title_after_a_name(text: str, title: str | None) -> None:
    assert job_title_after("Mr Arne Dahl" + text, len("Mr Arne Dahl")) == title


@pytest.mark.parametrize(
    ("part", "expected"),
    [("Economic Affairs Officer", True), ("Trade Policy Analyst", True), ("Regional Office", False), ("Chief", True)],
)
def test_is_title(part: str, expected: bool) -> None:
    assert is_title(part) is expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The delegate of Peru, Ms Lucia Vargas, asked a question.", "Delegate"),
        ("The representative of Fiji, Mr Jone Waqa, thanked the Group.", "Representative"),
    ],
)
def test_a_speaker_named_by_role_and_country(text: str, title: str) -> None:
    (p,) = people(text).values()
    assert p.job_titles == (title,) and p.country is not None


def test_plural_title_spans_take_the_label() -> None:
    (span,) = title_spans("Vice-Chairmen: Mr A", [])
    assert (span.kind, span.keys) == ("titles", ("Vice-Chair",))


# ------------------------------------------------------------------- signatures
def test_signature_with_honorific_and_a_post_on_two_lines() -> None:
    found = people(
        "Yours faithfully,",
        "Dr Halima Sesay",
        "Director",
        "Radiocommunication Bureau",
        body=None,
    )
    assert found["Halima Sesay"].posts == ("itu-br/director",)


def test_signature_with_a_role_and_no_body_is_a_title() -> None:
    found = people("Yours sincerely,", "Ms Mette Krogh", "Deputy Secretary-General", body=None)
    assert found["Mette Krogh"].job_titles == ("Deputy Secretary-General",)


def test_summary_record_signatures_pair_roles_and_names_in_order() -> None:
    found = people(
        "The meeting rose at 1730 hours.", "The Secretary:", "The Chairman:", "Aline Dubois", "Marek Zielinski"
    )
    assert found["Aline Dubois"].job_titles == ("Secretary",)
    assert found["Marek Zielinski"].posts == ("tdag/chair",)


def test_an_initialled_signature_is_the_full_name_with_that_initial() -> None:
    found = people(
        "The meeting was chaired by Mr Tunde Bakare (Nigeria). Ms Kemi Bakare (Nigeria) spoke.",
        "Thank you.",
        "T. Bakare",
        "Chairman",
    )
    assert set(found) == {"Tunde Bakare", "Kemi Bakare"}
    assert found["Tunde Bakare"].posts == ("tdag/chair",)


# ------------------------------------------------------------------- more role words and honorifics
def test_lower_case_roles_tied_to_a_body_before_them() -> None:
    found = people(
        "The TSB coordinator for accessibility, Mr Pablo Ruiz, reported.",
        "The BDT focal point for youth, Ms Nadia Haddad, presented the survey.",
    )
    assert found["Pablo Ruiz"].posts == ("itu-tsb/coordinator",)
    assert found["Nadia Haddad"].posts == ("itu-bdt/focal-point",)


def test_a_lower_case_role_word_alone_names_no_one() -> None:
    assert people("The coordinator of the survey thanked Mr Emil Sand for the data.")["Emil Sand"].posts == ()


def test_represented_with_an_adverb_and_headed_by() -> None:
    found = people(
        "UNESCO, represented today by Ms Clara Ibsen, Assistant Director-General for Education, spoke.",
        "The regional office, headed by Mr Sione Taufa, will host the workshop.",
    )
    assert found["Clara Ibsen"].posts[0] == "unesco/representative"
    assert found["Sione Taufa"].job_titles == ("Head",)


def test_executive_director_before_the_name() -> None:
    found = people("The Executive Director of the Summit Executive Secretariat, Mr Paulo Neves, introduced it.")
    # the secretariat is a body by its form, so the role is a post in it, not a bare job title
    assert roles_of(found["Paulo Neves"]) == (("summit-executive-secretariat/executive-director",), ())


@pytest.mark.parametrize(("written", "honorific"), [("Dra.", "Dr"), ("Your Excellency", "H.E.")])
def test_more_honorifics(written: str, honorific: str) -> None:
    (p,) = people(f"{written} Marisa Quintero, Vice-Minister of Planning, opened the session.").values()
    assert (p.name, p.honorific) == ("Marisa Quintero", honorific)


def test_names_before_were_elected_and_a_plural_role() -> None:
    found = people("Mr Karim Nasser (Lebanon) and Ms Ida Holm (Sweden) were elected Vice-Chairmen of the Group.")
    assert found["Karim Nasser"].posts == found["Ida Holm"].posts == ("tdag/vice-chair",)


def test_an_appositive_with_an_article() -> None:
    assert people("Mr Viktor Olsen, a representative of UNESCO, spoke.")["Viktor Olsen"].posts == (
        "unesco/representative",
    )


def test_a_bare_title_gives_way_to_a_fuller_one_with_the_same_role() -> None:
    found = people(
        "The consultation will be chaired by Ms Maren Dahl (Norway), who was designated by the Forum as "
        "Chair of the Open Consultation Process.",
        body=None,
    )
    assert found["Maren Dahl"].job_titles == ("Chair of the Open Consultation Process",)


def test_a_signature_on_one_line_after_a_closing_formula() -> None:
    found = people("Yours faithfully,", "Maria Lindqvist Chair, Council Working Group on WSIS&SDG", body=None)
    assert found["Maria Lindqvist"].posts == ("cwg-wsis-sdg/chair",)


def test_a_name_and_a_role_word_in_a_heading_are_no_signature() -> None:
    assert people("Draft Resolution Chair", "Text of the resolution.", body=None) == {}


def test_one_verb_gives_its_role_to_every_name_listed_after_it() -> None:
    found = people(
        "The talks were co-facilitated by H.E. Mr Kwesi Owusu, Permanent Representative of Ghana, "
        "and Her Excellency, Dr Laima Petraite, Permanent Representative of Lithuania.",
        "The session was chaired by Mr Ivo Kral, who thanked Ms Ana Bel for her work.",
    )
    assert "Co-facilitator" in found["Kwesi Owusu"].job_titles
    assert "Co-facilitator" in found["Laima Petraite"].job_titles
    assert found["Ivo Kral"].posts == ("tdag/chair",)
    assert (found["Ana Bel"].posts, found["Ana Bel"].job_titles) == ((), ())


def test_assisted_by_after_chaired_by_is_no_chair() -> None:
    found = people(
        "The meeting was chaired by the Rapporteur, Mr Luc Gagnon (Canada), assisted by the Associate "
        "Rapporteur, Ms Siti Aminah (Malaysia)."
    )
    assert "tdag/chair" not in found["Siti Aminah"].posts


# ------------------------------------------------------- roles given by a verb after the name
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Ms Runa Dahl, Counsellor, BR, served as secretary of the meeting.", "Runa Dahl", "Secretary"),
        ("Mr Tiago Brandt, Chief, Conferences Department, acted as Secretary.", "Tiago Brandt", "Secretary"),
        ("Dr Mei Okoro (Kenya) kindly agreed to act as rapporteur for the conclusions.", "Mei Okoro", "Rapporteur"),
        (
            "Mr Ilya Serov (Belarus) agreed to serve as Associate Rapporteur for Question 2/2.",
            "Ilya Serov",
            "Associate Rapporteur for Question 2/2",
        ),
        (
            "The Group appointed Ms Hana Sato (Japan), hitherto Vice-Rapporteur, to serve as Rapporteur.",
            "Hana Sato",
            "Rapporteur",
        ),
    ],
)
def test_a_role_verb_after_the_appositive_of_a_name(text: str, name: str, title: str) -> None:
    assert people(text, body=None)[name].job_titles[-1] == title


@pytest.mark.parametrize(
    "text",
    [
        "Mr Omar Idrissi, Deputy Director, chaired the afternoon segment on behalf of UNESCO.",
    ],
)
def test_an_active_chair_verb_after_a_name_makes_a_chair(text: str) -> None:
    person = next(iter(people(text, body=None).values()))
    assert "Chair" in person.job_titles


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Ms Ewa Lis (Poland), who had chaired the drafting group on the declaration, presented its report.",
            "drafting-group-on-the-declaration/chair",
        ),
        (
            "Dr Ada Nwosu, Vice-Chair of the Group, will also chair the correspondence group on tariffs.",
            "correspondence-group-on-tariffs/chair",
        ),
    ],
)
def test_chairing_a_group_named_in_prose_is_a_post_in_that_group(text: str, post: str) -> None:
    # without a meeting body the group named in prose is the presumed one: its key is not doubled
    person = next(iter(people(text, body=None).values()))
    assert post in person.posts


def test_chairing_a_named_body_is_that_bodys_chair_and_the_meeting_the_meeting_bodys() -> None:
    found = people(
        "Mr Karim Saidi (Tunisia) presided over the meeting as Chairman.",
        "Ms Lotte Berg (Netherlands) chaired the meeting in the afternoon.",
        "Mr Jonas Aho will moderate the panel on rural connectivity.",
        "Ms Ingrid Moe will chair ITU-D Study Group 2.",
        "Mr Ravi Nair chaired the Council Working Group on Child Online Protection in 2012.",
    )
    assert found["Karim Saidi"].posts == ("tdag/chair",)
    assert found["Lotte Berg"].posts == ("tdag/chair",)
    assert found["Ingrid Moe"].posts == ("itu-d-sg2/chair",)
    assert found["Ravi Nair"].posts == ("cwg-cop/chair",)
    assert found["Jonas Aho"].job_titles == ("Moderator",)


def test_no_role_verb_for_the_name_before_another_persons_clause() -> None:
    found = people("Mr Sami Haddad, Ms Nora Quist, who was elected Chair, and Mr Leo Park spoke.", body=None)
    assert found["Sami Haddad"].job_titles == ()
    assert found["Nora Quist"].job_titles == ("Chair",)


def test_the_speaker_for_a_country_named_in_brackets_after_the_role() -> None:
    found = people(
        "The Councillor for Ecuador (Ms Paula Vera) and the Councillor for Lithuania (Mr Jonas Kairys) agreed.",
        body="council",
    )
    assert (found["Paula Vera"].country, found["Paula Vera"].job_titles) == ("ECU", ("Councillor",))
    assert (found["Jonas Kairys"].country, found["Jonas Kairys"].job_titles) == ("LTU", ("Councillor",))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("- Ms Leena Virtanen, Senior Adviser, Digital Affairs, UNDP (moderator)", "Moderator"),
        ("Mr Bashir Nouri, Director, Regional Office, ESCWA (chair)", "Chair"),
        ("Dr Yuki Arai (Rapporteur), Ms Paula Ortiz and Mr Tom Weir attended.", "Rapporteur"),
    ],
)
def test_a_role_in_brackets_after_a_name_or_its_appositive(text: str, title: str) -> None:
    person = next(iter(people(text, body=None).values()))
    assert title in person.job_titles


def test_a_country_or_an_acronym_in_brackets_is_no_role() -> None:
    found = people("Ms Ana Vidal (Chile) and Mr Ken Obi, Nigerian Communications Commission (NCC), spoke.", body=None)
    assert [p.job_titles for p in found.values()] == [(), ()]


def test_led_or_headed_by_after_a_body_is_its_head() -> None:
    found = people(
        "The ITU Regional Office for Africa, led by Mr Kwame Asante, hosted the workshop.",
        "The Telecommunication Development Bureau, headed by Ms Lucia Ferri, reported on its work.",
        "The pilot project is led by Dr Omar Haidari, Professor of Computer Science, and ends in 2027.",
        "The delegation of Senegal, headed by Mr Abdou Ndiaye, supported the text.",
        body=None,
    )
    assert found["Kwame Asante"].posts == ("itu-regional-office-for-africa/head",)
    assert found["Lucia Ferri"].posts == ("itu-bdt/head",)
    assert "Leader" not in found["Omar Haidari"].job_titles and found["Omar Haidari"].posts == ()
    assert (found["Abdou Ndiaye"].country, found["Abdou Ndiaye"].job_titles) == ("SEN", ("Head",))


@pytest.mark.parametrize(
    "text",
    [
        "Ms Eva Holm (Sweden), Vice-Chair-cum-Rapporteur, introduced the draft.",
        "Ms Eva Holm (Sweden) was elected Vice-Chairperson cum Rapporteur.",
        "The meeting elected Ms Eva Holm (Sweden) as Vice-Chair-cum-Rapporteur.",
        "Vice-Chair-cum-Rapporteur: Ms Eva Holm (Sweden)",
    ],
)
def test_a_compound_role_is_both_roles(text: str) -> None:
    assert people(text)["Eva Holm"].posts == ("tdag/vice-chair", "tdag/rapporteur")
    assert people(text, body=None)["Eva Holm"].job_titles == ("Vice-Chair", "Rapporteur")


def test_with_a_name_as_its_role_and_names_listed_to_serve_as_plural_roles() -> None:
    found = people(
        "Working Party 2 will be chaired by Ms Ana Ruiz (Spain), with Mr Ivo Petrov (Bulgaria) as its Vice-Chair.",
        "The Council designated Mr Sami Nasser (Lebanon) and Ms Ruth Abebe (Ethiopia) to serve as Vice-Chairs.",
        "He discussed the draft with Ms Lena Ek as agreed with the secretariat.",
    )
    assert found["Ivo Petrov"].posts == ("tdag/vice-chair",)
    assert found["Sami Nasser"].posts == found["Ruth Abebe"].posts == ("tdag/vice-chair",)
    assert (found["Lena Ek"].posts, found["Lena Ek"].job_titles) == ((), ())


def test_a_former_title_after_an_adverb_of_time() -> None:
    found = people("The Group appointed Dr Ken Ito (Japan), hitherto Vice-Rapporteur, to serve as Rapporteur.")
    assert (found["Ken Ito"].posts, found["Ken Ito"].job_titles) == (("tdag/rapporteur",), ("Vice-Rapporteur",))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ms Rita Lenz, Chief, Planning Department (SPD), acted as Secretary of the meeting.",
            "Rita Lenz",
            "Secretary",
        ),
        (
            "Mr Olav Dahl, Vice-President of the Assembly (Norway), speaking as chairman of Committee 3, reported.",
            "Olav Dahl",
            "committee-3/chair",
        ),
        ("- Panel 1: Professor Ida Brandt, Rector, Universität Linz", "Ida Brandt", "Rector, Universität Linz"),
        ("presented by Mr Jon Alvik, Senior Reviser, DGACM.", "Jon Alvik", "Senior Reviser"),
        (
            "We welcome Ms Dana Saleh, Chief of the Digital Innovation Section of the United Nations Economic "
            "Commission for Africa (ECA), our partner.",
            "Dana Saleh",
            "Chief of the Digital Innovation Section of the United Nations Economic Commission for Africa",
        ),
        (
            "Mr Tiago Serra, Senior Governance and Public Administration Officer, UN DESA",
            "Tiago Serra",
            "Senior Governance and Public Administration Officer",
        ),
    ],
)
def test_roles_in_longer_appositives(text: str, name: str, role: str) -> None:
    person = people(text, body=None)[name]
    assert role in person.posts + person.job_titles


def test_elected_a_name_to_chair_a_group() -> None:
    found = people(
        "The Group elected Ms Hedda Lind (Sweden) to chair an ad hoc group on working methods.",
        "The Council invited Mr Rui Costa to comment on the chair's proposal.",
        body=None,
    )
    assert found["Hedda Lind"].job_titles == ("Chair",)
    assert found["Rui Costa"].job_titles == ()


def test_more_verbs_that_give_a_role() -> None:
    found = people(
        "Mr Diego Funes (Argentina) has agreed to serve as Vice-Chairman.",
        "Ms Ayesha Khan (Pakistan) continues to serve as Rapporteur.",
        "Ms Lidia Sorin (Romania), the newly elected Vice-Chair, thanked the Group.",
        "Mr Kenji Mori (Japan) took the chair.",
        "Dr Rafael Soto (Cuba) assumed the chairmanship of the meeting at 3 p.m.",
    )
    assert found["Diego Funes"].posts == ("tdag/vice-chair",)
    assert found["Ayesha Khan"].posts == ("tdag/rapporteur",)
    assert found["Lidia Sorin"].posts == ("tdag/vice-chair",)
    assert found["Kenji Mori"].posts == found["Rafael Soto"].posts == ("tdag/chair",)


@pytest.mark.parametrize(
    "text",
    [
        "The Group appointed Ms Rhoda Kimani (Kenya), Vice-Chair, to lead a correspondence group on tariffs.",
        "Mr Ulf Strand (Sweden) was designated to lead the ad hoc drafting group.",
    ],
)
def test_named_to_lead_a_group_is_its_chair(text: str) -> None:
    assert "Chair" in next(iter(people(text, body=None).values())).job_titles


def test_a_capitalised_role_after_a_comma_is_an_appositive_not_a_verb() -> None:
    found = people("Ms Rosa Diaz, Chair, UNESCO, spoke. Mr Al Haq went on to lead a team.")
    assert found["Rosa Diaz"].posts == ("unesco/chair",)  # not the chair of the meeting body
    assert found["Al Haq"].job_titles == ()


def test_as_a_role_right_after_a_name_or_a_short_verb_phrase() -> None:
    """``NAME (Country) as ROLE`` gives the role whatever verb came first (``agreed to appoint``,
    ``the resignation of``, a list ``and NAME as ROLE``), and so does ``NAME reported as ROLE`` /
    ``NAME agreed to continue as ROLE``; a possessive before the role (``as his deputy``) too."""
    found = people(
        "The Group agreed to appoint Ms Katrin Maasik (Estonia) as Vice-Chair until the next assembly.",
        "The Group noted the resignation of Mr Jorge Ibarra (Paraguay) as Vice-Chairman.",
        "Mr Stefan Ionita (Moldova) reported as Rapporteur of the Group, and Ms Liu Fang (China) as Vice-Rapporteur.",
        "Ms Noor Aziz (Malaysia) agreed to continue as Rapporteur.",
        "The Group set up a drafting team led by Mr Taro Endo, with Ms Aino Lahti (Finland) as his deputy.",
    )
    assert found["Katrin Maasik"].posts == ("tdag/vice-chair",)
    assert found["Jorge Ibarra"].posts == ("tdag/vice-chair",)
    assert found["Stefan Ionita"].posts == ("tdag/rapporteur",)
    assert found["Liu Fang"].posts == ("tdag/vice-rapporteur",)
    assert found["Noor Aziz"].posts == ("tdag/rapporteur",)
    assert "Deputy" in found["Aino Lahti"].job_titles


def test_as_with_no_role_after_it_gives_none() -> None:
    found = people(
        "Ms Ida Berg (Sweden) described the plan as ambitious.",
        "Mr Kwesi Appiah regarded the Chair's text as a basis for discussion.",
        "Dr Hana Novak, as agreed, presented the report.",
    )
    for name in ("Ida Berg", "Kwesi Appiah", "Hana Novak"):
        assert roles_of(found[name]) == ((), ()), name


def test_the_person_replaced_held_the_role_given() -> None:
    """``designated A as ROLE, replacing B``: B held that role (``succeeding`` too)."""
    found = people(
        "The Group designated Ms Rana Haddad (Jordan) as Vice-Chair, replacing Mr Pavel Dvořák (Czech Republic).",
        "TDAG appointed Dr Ola Sandvik (Norway) and Ms Eun-ji Kim (Republic of Korea) as Vice-Chairmen, "
        "succeeding Mr Luca Ferri (Italy), who had retired.",
    )
    assert found["Pavel Dvořák"].posts == ("tdag/vice-chair",)
    assert found["Luca Ferri"].posts == ("tdag/vice-chair",)
    assert found["Eun-ji Kim"].posts == ("tdag/vice-chair",)


def test_names_listed_to_serve_as_its_plural_role() -> None:
    found = people(
        "The group is chaired by Mr Ravi Menon (India); Ms Hina Tane (New Zealand) and Dr Sato Ken (Japan) "
        "serve as its Vice-Chairmen."
    )
    assert found["Hina Tane"].posts == ("tdag/vice-chair",)
    assert found["Sato Ken"].posts == ("tdag/vice-chair",)
    assert found["Ravi Menon"].posts == ("tdag/chair",)  # chaired by: not one of the Vice-Chairmen


def test_a_sentence_ending_in_a_colon_with_a_plural_role_heads_the_list_after_it() -> None:
    report = one_section_report(
        "The Vice-Chairmen of the Group present at the meeting were:",
        "- Ms Amara Kone (Mali)",
        "- Mr Tevita Fifita (Tonga)",
        "The following documents were considered:",
        "- Dr Sven Aalto (Finland) presented Document 12.",
    )
    found = {p.name: p for p in find_actors(report, "tdag").persons}
    assert found["Amara Kone"].posts == found["Tevita Fifita"].posts == ("tdag/vice-chair",)
    assert roles_of(found["Sven Aalto"]) == ((), ())
    without_body = {p.name: p for p in find_actors(report, None).persons}
    assert without_body["Tevita Fifita"].job_titles == ("Vice-Chair of the Group",)


def test_an_appositive_title_after_a_possessive_or_an_adjective_of_time() -> None:
    found = people(
        "The Foundation, represented by Ms Ines Moura, its Executive Director, received the prize.",
        "The session was opened by Mr Oscar Lind (Sweden), the outgoing Chair.",
        body=None,
    )
    assert found["Ines Moura"].job_titles == ("Executive Director",)
    assert found["Oscar Lind"].job_titles == ("Chair",)


def test_names_with_appositives_listed_before_a_plural_role() -> None:
    found = people(
        "Dr Hugo Lenz, President of the Vienna Institute (Austria), and Ms Ana Vieira, Deputy Minister of "
        "Communications and Digital Transformation of Angola, served as Vice-Chairs.",
        body=None,
    )
    assert "Vice-Chair" in found["Hugo Lenz"].job_titles
    assert "Vice-Chair" in found["Ana Vieira"].job_titles


def test_a_plural_role_after_an_appositive_and_a_comma_is_no_list() -> None:
    found = people(
        "Dr Pita Rangi, Director of the Bureau, Ms Alba Ruiz, Secretary General of the Union, Ministers and "
        "delegates: welcome.",
        body=None,
    )
    assert "Minister" not in found["Alba Ruiz"].job_titles


def test_a_signature_whose_post_runs_over_two_lines_or_after_the_closing_on_one_line() -> None:
    found = people(
        "Yours faithfully,",
        "(signed)",
        "Radka Horvátová",
        "Director of the Radiocommunication",
        "Bureau",
        body=None,
    )
    assert found["Radka Horvátová"].posts == ("itu-br/director",)
    closing = people("Yours sincerely, Tomás Echeverría Lobo", "Chairman", body=None)
    assert closing["Tomás Echeverría Lobo"].job_titles == ("Chair",)


def test_every_name_listed_before_a_past_verb_and_as_a_plural_role() -> None:
    found = people(
        "Ms Ayla Demir (Türkiye), Mr Jonas Berg (Sweden) and Dr Efe Okoro (Nigeria) attended as Vice-Chairmen.",
    )
    for name in ("Ayla Demir", "Jonas Berg", "Efe Okoro"):
        assert found[name].posts == ("tdag/vice-chair",), name


def test_a_role_verb_before_a_list_as_follows_gives_each_item_its_role() -> None:
    found = people(
        "The delegations were headed as follows: Ecuador, Ms Paula Andrade; Oman, Eng. Salim Al-Hinai.",
        "The panels were moderated as follows: Panel 1, Dr Ines Vidal; Panel 2, Mr Arno Weiss, and "
        "Ms Kiri Hona (New Zealand) spoke.",
        body=None,
    )
    assert found["Paula Andrade"].job_titles == found["Salim Al-Hinai"].job_titles == ("Head",)
    assert found["Ines Vidal"].job_titles == found["Arno Weiss"].job_titles == ("Moderator",)
    assert found["Kiri Hona"].job_titles == ()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (", Research Fellow, University of Porto, said", "Research Fellow, University of Porto"),
        (", Officer-in-Charge of the Statistics Division, said", "Officer-in-Charge of the Statistics Division"),
        (", Team Leader, Digital Skills, said", "Team Leader, Digital Skills"),
    ],
)
def test_more_job_title_heads(text: str, title: str) -> None:
    assert job_title_after(text, 0) == title


def test_a_verb_after_where_the_person_works() -> None:
    found = people(
        "We congratulate Ms Runa Dahl of the Norwegian Communications Authority, who, as Chair of the jury, "
        "evaluated the entries.",
        "I also see Professor Emre Kaya of Ankara University, who will moderate the second panel.",
        "Mr Ole Berg of the Statistics Office, who attended, thanked the secretariat.",
        body=None,
    )
    assert found["Runa Dahl"].job_titles == ("Chair",)
    assert found["Emre Kaya"].job_titles == ("Moderator",)
    assert found["Ole Berg"].job_titles == ()


def test_names_without_honorifics_listed_after_a_role_and_a_colon_with_their_countries() -> None:
    found = people(
        "Vice-Chairs: Anna Berg (Sweden), Omar Sy (Senegal) and Ms Lea Roth (Austria); "
        "Rapporteur: Tomas Holm (Norway).",
        "Chair: Working Party 3 (Geneva) met twice.",
    )
    assert {n: (p.country, p.posts) for n, p in found.items()} == {
        "Anna Berg": ("SWE", ("tdag/vice-chair",)),
        "Omar Sy": ("SEN", ("tdag/vice-chair",)),
        "Lea Roth": ("AUT", ("tdag/vice-chair",)),
        "Tomas Holm": ("NOR", ("tdag/rapporteur",)),
    }


def test_capitalised_modifiers_after_a_determiner_belong_to_the_title() -> None:
    found = people(
        "The report was introduced by its Executive Coordinator, Dr Ana Reis.",
        "The Senior Programme Officer, Ms Ewa Nowak, presented the study.",
        "The Kenyan Delegate, Mr Tom Mboya, spoke.",
        body=None,
    )
    assert found["Ana Reis"].job_titles == ("Executive Coordinator",)
    assert found["Ewa Nowak"].job_titles == ("Senior Programme Officer",)
    assert found["Tom Mboya"].job_titles == ("Delegate",)


def test_a_title_after_a_short_form_goes_to_its_owner_and_from_country_is_no_title() -> None:
    found = people(
        "Mr Jan Berg (Sweden) and Ms Ruth Okafor (Nigeria) attended.",
        "Ms Okafor, the Rapporteur, presented the report.",
        "Mr Ahmed Salah, Vice-Chairman of the Group from Egypt, introduced the document.",
        body=None,
    )
    assert found["Ruth Okafor"].job_titles == ("Rapporteur",)
    assert found["Jan Berg"].job_titles == ()
    assert (found["Ahmed Salah"].country, found["Ahmed Salah"].job_titles) == ("EGY", ("Vice-Chairman of the Group",))


# ------------------------------------------------------------------ lists, verbs and groups
@pytest.mark.parametrize(
    "text",
    [
        "Ms Lena Holm (Sweden) and Mr Ali Demir (Türkiye) assisted the Chairman as Vice-Chairmen.",
        "Ms Lena Holm (Sweden) and Mr Ali Demir (Türkiye) assisted him as Vice-Chairs.",
        "The Assembly appointed Ms Mia Falk (Finland) as Chair of the Group, and Ms Lena Holm (Sweden) and "
        "Mr Ali Demir (Türkiye) among its Vice-Chairs.",
        "The Council decides that the Vice-Chairmen of the Group shall be Ms Lena Holm (Sweden) and Mr Ali Demir "
        "(Türkiye).",
        "The meeting was chaired by Eng. Baraka Mwangi (Kenya), Vice-Chairs being Ms Lena Holm (Sweden) and "
        "Mr Ali Demir (Türkiye).",
    ],
)
def test_vice_chairs_listed_in_more_forms(text: str) -> None:
    found = people(text)
    assert found["Lena Holm"].posts == ("tdag/vice-chair",)
    assert found["Ali Demir"].posts == ("tdag/vice-chair",)
    if "Baraka Mwangi" in found:
        assert found["Baraka Mwangi"].posts == ("tdag/chair",)


def test_co_chairs_named_by_one_verb_and_a_plural_role_after_them() -> None:
    found = people(
        "The meeting was chaired by Mr Ivo Lang (Austria) and Dr Sara Lopes (Portugal), co-chairs of the group."
    )
    assert found["Ivo Lang"].posts == found["Sara Lopes"].posts == ("tdag/co-chair",)


@pytest.mark.parametrize(
    ("text", "names", "title"),
    [
        (
            "The forum was co-chaired by Mr Tomas Lind, Commissioner for Energy, AUC, and Ms Rita Okafor, Chief of the "
            "Asia Unit, BDT.",
            ("Tomas Lind", "Rita Okafor"),
            "Co-Chair",
        ),
        (
            "The session was moderated by Ms Yara Haddad, a reporter with the Lebanese Broadcasting Corporation "
            "(LBC), and Mr Pavel Horak of the National Radio Council.",
            ("Yara Haddad", "Pavel Horak"),
            "Moderator",
        ),
    ],
)
def test_a_role_verb_before_two_names_with_long_appositives(text: str, names: tuple[str, str], title: str) -> None:
    found = people(text, body=None)
    for name in names:
        assert title in found[name].job_titles, name


def test_a_verb_before_a_name_does_not_reach_past_another_name() -> None:
    found = people(
        "The debate was moderated by Ms Dana Cole, Vice-Chairs being Mr Ivo Brandt (Austria) and Ms Ana Paz."
    )
    assert "Moderator" not in found["Ana Paz"].job_titles


def test_a_nomination_to_chair_a_study_group() -> None:
    found = people(
        "He noted the nomination of Ms Amara Diallo (Mali) to chair Study Group 4 and of Mr Jon Berg (Norway) to "
        "chair Study Group 7.",
        body="ra",
    )
    assert found["Amara Diallo"].posts == ("itu-r-sg4/chair",)
    assert found["Jon Berg"].posts == ("itu-r-sg7/chair",)


def test_a_group_led_by_a_person_has_a_leader_an_office_a_head() -> None:
    found = people(
        "The sub-group on fixed prices, led by Mr Karl Brun (Austria), presented its proposal.",
        "The ITU Regional Office for Europe, led by Mr Raj Menon, will hold a workshop.",
        body="egti",
    )
    assert roles_of(found["Karl Brun"]) == ((), ("Leader",))
    assert found["Raj Menon"].posts == ("itu-regional-office-for-europe/head",)


@pytest.mark.parametrize(
    "text",
    [
        "I thank our three Vice-Chairmen who chaired the working parties this week: Ms Lina Berg (Sweden) and "
        "Mr Omid Karimi (Afghanistan).",
        "She was supported by the Vice-Chairs designated by the co-organizers, including Ms Lina Berg (Sweden) and "
        "Mr Omid Karimi (Afghanistan).",
    ],
)
def test_vice_chairs_after_a_clause_or_including(text: str) -> None:
    found = people(text)
    assert found["Lina Berg"].posts == found["Omid Karimi"].posts == ("tdag/vice-chair",)


@pytest.mark.parametrize(
    "text",
    [
        "The text was sent to the co-facilitators of the review, Her Excellency Ms Agnes Lund (Sweden) and "
        "His Excellency Mr Tavita Sefo (Samoa).",
        "The co-facilitators, Ambassador Agnes Lund and Ambassador Tavita Sefo, issued an elements paper.",
    ],
)
def test_co_facilitators_in_lower_case(text: str) -> None:
    found = people(text, body=None)
    assert found["Agnes Lund"].job_titles == found["Tavita Sefo"].job_titles == ("Co-facilitator",)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Chair of RTC.II: Mr. Tomas Arce (Chile). Vice-Chairs: Ms. Eva Luz (Peru).", "Tomas Arce", "Chair of RTC.II"),
        (
            "Closing remarks of the Chair of the Conference Hon. Amani Uwera, Minister of ICT.",
            "Amani Uwera",
            "Chair of the Conference",
        ),
    ],
)
def test_a_title_whose_qualifier_has_a_dot_or_runs_into_the_name(text: str, name: str, title: str) -> None:
    assert title in people(text, body=None)[name].job_titles


def test_a_name_after_a_chairing_verb_with_a_verb_of_its_own_is_not_co_chair() -> None:
    found = people(
        "The meeting was chaired by Ms Galia Orlova (Russian Federation), and Mr Sergei Koval (Belarus) was "
        "appointed coordinator of the activities."
    )
    assert found["Galia Orlova"].posts == ("tdag/chair",)
    assert roles_of(found["Sergei Koval"]) == ((), ("Coordinator",))

"""Persons, posts and countries (ingest/extract/persons.py, countries.py) on the sample and on variants."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import one_section_report as report
from extract_support import sample_report

from wsiskg.ingest.extract.agent_resolver import Actors, Context
from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.records import AgentRef, ParsedReport


@pytest.fixture(scope="module")
def sample() -> ParsedReport:
    return sample_report()


@pytest.fixture(scope="module")
def actors(sample: ParsedReport) -> Actors:
    return find_actors(sample, "cwg-wsis-sdg")


def orders(sample: ParsedReport, *snippets: str) -> set[int]:
    """Orders of the paragraphs containing each snippet (each must match exactly one)."""
    out = set()
    for s in snippets:
        found = [p.order for p in sample.paragraphs if s in p.text]
        assert len(found) == 1, (s, found)
        out.add(found[0])
    return out


# ------------------------------------------------------------------- sample golden
def test_sample_officials_and_their_posts(actors: Actors) -> None:
    persons = {p.key: p for p in actors.persons}
    expected = {
        "houlin-zhao": ("Houlin Zhao", "Mr.", None, ("itu/secretary-general",)),
        "malcolm-johnson": ("Malcolm Johnson", "Mr.", None, ("itu/deputy-secretary-general",)),
        "mario-maniewicz": ("Mario Maniewicz", "Mr.", None, ("itu-br/director",)),
        "chaesub-lee": ("Chaesub Lee", "Dr", None, ("itu-tsb/director",)),
        "doreen-bogdan": ("Doreen Bogdan", "Ms.", None, ("itu-bdt/director",)),
        "vladimir-minkin": ("Vladimir Minkin", "Prof. Dr", "RUS", ("cwg-wsis-sdg/chair",)),
        "peter-major": ("Peter Major", "Dr", None, ("cstd/acting-chair",)),
    }
    for key, (name, hon, country, posts) in expected.items():
        p = persons[key]
        assert (p.name, p.honorific, p.country, p.posts) == (name, hon, country, posts), key


def test_sample_chair_and_six_vice_chairs_with_countries(actors: Actors) -> None:
    assert actors.chair == "vladimir-minkin"
    persons = {p.key: p for p in actors.persons}
    vice = {
        "aygun-ahmadova": "AZE",
        "renata-santoyo": "BRA",
        "ahmad-reza-sharafat": "IRN",
        "wojciech-berezowski": "POL",
        "janet-umutesi": "RWA",
        "mansour-al-qurashi": "SAU",
    }
    assert actors.vice_chairs == tuple(vice)
    for key, country in vice.items():
        assert persons[key].country == country
        assert persons[key].posts == ("cwg-wsis-sdg/vice-chair",)
    assert persons["ahmad-reza-sharafat"].honorific == "Prof. Dr"
    assert len(actors.persons) == 13  # no other person in the report


def test_sample_short_mentions_and_post_references_count_as_mentions(actors: Actors, sample: ParsedReport) -> None:
    persons = {p.key: p for p in actors.persons}
    # "Mr Zhao reiterated", "Mr. Zhao invited", "Mr. Zhao informed" ... and "the ITU Secretary-General" (7.2.3)
    assert orders(
        sample, "Mr. Zhao invited all participants", "Mr. Zhao informed that", "present the ITU’s Roadmap"
    ) <= set(persons["houlin-zhao"].paragraphs)
    # "Dr Major also informed", "The intervention by Dr Major"
    assert set(persons["peter-major"].paragraphs) == orders(
        sample, "Dr Peter Major, Acting Chair", "Dr Major also informed", "The intervention by Dr Major"
    )
    # "the Chairman" -> the chair of the meeting body
    assert orders(sample, "The Chairman expressed his sincere appreciation", "The Chairman thanked the Elected") <= set(
        persons["vladimir-minkin"].paragraphs
    )


def test_sample_posts_without_a_name(actors: Actors, sample: ParsedReport) -> None:
    posts = {p.key: p for p in actors.posts}
    assert set(posts["itu-tsb/director"].paragraphs) >= orders(
        sample, "He invited Directors of TSB and BDT", "The Group invited Directors"
    )
    assert set(posts["itu-bdt/director"].paragraphs) >= orders(sample, "He invited Directors of TSB and BDT")
    assert posts["unesco/representative"].org == "unesco"
    assert set(posts["unesco/representative"].paragraphs) >= orders(sample, "UNESCO’s representative briefed")
    assert "unesco/director-general" in posts
    assert posts["cwg-wsis-sdg/chair"].label == "Chair, Council Working Group on WSIS&SDG"
    assert posts["itu/secretary-general"].role == "secretary-general"


def test_sample_countries(actors: Actors, sample: ParsedReport) -> None:
    countries = {c.code: c for c in actors.countries}
    assert {"RUS", "AZE", "BRA", "IRN", "POL", "RWA", "SAU", "QAT"} <= set(countries)
    assert countries["QAT"].name == "State of Qatar"
    assert set(countries["SAU"].paragraphs) >= orders(sample, "Mr. Zhao thanked the confirmed partners")


# ------------------------------------------------------------------------ variants
def test_council_report_with_other_people_and_glued_names() -> None:
    r = report(
        "H.E. Mr. Ahmed Al-Mansouri (United Arab Emirates), Chairman of the Council, opened the session. "
        "The Vice-Chairs, Mr. Jan van der Berg (Netherlands) and Ms ClarisaEstol (Argentina), were present.",
        "Mr. van der Berg thanked the Chairman. Dr John Smith, Director, Telecommunication "
        "Development Bureau (BDT), spoke.",
        "Dr Smith and Ms Estol left.",
    )
    a = find_actors(r, "itu-council")
    persons = {p.key: p for p in a.persons}
    assert set(persons) == {"ahmed-al-mansouri", "jan-van-der-berg", "clarisa-estol", "john-smith"}
    chair = persons["ahmed-al-mansouri"]
    assert (chair.honorific, chair.country, chair.posts) == ("H.E. Mr.", "ARE", ("itu-council/chair",))
    assert a.chair == "ahmed-al-mansouri"
    assert a.vice_chairs == ("jan-van-der-berg", "clarisa-estol")
    assert persons["clarisa-estol"].name == "Clarisa Estol"
    assert persons["clarisa-estol"].country == "ARG"
    assert persons["jan-van-der-berg"].paragraphs == (1, 2)
    assert persons["john-smith"].posts == ("itu-bdt/director",)
    assert persons["john-smith"].paragraphs == (2, 3)
    assert chair.paragraphs == (1, 2)  # "the Chairman" in paragraph 2


def test_chaired_by_and_list_after_a_singular_role() -> None:
    r = report(
        "The meeting was chaired by Ms. Ana García (Spain). The Rapporteur, Mr. Li Wei (China), took notes.",
        "Mr. Houssou, Secretary-General, followed by Ms. Ute Berg, Deputy Secretary-General, Mr. Kwame Mensah, spoke.",
    )
    a = find_actors(r, "egti")
    persons = {p.key: p for p in a.persons}
    assert a.chair == "ana-garcia"
    assert persons["ana-garcia"].posts == ("egti/chair",)
    assert persons["li-wei"].posts == ("egti/rapporteur",)
    assert persons["li-wei"].country == "CHN"
    # an appositive role is not a list head: Mr. Mensah holds no post
    assert persons["ute-berg"].posts == ("itu/deputy-secretary-general",)
    assert persons["kwame-mensah"].posts == ()


def test_posts_named_by_body_before_or_after() -> None:
    r = report(
        "UNESCO's representative and the Director-General, UNESCO, spoke. "
        "The Directors of TSB and BDT and the CSTD Chair replied. Dr Y, Acting Chair, CSTD, closed.",
    )
    a = find_actors(r, "cwg-wsis-sdg")
    assert {p.key for p in a.posts} == {
        "unesco/representative",
        "unesco/director-general",
        "itu-tsb/director",
        "itu-bdt/director",
        "cstd/chair",
        "cstd/acting-chair",
    }
    bodies = {b.key for b in a.bodies}
    assert {"unesco", "itu-tsb", "itu-bdt", "cstd"} <= bodies


def test_resolve_agent_phrases() -> None:
    r = report(
        "The meeting was chaired by Mr. Ivan Petrov (Bulgaria). The Chairman thanked the Secretariat.",
        "He invited the ITU Membership and all WSIS stakeholders to attend.",
    )
    a = find_actors(r, "cwg-wsis-sdg")
    ctx = Context(2, 0)
    assert a.resolve_agent("He", ctx) == AgentRef("person", "ivan-petrov", "Ivan Petrov")
    assert a.resolve_agent("the Chairman", ctx) == AgentRef(
        "post", "cwg-wsis-sdg/chair", "Chair, Council Working Group on WSIS&SDG"
    )
    assert [x.key for x in a.resolve_agents("the ITU Membership and all WSIS stakeholders", ctx)] == [
        "membership",
        "wsis-stakeholders",
    ]
    assert a.resolve_agent("the Secretariat", ctx) == AgentRef("body", "wsis-secretariat", "WSIS Secretariat")
    assert a.resolve_agent("Members of the Group", ctx).key == "cwg-wsis-sdg"  # type: ignore[union-attr]
    assert a.resolve_agent("Mr Petrov", ctx).key == "ivan-petrov"  # type: ignore[union-attr]
    assert a.resolve_agent("Bulgaria", ctx) == AgentRef("country", "BGR", "Bulgaria")
    # "them": the last body before, in the same paragraph, that is not excluded (the requester)
    assert a.resolve_agent("them", Context(1, 90)) == AgentRef("body", "wsis-secretariat", "WSIS Secretariat")
    assert a.resolve_agent("them", Context(1, 90, ("wsis-secretariat",))) is None
    assert a.resolve_agent("them", Context(2, 10)) is None
    assert a.resolve_agent("", ctx) is None


def test_a_speaker_for_a_country_and_a_possessive_name() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract import extract

    report = one_section_report(
        "The Councillor for Chile, Mr. Tomás Reyes Ortega, welcomed the report. Ms. Ines Varga (Hungary) presented it.",
        "The Group noted Ms. Varga's proposal and Dr Kofi Mensah’s comments.",
    )
    persons = {p.key: p for p in extract(report).persons}
    assert set(persons) == {"tomas-reyes-ortega", "ines-varga", "kofi-mensah"}
    assert (persons["tomas-reyes-ortega"].country, persons["tomas-reyes-ortega"].job_titles) == ("CHL", ("Councillor",))
    assert persons["ines-varga"].paragraphs == (1, 2)  # "Varga's" is Ines Varga
    assert persons["kofi-mensah"].name == "Kofi Mensah"


def test_a_list_of_vice_chairs_after_a_clause_and_a_country_after_from() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract import extract

    report = one_section_report(
        "The 5th meeting of the Council Working Group on Child Online Protection was held on 3 May 2031.",
        "The meeting was chaired by Ms. Ana Lima (Brazil). The following Vice-Chairs assisted her: "
        "Mr. Kurt Weber (Austria), Dr Yaw Boateng (Ghana) and Ms. Mei Tanaka from Japan.",
        "Mr. Pierre Roux from France Telecom spoke. The Group, by its Chairman, Mr. Luis Prado of Chile, "
        "thanked Ms. Eva Holm of the Ministry of Digital Affairs.",
    )
    found = extract(report)
    persons = {p.key: p for p in found.persons}
    assert found.meeting is not None and found.meeting.vice_chairs == ("kurt-weber", "yaw-boateng", "mei-tanaka")
    assert persons["mei-tanaka"].country == "JPN"
    assert persons["pierre-roux"].country is None  # "from France Telecom": a company, not the country
    assert (persons["luis-prado"].country, persons["eva-holm"].country) == ("CHL", None)


def test_written_out_and_spaced_honorifics_glued_initials_and_family_names_first() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract import extract

    report = one_section_report(
        "Her Excellency, Dr Amina Diallo (Senegal) opened the session.",
        "H .E. Ms. Karin Lund (Norway) spoke, followed by Mr. K.Larsen (Denmark).",
        "Dr Sato Kenji (Japan) presented the report. Dr Sato thanked the Group.",
        "His Excellency Mr. Omar Farouk (Egypt) spoke.",
    )
    persons = {p.key: p for p in extract(report).persons}
    assert set(persons) == {"amina-diallo", "karin-lund", "k-larsen", "sato-kenji", "omar-farouk"}
    assert persons["amina-diallo"].honorific == "H.E. Dr"
    assert persons["karin-lund"].honorific == "H.E. Ms."
    assert persons["omar-farouk"].honorific == "H.E. Mr."
    assert (persons["k-larsen"].name, persons["k-larsen"].country) == ("K. Larsen", "DNK")
    assert persons["sato-kenji"].paragraphs == (3,)


def test_a_post_given_by_a_verb() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract import extract

    report = one_section_report(
        "The 9th meeting of the Council Working Group on Child Online Protection was held on 3 May 2031.",
        "Ms. Rana Haddad (Jordan) was elected to chair the Group.",
        "The Group nominated Mr. Tomas Berg (Sweden) as Vice-Chair.",
        "Dr Aiko Mori (Japan) was designated Vice-Chairman of the Group.",
        "The Group appointed Ms. Ama Owusu (Ghana) to serve as Vice-Chair in his place.",
        "Mr. Ivan Petrov (Bulgaria) was elected in 2029 and thanked the Group.",
    )
    found = extract(report)
    assert found.meeting is not None and found.meeting.chair == "rana-haddad"
    assert found.meeting.vice_chairs == ("tomas-berg", "aiko-mori", "ama-owusu")
    assert next(p for p in found.persons if p.key == "ivan-petrov").posts == ()


def test_a_job_title_after_the_name_stops_before_the_organisation() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract import extract

    report = one_section_report(
        "Ms. Lea Roth, Programme Officer, UNCTAD, presented the study. "
        "Mr. Jan Kos, Chief, Strategic Planning and Membership Department, spoke."
    )
    titles = {p.key: p.job_titles[0] for p in extract(report).persons}
    assert titles == {"lea-roth": "Programme Officer", "jan-kos": "Chief, Strategic Planning and Membership Department"}


@pytest.mark.parametrize(
    ("text", "honorific"),
    [
        ("Mme Odile Marchand (France) welcomed the participants.", "Mme"),
        ("Madame Odile Marchand welcomed the participants.", "Mme"),
        ("The Honourable Odile Marchand, Minister of ICT, welcomed the participants.", "Hon."),
        ("Doctor Odile Marchand welcomed the participants.", "Dr"),
    ],
)
def test_more_written_out_honorifics(text: str, honorific: str) -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract.persons import find_actors

    found = find_actors(one_section_report(text), None).persons
    assert [(p.name, p.honorific) for p in found] == [("Odile Marchand", honorific)]


def test_an_honorific_before_a_role_word_names_no_one() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract.persons import find_actors

    report = one_section_report(
        "Honourable Ministers, Excellencies, Mr Chairman, dear colleagues,", "Dr Director spoke."
    )
    assert find_actors(report, None).persons == ()


def test_a_written_out_honorific_before_a_post_names_no_one() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract import extract

    report = one_section_report(
        "Ms. Leila Haddad, Ambassador, Permanent Representative of Morocco, addressed the meeting.",
        "Mr. Jonas Berg, Ambassador, Deputy Permanent Representative of Sweden, replied.",
        "Ambassador Keiko Mori (Japan) thanked the secretariat.",
    )
    persons = {p.key: p for p in extract(report).persons}
    assert set(persons) == {"leila-haddad", "jonas-berg", "keiko-mori"}
    assert persons["leila-haddad"].country == "MAR"
    assert persons["keiko-mori"].honorific == "Amb."


# ------------------------------------------------- people without an honorific, participants tables
def _persons_of(parsed: ParsedReport) -> dict[str, tuple[str | None, str | None, tuple[str, ...]]]:
    from wsiskg.ingest.extract import extract

    return {p.key: (p.honorific, p.country, p.posts) for p in extract(parsed).persons}


def test_a_name_after_a_speech_cue_or_by_its_chair_needs_no_honorific() -> None:
    found = _persons_of(
        report(
            "Statement by Álfheiður Steinþórsdóttir, Director, Telecommunication Development Bureau",
            "The Working Group, by its Chairman, Radosław Wiśniewski of Poland, thanked the hosts.",
            "Statement by the Chairman of the Council Working Group on WSIS was read out.",
        )
    )
    assert found["alfheidur-steinthorsdottir"] == (None, None, ("itu-bdt/director",))
    assert found["radoslaw-wisniewski"][1] == "POL"
    assert len(found) == 2  # "the Chairman of ..." and the body are no one


def test_a_name_after_a_contact_line_needs_no_honorific() -> None:
    found = _persons_of(
        report(
            "Contact: Dagný Ólafsdóttir, Post and Telecom Administration, Iceland",
            "Contact person: Mirela Popescu, Romanian Authority for Digitalization, E-mail: mp@ancom.example",
            "Contact: TSB Secretariat, e-mail: tsbwsis@itu.example",
        )
    )
    assert found["dagny-olafsdottir"][:2] == (None, "ISL")
    assert found["mirela-popescu"][:2] == (None, "ROU")
    assert len(found) == 2  # a contact that is a body is no one


@pytest.mark.parametrize("note", [[], ["[Original signed]"], ["(signed)"]])
def test_a_letters_signature_on_one_line_after_the_closing_and_a_signed_note(note: list[str]) -> None:
    """The signature's lines joined by spaces (``NAME Director Telecommunication Development Bureau``)."""
    from extract_support import make_report

    found = _persons_of(
        make_report(
            "Invitation to the regional forum",
            "Dear Sir/Madam,",
            "I have the honour to invite your Administration to the forum.",
            "Yours faithfully,",
            *note,
            "Lindiwe Mahlangu-Dube Director Telecommunication Development Bureau",
        )
    )
    assert found == {"lindiwe-mahlangu-dube": (None, None, ("itu-bdt/director",))}


@pytest.mark.parametrize(
    ("signature", "key", "post"),
    [
        (
            "(signed) Oyelaran Bukola-Fenwick Director of the Telecommunication Development Bureau",
            "oyelaran-bukola-fenwick",
            "itu-bdt/director",
        ),
        (
            "(Signed) Henrikka Laaksonen-Obi Director Telecommunication Standardization Bureau",
            "henrikka-laaksonen-obi",
            "itu-tsb/director",
        ),
        (
            "(signed) Tomás Irigoyen-Bakker Director, Radiocommunication Bureau",
            "tomas-irigoyen-bakker",
            "itu-br/director",
        ),
    ],
)
def test_a_signed_note_before_the_name_and_post_on_one_line(signature: str, key: str, post: str) -> None:
    """``(signed) NAME Post`` as one line (a layout that joined the note, the name and the post): the
    note is a closing, the name the signatory, the rest its post."""
    from extract_support import make_report

    found = _persons_of(
        make_report(
            "Regional workshop on spectrum pricing",
            "Dear Sir/Madam,",
            "Administrations are invited to register their participants by 4 May 2032.",
            "Yours faithfully,",
            signature,
        )
    )
    assert found == {key: (None, None, (post,))}


@pytest.mark.parametrize(
    ("title", "last", "signature", "key", "posts", "job_titles"),
    [
        (
            "Candidatures for the posts of study group chairmen",
            "Members are invited to send their candidatures by 3 May 2031.",
            "Annelise Krogh-Varga Director, TSB",
            "annelise-krogh-varga",
            ("itu-tsb/director",),
            (),
        ),
        (
            "Statement by the Chairman of the Radio Regulations Board",
            "Thank you, Madam President.",
            "Þórunn Eiríksdóttir Chairman, Radio Regulations Board",
            "thorunn-eiriksdottir",
            ("radio-regulations-board/chair",),
            (),
        ),
        (
            "Administrative Circular CA/912",
            "Administrations are requested to register before 12 June 2030.",
            "Mateus Quaresma Nóbrega Director",
            "mateus-quaresma-nobrega",
            (),
            ("Director",),
        ),
    ],
)
def test_a_name_and_its_post_on_the_last_line_sign_the_document(
    title: str, last: str, signature: str, key: str, posts: tuple[str, ...], job_titles: tuple[str, ...]
) -> None:
    """No closing formula, no honorific: the last line after the last sentence is the signature, its line
    break read as a space (``NAME`` / ``Director, TSB`` -> ``NAME Director, TSB``)."""
    from extract_support import make_report

    from wsiskg.ingest.extract.persons import find_actors

    found = find_actors(make_report(title, "Dear colleagues,", last, signature), None).persons
    assert [(p.key, p.honorific, p.posts, p.job_titles) for p in found] == [(key, None, posts, job_titles)]


def test_a_name_and_a_role_word_in_a_sentence_or_mid_document_sign_nothing() -> None:
    """Only the last line signs: a name and a role word earlier, or a line that is a sentence, are no signature."""
    from extract_support import make_report

    from wsiskg.ingest.extract.persons import find_actors

    found = find_actors(
        make_report(
            "Note on the regional forum",
            "The forum will be held in Lima.",
            "Hallvard Brekke-Sund Director",
            "Further details will follow.",
            "Ingrid Solvang Director said the forum was useful.",
        ),
        None,
    ).persons
    assert found == ()


def test_a_summary_records_signatures_on_one_line() -> None:
    """``The Secretary: A. B The Chair: C. D``: each name with its role; initials and a family name
    of two words are the full name written before."""
    from extract_support import make_report

    found = _persons_of(
        make_report(
            "Summary record of the third meeting of Committee 4",
            "1. The meeting was chaired by Ms Beatriz Ortega Salinas (Uruguay).",
            "2. The meeting rose at 12.30 p.m.",
            "The Secretary: K. Van den Berghe-Moreau The Chair: B. Ortega Salinas",
        )
    )
    assert set(found) == {"beatriz-ortega-salinas", "k-van-den-berghe-moreau"}


def test_a_role_heading_names_the_people_of_the_next_paragraphs() -> None:
    """``Moderator`` alone, then the moderator's line; ``Vice-Chairs:`` then one line each."""
    from extract_support import make_report

    from wsiskg.ingest.extract.persons import find_actors

    found = find_actors(
        make_report(
            "Outcome of the session on digital skills",
            "Moderator",
            "Ms Ilse Brandauer, Programme Officer, Digital Inclusion Division, BDT",
            "Vice-Chairs:",
            "- Mr Tupac Quispe (Peru)",
            "- Ms Yara Haddad (Jordan)",
            "Speakers",
            "Mr Oskar Lind, Director, Nordic Broadband Association",
        ),
        None,
    ).persons
    titles = {p.name: p.job_titles for p in found}
    assert "Moderator" in titles["Ilse Brandauer"]
    assert titles["Tupac Quispe"] == titles["Yara Haddad"] == ("Vice-Chair",)
    assert "Moderator" not in titles["Oskar Lind"] and "Vice-Chair" not in titles["Oskar Lind"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Khalid bin Saeed al-Mansoori (Oman) presented it.", "Khalid bin Saeed al-Mansoori"),
        ("Dr Hoda el-Masry, Director, spoke.", "Hoda el-Masry"),
    ],
)
def test_a_particle_glued_by_a_hyphen_is_part_of_the_name(text: str, name: str) -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract.persons import find_actors

    assert [p.name for p in find_actors(one_section_report(text), None).persons] == [name]


def test_a_signature_block_gives_a_person_and_a_post() -> None:
    from extract_support import make_report

    found = _persons_of(
        make_report(
            "Report of the Council Working Group on WSIS",
            "The Group is invited to note this report.",
            "Søren Kierulf-Ødegård",
            "Chairman, Council Working Group on WSIS",
            "Opening Session",
            "Chairman: the Secretary-General opened the meeting.",
        )
    )
    assert set(found) == {"soren-kierulf-odegard"}
    assert found["soren-kierulf-odegard"][2] == ("cwg-wsis-sdg/chair",)


def test_participants_table_rows_in_any_column_order() -> None:
    from extract_support import make_report

    found = _persons_of(
        make_report(
            "Report of the Council Working Group on WSIS",
            "Role / Name / Country",
            "Chairman\tŽaneta Horváthová\tSlovakia",
            "Vice-Chairman\tMs Mereana Tūhoe\tNew Zealand",
            "Vice-Chairman    Kofi Mensah-Boateng    Ghana",
            "The meeting opened at 10 a.m. with no one named.",
            "Name | Country | Function",
            "Dr Ilse Großmann | Austria | Vice-Chair",
            "Name, Country, Function",
            "Çağan Yıldırım, Türkiye, Vice-Chairman",
            "Aliyu Danjuma, Nigeria, Vice-Chairman",
        )
    )
    assert found == {
        "zaneta-horvathova": (None, "SVK", ("cwg-wsis-sdg/chair",)),
        "mereana-tuhoe": ("Ms.", "NZL", ("cwg-wsis-sdg/vice-chair",)),
        "kofi-mensah-boateng": (None, "GHA", ("cwg-wsis-sdg/vice-chair",)),
        "ilse-grossmann": ("Dr", "AUT", ("cwg-wsis-sdg/vice-chair",)),
        "cagan-yildirim": (None, "TUR", ("cwg-wsis-sdg/vice-chair",)),
        "aliyu-danjuma": (None, "NGA", ("cwg-wsis-sdg/vice-chair",)),
    }


def test_a_table_ends_at_a_row_of_another_shape() -> None:
    import re

    from wsiskg.ingest.extract.person_tables import table_rows

    chair = re.compile(r"Chair")
    rows = table_rows(
        [
            (1, "Name\tCountry\tRole"),
            (2, "Ana Ruiz\tPeru\tChair"),
            (3, "A sentence, with a comma."),
            (4, "Bo Li\tChina\tChair"),
        ],
        chair,
    )
    assert [(r.order, r.cells) for r in rows] == [(2, {"name": (0, 8), "country": (9, 13), "role": (14, 19)})]


def test_a_row_whose_gaps_were_folded_is_read_by_its_content() -> None:
    import re

    from wsiskg.ingest.extract.person_tables import table_rows

    role = re.compile(r"Vice-Chair|Chair")
    rows = table_rows([(1, "Function Name Country"), (2, "Vice-Chair, Study Group 1 Łucja Bąk Poland")], role)
    text = "Vice-Chair, Study Group 1 Łucja Bąk Poland"
    assert [{c: text[a:b] for c, (a, b) in r.cells.items()} for r in rows] == [
        {"role": "Vice-Chair, Study Group 1", "name": "Łucja Bąk", "country": "Poland"}
    ]


def test_participants_table_rows_from_txt_and_docx_files(tmp_path: Path) -> None:
    import docx

    from wsiskg.ingest.extract import extract
    from wsiskg.ingest.parse import parse
    from wsiskg.ingest.read import read

    head = "Report of the Council Working Group on WSIS"
    rows = [
        ("Name", "Country", "Role"),
        ("Ewa Wróblewska-Sęk", "Poland", "Chairman"),
        ("Mr Tiago Gonçalves", "Portugal", "Vice-Chairman"),
    ]
    txt = tmp_path / "officers.txt"
    txt.write_text(head + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    document = docx.Document()
    document.add_paragraph(head)
    table = document.add_table(rows=len(rows), cols=3)
    for tr, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(tr.cells, cells, strict=True):
            cell.text = value
    document.save(str(tmp_path / "officers.docx"))
    for path in (txt, tmp_path / "officers.docx"):
        persons = {p.key: (p.country, p.posts) for p in extract(parse(read(path))).persons}
        assert persons["ewa-wroblewska-sek"] == ("POL", ("cwg-wsis-sdg/chair",)), path.suffix
        assert persons["tiago-goncalves"] == ("PRT", ("cwg-wsis-sdg/vice-chair",)), path.suffix
        assert len(persons) == 2, path.suffix  # the name does not run into the country ("... Gonçalves Portugal")


def test_a_comma_after_an_honorific_word_only_before_another_honorific() -> None:
    """``Her Excellency, Dr X``: the comma joins two honorifics; a word that is also an honorific
    in a place name before a comma (``Ras Al Sheikh, Oman``, ``Port Sir, Kenya``) names no one."""
    from extract_support import one_section_report

    from wsiskg.ingest.extract import extract

    report = one_section_report(
        "The workshop will be held in Dahab El Sheikh, Jordan, from 3 to 5 June 2031.",
        "His Excellency, Mr Tomasz Kowal (Poland) chaired the session; Sir, Malta was represented.",
    )
    persons = {p.key: p for p in extract(report).persons}
    assert set(persons) == {"tomasz-kowal"}
    assert persons["tomasz-kowal"].honorific == "H.E. Mr."


@pytest.mark.parametrize(
    ("text", "person", "post", "country"),
    [
        ("Mr Karl Huber, Director, Agentur für Digitale Netze of Austria, presented the document.",
         "karl-huber", "agentur-fur-digitale-netze/director", "AUT"),
        ("Ms Lucie Marchand, Head, Agence des Réseaux Ruraux of Senegal, presented the document.",
         "lucie-marchand", "agence-des-reseaux-ruraux/head", "SEN"),
        ("We thank Paulo Neves, Director, Instituto de Redes Abertas of Angola, for the document.",
         "paulo-neves", "instituto-de-redes-abertas/director", "AGO"),
        # a name in English keeps the country it holds (decision 16)
        ("Ms Rosa Campos, Director, Ministry of Digital Affairs of the Republic of Ghana, presented it.",
         "rosa-campos", "ministry-of-digital-affairs-of-the-republic-of-ghana/director", "GHA"),
    ],
)  # fmt: skip
def test_a_body_named_in_another_language_ends_before_its_english_country(
    text: str, person: str, post: str, country: str
) -> None:
    """``of COUNTRY`` after a name in another language (``für``, ``des``, ``de``: ``body-connectors.csv``) is the
    writer's gloss: the person's country, no part of the body's name; the name's words after its head noun
    (``body-heads.csv``) are no person of their own."""
    persons = find_actors(report(text), None).persons
    assert [(p.key, p.posts, p.country) for p in persons] == [(person, (post,), country)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ref: BDT Circular 44 Contact: Ms Henrike Ødegaard-Lutz To: Administrations of Member States",
            "Henrike Ødegaard-Lutz",
        ),
        ("Contact: Mr Ilkka Väänänen Tel.: +41 22 730 0000", "Ilkka Väänänen"),
        (
            "Closing remarks of the Chair, Mr Dumitru Țurcanu-Lindahl Excellencies, distinguished delegates, welcome.",
            "Dumitru Țurcanu-Lindahl",
        ),
        ("Opening address by Ms Yaël Ben-Haroush Ladies and gentlemen, welcome to Geneva.", "Yaël Ben-Haroush"),
        ("Ms Lena Dear (Ireland) chaired the session.", "Lena Dear"),  # no comma after it: a family name
    ],
)
def test_a_name_ends_before_the_next_field_or_salutation_run_into_its_line(text: str, name: str) -> None:
    """A layout that joins a header's lines or a speech's heading and salutation: the name ends before the
    next field's label (``To:``, ``Tel.:``) or the salutation (``Excellencies,``)."""
    from extract_support import one_section_report

    from wsiskg.ingest.extract.persons import find_actors

    assert [p.name for p in find_actors(one_section_report(text), None).persons] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Keynote address by the Director, Dr Tevita Fonua-Hala World Telecommunication and Information Society Day "
            "2031 - virtual celebration 17 May 2031",
            "Tevita Fonua-Hala",
        ),
        ("Opening remarks by Ms Ingrid Solberg-Mwangi WSIS Forum 2031, Geneva, 5 May 2031", "Ingrid Solberg-Mwangi"),
        ("Welcome address, Mr Kaito Haruna-Bell GLOBAL SYMPOSIUM FOR REGULATORS, Accra, 2031", "Kaito Haruna-Bell"),
    ],
)
def test_a_name_ends_before_an_events_name_run_into_its_line(text: str, name: str) -> None:
    """A speech's heading whose layout ran the speaker's name into the event's name (a series of ``events.csv``, in
    capitals too): the name ends where the event's begins."""
    assert [p.name for p in find_actors(report(text), None).persons] == [name]


@pytest.mark.parametrize(
    ("text", "name", "honorific", "country"),
    [
        (
            "Major General Tomás Ibarra (Chile), Director of the Signals Office, spoke.",
            "Tomás Ibarra",
            "Major General",
            "CHL",
        ),
        ("Brigadier Kwame Asante (Ghana) chaired the session.", "Kwame Asante", "Brigadier", "GHA"),
        (
            "Lieutenant Colonel Amara Diallo (Senegal) presented the contribution.",
            "Amara Diallo",
            "Lieutenant Colonel",
            "SEN",
        ),
        (
            "The session was moderated by Major General (R) Farid Qureshi-Lang (Pakistan).",
            "Farid Qureshi-Lang",
            "Major General (R)",
            "PAK",
        ),
        (
            "Keynote address by Air Vice Marshal (Retd.) Imran Qadir-Solberg (Norway), Chairman, National Authority",
            "Imran Qadir-Solberg",
            "Air Vice Marshal (Retd)",
            "NOR",
        ),
    ],
)
def test_a_military_rank_before_a_name_is_its_honorific(text: str, name: str, honorific: str, country: str) -> None:
    """A rank is written before the name as an honorific is (``honorifics.csv``), a retirement note after it."""
    from extract_support import one_section_report

    from wsiskg.ingest.extract.persons import find_actors

    found = find_actors(one_section_report(text), None).persons
    assert [(p.name, p.honorific, p.country) for p in found] == [(name, honorific, country)]


def test_a_bracketed_retirement_note_alone_is_no_honorific() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract.persons import find_actors

    assert (
        find_actors(one_section_report("The figures (R) Annex 2 show growth in (Retd) Member States."), None).persons
        == ()
    )


@pytest.mark.parametrize(
    ("lines", "name", "job_titles"),
    [
        (["Yours faithfully,", "Signed: Henrike Ødegaard-Lutz", "Director"], "Henrike Ødegaard-Lutz", ("Director",)),
        (
            ["Signed: Pilar Etxeberria-Holm", "Chief, Staff Welfare Department"],
            "Pilar Etxeberria-Holm",
            ("Chief",),
        ),
        (["Signed:", "Tevita Fonua-Lagerlöf", "for the Secretary-General"], "Tevita Fonua-Lagerlöf", ()),
        (["Yours faithfully,", "Ilkka Väänänen", "On behalf of the Director"], "Ilkka Väänänen", ()),
    ],
)
def test_a_signature_after_signed_or_signing_for_a_post(
    lines: list[str], name: str, job_titles: tuple[str, ...]
) -> None:
    """``Signed: NAME`` / post, ``Signed:`` over the name, and a name that signs ``for the Secretary-General``
    (no post of the person's)."""
    from extract_support import make_report

    from wsiskg.ingest.extract.persons import find_actors

    found = find_actors(
        make_report("Administrative Circular 31", "Staff members are invited to register by 3 May 2031.", *lines), None
    ).persons
    assert [(p.name, p.posts, p.job_titles) for p in found] == [(name, (), job_titles)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                "With our best regards,",
                "Oksana Beremets-Holm — Director-General, UNESCO",
                "Teodor Vîlcu-Ashante — Secretary-General, ITU",
            ],
            [
                ("Oksana Beremets-Holm", ("unesco/director-general",)),
                ("Teodor Vîlcu-Ashante", ("itu/secretary-general",)),
            ],
        ),
        (
            ["Yours sincerely,", "Oksana Beremets-Holm – Director, Telecommunication Development Bureau"],
            [("Oksana Beremets-Holm", ("itu-bdt/director",))],
        ),
        (
            ["Yours faithfully,", "Ǵorgi Petrovski-Aalto - Secretary-General, ITU"],
            [("Ǵorgi Petrovski-Aalto", ("itu/secretary-general",))],
        ),
    ],
)
def test_a_signature_with_a_dash_between_the_name_and_the_post(
    lines: list[str], expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """``NAME — Director-General, UNESCO`` after the closing; a second such line under it co-signs (decision 18)."""
    from extract_support import make_report

    from wsiskg.ingest.extract.persons import find_actors

    found = find_actors(
        make_report("Letter to the Commissioners", "Dear Commissioners,", "We invite you to attend.", *lines), None
    ).persons
    assert [(p.name, p.posts) for p in found] == expected


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Chair, Ms Inés Carvajal de los Ríos (Ecuador), opened the session.", "Inés Carvajal de los Ríos", "ECU"),
        ("Mr Tomás de las Heras Mena of Spain was elected Vice-Chair.", "Tomás de las Heras Mena", "ESP"),
        ("Dr Paulo Ribeiro do Vale (Brazil) introduced the document.", "Paulo Ribeiro do Vale", "BRA"),
        ("We thank Ms Rosa Pinto dos Anjos (Angola) and the secretariat.", "Rosa Pinto dos Anjos", "AGO"),
    ],
)
def test_spanish_and_portuguese_particles_inside_a_name(text: str, name: str, country: str) -> None:
    """``los``, ``las``, ``do`` are name particles (``name-particles.csv``) like ``de``, ``dos``: the name goes on."""
    assert [(p.name, p.country) for p in find_actors(report(text), None).persons] == [(name, country)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The delegates were lodged near Colonel Okoro Road and met Ms Ana Lobo (Chile).", "Ana Lobo"),
        ("Flights land at Sheikh Rashid International Airport; Mr Ole Berg (Norway) met them.", "Ole Berg"),
        ("The Dr Wanjiru Kamau Memorial Lecture was given by Mr Ole Berg (Norway).", "Ole Berg"),
        ("Sessions took place in the President Tito Kruger Centre, chaired by Ms Ana Lobo (Chile).", "Ana Lobo"),
        ("The winner of the Dr Ivo Marek Prize, Ms Ana Lobo (Chile), spoke.", "Ana Lobo"),
    ],
)
def test_a_place_or_a_prize_named_after_a_person_is_no_person(text: str, name: str) -> None:
    """A street, a building, an airport, a lecture or a prize named after someone (``person-cues.csv``, kind
    ``named-after``: the name's last word or the capitalised words after it) names no person present."""
    assert [p.name for p in find_actors(report(text), None).persons] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ms Ji-won Park (Republic of Korea) was elected Vice-Chair.", "Ji-won Park"),
        ("Mr Ali Hall of Canada presented the proposal.", "Ali Hall"),
        ("Mr Ole Berg said the Road Map was agreed.", "Ole Berg"),
    ],
)
def test_a_surname_or_a_later_word_that_is_no_place_head_keeps_the_person(text: str, name: str) -> None:
    """``Park`` and ``Hall`` are surnames, no heads of ``named-after``; a head later in the clause is not the name's."""
    assert [p.name for p in find_actors(report(text), None).persons] == [name]


@pytest.mark.parametrize(
    "line",
    ["With warm regards, Amaru Quispe-Lobo", "Warmest regards, Amaru Quispe-Lobo", "Cordially, Amaru Quispe-Lobo"],
)
def test_any_closing_formula_before_the_name_on_its_line_is_a_signature(line: str) -> None:
    """``person_signatures.closing_formula``: every closing of ``author-cues.csv`` (and ``With``, ``With our``
    before it) leads a signature written on the closing's line."""
    from extract_support import make_report

    found = find_actors(
        make_report("Letter to the members", "Dear colleagues,", "We invite you to attend.", line, "Director, BDT"),
        None,
    ).persons
    assert [(p.name, p.posts) for p in found] == [("Amaru Quispe-Lobo", ("itu-bdt/director",))]

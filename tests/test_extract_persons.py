"""Persons, posts and countries (ingest/extract/persons.py, countries.py) on the sample and on variants."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from extract_support import sample_report

from wsiskg.ingest.extract.persons import Actors, Context, find_actors
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
    assert (persons["tomas-reyes-ortega"].country, persons["tomas-reyes-ortega"].job_title) == ("CHL", "Councillor")
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
    titles = {p.key: p.job_title for p in extract(report).persons}
    assert titles == {"lea-roth": "Programme Officer", "jan-kos": "Chief, Strategic Planning and Membership Department"}


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

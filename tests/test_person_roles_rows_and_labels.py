"""People's roles and countries in tables with no header row, tables headed by a role over another column,
labels on one line, ``in the chair`` and regional honorifics (issue 8; ``person_tables.py``,
``persons.py``, ``honorifics.csv``, ``roles.csv``)."""

from __future__ import annotations

import pytest
from extract_support import make_report, one_section_report

from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.records import Person


def people(*texts: str, body: str | None = "tdag") -> dict[str, Person]:
    return {p.name: p for p in find_actors(one_section_report(*texts), body).persons}


def roles_of(person: Person) -> set[str]:
    return {r.split("/")[-1].lower() for r in (*person.posts, *person.job_titles)}


# ------------------------------------------------------------------ rows with no header
@pytest.mark.parametrize(
    "rows",
    [
        [
            "Chairman | Mr Tomas Varga | Hungary",
            "Vice-Chairman | Ms Aiko Mori | Japan",
            "TSB | Mr Pedro Lima | Advisor",
        ],
        ["Chair\tMr Tomas Varga\tHungary", "Vice-Chair\tMs Aiko Mori\tJapan", "TSB\tMr Pedro Lima\tAdvisor"],
        ["Mr Tomas Varga, Hungary, Chairman", "Ms Aiko Mori, Japan, Vice-Chairman", "Mr Pedro Lima, TSB, Advisor"],
    ],
)
def test_rows_with_no_header_give_role_and_country(rows: list[str]) -> None:
    found = people("The meeting elected:", *rows, "The meeting then adopted its agenda.")
    assert "chair" in roles_of(found["Tomas Varga"]) and found["Tomas Varga"].country == "HUN"
    assert "vice-chair" in roles_of(found["Aiko Mori"]) and found["Aiko Mori"].country == "JPN"
    assert roles_of(found["Pedro Lima"]) == {"advisor"} and found["Pedro Lima"].country is None


def test_one_row_alone_is_no_table() -> None:
    found = people("Mr Tomas Varga met the delegates.", "Chair | Ms Aiko Mori | Japan", "The session closed.")
    assert not roles_of(found["Aiko Mori"])


@pytest.mark.parametrize(
    "table",
    [
        ["Vice-Chairman | Name | Country", "Region B | Ms Aiko Mori | Japan", "Region D | Mr Pedro Lima | Brazil"],
        ["Stakeholder group, Vice-Chair", "Governments, Ms Aiko Mori (Japan)", "Civil society, Mr Pedro Lima (APC)"],
        ["Theme, Vice-Chair", "Access, Ms Aiko Mori (Japan)", "Security, Mr Pedro Lima (ISOC)"],
    ],
)
def test_a_role_heading_another_column_names_the_rows_people(table: list[str]) -> None:
    found = people(*table)
    assert "vice-chair" in roles_of(found["Aiko Mori"]) and found["Aiko Mori"].country == "JPN"
    assert "vice-chair" in roles_of(found["Pedro Lima"])


def test_a_role_cell_with_its_own_comma() -> None:
    found = people(
        "Function, Name",
        "Vice-Chairman, Sub-Committee B, Ms Aiko Mori (Japan)",
        "Secretary, Sub-Committee B, Mr Pedro Lima (Executive Secretariat)",
    )
    assert any(r.lower().startswith("secretary") for r in found["Pedro Lima"].job_titles)


# ------------------------------------------------------------------ labels
@pytest.mark.parametrize(
    "text",
    [
        "Chairman: Mr Tomas Varga (Hungary) Vice-Chairman: Ms Aiko Mori (Japan)",
        "Chairman: Mr Tomas Varga (Hungary), Vice-Chairman: Ms Aiko Mori (Japan)",
        "Chair: Mr Tomas Varga (Hungary); Vice-Chair: Ms Aiko Mori (Japan)",
    ],
)
def test_two_labels_on_one_line_each_take_their_name(text: str) -> None:
    found = people(text)
    assert roles_of(found["Tomas Varga"]) == {"chair"}
    assert roles_of(found["Aiko Mori"]) == {"vice-chair"}


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Vice-Convener:", "vice-convener"),
        ("Co-convener:", "co-convener"),
        ("Co-Vice-Chairmen:", "co-vice-chair"),
        ("Executive Vice-Chair:", "executive-vice-chair"),
    ],
)
def test_labels_of_more_roles(label: str, role: str) -> None:
    found = people(f"{label} Ms Aiko Mori (Japan)")
    assert roles_of(found["Aiko Mori"]) == {role}


# ------------------------------------------------------------------ in the chair
@pytest.mark.parametrize(
    "text",
    [
        "The Committee met on 3 May 2031 with Mr Tomas Varga (Hungary) in the chair and Ms Aiko Mori as Vice-Chair.",
        "The meeting, with Mr Tomas Varga in the chair, adopted its agenda.",
    ],
)
def test_in_the_chair(text: str) -> None:
    assert "chair" in roles_of(people(text)["Tomas Varga"])


# ------------------------------------------------------------------ honorifics
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Datuk Aminah Ismail, Chairman of the Commission, welcomed the participants.", "Aminah Ismail"),
        ("The Forum was opened by H.E. Lyonpo Dorji Penjor, Minister of Information.", "Dorji Penjor"),
        ("Dasho Kinley Wangchuk, Secretary, spoke.", "Kinley Wangchuk"),
        ("Pehin Dato Yusof Hamid, Minister of Transport, spoke.", "Yusof Hamid"),
    ],
)
def test_regional_honorifics_are_no_part_of_the_name(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        ("The session was chaired by Judge Halvard Østby-Mensah (Denmark).", "Halvard Østby-Mensah", "Judge"),
        ("Atty. Corazon Villareal-Diaz, Deputy Director, presented the survey.", "Corazon Villareal-Diaz", "Atty."),
        ("Atty Benigno Salcedo-Reyes, legal adviser, replied.", "Benigno Salcedo-Reyes", "Atty."),
    ],
)
def test_judicial_and_legal_honorifics_open_a_name(text: str, name: str, honorific: str) -> None:
    found = people(text)
    assert name in found and found[name].honorific == honorific


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Senator Ingrid Maldonado-Ruiz (Chile), Chair of the Committee on Science, opened the panel.",
            "Ingrid Maldonado-Ruiz",
        ),
        (
            "The panel heard Senator Tomasz Wróblewski-Kania, rapporteur of the bill on data protection.",
            "Tomasz Wróblewski-Kania",
        ),
        ("Senator Akosua Boateng-Mensah urged parliaments to hold hearings on the draft.", "Akosua Boateng-Mensah"),
    ],
)
def test_a_senator_is_named_by_the_title(text: str, name: str) -> None:
    """A legislator's title opens a name as an honorific does (parliamentary hearings and panels, round 53)."""
    found = people(text)
    assert name in found and found[name].honorific == "Senator"


# ------------------------------------------------------------------ roles before the name
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("2.1 The Chief, Human Resources Management Department, Mr Tomas Varga, said it was ready.", "Tomas Varga", "chief"),  # noqa: E501
        ("The Head, Digital Services Division, BDT, Ms Aiko Mori, presented the plan.", "Aiko Mori", "head"),
        ("The delegate of UNESCAP, Mr Tomas Varga, asked that the plan include Asia.", "Tomas Varga", "delegate"),
        ("The representative of the Internal Auditor (Court of Audit, Chile), Ms Aiko Mori, replied.", "Aiko Mori",
         "representative"),
        ("The coordinator for EUR 2 (broadband), Ms Aiko Mori (Latvia), noted progress.", "Aiko Mori", "coordinator for eur 2"),  # noqa: E501
    ],
)  # fmt: skip
def test_a_role_before_the_name_with_what_it_is_of(text: str, name: str, role: str) -> None:
    assert any(r.startswith(role) for r in roles_of(people(text)[name]))


@pytest.mark.parametrize(
    "text",
    ["The Vice-Chair from Panama, Ms Aiko Mori, stressed it.", "Our Vice-Chairman from Panama, Ms Aiko Mori, agreed."],
)
def test_a_role_from_a_country_gives_both(text: str) -> None:
    person = people(text)["Aiko Mori"]
    assert "vice-chair" in roles_of(person) and person.country == "PAN"


def test_respectively_after_a_plural_role() -> None:
    found = people(
        "The Chairmen of Working Parties 5A and 5B — respectively Mr Tomas Varga (Hungary) and Ms Aiko Mori (Japan) — "
        "presented their reports."
    )
    assert all(any(r.startswith("chair") for r in roles_of(found[n])) for n in ("Tomas Varga", "Aiko Mori"))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ms Ana Lobo chaired the session; Mr Tomas Varga (Colombia) was Vice-Chair-cum-Rapporteur.", "vice-chair"),
        ("The Minister of Ghana, Hon. Tomas Varga, served as First Vice-Chair.", "vice-chair"),
        ("The group will be co-led by Ms Ana Lobo (ITU) and Mr Tomas Varga (UNDP).", "co-lead"),
    ],
)
def test_roles_given_by_a_copula_an_ordinal_or_a_shared_verb(text: str, role: str) -> None:
    assert role in roles_of(people(text)["Tomas Varga"])


def test_rows_with_no_header_and_a_title_cell_of_their_own() -> None:
    found = people(
        "Participants",
        "Chair | Ms Aiko Mori | Administrator a.i., UNDP",
        "Vice-Chair | Mr Tomas Varga | Deputy Secretary-General, ITU",
    )
    assert roles_of(found["Aiko Mori"]) == {"chair"} and roles_of(found["Tomas Varga"]) == {"vice-chair"}


def test_an_officer_column_names_the_role() -> None:
    found = people(
        "Officer | Name | Country", "Chair | H. E. Dr Ana Lobo | Zambia", "Vice-Chair | Mr Tomas Varga | Hungary"
    )
    assert roles_of(found["Ana Lobo"]) == {"chair"} and found["Ana Lobo"].country == "ZMB"
    assert roles_of(found["Tomas Varga"]) == {"vice-chair"}


@pytest.mark.parametrize(
    "text",
    [
        "SWG 4C-1 (Maritime links) was chaired by Ms Ana Lobo (Denmark); SWG 4C-2 (Aviation) by Mr Tomas Varga (Japan).",  # noqa: E501
        "(Adopted at the ninth Plenary Meeting, on 3 June 2031, with Mr Tomas Varga (Italy) in the Chair.)",
    ],
)
def test_chairs_after_a_semicolon_and_in_the_chair(text: str) -> None:
    assert "chair" in roles_of(people(text)["Tomas Varga"])


def test_a_verb_after_the_organisation_of_the_name() -> None:
    found = people("The meeting was chaired by Mr Ben Ode. Dr Aiko Mori of the World Bank served as Vice-Chair.")
    assert "vice-chair" in roles_of(found["Aiko Mori"])


@pytest.mark.parametrize(
    ("closing", "name", "post"),
    [
        ("Yours faithfully, Amara Kone-Diallo Regional Director", "Amara Kone-Diallo", "Regional Director"),
        ("Yours sincerely, Pedro Lima-Souza Deputy Director", "Pedro Lima-Souza", "Deputy Director"),
    ],
)
def test_a_signature_on_one_line_keeps_the_posts_first_word(closing: str, name: str, post: str) -> None:
    report = make_report("We look forward to your participation in the Forum in Lima in 2031.", closing)
    person = next(p for p in find_actors(report, None).persons if p.name == name)
    assert post in person.job_titles or any(p.endswith(post.lower().replace(" ", "-")) for p in person.posts)


# ------------------------------------------------------------------ a name without an honorific, then "of COUNTRY"
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Let me first thank Ana Lobo of Chile, who has guided this Group as its Chair.", "Ana Lobo", "CHL"),
        ("The Group congratulates Omar Sy of Senegal on his election as Chairman.", "Omar Sy", "SEN"),
        ("We thank Ana Lobo of Chile, and Tomas Varga of Hungary, for their work.", "Tomas Varga", "HUN"),
    ],
)
def test_a_name_of_a_country(text: str, name: str, country: str) -> None:
    assert people(text)[name].country == country


@pytest.mark.parametrize(
    "text",
    [
        "Source: Oriental Republic of Uruguay",
        "The Ministry welcomed the Hashemite Kingdom of Jordan, which hosted the Forum.",
        "The Permanent Mission of Chile, on behalf of the Government, presents its compliments.",
    ],
)
def test_no_name_of_a_country_in_a_countrys_long_name(text: str) -> None:
    assert not people(text)


# ------------------------------------------------------------------ a heading in capitals
@pytest.mark.parametrize(
    ("heading", "name", "title"),
    [
        ("OPENING REMARKS OF THE CHAIRMAN, DR TOMAS VARGA-BERG", "Tomas Varga-Berg", "Chair"),
        ("OPENING SPEECH BY HIS EXCELLENCY MR JEAN-LUC MBARGA, MINISTER OF POSTS", "Jean-Luc Mbarga", "Minister of Posts"),  # noqa: E501
        ("POLICY STATEMENT BY H.E. MR. AMADOU SY-BERG, MINISTER OF NEW TECHNOLOGIES", "Amadou Sy-Berg",
         "Minister of New Technologies"),
    ],
)  # fmt: skip
def test_a_heading_in_capitals_names_its_speaker(heading: str, name: str, title: str) -> None:
    report = make_report(heading, "Mr Chairman, distinguished delegates, we thank you.", "Thank you.")
    person = next(p for p in find_actors(report, None).persons if p.name == name)
    assert title in person.job_titles


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Mr Tomas Arvidsen, Vice-Minister Of, Kenya, opened the meeting.", "Tomas Arvidsen", "Vice-Minister"),
        ("Speakers: Ms Lina Varga, Deputy Director for, Peru.", "Lina Varga", "Deputy Director"),
        ("Dr Ruth Mbeki, Senior Adviser To The, Office of Lands (Ghana), spoke.", "Ruth Mbeki", "Senior Adviser"),
    ],
)
def test_a_job_title_cut_short_drops_the_small_words_at_its_end(text: str, name: str, title: str) -> None:
    """``casing.without_small_ends`` on every job title a person is given (``_PersonDraft.add_title``)."""
    (found,) = [p for p in find_actors(one_section_report(text), "tdag").persons if p.name == name]
    assert found.job_titles[0].split(",")[0] == title

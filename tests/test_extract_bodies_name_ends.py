"""Bodies: where a name ends (companies, a person before ``of the``, ``for X in
Y``, a body after a bracketed acronym, a secretariat ``of`` an acronym, sentence openers), bodies
numbered by a letter, and names that mention no body (a UN organ cited as the issuer of its
resolution, a session of a conference given by its venue or a verb of holding). Invented examples."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.bodies import find_bodies
from wsiskg.ingest.extract.body_form_names import _named_by_form
from wsiskg.ingest.extract.body_prose_groups import _prose_groups
from wsiskg.ingest.extract.gazetteer import bodies as gazetteer_bodies


def _keys(*texts: str, meeting_body: str | None = None) -> set[str]:
    return {b.key for b in find_bodies(one_section_report(*texts), meeting_body)}


def _names(*texts: str, meeting_body: str | None = None) -> set[str]:
    found = find_bodies(one_section_report(*texts), meeting_body)
    return {b.name for b in found if b.key not in gazetteer_bodies()}


# ----------------------------------------------------------------------------- where a name ends


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("in partnership with Fjordnett Connect AS (Norway), the pilot", "Fjordnett Connect AS"),
        ("the company Vestland Telekom ASA and two others", "Vestland Telekom ASA"),
        ("Ms Wanjiru, Policy Lead, Kilima Mobile PLC", "Kilima Mobile PLC"),
        ("a contribution from Pampas Redes S.A. was noted", "Pampas Redes S.A."),
        ("one from Zhongxing Data Technologies Co., Ltd., recalled it", "Zhongxing Data Technologies Co., Ltd."),
        ("the mobile operator Savanna Group Limited.", "Savanna Group Limited"),
        ("Mr Weber of Alpenfunk GmbH presented it", "Alpenfunk GmbH"),
    ],
)
def test_a_company_is_named_by_its_legal_form(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (("Council Working Group on Spectrum Pricing Fourth meeting, Geneva, 3 May 2031", "Peru submits this."),
         "Council Working Group on Spectrum Pricing"),
        (("Expert Group on Rural Access Twenty-first meeting - Lima, 4-5 June 2030", "Chile submits this."),
         "Expert Group on Rural Access"),
        (("The Expert Group on Coastal Cables Tenth Meeting adopted its report.",), "Expert Group on Coastal Cables"),
        (("Task Force on Island Connectivity Second Session (Apia)", "Samoa submits this."),
         "Task Force on Island Connectivity"),
        # an ordinal that is a word of the name, before no event noun: kept
        (("The Regional Commission on Third Generation Networks adopted it.",),
         "Regional Commission on Third Generation Networks"),
    ],
)  # fmt: skip
def test_a_name_ends_before_the_ordinal_of_its_session(texts: tuple[str, ...], name: str) -> None:
    assert name in _names(*texts)


def test_a_heading_in_capitals_is_no_company() -> None:
    assert _named_by_form("REPORT AS ADOPTED BY THE GROUP") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Professor Lind of Halvorsen University, who will moderate", "Halvorsen University"),
        ("Ms Mette Nørgaard of the Faroese Agency for Digitisation, who chaired it", "Faroese Agency for Digitisation"),
        ("H.E. Mr Ode of the Rural Spectrum Authority said", "Rural Spectrum Authority"),
        ("Dr Ana Ruiz-Soto of the Ministry of Posts said", "Ministry of Posts"),
    ],
)
def test_a_body_after_a_persons_name_and_of_is_the_persons_body(text: str, name: str) -> None:
    # a capitalised word before "of the" is no longer name's start when it ends a person's name
    assert [n for n, _ in _named_by_form(text)] == [name]


def test_a_name_before_of_that_is_no_person_still_hides_a_fragment() -> None:
    assert _named_by_form("the World Summit on the Information Society") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "for X in Y": the domain of the purpose is part of the name
        (
            "with LINKS, the Global Alliance for Women in the Digital Economy), and",
            "Global Alliance for Women in the Digital Economy",
        ),
        ("trained with the Nordic Society for Research in Education and", "Nordic Society for Research in Education"),
        # an office named by its kind only is told apart by its city
        ("the Head of our Area Office in Lima, Mr X, said", "Area Office in Lima"),
        # else "in" places the body, and never names a country
        ("the Ministry of ICT in Kenya said", "Ministry of ICT"),
        ("the Centre for Excellence in Ghana said", "Centre for Excellence"),
    ],
)
def test_in_continues_a_name_only_after_its_purpose(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


def test_and_the_joins_a_last_place_word_not_another_body() -> None:
    assert [n for n, _ in _named_by_form("with the Baltic Society for Media in Schools and the Council of Europe")] == [
        "Baltic Society for Media in Schools",
        "Council of Europe",
    ]
    assert [n for n, _ in _named_by_form("the Office for Asia and the Pacific met")] == [
        "Office for Asia and the Pacific"
    ]


def test_a_word_in_camel_case_goes_on_a_name() -> None:
    assert [
        n for n, _ in _named_by_form("Ms Kvale, Senior Adviser, Icelandic Directorate of eHealth (Iceland), said")
    ] == ["Icelandic Directorate of eHealth"]


@pytest.mark.parametrize(
    "text",
    [
        "Since Council 2031, the Union has grown.",
        "Under Council 2029 rules, it applies.",
        "Following Council 2031, the group met.",
    ],
)
def test_a_word_that_opens_the_sentence_is_no_part_of_a_name(text: str) -> None:
    assert _named_by_form(text) == []


def test_a_misspelt_name_before_a_catalogue_acronym_is_that_body() -> None:
    text = "The United Nations Educational, Scientific and Cu1tural Organization (UNESCO) spoke."
    assert _named_by_form(text) == []
    assert "unesco" in _keys(text)
    # an acronym the catalogue has for another body: the name is a body of its own
    assert _named_by_form("a workshop organised by the Eritrean Communications Authority (ECA) on 5 May") == [
        ("Eritrean Communications Authority", ("Authority", "organization", "body"))
    ]


def test_a_body_named_after_a_bracketed_acronym_takes_the_acronym() -> None:
    text = "on the work of the Internet Governance Forum (IGF) Dynamic Coalition on Community Radio and on"
    assert [n for n, _ in _named_by_form(text)] == ["IGF Dynamic Coalition on Community Radio"]


def test_a_secretariat_of_an_acronym_and_its_short_form() -> None:
    names = _names(
        "The Director of the Executive Secretariat of GAID said that the Executive Secretariat would report.",
        "The Executive Secretariat agreed.",
    )
    assert names == {"Executive Secretariat of GAID"}
    # a secretariat with any other tail is no name of its own
    assert _named_by_form("the Joint Secretariat for the Review met") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Moderated by Ms Verbeke, Head of Unit, Directorate-General for Energy, Transport and Networks (DG ETN) "
            "of the Commission",
            "Directorate-General for Energy, Transport and Networks",
        ),
    ],
)
def test_a_directorate_general_leads_its_name(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


# ----------------------------------------------------------------------------- bodies of a meeting


def test_bodies_numbered_by_a_letter_or_sub_groups_are_keyed_within_the_meeting() -> None:
    found = _names(
        "At its first plenary, the Conference established Sub-Committee B and Sub-group 3.",
        meeting_body="wtdc",
    )
    assert found == {"Sub-Committee B", "Sub-group 3"}
    assert {k for k in _keys("Sub-Committee B met.", meeting_body="wtdc") if k.startswith("wtdc-")} == {
        "wtdc-sub-committee-b"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "TSAG set up an informal group on remote participation and appointed Ms Roa to lead it.",
            "informal group on remote participation",
        ),
        (
            "RAG created an ad hoc group on fee schedules and designated Mr Lin as its convener.",
            "ad hoc group on fee schedules",
        ),
        # "and" inside the topic stays
        ("A drafting group on WSIS and the 2040 Agenda was set up.", "drafting group on WSIS and the 2040 Agenda"),
        # a dash between spaces ends the topic (a document's symbol after it)
        ("Report of the drafting group on Resolution 88 - DT/12", "drafting group on Resolution 88"),
    ],
)
def test_a_prose_groups_topic_ends_before_and_and_a_verb(text: str, name: str) -> None:
    assert _prose_groups(text) == [name]


# ----------------------------------------------------------------------------- names that mention no body


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("in line with General Assembly resolution A/RES/71/212", "unga"),
        ("The Group recalled United Nations General Assembly resolution 65/141.", "unga"),
        ("ECOSOC resolution 2011/16 was noted.", "ecosoc"),
        ("prepared pursuant to Economic and Social Council resolution E/RES/2030/4", "ecosoc"),
        ("see resolution 64/211 of the General Assembly on cybersecurity", "unga"),
    ],
)
def test_a_un_organ_named_only_as_the_issuer_of_its_resolution_is_no_mention(text: str, key: str) -> None:
    assert key not in _keys(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The General Assembly, in its resolution 60/252, asked ITU to act.", "unga"),
        ("In resolution A/RES/70/125 the General Assembly called on all stakeholders.", "unga"),
        ("The report will go to ECOSOC in July.", "ecosoc"),
    ],
)
def test_a_un_organ_named_as_an_actor_is_a_mention(text: str, key: str) -> None:
    assert key in _keys(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "under Resolutions 140 (Rev. Busan, 2014), 139 (Rev. Busan, 2014) and 172 (Guadalajara, 2010) of the "
            "Plenipotentiary Conference",
            "itu-pp",
        ),
        ("with Resolution ITU-R 9-4 of the Radiocommunication Assembly, which instructs", "ra"),
    ],
)
def test_a_conference_after_a_list_of_its_resolutions_is_no_mention(text: str, key: str) -> None:
    assert key not in _keys(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the regional initiatives adopted by the World Telecommunication Development Conference (Doha, 2030)", "wtdc"),
        ("since the World Telecommunication Development Conference held in Lima from 3 to 14 May 2033", "wtdc"),
        ("The World Telecommunication Development Conference, to be held in Accra, will decide.", "wtdc"),
        ("In Resolution 140 the Plenipotentiary Conference, which met from 26 to 30 May 2031, asked", "itu-pp"),
    ],
)
def test_a_conference_given_by_its_venue_or_a_verb_of_holding_is_a_session(text: str, key: str) -> None:
    assert key not in _keys(text)


def test_the_issuer_opening_a_resolution_text_and_the_body_of_a_session_are_no_organisations() -> None:
    # decision 26: a conference is the issuer of its text or an event, no organisation
    assert "wtsa" not in _keys("The World Telecommunication Standardization Assembly (Lima, 2032),", "considering")
    assert "unesco-gc" not in _keys("the outcome of the 44th session of the General Conference of UNESCO (Paris, 2031)")
    # the body whose session it is, when no conference: named as a body
    assert "igf" in _keys("the outcome of the 19th meeting of the Internet Governance Forum (Lima, 2031)")


# ----------------------------------------------------------------------------- catalogue


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("In the Development Sector, the study groups met.", "itu-d"),
        ("the Standardization Bureau will publish it", "itu-tsb"),
        ("the Chairman of the Conference Preparatory Meeting (CPM) reported", "cpm"),
        ("speakers from the GSM Association and INTERPOL", "gsma"),
        ("speakers from the GSM Association and INTERPOL", "interpol"),
        ("liaison statements from ISO/IEC JTC 1 were noted", "iso-iec-jtc-1"),
    ],
)
def test_catalogue_bodies_and_short_names_of_the_sectors(text: str, key: str) -> None:
    assert key in _keys(text)


# ----------------------------------------------------------------------------- more heads and forms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a group's head and its topic say which group it is, whatever comes before the head
        (
            "the work of the open-ended intergovernmental Expert Group on Space Debris, which",
            "Expert Group on Space Debris",
        ),
        ("established an APT Working Group on Rural Access and", "APT Working Group on Rural Access"),
        ("immediately before the Council Working Group on Spectrum Fees.", "Council Working Group on Spectrum Fees"),
        ("the Group of Friends of the Chair met", "Group of Friends of the Chair"),
        # Team, Chapter, a Bureau that leads its name
        (
            "Head of the National Cyber Incident Response Team of Latvia (CERT-LV). Some",
            "National Cyber Incident Response Team of Latvia",
        ),
        ("President, Internet Society Bolivia Chapter", "Internet Society Bolivia Chapter"),
        ("the Bureau for Policy and Programme Support said", "Bureau for Policy and Programme Support"),
        # articles after "de", "para" for "for", a French head that comes first
        (
            "Mr Urquiza of the Instituto Paraguayo de las Telecomunicaciones (IPT) described",
            "Instituto Paraguayo de las Telecomunicaciones",
        ),
        ("the Agencia para el Desarrollo Digital reported", "Agencia para el Desarrollo Digital"),
        ("the Instance Nationale des Fréquences (INF), the regulator", "Instance Nationale des Fréquences"),
    ],
)
def test_more_heads_and_forms(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


def test_a_role_word_and_a_group_head_without_topic_name_no_body() -> None:
    assert _named_by_form("The Rapporteur Group met twice. The Working Group agreed.") == []
    # "the Group on X": the meeting body briefed on a topic
    assert _named_by_form("The representative briefed the Group on UNGIS activity.") == []


def test_an_acronym_defined_by_its_name_in_brackets_after_it() -> None:
    found = {
        b.key: (b.name, b.acronym)
        for b in find_bodies(
            one_section_report(
                "a drill held jointly with SADEN (Southern African Digital Emergency Network), and SADEN reported."
            ),
            None,
        )
    }
    assert found == {"saden": ("Southern African Digital Emergency Network", "SADEN")}
    # the initials must spell the acronym, and a head noun must name a body
    assert _keys("the GSR (Global Symposium for Regulators) met") == set()
    assert "abc" not in _keys("the ABC (Andean Broadband Authority) met")


@pytest.mark.parametrize(
    "text",
    [
        "the decision to hold the next Internet Governance Forum (IGF) in Lima.",
        "ITU took part in the Internet Governance Forum (IGF) meetings held in Lima and Oslo.",
        "in time for the Internet Governance Forum in Lima (6-9 December 2031).",
    ],
)
def test_a_forum_named_for_its_session_or_meetings_with_its_acronym_is_no_mention(text: str) -> None:
    assert "igf" not in _keys(text)


def test_a_forum_and_its_acronym_named_as_a_body_are_a_mention() -> None:
    assert "igf" in _keys("The Internet Governance Forum (IGF) adopted its programme.")


@pytest.mark.parametrize(
    "text",
    [
        "a workshop, which will be held at the Serengeti International Convention Centre, Arusha, on 3 May",
        "The Forum took place in the Andean Conference Centre, Quito.",
    ],
)
def test_the_place_an_event_is_held_at_is_no_body(text: str) -> None:
    assert _named_by_form(text) == []


def test_a_body_that_hosts_is_still_a_body() -> None:
    assert [n for n, _ in _named_by_form("a seminar hosted by the Rural Spectrum Authority")] == [
        "Rural Spectrum Authority"
    ]


@pytest.mark.parametrize(
    "text", ["Ethical dimensions of the Information Society", "towards inclusive Knowledge Societies"]
)
def test_a_wsis_concept_is_no_body(text: str) -> None:
    assert _named_by_form(text) == []


def test_a_slash_joins_words_of_a_name_and_joint_owners_are_no_part_of_it() -> None:
    assert [n for n, _ in _named_by_form("Regarding the Expert Group on Radio/TV Indicators, it")] == [
        "Expert Group on Radio/TV Indicators"
    ]
    assert [n for n, _ in _named_by_form("the ITU/UNESCO Digital Skills Alliance met")] == ["Digital Skills Alliance"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The UNESCO-hosted review event met.", "unesco"),
        ("the UNDP-funded project", "undp"),
        ("an ITU-led study", "itu"),
    ],
)
def test_a_body_glued_to_a_participle_is_a_mention(text: str, key: str) -> None:
    assert key in _keys(text)


def test_a_body_glued_to_a_code_is_no_mention() -> None:
    assert _keys("WTSA-20 decided it; ITU-T and UNESCO-2030 too.") == {"itu-t"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "the" and a proper noun end no name: the noun in lower case after them is its last word
        ("the Preparatory Committee for the Lisbon phase (PC-1) met", "Preparatory Committee for the Lisbon phase"),
        (
            "sent to the Organizing Committee of the Nairobi edition at its meeting",
            "Organizing Committee of the Nairobi edition",
        ),
        # a topic's noun in lower case after "on" and a capitalised word
        ("the chair of the Andean Group on Spectrum matters, assisted by", "Andean Group on Spectrum matters"),
        # not a verb, not after a name that ends otherwise
        ("the Ministry of the Interior said.", "Ministry of the Interior"),
        ("the Rural Spectrum Authority officials, and", "Rural Spectrum Authority"),
    ],
)
def test_a_name_ending_in_the_and_a_proper_noun_takes_the_word_after(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a head before "and" ends one name, the next starts after it
        (
            "with Makerere University and Fundación Horizonte para la Inclusión Digital (Peru).",
            ["Makerere University", "Fundación Horizonte para la Inclusión Digital"],
        ),
        ("the Tonga Film Commission and Rural Radio Authority", ["Tonga Film Commission", "Rural Radio Authority"]),
        # a list before one head stays one name
        ("the Strategic Planning and Membership Department", ["Strategic Planning and Membership Department"]),
    ],
)
def test_two_names_joined_by_and_after_a_head(text: str, names: list[str]) -> None:
    assert [n for n, _ in _named_by_form(text)] == names


def test_a_body_a_unit_belongs_to_is_no_short_form_of_the_unit() -> None:
    text = (
        "Ms Oh, Adviser, Andean Broadcasting Commission, spoke. The Council of the Andean Broadcasting Commission met."
    )
    assert "Andean Broadcasting Commission" in _names(text)


def test_a_ministers_portfolio_after_and_the_is_no_body() -> None:
    text = "H.E. Ms Ana Vera, Minister of Telecommunications and the Knowledge Society of Ruritania, spoke."
    assert _named_by_form(text) == []
    assert [n for n, _ in _named_by_form("Ms Roa, Director of Finance, and the Kenya Film Commission")] == [
        "Kenya Film Commission"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ms Kerstin Aalto, Chief, Division for Rural Administration and Land Management, FAO, opened the session.",
        "Mr Tomas Rivas, Division for Rural Administration and Land Management, spoke on land registers.",
    ],
)
def test_a_head_before_for_after_a_comma_starts_its_name(text: str) -> None:
    # not "Division for Rural" before the head "Administration"
    assert "division-for-rural-administration-and-land-management" in _keys(text)


# ------------------------------------------- a list in a name in another language
@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "A proposal of the Ministério da Cultura, Turismo e Comunicações (MCTC) of Lusitania was noted.",
            "Ministério da Cultura, Turismo e Comunicações",
            "MCTC",
        ),
        (
            "Ms Ana Paz, Ministério da Cultura, Turismo e Comunicações, Lusitania",
            "Ministério da Cultura, Turismo e Comunicações",
            None,
        ),
        (
            "the Ministerio de Obras, Transportes y Telecomunicaciones (MOTT) presented its plan",
            "Ministerio de Obras, Transportes y Telecomunicaciones",
            "MOTT",
        ),
        (
            "supported by the Ministerio de Industria, Energía e Innovación",
            "Ministerio de Industria, Energía e Innovación",
            None,
        ),
    ],
)
def test_a_list_closed_by_another_languages_and_stays_in_the_name(text: str, name: str, acronym: str | None) -> None:
    found = {b.name: b.acronym for b in find_bodies(one_section_report(text), None)}
    assert name in found and found[name] == acronym


# ------------------------------------------------------- a topic in lower case after "on" and a capital


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Correspondence Group on WTSA-28 preparation met twice.", "Correspondence Group on WTSA-28 preparation"),
        ("the report of the Drafting Group on ITU-R working methods.", "Drafting Group on ITU-R working methods"),
        (
            "TSAG instructed the Ad Hoc Group on IPv6 deployment to report by June.",
            "Ad Hoc Group on IPv6 deployment",
        ),
        ("The APT Commission on ITU matters approved the proposal.", "APT Commission on ITU matters"),
        ("the Expert Group on ICT household statistics, which met in May", "Expert Group on ICT household statistics"),
        (
            "the CEPT Working Group on WRC-31 preparation in Vilnius on 3 May",
            "CEPT Working Group on WRC-31 preparation",
        ),
        (
            "The Task Force on AI-enabled public policy issues (TF-AI) met.",
            "Task Force on AI-enabled public policy issues",
        ),
    ],
)
def test_a_groups_topic_goes_on_in_lower_case_to_a_topic_noun(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Working Group on Spectrum together with the Bureau", "Working Group on Spectrum"),
        ("The Committee on Budget also approved it.", "Committee on Budget"),
        ("the Study Group on IMT meeting held in Geneva", "Study Group on IMT"),
        ("The Focus Group on ICT policy makers met.", "Focus Group on ICT"),
        ("The Rapporteur Group on Numbering continues its work.", "Rapporteur Group on Numbering"),
    ],
)
def test_a_groups_topic_stops_before_a_verb_a_meeting_or_a_non_topic_word(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The State Agency of Informatization under the Cabinet of Ministers of the Republic of Ruritania spoke.",
            "State Agency of Informatization under the Cabinet of Ministers of the Republic of Ruritania",
        ),
        (
            "a reply from the National Frequency Agency under the Government of Borduria, dated 3 May",
            "National Frequency Agency under the Government of Borduria",
        ),
        (
            "The Digital Development Agency under the President of the Republic of Syldavia",
            "Digital Development Agency under the President of the Republic of Syldavia",
        ),
        ("The Working Group on Numbering under the Chairmanship of Ms Ito met.", "Working Group on Numbering"),
    ],
)
def test_an_agency_under_the_body_it_reports_to_runs_to_the_end_of_that_body(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


def test_a_bare_heads_on_is_a_verbs_complement_not_a_topic() -> None:
    assert [n for n, _ in _named_by_form("to report to the Assembly on ICT development each year")] != [
        "Assembly on ICT development"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ms Lupu, Ministry of Transport, Posts and Information Society of Ruritania, said",
            "Ministry of Transport, Posts and Information Society of Ruritania",
        ),
        (
            "the Ministry of Education, Science and Knowledge Society welcomed it",
            "Ministry of Education, Science and Knowledge Society",
        ),
        (
            "The Ministry of Youth, Sport and Civil Society of Borduria replied.",
            "Ministry of Youth, Sport and Civil Society of Borduria",
        ),
    ],
)
def test_a_ministrys_list_ending_in_a_concept_stays_one_name(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


def test_a_unit_and_the_sector_it_belongs_to_stay_two_names() -> None:
    assert [n for n, _ in _named_by_form("Section for Open Access, Culture and Information Sector")] == [
        "Section for Open Access",
        "Culture and Information Sector",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Joint Rapporteur Group on IMT-2030 met in Kigali.", "Joint Rapporteur Group on IMT-2030"),
        (
            "the TSAG Rapporteur Group on Regional Participation, which met",
            "TSAG Rapporteur Group on Regional Participation",
        ),
        ("The Spectrum Pricing Rapporteur Group reported.", "Spectrum Pricing Rapporteur Group"),
        ("Lena Berg Director Coastal Radio Authority", "Coastal Radio Authority"),
    ],
)
def test_a_role_word_right_before_a_groups_head_belongs_to_its_name(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


def test_a_number_that_opens_the_sentence_is_no_part_of_a_name() -> None:
    assert _named_by_form("Two Rapporteur Group meetings for Question 9/1 were held.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Agentur für Offene Netze of Austria presented its study.", "Agentur für Offene Netze"),
        ("The Comisión de Redes Rurales of the Republic of Peru presented its study.", "Comisión de Redes Rurales"),
        ("A study by the Instituto Nacional de Dados e Redes of Mozambique was presented.",
         "Instituto Nacional de Dados e Redes"),
        ("The Ministry of Rural Networks of the Republic of Ghana presented its study.",
         "Ministry of Rural Networks of the Republic of Ghana"),  # English: the country is the name's (decision 16)
    ],
)  # fmt: skip
def test_a_name_in_another_language_ends_before_an_english_country(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Council asked the Working Group to set up a unit for data in schools (UDS)",
        "The Council asked the Task Force to run a desk for help with tariffs (DHT)",
        "The Council asked the Expert Group to open a centre for trust by design (CTD)",
    ],
)
def test_an_acronym_spelt_by_a_tails_last_words_past_any_small_word_is_the_tails(text: str) -> None:
    """The last words of a tail in lower case spell the acronym after them past every small word
    (:func:`.casing.small_words`, was its own list without ``in``, ``with``, ``by``): the acronym is
    theirs, and the group before them is no body named by it."""
    from wsiskg.ingest.extract.bodies_by_acronym import _lower_tail_name

    acronym = text[text.index("(") + 1 : -1]
    assert _lower_tail_name(text, text.index("("), acronym, None) is None


@pytest.mark.parametrize(
    ("text", "keys", "name"),
    [
        (
            "The Group invited ITU and the Inter-American Broadband Fund (IBF) to support the national plans.",
            {"itu", "ibf"},
            "Inter-American Broadband Fund",
        ),
        (
            "URGE APT and the Asian Infrastructure Investment Bank (AIB) to fund school connectivity;",
            {"apt", "aib"},
            "Asian Infrastructure Investment Bank",
        ),
        (
            "Thanks went to ITU-D and the Inter-Regional Digital Skills Agency (IDSA) for their support.",
            {"itu-d", "idsa"},
            "Inter-Regional Digital Skills Agency",
        ),
    ],
)
def test_an_acronym_and_the_name_an_acronym_defines_are_two_bodies(text: str, keys: set[str], name: str) -> None:
    """``X and the Y (ACR)``: when the letters spell neither name whole (``Inter-American`` gives two) and ``X``, an
    acronym opening with the same letter, is none of them, ``X`` is a body of its own and ``ACR`` names ``Y`` alone
    (not ``ITU and the ...``); an acronym the letters hold stays in the name."""
    assert _keys(text) >= keys
    assert _names(text) == {name}


def test_an_acronym_the_letters_hold_stays_in_the_name() -> None:
    assert _names("The Group thanked the ICT and Innovation Authority (ICTIA) for hosting.") == {
        "ICT and Innovation Authority"
    }

"""Bodies outside the catalogue (issue 8, Part 2 item 1): recognised by form, linked to the
catalogue when known, never cut before their last words, and not over-generated (the secretariat
of a named body, a bare "the Secretariat", "the United Nations system"). Invented examples."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.bodies import BodyMatcher, find_bodies, find_defined
from wsiskg.ingest.extract.body_form_names import _named_by_form
from wsiskg.ingest.extract.date_vocabulary import held_words, occurring_words
from wsiskg.ingest.extract.gazetteer import bodies as gazetteer_bodies


def _new(*texts: str, meeting_body: str | None = None) -> dict[str, tuple[str, str | None]]:
    """key -> (name, acronym) of the bodies found that the catalogue does not know."""
    found = find_bodies(one_section_report(*texts), meeting_body)
    return {b.key: (b.name, b.acronym) for b in found if b.key not in gazetteer_bodies()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a list of portfolios closed by "and" is one name
        (
            "Ms Lee thanked the Ministry of Fisheries, Energy, Climate Change and Transport of Palau for its work.",
            "Ministry of Fisheries, Energy, Climate Change and Transport of Palau",
        ),
        # "and the" before the last word of a region
        ("the Andean Regional Office for Latin America and the Caribbean, which", None),
        # head nouns that lead ("Court of ...", "League of ..."), new heads (Consortium, Division, Unit)
        ("The Nordic Court of Auditors reviewed it.", "Nordic Court of Auditors"),
        ("The Open Metadata Consortium will reply.", "Open Metadata Consortium"),
        ("The Spectrum Economics Division presented it.", "Spectrum Economics Division"),
        ("the Digital Inclusion Unit, which", "Digital Inclusion Unit"),
        ("the Pacific Island Broadcasting Community agreed", "Pacific Island Broadcasting Community"),
    ],
)
def test_a_name_is_never_cut_before_its_last_words(text: str, name: str | None) -> None:
    expected = name or "Andean Regional Office for Latin America and the Caribbean"
    assert [n for n, _ in _named_by_form(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "the" after any connector of the tail
        (
            "Mr Rossi, Director of the Nordic Institute for Research on the Economics of the Internet (NIREI), spoke",
            ["Nordic Institute for Research on the Economics of the Internet"],
        ),
        (
            "the Joint Council of Heads of Regulators of the ATU agreed",
            ["Joint Council of Heads of Regulators of the ATU"],
        ),
        # after a title: "Chief of the X Department" names the department
        (
            "Ms Ode, Chief of the Spectrum Pricing and Planning Department, said",
            ["Spectrum Pricing and Planning Department"],
        ),
        # a unit and the body it belongs to: the unit; a body the catalogue lacks is a body too
        (
            "Head of the Broadband Indicators Division of the Telecommunication Development Bureau, opened it",
            ["Broadband Indicators Division"],
        ),
        (
            "the Department of Postal Services of the Ministry of Digital Affairs of Ruritania reported",
            ["Department of Postal Services", "Ministry of Digital Affairs of Ruritania"],
        ),
        # "of the COUNTRY" after a person's post belongs to the ministry's name too (decision 16)
        (
            "Ms Ode, Adviser, Ministry of Science and Innovation of the United Republic of Tanzania",
            ["Ministry of Science and Innovation of the United Republic of Tanzania"],
        ),
        # a head alone is no unit: the whole name
        ("designated by the Board of the Preparatory Committee at", ["Board of the Preparatory Committee"]),
        # a group of a body named by its head and the words before it (round 38): the group, and that body
        (
            "prepared by the Project Team on Spectrum and Radio of the Nordic Telecom Council for",
            ["Project Team on Spectrum and Radio", "Nordic Telecom Council"],
        ),
        (
            "the Task Force on Rural Access of the APT Committee for Regional Policy agreed",
            ["Task Force on Rural Access", "APT Committee for Regional Policy"],
        ),
        (
            "chaired the Expert Group on Tariffs of the Andean Regulators Network in May",
            ["Expert Group on Tariffs", "Andean Regulators Network"],
        ),
        # the group of a body any body may have stays whole with it (a generic unit)
        (
            "the Working Group on Tariffs of the Executive Committee met",
            ["Working Group on Tariffs of the Executive Committee"],
        ),
    ],
)
def test_a_unit_is_named_apart_from_the_body_it_belongs_to(text: str, names: list[str]) -> None:
    assert [n for n, _ in _named_by_form(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # heads that lead their name: University, Division, Institute, Centre, Academy, Service ...
        ("in partnership with the University of the Andes Mérida", "University of the Andes Mérida"),
        ("Mr Dahl, Director, Division for Digital Public Goods, UNDP, said", "Division for Digital Public Goods"),
        (
            "the Federal Service for Oversight of Broadcasting (FSOB) and",
            "Federal Service for Oversight of Broadcasting",
        ),
        (
            "students of the Baltic State Academy of Telecommunications took part",
            "Baltic State Academy of Telecommunications",
        ),
        ("to the BR Study Support Service by 3 May", "BR Study Support Service"),
        # a project team with its topic, like a task force (round 38): "Project" is a head of its own
        ("The Project Team on Spectrum Pricing met in May.", "Project Team on Spectrum Pricing"),
        ("Mr A, Chair of the Project Team on Rural Connectivity, reported", "Project Team on Rural Connectivity"),
        ("The APT Project Team on Digital Skills agreed", "APT Project Team on Digital Skills"),
        # a trust, a cooperative
        ("Ms Ana Lobo, Director of the Sahel Community Radio Trust, said", "Sahel Community Radio Trust"),
        ("the Andes Rural Telecom Cooperative won the prize", "Andes Rural Telecom Cooperative"),
        # a signature run into its body: the person and the post are no part of the name
        ("Ingrid Vale Director Rural Spectrum Authority", "Rural Spectrum Authority"),
        # an expert panel is a body, as an expert group is
        ("The Expert Panel on Spectrum Pricing met twice in 2031.", "Expert Panel on Spectrum Pricing"),
        ("The Expert Panel on Satellite Orbits (EPSO) was created in 2030.", "Expert Panel on Satellite Orbits"),
        ("the chair of the Expert Panel for Rural Broadband presented", "Expert Panel for Rural Broadband"),
    ],
)
def test_bodies_by_their_head_nouns(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # names in other languages: the head first, "de"/"des"/"für" for "of", "et"/"y" for "and"
        (
            "Contact: Ana Lobo, Secretaría de Comunicaciones y Transportes, Mexico",
            "Secretaría de Comunicaciones y Transportes",
        ),
        (
            "the Agence Nationale des Fréquences et des Postes presented it",
            "Agence Nationale des Fréquences et des Postes",
        ),
        ("Prof. Lind, Universidade Federal de Pernambuco, spoke", "Universidade Federal de Pernambuco"),
        ("| Fundación Conecta Andes | | Peru", "Fundación Conecta Andes"),
        ("the Bundesamt für Kommunikation reported", "Bundesamt für Kommunikation"),
        # more heads that come first; "en"/"em" for "in" inside a name
        ("the Ente Regional de Radiodifusión agreed", "Ente Regional de Radiodifusión"),
        ("Ms Ruiz, Unidad de Gobierno Digital, said", "Unidad de Gobierno Digital"),
        (
            "the Organismo Regulador de Servicios en Telecomunicaciones reported",
            "Organismo Regulador de Servicios en Telecomunicaciones",
        ),
        ("the Rede Nacional de Mulheres em Ciência", None),  # no head noun
        ("the Comité Nacional de Numeración met", "Comité Nacional de Numeración"),
    ],
)
def test_bodies_named_in_other_languages(text: str, name: str | None) -> None:
    assert [n for n, _ in _named_by_form(text)] == ([name] if name else [])


def test_a_name_in_another_language_defined_by_its_acronym() -> None:
    found = _new("Mr Ruiz of the Comisión Nacional de Telecomunicaciones (CONATEL) of Honduras spoke.")
    assert found == {"conatel": ("Comisión Nacional de Telecomunicaciones", "CONATEL")}


def test_the_name_before_a_bracket_that_is_no_acronym_is_still_a_body() -> None:
    # "(Document ...)" after a name, and an acronym with one capital: the name is read by its form
    found = _new(
        "Contributions came from the Baltic Broadcasting Union (Document CWG-COP-21/4) and the "
        "Ministry of Digital Affairs and Informatics (Digitalinfo)."
    )
    assert set(found) == {"baltic-broadcasting-union", "ministry-of-digital-affairs-and-informatics"}


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        # an acronym in another language keeps the whole name
        (
            "the Andean Telecommunication Forum Commission (COMTELAN) met",
            "comtelan",
            "Andean Telecommunication Forum Commission",
        ),
        ("the Federal Office of Spectrum (OFSPEC) spoke", "ofspec", "Federal Office of Spectrum"),
        # two names joined by "and the": the one the letters spell
        ("Norway and the Baltic-Nordic Telecommunity (BNT) met", "bnt", "Baltic-Nordic Telecommunity"),
        ("Members of the Caribbean Postal Union (CPU) agreed", "cpu", "Caribbean Postal Union"),
        # a list inside the name, before its acronym
        (
            "its Rapporteur Group on Budget, Audit and Oversight (RG-BAO) will report",
            "rg-bao",
            "Rapporteur Group on Budget, Audit and Oversight",
        ),
        # the last words in lower case
        (
            "to create a Focus Group on quantum-safe networks (FG-QSN).",
            "fg-qsn",
            "Focus Group on quantum-safe networks",
        ),
        (
            "the Joint Coordination Group on matters of common concern (JCG-MCC).",
            "jcg-mcc",
            "Joint Coordination Group on matters of common concern",
        ),
    ],
)
def test_a_defined_acronym_names_the_whole_body(text: str, key: str, name: str) -> None:
    found = _new(text)
    assert found[key] == (name, key.upper())
    assert len(found) == 1  # no second, shorter body read by its form


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Group asked Ms Ilves to chair an ad hoc group on satellite filings, which met twice.",
            "ad hoc group on satellite filings",
        ),
        (
            "Mr Roa, who led the correspondence group on the draft Nairobi Statement, reported.",
            "correspondence group on the draft Nairobi Statement",
        ),
        ("A drafting group on WSIS and the 2040 Agenda was set up.", "drafting group on WSIS and the 2040 Agenda"),
        ("the leader of the sub-group on schools using broadband presented it", "sub-group on schools using broadband"),
        # a working group or rapporteur group in prose, the acronym of its parent before it
        ("Ms Ode chairs the working group on spectrum sharing (band plans) and", "working group on spectrum sharing"),
        (
            "TDAG agreed to create a Rapporteur group on regional offices, with terms",
            "Rapporteur group on regional offices",
        ),
        (
            "experts for the TDAG Rapporteur group on budget planning, which meets",
            "TDAG Rapporteur group on budget planning",
        ),
    ],
)
def test_a_group_named_in_prose_is_a_body_of_the_meeting(text: str, name: str) -> None:
    found = {b.key: b for b in find_bodies(one_section_report(text), "tdag")}
    (group,) = [b for b in found.values() if b.kind == "working-group" and b.key != "tdag"]
    assert (group.name, group.parent) == (name, "tdag")
    assert group.key.startswith("tdag-")  # keyed within the meeting body


def test_a_working_group_named_by_its_form_or_acronym_is_no_prose_group() -> None:
    text = "It set up the Working Group on Spectrum Sharing (WG-SS), which met. The Working Group on Tariffs met."
    found = {b.key: b.name for b in find_bodies(one_section_report(text), "tdag")}
    assert found == {
        "wg-ss": "Working Group on Spectrum Sharing",
        "working-group-on-tariffs": "Working Group on Tariffs",
    }


def test_a_group_without_a_topic_is_no_body() -> None:
    text = "An ad hoc group will be set up. The drafting group met. A group on X."
    assert [b.key for b in find_bodies(one_section_report(text), "tdag")] == []


def test_bodies_numbered_within_their_meeting_are_keyed_within_it() -> None:
    found = _new(
        "Committee 4 approved the text; Sub-Committee 2 and the Standing Consultative Committee II met.",
        meeting_body="wtdc",
    )
    assert found == {
        "wtdc-committee-4": ("Committee 4", None),
        "wtdc-sub-committee-2": ("Sub-Committee 2", None),
        "wtdc-standing-consultative-committee-ii": ("Standing Consultative Committee II", None),
    }
    assert _new("Committee 2.5 of the plan and the Committee 12/3.", meeting_body="wtdc") == {}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Chairman of Working Party 2, Ms Ana Lobo, reported; Working Party 3 reviewed Resolution 12.",
         {"Working Party 2", "Working Party 3"}),
        ("Working Group A on infrastructure, chaired by Mr Bo Li, and Working Group B on skills met.",
         {"Working Group A", "Working Group B"}),
        ("Sub-Working Group 4B-2 and Working Group 4A-1 met; Working Party 1/TSAG (Working methods) met.",
         {"Sub-Working Group 4B-2", "Working Group 4A-1", "Working Party 1/TSAG (Working methods)"}),
    ],
)  # fmt: skip
def test_working_parties_and_groups_numbered_or_lettered_within_their_meeting(text: str, names: set[str]) -> None:
    """A working party or group numbered (or lettered) within a meeting that is no Sector's study group:
    a body of that meeting, as ``Committee 4`` is."""
    assert {name for name, _ in _new(text, meeting_body="apt").values()} == names


def test_a_lettered_name_that_is_no_unit_names_no_body() -> None:
    assert (
        _new("The Working Group I chaired last year met. The Working Group Ireland hosted met.", meeting_body="apt")
        == {}
    )


def test_a_role_word_and_a_head_name_no_body() -> None:
    assert _named_by_form("The Rapporteur Group met twice. The Chairman's Group agreed.") == []


def test_the_secretariat_of_a_named_body_is_that_body() -> None:
    m = BodyMatcher("cwg-internet")
    spans = m.spans("The Council requested the UNCTAD secretariat and the Secretariat to report.")
    assert [(s.keys[0], s.text) for s in spans] == [
        ("itu-council", "Council"),
        ("unctad", "UNCTAD secretariat"),
        ("cwg-internet-secretariat", "the Secretariat"),
    ]


@pytest.mark.parametrize(
    ("text", "key", "name", "parent"),
    [
        # named with a capital: the secretariat is a body of its own, part of the body
        ("The Andean Postal Union (APU) thanked the APU Secretariat.", "apu-secretariat", "APU Secretariat", "apu"),
        ("It worked with the ASEAN Secretariat in Jakarta.", "asean-secretariat", "ASEAN Secretariat", "asean"),
        ("Ms Roa, Programme Officer, CEPT Secretariat, spoke.", "cept-secretariat", "CEPT Secretariat", "cept"),
    ],
)
def test_a_secretariat_named_with_a_capital_is_a_body_of_its_own(text: str, key: str, name: str, parent: str) -> None:
    found = {b.key: b for b in find_bodies(one_section_report(text), None)}
    assert (found[key].name, found[key].kind, found[key].parent) == (name, "secretariat", parent)
    assert (parent in found) == ("(" in text)  # the body itself is mentioned only where named apart


def test_a_catalogue_secretariat_is_not_named_twice() -> None:
    found = {b.key for b in find_bodies(one_section_report("The WSIS Secretariat and the ITU Secretariat met."), None)}
    assert found == {"wsis-secretariat", "itu-gs"}


def test_a_bare_secretariat_names_no_body_of_its_own() -> None:
    # the meeting body's secretariat, not named by the text: no body record (requests to it still make one)
    found = {b.key for b in find_bodies(one_section_report("The Secretariat presented the budget."), "cwg-wsis-sdg")}
    assert "wsis-secretariat" not in found
    found = {b.key for b in find_bodies(one_section_report("The WSIS Secretariat presented it."), "cwg-wsis-sdg")}
    assert "wsis-secretariat" in found  # named: a body


def test_a_body_name_used_as_an_attribute_is_no_mention() -> None:
    found = {b.key for b in find_bodies(one_section_report("Other United Nations agencies met."), None)}
    assert "un" not in found
    for text in ("Cooperation within the United Nations System", "through UN system-wide coordination"):
        assert "un" not in {b.key for b in find_bodies(one_section_report(text), None)}
    found = {b.key for b in find_bodies(one_section_report("The United Nations and its agencies met."), None)}
    assert "un" in found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The work follows WTSA Resolution 64 (Rev. Geneva, 2022).", "wtsa"),
        ("in line with Council Resolutions 1299 and 1321", "itu-council"),
        ("It recalled Council Decision 612 on languages.", "itu-council"),
        ("under Resolution 71 (Rev. Antalya, 2006) of the Plenipotentiary Conference", "itu-pp"),
        ("see Resolutions 101, 102 and 133 of the Plenipotentiary Conference", "itu-pp"),
        ("Decision 11 (Rev. Marrakesh, 2002) of the Plenipotentiary Conference applies.", "itu-pp"),
        ("Resolution 17 of the World Telecommunication Development Conference", "wtdc"),
    ],
)
def test_a_conference_named_only_as_the_issuer_of_its_text_is_no_mention(text: str, key: str) -> None:
    assert key not in {b.key for b in find_bodies(one_section_report(text), None)}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the Council named as a body, beside a citation of its text (a conference is none: decision 26)
        ("The Council approved Council Resolution 1299.", "itu-council"),
        # a UN organ named as the actor beside its resolution (named only as its issuer: no mention,
        # tests/test_extract_bodies_name_ends.py)
        ("The General Assembly, in its resolution 60/252, asked ITU to act.", "unga"),
    ],
)
def test_a_body_named_beside_a_citation_is_a_mention(text: str, key: str) -> None:
    assert key in {b.key for b in find_bodies(one_section_report(text), None)}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The group will report to the 2034 Plenipotentiary Conference.", "itu-pp"),
        ("It was the last meeting before the World Telecommunication Development Conference (WTDC-29).", "wtdc"),
        ("the preparations for the Radiocommunication Assembly 2031 and for the next WRC", "ra"),
        ("The ninth Internet Governance Forum will be held in Nairobi.", "igf"),
        ("Delegates met during the 12th World Telecommunication/ICT Policy Forum.", "wtpf"),
    ],
)
def test_a_session_of_a_conference_or_forum_is_no_mention_of_the_body(text: str, key: str) -> None:
    assert key not in {b.key for b in find_bodies(one_section_report(text), None)}


def test_a_forum_named_as_a_body_is_a_mention_and_a_conference_is_none() -> None:
    text = "The Plenipotentiary Conference instructed the Council. The Internet Governance Forum (IGF) met."
    found = {b.key for b in find_bodies(one_section_report(text), None)}
    assert "igf" in found
    assert "itu-pp" not in found  # decision 26: a conference is an event, an issuer, a requester


@pytest.mark.parametrize(
    "text",
    [
        "The Plenipotentiary Conference adopted Resolution 71.",
        "WTSA Resolution 64 asks the WTSA to review it.",
        "The World Radiocommunication Conference instructed the Bureau to report.",
        "The Radiocommunication Assembly, in Resolution ITU-R 2, asked the study groups to act.",
        "Delegates look forward to the World Telecommunication Development Conference in Kampala.",
        "The World Telecommunication/ICT Policy Forum adopted four Opinions.",
    ],
)
def test_a_conference_is_no_organisation_decision_26(text: str) -> None:
    found = {b.key for b in find_bodies(one_section_report(text), None)}
    assert not found & {"itu-pp", "wtsa", "wrc", "ra", "wtdc", "wtpf"}


def test_a_body_that_prepares_a_conference_is_an_organisation() -> None:
    text = "The Conference Preparatory Meeting approved its report."
    assert "cpm" in {b.key for b in find_bodies(one_section_report(text), None)}


def test_the_default_body_of_a_post_is_not_mentioned() -> None:
    from wsiskg.ingest.extract import extract

    # "the Secretary-General" is ITU's, but the text does not name ITU
    lead = "The 5th meeting of the Council Working Group on Languages was held in Geneva on 3 May 2031."
    found = extract(one_section_report(lead, "The Secretary-General welcomed the delegates."))
    assert "itu" not in {b.key for b in found.bodies}
    found = extract(one_section_report(lead, "The Secretary-General of ITU welcomed the delegates."))
    assert "itu" in {b.key for b in found.bodies}


def test_catalogue_bodies_known_by_acronym_are_linked_not_created() -> None:
    found = {b.key for b in find_bodies(one_section_report("WIPO, UN Women and the ITC spoke for the UNICRI."), None)}
    assert {"wipo", "un-women", "itc", "unicri"} <= found
    assert not [d for d in find_defined(one_section_report("the World Wide Web Consortium (W3C)")) if d.key == "w3c"]


def test_a_body_whose_name_holds_a_role_word_is_the_body_not_a_post() -> None:
    from wsiskg.ingest.extract import extract

    found = extract(
        one_section_report(
            "The 3rd meeting of the Telecommunication Standardization Advisory Group was held on 4 May 2031.",
            "TSAG instructed its Rapporteur Group on Budget, Audit and Oversight (RG-BAO) to report in June.",
        )
    )
    (request,) = found.requests
    # no "Rapporteur" post, no "Audit" or "Oversight" read apart from the group's name
    assert not [a for a in request.addressees if a.kind == "post" or a.label.strip() in ("Audit", "Oversight")]


def test_a_programme_or_a_fund_is_no_body_by_its_form_alone() -> None:
    assert _named_by_form("The Rural Coders Programme and the Regional Broadband Fund were launched.") == []
    # with its acronym defined, or in the catalogue, it is one
    assert _new("the Rural Coders Programme (RCP) trained 400 teachers") == {"rcp": ("Rural Coders Programme", "RCP")}
    assert "undp" in {b.key for b in find_bodies(one_section_report("the United Nations Development Programme"), None)}


def test_a_name_whose_start_a_line_break_cut_off_is_no_body() -> None:
    # a paragraph that starts inside a longer name ("... Summit" / "on the Knowledge Society")
    assert _named_by_form("on the Knowledge Society, held in Tunis") == []
    assert _named_by_form("The Knowledge Society Network met.") == [
        ("Knowledge Society Network", ("Network", "organization", "body"))
    ]


def test_a_short_form_of_a_body_named_by_form_is_that_body() -> None:
    found = _new(
        "The Head of the Andean Regional Coordination Unit, Ms Rojas, reported.",
        "The Council thanked the Regional Coordination Unit for its work.",
    )
    assert found == {"andean-regional-coordination-unit": ("Andean Regional Coordination Unit", None)}
    report = one_section_report(
        "The Head of the Andean Regional Coordination Unit reported.", "The Regional Coordination Unit agreed."
    )
    (body,) = [b for b in find_bodies(report, None) if b.key == "andean-regional-coordination-unit"]
    assert body.paragraphs == (1, 2)  # the short form is a mention of the long one
    # two bodies the short form could be: it stays a body of its own
    found = _new("The Andean Data Unit and the Baltic Data Unit met; the Data Unit reported.")
    assert "data-unit" in found


def test_a_body_after_a_post_of_it_is_no_part_of_a_longer_name() -> None:
    assert _named_by_form("The Executive Director of the Nordic Postal Secretariat spoke.") == [
        ("Nordic Postal Secretariat", ("Secretariat", "secretariat", "body"))
    ]
    assert _named_by_form("the World Summit on the Information Society") == []


def test_the_unit_a_person_heads_is_a_body_and_the_post_is_in_it() -> None:
    from wsiskg.ingest.extract.persons import find_actors

    report = one_section_report("Ms. Ilse Marsh, Head of the Spectrum Policy Unit, Norway, spoke.")
    (person,) = find_actors(report, None).persons
    assert person.posts == ("spectrum-policy-unit/head",)


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("Dr Ana Ruiz      Rural Broadband Agency         Peru", "Rural Broadband Agency"),
        ("Mr Tomas Berg   Digital Economy Authority Sweden", "Digital Economy Authority"),
        ("Ms Lee Min   Spectrum Management Office South Africa", "Spectrum Management Office"),
    ],
)
def test_a_participants_row_cuts_the_body_at_its_columns(row: str, name: str) -> None:
    # columns aligned with spaces: the name neither starts in the person's cell nor runs into the country's
    found = [b.name for b in find_bodies(one_section_report("Participants:", row), None)]
    assert found == [name]


def test_a_body_named_with_a_country_in_prose_is_not_cut() -> None:
    found = [b.name for b in find_bodies(one_section_report("The Rural Broadband Agency Peru Office spoke."), None)]
    assert found == ["Rural Broadband Agency Peru Office"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's body runs to its last word, the country included (decision 16)
        (
            "Mr Berg, Ministry of Digital Affairs and Transport of Estonia, said",
            "Ministry of Digital Affairs and Transport of Estonia",
        ),
        (
            "Ms Ode, Director of the Office of Electronic Media of the Czech Republic",
            "Office of Electronic Media of the Czech Republic",
        ),
        (
            "Mr Sy from the Commission on Broadband Policy of the Philippines spoke",
            "Commission on Broadband Policy of the Philippines",
        ),
        (
            "the Head of the State Agency for Radio Frequencies of Bulgaria took part",
            "State Agency for Radio Frequencies of Bulgaria",
        ),
        (
            "Mr Ek, Senior Adviser under the Ministry of Infrastructure of Sweden",
            "Ministry of Infrastructure of Sweden",
        ),
        # a country after a comma is no part of it (decision 16)
        (
            "Mr Berg, Ministry of Digital Affairs and Transport, Estonia, said",
            "Ministry of Digital Affairs and Transport",
        ),
        # a body named as an actor keeps its country
        (
            "a contribution from the Ministry of Posts and ICT of Ruritania and",
            "Ministry of Posts and ICT of Ruritania",
        ),
        ("organized with the Ministry of Digital Affairs of Estonia.", "Ministry of Digital Affairs of Estonia"),
        ("the Central Bank of the Dominican Republic joined", "Central Bank of the Dominican Republic"),
        # the country as the only complement names the body, also after a person
        (
            "Ms Roa, Director, Communications Regulatory Authority of Namibia, said",
            "Communications Regulatory Authority of Namibia",
        ),
        (
            "the Telecommunications Authority of Trinidad and Tobago",
            "Telecommunications Authority of Trinidad and Tobago",
        ),
    ],
)
def test_a_country_after_a_complement_belongs_to_the_name(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # words listed by commas and closed by "and" before one head are one name
        ("Ms Obi, Chief, Data, Analytics and Foresight Section, UNDP, said", "Data, Analytics and Foresight Section"),
        ("the Legal, Finance and Procurement Department (LFP) approved", "Legal, Finance and Procurement Department"),
        # a list of countries before "and" is no part of the name
        ("Chile, Peru and Andean Spectrum Authority", "Andean Spectrum Authority"),
    ],
)
def test_a_list_before_one_head_is_one_name(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


def test_the_end_of_a_ministers_portfolio_is_no_body() -> None:
    # "Society" after "and" in a minister's title names no body of its own
    assert _named_by_form("Mr Ito, Minister of Digital Economy and Society of the Kingdom of Ruritania,") == []
    assert [n for n, _ in _named_by_form("with UNESCO and Ministry of Health officials")] == ["Ministry of Health"]
    assert [n for n, _ in _named_by_form("the RNTA and Ministry of Schools, All")] == ["Ministry of Schools"]
    # a head word before the last head is a modifier
    text = "Ms Vera Soto, Director, Rural Access and Service Directorate"
    assert [n for n, _ in _named_by_form(text)] == ["Rural Access and Service Directorate"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a unit any body may have is named with its owner
        (
            "the Steering Committee of the Alliance for Rural Connectivity met",
            "Steering Committee of the Alliance for Rural Connectivity",
        ),
        ("the Executive Committee of the APT agreed", "Executive Committee of the APT"),
        ("the Regional Office for Latin America of UNICEF", "Regional Office for Latin America of UNICEF"),
        # a unit with a name of its own stands alone
        ("the Spectrum Pricing Division of the Telecommunication Development Bureau", "Spectrum Pricing Division"),
    ],
)
def test_a_generic_unit_is_named_with_its_owner(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


def test_an_acronym_in_two_parts_defines_its_body() -> None:
    text = "followed by the meeting of the Study Group 9 Regional Group for Asia (SG9 RG-AP) on 3 May."
    assert _new(text) == {"sg9-rg-ap": ("Study Group 9 Regional Group for Asia", "SG9 RG-AP")}
    assert set(_new("the Kenya Film Commission (Nairobi 2031) met")) == {"kenya-film-commission"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an acronym before "and" is a word of the name unless a head comes right after "and"
        ("Ms Eide, National ICT and Postal Agency, said", "National ICT and Postal Agency"),
        ("the WSIS and SDG Liaison Unit met", "WSIS and SDG Liaison Unit"),
        # a head inside a list by commas is a word of the name
        ("the Legal, Administration and Archives Department approved", "Legal, Administration and Archives Department"),
    ],
)
def test_words_joined_by_and_before_one_head_stay_one_name(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        # a forum of industry, defined by an acronym that carries no year or session number
        ("The Open Mobile Media Forum (OMMF) presented its second release.", "ommf", "Open Mobile Media Forum"),
        ("A liaison statement from the Fibre Access Forum (FAF) was noted.", "faf", "Fibre Access Forum"),
        # an initiative or a project defined by its acronym (heads read only with an acronym or in the catalogue)
        (
            "The Smart Metering Global Standards Initiative (SM-GSI) met twice in 2031.",
            "sm-gsi",
            "Smart Metering Global Standards Initiative",
        ),
        ("Ms Varga of the Open Grid Initiative (OGI) spoke.", "ogi", "Open Grid Initiative"),
        ("A representative of the Terrestrial Radio Broadcasting Project (TRBP) spoke.", "trbp",
         "Terrestrial Radio Broadcasting Project"),
    ],
)  # fmt: skip
def test_a_forum_initiative_or_project_defined_by_its_acronym_is_a_body(text: str, key: str, name: str) -> None:
    assert _new(text).get(key) == (name, key.upper())


@pytest.mark.parametrize(
    "text",
    [
        "The Mobile Policy Forum 2031 (MPF-2031) will be held in Lima.",
        "The Island States Forum (ISF-31) will be held in Suva.",
        "An initiative was launched. The Project was discussed at the Forum.",
        # a forum the report holds or numbers as a session: an event
        "The 5th Pacific Islands Internet Forum (PIIF) was convened by the regulator.",
        "The Andean Regional Innovation Forum (ARIF), held in Quito on 3 May 2030, adopted a declaration.",
        "The Northern Telecom Policy Forum (NTPF) will take place in Oslo.",
        "The Nordic Exchange Forum (NXF) adopted a statement. The ninth NXF is scheduled for Bergen.",
        # a forum named as a meeting of its own (a qualifying modifier) or by its topic: an event
        "Ms Oduya reported on the outcomes of the Ministerial Digital Forum (MDF).",
        "The Andean Forum on Spectrum Pricing (AFSP) adopted its conclusions.",
    ],
)
def test_a_forum_with_its_year_or_a_head_read_by_form_alone_is_no_body(text: str) -> None:
    assert _new(text) == {}


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        ("The ABF (Arctic Broadband Forum) adopted a statement.", "abf", "Arctic Broadband Forum"),
        ("Mr Ode of the OCF (Open Cable Forum) presented the report.", "ocf", "Open Cable Forum"),
        ("A liaison from the SRF (Small Regulators Forum), a network of agencies, was noted.", "srf",
         "Small Regulators Forum"),
    ],
)  # fmt: skip
def test_a_forum_defined_acronym_first_is_a_body_as_name_first(text: str, key: str, name: str) -> None:
    assert _new(text).get(key) == (name, key.upper())


@pytest.mark.parametrize(
    "text",
    [
        "The NTPF (Northern Telecom Policy Forum) will take place in Oslo.",
        "The MDF (Ministerial Digital Forum) adopted a declaration.",
        "The AFSP (Andean Forum on Spectrum Pricing) adopted its conclusions.",
        "The PF31 (Policy Forum 2031) closed.",
    ],
)
def test_a_forum_defined_acronym_first_held_or_named_as_a_meeting_is_no_body(text: str) -> None:
    assert _new(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The Baltic Digital Forum (BDF) is taking place in Riga this week.",
        "The Sahel Spectrum Forum (SSF) took place in Niamey.",
        "The Coastal Broadband Forum (CBF) has taken place twice.",
    ],
)
def test_a_forum_that_takes_place_is_an_event(text: str) -> None:
    """The held words of form ``occur`` (``date_words.csv``): an event occurs, no one holds it."""
    assert _new(text) == {}


def test_only_the_take_place_forms_say_an_event_occurs() -> None:
    """``date_words.csv`` says which held words are of form ``occur``; ``met``, ``held`` are not."""
    words = set(occurring_words())
    assert {"take place", "took place", "taking place"} <= words
    assert not words & {"met", "meets", "held", "scheduled for"}
    assert words <= set(held_words())


@pytest.mark.parametrize(
    "text",
    [
        "The Group thanked the UN Economic Commission for Africa for hosting the workshop in Addis Ababa.",
        "Ms Oyelaran presented the work of the UN Department of Economic and Social Affairs on e-government.",
    ],
)
def test_a_catalogue_body_named_after_its_owner_is_no_new_body(text: str) -> None:
    """``UN X`` where X is a catalogue body of the UN: X with its owner's name before it, no body of its own."""
    assert _new(text) == {}


def test_a_name_that_only_ends_with_a_catalogue_name_names_no_owner() -> None:
    """``Asia-Pacific Regional``: no body that owns the IGF; ``UN``: a body the Commission belongs to."""
    from wsiskg.ingest.extract.body_names import body_index
    from wsiskg.ingest.extract.defined_bodies import _owner_before_catalogued

    catalogue = body_index().keys
    assert not _owner_before_catalogued("Asia-Pacific Regional Internet Governance Forum", catalogue)
    assert _owner_before_catalogued("UN Economic Commission for Africa", catalogue)

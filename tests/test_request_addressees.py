"""Whom a request asks: the object noun phrases of a request read into agents
(ingest/extract/request_addressees.py, through the actors' resolver), and the addressees of the
items of a list (ingest/extract/request_items.py). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report
from extract_support import one_section_report as report

from wsiskg.ingest.extract.document import new_document
from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.extract.requests import find_requests
from wsiskg.ingest.records import AgentRef, Paragraph, ParsedReport, Request, Section


def run(r: ParsedReport, body: str | None, year: int = 2033) -> tuple[Request, ...]:
    new_document(r)
    return find_requests(r, find_actors(r, body), body, year)[0]


def whom(req: Request) -> tuple[str, ...]:
    return tuple(f"{a.kind}:{a.key}" for a in req.addressees)


def labels(req: Request) -> tuple[str, ...]:
    return tuple(a.label for a in req.addressees)


def paragraphs(*rows: tuple[str, str]) -> ParsedReport:
    """A report of (text, kind) paragraphs in one section."""
    paras = tuple(Paragraph(i + 1, "1", text, kind) for i, (text, kind) in enumerate(rows))
    return ParsedReport("t.txt", "text/plain", None, (Section("1", "t", None, 1),), paras)


def speech(*texts: str) -> ParsedReport:
    return make_report("Opening statement by Rangi Whitcombe-Adeyemi, Deputy Secretary-General, ITU", *texts)


# ------------------------------------------------------------------ groups joined by "and" and commas
def test_two_plural_groups_joined_by_and_are_two_addressees() -> None:
    got = run(
        report(
            "The Group encouraged the study groups and working parties to adopt the electronic methods.",
            "The Group invited regulators and mobile operators to share their coverage maps.",
        ),
        "itu-rag",
    )
    assert [whom(x) for x in got] == [
        ("collective:study-groups", "collective:working-parties"),
        ("collective:regulators", "collective:mobile-operators"),
    ]


def test_adjectives_joined_by_and_share_the_head_noun() -> None:
    got = run(
        report(
            "The Group invited international and regional organizations to take part in the survey.",
            "The Group encouraged national and local authorities to publish open data.",
            "The Group invited operators and tower companies to share passive infrastructure.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [
        ("international and regional organizations",),
        ("national and local authorities",),
        ("operators", "tower companies"),
    ]


# ------------------------------------------------------------------ asides that only say who is meant
def test_groups_listed_between_dashes_are_asked_with_the_group() -> None:
    # round 43 (was: the list only explains the group): the look annotations list the groups between dashes
    got = run(
        speech(
            "I call on all stakeholders – governments, the private sector, civil society and academia – to "
            "take part in the preparatory process."
        ),
        None,
    )
    assert [sorted(whom(x)) for x in got] == [
        sorted(
            (
                "collective:stakeholders",
                "collective:governments",
                "collective:private-sector",
                "collective:civil-society",
                "collective:academia",
            )
        )
    ]


def test_in_particular_and_including_name_more_addressees_and_a_qualifier_none() -> None:
    # docs/annotation-guide.md decision 12: "all stakeholders, including A and B" -> stakeholders, A, B;
    # "in particular A" names A as "including" does (most annotations list it)
    got = run(
        report(
            "The Group invited ITU and the regional commissions, in particular ESCAP, to support the review.",
            "The Group encouraged Member States, including small island developing States, to share their data.",
            "The Group encouraged Member States, notably those of the Pacific, to report their progress.",
            "The Group urged donors, and especially the regional development banks, to fund the pilots.",
            "The Group invited Sector Members to contribute, in particular to the fund for the pilots.",
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [
        ("body:itu", "collective:regional-commissions", "body:escap"),
        ("collective:member-states", "collective:small-island-developing-states"),
        ("collective:member-states",),
        ("collective:donors", "collective:regional-development-banks"),
        ("collective:sector-members",),
    ]


def test_namely_names_the_members_and_no_addressee_of_its_own() -> None:
    got = run(
        report(
            "The Group invited the reef agencies, namely SPC and NOAA, to submit their buoy reports.",
            "The Group encouraged Member States, namely those of Melanesia, to share their buoy data.",
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [
        ("collective:reef-agencies", "collective:spc", "collective:noaa"),
        ("collective:member-states",),
    ]


# ------------------------------------------------------------------ the speaker and the audience
def test_each_one_of_you_is_the_audience() -> None:
    got = run(speech("Finally, I encourage each one of you to visit the exhibition."), None)
    assert [whom(x) for x in got] == [("collective:participants",)]


def test_me_in_a_speech_is_the_post_of_the_speaker() -> None:
    got = run(speech("In its Resolution 140, the Plenipotentiary Conference instructed me to lead the review."), None)
    assert [whom(x) for x in got] == [("post:itu/deputy-secretary-general",)]


# ------------------------------------------------------------------ how a group is written
def test_a_possessive_is_no_part_of_the_group() -> None:
    got = run(report("The Group invited its members to submit contributions by 30 June 2033."), "cwg-cop")
    assert [(whom(x), labels(x)) for x in got] == [(("collective:members",), ("members",))]


def test_members_of_a_body_named_before_them() -> None:
    got = run(report("The Chair urged all Council Members to take an active part in the work."), "cwg-cop")
    assert [labels(x) for x in got] == [("Council Members",)]


def test_a_modal_after_the_subject_is_no_part_of_the_addressee() -> None:
    got = run(report("Participants will be asked to register online before 2 May 2033."), "cwg-cop")
    assert [(whom(x), labels(x)) for x in got] == [(("collective:participants",), ("Participants",))]


def test_a_plural_role_without_a_body_is_the_group_of_its_holders() -> None:
    got = run(
        report(
            "The Rapporteurs were requested to send the outlines of their reports to BDT.",
            "The Group requested the Rapporteur for Question 3/2 to circulate the draft.",
        ),
        "itu-d-sg2",
    )
    assert [(whom(x), labels(x)) for x in got][0] == (("collective:rapporteurs",), ("Rapporteurs",))
    assert labels(got[1]) == ("Rapporteur for Question 3/2",)  # one post of the Question, as written


# ------------------------------------------------------------------ the items of a list
def test_a_verb_and_its_object_before_a_colon_then_infinitive_items() -> None:
    listed = run(
        paragraphs(
            ("Following its discussion, the Group requested the secretariat:", "body"),
            ("a) to revise the questionnaire in the light of the comments made;", "list-item"),
            ("b) to prepare a draft work plan by 30 April 2033.", "list-item"),
        ),
        "cwg-cop",
    )
    single = run(report("The Group requested the secretariat to revise the questionnaire."), "cwg-cop")
    assert [(whom(x), x.action) for x in listed] == [
        (whom(single[0]), "revise the questionnaire in the light of the comments made"),
        (whom(single[0]), "prepare a draft work plan by 30 April 2033"),
    ]


def test_items_without_a_mark_after_a_verb_and_to_colon() -> None:
    got = run(
        paragraphs(
            ("In this connection, the Group requested the Radiocommunication Bureau to:", "body"),
            ("provide two experts on spectrum monitoring;", "body"),
            ("confirm the financial support of the Bureau by 15 April 2033;", "body"),
            ("send the invitation letter to the administrations of the region.", "body"),
            ("The next meeting will be held in Lima.", "body"),
        ),
        "cwg-cop",
    )
    assert [(whom(x), x.action) for x in got] == [
        (("body:itu-br",), "provide two experts on spectrum monitoring"),
        (("body:itu-br",), "confirm the financial support of the Bureau by 15 April 2033"),
        (("body:itu-br",), "send the invitation letter to the administrations of the region"),
    ]


def test_items_labelled_by_a_word_and_a_number() -> None:
    got = run(
        report(
            "Peru proposes that the Group:",
            "Proposal 1: request the secretariat to prepare a mapping of activities;",
            "Proposal 2: invite Member States to submit their experiences by 31 January 2033.",
        ),
        "cwg-cop",
    )
    assert [(x.requester.key, whom(x), x.action) for x in got] == [
        ("PER", ("body:cwg-cop",), "request the secretariat to prepare a mapping of activities"),
        ("PER", ("body:cwg-cop",), "invite Member States to submit their experiences by 31 January 2033"),
    ]


def test_a_plural_noun_and_what_it_is_of_is_one_group_as_written() -> None:
    got = run(
        report(
            "The Chair asked the experts of the three regional working parties from this region to review the text.",
            "The Group invited the agencies of the United Nations system to report on their activities.",
            "The Group invited the delegations of Chile and Peru to consult each other.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [
        ("experts of the three regional working parties",),  # "from this region" only locates them
        ("agencies of the United Nations system",),
        ("Chile", "Peru"),
    ]


def test_an_adverbial_between_commas_is_no_addressee() -> None:
    got = run(
        report(
            "The Group invited the Secretary-General, in consultation with Member States, to prepare a report.",
            "The Group requested the secretariat, together with UNESCO, to draft the survey.",
            "The Group invited BDT, within its mandate and available resources, to assist countries.",
            "The Group encouraged Member States, as appropriate, to share their data.",
            "The Group invited Member States, as well as Sector Members, to contribute.",
        ),
        "cwg-cop",
    )
    secretariat = run(report("The Group requested the secretariat to draft the survey."), "cwg-cop")[0]
    assert [whom(x) for x in got] == [
        ("post:itu/secretary-general",),
        whom(secretariat),
        ("body:itu-bdt",),
        ("collective:member-states",),
        ("collective:member-states", "collective:sector-members"),
    ]


def test_other_agencies_of_a_body_are_one_group_written_with_it() -> None:
    got = run(report("The Group invited ITU and other UN agencies to contribute to the report."), "cwg-cop")
    assert [(whom(x)[0], labels(x)[1]) for x in got] == [("body:itu", "UN agencies")]


def test_a_sector_named_before_a_group_is_part_of_the_group() -> None:
    got = run(report("The Group invited ITU-R Sector Members and academia to submit contributions."), "cwg-cop")
    assert [(whom(x), labels(x)) for x in got] == [
        (("collective:itu-r-sector-members", "collective:academia"), ("ITU-R Sector Members", "academia"))
    ]


def test_the_groups_a_that_clause_asks_are_read_as_one_noun_phrase() -> None:
    got = run(
        report(
            "The Group recommended that Member States and Sector Members share their experience with the secretariat.",
            "The Group recommended that interested Member States and Associates contribute to the fund.",
            "The Group recommended that Member States, in cooperation with industry, publish their plans.",
        ),
        "cwg-cop",
    )
    assert [(whom(x), x.action) for x in got] == [
        (("collective:member-states", "collective:sector-members"), "share their experience with the secretariat"),
        (("collective:member-states", "collective:associates"), "contribute to the fund"),
        (("collective:member-states",), "publish their plans"),
    ]


def test_them_after_a_list_of_bodies_is_every_body_listed() -> None:
    got = run(
        report(
            "The Group thanked UNESCO, UNCTAD and UNDP for their presentations and invited them to submit inputs.",
            "The Group heard UNESCO, thanked UNDP for its presentation and invited them to submit inputs.",
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("body:unesco", "body:unctad", "body:undp"), ("body:undp",)]


def test_an_operative_verb_of_a_resolution_reads_its_object_as_a_noun_phrase() -> None:
    got = run(
        paragraphs(
            ("The Plenipotentiary Conference of the International Telecommunication Union (Lima, 2034),", "body"),
            ("invites Member States, in particular the least developed countries,", "body"),
            ("1 to share their experience;", "body"),
            ("2 to report to the Council,", "body"),
        ),
        None,
    )
    assert [(x.requester.key, whom(x), x.action) for x in got] == [
        ("itu-pp", ("collective:member-states", "collective:least-developed-countries"), "share their experience"),
        ("itu-pp", ("collective:member-states", "collective:least-developed-countries"), "report to the Council"),
    ]


def test_a_group_of_several_agents_inside_a_list_and_a_bodys_secretariat() -> None:
    got = run(
        report(
            "The Group instructed the Deputy Secretary-General and the three Bureau Directors to report.",
            "The Group requested the Group's secretariat to compile the replies.",
            "The Group invited the private sector and civil society organizations to contribute.",
            "The Group invited each Member State to nominate a focal point.",
        ),
        "cwg-cop",
    )
    secretariat = run(report("The Group requested the secretariat to compile the replies."), "cwg-cop")[0]
    assert [whom(x) for x in got] == [
        (
            "post:itu/deputy-secretary-general",
            "post:itu-br/director",
            "post:itu-tsb/director",
            "post:itu-bdt/director",
        ),
        whom(secretariat),
        ("collective:private-sector", "collective:civil-society-organizations"),
        ("collective:member-states",),
    ]


# ------------------------------------------------------------------ one noun phrase, one agent
def test_a_person_with_an_appositive_is_one_addressee() -> None:
    # the role, country or body beside a person's name says who the person is: one addressee
    got = run(
        report(
            "The Chair invited Ms Ingrid Solberg-Haugen (Norway), Vice-Chair of the Group, who had led the "
            "informal consultations, to report on their outcome.",
            "The Chair invited the delegate of Chile, Mr Tomás Arancibia, to chair a drafting group.",
            "Dr Rahel Tesfaye (Ethiopia), Rapporteur for Question 3/2, is requested to circulate the outline.",
            "The Chairman of Committee 2, Mr Pavel Dvořák (Czech Republic), was asked to report to the plenary.",
        ),
        "cwg-cop",
    )
    assert [[a.kind for a in x.addressees] for x in got] == [["person"]] * 4
    assert [labels(x)[0].split()[-1] for x in got] == ["Solberg-Haugen", "Arancibia", "Tesfaye", "Dvořák"]


def test_a_person_listed_with_another_addressee_stays_one_of_two() -> None:
    got = run(report("The Group invited Ms Leilani Kahale (Fiji) and the Secretariat to draft the terms."), "cwg-cop")
    assert [a.kind for a in got[0].addressees] == ["person", "body"]


def test_a_passive_subject_ends_before_its_auxiliary() -> None:
    # "X has already been asked", "X have also been invited": the auxiliary and its adverb are the verb's
    got = run(
        report(
            "The Expert Group on Broadband Mapping has already been asked to prepare a report to the Council.",
            "Regulators have also been invited to share their spectrum maps.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("Expert Group on Broadband Mapping",), ("Regulators",)]


def test_a_participle_aside_after_the_subject_is_no_addressee() -> None:
    got = run(
        report(
            "The Youth Advisory Board, represented by its Chair, Ms Amaia Zubizarreta, has also been invited "
            "to present its views at the next meeting."
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("Youth Advisory Board",)]


def test_a_participle_of_when_or_where_after_the_object_is_no_addressee() -> None:
    got = run(
        report(
            "The Group invited the regional workshops, held between March and May 2033, to share their findings. "
            "It also urged the national regulators, based in the capital cities, to publish their maps."
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("regional workshops",), ("national regulators",)]


def test_a_relative_opening_a_passive_subject_is_no_part_of_it() -> None:
    got = run(
        report(
            "The meeting agreed on all items except item 4, on which the secretariat was asked to consult further. "
            "It adopted the workplan, for which Member States were invited to nominate focal points."
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("body:cwg-cop-secretariat",), ("collective:member-states",)]


def test_two_regions_named_together_only_locate_the_recipients() -> None:
    r = make_report(
        "To: Administrations of ITU Member States of the Europe and CIS regions; ITU-D Sector Members",
        "Dear Sir/Madam,",
        "I am pleased to invite you to the regional forum on spectrum pricing.",
        "Yours faithfully,",
        "Tomasz Ferreira-Ngata",
        "Director",
    )
    got = run(r, None)
    assert [labels(x) for x in got] == [("Administrations of ITU Member States", "ITU-D Sector Members")]


def test_a_subject_with_two_predicates_is_asked_by_the_second() -> None:
    # "X will be contacted by Y and are requested to ...": X, not the whole first predicate
    got = run(
        speech(
            "Finalists who pass the first round will be notified by the jury and are requested to confirm "
            "their attendance by 3 May."
        ),
        None,
    )
    assert [labels(x) for x in got] == [("Finalists",)]  # who pass the first round: a qualifier (decision 12)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Entities already accredited to the first session need not re-apply, but are requested to confirm their "
            "participation by 29 August 2033.",
            ("Entities already accredited",),
        ),
        (
            "Universities may attend the plenary as observers, but are asked to register with the secretariat.",
            ("Universities",),
        ),
        (
            "Candidates do not need to attend in person, but are invited to send a video message by 1 May 2033.",
            ("Candidates",),
        ),
    ],
)
def test_a_passive_after_but_is_asked_of_the_subject_of_the_verb_before(sentence: str, expected: tuple[str]) -> None:
    # round 39: "..., but are requested to ...": the addressee was read as "but"
    assert [labels(x) for x in run(speech(sentence), None)] == [expected]


def test_that_before_the_subject_of_an_item_is_no_part_of_it() -> None:
    got = run(
        paragraphs(
            ("The ministers recommended:", "paragraph"),
            (
                "(a) that regional development banks be encouraged to open a credit line for rural networks;",
                "list-item",
            ),
            ("(b) that the Broadband Observatory be asked to publish yearly data.", "list-item"),
        ),
        None,
    )
    assert [whom(x) for x in got] == [
        ("collective:regional-development-banks",),
        ("collective:broadband-observatory",),
    ]


# ------------------------------------------------------------------ the secretariat the text names by its function
def test_the_meeting_bodys_unnamed_secretariat_is_an_agent_not_a_body() -> None:
    # "the Secretariat" of a group with none of its own in the data: asked, but no organisation the text
    # names: a group keyed by the body it serves, labelled by its acronym (else "Secretariat of the X")
    from extract_support import one_section_report

    from wsiskg.ingest.extract import extract

    found = extract(
        one_section_report(
            "The 4th meeting of the Council Working Group on Child Online Protection was held on 9 June 2034.",
            "The Group requested the secretariat to translate the guidelines, and the Secretariat reported.",
        )
    )
    (request,) = found.requests
    assert request.addressees == (AgentRef("collective", "cwg-cop-secretariat", "CWG-COP Secretariat"),)
    assert "cwg-cop-secretariat" not in {b.key for b in found.bodies}
    assert {d.subject for d in found.decisions if d.verb == "report"} <= {request.addressees[0]}


def test_an_unnamed_secretariat_of_a_body_without_acronym_is_named_after_it() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract import extract

    found = extract(
        one_section_report(
            "The ITU Council held its 2037 session in Geneva from 3 to 12 June 2037.",
            "The Council requested the Secretariat to publish the summary records.",
        )
    )
    assert [a for r in found.requests for a in r.addressees] == [
        AgentRef("collective", "itu-council-secretariat", "Secretariat of the ITU Council")
    ]
    assert "itu-council-secretariat" not in {b.key for b in found.bodies}


def test_a_named_secretariat_stays_a_body() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract import extract

    found = extract(
        one_section_report(
            "The 4th meeting of the Council Working Group on Child Online Protection was held on 9 June 2034.",
            "The Group invited the APT Secretariat to share its regional survey.",
        )
    )
    assert [a.kind for r in found.requests for a in r.addressees] == ["body"]


def test_a_relative_clause_and_a_destination_after_the_object_name_no_one() -> None:
    # "invites all delegations to the X Meeting, which Peru has offered to host": the delegations
    got = run(
        speech(
            "The Group invites all delegations to the Andean Regional Forum on Spectrum, which Ecuador has "
            "offered to host in Quito on 2-4 March 2034.",
            "I invite the Rapporteurs, who met in Lima last month, to present their findings.",
        ),
        None,
    )
    assert [whom(x) for x in got] == [("collective:delegations",), ("collective:rapporteurs",)]


def test_a_name_of_codes_the_report_does_not_know_is_asked_as_written() -> None:
    # "inviting 3GPP RAN WG4 to ...": an unknown name of acronyms and numbers is an agent as written
    got = run(
        report(
            "The Study Group approved a liaison statement to 3GPP RAN WG4, inviting 3GPP RAN WG4 to share "
            "its timeline by 30 May 2031.",
            "The meeting invited CEN TC 278 to comment on the draft.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("3GPP RAN WG4",), ("CEN TC 278",)]


def test_a_group_named_by_a_code_and_a_plural_noun() -> None:
    got = run(report("The Rapporteur encouraged JTC 1 experts and TC 211 members to review the draft text."), "cwg-cop")
    assert [labels(x) for x in got] == [("JTC 1 experts", "TC 211 members")]


def test_a_known_group_written_with_its_body_is_the_group() -> None:
    # "ITU Member States" are the Member States (collectives.csv): labelled by the group's own words;
    # a Sector's or another body's group is a group written with it ("ITU-R Study Groups")
    got = run(
        report(
            "The Group invited ITU Member States and ITU Sector Members to submit views by 2 May.",
            "The Group encouraged the ITU-R Study Groups to take the report into account.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("Member States", "Sector Members"), ("ITU-R Study Groups",)]
    assert whom(got[0]) == ("collective:member-states", "collective:sector-members")


def test_an_impersonal_it_before_a_that_clause_is_no_addressee() -> None:
    # "It was requested that ...": the clause names whom, never a body the sentence before named
    got = run(
        report(
            "The representative of UNESCO presented its annual report. It was requested that the draft be revised.",
            "The Group reviewed the Council decision. It is proposed that the fifth meeting of the Group be held "
            "in May 2034.",
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("body:cwg-cop-secretariat",)]


def test_an_ordinal_left_of_an_event_is_no_group() -> None:
    from wsiskg.ingest.extract.agent_resolver import collective_key

    assert [collective_key(p) for p in ("the thirteenth", "the 28th", "the twenty-first", "the delegates")] == [
        None,
        None,
        None,
        "delegates",
    ]


def test_a_participle_whose_infinitive_was_read_as_the_action_is_dropped() -> None:
    got = run(report("The Chair invited delegations wishing to speak at the closing to register by noon."), "cwg-cop")
    assert [whom(x) for x in got] == [("collective:delegations",)]


def test_the_group_after_a_group_named_in_lower_case_is_that_group() -> None:
    got = run(
        report(
            "The Chair invited Ms Aroha Ngata (New Zealand) to lead a small drafting group on the preamble, and "
            "requested the group to submit its text by Friday.",
            "The Group invited the study groups to comment.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("Aroha Ngata",), ("small drafting group",), ("study groups",)]


def test_where_a_qualified_group_acts_is_no_part_of_it() -> None:
    got = run(
        speech("Organizations requiring a booth for a side event at the Forum are invited to apply by 9 January 2035."),
        None,
    )
    assert [labels(x) for x in got] == [("Organizations",)]


def test_items_of_an_agreed_that_lead_ask_their_subjects() -> None:
    # "The meeting agreed that:" then "a) the secretariat shall ...": one request per item, to its subject
    got = run(
        paragraphs(
            ("Follow-up. UNGIS members agreed that:", "paragraph"),
            ("a) the secretariat shall prepare a work plan for 2035 and circulate it by 31 January 2035;", "list-item"),
            ("b) UNESCO will host the next working-level meeting in Paris;", "list-item"),
            ("c) the report is final.", "list-item"),
        ),
        "ungis",
    )
    assert [(x.verb, x.requester.key, whom(x)) for x in got] == [
        ("agree", "ungis", ("body:ungis-secretariat",)),
        ("agree", "ungis", ("body:unesco",)),
    ]
    assert got[0].action.startswith("prepare a work plan") and got[0].deadline is not None


def test_a_thing_proposed_is_no_addressee() -> None:
    # "proposed amendments to draft Recommendation X": "draft" is no infinitive of an agent's action
    got = run(
        report(
            "Ms Ingeborg Lindqvist (Sweden) proposed amendments to draft Recommendation Y.7 on metering.",
            "Mr Kofi Boateng (Ghana) suggested changes to update the annex.",
        ),
        "cwg-cop",
    )
    assert got == ()


def test_both_before_a_list_and_an_adverb_inside_it_name_no_one() -> None:
    got = run(
        report(
            "Both the Council and the Secretariat were invited to act on the audit.",
            "The Group invited the Council, and also the Secretariat, to act on the audit.",
            "The Group invited ITU and the regional commissions, and in particular ESCWA, to act on the audit.",
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [
        ("body:itu-council", "body:cwg-cop-secretariat"),
        ("body:itu-council", "body:cwg-cop-secretariat"),
        ("body:itu", "collective:regional-commissions", "body:escwa"),
    ]


def test_any_member_state_wishing_is_member_states() -> None:
    got = run(
        report(
            "The Group invited any Member State wishing to host the next meeting to tell the Chair.",
            "The Group encouraged each Sector Member to designate a focal point.",
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("collective:member-states",), ("collective:sector-members",)]
    assert [labels(x) for x in got] == [("Member States",), ("Sector Members",)]


# ------------------------------------------------------------------ conditions, heads, secretariats
def test_a_wish_or_a_state_only_conditions_the_request() -> None:
    got = run(
        report(
            "Regulators wishing to present a national case study on numbering are invited to contact the Chair.",
            "The Group invited Sector Members willing to host a workshop to inform the Bureau.",
            "Administrations and statistical agencies that have not yet done so are requested to return the form.",
            "Delegates requiring a visa for the host country are invited to contact its embassy.",
            "The Group invited the organizations that run regional exchange points to share their data.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [
        ("Regulators",),
        ("Sector Members",),
        ("Administrations", "statistical agencies"),
        ("Delegates",),  # what the group needs only qualifies it (decision 12)
        ("the organizations",),  # and so does what it does
    ]


def test_what_a_group_lacks_only_conditions_the_request() -> None:
    """``Member States without a national plan``: a group named by what it lacks is the group (decision 12;
    ``addressee-words.csv`` kind ``condition``), also after a place that only locates it."""
    got = run(
        report(
            "Island States of the region without a national tide gauge are encouraged to designate a focal point.",
            "Operators without a valid licence are requested to send their data to the Bureau by 4 May 2033.",
            "The Group invited administrations without an approved numbering plan to share their needs.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("Island States",), ("Operators",), ("administrations",)]


def test_a_plural_head_capitalised_at_the_start_or_a_plural_role_and_what_it_is_of() -> None:
    got = run(
        report(
            "Members of the drafting teams are invited to upload their texts to the forum.",
            "The Group invited the chairmen of the ITU-T study groups to send their views to the Bureau.",
            "The Group asked the Vice-Chairmen of the Radiocommunication Study Groups to review the list.",
            "The Group invited the Directors of the three Bureaux to report.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got[:3]] == [
        ("Members of the drafting teams",),
        ("chairmen of the ITU-T study groups",),
        ("Vice-Chairmen of the Radiocommunication Study Groups",),
    ]
    assert whom(got[3]) == ("post:itu-br/director", "post:itu-tsb/director", "post:itu-bdt/director")


def test_a_plural_role_after_adjectives_is_the_group_of_its_holders() -> None:
    got = run(
        report(
            "The Group asked the regional Vice-Chairs to gather the inputs of their regions.",
            "The Group asked the national Rapporteurs to coordinate their replies.",
            "The Group asked the Vice-Chair to coordinate the replies.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got[:2]] == [("regional Vice-Chairs",), ("national Rapporteurs",)]
    assert whom(got[2]) == ("post:cwg-cop/vice-chair",)


def test_a_group_noun_in_lower_case_after_a_capitalised_word_is_one_group() -> None:
    got = run(
        report(
            "The Group requested the Rapporteur group on numbering resources to report to its next meeting.",
            "The Editing group is instructed to circulate the text.",
            "The Group requested the expert group to finalize the glossary.",
            "The Group invited operators and the expert group on tariffs to meet.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [
        ("Rapporteur group on numbering resources",),
        ("Editing group",),
        ("expert group",),
        ("operators", "the expert group on tariffs"),
    ]


def test_a_named_bodys_secretariat_in_lower_case_is_that_body() -> None:
    """Decision 26: a lower-case ``X secretariat`` is ``X`` (round 54; it was a group ``X secretariat`` as written);
    the meeting body's own secretariat stays its secretariat."""
    got = run(
        report(
            "The Group requested the ITU secretariat to publish the list of moderators.",
            "The Group invited the ILO secretariat to circulate the survey.",
            "The Group asked the secretariat to prepare a summary.",
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [
        ("body:itu",),
        ("body:ilo",),
        ("body:cwg-cop-secretariat",),
    ]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The meeting requested the APT secretariat to submit the common proposals by 30 June 2031.", "body:apt"),
        ("Participants asked the ESCAP secretariat to circulate the draft master plan.", "body:escap"),
        ("The experts invited the UNCTAD secretariat to update its review of e-commerce laws.", "body:unctad"),
        ("The Group requested the BDT secretariat to issue the questionnaire in all six languages.", "body:itu-bdt"),
    ],
)
def test_the_lower_case_secretariat_of_a_catalogue_body_is_the_body(sentence: str, body: str) -> None:
    assert [whom(x) for x in run(report(sentence), "cwg-cop")] == [(body,)]


def test_trail_words_before_a_dashed_list_are_dropped() -> None:
    got = run(
        report("The Group encouraged the vendors present – large and small, local and global – to join the dialogue."),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("collective:vendors",)]


def test_them_after_a_group_asked_in_the_paragraph_is_that_group() -> None:
    got = run(
        report(
            "The Group encouraged operators in default to settle their accounts, and urged them to do so by June.",
            "The Group invited regulators to share coverage data. It also asked them to publish the maps.",
            "The Group thanked UNESCO and UNDP for their support and invited them to continue it.",
            "The Group invited Sector Members to reply, and urged those which have not yet done so to name a contact.",
            "The Chair urged those which have not yet done so to name a contact.",
        ),
        "cwg-cop",
    )
    assert [(x.verb, labels(x)) for x in got] == [
        ("encourage", ("operators",)),  # "in default" only qualifies them (decision 12)
        ("urge", ("operators",)),
        ("invite", ("regulators",)),
        ("ask", ("regulators",)),
        (
            "invite",
            (
                "United Nations Educational, Scientific and Cultural Organization",
                "United Nations Development Programme",
            ),
        ),
        ("invite", ("Sector Members",)),
        ("urge", ("Sector Members",)),  # "those" names no one of its own
    ]


def test_a_session_of_a_body_asked_is_the_body() -> None:
    got = run(
        report(
            "The Group invited the next session of the Council to consider the plan.",
            "The Group invited the 2031 session of the Council (Geneva, 3-13 June 2031) to approve the accounts.",
            "The Group invited the twentieth meeting of TDAG to consider the plan.",
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("body:itu-council",), ("body:itu-council",), ("body:tdag",)]


def test_you_after_a_group_hailed_at_the_start_of_the_sentence_is_that_group() -> None:
    got = run(
        speech(
            "Let me close with two appeals. To the broadcasters in this hall: I urge you to publish your switch-over "
            "plans. And to my fellow ministers: I invite you to endorse the roadmap.",
            "To conclude: I encourage you to visit the exhibition.",
        ),
        None,
    )
    assert [labels(x) for x in got] == [("the broadcasters",), ("ministers",), ("participants",)]


def test_items_numbered_inline_after_a_semicolon_each_ask_their_own_subject() -> None:
    got = run(
        report(
            "The Plenipotentiary Conference of the International Telecommunication Union (Lisbon, 2034),",
            "resolves",
            "1 that ITU-D study groups shall continue to hold, where possible, joint sessions with regional bodies;",
            "2 that the Director of BDT, in close cooperation with the Director of TSB, shall map the gaps;",
            "instructs the Director of the Telecommunication Standardization Bureau",
            "1 to convene a workshop on numbering in 2035; 2 to circulate the draft guidelines to Member States,",
            "also resolves",
            "1 that ITU shall publish the index yearly; 2 that the Radiocommunication Bureau shall keep the database,",
        ),
        None,
    )
    assert [(x.verb, whom(x), x.action) for x in got] == [
        (
            "resolve",
            ("collective:itu-d-study-groups",),
            "continue to hold, where possible, joint sessions with regional bodies",
        ),
        ("resolve", ("post:itu-bdt/director",), "map the gaps"),
        ("instruct", ("post:itu-tsb/director",), "convene a workshop on numbering in 2035"),
        ("instruct", ("post:itu-tsb/director",), "circulate the draft guidelines to Member States"),
        ("resolve", ("body:itu",), "publish the index yearly"),
        ("resolve", ("body:itu-br",), "keep the database"),
    ]


def test_x_to_do_y_in_a_list_of_actions_asks_x() -> None:
    got = run(
        report(
            "Action: Secretariat to circulate the revised terms of reference by 30 June 2033.",
            "- Rapporteurs to send their work plans to the Chair.",
            "Follow-up actions:",
            "Sector Members to submit use cases by 1 May 2033;",
            "ITU-D study groups to align their work plans.",
            "The meeting closed at noon.",
            "Regulators to publish their maps.",
            "Contributions to the meeting are welcome.",
            "Amendments to draft Recommendation Y.9 were approved.",
        ),
        "cwg-cop",
    )
    assert [(x.verb, x.requester.key, whom(x), x.action, str(x.deadline)) for x in got] == [
        (
            "agree",
            "cwg-cop",
            ("body:cwg-cop-secretariat",),
            "circulate the revised terms of reference by 30 June 2033",
            "2033-06-30",
        ),
        ("agree", "cwg-cop", ("collective:rapporteurs",), "send their work plans to the Chair", "None"),
        ("agree", "cwg-cop", ("collective:sector-members",), "submit use cases by 1 May 2033", "2033-05-01"),
        ("agree", "cwg-cop", ("collective:itu-d-study-groups",), "align their work plans", "None"),
    ]  # "Regulators to publish ..." after a closing line is no item of the list


def test_an_aside_naming_who_chairs_the_agents_of_an_action_line_is_no_part_of_them() -> None:
    # round 39: "X, chaired by Eng. A (Egypt), to hold ...": the comma and the dotted title read as a sentence
    got = run(
        report(
            "Decisions:",
            "Working Group 2 (Buoys), chaired by Eng. Hoda Mansour (Egypt), to hold an online meeting on 10 June 2033.",
            "- The drafting group, coordinated by Ms Lina Tauiliili (Samoa), to finalize the annex by 1 May 2033.",
            "Action: Rapporteurs, led by Dr. Sione Fifita, to merge the contributions received.",
        ),
        "cwg-cop",
    )
    assert [(x.verb, labels(x), x.action) for x in got] == [
        ("agree", ("Working Group 2 (Buoys)",), "hold an online meeting on 10 June 2033"),
        ("agree", ("drafting group",), "finalize the annex by 1 May 2033"),
        ("agree", ("Rapporteurs",), "merge the contributions received"),
    ]


def test_a_listed_line_naming_whom_before_a_colon_asks_them() -> None:
    got = run(
        paragraphs(
            ("The experts made the following recommendations:", "body"),
            ("(a) To the member States: to nominate focal points before 1 March 2033;", "list-item"),
            ("(b) To Sector Members: share their case studies with the Group;", "list-item"),
            ("- To the Rapporteurs: to merge the contributions received.", "list-item"),
            ("To date: no reply was received.", "body"),
        ),
        "cwg-cop",
    )
    assert [(x.requester.key, labels(x), x.action) for x in got] == [
        ("cwg-cop", ("member States",), "nominate focal points before 1 March 2033"),
        ("cwg-cop", ("Sector Members",), "share their case studies with the Group"),
        ("cwg-cop", ("Rapporteurs",), "merge the contributions received"),
    ]


def test_a_passive_subject_announcing_the_items_after_it_asks_no_one() -> None:
    got = run(
        paragraphs(
            ("After consultation, the following structure is proposed:", "body"),
            ("- Committee 1: Budget Control", "list-item"),
            ("- Working Group of the Plenary", "list-item"),
            ("The following amendments were recommended:", "body"),
            ("(a) Article 2: Languages", "list-item"),
        ),
        "cwg-cop",
    )
    assert got == ()


def test_a_lead_ending_with_to_before_lettered_items_asks_its_object_each_item() -> None:
    got = run(
        paragraphs(
            ("The meeting requested the regional rapporteurs to", "heading"),
            ("a) merge the comments received by 14 October 2033;", "list-item"),
            ("b) draft common positions on the two remaining items.", "list-item"),
            ("The Group invited Sector Members to", "body"),
            ("(i) nominate focal points;", "list-item"),
        ),
        "cwg-cop",
    )
    assert [(x.paragraph, labels(x), x.action) for x in got] == [
        (2, ("regional rapporteurs",), "merge the comments received by 14 October 2033"),
        (3, ("regional rapporteurs",), "draft common positions on the two remaining items"),
        (5, ("Sector Members",), "nominate focal points"),
    ]


def test_a_sentence_with_its_verb_before_to_is_no_action_line() -> None:
    got = run(
        report(
            "(b) The Group considered Document CWG-COP-9/2 and agreed to meet again in May 2034.",
            "- Member States were able to comment.",
            "- Rapporteurs to report.",
            "(b) Encourages all stakeholders to submit their views.",
            "- Category 2, Access to information: the Lakeside Library Network.",
        ),
        "cwg-cop",
    )
    # no line whose agents hold a verb is an action line (read with the record's `agree`); the item whose
    # lead was not read is a request by its own verb (the learnt reader's), not an action line
    assert [(x.paragraph, labels(x)) for x in got if x.verb == "agree"] == [(3, ("Rapporteurs",))]
    assert [(x.paragraph, x.verb, labels(x)) for x in got if x.verb != "agree"] == [(4, "encourage", ("stakeholders",))]


def test_an_items_subject_with_who_serves_it_in_brackets() -> None:
    got = run(
        paragraphs(
            ("UNGIS members agreed that:", "body"),
            ("a) the UNGIS secretariat (ITU) shall prepare a work plan for 2034;", "list-item"),
            ("b) the ILO secretariat (Geneva) shall host the next meeting.", "list-item"),
        ),
        "ungis",
    )
    assert [whom(x) for x in got] == [("body:ungis-secretariat",), ("body:ilo",)]


# ------------------------------ forms of addressee phrases (annotation guide, decision 12)
def test_a_secretariat_named_by_the_body_it_serves_is_that_bodys_secretariat() -> None:
    got = run(
        report(
            "The Group asked the Executive Secretariat of the Conference to publish the list by June.",
            "The Group requested the Secretariat of the Broadband Commission and UNESCO to brief the delegations.",
            "The Group requested the secretariat of the Group to circulate the text.",
        ),
        "cwg-cop",
    )
    assert labels(got[0]) == ("Executive Secretariat of the Conference",)
    assert labels(got[1])[0] == "Secretariat of the Broadband Commission"
    assert whom(got[1])[1:] == ("body:unesco",)
    assert labels(got[2]) == ("secretariat of the Group",)  # the Group's own secretariat, as written (round 56)


def test_all_interested_before_listed_groups_is_no_group() -> None:
    got = run(report("The Group invited all interested Associates and Academia members to register."), "cwg-cop")
    assert [whom(x) for x in got] == [("collective:associates", "collective:academia-members")]


def test_items_lettered_inline_after_to_colon_are_one_request_each_to_the_object() -> None:
    got = run(
        report(
            "The Group requests the Council to: (a) instruct the Director of the Bureau to publish the guide; "
            "(b) invite regulators to share their data; (c) recommend that the Bureau hold a workshop."
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("body:itu-council",)] * 3
    assert [x.action.split()[0] for x in got] == ["instruct", "invite", "recommend"]


def test_adjectives_before_a_body_and_a_plural_noun_are_one_group() -> None:
    got = run(report("The Group encouraged national and regional UNESCO chapters to send case studies."), "cwg-cop")
    assert [labels(x) for x in got] == [("national and regional UNESCO chapters",)]


def test_a_known_group_before_a_capitalised_noun_names_that_noun() -> None:
    got = run(report("The Group urged the Civil Society Bureau to adopt a common position."), "cwg-cop")
    assert [labels(x) for x in got] == [("Civil Society Bureau",)]


def test_words_that_locate_or_qualify_the_group_are_dropped() -> None:
    # docs/annotation-guide.md decision 12
    got = run(
        report(
            "The Group encouraged regulators of this region to publish their tariffs.",
            "The Group invited Sector Members from the satellite industry to join the panel.",
            "The Group invited interested delegations to send comments.",
            "The Group asked the operators concerned to report outages.",
            "The Group invited Associates attending the workshop to present their results.",
            "The Group invited universities across the continent to host the course.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [
        ("regulators",),
        ("Sector Members",),
        ("delegations",),
        ("the operators",),
        ("Associates",),
        ("universities",),
    ]


def test_including_names_more_addressees_with_the_group() -> None:
    got = run(
        report("The Group encouraged all stakeholders, including operators and universities, to join the pilot."),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("all stakeholders", "operators", "universities")]


def test_a_group_named_with_a_code_of_a_letter_and_digits_is_a_group() -> None:
    got = run(report("The Group encouraged the C9 community to share its case studies."), "cwg-cop")
    assert [labels(x) for x in got] == [("the C9 community",)]


def test_people_named_only_by_their_relation_to_a_body_are_the_body() -> None:
    got = run(
        speech(
            "I would ask our colleagues in UNESCO to share the toolkit.",
            "I invite my friends at UNDP and UNICEF to join the pilot.",
            "I invite our colleagues in the private sector to join the pilot.",
        ),
        None,
    )
    assert [whom(x) for x in got[:2]] == [("body:unesco",), ("body:undp", "body:unicef")]
    assert [x.kind for x in got[2].addressees] == ["collective"]  # no body: the group as read


def test_numbered_actions_with_a_participle_of_asking_ask_their_agents() -> None:
    got = run(
        report(
            "Action 12.1 – Secretariat to revise the self-assessment tool. Due: 2033-09-01.",
            "Action 12.2 – Sector Members invited to nominate focal points.",
            "Action 12.3 – Vice-Chair (Peru) to coordinate the regional workshop.",
        ),
        "cwg-cop",
    )
    assert [(x.verb, whom(x)) for x in got] == [
        ("agree", ("body:cwg-cop-secretariat",)),
        ("invite", ("collective:sector-members",)),
        ("agree", ("post:cwg-cop/vice-chair",)),
    ]
    assert got[1].action == "nominate focal points"


def test_a_clause_subject_with_when_it_acts_before_its_lettered_items() -> None:
    got = run(
        report(
            "The group decided to recommend that the Council, at its 2034 session: a) note the progress made; "
            "b) approve the draft plan."
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("body:itu-council",), ("body:itu-council",)]
    assert [x.action for x in got] == ["note the progress made", "approve the draft plan"]


def test_a_question_kept_as_no_body_is_asked_as_a_group_with_its_label() -> None:
    """A study group's Question is a body only where the report records its meeting; asked in another
    report (``Question 4/15 is invited to ...``), it is a group labelled as written, so its label is kept."""
    from extract_support import one_section_report

    from wsiskg.ingest.extract import extract

    for sentence in (
        "Question 4/15 is invited to study the proposed amendment before its next meeting.",
        "Halvorsen Optics Ltd proposes that Question 4/15 be requested to draft a new Recommendation.",
    ):
        found = extract(
            one_section_report(
                "Contribution from Halvorsen Optics Ltd to the meeting of ITU-T Study Group 15",
                sentence,
            )
        )
        parties = [a for r in found.requests for a in r.addressees]
        assert [(a.kind, a.label) for a in parties if "4/15" in a.label] == [("collective", "Question 4/15")], sentence
        assert not any("q4-15" in b.key for b in found.bodies)


def _reply(*lines: str) -> ParsedReport:
    return make_report(*lines, "Yours sincerely,", "Tomasz Ferreira-Ngata", "Director")


def test_your_division_or_administration_in_a_letter_is_the_one_its_address_names() -> None:
    division = _reply(
        "Ms Adwoa Lindqvist-Mensah",
        "Head, Spectrum Pricing and Economics Division",
        "Telecommunication Development Bureau",
        "Dear Ms Lindqvist-Mensah,",
        "We would kindly ask your Division to send the study by 30 May 2033.",
    )
    assert [labels(x) for x in run(division, None)] == [("Spectrum Pricing and Economics Division",)]
    country = _reply(
        "Eng. Rauri Tāwhiri-Okoro",
        "Director, Spectrum Management",
        "Suva, Fiji",
        "Dear Mr Tāwhiri-Okoro,",
        "Your Administration is requested to submit the station data by 31 March 2033.",
    )
    assert [labels(x) for x in run(country, None)] == [("Administration of Fiji",)]


def test_you_in_a_reply_to_one_person_is_that_person() -> None:
    r = _reply(
        "Ms Adwoa Lindqvist-Mensah",
        "Head of Regulatory Affairs, Korimako Networks Ltd",
        "Dear Ms Lindqvist-Mensah,",
        "I should be grateful if you would provide the completed form by 30 May 2033.",
    )
    assert [whom(x) for x in run(r, None)] == [("person:adwoa-lindqvist-mensah",)]


def test_a_to_field_run_into_the_header_fields_is_the_audience() -> None:
    r = _reply(
        "Ref: TSB Circular 77 Contact: Ivo Brandt-Salas To: Administrations of Member States; ITU-T Sector Members "
        "Subject: Workshop on numbering misuse",
        "Dear Sir/Madam, I have the pleasure to invite you to attend the workshop. The Council is invited to: note it.",
    )
    got = run(r, None)
    assert labels(got[0]) == ("Administrations of Member States", "ITU-T Sector Members")


def test_the_speaker_asked_and_the_meeting_that_places_a_group_name_no_addressee() -> None:
    got = run(
        speech(
            "When I was asked to open this session, I accepted with pleasure. "
            "I invite all participants of this meeting to visit the exhibition."
        ),
        None,
    )
    assert [labels(x) for x in got] == [("all participants",)]


def test_any_and_a_state_of_knowledge_only_qualify_the_group() -> None:
    got = run(
        report(
            "Any ITU Member State or Sector Member aware of a patent held by itself or others which may cover the "
            "draft Recommendation is requested to disclose it to TSB."
        ),
        None,
    )
    assert [labels(x) for x in got] == [("ITU Member State", "Sector Member")]


def test_a_listed_line_stating_its_subjects_own_intent_asks_no_one() -> None:
    """``X stands ready to host ...`` after a lead ending with a colon is a statement, no action line."""
    for line in (
        "The Ministry of Transport of Ruritania stands ready to host the workshop in 2034.",
        "Sector Members intend to submit a joint contribution to the next meeting.",
        "The APT Secretariat remains committed to support the regional initiative.",
        "- The regulator of Freedonia looks forward to working with the Group.",
        "Member States are ready to share their data.",
    ):
        got = run(report("Follow-up actions:", "Secretariat to circulate the report;", line), "cwg-cop")
        assert [whom(x) for x in got] == [("body:cwg-cop-secretariat",)], line


def test_an_object_never_runs_into_the_clause_after_a_semicolon() -> None:
    """``X proposed a workshop; the Group agreed to consider it``: the workshop is proposed to no one, and
    the clause after the semicolon is no addressee."""
    for sentence in (
        "Portugal proposed a training course for interpreters, to be held in Lisbon in 2034; the "
        "Group agreed to consider it.",
        "The Permanent Delegation of Chile proposed a seminar on open data; the Chair invited it to send a proposal.",
        "Viet Nam proposed a regional seminar; the Group agreed to take it up at its next session.",
        "Ghana proposed a new work item; the Chair asked the secretariat to examine it by May 2034.",
    ):
        got = run(report(sentence), "cwg-cop")
        assert all(";" not in a.label and " agreed" not in a.label for x in got for a in x.addressees), sentence
        assert all(x.verb != "propose" for x in got), sentence


def test_a_word_a_pdf_line_broke_is_joined_in_an_addressee() -> None:
    """Joined by the layout's one rule (``pdf_layout.broken_word``): the report prints the whole word."""
    for sentence, label in (
        (
            "Member States met in Quito. "
            "Mem- ber States were urged to designate a focal point before 15 December 2034.",
            "Member States",
        ),
        (
            "The telecommunication survey was discussed. "
            "The Group requested the Tele- communication Development Bureau to support the survey.",
            "BDT",
        ),
        ("The meeting encouraged small- and medium-sized enterprises to join the pilot.", "small- and"),
        ("Administrations replied late. Adminis- trations are invited to reply by 1 May 2034.", "Administrations"),
    ):
        got = run(report(sentence), "cwg-cop")
        found = [a.label for x in got for a in x.addressees] + [a.key for x in got for a in x.addressees]
        assert any(label.lower() in f.lower() for f in found) or label == "small- and", (sentence, found)
        assert not any("- " in f and label != "small- and" for f in found), (sentence, found)


def test_a_rapporteur_of_a_question_is_one_post_as_written() -> None:
    for sentence, label in (
        (
            "Kenya invites the Rapporteur for Question 3/1 to include this case study in the final report.",
            "Rapporteur for Question 3/1",
        ),
        (
            "The Study Group instructed the Rapporteurs of Questions 11/12 and 12/12 to hold a joint e-meeting.",
            "Rapporteurs of Questions 11/12 and 12/12",
        ),
        (
            "The meeting asked the Associate Rapporteur for Question 5/2 to draft the text.",
            "Associate Rapporteur for Question 5/2",
        ),
        (
            "The Group requested the Co-Rapporteurs for Questions 1/2 to 7/2 to send their work plans.",
            "Co-Rapporteurs for Questions 1/2 to 7/2",
        ),
    ):
        got = run(report(sentence), "itu-d-sg1")
        assert [labels(x) for x in got] == [(label,)], sentence


def test_your_organization_in_a_letter_with_a_to_line_is_its_recipients() -> None:
    for sentence in (
        "I would be grateful if your organization could send its comments by 3 May 2034.",
        "May I request your Administration to designate a focal point by 1 June 2034.",
        "I invite your organisation to nominate a speaker for the opening session.",
        "We would encourage your Government to take part in the regional consultation.",
    ):
        r = make_report(
            "To: Administrations of ITU Member States; ITU-D Sector Members",
            "Dear Sir/Madam,",
            sentence,
            "Yours faithfully,",
            "Tomasz Ferreira-Ngata",
            "Director",
        )
        got = run(r, None)
        assert [labels(x) for x in got] == [("Administrations of ITU Member States", "ITU-D Sector Members")], sentence


def test_a_name_with_and_that_its_acronym_spells_whole_is_one_addressee() -> None:
    for sentence, last in (
        (
            "The Focus Group invited UN-Habitat and the United Cities and Local Governments (UCLG) to "
            "co-organize a session.",
            "United Cities and Local Governments",
        ),
        (
            "The Group invited the Pacific Islands and Atlantic Telecommunications Forum (PIATF) to report.",
            "Pacific Islands and Atlantic Telecommunications Forum",
        ),
        (
            "The meeting invited ITU, UNESCO and the Northern Rivers and Lakes Broadcasting Union (NRLBU) to report.",
            "Northern Rivers and Lakes Broadcasting Union",
        ),
        (
            "The Group asked the Arab States Broadcasting Union (ASBU) and the Asia-Pacific "
            "Broadcasting Union (ABU) to report.",
            "Asia-Pacific Broadcasting Union",
        ),
    ):
        got = run(report(sentence), "cwg-cop")
        assert len(got) == 1 and labels(got[0])[-1] == last, (sentence, [labels(x) for x in got])
        assert not any(label.endswith((" Cities", " Islands", " Rivers")) for label in labels(got[0])), sentence


def test_a_name_with_words_in_lower_case_and_and_that_its_acronym_spells_is_one_addressee() -> None:
    """Words in lower case inside the name give no letter; an owner's acronym opening the name gives all its letters
    (``ETSI``, ``WMO``), and the owner alone is not the addressee; the same when the rules read no request and the
    learnt detector marks the name without its brackets (``invited X to a joint session``)."""
    for sentence, whole in (
        (
            "The Group invited the World Meteorological Organization Ocean observation and Climate Data group "
            "(WMO OCD) to a joint session at its next meeting.",
            "World Meteorological Organization Ocean observation and Climate Data group",
        ),
        (
            "The Group asked the ETSI Technical Committee on Cable networks and Broadcast Delivery (ETSI TC CBD) "
            "to share its measurement data.",
            "ETSI Technical Committee on Cable networks and Broadcast Delivery",
        ),
        (
            "The meeting invited the Andean Spectrum Office Satellite filings and Orbit Planning unit (ASO SOP) to "
            "present its database.",
            "Andean Spectrum Office Satellite filings and Orbit Planning unit",
        ),
    ):
        got = run(report(sentence), "cwg-cop")
        assert [labels(x) for x in got] == [(whole,)], (sentence, [labels(x) for x in got])
    # an acronym that spells only the second name leaves the two apart
    joint = "The Group invited Member States and the Asia-Pacific Telecommunity (APT) to a joint session."
    got = run(report(joint), "cwg-cop")
    assert [labels(x) for x in got] == [("Member States", "Asia-Pacific Telecommunity")]


# ------------------------------------------------------------------ a body named by its head noun (decision 23)
def test_the_group_of_a_contribution_is_the_group_its_title_names() -> None:
    r = make_report(
        "Council Working Group on Child Online Protection",
        "Contribution from Kenya and Ghana",
        "Proposals",
        "Kenya and Ghana propose that the Group ask the secretariat to compile national practices.",
        title="Council Working Group on Child Online Protection",
    )
    got = run(r, None)
    assert [whom(x) for x in got] == [("body:cwg-cop",)] * len(got) and got


def test_two_head_words_name_the_body_named_before() -> None:
    got = run(
        speech(
            "Welcome to this workshop, organized with the Focus Group on Smart Sustainable Cities (FG-SSC).",
            "Study Group 5 has approved two new Recommendations.",
            "The Focus Group is invited to hand its technical reports over to Study Group 20 by the end of 2033.",
        ),
        None,
    )
    assert [labels(x) for x in got] == [("Focus Group on Smart Sustainable Cities",)]


def test_the_whole_head_of_the_meeting_body_is_that_body() -> None:
    got = run(
        report(
            "The delegate of Chile, Mr Tomas Aravena-Lund, urged the Working Group to decide on the band 3.5 GHz "
            "by the end of the week.",
        ),
        "working-group-of-the-plenary",
    )
    assert [whom(x) for x in got] == [("body:working-group-of-the-plenary",)]


def test_plural_head_words_are_the_groups_not_a_body_named_before() -> None:
    got = run(
        report(
            "The Group noted the work of the ITU-T Study Groups on digital identity.",
            "The Study Groups were encouraged to share their outcomes with the Group by May 2033.",
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("collective:study-groups",)]


@pytest.mark.parametrize(
    "unit",
    [
        "Access to Rural Networks Division",  # "to"
        "Spectrum Policy and Data Division",
        "Bureau des Réseaux Ruraux Division",  # another language's joiner
    ],
)
def test_your_division_is_its_address_names_whole_name(unit: str) -> None:
    """The unit's name in the address block joins its words by a name's joiners (:func:`.casing.joiner_alternation`)."""
    letter = _reply(
        "Ms Oona Kettunen-Diallo",
        f"Head, {unit}",
        "Dear Ms Kettunen-Diallo,",
        "We would kindly ask your Division to send the study by 30 May 2033.",
    )
    assert [labels(x) for x in run(letter, None)] == [(unit,)]


# ------------------------------------------------------------------ a group, then its members in brackets
@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        # a passive's subject opens its sentence: the group in title case, its members listed after it
        (
            "The Bureaux (BR, TSB and BDT) are invited to report on their regional offices by 4 March 2034.",
            ("body:itu-br", "body:itu-tsb", "body:itu-bdt"),
        ),
        (
            "The Regional Commissions (ECA, ESCAP and ESCWA) are requested to circulate the survey to their members.",
            ("body:eca", "body:escap", "body:escwa"),
        ),
        # as an object in title case, as in lower case
        (
            "The Group invited the Regional Commissions (ECA, ESCAP and ESCWA) to circulate the survey.",
            ("body:eca", "body:escap", "body:escwa"),
        ),
        (
            "The Group invited the regional commissions (ECA, ESCAP and ESCWA) to circulate the survey.",
            ("body:eca", "body:escap", "body:escwa"),
        ),
    ],
)
def test_a_group_with_its_members_in_brackets_is_the_members(sentence: str, keys: tuple[str, ...]) -> None:
    (got,) = run(report(sentence), "itu-rag")
    assert whom(got) == keys


def test_a_name_with_its_acronym_in_brackets_stays_one_body() -> None:
    (got,) = run(report("The Asia-Pacific Telecommunity (APT) is invited to host the next workshop."), "itu-rag")
    assert whom(got) == ("body:apt",)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sector advisory groups (RAG, TSAG and TDAG) are invited to send their views on the tide survey.",
        "The UN regional commissions (ECA, ESCAP and ESCWA) are invited to share their coastal data reports.",
        "The Group invited the Advisory Groups (RAG, TSAG and TDAG) to send their views on the tide survey.",
    ],
)
def test_a_group_opening_a_sentence_with_its_bodies_in_brackets_is_the_bodies(sentence: str) -> None:
    """``The regional commissions (ECA, ESCAP and ESCWA) are invited``: the bodies listed, not the group too (as the
    same phrase after a verb in lower case; request_addressees._LISTED_MEMBERS)."""
    got = [whom(x) for x in run(report(sentence), "cwg-cop")]
    assert len(got) == 1 and "collective" not in " ".join(got[0]) and len(got[0]) == 3


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("The Group invited academia, our youngest class of members, to send tide studies.", 1),
        ("The Group invited UNESCO, its partner in the gauge survey, to share the buoy data.", 1),
        ("The Group invited Member States, their regulators and Sector Members to send tide studies.", 3),
    ],
)
def test_a_possessive_apposition_after_an_addressee_is_no_addressee(sentence: str, asked: int) -> None:
    """``academia, our newest category of members,``: academia (request_addressees._APPOSITION, determiners.csv
    column ``apposition``); a possessive item of a list (``Member States, their regulators and X``) still asks."""
    got = [whom(x) for x in run(report(sentence), "cwg-cop")]
    assert len(got) == 1 and len(got[0]) == asked

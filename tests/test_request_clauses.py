"""Who asks, read from the clause: subjects that other rules did not read (``we``, a person named
by a role in lower case, the signatory of a document with no closing, the author of an "Action
required" line of a signed report), lists whose items carry a label (``Proposal 2:``), and
proposals that ask no one (``It is proposed that the next meeting take place ...``).
Every sentence here is invented for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import kinds_report as kinds
from extract_support import make_report, parsed_text, parties
from extract_support import requests_of as run

from wsiskg.ingest.extract import extract


# ---------------------------------------------------------------------------- the signatory
def test_a_circular_signed_without_a_closing_asks_in_its_signatorys_name() -> None:
    r = make_report(
        "Telecommunication Development Bureau",
        "Administrative Circular 88",
        "To Administrations of Member States and Sector Members",
        "Participants are requested to register online no later than 3 March 2031. Administrations are "
        "also invited to designate a focal point for the course.",
        "Aigerim Tulegenova-Park",
        "Director",
    )
    assert [parties(x) for x in run(r, None)] == [
        ("request", "person:aigerim-tulegenova-park", ("collective:participants",)),
        ("invite", "person:aigerim-tulegenova-park", ("collective:administrations",)),
    ]


def test_a_circular_signed_on_one_line_with_the_role_asks_in_its_signatorys_name() -> None:
    for signature in (
        ("Mateus Okonkwo-Lindqvist, Director",),
        ("Mr Mateus Okonkwo-Lindqvist, Director", "Distribution: Administrations of Member States"),
        ("Mateus Okonkwo-Lindqvist", "Director"),
    ):
        r = make_report(
            "Radiocommunication Bureau",
            "Administrative Circular 412",
            "To Administrations of Member States",
            "Administrations are urged to nominate their experts by 9 June 2032.",
            *signature,
        )
        assert [parties(x) for x in run(r, None)] == [
            ("urge", "person:mateus-okonkwo-lindqvist", ("collective:administrations",)),
        ], signature


def test_the_action_required_of_a_signed_chairmans_report_is_the_group_to_a_body_the_signatory_to_people() -> None:
    r = kinds(
        ("The Council is invited to note this report and to endorse its recommendations.", "action-required"),
        ("Delegates are invited to send their comments to the Chairman.", "action-required"),
        ("The Group invited the secretariat to publish the documents six weeks in advance.", "body"),
        ("Tomasz Wielgosz-Haddad", "body"),
        ("Chairman, CWG-COP", "body"),
        title="Report by the Chairman of the Council Working Group on Child Online Protection",
    )
    got = [parties(x) for x in run(r, "cwg-cop")]
    assert got[0] == ("invite", "body:cwg-cop", ("body:itu-council",))  # annotation guide, decision 10
    assert got[1][1] == "person:tomasz-wielgosz-haddad"
    assert got[2][1] == "body:cwg-cop"  # the group's own request stays the group's


def test_the_action_required_of_an_unsigned_chairmans_report_is_the_groups() -> None:
    r = kinds(
        ("The Council is invited to note this report.", "action-required"),
        ("The Group agreed to meet again in May.", "body"),
        title="Report by the Chairman of the Council Working Group on Child Online Protection",
    )
    assert [parties(x) for x in run(r, "cwg-cop")] == [("invite", "body:cwg-cop", ("body:itu-council",))]


def test_a_name_and_a_role_ending_a_meeting_report_do_not_take_its_requests() -> None:
    r = kinds(
        ("Members were invited to send their comments before the next meeting.", "body"),
        ("Ingrid Salvesen-Okoro", "body"),
        ("Secretary", "body"),
    )
    assert [parties(x) for x in run(r, "cwg-cop")] == [("invite", "body:cwg-cop", ("collective:members",))]


# ---------------------------------------------------------------------------- we
def test_we_in_a_statement_by_a_country_is_that_country() -> None:
    r = make_report(
        "STATEMENT BY THE REPUBLIC OF ECUADOR",
        "Madam Chair,",
        "We urge the international community to treat rural connectivity as a matter of development finance.",
        "Third, we invite ITU and the regional commissions to support cooperation on satellite capacity.",
    )
    assert [parties(x) for x in run(r, None)] == [
        ("urge", "country:ECU", ("collective:international-community",)),
        ("invite", "country:ECU", ("body:itu", "collective:regional-commissions")),
    ]


def test_we_the_members_of_a_body_is_that_body() -> None:
    r = make_report(
        '"We, the members of UNGIS, welcome the review. We call upon Member States to strengthen their '
        'support to the Forum, and we invite the regional commissions to hold regional reviews."',
    )
    got = [parties(x) for x in run(r, "itu-council")]
    assert got == [
        ("call-upon", "body:ungis", ("collective:member-states",)),
        ("invite", "body:ungis", ("collective:regional-commissions",)),
    ]


def test_we_with_no_author_and_no_body_named_asks_no_one() -> None:
    r = make_report("We urge all delegations to register early.")
    assert run(r, None) == ()


# ---------------------------------------------------------------------------- a person by role
def test_the_moderator_in_lower_case_is_the_person_who_moderated() -> None:
    r = make_report(
        "The session was moderated by Ms Ilse Vandermeulen-Osei, Head of the national CERT.",
        "The moderator encouraged the participants to share their presentations with the team by 31 May.",
        "Closing the session, the moderator called upon governments to publish simplified licensing rules.",
    )
    got = [parties(x) for x in run(r, None)]
    assert got == [
        ("encourage", "person:ilse-vandermeulen-osei", ("collective:participants",)),
        ("call-upon", "person:ilse-vandermeulen-osei", ("collective:governments",)),
    ]


def test_a_role_held_by_two_people_names_no_one() -> None:
    r = make_report(
        "The first panel was moderated by Mr Arvid Lindqvist-Mensah.",
        "The second panel was moderated by Ms Rana Haddad-Oyelaran.",
        "The moderator encouraged the panellists to share their slides.",
    )
    assert all(x.requester.key not in ("arvid-lindqvist-mensah", "rana-haddad-oyelaran") for x in run(r, None))


# ---------------------------------------------------------------------------- labelled items
def test_items_labelled_by_a_word_and_a_number_are_one_request_each() -> None:
    r = make_report(
        "Kenya proposes that the Group:",
        "Proposal 1: request the secretariat to prepare a mapping of the Action Lines;",
        "Proposal 2: invite Member States to submit their national experiences by 31 January 2032;",
        "Proposal 3: encourage BDT to organize a regional workshop.",
    )
    found = run(r, None)
    assert [parties(x) for x in found] == [("propose", "country:KEN", ("collective:group",))] * 3
    actions = [x.action for x in found]
    assert actions[0] == "request the secretariat to prepare a mapping of the Action Lines"
    assert actions[1].startswith("invite Member States to submit")


# ---------------------------------------------------------------------------- proposals that ask no one
def test_a_proposal_that_a_meeting_take_place_asks_no_one() -> None:
    r = make_report(
        "It is proposed that the fourth meeting of the Expert Group take place in the first half of 2032.",
        "It was suggested that the next workshop be held online.",
    )
    assert run(r, "egti") == ()


def test_an_impersonal_proposal_that_an_agent_act_asks_no_one() -> None:
    # decision 14: impersonal proposals are addressed to no one (round 21, third wave; was a request)
    r = make_report("It was proposed that the Secretariat prepare a draft work plan for the next meeting.")
    assert run(r, "egti") == ()


def test_a_contact_line_is_no_signature() -> None:
    r = make_report(
        "Contribution from Ghana",
        "The Group is invited to consider the proposals in Section 3.",
        "Contact: Ms Efua Mensah-Lindgren",
        "Director, International Cooperation",
    )
    assert [parties(x) for x in run(r, None)] == [("invite", "country:GHA", ("collective:group",))]


# ---------------------------------------------------------------------------- an object before items
def test_an_object_then_a_colon_is_asked_each_item_after_it() -> None:
    r = kinds(
        ("After some discussion, the Committee asked the secretariat:", "body"),
        ("a) to revise the draft terms of reference by 13 March 2031;", "list-item"),
        ("b) to prepare a matrix of activities under the action lines.", "list-item"),
        ("Member States were invited to comment.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [(x.verb, x.requester.key, len(x.addressees)) for x in got[:2]] == [("ask", "cwg-cop", 1)] * 2
    assert got[0].addressees == got[1].addressees and "secretariat" in got[0].addressees[0].key
    assert [x.action for x in got[:2]] == [
        "revise the draft terms of reference by 13 March 2031",
        "prepare a matrix of activities under the action lines",
    ]


def test_an_object_naming_members_after_a_comma_then_a_colon_asks_them_all_each_item() -> None:
    """``requests all members, in particular regulators and operators:`` (or ``, including X, to:``): the members
    named after the group are asked with it, as in a sentence; a qualifier after ``in particular`` stays dropped."""
    for lead, asked in (
        ("The Group requests all members, in particular regulators and tower companies:", 3),
        ("The Group invited donors, including the regional banks, to:", 2),
        ("The Group requested administrations, in particular those of landlocked countries:", 1),
    ):
        r = kinds(
            (lead, "body"),
            ("1. to publish their coverage data by 2 June 2032;", "list-item"),
            ("2. to name a focal point.", "list-item"),
            ("The next meeting will be held in Lomé.", "body"),
        )
        got = run(r, "cwg-cop")
        assert [len(x.addressees) for x in got] == [asked, asked], lead
        assert [x.action for x in got] == ["publish their coverage data by 2 June 2032", "name a focal point"]


# ---------------------------------------------------------------------------- what stands between subject and verb
def test_a_relative_clause_between_the_subject_and_its_verb() -> None:
    r = make_report(
        "In Resolution 71 (Rev. Busan, 2014) the Plenipotentiary Conference, which met from 20 October to "
        "7 November 2014, instructs the Secretary-General to report on the plan every year."
    )
    assert [parties(x)[:2] for x in run(r, None)] == [("instruct", "body:itu-pp")]


def test_a_possessive_and_an_insertion_before_the_verb() -> None:
    r = make_report(
        "Our own Plenipotentiary Conference, in Resolution 71 (Rev. Busan, 2014), instructed the "
        "Secretary-General to report on the plan."
    )
    assert [parties(x)[1] for x in run(r, None)] == ["body:itu-pp"]


def test_the_source_of_a_contribution_is_its_author() -> None:
    r = make_report(
        "Document TDAG-31/12-E",
        "Source: Asia-Pacific Telecommunity (APT)",
        "Title: Views on the strategic plan",
        "The APT Members invite TDAG to establish a correspondence group on the streamlining of resolutions.",
        "TDAG is invited to consider this contribution.",
    )
    assert [parties(x)[1] for x in run(r, "tdag")] == ["body:apt", "body:apt"]


# ---------------------------------------------------------------------------- a speaker by role and country
def test_a_speaker_named_by_role_and_country_is_the_country() -> None:
    r = make_report(
        "The councillor from Peru, speaking also on behalf of Chile, welcomed the report and asked the "
        "Secretary-General to circulate it in all languages.",
        "The delegate of Nepal invited Member States to share their national strategies.",
        "The councillor from Ghana said that the regional review had been useful. She urged Member States "
        "to submit their reports by 1 May 2031.",
    )
    assert [parties(x)[:2] for x in run(r, "itu-council")] == [
        ("ask", "country:PER"),
        ("invite", "country:NPL"),
        ("urge", "country:GHA"),
    ]


def test_a_proposal_that_an_open_consultation_address_a_topic_asks_no_one() -> None:
    r = make_report("It is proposed that the next open consultation address the topic chosen by the Council.")
    assert run(r, "cwg-internet") == ()


# ---------------------------------------------------------------------------- more request verbs
def test_verbs_of_request_beyond_invite_and_urge() -> None:
    r = make_report(
        "The Council appealed to Member States to contribute to the trust fund.",
        "The General Assembly mandated the Secretary-General to convene an expert group on indicators.",
        "The Plenipotentiary Conference directs the Secretary-General to report on progress every year.",
        "The Group exhorted all administrations to share their data with the Bureau.",
    )
    got = run(r, "itu-council")
    assert [x.verb for x in got] == ["appeal-to", "mandate", "direct", "exhort"]
    assert got[0].action == "contribute to the trust fund"


def test_direct_as_an_adjective_is_no_request() -> None:
    r = make_report("The Bureau will provide direct assistance to the least developed countries.")
    assert run(r, "itu-council") == ()


# ---------------------------------------------------------------------------- a letter of a group's chairman
def test_a_chairmans_letter_asks_in_his_name_also_in_the_passive() -> None:
    r = make_report(
        "Council Working Group on Child Online Protection",
        "To: Administrations of the Member States of ITU",
        "Dear Sir/Madam,",
        "Member States are invited to submit written contributions by 2 December 2031.",
        "I also request the Secretariat to circulate a questionnaire on national practices.",
        "Yours faithfully,",
        "Chairman, Council Working Group on Child Online Protection",
    )
    assert [parties(x)[:2] for x in run(r, None)] == [
        ("invite", "post:cwg-cop/chair"),
        ("request", "post:cwg-cop/chair"),
    ]


def test_a_closing_and_the_signature_on_one_line() -> None:
    r = make_report(
        "Dear Sir/Madam,",
        "Member States are invited to nominate their experts by 1 December 2032.",
        "Yours faithfully, Director, Telecommunication Standardization Bureau",
    )
    assert [parties(x)[:2] for x in run(r, None)] == [("invite", "post:itu-tsb/director")]


def test_the_workshop_or_the_seminar_of_its_own_record_is_the_meeting_body() -> None:
    r = make_report(
        "The workshop recommended that regulators publish simplified licensing rules.",
        "The seminar encouraged administrations to share their spectrum data with the Bureau.",
    )
    assert [parties(x)[:2] for x in run(r, "tsag")] == [("recommend", "body:tsag"), ("encourage", "body:tsag")]


def test_she_after_a_person_found_by_role_continues_that_person() -> None:
    r = make_report(
        "The session was moderated by Dr Kaveh Ostrowski-Nnadi, Director of a community network.",
        "Closing the session, the moderator called upon regulators to publish simplified rules. She encouraged "
        "all participants to submit their projects and invited UN agencies to share their data.",
    )
    got = [parties(x)[:2] for x in run(r, None)]
    assert got == [
        ("call-upon", "person:kaveh-ostrowski-nnadi"),
        ("encourage", "person:kaveh-ostrowski-nnadi"),
        ("invite", "person:kaveh-ostrowski-nnadi"),
    ]


def test_items_lettered_inline_after_a_colon_are_one_request_each() -> None:
    r = make_report(
        "Ghana proposes that the Group: a) include the case study in the draft report; b) ask the Rapporteurs "
        "to invite other members to submit case studies by 15 January 2032; and c) recommend that BDT consider "
        "backhaul sharing.",
        "The Group recommends that the Council: (a) take note of the report; (b) approve the terms of reference.",
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [("propose", "country:GHA", ("body:cwg-cop",))] * 3 + [
        ("recommend", "body:cwg-cop", ("body:itu-council",))
    ] * 2
    assert [x.action for x in got] == [
        "include the case study in the draft report",
        "ask the Rapporteurs to invite other members to submit case studies by 15 January 2032",
        "recommend that BDT consider backhaul sharing",
        "take note of the report",
        "approve the terms of reference",
    ]
    assert [x.deadline for x in got][:2] == [None, date(2032, 1, 15)]


def test_it_after_a_document_from_a_country_is_that_country() -> None:
    r = make_report(
        "Document CWG-Internet-31/4 from the Republic of Peru was introduced by Mr Tupac Quispe-Larsen, Director "
        "of the Ministry of Transport and Communications of Peru. It proposes that the Group recommend a study "
        "on cable resilience.",
        "The contribution of Ghana was presented by its author. It invites the Group to consider a survey.",
    )
    assert [parties(x)[:2] for x in run(r, "cwg-internet")] == [("propose", "country:PER"), ("invite", "country:GHA")]


def test_a_note_by_the_secretariat_inside_a_summary_is_no_byline() -> None:
    r = make_report(
        "SUMMARY OF THE MEETING",
        "Note by the secretariat: in this summary, dates follow the day/month/year convention.",
        "Members were invited to send written comments on the revised draft by 15 March 2031.",
    )
    assert [parties(x)[:2] for x in run(r, "cwg-fhr")] == [("invite", "body:cwg-fhr")]


# ---------------------------------------------------------------------------- a resolution text's operative part
def test_a_second_operative_verb_after_and_is_the_issuers_too() -> None:
    r = make_report(
        "The Economic and Social Council,",
        "Recalling its earlier resolutions,",
        "Invites the regional commissions to continue contributing to the annual report, and urges the entities "
        "of the United Nations system to submit their inputs by 15 January 2032;",
        "Recommends that the WSIS Action Line facilitators strengthen their collaboration with UNGIS;",
    )
    got = run(r, None)
    assert [parties(x)[:2] for x in got] == [
        ("invite", "body:ecosoc"),
        ("urge", "body:ecosoc"),
        ("recommend", "body:ecosoc"),
    ]
    assert got[2].addressees[0].label == "WSIS Action Line facilitators"


# ------------------------------------------------------- a that clause whose subject holds a role (round 32)
@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "Ghana proposes that the Rapporteurs for Question 3/2 include the national scheme in the library.",
            "collective:rapporteurs-for-question-3-2",
            "include the national scheme in the library",
        ),
        (
            "Ghana suggests that the Co-Rapporteurs of Question 7/1 publish the survey data.",
            "collective:co-rapporteurs-of-question-7-1",
            "publish the survey data",
        ),
        (
            "Ghana recommends that the Vice-Rapporteur for Question 2/2 compile the replies.",
            "collective:vice-rapporteur-for-question-2-2",
            "compile the replies",
        ),
    ],
)
def test_a_that_clause_whose_subject_holds_a_role_of_a_question_asks_its_holders(
    sentence: str, addressee: str, action: str
) -> None:
    """``proposes that the Rapporteurs for Question 3/2 include ...``: the holders the object reader reads (a group
    as written headed by a role word) are asked, as they are after ``invites``; no request was read before."""
    r = make_report("Contribution from the Republic of Ghana", sentence)
    assert [(*parties(x)[1:], x.action) for x in run(r, None)] == [("country:GHA", (addressee,), action)]


def test_a_that_clause_whose_subject_is_a_thing_still_asks_no_one() -> None:
    r = make_report("Contribution from the Republic of Ghana", "Ghana proposes that the draft report include a table.")
    assert run(r, None) == ()


# ---------------------------------------------------------------------------- a body named by its head noun


@pytest.mark.parametrize(
    ("sentence", "verb", "asked"),
    [
        (
            "Fiji proposes that the Group instruct the Bureau to publish a survey of coastal sensors.",
            "propose",
            "Group",
        ),
        (
            "The Administration of Fiji recommends that the Committee request the secretariat to circulate the survey.",
            "recommend",
            "Committee",
        ),
        ("Fiji suggests that the Board invite Member States to share their coastal data.", "suggest", "Board"),
    ],
)
def test_a_body_the_text_names_only_by_its_head_noun_is_asked_as_written(
    tmp_path: Path, sentence: str, verb: str, asked: str
) -> None:
    """``proposes that the Group instruct the Bureau to ...`` is one request, the contributor's, to the Group
    (annotation guide, decision 43), named as written when the text names no such group (decision 23)."""
    text = f"Source: Republic of Fiji\n\nTitle: Coastal monitoring\n\n1 {sentence}\n"
    found = extract(parsed_text(tmp_path, text)).requests
    assert [(x.verb, x.requester.key, [a.label for a in x.addressees]) for x in found] == [(verb, "FJI", [asked])]


def test_a_thing_named_by_a_capital_is_asked_nothing(tmp_path: Path) -> None:
    text = "Source: Republic of Fiji\n\nTitle: Coastal data\n\n1 Fiji proposes that the Report include a chapter.\n"
    assert extract(parsed_text(tmp_path, text)).requests == ()

"""Requests the reader must find at all: forms of asking whose sentence once
yielded no request. Each class is tested with several invented variants (other verbs, marks, word
order); who asks and whom are checked only as far as the form decides them."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

from wsiskg.ingest.records import Paragraph, ParsedReport, Section


def contribution(*rows: tuple[str, str]) -> ParsedReport:
    """A Member State's contribution: its header, then ``rows`` (text, kind) in a numbered section."""
    paras = (Paragraph(1, "front", "Contribution from the Republic of Fiji"),)
    paras += tuple(Paragraph(i + 2, "1", t, k) for i, (t, k) in enumerate(rows))
    return ParsedReport("t.txt", "text/plain", "Council Working Group", (Section("1", "t", None, 2),), paras)


# ------------------------------------------------------------- items after a lead ending in a colon
def test_marked_items_in_the_base_form_after_proposes_that_x_colon_are_one_request_each() -> None:
    r = contribution(
        ("Fiji proposes that the Council Working Group on Child Online Protection:", "body"),
        ("(i) invite Member States to share their national helpline data by 1 March 2031;", "body"),
        ("(ii) ask the secretariat to publish a compilation of the replies;", "body"),
        ("(iii) liaise with UNICEF on the next edition of the guidelines.", "body"),
    )
    got = run(r, None)
    assert [x.action.split()[0] for x in got] == ["invite", "ask", "liaise"]
    assert {parties(x)[1:] for x in got} == {("country:FJI", ("body:cwg-cop",))}


def test_dotted_numbers_and_letters_with_a_period_mark_items_too() -> None:
    r = contribution(
        ("Fiji therefore proposes that the Council Working Group on Child Online Protection:", "body"),
        ("4.1 request the secretariat to translate the guidelines into the six languages;", "body"),
        ("4.2 encourage Sector Members to contribute case studies;", "body"),
    )
    assert [x.action.split()[0] for x in run(r, None)] == ["request", "encourage"]
    r = contribution(
        ("Fiji proposes that the Council Working Group on Child Online Protection:", "body"),
        ("a. request the secretariat to translate the guidelines;", "body"),
        ("b. instruct the Chair to report to the Council in 2032.", "body"),
    )
    assert [x.action.split()[0] for x in run(r, None)] == ["request", "instruct"]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Fiji invites the Council: a. to note the results of the tide dialogue; b. to request the "
            "Secretary-General to report to Council 2032 on the tide plan.",
            [
                "note the results of the tide dialogue",
                "request the Secretary-General to report to Council 2032 on the tide plan",
            ],
        ),
        (
            "Fiji requests the Council Working Group on Child Online Protection: a. to share its helpline data; b. to "
            "comment on the draft guidelines; c. to liaise with UNICEF.",
            ["share its helpline data", "comment on the draft guidelines", "liaise with UNICEF"],
        ),
        (
            "Fiji calls upon the Council: a. to approve the tide plan; and b. to instruct the Secretary-General to "
            "publish the atlas.",
            ["approve the tide plan", "instruct the Secretary-General to publish the atlas"],
        ),
        (
            "Fiji urges the Council to: a. approve the tide plan, and b. instruct the Secretary-General to publish "
            "the atlas.",
            ["approve the tide plan", "instruct the Secretary-General to publish the atlas"],
        ),
    ],
)
def test_items_lettered_inline_with_a_period_are_one_request_each(text: str, actions: list[str]) -> None:
    # round 39: "a. to A; b. to B" on one line was one request whose action held "b."; "a) to A; b) to B" was two
    got = run(contribution((text, "body")), None)
    assert [x.action for x in got] == actions
    assert {parties(x)[1] for x in got} == {"country:FJI"}


def test_a_capitalised_verb_of_asking_after_the_mark_is_an_item() -> None:
    r = contribution(
        ("Fiji proposes that the Council Working Group on Child Online Protection:", "body"),
        ("(a) Request the secretariat to circulate the draft by 30 June 2031;", "list-item"),
        ("(b) Invite Member States to comment on it.", "list-item"),
    )
    assert len(run(r, None)) == 2


def test_recommend_that_x_colon_after_agreed_to_leads_the_items() -> None:
    r = kinds(
        ("The Group agreed to recommend that the Council:", "body"),
        ("a) take note of the report of the consultation;", "list-item"),
        ("b) instruct the Secretary-General to publish the inputs online.", "list-item"),
        title="Report of the Council Working Group on Child Online Protection",
    )
    got = run(r, "cwg-cop")
    assert [parties(x)[1] for x in got] == ["body:cwg-cop"] * 2
    assert [x.action.split()[0] for x in got] == ["take", "instruct"]
    assert all(len(x.addressees) == 1 and x.addressees[0].key in ("council", "itu-council") for x in got)


def test_a_lead_whose_clause_holds_another_that_asks_no_one_through_it() -> None:
    """``propose that the Group recommend to the Council that it:``: the subject before the colon is no agent."""
    r = contribution(
        ("Fiji proposes that the Group recommend to the Council that it:", "body"),
        ("1.1 request the Secretary-General to report on the review;", "body"),
    )
    assert all("recommend" not in a.label for x in run(r, None) for a in x.addressees)


_COP = "the Council Working Group on Child Online Protection"


@pytest.mark.parametrize(
    ("lead", "marks", "verb", "stem"),
    [
        (f"Fiji invites {_COP} to recommend to Council 2032 that ITU:", ("a)", "b)"), "invite", "that ITU"),
        (f"Fiji requests {_COP} to recommend to the Conference that it:", ("3.1", "3.2"), "request", "that it"),
        (f"Fiji also asks {_COP} to recommend that the Council:", ("-", "-"), "ask", "that the Council"),
    ],
)
def test_items_after_a_that_clause_cut_by_its_colon_each_complete_the_lead(
    lead: str, marks: tuple[str, str], verb: str, stem: str
) -> None:
    """``invites the Group to recommend to the Council that ITU:`` / ``a) keep ...``: one request of the lead each."""
    r = contribution(
        (lead, "body"),
        (f"{marks[0]} request the Secretary-General to publish the compendium;", "list-item"),
        (f"{marks[1]} encourage Member States to share data by 1 May 2032.", "list-item"),
    )
    got = [(x.verb, parties(x)[2], x.action[x.action.index(" that ") + 1 :], x.deadline) for x in run(r, None)]
    assert {parties(x)[1] for x in run(r, None)} == {"country:FJI"}
    assert got == [
        (verb, ("body:cwg-cop",), f"{stem} request the Secretary-General to publish the compendium", None),
        (
            verb,
            ("body:cwg-cop",),
            f"{stem} encourage Member States to share data by 1 May 2032",
            date(2032, 5, 1),
        ),
    ]


# ------------------------------------------------------------- a text adopted with its items
def test_items_of_a_text_adopted_by_which_it_are_the_adopters_requests() -> None:
    for lead in (
        "After discussion, the Council adopted Decision 777, by which it:",
        "The Council then adopted Resolution 1450, in which it:",
        "The Council approved the draft decision, which:",
    ):
        r = kinds(
            ("The 2031 session of the Council was held in Geneva.", "body"),
            (lead, "body"),
            ("a) requests the Secretary-General to prepare a report for the next session;", "list-item"),
            ("b) invites Member States to host the regional meetings;", "list-item"),
            ("c) instructs the Director of BDT to update the database.", "list-item"),
            title="Summary of the Council 2031 session",
        )
        got = run(r, "itu-council")
        assert [x.verb for x in got] == ["request", "invite", "instruct"], lead
        assert {parties(x)[1] for x in got} == {"body:itu-council"}, lead


def test_a_list_subject_goes_on_over_numbered_paragraphs() -> None:
    r = kinds(
        ("The Radiocommunication Advisory Group (RAG) held its 31st meeting.", "body"),
        ("RAG:", "body"),
        ("5.1 requested the Director of BR to publish the draft report;", "body"),
        ("5.2 invited the study group chairmen to send their proposals by 30 September 2031;", "body"),
        ("5.3 encouraged administrations to take part in the seminar.", "body"),
        title="Conclusions of the 31st meeting of the Radiocommunication Advisory Group",
    )
    got = run(r, "rag")
    assert [x.verb for x in got] == ["request", "invite", "encourage"]
    assert {parties(x)[1] for x in got} == {"body:rag"}


# ------------------------------------------------------------- courtesy formulas and "please"
def _letter(*lines: str) -> ParsedReport:
    """A letter of the Director of BDT to Member States and Sector Members, ``lines`` its body."""
    from extract_support import make_report

    return make_report(
        "TELECOMMUNICATION DEVELOPMENT BUREAU",
        "To: Administrations of Member States; ITU-D Sector Members",
        "Dear Sir/Madam,",
        *lines,
        "Yours faithfully,",
        "Kwame Osei-Lindqvist",
        "Director, Telecommunication Development Bureau",
    )


_SIGNATORY = "person:kwame-osei-lindqvist"
_AUDIENCE = ("collective:administrations-of-member-states", "collective:itu-d-sector-members")


def test_a_courtesy_formula_before_the_verb_of_asking_is_the_authors_request() -> None:
    for sentence in (
        "I have great pleasure in inviting you to participate in the Regional Forum on Spectrum in Accra.",
        "It is my honour to invite you to the Fifth Regional Ministers' Meeting, to be held in Suva.",
        "I am therefore delighted to invite you to take part in the Forum.",
        "We are writing to invite you to take part in the Country Dialogue on digital identity.",
        "We have the pleasure to invite you to contribute to the Review Event.",
        "We would kindly ask you to nominate up to three officials by 9 February 2031.",
        "The Bureau is pleased to invite you to the Regional Workshop on Numbering.",
        # round 30: the formula's adverbs are the writer formula's (author_cues.FORMULA_ADVERBS); these found none
        "The Bureau is now pleased to invite you to the Regional Workshop on Numbering.",
        "I am now delighted to invite you to take part in the Forum.",
        "We have therefore the pleasure to invite you to contribute to the Review Event.",
        "We are hereby glad to invite you to nominate two experts by 3 March 2031.",
    ):
        got = run(_letter(sentence), None)
        assert [parties(x)[1:] for x in got] == [(_SIGNATORY, _AUDIENCE)], sentence


def test_grateful_honoured_and_a_named_subject_before_the_formula() -> None:
    for sentence in (
        "I would be most grateful if you could nominate a focal point by 30 May 2031.",
        "I would be honoured if you could confirm your participation by 12 April 2031.",
        "I should be very grateful if you would register online.",
    ):
        assert [parties(x)[1:] for x in run(_letter(sentence), None)] == [(_SIGNATORY, _AUDIENCE)], sentence
    for sentence in (
        "The Permanent Mission has the honour to request the Telecommunication Development Bureau to nominate two "
        "experts.",
        "The Government would be grateful if BDT could send the draft agreement by 31 March 2031.",
    ):
        assert [parties(x)[2] for x in run(_letter(sentence), None)] == [("body:itu-bdt",)], sentence
    got = run(_letter("I would be grateful if each administration could nominate a national contact person."), None)
    assert [parties(x)[2] for x in got] == [("collective:administrations",)]


def test_grateful_if_the_or_your_noun_could_asks_that_noun() -> None:
    for sentence, asked in (
        ("The Embassy would be most grateful if the Ministry could instruct its consulates to issue the visas.", None),
        ("I would be grateful if your Ministry could send us the draft agenda by 15 July 2031.", None),
        ("We would appreciate it if the Bureau would confirm the time slot by Friday, 29 May.", ("body:itu-bdt",)),
        ("The Government would be obliged if the Telecommunication Development Bureau could host the seminar.", None),
        ("We would be grateful if BDT could (a) assign an expert to the mission; and (b) fund one fellowship.", None),
        (
            "It would be appreciated if Member States could reply to the survey by 1 May 2031.",
            ("collective:member-states",),
        ),
        ("It would be greatly appreciated if you could confirm your participation by 1 May 2031.", None),
    ):
        got = run(_letter(sentence), None)
        assert got, sentence
        if asked:
            assert {parties(x)[2] for x in got} == {asked}, sentence
    # a passive after the modal asks no one
    assert run(_letter("I would be grateful if the documents could be circulated before the meeting."), None) == ()


def test_a_modal_before_a_plain_verb_of_asking_is_no_courtesy_but_a_reported_plan() -> None:
    for sentence in (
        "The secretariat would invite Member States to comment.",
        "The Chairman said that the secretariat would ask Member States to comment.",
    ):
        assert run(_letter(sentence), None) == (), sentence


def test_please_and_a_verb_asks_the_audience_or_the_group_named_before_it() -> None:
    for sentence in (
        "Please register online by 3 March 2031.",
        "Where surveys are run by another agency, please forward the questionnaire to it.",
        "If you cannot attend, please send a delegate.",
    ):
        assert [parties(x)[1:] for x in run(_letter(sentence), None)] == [(_SIGNATORY, _AUDIENCE)], sentence
    got = run(_letter("To regulators: please share your data with us."), None)
    assert [parties(x)[2] for x in got] == [("collective:regulators",)]
    for sentence in ("Please note that the meeting will be paperless.", "Please find attached the programme."):
        assert run(_letter(sentence), None) == (), sentence


def test_please_after_the_number_of_its_paragraph_still_asks_the_audience() -> None:
    """A letter's numbered paragraph (``4 Please return ...``, ``(b) Please send ...``): the number or label before
    ``Please`` is skipped, as it is before a subject; a number before ``Please note`` still asks no one."""
    for sentence in ("4 Please return the reply form by 3 March 2031.", "(b) Please send one expert per Question."):
        got = run(_letter(sentence), None)
        assert [parties(x)[1:] for x in got] == [(_SIGNATORY, _AUDIENCE)], sentence
        assert got[0].action.split()[0] in {"return", "send"}
    assert run(_letter("4 Please note that the meeting will be paperless."), None) == ()


# ------------------------------------------------------------- items of a drafted resolution text
def test_a_drafted_texts_add_items_and_an_item_opening_with_a_phrase_are_items_of_the_lead() -> None:
    r = contribution(
        ("The Plenipotentiary Conference of the International Telecommunication Union (Lusaka, 2030),", "body"),
        ("instructs the Secretary-General", "body"),
        ("1 to continue the review of the regional programmes;", "body"),
        ("ADD 2bis to report every year to the Council on this resolution;", "body"),
        ("invites Member States", "body"),
        ("MOD 3 to designate a focal point for the programme by 30 June 2031,", "body"),
        ("instructs the Director of the Telecommunication Development Bureau", "body"),
        ("in close cooperation with the regional offices, to organize a training on the programme;", "body"),
    )
    got = run(r, None)
    assert [x.action.split()[0] for x in got] == ["continue", "report", "designate", "in"]
    assert [parties(x)[2] for x in got][2:] == [("collective:member-states",), ("post:itu-bdt/director",)]


def test_a_clause_before_the_colon_stays_one_request_to_its_subject() -> None:
    """``propose that X include in the priorities:`` then items that are things: X is asked once."""
    r = contribution(
        ("Fiji proposes that TDAG include in the priorities of the region for WTDC-30:", "body"),
        ("(a) a regional initiative on disaster resilience;", "list-item"),
        ("(b) a regional initiative on affordable connectivity.", "list-item"),
    )
    got = run(r, None)
    assert [x.action for x in got] == ["include in the priorities of the region for WTDC-30"]


# ------------------------------------------------- a decided clause in the passive names who does it after "by"
def test_a_decided_passive_clause_asks_the_agent_after_by() -> None:
    r = kinds(
        (
            "The meeting agreed that the common proposals shall be submitted to the Assembly by the Secretariat no "
            "later than 1 May 2031.",
            "body",
        ),
        ("It was agreed that the revised roadmap shall be circulated by the Chairman before the next meeting.", "body"),
        ("The Group decided that the questionnaire should be sent to Member States by BDT by 30 June 2031.", "body"),
        (
            "The Group decided that the final report, finalized at its June meeting, shall be transmitted to the "
            "conference by the Secretary-General.",
            "body",
        ),
    )
    got = run(r, "cwg-cop")
    assert [(x.paragraph, parties(x)) for x in got] == [
        (1, ("agree", "body:cwg-cop", ("body:cwg-cop-secretariat",))),
        (2, ("agree", "body:cwg-cop", ("post:cwg-cop/chair",))),
        (3, ("decide", "body:cwg-cop", ("body:itu-bdt",))),
        (4, ("decide", "body:cwg-cop", ("post:itu/secretary-general",))),
    ]
    assert [str(x.deadline) for x in got] == ["2031-05-01", "None", "2031-06-30", "None"]


def test_by_a_time_or_an_event_hosted_by_a_body_asks_no_one() -> None:
    r = kinds(
        ("The Group agreed that the report would be finalized by 30 June 2031.", "body"),
        ("The Group agreed that the text should be finalized by the end of May.", "body"),
        ("The Group agreed that the guidelines would be revised by its next meeting.", "body"),
        ("The Group agreed that the next meeting would be hosted by UNESCO in Paris in May 2031.", "body"),
    )
    assert run(r, "cwg-cop") == ()


# ------------------------------------------------------------------- plans and impersonal proposals ask no one
def test_an_impersonal_proposal_to_hold_an_event_asks_no_one() -> None:
    r = kinds(
        ("It is proposed that the Working Group hold one further meeting before the Summit.", "body"),
        ("It is further proposed that ITU hold an information session for Geneva-based missions.", "body"),
        ("It was also proposed that BDT organize a regional workshop on spectrum pricing in 2031.", "body"),
        ("It was proposed that the Secretariat prepare a short guide for newcomers.", "body"),
        ("The Group proposed that BDT organize a regional workshop on spectrum pricing.", "body"),
    )
    # an impersonal proposal that an agent act asks no one either (decision 14; round 21, third wave)
    assert [(x.paragraph, parties(x)) for x in run(r, "cwg-cop")] == [
        (5, ("propose", "body:cwg-cop", ("body:itu-bdt",))),
    ]


def test_a_decided_clause_about_a_meeting_taking_place_is_a_plan() -> None:
    r = kinds(
        ("The Group agreed that the Fifth Physical Meeting would take place in Lima from 14 to 17 April 2031.", "body"),
        ("It was agreed that the Third Regional Forum would be organized in Accra in May 2031.", "body"),
        ("The Group decided that its next annual meeting will be hosted by UNESCO in Paris.", "body"),
        ("The Group agreed that the Secretariat shall convene a meeting of experts.", "body"),
    )
    assert [(x.paragraph, parties(x)) for x in run(r, "cwg-cop")] == [
        (4, ("agree", "body:cwg-cop", ("body:cwg-cop-secretariat",))),
    ]


# ---------------------------------------------------------------- a passive of tasking with a gerund as the action
def test_a_passive_tasked_with_a_gerund_asks_its_subject() -> None:
    r = kinds(
        (
            "The sub-group on household indicators, led by Mr Arjun Rao (India), was tasked with submitting its "
            "draft questionnaire to the online forum by 1 November 2031.",
            "body",
        ),
        ("(a) the Rapporteur is tasked with preparing a revised outline of the final report;", "list-item"),
        ("BDT has been tasked, under Resolution 140, with coordinating the regional review.", "body"),
        ("Member States were invited, with regard to the survey, to reply by 1 May 2031.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [(x.paragraph, parties(x)[0], x.action) for x in got] == [
        (1, "task", "submitting its draft questionnaire to the online forum by 1 November 2031"),
        (2, "task", "preparing a revised outline of the final report"),
        (3, "task", "coordinating the regional review"),
        (4, "invite", "reply by 1 May 2031"),
    ]
    assert [parties(x)[2] for x in got][1:3] == [("post:cwg-cop/rapporteur",), ("body:itu-bdt",)]


# --------------------------------------------------------------- an invitation to a place is one to come there
def test_an_invitation_to_a_place_asks_to_come_there() -> None:
    r = kinds(
        (
            "Ms Ana Lopes, speaking for the host country, invited all participants to Vilnius, where the Forum will "
            "meet in September 2031.",
            "body",
        ),
        ("The Secretary-General invited Member States to Kigali for WTDC-31.", "body"),
        ("The Chair invited participants to the reception.", "body"),
        ("The Chair invited comments to Document 12.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [(x.paragraph, parties(x)[2], x.action.split(",")[0]) for x in got] == [
        (1, ("collective:participants",), "come to Vilnius"),
        (2, ("collective:member-states",), "come to Kigali for WTDC-31"),
        (3, ("collective:participants",), "attend the reception"),
    ]


def test_the_records_own_head_noun_or_short_name_before_a_colon_is_its_body() -> None:
    """``The Forum:`` / ``The RDF:`` above lettered items in a record of a forum whose name is only
    known from its key (title-cased: ``Regional Development Forum For Oceania``): the forum asks."""
    for lead in ("The Forum:", "The RDF therefore:", "Following the discussion, the Forum:"):
        r = kinds(
            ("The Forum met in Apia on 3 and 4 March 2031.", "body"),
            (lead, "body"),
            ("(i) requested the ITU Office for the Pacific to draft a regional roadmap by 30 June 2031;", "list-item"),
            ("(ii) urged administrations to share their spectrum plans;", "list-item"),
            ("(iii) noted the progress report.", "list-item"),
            title="Report of the Regional Development Forum for Oceania",
        )
        got = run(r, "regional-development-forum-for-oceania")
        assert [x.verb for x in got] == ["request", "urge"], lead
        assert {parties(x)[1] for x in got} == {"body:regional-development-forum-for-oceania"}, lead


def test_an_unknown_name_before_a_colon_in_a_text_of_no_meeting_leads_nothing() -> None:
    r = kinds(
        ("The Bureau:", "body"),
        ("(i) requested the Working Party to draft a roadmap;", "list-item"),
    )
    assert all(parties(x)[1] != "collective:bureau" for x in run(r, None))


def test_items_whose_list_marks_were_lost_go_on_under_the_lead() -> None:
    """A Word list read as plain paragraphs: ``The participants:`` then ``noted ...``, ``asked X to ...``."""
    for lead in ("The participants:", "The meeting:", "The Workshop:"):
        r = kinds(
            ("The Pacific Workshop on Submarine Cables met in Suva on 2 May 2031.", "body"),
            (lead, "body"),
            ("noted the report of the regional cable operators;", "body"),
            ("asked the ITU Office for the Pacific to map the landing stations by 1 October 2031;", "body"),
            ("called upon administrations to publish their cable repair plans.", "body"),
            ("The workshop closed at 17:00.", "body"),
            title="Outcome of the Pacific Workshop on Submarine Cables",
        )
        got = run(r, "pacific-workshop-on-submarine-cables")
        assert [x.verb for x in got] == ["ask", "call-upon"], lead
        assert {parties(x)[1] for x in got} == {"body:pacific-workshop-on-submarine-cables"}, lead


def test_a_meeting_recommended_or_proposed_to_be_held_is_asked_of_no_one() -> None:
    for sentence in (
        "The meeting recommended that the next facilitation meeting be held during the Forum in 2032.",
        "The Group proposed that its fourth meeting take place online in March 2032.",
        "The participants suggested that the next regional workshop should be hosted by Samoa.",
    ):
        r = kinds((sentence, "body"), title="Report of the Pacific Workshop on Submarine Cables")
        assert run(r, "pacific-workshop-on-submarine-cables") == (), sentence


def test_some_members_proposing_what_no_one_is_named_to_do_is_no_request() -> None:
    """``Several experts asked that the report cover X``: a participants' proposal, like a person's;
    with a named doer (``that the secretariat prepare``) it stays a request."""
    for sentence in (
        "Several experts asked that the guidelines cover satellite backhaul as well.",
        "Some participants proposed that thematic coalitions be formed on open data.",
        "A number of delegates suggested that the questionnaire include a section on tariffs.",
    ):
        r = kinds((sentence, "body"), title="Report of the Pacific Workshop on Submarine Cables")
        assert run(r, "pacific-workshop-on-submarine-cables") == (), sentence
    r = kinds(
        ("Several participants asked the ITU Office for the Pacific to circulate the maps by 1 May 2032.", "body"),
        title="Report of the Pacific Workshop on Submarine Cables",
    )
    assert len(run(r, "pacific-workshop-on-submarine-cables")) == 1


def test_an_infinitive_dated_by_until_says_how_long_and_stays_in_the_same_request() -> None:
    for sentence in (
        "The Group requested the secretariat to open the survey by 3 February 2032"
        " and to keep it open until 30 April 2032.",
        "The meeting asked BDT to launch the platform before 1 June 2032, and to run it until 31 December 2032.",
    ):
        r = kinds((sentence, "body"), title="Report of the Pacific Workshop on Submarine Cables")
        assert len(run(r, "pacific-workshop-on-submarine-cables")) == 1, sentence
    r = kinds(
        (
            "The Group invited members to submit cases by 3 February 2032,"
            " and to comment on the draft by 30 April 2032.",
            "body",
        ),
        title="Report of the Pacific Workshop on Submarine Cables",
    )
    assert len(run(r, "pacific-workshop-on-submarine-cables")) == 2


def _joint(*rows: tuple[str, str]) -> ParsedReport:
    paras = (Paragraph(1, "front", "Joint contribution from Chile and Uruguay"),)
    paras += tuple(Paragraph(i + 2, "1", t, k) for i, (t, k) in enumerate(rows))
    return ParsedReport("t.txt", "text/plain", "Council Working Group", (Section("1", "t", None, 2),), paras)


def test_items_after_a_lead_of_two_co_requesters_are_asked_by_each() -> None:
    for lead in ("Chile and Uruguay invite the Council:", "Chile and Uruguay therefore propose that the Council:"):
        r = _joint(
            (lead, "body"),
            ("(a) request the Secretary-General to report on rural connectivity to Council 2033;", "list-item"),
            ("(b) encourage Sector Members to join the Connect the Andes initiative by 1 May 2033.", "list-item"),
        )
        got = run(r, None)
        assert sorted(parties(x)[1] for x in got) == ["country:CHL", "country:CHL", "country:URY", "country:URY"], lead
        assert {x.action.split()[0] for x in got} == {"request", "encourage"}, lead


def test_a_passive_lead_with_dashed_items_in_its_sentence_is_one_request_per_item() -> None:
    """A PDF or a Chairman's report runs ``is invited to: - A; - B`` into one paragraph."""
    for sentence in (
        "The Council is invited to: - take note of this report;"
        " - instruct the Secretary-General to circulate it by 1 May 2033.",
        "The Plenary is requested: – to approve the draft; – to ask the Bureau to publish it.",
        "Member States are invited to: • nominate focal points; • reply to the survey by 30 June 2033.",
    ):
        r = kinds((sentence, "body"), title="Report of the Pacific Workshop on Submarine Cables")
        assert len(run(r, "pacific-workshop-on-submarine-cables")) == 2, sentence


# ------------------------------------------------- a lead naming its proposals, with no verb of asking
def test_a_lead_that_makes_proposals_asks_through_its_that_items() -> None:
    items = (
        ("a) that the Council request the Secretary-General to publish the outcome by 1 May 2031;", "body"),
        ("b) that the Council invite the Bureau to include a component on measurement.", "body"),
    )
    for lead in (
        "Fiji wishes to make two proposals:",
        "Fiji has the following proposals:",
        "In this regard, Fiji would like to put forward three concrete proposals to the Council:",
        "Fiji submits the following recommendations:",
    ):
        got = run(contribution((lead, "body"), *items), None)
        assert [x.action.split()[0] for x in got] == ["request", "invite"], lead
        assert {parties(x)[1:] for x in got} == {("country:FJI", ("body:itu-council",))}, lead
    # a lead of no proposals leads no requests
    assert run(contribution(("Fiji makes a number of observations:", "body"), *items), None) == ()


def test_items_labelled_by_ordinals_after_adopt_n_decisions_are_one_request_each() -> None:
    for lead, marks in (
        ("Fiji proposes that the Council adopt two decisions:", ("First,", "Second,")),
        ("Fiji recommends that the Council take the following measures:", ("Firstly:", "Secondly:")),
        ("Fiji proposes that the Council take the following decisions:", ("(a)", "(b)")),
    ):
        got = run(
            contribution(
                (lead, "body"),
                (f"{marks[0]} to request the Secretary-General to publish the outcome by 1 May 2031;", "body"),
                (f"{marks[1]} to invite the Bureau to include a component on measurement.", "body"),
            ),
            None,
        )
        assert [x.action.split()[0] for x in got] == ["request", "invite"], lead
        assert {parties(x)[2] for x in got} == {("body:itu-council",)}, lead


def test_items_marked_inline_by_ordinals_after_a_lead_are_one_request_each() -> None:
    for text in (
        "Fiji proposes that the Council adopt today three decisions: First, to request the Secretary-General to "
        "publish the outcome by 1 May 2031; Second, to invite the Bureau to include a component on measurement; "
        "Third, to urge regulators to harmonize their regimes.",
        "Fiji proposes that the Council adopt three decisions: first, to request the Secretary-General to publish "
        "the outcome; second, to invite the Bureau to include a component on measurement; and third, to urge "
        "regulators to harmonize their regimes.",
    ):
        got = run(contribution((text, "body")), None)
        assert [x.action.split()[0] for x in got] == ["request", "invite", "urge"], text
    # ordinals inside one action are no items
    got = run(
        contribution(("Fiji invites the Bureau to publish, first, the outcome, and second, the annexes.", "body")), None
    )
    assert len(got) == 1


def test_a_numbered_paragraph_or_a_chair_before_the_lists_colon_still_names_its_subject() -> None:
    """``5 The Study Group:`` / ``4.2. The Forum, chaired by Ms A (Chile):`` above lettered items: the
    paragraph number and who chaired are no part of the subject; the record's body asks."""
    leads = (
        "5 The Forum:",
        "4.2. The Forum:",
        "The Forum, chaired by Ms Ana Ruiz-Kowalski (Chile):",
        "7 The Forum, co-chaired by Mr Tui Faleolo and Ms Mere Tane:",
    )
    for lead in leads:
        r = kinds(
            ("The Forum met in Apia on 3 and 4 March 2031.", "body"),
            (lead, "body"),
            ("a) approved the regional roadmap;", "list-item"),
            ("b) invited the Rapporteurs to submit editorial changes by 15 May 2031;", "list-item"),
            ("c) requested the ITU Office for the Pacific to translate the roadmap.", "list-item"),
            title="Report of the Regional Development Forum for Oceania",
        )
        got = run(r, "regional-development-forum-for-oceania")
        assert [x.verb for x in got] == ["invite", "request"], lead
        assert {parties(x)[1] for x in got} == {"body:regional-development-forum-for-oceania"}, lead


def test_things_invited_from_agents_in_the_passive_ask_those_agents() -> None:
    """``Contributions are invited from Member States by 1 May``: a request to Member States to submit
    them; information that ``may be requested from the secretariat`` asks no one."""
    r = kinds(
        ("The Forum met in Apia on 3 and 4 March 2031.", "body"),
        (
            "Contributions to the next meeting are invited from Member States and Sector Members by 20 April 2031.",
            "body",
        ),
        ("Comments on the draft roadmap were requested from the regional groups.", "body"),
        (
            "The Forum will meet again in May, and proposals are also invited from academia before 1 April 2031.",
            "body",
        ),
        ("Further information may be requested from the secretariat.", "body"),
        ("Delegates are invited from 9:00 to register at the desk.", "body"),
        title="Report of the Regional Development Forum for Oceania",
    )
    got = run(r, "regional-development-forum-for-oceania")
    assert [(x.paragraph, x.verb, x.action) for x in got] == [
        (2, "invite", "submit contributions to the next meeting by 20 April 2031"),
        (3, "request", "submit comments on the draft roadmap"),
        (4, "invite", "submit proposals before 1 April 2031"),
        (6, "invite", "register at the desk"),  # people invited from a time: the plain passive
    ]
    assert [len(x.addressees) for x in got] == [2, 1, 1, 1]


def test_a_run_in_heading_kept_on_the_paragraphs_line_is_no_part_of_the_subject() -> None:
    """A PDF keeps a bold run-in heading on its paragraph's line (``3. Follow-up The Committee
    requested ...``, ``Requests The meeting: - requested ...``): the subject after it asks; a capital
    after a preposition (``Delegates from The Gambia``) is no heading."""
    r = kinds(
        ("The Forum met in Apia on 3 and 4 March 2031.", "body"),
        ("3. Follow-up The Forum requested the ITU Office for the Pacific to draft a roadmap by 30 June 2031.", "body"),
        ("Next meeting Mr Tui Faleolo (Samoa) invited the Forum to meet in Apia in 2032.", "body"),
        ("Requests The Forum: - urged administrations to share their spectrum plans; - invited BDT to help.", "body"),
        ("5 The Forum elected Ms Mere Tane as Chair and invited her to report in 2032.", "body"),
        title="Report of the Regional Development Forum for Oceania",
    )
    got = run(r, "regional-development-forum-for-oceania")
    assert [(x.paragraph, x.verb) for x in got if parties(x)[1] == "body:regional-development-forum-for-oceania"] == [
        (2, "request"),
        (4, "urge"),
        (4, "invite"),
        (5, "invite"),  # "The Forum elected": a sentence, no heading
    ]


def test_reminded_to_is_a_request_and_reminded_that_or_of_states_a_fact() -> None:
    """Decision 39: ``X are reminded to do Y`` asks X (verb ``remind``); ``reminded that ...`` and
    ``reminded X of ...`` ask no one."""
    r = kinds(
        ("The Forum met in Apia on 3 and 4 March 2031.", "body"),
        ("Rapporteurs were reminded to submit their reports by 15 June 2031.", "body"),
        ("Delegates are reminded that the deadline for contributions is 12 September 2031.", "body"),
        ("The Forum reminded participants that contributions must reach the secretariat by 1 May 2031.", "body"),
        ("The Forum reminded participants of the deadline for nominations.", "body"),
        ("The Forum reminded administrations to share their spectrum plans.", "body"),
        title="Report of the Regional Development Forum for Oceania",
    )
    got = run(r, "regional-development-forum-for-oceania")
    assert [(x.paragraph, x.verb, x.action) for x in got] == [
        (2, "remind", "submit their reports by 15 June 2031"),
        (6, "remind", "share their spectrum plans"),
    ]

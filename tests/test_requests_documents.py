"""Requests in documents that are not (only) the record of a meeting: a Council document or a
chairman's report (who wrote it), a speech and a letter (``I``, ``you``, the signatory), a
resolution text (its operative verbs and their numbered items), and the document's author
(ingest/extract/authors.py). Every sentence here is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, parties
from extract_support import one_section_report as report
from extract_support import requests_of as run

from wsiskg.ingest.extract.authors import document_voice, speaks_for
from wsiskg.ingest.extract.document import new_document
from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.records import AgentRef, Paragraph, ParsedReport, Section


def paragraphs(*rows: tuple[str, str]) -> ParsedReport:
    """A report of (text, kind) paragraphs in one section."""
    paras = tuple(Paragraph(i + 1, "1", text, kind) for i, (text, kind) in enumerate(rows))
    return ParsedReport("t.txt", "text/plain", None, (Section("1", "t", None, 1),), paras)


# ---------------------------------------------------------------------------- who wrote the document
def test_a_council_document_asks_in_its_authors_name() -> None:
    r = make_report(
        "Council 2031",
        "Report by the Secretary-General",
        "The Council is invited to approve the proposed plan.",
        "Member States are encouraged to submit their national reports by 30 April 2031.",
    )
    got = run(r, "itu-council")
    assert [parties(x) for x in got] == [
        ("invite", "post:itu/secretary-general", ("body:itu-council",)),
        ("encourage", "post:itu/secretary-general", ("collective:member-states",)),
    ]
    assert got[1].deadline == date(2031, 4, 30)


def test_a_council_document_of_another_bodys_meeting_still_asks_in_its_authors_name() -> None:
    # the bare post of the header is the Secretary-General of the organisation its front names, also
    # when the meeting read from the text is another body's; the header fields may run into one line
    for head in (
        (
            "COUNCIL 2033",
            "Geneva, 9-18 June 2033",
            "Document C33/41-E",
            "Original: English",
            "Report by the Secretary-General",
        ),
        (
            "C33/41-E",
            "COUNCIL 2033 Geneva, 9-18 June 2033",
            "Agenda item: 4.2 Document C33/41-E Original: English Report by the Secretary-General",
        ),
        ("Council 2033 - Virtual consultation of councillors", "Note by the Secretary-General"),
    ):
        r = make_report(
            *head,
            "REVIEW OF THE REGIONAL PRESENCE",
            "The Council is invited to take note of this report.",
            "Member States are encouraged to share their regional strategies by 1 October 2033.",
        )
        for body in (None, "ungis"):
            assert [parties(x) for x in run(r, body)] == [
                ("invite", "post:itu/secretary-general", ("body:itu-council",)),
                ("encourage", "post:itu/secretary-general", ("collective:member-states",)),
            ], (head[-1], body)


def test_a_chairmans_report_speaks_for_the_group_it_chairs() -> None:
    r = make_report(
        "The Council is invited to note this report.",
        title="Report by the Chairman of the Council Working Group on Child Online Protection",
    )
    assert [parties(x) for x in run(r, "cwg-cop")] == [("invite", "body:cwg-cop", ("body:itu-council",))]


def test_a_report_of_a_body_ranks_above_the_note_that_transmits_it() -> None:
    r = make_report(
        "Note by the Secretary-General",
        "REPORT OF THE COUNCIL ON THE FOLLOW-UP OF THE SUMMIT",
        "The conference is invited to take note of this report.",
    )
    new_document(r)
    author = document_voice(r, find_actors(r, None)).author
    assert (author.kind, author.key) == ("body", "itu-council") if author else False


def test_a_speech_asks_in_the_speakers_name_and_you_are_the_group_its_salutation_hails() -> None:
    r = make_report(
        "Regional Forum for the Americas 2031",
        "Opening remarks by Lucía Ferreira-Nakamura, Deputy Secretary-General, ITU",
        "Distinguished delegates,",
        "I urge all administrations in the region to submit their projects before the deadline. "
        "I also invite each of you to join the consultation on the new action plan.",
    )
    got = run(r, None)
    assert [parties(x) for x in got] == [
        ("urge", "person:lucia-ferreira-nakamura", ("collective:administrations",)),  # decision 12
        ("invite", "person:lucia-ferreira-nakamura", ("collective:delegates",)),  # the salutation's group
    ]
    assert got[0].addressees[0].label == "all administrations"  # the group as qualified, a group of its own
    assert got[1].action == "join the consultation on the new action plan"


def test_a_letter_asks_in_its_signatorys_name_and_you_are_its_recipients() -> None:
    r = make_report(
        "Geneva, 3 February 2031",
        "To: Administrations of ITU Member States, ITU-T Sector Members and Academia",
        "Dear Sir/Madam,",
        "I have the honour to invite you to the fourth meeting of the Focus Group, to be held in Geneva.",
        "Participants are requested to register online before 2 May 2031. Delegates requiring an entry visa "
        "for Switzerland are requested to apply at least four weeks in advance.",
        "Yours faithfully,",
        "Kwame Asante-Berg",
        "Director",
        "Telecommunication Standardization Bureau",
    )
    got = run(r, None)
    tsb = "person:kwame-asante-berg"  # the person who signs, as a speech is its speaker's
    assert [parties(x) for x in got] == [
        (
            "invite",
            tsb,
            (
                "collective:administrations-of-itu-member-states",
                "collective:itu-t-sector-members",
                "collective:academia",
            ),
        ),
        ("request", tsb, ("collective:participants",)),
        ("request", tsb, ("collective:delegates",)),
    ]
    assert [a.label for a in got[0].addressees] == [
        "Administrations of ITU Member States",
        "ITU-T Sector Members",
        "Academia",
    ]
    assert got[0].action.startswith("attend the fourth meeting of the Focus Group")
    assert got[2].addressees[0].label == "Delegates"  # what they need only qualifies them (decision 12)


def test_a_letter_signed_by_a_post_alone_asks_in_its_name() -> None:
    r = make_report(
        "Geneva, 9 October 2032",
        "Dear Sir/Madam,",
        "Member States are invited to nominate their experts by 1 December 2032.",
        "Yours sincerely,",
        "(signed)",
        "Director",
        "Telecommunication Standardization Bureau",
    )
    assert [parties(x) for x in run(r, None)] == [
        ("invite", "post:itu-tsb/director", ("collective:member-states",)),
    ]


def test_a_letter_signed_by_several_persons_asks_in_each_ones_name() -> None:
    # annotation guide, decision 18: each co-signatory by name
    for signature in (
        ("Yours sincerely,", "Mariana Echeverría-Holt", "Tomasz Adeyemi-Nowak", "Co-Chair", "Co-Chair"),
        (
            "Please accept, Excellency, the assurances of our highest consideration.",
            "Mariana Echeverría-Holt",
            "Permanent Representative of Uruguay",
            "Tomasz Adeyemi-Nowak",
            "Permanent Representative of Poland",
        ),
    ):
        r = make_report(
            "New York, 4 March 2033", "Excellency,", "We invite Member States to comment by 30 April 2033.", *signature
        )
        assert [parties(x) for x in run(r, None)] == [
            ("invite", "person:mariana-echeverria-holt", ("collective:member-states",)),
            ("invite", "person:tomasz-adeyemi-nowak", ("collective:member-states",)),
        ], signature[1]
    # a contact named under the signature signs nothing
    r = make_report(
        "New York, 4 March 2033",
        "Excellency,",
        "We invite Member States to comment by 30 April 2033.",
        "Yours faithfully,",
        "Mariana Echeverría-Holt",
        "Co-Chair",
        "For any questions, please contact Mr Tomasz Adeyemi-Nowak (tomasz@example.org).",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["person:mariana-echeverria-holt"]


def test_recipients_stop_at_the_copy_line_and_split_at_dashes() -> None:
    r = paragraphs(
        ("To:", "body"),
        ("Administrations of Member States", "list-item"),
        ("Regional telecommunication organizations", "list-item"),
        ("Copy:", "body"),
        ("To the Chairmen of the Study Groups", "list-item"),
        ("Dear Sir/Madam,", "body"),
    )
    new_document(r)
    assert [a.label for a in document_voice(r, find_actors(r, None)).audience] == [
        "Administrations of Member States",
        "Regional telecommunication organizations",
    ]
    r = paragraphs(
        ("To: – Administrations of ITU Member States – ITU-D Sector Members – Academia", "body"),
        ("cc: Radiocommunication Bureau", "body"),
    )
    new_document(r)
    assert [a.label for a in document_voice(r, find_actors(r, None)).audience] == [
        "Administrations of ITU Member States",
        "ITU-D Sector Members",
        "Academia",
    ]


def test_a_recipients_line_is_not_cut_inside_brackets() -> None:
    for line, want in (
        (
            "To: Administrations of Member States (Europe, CIS and Arab States regions), Sector Members",
            ["Administrations of Member States (Europe, CIS and Arab States regions)", "Sector Members"],
        ),
        (
            "To: ITU-T Sector Members (vendors, operators and academia); Regulators",
            ["ITU-T Sector Members (vendors, operators and academia)", "Regulators"],
        ),
        (
            "To: Administrations of ITU Member States, Associates (Study Groups 9 and 16) and Academia",
            ["Administrations of ITU Member States", "Associates (Study Groups 9 and 16)", "Academia"],
        ),
    ):
        r = paragraphs((line, "body"), ("Dear Sir/Madam,", "body"))
        new_document(r)
        assert [a.label for a in document_voice(r, find_actors(r, None)).audience] == want, line


def test_a_qualified_group_is_the_group() -> None:
    # what a group needs or wishes only qualifies it (docs/annotation-guide.md decision 12)
    r = report(
        "Member States are invited to send comments. Member States wishing to host the next meeting are "
        "invited to inform the secretariat. Delegates requiring interpretation are invited to say so.",
    )
    got = run(r, "cwg-cop")
    assert [[(a.key, a.label) for a in x.addressees] for x in got] == [
        [("member-states", "Member States")],
        [("member-states", "Member States")],
        [("delegates", "Delegates")],
    ]


def test_recipients_listed_under_an_empty_to_line() -> None:
    r = paragraphs(
        ("To:", "body"),
        ("Ref: TSB/31-07", "body"),
        ("Administrations of Member States", "list-item"),
        ("Sector Members", "list-item"),
        ("Dear Sir/Madam,", "body"),
    )
    new_document(r)
    voice = document_voice(r, find_actors(r, None))
    assert [(a.key, a.label) for a in voice.audience] == [
        ("administrations-of-member-states", "Administrations of Member States"),
        ("sector-members", "Sector Members"),
    ]


def test_who_speaks_for_the_meeting_body() -> None:
    r = report("Ms Ingrid Solberg-Matsuda (Norway), Chair of the Group, opened the meeting.")
    new_document(r)
    actors = find_actors(r, "cwg-cop")
    chair = next(p for p in actors.persons if p.key == "ingrid-solberg-matsuda")
    assert speaks_for(AgentRef("person", chair.key), "cwg-cop", actors)
    assert speaks_for(AgentRef("post", "cwg-cop/chair"), "cwg-cop", actors)
    assert not speaks_for(AgentRef("post", "itu/secretary-general"), "cwg-cop", actors)
    assert not speaks_for(AgentRef("body", "cwg-cop"), None, actors)


# ---------------------------------------------------------------------------- resolution texts
def test_a_resolution_text_gives_one_request_per_operative_item() -> None:
    r = paragraphs(
        ("The World Telecommunication Standardization Assembly (Hammamet, 2031),", "body"),
        ("considering", "body"),
        ("a) that the digital divide persists;", "list-item"),
        ("resolves", "body"),
        ("1 that the Telecommunication Standardization Bureau shall maintain the database;", "body"),
        ("instructs the Director of the Telecommunication Standardization Bureau", "body"),
        ("1 to report annually to the Council;", "body"),
        ("2 to cooperate with the regional offices,", "body"),
        ("invites Member States", "body"),
        ("to contribute to the work of the study groups.", "body"),
    )
    got = run(r, None)
    assert [(x.paragraph, *parties(x), x.action) for x in got] == [
        (5, "resolve", "body:wtsa", ("body:itu-tsb",), "maintain the database"),
        (7, "instruct", "body:wtsa", ("post:itu-tsb/director",), "report annually to the Council"),
        (8, "instruct", "body:wtsa", ("post:itu-tsb/director",), "cooperate with the regional offices"),
        (10, "invite", "body:wtsa", ("collective:member-states",), "contribute to the work of the study groups"),
    ]


def test_an_operative_verb_addressing_a_list_leads_its_items() -> None:
    r = paragraphs(
        ("The Plenipotentiary Conference (Valletta, 2034),", "body"),
        ("invites Member States, Sector Members and Academia", "body"),
        ("1 to take part in the consultations;", "body"),
        ("2 to share their experience with the secretariat.", "body"),
    )
    got = run(r, None)
    groups = ("collective:member-states", "collective:sector-members", "collective:academia")
    assert [(x.paragraph, *parties(x), x.action) for x in got] == [
        (3, "invite", "body:itu-pp", groups, "take part in the consultations"),
        (4, "invite", "body:itu-pp", groups, "share their experience with the secretariat"),
    ]


def test_operative_verbs_glued_after_a_semicolon() -> None:
    r = paragraphs(
        ("The Plenipotentiary Conference of the International Telecommunication Union (Lima, 2030), noting", "body"),
        ("b) the outcome of the review; instructs the Secretary-General", "list-item"),
        ("1 to publish the annual report;", "body"),
        ("2 to report to the Council; invites Sector Members to share their experience.", "body"),
    )
    got = run(r, "itu-pp")
    assert [(x.paragraph, *parties(x), x.action) for x in got] == [
        (3, "instruct", "body:itu-pp", ("post:itu/secretary-general",), "publish the annual report"),
        (4, "instruct", "body:itu-pp", ("post:itu/secretary-general",), "report to the Council"),
        (4, "invite", "body:itu-pp", ("collective:sector-members",), "share their experience"),
    ]


def test_operative_verbs_need_a_resolution_preamble() -> None:
    r = paragraphs(("instructs the Secretary-General", "body"), ("1 to publish the annual report;", "body"))
    assert run(r, None) == ()


# ---------------------------------------------------------------------------- subjects
def test_it_and_a_coordinated_verb_continue_the_subject() -> None:
    r = report(
        "Council Resolution 1344 invites the Group to continue its work. "
        "It also instructs the Secretary-General to report annually.",
        "By Resolution 48 (Rev. Kigali, 2030), WTDC-30 instructed the Director of BDT to report each year, "
        "and encouraged Sector Members to share case studies.",
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [
        ("invite", "body:itu-council", ("body:cwg-cop",)),
        ("instruct", "body:itu-council", ("post:itu/secretary-general",)),
        ("instruct", "body:wtdc", ("post:itu-bdt/director",)),
        ("encourage", "body:wtdc", ("collective:sector-members",)),
    ]


def test_what_a_cited_resolution_asks() -> None:
    r = report(
        "In accordance with Resolution 140 (Rev. Bucharest, 2022), the Secretary-General is instructed to report.",
        "This report also responds to Council Resolution 1332 (Modified 2019), which invites the Secretary-General "
        "to consult the Group.",
        "By Resolution 172 (Rev. Busan, 2014), the conference invited the Secretary-General to take part.",
        "In line with Resolution 1332, Member States were invited to send comments.",
    )
    got = run(r, "cwg-wsis-sdg")
    assert [parties(x)[1] for x in got] == ["body:itu-pp", "body:itu-council", "body:itu-pp", "body:cwg-wsis-sdg"]


def test_a_delegate_named_after_the_country_is_the_one_who_asks() -> None:
    r = report("The delegate of Chile, Ms Valeria Otárola-Weiss, asked the secretariat to circulate the slides.")
    assert [parties(x) for x in run(r, "cwg-cop")] == [
        ("ask", "person:valeria-otarola-weiss", ("body:cwg-cop-secretariat",)),
    ]


def test_a_participants_wish_asks_no_one() -> None:
    r = report(
        "Mr Tomás Arriaga (Peru) proposed that the report include a summary of the debate.",
        "The delegate of Ghana suggested that the Director of BDT be invited to report.",
    )
    assert run(r, "cwg-cop") == ()


# ---------------------------------------------------------------------------- addressees
def test_that_x_be_requested_to_is_one_request_to_x() -> None:
    r = report("The Council also recommends that the Directors of the three Bureaux be requested to report annually.")
    got = run(r, "itu-council")
    assert [(*parties(x), x.action) for x in got] == [
        (
            "recommend",
            "body:itu-council",
            ("post:itu-br/director", "post:itu-tsb/director", "post:itu-bdt/director"),
            "report annually",
        )
    ]


def test_its_post_and_a_named_bodys_secretariat() -> None:
    r = report(
        "UNESCO, by resolution 41 C/12, invited its Director-General to continue the cooperation.",
        "The Economic and Social Council requested the CSTD secretariat to prepare a report.",
    )
    got = run(r, "cwg-wsis-sdg")
    assert [parties(x) for x in got] == [
        ("invite", "body:unesco", ("post:unesco/director-general",)),
        ("request", "body:ecosoc", ("body:cstd",)),  # a lower-case secretariat is its body (decision 26)
    ]
    assert got[0].addressees[0].label.startswith("Director-General, United Nations Educational")


def test_lettered_items_after_a_subject_and_a_colon() -> None:
    r = paragraphs(
        ("Following the discussion, TSAG:", "body"),
        ("a) requested TSB to publish the updated guidelines by 30 June 2031;", "list-item"),
        ("b) invited Sector Members to submit proposals.", "list-item"),
        ("The meeting closed at 17:00.", "body"),
        ("c) noted the report.", "list-item"),
    )
    got = run(r, "tsag")
    assert [(x.paragraph, *parties(x)) for x in got] == [
        (2, "request", "body:tsag", ("body:itu-tsb",)),
        (3, "invite", "body:tsag", ("collective:sector-members",)),
    ]
    assert got[0].deadline == date(2031, 6, 30)


def test_a_heading_that_leads_a_list_is_read() -> None:
    r = paragraphs(
        ("The Council recommends that the Plenipotentiary Conference:", "heading"),
        ("a) revise the resolution;", "list-item"),
        ("b) invite Member States to contribute.", "list-item"),
    )
    got = run(r, "itu-council")
    assert [(x.paragraph, *parties(x)) for x in got] == [
        (2, "recommend", "body:itu-council", ("body:itu-pp",)),
        (3, "recommend", "body:itu-council", ("body:itu-pp",)),
    ]


# ---------------------------------------------------------------------------- meeting records
def test_who_asks_in_a_summary_record() -> None:
    r = report(
        "The Councillor for Kenya, Mr Otieno Barasa, asked the secretariat to circulate the text.",
        "The Secretary-General said that the General Assembly, in resolution 77/150, had invited ITU to lead "
        "the review.",
        "4 Ms Aiyana Redcloud, speaking on behalf of the youth delegates, urged governments to act.",
        "The action line facilitators agreed to update the matrix and invited stakeholders to comment.",
        "The meeting recalled Council Resolution 1305, which requested the Secretary-General to report.",
    )
    got = run(r, "itu-council")
    assert [parties(x)[:2] for x in got] == [
        ("ask", "person:otieno-barasa"),
        ("invite", "body:unga"),
        ("urge", "person:aiyana-redcloud"),
        ("invite", "collective:action-line-facilitators"),
        ("request", "body:itu-council"),
    ]
    assert [a.key for a in got[2].addressees] == ["governments"]


def test_a_compound_plural_is_one_group_and_a_clause_subject_post_stays_a_post() -> None:
    r = report(
        "Mr Arvid Lindqvist (Sweden), Chairman of the Group, opened the meeting.",
        "TSAG requested the Study Group chairmen to review the questions.",
        "TSAG agreed that the Chairman shall prepare a draft work plan.",
    )
    got = run(r, "tsag")
    assert [(x.addressees[0].kind, x.addressees[0].key, x.addressees[0].label) for x in got] == [
        ("collective", "study-group-chairmen", "Study Group chairmen"),
        ("post", "tsag/chair", got[1].addressees[0].label),
    ]


def test_a_sentence_the_parser_took_for_a_heading_is_read() -> None:
    r = paragraphs(
        ("Recommendations", "heading"),
        (
            "The Group recommends that the Council approve the revised terms of reference of the Group as amended "
            "at its third meeting",
            "heading",
        ),
    )
    assert [parties(x) for x in run(r, "cwg-cop")] == [("recommend", "body:cwg-cop", ("body:itu-council",))]


def test_an_adjective_before_a_group_and_a_clause_about_what_cannot_be_named() -> None:
    r = report(
        "Kenya also invites interested Member States to join the regional workshop.",
        "The Group recommended that the Ninth Regional Indicators Symposium, to be held in Accra, consider "
        "its proposals.",
        "It was proposed that the Forum Programme is shaped by the consultation.",
    )
    got = run(r, "cwg-cop")
    assert [(x.paragraph, *parties(x)) for x in got] == [
        (1, "invite", "country:KEN", ("collective:member-states",)),
        # a named meeting is asked, though the resolver does not know it
        (2, "recommend", "body:cwg-cop", ("collective:ninth-regional-indicators-symposium",)),
        # 3: "It was proposed that ...": an impersonal proposal asks no one (issue 8, decision 14)
    ]


def test_a_clause_naming_a_code_is_asked_but_not_a_thing() -> None:
    r = report(
        "The Group recommended that PrepCom-4 transmit the bracketed text to the drafting group.",
        "The Group recommended that the Stocktaking Report include a chapter on gender.",
    )
    got = run(r, "cwg-cop")
    assert [(x.paragraph, *parties(x), x.action) for x in got] == [
        (
            1,
            "recommend",
            "body:cwg-cop",
            ("collective:prepcom-4",),
            "transmit the bracketed text to the drafting group",
        ),
    ]


def test_a_subject_listing_several_agents_asks_once_each() -> None:
    r = report(
        "The General Assembly, in its resolution 79/201, and the Economic and Social Council, in resolution "
        "2030/12, have asked all stakeholders to prepare for the review.",
        "Brazil and India invited the Group to hold a workshop.",
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [
        ("ask", "body:unga", ("collective:stakeholders",)),
        ("ask", "body:ecosoc", ("collective:stakeholders",)),
        ("invite", "country:BRA", ("body:cwg-cop",)),
        ("invite", "country:IND", ("body:cwg-cop",)),
    ]


def test_an_operative_verb_after_an_item_and_a_comma() -> None:
    r = paragraphs(
        (
            "The World Telecommunication Development Conference (Kigali, 2030), recalling Resolution 140, resolves "
            "to instruct the Director of the Telecommunication Development Bureau",
            "body",
        ),
        ("1 to report annually to TDAG;", "body"),
        ("2 to cooperate with the regional commissions, invites Member States to share their e-strategies.", "body"),
    )
    got = run(r, "wtdc")
    assert [(x.paragraph, *parties(x)) for x in got][-1] == (
        3,
        "invite",
        "body:wtdc",
        ("collective:member-states",),
    )


def test_an_invitation_to_attend_names_agents() -> None:
    r = report(
        "The Chair invited Member States to the informal session on 3 June 2031.",
        "The Group invited comments to the draft outline.",
    )
    got = run(r, "cwg-cop")
    assert [(x.paragraph, parties(x)[2], x.action) for x in got] == [
        (1, ("collective:member-states",), "attend the informal session on 3 June 2031"),
    ]


def test_a_group_read_as_written_is_invited_to_an_event_its_noun_names() -> None:
    """Round 55: a group the resolver reads as written (``Pacific delegations``, ``interested regulators``) invited
    to an event named by its noun (``a coordination meeting``, ``a working breakfast``, ``the side event``) is asked
    to attend it, as a known group is; invited to a thing (``comments to the draft``), still no one."""
    r = report(
        "The ATU invites Pacific delegations to a coordination meeting on 4 May 2031 in Room 2.",
        "The Chair invited interested regulators to a working breakfast on spectrum pricing.",
        "The Group invited contributions to the draft outline.",
        "TSB invited island operators to a side event on 6 May 2031.",
    )
    got = run(r, "cwg-cop")
    assert [(x.paragraph, [a.label for a in x.addressees], x.action) for x in got] == [
        (1, ["Pacific delegations"], "attend a coordination meeting on 4 May 2031 in Room 2"),
        (2, ["regulators"], "attend a working breakfast on spectrum pricing"),
        (4, ["island operators"], "attend a side event on 6 May 2031"),
    ]


def test_a_group_of_a_body_keeps_its_words() -> None:
    r = report("All UNGIS members are invited to organise sessions at the Forum.")
    got = run(r, "ungis")
    assert [(a.key, a.label) for a in got[0].addressees] == [("ungis-members", "All UNGIS members")]


def test_a_group_cut_before_a_body_is_one_group() -> None:
    r = report(
        "The United Nations General Assembly invited the specialized agencies of the United Nations system to act."
    )
    got = run(r, "cwg-cop")
    assert [(a.kind, a.label) for a in got[0].addressees] == [
        ("collective", "specialized agencies of the United Nations system")
    ]


def test_the_conference_a_document_is_for() -> None:
    r = make_report(
        "The conference is invited to take note of this report.",
        "The session is invited to close.",
        title="WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-30)",
    )
    got = run(r, None)
    assert [parties(x)[2] for x in got][:1] == [("body:wtdc",)]


def test_a_contribution_asks_in_its_countrys_name() -> None:
    r = make_report(
        "Council Working Group on Child Online Protection",
        "Contribution from the Republic of Chile",
        "Member States are invited to share their national strategies with the Group.",
    )
    assert [parties(x) for x in run(r, "cwg-cop")] == [("invite", "country:CHL", ("collective:member-states",))]


def test_a_header_line_inside_the_numbered_sections_is_no_author() -> None:
    r = make_report(
        "Statement by the Secretary-General",
        "Members were invited to send comments.",
        sections=(Section("1", "Opening", None, 1),),
        section="1",
    )
    assert [parties(x)[1] for x in run(r, "cwg-cop")] == ["body:cwg-cop"]


def test_resolutions_of_a_conference_as_a_plural_subject() -> None:
    r = report(
        "The delegate of Peru recalled that Resolution 64 (Rev. Lima, 2030) and Resolution 65 (Rev. Lima, 2030) "
        "of the Plenipotentiary Conference request the Secretary-General to report on their implementation.",
    )
    assert [parties(x) for x in run(r, "cwg-cop")] == [("request", "body:itu-pp", ("post:itu/secretary-general",))]


def test_a_group_of_a_body_is_the_group() -> None:
    r = report("Ms Selin Aydın, Programme Specialist, UNESCO, encouraged the Member States of ITU to take part.")
    assert [parties(x)[2] for x in run(r, "cwg-cop")] == [("collective:member-states",)]


def test_a_proposal_the_meeting_adopts_is_its_request() -> None:
    r = report(
        "The delegate of Oman, Mr Salim Al-Harthy, proposed that the Director of BDT be invited to report "
        "annually to the Council. It was so agreed.",
        "The delegate of Chad proposed that the Secretary-General be invited to consult the regions.",
    )
    got = run(r, "cwg-cop")
    assert [(x.paragraph, *parties(x), x.action) for x in got] == [
        (1, "agree", "body:cwg-cop", ("post:itu-bdt/director",), "report annually to the Council"),
    ]


def test_reported_speech_after_and_that() -> None:
    r = report(
        "The Secretary-General said that the budget was balanced and that the United Nations General Assembly, "
        "in resolution 79/310, had invited ITU to lead the preparations.",
    )
    assert [parties(x) for x in run(r, "itu-council")] == [("invite", "body:unga", ("body:itu",))]


def test_a_verb_and_its_object_before_a_colon_lead_the_items() -> None:
    r = paragraphs(
        ("The Group invites the Council to:", "body"),
        ("a) take note of this report;", "list-item"),
        ("b) extend the mandate of the Group until 2034.", "list-item"),
    )
    got = run(r, "cwg-cop")
    assert [(x.paragraph, *parties(x), x.action) for x in got] == [
        (2, "invite", "body:cwg-cop", ("body:itu-council",), "take note of this report"),
        (3, "invite", "body:cwg-cop", ("body:itu-council",), "extend the mandate of the Group until 2034"),
    ]


def test_having_considered_then_the_group_and_a_colon_leads_the_items() -> None:
    r = paragraphs(
        ("Having reviewed the contributions, the Group:", "body"),
        ("a) requested the Secretariat to publish the revised questionnaire;", "list-item"),
        ("b) invited Member States to reply by 1 March 2032.", "list-item"),
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [
        ("request", "body:cwg-cop", ("body:cwg-cop-secretariat",)),
        ("invite", "body:cwg-cop", ("collective:member-states",)),
    ]


def test_the_director_is_the_one_director_named() -> None:
    r = paragraphs(
        (
            "Ms Ilse Vandermeer-Soto, Director of the Telecommunication Standardization Bureau, presented the plan.",
            "body",
        ),
        ("The Group recommends that the Director:", "body"),
        ("a) publish the revised guide;", "list-item"),
        ("The Group requested the Study Group Chairmen to submit their work plans.", "body"),
    )
    got = run(r, "tsag")
    assert [parties(x) for x in got] == [
        ("recommend", "body:tsag", ("post:itu-tsb/director",)),
        ("request", "body:tsag", ("collective:study-group-chairmen",)),
    ]
    assert got[1].addressees[0].label == "Study Group Chairmen"


def test_the_sub_committee_and_it_in_the_next_paragraph() -> None:
    r = paragraphs(
        ("The Sub-Committee requested the secretariat to circulate a revised text by 2 May 2033.", "body"),
        ("It invited governments and other stakeholders to send written proposals.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [
        ("request", "body:cwg-cop", ("body:cwg-cop-secretariat",)),
        ("invite", "body:cwg-cop", ("collective:governments", "collective:stakeholders")),
    ]


def test_the_members_decide_for_the_meeting_body_and_its_own_secretariat() -> None:
    r = report(
        "The members agreed that the CWG-COP secretariat shall publish the survey results by 1 June 2033, "
        "and requested UNICEF to present its guidelines.",
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [
        ("agree", "body:cwg-cop", ("body:cwg-cop-secretariat",)),
        ("request", "body:cwg-cop", ("body:unicef",)),
    ]


def test_a_contribution_of_a_regional_organization_asks_through_its_administrations() -> None:
    r = make_report(
        "CONTRIBUTION OF THE ASIA-PACIFIC TELECOMMUNITY (APT)",
        "1 The Administrations of the APT Member States propose that CWG-COP:",
        "a) publish its guidelines in more languages;",
        "2 The APT Administrations invite Member States of other regions to share their strategies.",
        "3 It is proposed to hold a joint session during the next forum.",
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [
        ("propose", "body:apt", ("body:cwg-cop",)),
        ("invite", "body:apt", ("collective:member-states-of-other-regions",)),
    ]


def test_a_plural_subject_in_the_present_asks_but_a_bare_verb_in_a_clause_does_not() -> None:
    r = report(
        "Several Member States invite the secretariat to publish the survey. "
        "The Group recommended that the Council approve the plan."
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [
        ("invite", "collective:member-states", ("body:cwg-cop-secretariat",)),
        ("recommend", "body:cwg-cop", ("body:itu-council",)),
    ]


def test_us_in_a_speech_is_the_speakers_organization_and_ministers_ask() -> None:
    r = make_report(
        "Keynote address by Ines Fagerlund-Okoro, Director, Telecommunication Development Bureau",
        "The General Assembly asked us to report on the review every two years.",
        "Ministers called upon UNDP to extend the programme, and the Group agreed to it and it is proposed to "
        "hold a workshop in 2031.",
    )
    got = run(r, None)
    assert [parties(x) for x in got] == [
        ("ask", "body:unga", ("body:itu-bdt",)),
        ("call-upon", "collective:ministers", ("body:undp",)),
    ]


def test_its_named_group_and_the_members_of_the_group() -> None:
    r = report(
        "The Group instructed its Correspondence Group on Data Governance (CG-DG) to prepare a draft by "
        "1 May 2031. Members of the Group were requested to send comments to the secretariat.",
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [
        ("instruct", "body:cwg-cop", ("body:cg-dg",)),
        ("request", "body:cwg-cop", ("collective:members-of-the-group",)),
    ]
    assert got[1].addressees[0].label == "Members of the Group"


def test_run_in_heading_before_a_known_group_leading_items() -> None:
    r = paragraphs(
        ("Conclusions. Participants:", "body"),
        ("(a) invited stakeholders to report their projects;", "list-item"),
        ("(b) called upon governments to adopt national strategies.", "list-item"),
    )
    got = run(r, "cwg-cop")  # the meeting's participants speak for its body, as "Participants invited" does
    assert [parties(x) for x in got] == [
        ("invite", "body:cwg-cop", ("collective:stakeholders",)),
        ("call-upon", "body:cwg-cop", ("collective:governments",)),
    ]


def test_the_meetings_members_named_with_its_body_lead_items_for_the_body() -> None:
    # one reader of the meeting's own members (request_subjects.own_members), before a colon too
    for lead in ("CWG-COP members:", "All the members of CWG-COP therefore:", "The members of the Group:"):
        r = paragraphs(
            (lead, "body"),
            ("(a) invited operators to publish their tariffs;", "list-item"),
            ("(b) encouraged regulators to share their data.", "list-item"),
        )
        assert [parties(x) for x in run(r, "cwg-cop")] == [
            ("invite", "body:cwg-cop", ("collective:operators",)),
            ("encourage", "body:cwg-cop", ("collective:regulators",)),
        ], lead


def test_a_group_of_the_authors_members_before_a_colon_is_the_author() -> None:
    # as "The RCC Administrations propose ..." in the RCC's contribution is the RCC
    for lead, first, second in (
        ("Accordingly, the APT Administrations:", "5.1", "5.2"),
        ("The APT Member Administrations therefore:", "a)", "b)"),
    ):
        r = make_report(
            "Document WG-X 4/12-E",
            "Original: English",
            "Source: Asia-Pacific Telecommunity (APT)",
            "Subject: Regional cybersecurity centres",
            lead,
            f"{first} urge the Secretary-General to allocate resources to regional centres;",
            f"{second} invite the Telecommunication Development Bureau to organize a regional workshop.",
        )
        assert [parties(x)[1] for x in run(r, None)] == ["body:apt", "body:apt"], lead


def test_the_president_named_in_the_header_and_paragraph_numbers_left_in() -> None:
    r = paragraphs(
        ("President: Mr Anselm Vikander-Obi (Sweden)", "body"),
        ("7 The President invited delegations to submit their amendments by 3 October 2031.", "body"),
        ("8 Members were invited to send their comments to the secretariat.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [
        ("invite", "person:anselm-vikander-obi", ("collective:delegations",)),
        ("invite", "body:cwg-cop", ("collective:members",)),
    ]


def test_the_committee_is_the_meeting_body_and_its_chairs_proposal_is_a_motion() -> None:
    r = paragraphs(
        ("Chair: Ms Oona Lindqvist-Achebe (Finland)", "body"),
        ("The Chair proposed that the Committee approve the draft and send it to the Editorial Committee.", "body"),
        ("The Committee requested the secretariat to issue the revised text.", "body"),
    )
    got = run(r, "committee-5")
    assert [parties(x) for x in got] == [("request", "body:committee-5", ("body:committee-5-secretariat",))]


def test_a_group_in_lower_case_and_a_document_adopted_as_a_resolution() -> None:
    r = report(
        "The Group instructed the drafting group on the regional initiatives to finish its work by 5 May 2032. "
        "The final declaration, adopted as resolution A/RES/86/120, recalls the targets and requests UNCTAD to "
        "report every year.",
    )
    got = run(r, "tdag")
    assert [parties(x) for x in got] == [
        # a group named in prose is a body of the meeting (bodies.py, prose-groups.csv)
        ("instruct", "body:tdag", ("body:tdag-drafting-group-on-the-regional-initiatives",)),
        ("request", "body:unga", ("body:unctad",)),
    ]
    assert got[0].addressees[0].label == "drafting group on the regional initiatives"


def test_a_role_and_the_country_of_its_holder() -> None:
    r = paragraphs(
        ("Vice-Chairs: Mr Tomasz Wielgosz-Ibe (Poland) and Ms Carmen Itzel Ochoa (Mexico)", "body"),
        ("The Vice-Chair from Mexico encouraged the regional groups to align their indicators.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [
        ("encourage", "person:carmen-itzel-ochoa", ("collective:regional-groups",)),
    ]


def test_a_signature_on_one_line_gives_the_person_signing() -> None:
    r = make_report(
        "Geneva, 4 March 2033",
        "Dear Sir/Madam,",
        "Administrations are invited to nominate a focal point by 30 April 2033.",
        "Yours faithfully,",
        "[Original signed]",
        "Oskar Lindahl-Mwangi Director Telecommunication Development Bureau",
    )
    assert [parties(x) for x in run(r, None)] == [
        ("invite", "person:oskar-lindahl-mwangi", ("collective:administrations",)),
    ]


def test_a_group_before_a_colon_on_the_to_line_is_the_audience() -> None:
    # the list after the colon only says who the group's members are
    r = paragraphs(
        ("To: Information Society Stakeholders: Governments, Private Sector, Civil Society,", "body"),
        ("Dear Sir/Madam,", "body"),
    )
    new_document(r)
    assert [a.label for a in document_voice(r, find_actors(r, None)).audience] == ["Information Society Stakeholders"]
    r = paragraphs(("To: Administrations of Member States, Sector Members", "body"))
    new_document(r)
    assert [a.label for a in document_voice(r, find_actors(r, None)).audience] == [
        "Administrations of Member States",
        "Sector Members",
    ]


def test_you_in_a_letter_headed_to_someone_without_a_colon_is_that_addressee() -> None:
    r = make_report(
        "Ministry of Posts and Digital Affairs",
        "Lima, 4 March 2034",
        "To the Secretary-General",
        "International Telecommunication Union",
        "Sir,",
        "I would be grateful if you would circulate this candidature to all Member States.",
        "Please accept, Sir, the assurances of my highest consideration.",
        "Renata Quispe-Albarracín",
        "Minister of Posts and Digital Affairs",
    )
    got = run(r, None)
    assert [parties(x)[2] for x in got] == [("post:itu/secretary-general",)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "To Administrations of Member States of the Union; ITU-R Sector Members; Associates",
            ["Administrations of Member States", "ITU-R Sector Members", "Associates"],  # whose_said
        ),
        ("To Member States; Sector Members; Academia", ["Member States", "Sector Members", "Academia"]),
        (
            "TO ADMINISTRATIONS OF MEMBER STATES; ITU-D SECTOR MEMBERS;",
            ["ADMINISTRATIONS OF MEMBER STATES", "ITU-D SECTOR MEMBERS"],
        ),
    ],
)
def test_a_to_line_with_no_colon_listing_recipients_between_semicolons_is_the_audience(
    line: str, expected: list[str]
) -> None:
    r = paragraphs(("Geneva, 4 May 2033", "body"), (line, "body"), ("Dear Sir/Madam,", "body"))
    new_document(r)
    assert [a.label for a in document_voice(r, find_actors(r, None)).audience] == expected


def test_a_sentence_opening_with_to_is_no_recipients_line() -> None:
    r = paragraphs(("To Member States; we offer our thanks", "body"), ("To conclude, the Group met twice.", "body"))
    new_document(r)
    assert document_voice(r, find_actors(r, None)).audience == ()


# ---------------------------------------------------------------------------- lists led by a subject or "that:"
def test_resolves_to_instruct_in_a_resolution_text_after_a_groups_agreement_is_the_issuers() -> None:
    r = make_report(
        "The Pacific Island Group agreed on the following common proposal at its meeting in Apia.",
        "DRAFT NEW RESOLUTION [PIG-2]",
        "The World Telecommunication Development Conference (Kigali, 2031),",
        "resolves to instruct the Director of the Telecommunication Development Bureau",
        "1 to assist island States in setting up response teams;",
        "2 to report on the implementation of this resolution to TDAG;",
    )
    got = run(r, None)
    assert [parties(x) for x in got] == [("instruct", "body:wtdc", ("post:itu-bdt/director",))] * 2
    assert [x.action for x in got] == [
        "assist island States in setting up response teams",
        "report on the implementation of this resolution to TDAG",
    ]


def test_the_members_after_a_sentence_lead_items_in_the_base_form() -> None:
    r = paragraphs(
        ("7. The meeting endorsed the joint message to the Ocean Summit. In the message, the members:", "body"),
        ("(i) call upon Member States to treat broadband as an enabler;", "list-item"),
        ("(ii) urge development partners to fund household surveys;", "list-item"),
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [
        ("call-upon", "body:cwg-cop", ("collective:member-states",)),
        ("urge", "body:cwg-cop", ("collective:development-partners",)),
    ]


def test_recommended_that_then_items_each_with_its_own_subject() -> None:
    r = paragraphs(
        ("The session recommended that:", "body"),
        ("- UNESCO and the OECD develop a regional course on open data for officials;", "list-item"),
        ("- national regulators adopt the model guidelines as a reference.", "list-item"),
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [
        ("recommend", "body:cwg-cop", ("body:unesco", "body:oecd")),
        ("recommend", "body:cwg-cop", ("collective:national-regulators",)),
    ]
    assert got[0].action == "develop a regional course on open data for officials"


def test_a_council_resolution_with_its_session_and_its_clauses_set_as_headings() -> None:
    r = paragraphs(
        ("The Council, at its 2031 session,", "body"),
        ("considering", "heading"),
        ("a) the report of the Working Group on island connectivity;", "body"),
        ("instructs the Secretary-General", "heading"),
        ("to set up a task force on island connectivity;", "list-item"),
        ("invites Member States", "heading"),
        ("to send their views to the secretariat by 1 June 2032.", "body"),
    )
    got = run(r, None)
    assert [(x.verb, x.requester.key, tuple(a.kind for a in x.addressees)) for x in got] == [
        ("instruct", "itu-council", ("post",)),
        ("invite", "itu-council", ("collective",)),
    ]


def test_an_impersonal_proposal_that_something_be_done_asks_no_one() -> None:
    r = report(
        "It is proposed that the two facilitation meetings be held back to back during the Forum. "
        "It is further suggested that the findings be taken into account in the next review. "
        "It was proposed that the Secretariat prepare a note on the survey."
    )
    assert [parties(x) for x in run(r, "cwg-cop")] == []  # decision 14, agent or not (round 21, third wave)


@pytest.mark.parametrize(
    "title",
    [
        "Chief, Human Resources Management Department",
        "Head, Projects and Knowledge Management Division",
        "Programme Manager",
    ],
)
def test_a_name_over_a_job_title_ending_a_document_signs_it(title: str) -> None:
    """A signature block whose second line is a job title (``job-titles.csv``), not only a role."""
    r = make_report(
        "The 2031 staff survey will run from 2 to 20 June 2031.",
        "Managers are requested to allow staff the time to answer during working hours.",
        "Tereza Novakova-Mensah",
        title,
    )
    new_document(r)
    signatory = document_voice(r, find_actors(r, None)).signatory
    assert signatory is not None and signatory.key == "tereza-novakova-mensah"


def test_a_closing_followed_by_a_name_and_a_long_post_on_one_line_signs() -> None:
    r = make_report(
        "Geneva, 4 March 2033",
        "Dear Sir/Madam,",
        "Participants are invited to register by 30 April 2033.",
        "Yours faithfully, Oskar Lindahl-Mwangi Director of the Telecommunication Standardization Bureau of the Union",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["person:oskar-lindahl-mwangi"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bureau also requests administrations to confirm a focal point by 30 June 2033.",
        "The Radiocommunication Bureau kindly invites administrations to confirm a focal point by 30 June 2033.",
    ],
)
def test_the_body_a_letters_signatory_heads_asks_in_the_signatorys_name(sentence: str) -> None:
    """A letter signed by the Director of a Bureau: ``The Bureau requests`` is the Director's request
    (decision 11), as ``I request`` would be."""
    r = make_report(
        "Circular Letter CR/512",
        "To Administrations of Member States of the ITU",
        "The Radiocommunication Bureau will hold an information session on 3 May 2033.",
        sentence,
        "Yours faithfully,",
        "Ilse Marquardt-Oyelowo",
        "Director, Radiocommunication Bureau",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["person:ilse-marquardt-oyelowo"]


@pytest.mark.parametrize(
    "field",
    [
        "From: Ingrid Solberg-Amadi, Practice Manager, ICT for Development",
        "FROM: Ingrid Solberg-Amadi, Chief, Strategic Planning Division",
    ],
)
def test_the_from_field_of_a_note_names_who_asks(field: str) -> None:
    r = make_report(
        "Guidance Note No. 4/2031",
        "To: Resident Representatives",
        field,
        "Subject: National broadband plans",
        "1. Country Offices are requested to map the national plans by 30 June 2031.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["person:ingrid-solberg-amadi"]


def test_the_authors_proposals_to_the_council_above_their_items_are_one_request_each() -> None:
    """``The Secretary-General proposes that the Council:`` above its items, in his own report: one
    proposal to the Council per item (decision 31 reads a list so), not a participant's motion."""
    for verb, kind in (("proposes", "propose"), ("recommends", "recommend")):
        r = make_report(
            "Council 2031",
            "Report by the Secretary-General",
            "1 This report is submitted pursuant to Resolution 175 (Rev. Bucharest, 2022).",
            f"2 The Secretary-General {verb} that the Council:",
            "a) take note of this report;",
            "b) encourage Member States to share accessibility data with BDT by 30 November 2031;",
            "c) request the Director of TSB to submit the accessibility roadmap to CWG-WSIS&SDG.",
        )
        got = run(r, None)
        assert [parties(x) for x in got] == [(kind, "post:itu/secretary-general", ("body:itu-council",))] * 3, verb
        assert got[1].action.startswith("encourage Member States"), verb


def test_a_participants_proposal_to_the_council_in_a_record_stays_a_motion() -> None:
    r = make_report(
        "Summary record of the second plenary meeting",
        "Ms Ana Lopes (Portugal), Chair of the Council, proposed that the Council approve the draft budget.",
    )
    assert [x.verb for x in run(r, "itu-council")] == []


def test_grateful_if_a_bare_plural_could_even_after_an_insertion_asks_that_group() -> None:
    """``We would be grateful if administrations, in consultation with their operators, could complete
    ...``: the group asked need not be ``you`` or a capital; a thing (``if comments could be sent``) is no one."""
    r = make_report(
        "Circular letter 7/2031",
        "Geneva, 3 March 2031",
        "To: Administrations of Member States",
        "Dear Sir/Madam,",
        "We would be grateful if administrations, in consultation with their operators, could complete the "
        "questionnaire by 30 April 2031.",
        "I would be grateful if participants could register online by 30 April 2031.",
        "We would appreciate it if comments could be sent to the secretariat by 30 April 2031.",
        "Yours faithfully,",
        "Marta Lindqvist-Osei",
        "Director, Telecommunication Development Bureau",
    )
    got = run(r, None)
    assert [(x.paragraph, x.verb, tuple(a.key for a in x.addressees), x.action) for x in got] == [
        (5, "request", ("administrations",), "complete the questionnaire by 30 April 2031"),
        (6, "request", ("participants",), "register online by 30 April 2031"),
    ]


@pytest.mark.parametrize(
    ("signature", "first", "second"),
    [
        (
            ("Kind regards,", "Mariana Echeverría-Holt, ITU", "Tomasz Adeyemi-Nowak, World Health Organization (WHO)"),
            "mariana-echeverria-holt",
            "tomasz-adeyemi-nowak",
        ),
        (("Best wishes,", "Amara Holt (UNESCO)", "Jonas Nowak (UNDP)"), "amara-holt", "jonas-nowak"),
        (
            ("Yours sincerely,", "Ines Valdur-Okafor, GFXRR", "Piotr Lindgren-Sato, Uruguay"),
            "ines-valdur-okafor",
            "piotr-lindgren-sato",
        ),
    ],
)
def test_a_letter_signed_by_several_each_with_the_body_they_work_for_asks_in_each_ones_name(
    signature: tuple[str, ...], first: str, second: str
) -> None:
    """Co-signatories each on a line ``NAME, BODY`` / ``NAME (BODY)`` (a catalogued body, an acronym no
    catalogue lists, a country) after the closing: each asks what ``We ask members:`` lists (decision 18)."""
    r = make_report(
        "Geneva, 4 March 2033",
        "Dear colleagues,",
        "We ask members:",
        "a) to share their national plans by 30 April 2033;",
        "b) to nominate a focal point.",
        *signature,
    )
    assert [(parties(x)[1], x.action) for x in run(r, None)] == [
        (f"person:{first}", "share their national plans by 30 April 2033"),
        (f"person:{second}", "share their national plans by 30 April 2033"),
        (f"person:{first}", "nominate a focal point"),
        (f"person:{second}", "nominate a focal point"),
    ]

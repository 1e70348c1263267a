"""Who asks (issue 8): a resolution that is the subject of its verb, the speaker of a
speech or statement named under a header line, a delegate or representative named by a country or
a body, a list of decisions after ``X decided:``, and passive subjects read as noun phrases. Every
sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import kinds_report as kinds
from extract_support import make_report, parsed_text, parties
from extract_support import one_section_report as report
from extract_support import requests_of as run

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.genre import report_genre
from wsiskg.ingest.records import Paragraph, ParsedReport, Section


# ---------------------------------------------------------------------------- a resolution asks
def contribution(*texts: str) -> ParsedReport:
    """A Member State's contribution: its header, then ``texts`` in a numbered section."""
    paras = (Paragraph(1, "front", "Contribution from the Republic of Fiji"),)
    paras += tuple(Paragraph(i + 2, "1", t) for i, t in enumerate(texts))
    return ParsedReport("t.txt", "text/plain", "Council Working Group", (Section("1", "t", None, 2),), paras)


def test_a_resolution_that_is_the_subject_of_a_contribution_asks_as_itself() -> None:
    r = contribution(
        "Council Resolution 1408 (Modified 2029) invites the Group to review the roadmap. "
        "It also instructs the Secretary-General to report to the Council each year.",
        "WTDC Resolution 61 (Rev. Kigali, 2030) calls on the Telecommunication Development Bureau to assist "
        "least developed countries.",
    )
    found = extract(r)
    resolutions = {x.key: x for x in found.resolutions}
    got = [(x.verb, x.requester.kind, resolutions[x.requester.key].number) for x in found.requests]
    assert got == [
        ("invite", "resolution", "1408"),
        ("instruct", "resolution", "1408"),
        ("call-upon", "resolution", "61"),
    ]
    assert found.requests[0].requester.label == resolutions[found.requests[0].requester.key].name


def test_a_resolution_in_a_relative_clause_or_citing_a_passive_asks_as_itself() -> None:
    r = contribution(
        "The present proposal also answers Council Resolution 1408 (Modified 2029), which invites the "
        "Secretary-General to consult the regional offices.",
        "Under Resolution 1408 (Modified 2029), the Group is also instructed to take account of the contributions.",
    )
    found = extract(r)
    numbers = {x.key: x.number for x in found.resolutions}
    assert [(x.requester.kind, numbers.get(x.requester.key)) for x in found.requests] == [
        ("resolution", "1408"),
        ("resolution", "1408"),
    ]


def test_a_united_nations_resolution_is_its_organ_asking() -> None:
    r = contribution("ECOSOC resolution 2029/14 encourages all stakeholders to share good practices.")
    assert [parties(x)[1] for x in run(r, None)] == ["body:ecosoc"]


def test_an_official_report_credits_the_issuer_of_the_resolution() -> None:
    r = make_report(
        "Report by the Secretary-General",
        "Council Resolution 1408 (Modified 2029) instructs the Secretary-General to report each year.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["body:itu-council"]


def test_the_operative_verbs_under_a_resolutions_title_in_a_contribution_are_the_contributors() -> None:
    """A resolution text drafted in a contribution (MOD/ADD) is the contributor's proposal (annotation
    guide, decision 22), not yet the resolution's or its issuer's."""
    r = contribution(
        "MOD FJI/12/1",
        "RESOLUTION 77 (REV. LIMA, 2030)",
        "instructs the Secretary-General",
        "1 to publish a yearly report;",
        "invites Member States",
        "to share their national strategies.",
    )
    assert [parties(x) for x in extract(r).requests] == [
        ("instruct", "country:FJI", ("post:itu/secretary-general",)),
        ("invite", "country:FJI", ("collective:member-states",)),
    ]


def test_a_body_that_acts_by_a_resolution_is_still_the_body() -> None:
    r = report(
        "By Resolution 35 (Rev. Lima, 2030), the Plenipotentiary Conference instructed the Secretary-General "
        "to convene an expert group.",
        "Resolutions 12 and 14 of the Plenipotentiary Conference request the Council to review the plan.",
    )
    assert [parties(x)[1] for x in run(r, "cwg-cop")] == ["body:itu-pp", "body:itu-pp"]


# ---------------------------------------------------------------------------- the speaker of a speech
def test_a_speech_titled_by_its_kind_is_its_speakers() -> None:
    for kind in ("Keynote address", "WELCOME ADDRESS", "Opening remarks"):
        r = make_report(
            "Regional Forum on Spectrum Management",
            kind,
            "Marguerite Oyelaran-Basse",
            "Director, Telecommunication Standardization Bureau",
            "Excellencies, colleagues,",
            *[f"{n} The symposium has grown every year since its first edition." for n in range(1, 12)],
            "I urge all regulators to share their spectrum maps, and I invite the operators to join the pilot.",
        )
        got = [parties(x)[1] for x in run(r, None)]
        assert got == ["person:marguerite-oyelaran-basse", "person:marguerite-oyelaran-basse"], kind


def test_the_speakers_imperative_of_himself_asks_as_the_speaker() -> None:
    """``Let me therefore encourage X to ...``, ``Allow me to invite X to ...``, ``Permit me to urge X to ...``: the
    speaker asks, as with ``I encourage``; ``Let me recall that ...`` asks no one."""
    for line, whom in (
        ("Let me therefore encourage all delegations to coordinate their proposals.", "collective:delegations"),
        ("Let me also invite the operators to join the pilot before 2033.", "collective:operators"),
        ("Allow me to invite all regulators present to send their comments on the draft.", "collective:regulators"),
        ("Permit me, once more, to urge the donors to support the fund.", "collective:donors"),
    ):
        r = make_report(
            "Regional Forum on Spectrum Management",
            "Closing remarks",
            "Marguerite Oyelaran-Basse",
            "Director, Telecommunication Standardization Bureau",
            "Excellencies, colleagues,",
            "The symposium has grown every year since its first edition.",
            line,
            "Let me recall that the next forum will meet in Lomé in 2033.",
        )
        got = [parties(x)[1:] for x in run(r, None)]
        assert got == [("person:marguerite-oyelaran-basse", (whom,))], line


def test_the_one_person_a_speech_heading_names_speaks_whatever_cue_introduces_them() -> None:
    """A speech's heading (its title and the lines before its salutation or first prose) naming one
    person: that person speaks, whether announced with ``of``, under a session's title or in brackets."""
    headings = [
        (
            "Third Regional Forum on Rural Connectivity",
            "Closing remarks of the Chairman, Mr Teodor Vasquez-Lindqvist (Chile)",
        ),
        (
            "Regional Forum on Rural Connectivity",
            'Keynote address - Session 2: "Rural networks"',
            "Dr Teodor Vasquez-Lindqvist, Deputy Director, Radiocommunication Bureau",
        ),
        ("[Video message of the Minister of Posts, H.E. Mr Teodor Vasquez-Lindqvist, for the Rural Day 2031]",),
        (
            "MINISTRY OF DIGITAL AFFAIRS",
            "ADDRESS OF THE HONOURABLE MINISTER, DR. TEODOR VASQUEZ-LINDQVIST, ON RURAL DAY 2031",
        ),
        ("RURAL CONNECTIVITY SUMMIT", "STATEMENT BY", "SHRI TEODOR VASQUEZ-LINDQVIST", "MINISTER OF STATE FOR POSTS"),
    ]
    for lines in headings:
        r = make_report(
            *lines,
            "Excellencies, ladies and gentlemen,",
            "Our networks reached 80 per cent of villages this year, and more will follow.",
            "I therefore urge all operators to publish their coverage maps by the end of 2031.",
        )
        got = [parties(x)[1] for x in run(r, None)]
        assert got == ["person:teodor-vasquez-lindqvist"], lines


def test_a_letter_whose_signature_was_taken_for_its_title_is_the_signatorys() -> None:
    """A headless letter: the parser took the signature's name for the title; that person asks."""
    for title in ("Dr Ilona Brandt-Okafor", "Ilona Brandt-Okafor", "[Ms Ilona Brandt-Okafor]"):
        r = make_report(
            "Dear Ms Veikkola,",
            "I invite your organization to nominate a focal point for the survey by 1 March 2031.",
            "Administrations are also requested to reply to the questionnaire.",
            "Director, Telecommunication Development Bureau",
            title=title,
        )
        got = [parties(x)[1] for x in run(r, None)]
        assert got == ["person:ilona-brandt-okafor"] * 2, title


def test_a_speech_heading_naming_two_persons_names_no_speaker() -> None:
    r = make_report(
        "Joint remarks of Ms Ilona Brandt-Okafor and Mr Teodor Vasquez-Lindqvist",
        "Excellencies, ladies and gentlemen,",
        "We urge all operators to publish their coverage maps by the end of 2031.",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert "person:teodor-vasquez-lindqvist" not in got and "person:ilona-brandt-okafor" not in got


def test_a_statement_announced_with_more_words_before_by_is_its_speakers() -> None:
    r = make_report(
        "TRANSCRIPT OF THE OPENING STATEMENT by H.E. Mr Anatole Mbarga-Essomba, Minister of Posts, Republic of Gabon",
        "Dear participants,",
        "I call upon the broadcasters of the sub-region to plan the switch-over together.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["person:anatole-mbarga-essomba"]


def test_a_statement_of_a_country_or_on_behalf_of_a_group_is_theirs() -> None:
    r = make_report(
        "STATEMENT OF THE REPUBLIC OF PARAGUAY",
        "Delivered by Ms Ana Benítez Giménez, Vice-Minister",
        "We call upon all Member States to publish their national reports.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["country:PRY"]
    r = make_report(
        "STATEMENT ON BEHALF OF THE ASIA-PACIFIC TELECOMMUNITY",
        "Delivered by Mr Taro Kishimoto",
        "We encourage the secretariat to publish the outcome documents in all languages.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["body:apt"]


def test_a_submission_form_names_the_organization_that_asks() -> None:
    r = make_report(
        "Open consultation: official submission form",
        "Organization: Ruwenzori Digital Inclusion Foundation (Kampala, Uganda)",
        "Contact person: Ms Akello Grace Nabirye",
        "We invite ITU to open the remote hubs to rural telecentres.",
    )
    got = run(r, None)
    assert [x.requester.kind for x in got] == ["body"]
    assert got[0].requester.label.startswith("Ruwenzori Digital Inclusion Foundation")


# ---------------------------------------------------------------------------- delegates and representatives
def test_the_delegate_of_a_country_is_the_one_person_named_from_it() -> None:
    r = report(
        "Heads of delegation: Mr Karim Selim Fahmy (Egypt), Ms Lucía Borbón (Costa Rica).",
        "The delegate of Egypt drew attention to the draft and urged Member States to involve their ministries.",
        "The delegate of Chile asked the secretariat to circulate the slides.",
    )
    got = [parties(x)[1] for x in run(r, "cwg-cop")]
    assert got == ["person:karim-selim-fahmy", "country:CHL"]


def test_the_representative_of_a_body_no_one_is_named_for_is_the_body() -> None:
    r = report(
        "The representative of the World Meteorological Organization (WMO) asked the Bureau to keep the WMO "
        "informed of the studies.",
    )
    assert [parties(x)[1] for x in run(r, "rag")] == ["body:wmo"]


def test_who_after_a_person_and_her_appositive_is_the_person() -> None:
    r = report(
        "The dialogue was opened by Ms Aroha Ngata-Wills (New Zealand), youth representative of the "
        "Asia-Pacific Telecommunity (APT), who asked ITU to create a youth track at the Forum.",
    )
    assert [parties(x)[1] for x in run(r, "wsis-forum")] == ["person:aroha-ngata-wills"]


# ---------------------------------------------------------------------------- decisions listed after "X decided:"
def test_items_after_decided_colon_are_the_subjects_decisions() -> None:
    r = kinds(
        ("The Group decided:", "body"),
        ("Decision 1  to approve the agenda in Document 1;", "body"),
        (
            "Decision 2  to endorse the report of the correspondence group and to request the Director of the "
            "Telecommunication Development Bureau to submit the revised plan to the Council;",
            "body",
        ),
        ("Decision 3  to invite Member States to submit contributions before the next meeting.", "body"),
        ("The Chair thanked the interpreters.", "body"),
    )
    got = [parties(x) for x in run(r, "cwg-cop")]
    assert got == [
        ("request", "body:cwg-cop", ("post:itu-bdt/director",)),
        ("invite", "body:cwg-cop", ("collective:member-states",)),
    ]


@pytest.mark.parametrize(
    "lead", ["The meeting decided:", "The meeting DECIDED:", "After discussion, the Group AGREED:"]
)
def test_items_numbered_by_a_paragraphs_sub_number_after_decided_colon(lead: str) -> None:
    """``4. Decisions`` / ``The meeting DECIDED:`` / ``4.2 to request X to ...``: a sub-number labels an item as ``b)``
    does, and a verb of deciding in capitals leads as one in lower case does (round 42)."""
    r = kinds(
        (lead, "body"),
        ("4.1 to adopt the draft common proposals on the numbering plan;", "body"),
        ("4.2 to request the secretariat to send the adopted proposals to the Bureau by 1 July 2031;", "body"),
        ("4.3 to invite Member States to comment on the draft on tariffs by 15 June 2031;", "body"),
        ("4.4 to hold the next meeting in Yerevan in October 2031.", "body"),
    )
    got = [parties(x) for x in run(r, "cwg-cop")]
    assert got == [
        ("request", "body:cwg-cop", ("body:cwg-cop-secretariat",)),
        ("invite", "body:cwg-cop", ("collective:member-states",)),
    ]


def test_lettered_items_after_agreed_colon() -> None:
    r = kinds(
        ("After discussion, the meeting agreed:", "body"),
        ("a) to ask the secretariat to publish the compilation;", "list-item"),
        ("b) to encourage Sector Members to share case studies.", "list-item"),
    )
    got = [parties(x) for x in run(r, "cwg-cop")]
    assert got == [
        ("ask", "body:cwg-cop", ("body:cwg-cop-secretariat",)),
        ("encourage", "body:cwg-cop", ("collective:sector-members",)),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "The Vice-Chair proposed, and the Group agreed, to:",
        "After discussion, the meeting decided to:",
        "The Group therefore agreed to:",
    ],
)
def test_items_whose_verbs_follow_agreed_to_colon(lead: str) -> None:
    r = kinds(
        (lead, "body"),
        ("(i) ask the secretariat to publish the compilation of replies on the", "list-item"),
        ("website before the next meeting;", "body"),
        ("(ii) urge Sector Members to share case studies by 30 April 2031;", "list-item"),
        ("- invite Member States to nominate focal points.", "list-item"),
        ("The Chair thanked the interpreters and invited", "body"),
    )
    got = [parties(x) for x in run(r, "cwg-cop")]
    assert got == [
        ("ask", "body:cwg-cop", ("body:cwg-cop-secretariat",)),
        ("urge", "body:cwg-cop", ("collective:sector-members",)),
        ("invite", "body:cwg-cop", ("collective:member-states",)),
    ]


def test_a_lead_agreed_to_colon_does_not_make_a_later_sentence_an_item() -> None:
    r = kinds(
        ("The Group agreed to:", "body"),
        ("review the terms of reference at its next meeting.", "body"),
        ("Ms Ana Ruiz-Obando (Chile) asked Member States to reply.", "body"),
    )
    assert [parties(x)[1] for x in run(r, "cwg-cop")] == ["person:ana-ruiz-obando"]


# ---------------------------------------------------------------------------- object and passive subjects
def test_an_infinitive_of_a_relative_clause_is_not_the_action() -> None:
    r = report(
        "Finally, the Group invites all delegations to the regional forum, which Peru has offered to host in Lima.",
    )
    got = run(r, "cwg-cop")
    assert [parties(x)[2] for x in got] == [("collective:delegations",)]
    assert got[0].action.startswith("attend")


def test_passive_subjects_are_read_as_noun_phrases() -> None:
    r = report(
        "The Staff Council, represented by its President, Ms Oksana Hrytsenko, has also been invited to present "
        "its views at the next meeting.",
        "Finalists will be contacted by the secretariat and are requested to confirm their attendance.",
        "The Working Group on Languages has already been asked to prepare a glossary.",
    )
    got = [[a.label for a in x.addressees] for x in run(r, "cwg-fhr")]
    assert got[0] == ["Staff Council"]
    assert got[1] == ["Finalists"]
    assert len(got[2]) == 1 and "already" not in got[2][0]


def test_a_that_clause_item_in_the_passive_asks_its_subject() -> None:
    r = kinds(
        ("Paraguay makes two proposals:", "body"),
        ("(a) that development banks be encouraged to establish a window for community broadband;", "list-item"),
        ("(b) that the Preparatory Platform be asked to include landlocked countries.", "list-item"),
    )
    got = [[a.label for a in x.addressees] for x in run(r, None)]
    assert got[0] == ["development banks"]
    assert got[1] and not any(label.startswith("that") for label in got[1])


# ---------------------------------------------------------------------------- a request on listed topics
def test_a_request_on_the_following_topics_is_one_request_per_topic() -> None:
    r = kinds(
        ("4 I invite Member States to submit written contributions on the following topics:", "body"),
        ("a) measures to improve the efficiency of the budget process;", "list-item"),
        ("b) proposals for cost recovery;", "list-item"),
        ("c) the gender balance of staff.", "list-item"),
        ("Yours faithfully,", "body"),
        ("Dr Ofentse Mahlangu", "body"),
        ("Chairman, CWG-FHR", "body"),
    )
    got = run(r, None)
    assert [parties(x) for x in got] == [("invite", "person:ofentse-mahlangu", ("collective:member-states",))] * 3
    assert "cost recovery" in got[1].action


# ---------------------------------------------------------------------------- a chairman's report
def test_the_action_required_of_a_chairmans_report_is_the_group_to_a_body_the_chairman_to_people() -> None:
    r = kinds(
        ("The Council is invited to consider this report and to endorse its recommendations.", "action-required"),
        ("Members of the Group are invited to send comments to the Chairman by 30 May 2031.", "action-required"),
        ("Both meetings were chaired by Ms Wanjiru Odhiambo-Kamau (Kenya).", "body"),
        ("The Group asked the secretariat to publish the responses.", "body"),
        title="Report by the Chairman of the Council Working Group on Child Online Protection",
    )
    got = [parties(x) for x in run(r, "cwg-cop")]
    assert got[0] == ("invite", "body:cwg-cop", ("body:itu-council",))  # annotation guide, decision 10
    assert got[1][1] == "person:wanjiru-odhiambo-kamau"
    assert got[2][1] == "body:cwg-cop"


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "Administrations and Sector Members are invited to submit studies on tidal links to the next meeting.",
            ("collective:administrations", "collective:sector-members"),
        ),
        (
            "Members are invited to send contributions to the secretariat no later than 4 June 2031.",
            ("collective:members",),
        ),
        (
            "Member States are requested to nominate experts for the drafting team by 1 July 2031.",
            ("collective:member-states",),
        ),
        ("Delegations are encouraged to take part in the online consultation.", ("collective:delegations",)),
    ],
)
def test_a_passive_to_a_group_in_a_chairmans_report_is_the_groups(sentence: str, asked: tuple[str, ...]) -> None:
    # round 39: decision 10 for people as for bodies; only what is sent to the chairman is the chairman's
    r = kinds(
        ("Both meetings were chaired by Ms Wanjiru Odhiambo-Kamau (Kenya).", "body"),
        (sentence, "body"),
        title="Report by the Chairman of the Council Working Group on Child Online Protection",
    )
    assert [parties(x)[1:] for x in run(r, "cwg-cop")] == [("body:cwg-cop", asked)]


def test_the_chairman_of_a_chairmans_report_of_no_meeting_body_asks_people_the_committee_a_body() -> None:
    r = make_report(
        "REPORT BY THE CHAIRMAN OF THE STANDING COMMITTEE ON ADMINISTRATION AND MANAGEMENT",
        "The Committee held four meetings under the chairmanship of Mr Halvard Sæterdal (Norway).",
        "The Council is invited to approve this report.",
        "Delegations are invited to send their comments to the Chairman.",
        "H. Sæterdal",
        "Chairman, Standing Committee on Administration and Management",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert got == ["body:standing-committee-on-administration-and-management", "person:halvard-saeterdal"]


def test_a_proposal_that_a_body_meet_asks_no_one() -> None:
    r = report("It is proposed that the Editorial Committee meet for half a day before the plenary.")
    assert run(r, "cwg-cop") == ()


def test_the_chairman_is_the_meetings_chair_when_two_people_are_read_as_chairs() -> None:
    r = report(
        "The eleventh meeting of the Council Working Group on Child Online Protection was opened by "
        "Mr Ebo Tetteh-Mensah (Ghana), Chairman of the Group.",
        "The report of the correspondence group, presented by its Chairman, Ms Ines Rauch (Austria), was noted.",
        "The Chairman encouraged all members to submit their contributions early.",
    )
    found = extract(r)
    assert [x.requester.key for x in found.requests] == [found.meeting.chair if found.meeting else ""]


# ---------------------------------------------------------------------------- a polite request
def test_i_should_be_grateful_if_you_would_is_the_authors_request_to_the_recipients() -> None:
    r = make_report(
        "TELECOMMUNICATION STANDARDIZATION BUREAU",
        "To: Administrations of Member States; ITU-T Sector Members",
        "Dear Sir/Madam,",
        "4 I should be grateful if you would register online before 2 March 2031.",
        "5 I would appreciate it if you could send the name of your focal point to the secretariat.",
        "Yours faithfully,",
        "Ngozi Adaeze-Okafor",
        "Director, Telecommunication Standardization Bureau",
    )
    got = run(r, None)
    audience = ("collective:administrations-of-member-states", "collective:itu-t-sector-members")
    assert [parties(x) for x in got] == [("request", "person:ngozi-adaeze-okafor", audience)] * 2
    assert got[0].action.startswith("register online")


# ---------------------------------------------------- authors named as groups, declarations, chairmen, lists
def test_a_present_passive_to_people_in_a_chairmans_report_is_the_chairman_a_past_one_the_group() -> None:
    r = kinds(
        ("Both meetings were chaired by Mr Tomasz Wróblewski-Ndiaye (Poland).", "body"),
        ("Member States were invited to send their views to the secretariat.", "body"),
        ("The Council is invited to take note of this report and to endorse the work plan.", "body"),
        ("Members of the Group are invited to send their comments to the Chairman.", "body"),
        title="Report by the Chairman of the Council Working Group on Child Online Protection",
    )
    got = [parties(x) for x in run(r, "cwg-cop")]
    assert [g[1] for g in got] == ["body:cwg-cop", "body:cwg-cop", "person:tomasz-wroblewski-ndiaye"]
    assert got[1][2] == ("body:itu-council",)  # the Council: the group asks (annotation guide, decision 10)


def test_the_chairman_who_signs_a_chairmans_report_asks_people_in_the_present_passive() -> None:
    r = make_report(
        "Report by the Chairman of the Council Working Group on Child Online Protection 1 The Group held its "
        "ninth meeting online.",
        "2 The Group requested the secretariat to publish the contributions.",
        "3 The Council is invited to approve the recommendations in paragraph 2.",
        "4 Delegates are invited to send their comments to the Chairman.",
        "R. ABERNATHY-OSEI",
        "Chairman, CWG-COP",
        title="Report by the Chairman of the Council Working Group on Child Online Protection",
    )
    got = [parties(x)[1] for x in run(r, "cwg-cop")]
    assert got[-2] == "body:cwg-cop"
    assert got[-1].startswith("person:")


def test_we_the_delegates_to_a_conference_is_that_conference_also_for_its_passive_requests() -> None:
    r = report(
        "We, the delegates to the World Telecommunication Standardization Assembly 2032 (WTSA-32), call upon "
        "all Member States to join the effort.",
        "We invite the Secretary-General to bring this Declaration to the attention of the Council.",
        "The Director of TSB is requested to present an operational plan to TSAG.",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert got == ["body:wtsa"] * 3


def test_a_group_named_by_a_contributions_header_is_its_author() -> None:
    r = kinds(
        ("* Denmark, Finland, Iceland, Norway, Sweden.", "body"),
        ("The Nordic Administrations propose that the Group:", "body"),
        ("(a) ask the secretariat to publish the replies;", "list-item"),
        ("(b) invite Member States to share their experience.", "list-item"),
        ("Sector Members are encouraged to take part in the consultation.", "body"),
        title="Contribution from the Nordic Administrations*",
    )
    got = [parties(x) for x in run(r, "cwg-cop")]
    assert [g[1] for g in got] == ["collective:nordic-administrations"] * 3
    assert [g[2] for g in got[:2]] == [("body:cwg-cop",)] * 2


def test_a_source_line_names_the_group_before_through() -> None:
    r = make_report(
        "Source: Andean Administrations, through the Andean Community (CAN)",
        "The Andean Administrations request the Council to instruct the Secretary-General to report.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["collective:andean-administrations"]


def test_a_passive_lead_before_a_colon_gives_its_subject_to_each_item() -> None:
    r = kinds(
        ("The Council is invited to:", "body"),
        ("request the Secretary-General to present a roadmap;", "list-item"),
        ("C31/47-E", "body"),
        ("encourage Member States to send their reports by 31 January 2032.", "list-item"),
        title="Contribution from the Republic of Fiji",
    )
    got = [parties(x) for x in run(r, None)]
    assert got == [("invite", "country:FJI", ("body:itu-council",))] * 2
    assert [x.action for x in run(r, None)][0].startswith("request the Secretary-General")


def test_it_is_proposed_in_a_relative_clause_asks_no_one() -> None:
    r = report(
        "Peru would welcome an information session on the new software, which it is proposed to hold during "
        "the Assembly in October."
    )
    assert run(r, "rag") == ()


def test_a_request_as_the_second_infinitive_of_a_decision_is_the_deciding_bodys() -> None:
    r = report(
        "He took it that the Council wished to take note of Document C31/29 and to request the "
        "Secretary-General to submit a consolidated report to Council 2032.",
        "The Group agreed to endorse the plan and also to invite Member States to comment by 1 May 2032.",
    )
    got = [parties(x) for x in run(r, "cwg-cop")]
    assert got == [
        ("request", "body:itu-council", ("post:itu/secretary-general",)),
        ("invite", "body:cwg-cop", ("collective:member-states",)),
    ]


def test_a_letter_closed_by_a_courtesy_sentence_is_signed_by_the_name_and_post_after_it() -> None:
    r = make_report(
        "Circular Letter CL-31/12",
        "To: Member States of ITU",
        "Madam, Sir,",
        "I therefore invite Member States to nominate their experts by 15 January 2032.",
        "Please accept, Madam, Sir, the assurance of my highest consideration.",
        "Oluwaseun Adebayo-Lindqvist Secretary-General",
    )
    got = [parties(x) for x in run(r, None)]
    assert got == [("invite", "person:oluwaseun-adebayo-lindqvist", ("collective:member-states",))]


def test_a_statement_on_behalf_of_the_members_of_a_body_is_that_body_speaking() -> None:
    r = make_report(
        "STATEMENT ON BEHALF OF THE MEMBER STATES OF APT",
        "Distinguished colleagues,",
        "(a) we request the secretariat to publish the list of candidatures without delay;",
        "Finally, we call upon all Member States to submit their proposals in good time.",
    )
    got = [parties(x)[1] for x in run(r, "itu-council")]
    assert got == ["body:apt", "body:apt"]


def test_a_contribution_from_the_administrations_of_a_body_is_that_bodys() -> None:
    r = kinds(
        ("The Member States are encouraged to designate national focal points.", "body"),
        title="Contribution from the Administrations of the Regional Commonwealth in the field of "
        "Communications (RCC)*",
    )
    assert [parties(x)[1] for x in run(r, "cwg-cop")] == ["body:rcc"]


def test_the_byline_under_a_title_ending_in_remarks_is_the_speaker() -> None:
    r = make_report(
        "MODERATOR'S INTRODUCTORY AND CLOSING REMARKS",
        "Ms Ingibjörg Haraldsdóttir-Mensah, Senior Programme Officer, UNESCO",
        "Good morning and welcome to this session.",
        "I ask the remote participants to post their questions in the chat.",
        "May I also invite all speakers to send me their slides by Friday.",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert got == ["person:ingibjorg-haraldsdottir-mensah"] * 2


def test_the_recommendations_listed_after_the_council_is_invited_to_are_the_groups() -> None:
    r = kinds(
        ("Both meetings were chaired by Mr Tomasz Wróblewski-Ndiaye (Poland).", "body"),
        ("The Council is invited to consider this report.", "body"),
        ("The Council is invited to:", "body"),
        ("a) endorse the work plan;", "list-item"),
        ("b) extend the mandate of the Group.", "list-item"),
        title="Report by the Chairman of the Council Working Group on Child Online Protection",
    )
    got = [parties(x)[1] for x in run(r, "cwg-cop")]
    assert got == ["body:cwg-cop", "body:cwg-cop", "body:cwg-cop"]


def test_requests_coordinated_in_a_motion_to_the_meeting_body_are_the_bodys() -> None:
    r = report(
        "The Chairman proposed that the Council approve the recommendations in Document C31/14, instruct the "
        "secretariat to prepare a revised draft, and invite Member States to send comments by 30 June 2031.",
        "Ms Ana Lucía Ferreira-Brandão (Portugal) proposed that the Council instruct the Secretary-General to report.",
    )
    got = [parties(x)[1] for x in run(r, "itu-council")]
    assert got[:2] == ["body:itu-council", "body:itu-council"]
    assert "body:itu-council" not in got[2:]


def test_we_in_a_letter_signed_by_a_person_for_a_body_is_the_body() -> None:
    r = make_report(
        "Dear Ms Oyelaran,",
        "The National Communications Authority (NCA) thanks the Telecommunication Development Bureau for its "
        "letter of 4 March 2031.",
        "We kindly request BDT to confirm the dates of the mission by 15 April 2031.",
        "Finally, the NCA invites the ITU Regional Office for Africa to present the regional results.",
        "Please accept, Madam, the assurances of our highest consideration.",
        "Mr Kwabena Asante-Boateng",
        "Director-General",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert len(got) == 2 and got[0] == got[1] and got[0].startswith("body:")


@pytest.mark.parametrize(
    ("lines", "speaker"),
    [
        (
            (
                "Statement by the Director of the Telecommunication Development Bureau, Ms Ana Rivas-Holm",
                "Distinguished delegates,",
                "The Radio Regulations Board has asked the Bureau to gather better monitoring data.",
                "We ask the regional organizations to help us build a shared register of stations.",
            ),
            "person:ana-rivas-holm",
        ),
        (
            (
                "Dear Colleague,",
                "The Council, at its 2031 session, instructed the Bureau to prepare a guide on tariffs.",
                "We therefore invite Member States to send their national practices by 3 May 2032.",
                "Yours faithfully,",
                "Halvard Moe-Adjei",
                "Director, Telecommunication Standardization Bureau",
            ),
            "person:halvard-moe-adjei",
        ),
        (
            (
                "Opening remarks by the Chairman of the Council Working Group on Child Online Protection, "
                "Mr Tupac Quispe-Lindgren",
                "Dear colleagues,",
                "The Plenipotentiary Conference has asked the Group to review its terms of reference.",
                "We encourage all delegations to send their proposals before the next meeting.",
            ),
            "person:tupac-quispe-lindgren",
        ),
    ],
)
def test_we_after_a_body_the_author_holds_no_post_of_is_the_author(lines: tuple[str, ...], speaker: str) -> None:
    """A body the text reports on (``The Board has asked the Bureau ...``) is no ``we`` of a speaker or
    signatory who holds a post of another body: ``We ask ...`` is the person's."""
    got = [parties(x)[1] for x in run(make_report(*lines), None)]
    assert got[-1] == speaker and speaker not in got[:-1]


def test_we_in_a_speech_is_its_speaker_when_no_body_spoke_before() -> None:
    r = make_report(
        "Keynote address",
        "Ms Leilani Kahananui-Brooks, Minister of Communications",
        "We urge all operators to share their towers.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["person:leilani-kahananui-brooks"]


def test_the_byline_may_open_with_by_under_a_speech_title() -> None:
    r = make_report(
        "WELCOME REMARKS",
        "by Dr Thandeka Mokoena-Visser, Chief Executive, Lesotho Communications Authority",
        "I urge operators to share their roaming data with their regulators.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["person:thandeka-mokoena-visser"]


def test_he_is_the_person_the_sentence_before_opens_with_not_the_post_named_last() -> None:
    r = report(
        "Round Table 3 was chaired by H.E. Ms Mariam Okonkwo-Haddad, Minister of ICT of Nigeria.",
        "In her introduction, the Chair recalled that the Tunis Agenda asks the UN Secretary-General to "
        "convene a forum. She invited speakers to focus on implementation.",
    )
    got = [parties(x) for x in run(r, "wsis-forum")]
    assert got[-1] == ("invite", "person:mariam-okonkwo-haddad", ("collective:speakers",))


def test_the_letterhead_of_a_letter_cut_before_its_signature_asks() -> None:
    r = make_report(
        "Ref.: BDT/IEE/31/4",
        "To: Administrations of Member States",
        "Dear Sir/Madam,",
        "Administrations are invited to reply to the questionnaire by 3 May 2031.",
        title="Telecommunication Development Bureau",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["body:itu-bdt"]


def test_a_resolution_cited_with_its_revision_and_issuer_asks_as_itself_in_a_contribution() -> None:
    r = contribution(
        "Resolution 139 (Rev. Bucharest, 2022) of the Plenipotentiary Conference further calls upon Member "
        "States to contribute to the resources required."
    )
    found = extract(r)
    numbers = {x.key: x.number for x in found.resolutions}
    assert [(x.requester.kind, numbers.get(x.requester.key)) for x in found.requests] == [("resolution", "139")]


def test_the_authors_of_a_contribution_are_its_author() -> None:
    r = contribution("The authors also encourage the Bureau to publish the toolkit in 2032.")
    assert [parties(x)[1] for x in run(r, None)] == ["country:FJI"]


def test_a_passive_in_a_text_of_no_meeting_body_and_no_author_is_the_body_that_spoke() -> None:
    r = report(
        "Second, CITEL proposes that the Secretary-General be instructed to report to the Council.",
        "All heads of regional coordination are invited to attend the informal meeting on Thursday.",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert got == ["body:citel", "body:citel"]


def test_the_committee_in_a_report_by_its_chairman_is_that_committee_not_the_last_one_named() -> None:
    r = make_report(
        "Report by the Chairman of Committee 4",
        "1 The Editorial Committee received the texts approved by the Committee at its sixth meeting.",
        "2 The Committee requested the Director of the Radiocommunication Bureau to publish the rules.",
        "3 Administrations were invited to submit their information by 15 January 2032.",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert got == ["body:committee-4", "body:committee-4"]


def test_a_joint_contributions_drafted_resolution_is_each_countrys_and_a_regional_groups_its_bodys() -> None:
    joint = ParsedReport(
        "t.txt",
        "text/plain",
        "Council Working Group",
        (Section("1", "t", None, 2),),
        (
            Paragraph(1, "front", "Joint contribution by Iceland, Uruguay and Ghana"),
            Paragraph(2, "1", "ADD ISL/URY/GHA/3/1"),
            Paragraph(
                3, "1", "The Plenipotentiary Conference of the International Telecommunication Union (Lima, 2030),"
            ),
            Paragraph(4, "1", "invites Member States to publish their spectrum plans."),
        ),
    )
    assert [parties(x)[1] for x in extract(joint).requests] == ["country:ISL", "country:URY", "country:GHA"]
    committee = ParsedReport(
        "t.txt",
        "text/plain",
        "Plenipotentiary Conference",
        (Section("1", "t", None, 2),),
        (
            Paragraph(1, "front", "Source: Editorial Committee"),
            Paragraph(
                2, "1", "The Plenipotentiary Conference of the International Telecommunication Union (Lima, 2030),"
            ),
            Paragraph(3, "1", "invites Member States to publish their spectrum plans."),
        ),
    )
    assert report_genre(committee) == "contribution"
    assert [parties(x)[1] for x in extract(committee).requests] == ["body:itu-pp"]


def test_the_countries_of_a_source_line_with_the_title_run_into_it_each_ask() -> None:
    r = ParsedReport(
        "t.txt",
        "text/plain",
        "PLENIPOTENTIARY CONFERENCE",
        (Section("1", "t", None, 4),),
        (
            Paragraph(1, "front", "Document 91-E"),
            Paragraph(2, "front", "Original: English"),
            Paragraph(3, "front", "Republic of Iceland, Ghana, Uruguay PROPOSALS FOR THE WORK OF THE CONFERENCE"),
            Paragraph(4, "1", "MOD ISL/GHA/URY/91/1"),
            Paragraph(
                5, "1", "The Plenipotentiary Conference of the International Telecommunication Union (Lima, 2030),"
            ),
            Paragraph(6, "1", "invites Member States to publish their spectrum plans."),
        ),
    )
    assert [parties(x)[1] for x in extract(r).requests] == ["country:ISL", "country:GHA", "country:URY"]


def test_the_co_sponsoring_administrations_of_a_joint_contribution_are_its_countries() -> None:
    r = ParsedReport(
        "t.txt",
        "text/plain",
        "TDAG",
        (Section("1", "t", None, 2),),
        (
            Paragraph(1, "front", "Joint contribution by Iceland, Uruguay and Ghana"),
            Paragraph(2, "1", "The co-sponsoring Administrations invite TDAG:"),
            Paragraph(3, "1", "to request BDT to prepare a template for the initiatives;", "list-item"),
            Paragraph(4, "1", "The two administrations also invite TDAG to review the plan.", "body"),
        ),
    )
    got = extract(r).requests
    assert [parties(x)[1] for x in got] == ["country:ISL", "country:URY", "country:GHA"] * 2
    assert {x.action for x in got} == {"request BDT to prepare a template for the initiatives", "review the plan"}


@pytest.mark.parametrize(
    "texts",
    [
        ("They propose that the Council:", "a) instruct the Secretary-General to publish a survey;"),
        ("3 They therefore propose that the Council instruct the Secretary-General to publish a survey.",),
        ("Namibia, Iceland and Uruguay propose that the Council instruct the Secretary-General to publish a survey.",),
        ("Uruguay, Namibia and Iceland invite the Council to instruct the Secretary-General to publish a survey.",),
    ],
)
def test_they_or_the_contributors_named_ask_as_each_country_of_a_joint_contribution(texts: tuple[str, ...]) -> None:
    """In a joint contribution, ``They propose`` and the contributing countries named together (in any
    order) speak in the present for all of them: each country asks (decision 22)."""
    paras = (Paragraph(1, "front", "Joint contribution by Iceland, Uruguay and Namibia"),)
    paras += tuple(Paragraph(i + 2, "1", t) for i, t in enumerate(texts))
    r = ParsedReport("t.txt", "text/plain", "Council", (Section("1", "t", None, 2),), paras)
    got = extract(r).requests
    assert [(parties(x)[1], parties(x)[2]) for x in got] == [
        (c, ("body:itu-council",)) for c in ("country:ISL", "country:URY", "country:NAM")
    ]


def test_some_of_the_contributors_named_ask_for_themselves() -> None:
    r = ParsedReport(
        "t.txt",
        "text/plain",
        "Council",
        (Section("1", "t", None, 2),),
        (
            Paragraph(1, "front", "Joint contribution by Iceland, Uruguay and Namibia"),
            Paragraph(
                2,
                "1",
                "Iceland and Namibia propose that the Council instruct the Secretary-General to publish a survey.",
            ),
        ),
    )
    assert [parties(x)[1] for x in extract(r).requests] == ["country:ISL", "country:NAM"]


def test_she_after_a_sentence_opened_by_a_job_title_is_its_one_holder() -> None:
    """``The Minister recalled ... She invited ...``: the one person whose job title is ``Minister of
    ...``, not the woman named last."""
    cases = [
        (
            "Co-chairs: H.E. Ms Aurelia Tamsin-Oduya, Minister of Posts and Digital Economy, Namibia; "
            "Mr Hugo Lindqvist-Baptiste, Chair, Leadership Panel",
            "Rapporteur: Ms Greta Ilunga-Marsh, Forum Secretariat",
            "The Minister recalled the broadband targets set in 2030. She invited operators to share coverage data.",
            "person:aurelia-tamsin-oduya",
        ),
        (
            "Moderator: Mr Hugo Lindqvist-Baptiste, Chair, Leadership Panel",
            "Speakers: H.E. Mr Tomasz Ferreira-Ngata, Ambassador to Kenya; Mr Ivo Brandt-Salas, Expert",
            "The Ambassador opened the panel with a short statement. He urged donors to fund the rural pilot by 2033.",
            "person:tomasz-ferreira-ngata",
        ),
    ]
    for *lines, expected in cases:
        r = report(*lines)
        got = [parties(x)[1] for x in run(r, "ungis")]
        assert got == [expected], lines


def test_the_mission_of_a_note_verbale_is_the_permanent_mission_it_opens_with() -> None:
    """``The Mission kindly requests ...`` after ``The Permanent Mission of X ... presents its compliments``:
    the head's last word alone names the body (not ``the General Assembly`` after a Directorate General)."""
    for later in (
        "The Mission kindly requests the Telecommunication Development Bureau to circulate the invitation.",
        "This Mission also invites the Telecommunication Development Bureau to circulate the invitation.",
    ):
        r = make_report(
            "The Permanent Mission of Norway to the United Nations Office at Geneva presents its compliments to "
            "the International Telecommunication Union and has the honour to refer to the seminar of May 2031.",
            later,
            "The Permanent Mission of Norway avails itself of this opportunity to renew the assurances of its "
            "highest consideration.",
        )
        got = [parties(x)[1] for x in run(r, None)]
        assert got == ["body:permanent-mission-of-norway-to-the-united-nations-office-at-geneva"], later


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            (
                "The Secretariat of the Pacific Tide Commission presents its compliments to the Permanent Missions "
                "in Suva and has the honour to inform them that the gauge workshop will be held in Apia on 4 May 2031.",
                "Missions are invited to nominate their experts by 1 April 2031.",
            ),
            [("invite", "body:secretariat-of-the-pacific-tide-commission", ("collective:missions",))],
        ),
        (
            (
                "The gauge workshop will be held in Apia on 4 May 2031.",
                "Missions are kindly requested to confirm their participation by 1 April 2031.",
                "The Coastal Survey Office of the Republic of Palau avails itself of this opportunity to renew to the "
                "Permanent Missions the assurances of its highest consideration.",
            ),
            [("request", "body:coastal-survey-office-of-the-republic-of-palau", ("collective:missions",))],
        ),
        (
            (
                "...has the honour to inform the Permanent Missions that the gauge workshop will be held in Apia.",
                "The Pacific Tide Commission further has the honor to recall that the workshop is open to all.",
                "Delegations are encouraged to bring their own instruments.",
            ),
            [("encourage", "body:pacific-tide-commission", ("collective:delegations",))],
        ),
        # round 31: any formula-noun after the singular present of have (were: only "has the honour/honor to")
        (
            (
                "The Secretariat of the Lagoon Fisheries Commission has the pleasure to inform the Permanent Missions "
                "of the launch of the survey.",
                "Member States are invited to submit their replies by 30 June 2031.",
            ),
            [("invite", "body:secretariat-of-the-lagoon-fisheries-commission", ("collective:member-states",))],
        ),
        (
            (
                "The Andean Spectrum Office also has the privilege to transmit the revised plan.",
                "Administrations are requested to confirm their assignments by 2 March 2031.",
            ),
            [("request", "body:andean-spectrum-office", ("collective:administrations",))],
        ),
    ],
)
def test_a_note_verbale_that_names_its_writer_in_a_formula_asks_in_its_passives_as_that_writer(
    lines: tuple[str, ...], expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    """A note verbale names its writer in the third person only in its formulas (``X presents its compliments``,
    ``X further has the honour to``, ``X avails itself of this opportunity``) and signs with no name: its passive
    requests (``Missions are invited to ...``) are that writer's, not lost for want of an author."""
    assert [parties(x) for x in run(make_report(*lines), None)] == expected


def test_a_formula_writer_gives_way_to_the_person_who_signs() -> None:
    """A note whose formula names a body and that a person signs under a post asks as the signatory (decision 11):
    the formula names the writer only when the document names no author."""
    r = make_report(
        "Note by the Secretary-General",
        "The Pacific Tide Commission has the honour to inform the Missions that the workshop will be held in Apia.",
        "Member States are invited to nominate their experts by 3 March 2034.",
        "Kalani Ferreira-Oduya",
        "Secretary-General",
    )
    assert [parties(x)[1] for x in extract(r).requests] == ["person:kalani-ferreira-oduya"]


def test_a_note_by_the_secretary_general_signed_by_name_is_the_persons() -> None:
    """A note by the Secretary-General that its holder signs by name (``NAME`` / ``Secretary-General``)
    asks as that person (decision 11)."""
    lines = (
        "Note by the Secretary-General",
        "CONVENING OF THE EXPERT GROUP",
        "Member States are invited to nominate their experts by 3 March 2034.",
    )
    signed = make_report(*lines, "Kalani Ferreira-Oduya", "Secretary-General")
    assert [parties(x)[1] for x in extract(signed).requests] == ["person:kalani-ferreira-oduya"]


@pytest.mark.parametrize(
    "signature",
    [
        "(signed) Oyelaran Bukola-Fenwick Director of the Telecommunication Development Bureau",
        "(Signed) Oyelaran Bukola-Fenwick Secretary-General",
        "(signed) Oyelaran Bukola-Fenwick Director, Radiocommunication Bureau",
    ],
)
def test_a_letter_signed_name_and_post_on_the_signed_notes_line_asks_as_the_signatory(signature: str) -> None:
    """``(signed) NAME Post`` on one line ends a letter: its requests are the signatory's (decision 11),
    not the post's nor the letter's subject's."""
    signed = make_report(
        "Regional workshop on spectrum pricing, Accra, 4-5 June 2032",
        "Dear Sir/Madam,",
        "Participants are requested to register online by 4 May 2032.",
        "Yours faithfully,",
        signature,
    )
    assert [parties(x)[:2] for x in extract(signed).requests] == [("request", "person:oyelaran-bukola-fenwick")]


def test_the_authors_head_noun_alone_in_lower_case_is_the_author() -> None:
    """``The group invites ...`` in the report of an ad hoc group: that group (decision 23)."""
    r = make_report(
        "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-34)",
        "Document DT/21-E",
        "COMMITTEE 4",
        "1 The ad hoc group on Resolution 77, established by Committee 4 at its second meeting, met on 3 May 2034 "
        "under the chairmanship of Ms Ilona Brandt-Okafor (Namibia).",
        "2 The group also requests the Director of the Telecommunication Development Bureau to report on the costs.",
        "Ilona Brandt-Okafor",
        "Chair, ad hoc group on Resolution 77",
        title="Report of the ad hoc group on Resolution 77 to Committee 4",
    )
    got = extract(r).requests
    assert [x.requester.label for x in got] == ["ad hoc group on Resolution 77"]


def test_a_council_document_that_names_no_author_is_the_secretary_generals() -> None:
    """A Council document (``Document C34/41-E``) that puts something to the Council and names no
    author is the Secretary-General's (decision 10), never the Council asking itself."""
    r = make_report(
        "Document C34/41-E, 2 May 2034. Geneva, 10-20 June 2034",
        "RURAL CONNECTIVITY FUND",
        "The Council is invited to take note of this report and to encourage Member States to contribute to the fund.",
    )
    assert {parties(x)[1] for x in extract(r).requests} == {"post:itu/secretary-general"}


# ---------------------------------------------------------------------------- a text asks
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Cairo Agenda calls upon ITU to facilitate the review of the action lines.", "Cairo Agenda"),
        (
            "3.2 Paragraph 41 of the Quito Plan of Action asks the secretariat to keep a database of projects.",
            "Quito Plan of Action",
        ),
        (
            "Resolution 5 of the Conference sets up the Questions, and the Kigali Action Plan calls on the "
            "Telecommunication Development Bureau to assist small island States.",
            "Kigali Action Plan",
        ),
        (
            "The Montevideo Declaration urged regulators to publish their spectrum plans before 2032.",
            "Montevideo Declaration",
        ),
        ("Section 4 of the Lusaka Roadmap invites Member States to share national data.", "Lusaka Roadmap"),
    ],
)
def test_a_text_named_as_the_subject_asks_as_itself(sentence: str, label: str) -> None:
    found = run(report(sentence), None)
    assert [(x.requester.kind, x.requester.label) for x in found] == [("resolution", label)]


def test_a_numbered_text_asks_through_its_recorded_issuer_or_as_itself() -> None:
    """``Opinion 4`` in a report of the Policy Forum is the Forum's; ``Recommendation 7``, whose issuer
    the report does not say, asks as itself."""
    r = make_report(
        "Report of the Chairman of the World Telecommunication/ICT Policy Forum, Geneva, 3-5 June 2031",
        "Opinion 4 calls upon the Telecommunication Development Bureau to hold regional workshops.",
        "Recommendation 7 requests administrations to report on their progress.",
        title="World Telecommunication/ICT Policy Forum 2031",
    )
    found = extract(r).requests
    assert [
        (x.requester.kind, x.requester.key if x.requester.kind == "body" else x.requester.label) for x in found
    ] == [
        ("body", "wtpf"),
        ("resolution", "Recommendation 7"),
    ]


def test_a_text_as_the_object_or_a_body_named_like_one_is_not_a_requester() -> None:
    r = report(
        "The Commission invited Member States to implement the Cairo Agenda.",
        "The Commission on Science and Technology for Development requested the secretariat to report.",
    )
    assert [x.requester.kind for x in run(r, "cstd")] == ["body", "body"]


@pytest.mark.parametrize(
    ("lead", "sentence", "person"),
    [
        (
            "The second meeting of the Informal Expert Group was chaired by Mr Tomas Varga-Lind (Hungary).",
            "The Chairman asked the secretariat to post the draft report by 4 May 2031.",
            "person:tomas-varga-lind",
        ),
        (
            "The Working Group was chaired by Ms Rana Haddad (Lebanon), with Mr Ito Ken (Japan) as Vice-Chair.",
            "The Chair of Working Group 3 urged members to submit proposals before the next meeting.",
            "person:rana-haddad",
        ),
        (
            "The Working Group was chaired by Ms Rana Haddad (Lebanon), with Mr Ito Ken (Japan) as Vice-Chair.",
            "The Vice-Chair asked the secretariat to circulate the list of documents.",
            "person:ito-ken",
        ),
        (
            "Mr Pablo Ortega-Lind, Chair of the WTDC-31 preparations, welcomed the participants.",
            "The Chairman invited regional organizations to share their common proposals by 8 May 2031.",
            "person:pablo-ortega-lind",
        ),
    ],
)
def test_a_post_of_the_meeting_no_one_holds_is_the_one_person_with_that_title(
    lead: str, sentence: str, person: str
) -> None:
    """A chair named by ``was chaired by`` whose body is not placed holds no post; ``The Chair`` who
    asks later is that person, the only one with the title."""
    assert [parties(x)[1] for x in run(report(lead, sentence), "ieg-x")] == [person]


# ---------------------------------------------------------------------------- a speech's title names who speaks
@pytest.mark.parametrize(
    ("lines", "title", "who"),
    [
        (  # the post alone when no person is named
            ("Global Digital Forum, Nairobi, 3-4 June 2031", "Excellencies, ladies and gentlemen,"),
            "Video message of the Secretary-General of the United Nations",
            "post:un/secretary-general",
        ),
        (  # the one person named in the post
            (
                "Excellencies,",
                "I am Dr Lina Osei-Berg, Secretary-General of the International Telecommunication Union, and I "
                "am glad to join you.",
            ),
            "Message of the ITU Secretary-General",
            "person:lina-osei-berg",
        ),
        (  # a speech's noun, a dash, then who
            ("Dear colleagues, good morning.",),
            "Welcome remarks – Mr Jon Halvorsen-Ade, Head, ITU Office for Asia and the Pacific",
            "person:jon-halvorsen-ade",
        ),
        (
            ("Distinguished delegates,",),
            "Opening address - H.E. Ms Amara Diallo-Kerr, Minister of Digital Economy",
            "person:amara-diallo-kerr",
        ),
    ],
)
def test_a_speech_title_names_who_asks(lines: tuple[str, ...], title: str, who: str) -> None:
    r = make_report(
        *lines, "I call on all Member States to share their national broadband plans by 30 June 2031.", title=title
    )
    assert [parties(x)[1] for x in extract(r).requests] == [who]


@pytest.mark.parametrize(
    "heading",
    ["WTISD 2031 - Message of the Minister", "MESSAGE OF THE CHAIRMAN OF THE BOARD ON WORLD TELECOMMUNICATION DAY"],
)
def test_a_message_signed_under_its_heading_is_the_signatorys(heading: str) -> None:
    r = make_report(
        "NATIONAL TELECOMMUNICATIONS AUTHORITY",
        heading,
        "Geneva, 17 May 2031",
        "Today we celebrate the Day. I invite all operators to publish their coverage maps by 30 September 2031.",
        "Dr Rania Haddad-Lunde",
        "Chairman of the Board and Minister of Telecommunications",
    )
    assert [parties(x)[1] for x in extract(r).requests] == ["person:rania-haddad-lunde"]


def test_a_texts_head_alone_is_the_text_named_before_with_it() -> None:
    r = report(
        "The regulators adopted the Lisbon Best Practice Guidelines on spectrum sharing.",
        "The Guidelines invite regulators to publish their spectrum plans.",
    )
    assert [x.requester.label for x in run(r, "gsr-x")] == ["Lisbon Best Practice Guidelines"]


@pytest.mark.parametrize("footer", ["C34/41-E - 3", "- 3 - C34/41-E", "C34/41-E"])
def test_a_council_document_excerpt_known_by_its_page_line_is_the_secretary_generals(footer: str) -> None:
    """An excerpt cut before its cover still carries its symbol on a page's running line."""
    r = make_report(
        "and in small island developing States, where coverage reached 78 per cent.",
        "Member States are invited to announce their pledges at the next round table.",
        footer,
        "The Council is invited to take note of this report.",
    )
    assert {parties(x)[1] for x in extract(r).requests} == {"post:itu/secretary-general"}


# ---------------------------------------------------------------------------- who asks: further forms
@pytest.mark.parametrize("label", ["(a)", "b)", "(iii)", "c.", "4.2"])
def test_an_items_label_before_the_own_bodys_head_noun_is_left_out(label: str) -> None:
    """``(a) The Forum invited X ...`` in the Forum's record: the label is no part of the subject, the
    head noun is the meeting body (decision 23), whatever the label's form."""
    r = report(
        "Conclusions",
        f"{label} The Symposium encouraged regulators to publish their spectrum roadmaps by 2031.",
        f"{label} The Symposium also requested the secretariat to circulate the outcome.",
    )
    got = [parties(x)[1] for x in run(r, "global-symposium-for-regulators")]
    assert got == ["body:global-symposium-for-regulators"] * 2


@pytest.mark.parametrize(
    "closing",
    [("Sincerely,",), ("Yours faithfully,",), ("Signed:",)],
)
def test_we_in_a_letter_that_several_sign_is_each_signatory_not_the_bodies_they_head(closing: tuple[str, ...]) -> None:
    """``We, the heads of A, B and C, ...`` then ``We invite ...`` in a letter signed by three heads:
    each signatory by name (decision 18), not the bodies the ``we`` names."""
    r = make_report(
        "Joint letter",
        "Dear colleagues,",
        "We, the heads of the Caribbean Telecommunications Union (CTU) and the African Telecommunications "
        "Union (ATU), are pleased to share the outcome of the joint workshop.",
        "We invite each administration to designate a focal point by 2 May 2031.",
        "We also request the Radiocommunication Bureau to publish the workshop material.",
        *closing,
        "Marisol Quintero-Hayes, Secretary-General, CTU",
        "Babajide Okonkwo-Lind, Secretary-General, ATU",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert got == ["person:marisol-quintero-hayes", "person:babajide-okonkwo-lind"] * 2


@pytest.mark.parametrize(
    "header",
    [
        "Note by the Director of the Telecommunication Standardization Bureau",
        "Report by the Director of the Telecommunication Standardization Bureau",
    ],
)
def test_a_note_by_a_director_signed_by_name_is_the_persons(header: str) -> None:
    """A document headed by a post and signed at its end by that post's holder asks in the holder's name
    (decision 11), whatever the document's genre."""
    r = make_report(
        header,
        "PREPARATIONS FOR THE ASSEMBLY",
        "By Decision 601, the Council at its 2030 session decided that the Assembly would meet in 2032.",
        "Study group chairmen are requested to submit their reports by 30 June 2032.",
        "Thandiwe Okafor-Lindqvist",
        "Director, Telecommunication Standardization Bureau",
    )
    assert [parties(x)[1] for x in extract(r).requests] == ["person:thandiwe-okafor-lindqvist"]


def test_a_letter_signed_by_a_name_over_the_post_is_the_one_holders() -> None:
    """``NAME`` / ``Secretary-General`` under a courtesy sentence, the name read as the post's holder but
    not as the signature's span: the holder asks (decision 11), not the post."""
    r = make_report(
        "Geneva, 3 February 2031",
        "Madam, Sir,",
        "1 The Plenipotentiary Conference will be held in Geneva from 22 September to 10 October 2032.",
        "2 Member States are invited to submit their proposals by 22 May 2032.",
        "Please accept, Madam, Sir, the assurances of my highest consideration.",
        "Ximena Arrieta Olaizola",
        "Secretary-General",
    )
    got = [parties(x)[1] for x in extract(r).requests]
    assert got == ["person:ximena-arrieta-olaizola"]


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        ("pacific-regional-initiative-steering-group", "The Steering Group invited PITA to host the next meeting."),
        ("pacific-regional-initiative-steering-group", "4. Follow-up. The Steering Group requested PITA to host it."),
        ("conference-preparatory-group-for-wrc-35", "The Preparatory Group asked the ECO to compile the briefs."),
        ("itu-regional-forum-for-africa-on-satellite-broadband", "The Regional Forum urged PITA to share its data."),
    ],
)
def test_the_last_words_of_the_meeting_bodys_name_are_the_meeting_body(body: str, sentence: str) -> None:
    """``The Steering Group`` in the record of the Pacific Regional Initiative Steering Group (decision 23:
    the body the text names), not a body of its own called ``Steering Group``."""
    got = [parties(x)[1] for x in run(report("Summary of the meeting", sentence), body)]
    assert got == [f"body:{body}"]


@pytest.mark.parametrize("line", ["For the Secretary-General:", "For the Director:"])
def test_who_signs_for_the_head_of_an_information_note_asks(line: str) -> None:
    """``For the Secretary-General:`` over a name and a post closes a circular: that person asks
    (decision 11), not a body the note is about."""
    r = make_report(
        "Information Note",
        "ELECTIONS TO THE STAFF COUNCIL 2032-2034",
        "1. Elections to the Staff Council will be held from 4 to 8 October 2032.",
        "2. Staff members are invited to submit their nominations by 20 September 2032.",
        line,
        "Ilse Vanderbeek-Morales",
        "Chief, Human Resources Management Department",
    )
    assert [parties(x)[1] for x in extract(r).requests] == ["person:ilse-vanderbeek-morales"]


@pytest.mark.parametrize(
    ("header", "post"),
    [
        ("Contribution by the Secretary-General", "post:itu/secretary-general"),
        ("Contribution by the Director of the Telecommunication Development Bureau", "post:itu-bdt/director"),
    ],
)
def test_a_resolution_drafted_in_a_posts_contribution_is_the_posts(header: str, post: str) -> None:
    """A draft Council resolution in a contribution by the Secretary-General or a Director is
    requested by its contributor until the Council adopts it (decision 22), as a Member State's is."""
    r = make_report(
        "Council 2033",
        "Document C33/41-E",
        header,
        "DRAFT NEW COUNCIL RESOLUTION ON ACCESSIBLE EMERGENCY SERVICES",
        "The Council,",
        "instructs the Secretary-General",
        "1. to prepare guidelines on accessible emergency services by 30 June 2034;",
        "invites Member States",
        "to share their national practices.",
    )
    assert {parties(x)[1] for x in extract(r).requests} == {post}


# ---------------------------------------------------------------------------- a head noun names a body before it
def test_the_committee_is_the_committee_named_before_it_not_one_named_later() -> None:
    r = report(
        "The Audit Advisory Committee reviewed the internal audit plan for 2034.",
        "The Committee requested the Secretary-General to publish the audit reports.",
        "The Ethics Review Committee will meet in Nairobi in May 2034.",
    )
    assert [parties(x)[:2] for x in run(r, None)] == [("request", "body:audit-advisory-committee")]


def test_the_group_is_the_group_named_before_it_not_one_named_later() -> None:
    r = report(
        "The Spectrum Pricing Group held its second meeting on 3 June 2035.",
        "The Group invited administrations to send their pricing models.",
        "The Satellite Filings Group presented its own work plan.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["body:spectrum-pricing-group"]


def test_a_head_noun_with_no_body_named_before_it_is_no_body_named_later() -> None:
    r = report(
        "The Committee recommended that the Council encourage the Secretary-General to pursue the plan.",
        "Staff Mobility Committee: election of members",
        "The members of the Staff Mobility Committee were appointed for 2036-2038.",
    )
    assert all(parties(x)[1] != "body:staff-mobility-committee" for x in run(r, None))


def test_the_commission_asked_is_the_commission_named_before_it_not_one_named_later() -> None:
    r = report(
        "The Tariff Harmonization Commission adopted its terms of reference in April 2037.",
        "The Council invited the Commission to report on roaming charges by 1 May 2037.",
        "The Numbering Policy Commission elected its chair.",
    )
    assert [parties(x)[2] for x in run(r, None)] == [("body:tariff-harmonization-commission",)]


@pytest.mark.parametrize(
    ("title", "texts", "key", "addressee"),
    [
        (
            "Administrative Circular CA/912",
            [
                "Administrations are invited to nominate participants before 12 June 2030.",
                "Mateus Quaresma Nóbrega Director",
            ],
            "mateus-quaresma-nobrega",
            "Administrations",
        ),
        (
            "BDT Circular 12",
            [
                "Dear Sir/Madam,",
                "Member States are invited to submit their proposals by 3 May 2030.",
                "Annelise Krogh-Varga Director, BDT",
            ],
            "annelise-krogh-varga",
            "Member States",
        ),
        (
            "Circular 77",
            [
                "Dear Sir/Madam,",
                "Sector Members are requested to confirm their participation by 9 March 2032.",
                "Zbigniew Łaski-Okafor Director, Telecommunication Standardization Bureau",
            ],
            "zbigniew-laski-okafor",
            "Sector Members",
        ),
    ],
)
def test_the_name_and_post_on_a_documents_last_line_sign_its_requests(
    title: str, texts: list[str], key: str, addressee: str
) -> None:
    """No closing formula: ``NAME Director, BDT`` last, after the last sentence, signs; its requests are the
    signatory's (decision 11)."""
    found = extract(make_report(title, *texts)).requests
    assert [(r.requester.kind, r.requester.key, [a.label for a in r.addressees]) for r in found] == [
        ("person", key, [addressee])
    ]


@pytest.mark.parametrize(
    ("lines", "key"),
    [
        (["Signed: Pilar Etxeberria-Holm", "Chief, Staff Welfare Department"], "pilar-etxeberria-holm"),
        (["Signed:", "Tevita Fonua-Lagerlöf", "for the Secretary-General"], "tevita-fonua-lagerlof"),
        (["Yours faithfully,", "Signed: Henrike Ødegaard-Lutz", "Director"], "henrike-odegaard-lutz"),
    ],
)
def test_who_signs_after_signed_makes_the_documents_requests(lines: list[str], key: str) -> None:
    found = extract(
        make_report("Administrative Circular 31", "Staff members are invited to register by 3 May 2031.", *lines)
    ).requests
    assert [(r.requester.kind, r.requester.key, [a.label for a in r.addressees]) for r in found] == [
        ("person", key, ["Staff members"])
    ]


# ------------------------------------------------------------- a perfect auxiliary after an aside
def _body_meeting(*sentences: str) -> list[tuple[str, str, tuple[str, ...]]]:
    body = "Working Group on Tidal Gauges"
    r = kinds((f"The meeting of the {body} was held in Suva on 3 May 2031.", "body"), *((s, "body") for s in sentences))
    return [parties(x) for x in run(r, body)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Ministry of Fisheries of Samoa, represented by Mr Tavita Lemalu, has asked UNESCO to share the data.",
            ("ask", "body:ministry-of-fisheries-of-samoa", ("body:unesco",)),
        ),
        (
            "UNESCO, the lead facilitator of action line C8, has invited Member States to share their experience.",
            ("invite", "body:unesco", ("collective:member-states",)),
        ),
        (
            "The Regional Office, led by Ms Ana Tuilagi, had also encouraged regulators to publish their data.",
            ("encourage", "body:regional-office", ("collective:regulators",)),
        ),
        (
            "The Director of BDT, Dr Losa Vaifale-Brandt, has requested all regional offices to name a focal point.",
            ("request", "person:losa-vaifale-brandt", ("collective:regional-offices",)),
        ),
    ],
)
def test_a_perfect_auxiliary_after_an_aside_leaves_the_subject_before_the_aside(
    sentence: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    """``X, represented by Y, has asked Z to ...``: the aside's closing comma, not ``has``, ends the words
    before the verb, as in the simple past (``X, represented by Y, asked Z to ...``)."""
    assert _body_meeting(sentence) == [expected]


def test_a_perfect_auxiliary_with_no_aside_still_follows_its_subject() -> None:
    assert _body_meeting(
        "UNESCO has also invited Member States to share their experience.",
        "The Group noted the report and has requested BDT to publish it.",
    ) == [
        ("invite", "body:unesco", ("collective:member-states",)),
        ("request", "body:Working Group on Tidal Gauges", ("body:itu-bdt",)),
    ]


# ------------------------------------------------------------- a new clause after a semicolon, then an aside
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The delegate of Chile supported the text; the delegate of Peru, Ms Lucia Torrealba, invited the "
            "secretariat to translate it into Spanish.",
            ("invite", "person:lucia-torrealba", ("body:Working Group on Tidal Gauges-secretariat",)),
        ),
        (
            "The Director presented the plan; the Chairman, Mr Anders Kvist (Sweden), requested BDT to report on "
            "it at the next meeting.",
            ("request", "person:anders-kvist", ("body:itu-bdt",)),
        ),
        (
            "Norway supported the draft, while the delegate of Kenya, Mr Otieno Wafula, urged UNESCO to circulate it.",
            ("urge", "person:otieno-wafula", ("body:unesco",)),
        ),
        (
            "Fiji welcomed the report; Tonga, speaking for the Pacific States, encouraged Member States to send "
            "their views.",
            ("encourage", "country:TON", ("collective:member-states",)),
        ),
    ],
)
def test_a_clause_after_a_semicolon_asks_by_its_own_subject_before_an_aside(
    sentence: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    """``A did X; B, <aside>, invited C to ...``: the aside's closing comma looked like a coordinated verb's, and
    the request went to ``A``, the sentence's first subject; the clause after the semicolon (or ``, while``) has
    its own subject, ``B``."""
    assert _body_meeting(sentence) == [expected]


def test_a_verb_continuing_the_clause_after_a_semicolon_keeps_the_first_subject() -> None:
    assert _body_meeting(
        "The Group noted the report; and, after some discussion, invited BDT to publish it.",
        "The Group noted the report; also, in view of the delays, it urged UNESCO to circulate it.",
    ) == [
        ("invite", "body:Working Group on Tidal Gauges", ("body:itu-bdt",)),
        ("urge", "body:Working Group on Tidal Gauges", ("body:unesco",)),
    ]


@pytest.mark.parametrize(
    ("header", "before", "sentence", "author"),
    [
        (
            "Statement of the Pacific Islands Group",
            "We invite the Council Working Group on Financial and Human Resources to examine the cost of the session.",
            "Finally, the Group asks the Secretariat to circulate the draft decision.",
            "pacific-islands-group",
        ),
        (
            "Contribution from the Inter-American Telecommunication Commission",
            "CITEL welcomes the report of the Commission on Science and Technology for Development.",
            "The Commission invites the Secretary-General to report on the regional follow-up by 1 May 2031.",
            "citel",
        ),
        (
            "Statement on behalf of the Arab Group",
            "The Arab Group supports the work of the Expert Group on Telecommunication Indicators.",
            "The Group urges Member States to contribute to the indicator survey.",
            "arab-group",
        ),
    ],
)
def test_the_authors_head_noun_is_the_author_not_the_body_of_that_head_named_last(
    header: str, before: str, sentence: str, author: str
) -> None:
    """``the Group`` in a group's own statement or contribution is the group that writes (decision 23), even
    after the text named another group."""
    paras = (Paragraph(1, "front", header), Paragraph(2, "1", before), Paragraph(3, "1", sentence))
    r = ParsedReport("t.txt", "text/plain", "Council 2031", (Section("1", "t", None, 2),), paras)
    got = [x for x in extract(r).requests if x.action.split()[0] in ("circulate", "report", "contribute")]
    assert [x.requester.key for x in got] == [author]


_NO_BODY_TITLE = (
    "Progress made in the implementation of and follow-up to the outcomes of the regional broadband action plans"
)


@pytest.mark.parametrize(
    ("texts", "key"),
    [
        (
            (
                "14. The Commission on Science and Technology for Development considered item 3 of its agenda.",
                "15. Mr A. Mensah, Deputy Executive Secretary, Economic Commission for Africa (ECA), spoke.",
                "16. The Commission requested the secretariat to circulate the draft resolution by 1 June 2031.",
            ),
            "cstd",
        ),
        (
            (
                "4. The Economic and Social Council considered the report of the Secretary-General on 2 July 2031.",
                "5. Ms B. Lund, Vice-President of the Trade and Development Board, spoke on the ITU Council.",
                "6. The Council requested the Secretary-General to submit a report at its next session.",
            ),
            "ecosoc",
        ),
        (
            (
                "8. The Commission on Science and Technology for Development held its panel on 12 May 2031.",
                "9. The panel was chaired by Mr O. Diallo, Chief, Economic Commission for Europe (ECE).",
                "10. The Commission encouraged Member States to share their national reviews.",
            ),
            "cstd",
        ),
    ],
)
def test_a_head_noun_subject_of_an_excerpt_is_the_body_that_opened_a_sentence_before_not_one_named_since(
    texts: tuple[str, ...], key: str
) -> None:
    """An excerpt of a record whose body is not known: ``The Commission`` is the last body with that head that
    was a sentence's subject before it (the body in session), not a body with that head named in passing since."""
    paras = (Paragraph(1, "front", _NO_BODY_TITLE), *(Paragraph(i + 2, "1", t) for i, t in enumerate(texts)))
    x = extract(ParsedReport("t.txt", "text/plain", "Chapter III", (Section("1", "t", None, 2),), paras))
    assert [r.requester.key for r in x.requests] == [key]


# ------------------------------------------------ an author's proposal that someone be asked (round 32)
@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "Fiji proposes that the Director of BDT be requested to submit a plan to the next session.",
            "post:itu-bdt/director",
            "submit a plan to the next session",
        ),
        (
            "The Republic of Fiji suggests that Member States be encouraged to share their coverage data.",
            "collective:member-states",
            "share their coverage data",
        ),
        (
            "Fiji further proposes that the Secretary-General should be invited to report to the Council.",
            "post:itu/secretary-general",
            "report to the Council",
        ),
    ],
)
def test_a_contributors_proposal_that_someone_be_asked_is_the_contributors_request(
    sentence: str, addressee: str, action: str
) -> None:
    """``X proposes that Y be requested to ...`` in X's contribution: X asks Y (decisions 22 and 43); it was
    read as a participant's motion, asked of no one."""
    found = run(contribution(sentence), None)
    assert [(parties(x)[1], parties(x)[2], x.action) for x in found] == [("country:FJI", (addressee,), action)]


def test_a_participants_proposal_that_someone_be_asked_in_a_record_stays_a_motion() -> None:
    """The same words in a meeting's record are a participant's motion, asked of no one (round 2), unless the
    meeting adopts it."""
    r = make_report(
        "Summary record of the third plenary meeting",
        "The delegate of Palau proposed that the Secretary-General be instructed to prepare a costed plan.",
        "Ms Ilse Marr (Austria) suggested that Member States be encouraged to share their data.",
        sections=(Section("1", "t", None, 1),),
        section="1",
    )
    assert run(r, "itu-council") == ()


# ------------------------------------------------------------ a text that speaks for its issuer (round 32)
def _headed(front: str, *texts: str) -> ParsedReport:
    """A document headed ``front`` (its front paragraph), then ``texts`` in a section."""
    paras = (Paragraph(1, "front", front), *(Paragraph(i + 2, "1", t) for i, t in enumerate(texts)))
    return ParsedReport("t.txt", "text/plain", None, (Section("1", "t", None, 2),), paras)


@pytest.mark.parametrize(
    "sentence",
    [
        "This contribution invites the Council to approve the revised plan.",
        "The present document requests the Council to approve the revised plan.",
        "The proposal therefore urges the Council to approve the revised plan.",
    ],
)
def test_the_document_itself_as_subject_is_its_author_asking(sentence: str) -> None:
    """``This contribution invites X``: the document speaks for its author (decision 22); no request before."""
    assert [parties(x)[1:] for x in run(contribution(sentence), None)] == [("country:FJI", ("body:itu-council",))]


def test_a_statement_whose_adopter_is_named_before_is_that_body_asking() -> None:
    """``the joint statement adopted by X`` then ``The statement calls on ...`` / ``It also requests ...``: X asks,
    not the Secretary-General who transmits it."""
    r = _headed(
        "Note by the Secretary-General",
        "1 The Secretary-General transmits for information the communiqué issued by the Caribbean "
        "Telecommunications Union at its meeting of 4 May 2031.",
        "2 The communiqué calls on all Member States to publish their spectrum plans.",
        "3 The Council is invited to take note of this document.",
    )
    got = [(x.verb, x.requester.label, tuple(a.key for a in x.addressees)) for x in extract(r).requests]
    assert got[0] == ("call-upon", "Caribbean Telecommunications Union", ("member-states",))


@pytest.mark.parametrize(
    ("front", "requester"),
    [
        ("Statement by the Republic of Ghana", "country:GHA"),
        ("Statement on behalf of the Republic of Chile", "country:CHL"),
    ],
)
def test_a_statement_calling_on_in_the_statement_itself_is_its_author(front: str, requester: str) -> None:
    r = _headed(
        front,
        "The statement calls on all regulators to share their coverage maps.",
        "It also invites the Bureau to publish them.",
    )
    assert [parties(x)[1] for x in run(r, None)] == [requester, requester]


def test_a_contribution_summarised_in_a_record_is_not_the_meeting_asking() -> None:
    r = _headed(
        "Summary record of the fourth plenary meeting",
        "This contribution invites the Council to approve the revised plan.",
    )
    assert run(r, "itu-council") == ()


@pytest.mark.parametrize(
    ("front", "sentence", "requester"),
    [
        ("Contribution from the Republic of Korea", "Korea invites ITU to publish a composite index.", "country:KOR"),
        (
            "Contribution from the Democratic People's Republic of Korea",
            "Korea also encourages Member States to share their data.",
            "country:PRK",
        ),
        (
            "Contribution from the Republic of Korea",
            "Korea proposes that the Bureau be requested to publish a composite index.",
            "country:KOR",
        ),
    ],
)
def test_the_author_country_named_by_its_name_after_of_is_the_author(front: str, sentence: str, requester: str) -> None:
    """``Korea invites ...`` in a contribution of the Republic of Korea: the author, a name the resolver gives to no
    one country alone (no request before)."""
    assert [parties(x)[1] for x in run(_headed(front, sentence), None)] == [requester]


@pytest.mark.parametrize(
    ("sentence", "got"),
    [
        (
            "Fiji recalls that UNGA resolution 70/125 called on the CSTD to continue its work.",
            [("call-upon", "body:unga")],
        ),
        (
            "The Pacific Administrations note that ECOSOC resolution 2019/24 invited the CSTD to review progress.",
            [("invite", "body:ecosoc")],
        ),
        (
            "Fiji recalls that UNGA resolution 70/125 called on the CSTD to continue its work, and that ECOSOC "
            "resolution 2019/24 requested the Secretary-General of the United Nations to report each year.",
            [("call-upon", "body:unga"), ("request", "body:ecosoc")],
        ),
    ],
)
def test_a_resolution_cited_in_a_recalled_that_clause_is_its_organ_asking(sentence: str, got: list[object]) -> None:
    """``recalls|notes that X called on ...`` (the present as the past was) and a second ``, and that Y requested``:
    each clause's subject asks (round 32; no request before)."""
    assert [parties(x)[:2] for x in run(contribution(sentence), None)] == got


@pytest.mark.parametrize(
    "texts",
    [
        ("Fiji supports Resolution 64 (Rev. Dubai, 2030). That resolution instructs the Director of BDT to report.",),
        (
            "Council Resolution 64 (Modified 2030) is recalled.",
            "This resolution instructs the Director of BDT to report.",
        ),
        (
            "Fiji recalls Resolution 64 (Rev. Dubai, 2030). The same resolution instructs the Director of BDT to "
            "report.",
        ),
    ],
)
def test_a_resolution_named_by_a_demonstrative_is_the_one_cited_just_before(texts: tuple[str, ...]) -> None:
    """``That resolution instructs ...``: the resolution cited last in the paragraph or the one before asks, as
    ``Resolution 64 instructs`` does (no request before)."""
    found = extract(contribution(*texts))
    numbers = {x.key: x.number for x in found.resolutions}
    assert [(x.verb, x.requester.kind, numbers.get(x.requester.key)) for x in found.requests] == [
        ("instruct", "resolution", "64")
    ]


def sector_member(source: str, *texts: str) -> ParsedReport:
    """A Sector Member's contribution: its source line, then ``texts`` (a line ``a) ...`` is a list item)."""
    paras = (Paragraph(1, "front", f"Source: {source}"), Paragraph(2, "front", "Title: Proposals on the work plan"))
    paras += tuple(Paragraph(i + 3, "1", t, "list-item" if t[1:3] == ") " else "body") for i, t in enumerate(texts))
    return ParsedReport("t.txt", "text/plain", "TDAG", (Section("1", "t", None, 3),), paras)


@pytest.mark.parametrize(
    ("source", "key"),
    [
        ("Marlow & Quint Consulting S.L. (Spain), ITU-T Sector Member", "body:marlow-quint-consulting-s-l"),
        ("Brightwave Systems B.V., ITU-R Sector Member", "body:brightwave-systems-b-v"),
        ("Kuusi Networks Oy (Finland)", "body:kuusi-networks-oy"),
        ("Rio Claro Telecom Ltda. (Brazil), ITU-D Sector Member", "body:rio-claro-telecom-ltda"),
    ],
)
def test_a_company_of_any_legal_form_that_calls_itself_the_sector_member_asks(source: str, key: str) -> None:
    """``The Sector Member respectfully suggests that X:`` names the document's writer by a generic word: the
    company its source line names asks X each item (a legal form of ``body-heads.csv`` ends its name)."""
    r = sector_member(
        source,
        "The Sector Member respectfully suggests that TDAG:",
        "a) ask BDT to publish a handbook on rural broadband;",
        "b) invite administrations to share their spectrum data.",
    )
    got = [(parties(x), x.action) for x in run(r, None)]
    assert got == [
        (("suggest", key, ("body:tdag",)), "ask BDT to publish a handbook on rural broadband"),
        (("suggest", key, ("body:tdag",)), "invite administrations to share their spectrum data"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The proponents suggest that TDAG instruct BDT to publish a survey.",
        "The co-authors invite TDAG to instruct BDT to publish a survey.",
        "This Sector Member requests TDAG to instruct BDT to publish a survey.",
        "The Contributor proposes that TDAG instruct BDT to publish a survey.",
    ],
)
def test_a_generic_word_for_the_writers_is_the_author(text: str) -> None:
    """``The proponents``, ``The co-authors``, ``This Sector Member``: the document's own writers (its author)."""
    r = sector_member("Kuusi Networks Oy (Finland)", text)
    assert [parties(x)[1:] for x in run(r, None)] == [("body:kuusi-networks-oy", ("body:tdag",))]


def test_the_sector_members_plural_are_the_addressees_not_the_writer() -> None:
    """``Sector Members`` are those asked, not the writer (the singular only names the writer)."""
    r = sector_member("Kuusi Networks Oy (Finland)", "Sector Members are invited by TDAG to publish a survey.")
    assert [parties(x)[1:] for x in run(r, None)] == [("body:tdag", ("collective:sector-members",))]


def test_the_chairman_is_the_judge_who_chaired(tmp_path: Path) -> None:
    """``chaired by Judge A``: ``Judge`` is an honorific (``honorifics.csv``), so the people reader finds A and
    ``The Chairman asked ...`` is A's request (decision 11), not the post's. Invented names."""
    text = """Expert Group on Maritime Cyber Law
Report of the first meeting, Geneva, 4 March 2031

1 The meeting was chaired by Judge Halvard Østby-Mensah (Denmark).

2 The Chairman asked all experts to send written inputs to the secretariat by 15 May 2031.
"""
    (r,) = extract(parsed_text(tmp_path, text)).requests
    assert (r.requester.kind, r.requester.label) == ("person", "Halvard Østby-Mensah")


def test_the_evaluators_of_a_signed_evaluation_are_its_author(tmp_path: Path) -> None:
    text = (
        "Final evaluation of the rural broadband training programme\n\n"
        "1 The programme trained 2,400 technicians in nine countries between 2028 and 2030.\n\n"
        "2 The evaluators recommend:\n"
        "(1) that the Regional Office for the Americas publish the trainees' placement rates each year;\n"
        "(2) that the Telecommunication Development Bureau extend the course to satellite backhaul.\n\n"
        "3 The Inspector recommends that the Board approve a follow-up phase by the end of 2031.\n\n"
        "Mirela Vasquez-Odhiambo\n"
        "Lead Evaluator\n"
    )
    found = extract(parsed_text(tmp_path, text)).requests
    got = [(x.requester.label, [a.label for a in x.addressees]) for x in found]
    assert got == [
        ("Mirela Vasquez-Odhiambo", ["Regional Office for the Americas"]),
        ("Mirela Vasquez-Odhiambo", ["Telecommunication Development Bureau"]),
        ("Mirela Vasquez-Odhiambo", ["Board"]),
    ]


@pytest.mark.parametrize(
    ("sentence", "country", "verb"),
    [
        ("The Portuguese delegation asked ANACOM to confirm the new FM assignments by 30 June 2031.", "PRT", "ask"),
        (
            "The Ghanaian Administration requested the Togolese Administration to withdraw two TV channels.",
            "GHA",
            "request",
        ),
        (
            "The Chilean representative invited the Peruvian administration to share its monitoring data.",
            "CHL",
            "invite",
        ),
    ],
)
def test_a_country_named_by_its_adjective_before_its_delegation_asks_as_the_country(
    tmp_path: Path, sentence: str, country: str, verb: str
) -> None:
    """``The Spanish delegation asked X to ...`` in a bilateral meeting's minutes is the country asking, as ``The
    delegation of Spain`` is (decision 23)."""
    x = extract(
        parsed_text(
            tmp_path,
            "Minutes of the bilateral frequency coordination meeting\n\n"
            "The two administrations met in Lisbon on 3 and 4 March 2031 to coordinate border assignments.\n\n"
            f"Broadcasting. {sentence}\n",
        )
    )
    assert [(r.requester.key, r.verb) for r in x.requests] == [(country, verb)]


# ---------------------------------------------------------------------------- a body a relative clause points back to
@pytest.mark.parametrize(
    ("sentence", "requester", "addressees", "action"),
    [
        (
            "The study was presented to the Expert Group on Tidal Data at its meeting of 3-4 May 2031, which asked "
            "the secretariat to publish it by June.",
            "body:expert-group-on-tidal-data",
            ("body:cwg-cop-secretariat",),
            "publish it by June",
        ),
        (
            "The terms of reference were renewed by the Council Working Group on Child Online Protection, held in "
            "Geneva from 2 to 4 June 2030, which requested TSB to revise them.",
            "body:cwg-cop",
            ("body:itu-tsb",),
            "revise them",
        ),
        (
            "The draft was discussed by the Radio Regulations Board (RRB), which invited administrations to comment "
            "on it.",
            "body:rrb",
            ("collective:administrations",),
            "comment on it",
        ),
    ],
)
def test_a_body_that_which_points_back_to_asks(
    sentence: str, requester: str, addressees: tuple[str, ...], action: str
) -> None:
    """Round 55: ``..., which asked X to ...`` after a body, past the aside of where or when its meeting was held
    (``, held in Geneva from ...``, ``at its meeting of ...``) or its acronym, is that body's request, as after a
    resolution (``Resolution 1332, which invites``); before, the verb had no subject and the request was lost."""
    got = run(report(sentence), "cwg-cop")
    assert [(parties(x)[1:], x.action) for x in got] == [((requester, addressees), action)]


def test_a_thing_that_which_points_back_to_is_no_asker() -> None:
    r = report("The secretariat circulated a questionnaire, which asked Member States to describe their plans.")
    assert [parties(x)[1] for x in run(r, "cwg-cop")] == []
    r = report(
        "The Group agreed on a liaison statement to ITU-T Study Group 5 (Annex 3), which invites that group to share "
        "its results."
    )  # the statement invites: a bracket that is no acronym ends no body's name
    assert "body:itu-t-sg5" not in [parties(x)[1] for x in run(r, "cwg-cop")]
    r = report("The Group sent a liaison statement to ITU-T Study Group 5, which invites that group to share its data.")
    assert "body:itu-t-sg5" not in [parties(x)[1] for x in run(r, "cwg-cop")]  # a statement's complement


def test_a_subject_naming_the_document_itself_is_its_signer(tmp_path: Path) -> None:
    """``The review recommends that X ...``, ``This study also encourages Y to ...``, ``The team recommends ...``: the
    document named as its own subject (``author-cues.csv`` kinds ``work`` and ``writer``) is its voice, the person who
    signs it (decision 55); a report of someone else (``The report of the Minister``) is not. Invented names."""
    text = (
        "Expert review of the draft spectrum policy of Tuvalu\n\n"
        "1 The draft was received on 3 March 2031.\n\n"
        "2 The report of the Minister recommends that operators share towers.\n\n"
        "3 The review recommends that the Ministry of Communications publish a spectrum roadmap. This study also "
        "encourages the Regional Office to train the regulator's staff.\n\n"
        "4 The team recommends that the regulator revise the licence fees before 2032.\n\n"
        "Mirela Vasquez-Odhiambo\n"
        "Lead Expert\n"
    )
    found = extract(parsed_text(tmp_path, text)).requests
    got = [(x.requester.label, [a.label for a in x.addressees]) for x in found]
    assert got == [
        ("Mirela Vasquez-Odhiambo", ["Ministry of Communications"]),
        ("Mirela Vasquez-Odhiambo", ["Regional Office"]),
        ("Mirela Vasquez-Odhiambo", ["regulator"]),
    ]


def test_a_study_discussed_in_a_meeting_record_asks_no_one(tmp_path: Path) -> None:
    """In the record of a meeting, ``The study recommends that X ...`` reports what a document the meeting discussed
    says: it is not the meeting body's request (the work words name the document's own voice only where the text
    has an author or records no meeting). Invented names."""
    text = (
        "Expert Group on Maritime Cyber Law\n"
        "Report of the first meeting, Geneva, 4 March 2031\n\n"
        "1 The meeting was chaired by Judge Halvard Østby-Mensah (Denmark).\n\n"
        "2 The Group discussed the consultant's study on port systems. The study recommends that port authorities "
        "adopt a common incident taxonomy.\n\n"
        "3 The Group asked the secretariat to circulate the study.\n"
    )
    found = extract(parsed_text(tmp_path, text)).requests
    assert [x.action for x in found] == ["circulate the study"]

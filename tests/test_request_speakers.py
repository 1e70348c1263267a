"""Who asks (issue 8): a header's ``on behalf of`` group, countries a header lists as one
joint author, a contribution's co-sponsors, ``We, the ..., participating in X,``, an opening phrase
``With respect to ...,`` before a list subject, a decision lead without a colon (``The Council,
having ..., decides``) and its numbered items, and the issuer of a conference's resolution text.
Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import make_report, parties
from extract_support import one_section_report as report
from extract_support import requests_of as run


# ---------------------------------------------------------------------------- a header names the author
def test_a_statement_on_behalf_of_a_group_is_the_groups() -> None:
    r = make_report(
        "Statement by the Republic of Kenya on behalf of the African Group",
        "The Group requests the Secretary-General to publish the study in all official languages.",
        "Member States are invited to share their national plans.",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert got == ["body:african-group", "body:african-group"]


def test_a_statement_by_a_country_alone_stays_the_countrys() -> None:
    r = make_report(
        "Statement by the Republic of Kenya",
        "Member States are invited to share their national plans.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["country:KEN"]


def test_countries_a_header_lists_each_ask_by_their_short_names() -> None:
    """A joint contribution's requests are each contributing country's (decision 22)."""
    r = make_report(
        "Source: Republic of Chile, Peru and the Plurinational State of Bolivia",
        "The co-sponsors invite the Council to instruct the Secretary-General to report in 2033.",
        "The Standing Committee on Administration and Management is invited to review the costs.",
    )
    got = run(r, None)
    assert [x.requester.label for x in got] == ["Chile", "Peru", "Bolivia"] * 2
    assert {x.requester.kind for x in got} == {"country"}


def test_a_country_followed_by_other_words_in_a_header_is_no_joint_author() -> None:
    r = make_report(
        "Contribution from Norway and the Nordic Council secretariat",
        "Member States are invited to share their national plans.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["country:NOR"]


def test_the_sponsors_and_proponents_of_a_contribution_are_its_author() -> None:
    r = make_report(
        "Contribution from the Republic of Fiji",
        "The sponsors ask the Bureau to publish the toolkit in 2032.",
        "The proponents also urge Member States to share their experience.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["country:FJI", "country:FJI"]


# ---------------------------------------------------------------------------- we, a declaration
def test_we_who_take_part_in_a_conference_are_that_conference_in_every_later_paragraph() -> None:
    r = report(
        "We, the ministers, heads of delegation and representatives of Member States and Sector Members "
        "participating in the World Telecommunication Standardization Assembly in Nairobi, Kenya, from 3 to "
        "12 March 2032,",
        "Recognizing the role of standards in closing the digital divide;",
        "Recalling Resolution 44 of the Assembly;",
        "Welcoming the new regional offices;",
        "Declare the following:",
        "1 We commit to open standards.",
        "2 We invite the Director of TSB to report annually to TSAG.",
        "3 We urge Member States to adopt national standardization strategies by 2034.",
    )
    got = [parties(x) for x in run(r, None)]
    assert [g[1] for g in got] == ["body:wtsa", "body:wtsa"]
    assert got[1][2] == ("collective:member-states",)


def test_we_the_members_of_a_body_is_still_that_body() -> None:
    r = report("We, the members of UNGIS, call upon all stakeholders to take part in the review.")
    assert [parties(x)[1] for x in run(r, None)] == ["body:ungis"]


# ---------------------------------------------------------------------------- opening phrases, decisions
def test_a_list_subject_after_an_opening_phrase_asks_in_each_item() -> None:
    r = kinds(
        ("With regard to the budget before the Council, the African Group:", "body"),
        ("a) requests the Director of BDT to report on the regional initiatives;", "list-item"),
        ("b) invites the Council Working Group on Child Online Protection to examine the guidelines.", "list-item"),
        title="Statement by the Republic of Kenya on behalf of the African Group",
    )
    got = [parties(x) for x in run(r, None)]
    assert [g[1] for g in got] == ["body:african-group", "body:african-group"]
    assert [g[2] for g in got] == [("post:itu-bdt/director",), ("body:cwg-cop",)]


@pytest.mark.parametrize(
    "lead",
    [
        "Budget. Noting that two centres had not met the cost-recovery target, the Group",
        "After a long debate on the fees, the Group",
        "The Group",
    ],
)
def test_a_list_subject_whose_colon_the_layout_lost_asks_in_every_item(lead: str) -> None:
    """``..., the Group`` / ``(a) urged X to ...`` / ``(b) asked Y to ...``: the items go on with the subject that ends
    the paragraph before them, the first one too (round 42; were: the first item asked by no one)."""
    r = kinds(
        (lead, "body"),
        ("(a) urged the focal points to introduce fee levels that recover half of their costs;", "list-item"),
        ("(b) asked the Regional Office to circulate the revised calendar by 15 January 2032;", "list-item"),
        ("(c) decided to review each centre at its next meeting.", "list-item"),
    )
    got = [parties(x) for x in run(r, "cwg-cop")]
    assert [g[0] for g in got] == ["urge", "ask"]
    assert {g[1] for g in got} == {"body:cwg-cop"}


def test_a_decision_lead_without_a_colon_gives_its_subject_to_numbered_items() -> None:
    r = report(
        "The Council, having considered the report of the Secretary-General in Document C31/12, "
        "noting that the Commission on Science and Technology for Development will meet in May, decides",
        "1 that the Forum shall be held in Geneva in April 2032;",
        "2 to request the Secretary-General to consult UNGIS on a joint roadmap;",
        "3 to invite Member States to announce contributions by 28 February 2032.",
    )
    got = [parties(x) for x in run(r, None)]
    assert [g[1] for g in got] == ["body:itu-council", "body:itu-council"]
    assert [g[2] for g in got] == [("post:itu/secretary-general",), ("collective:member-states",)]


def test_numbered_to_items_after_a_paragraph_that_decides_nothing_ask_no_one() -> None:
    r = report(
        "The Council, having considered the report of the Secretary-General, noted it with appreciation.",
        "2 to request the Secretary-General to consult UNGIS on a joint roadmap;",
    )
    assert run(r, None) == ()


def test_a_resolution_text_of_the_world_conference_on_international_telecommunications_is_its() -> None:
    r = report(
        "The World Conference on International Telecommunications (Muscat, 2033),",
        "resolves",
        "1 that Member States should publish their emergency numbers;",
        "instructs the Secretary-General",
        "to report to the Council at its 2034 session,",
    )
    assert {parties(x)[1] for x in run(r, None)} == {"body:wcit"}


# ---------------------------------------------------------------------------- I, in a speech or a transcript
def test_i_d_before_a_request_verb_is_the_speaker() -> None:
    r = make_report(
        "Speech by Ms Oona Venkataraman-Lindqvist, Chair of the Regulators' Forum",
        "I'd urge heads of regulators to nominate one staff member each.",
        "I'd like to thank our hosts.",
    )
    got = [parties(x) for x in run(r, None)]
    assert got == [("urge", "person:oona-venkataraman-lindqvist", ("collective:heads-of-regulators",))]


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("I also want to ask our partners in academia to share their survey data before the Summit.", "partners"),
        ("Today I want to invite regulators to publish their spectrum roadmaps by June.", "regulators"),
        ("Because of the budget decision, I must ask study group chairs to hold fewer interim meetings.", "chairs"),
        ("I must therefore urge Member States to pay their arrears before the next session.", "member-states"),
    ],
)
def test_a_speakers_wish_or_obligation_to_ask_is_the_speaker_asking(sentence: str, addressee: str) -> None:
    r = make_report("Speech by Mr Tavita Lemalu-Soderberg, Minister of Coastal Affairs", sentence)
    got = [parties(x) for x in run(r, None)]
    assert len(got) == 1, sentence
    assert got[0][1] == "person:tavita-lemalu-soderberg"
    assert any(addressee in a for a in got[0][2]), got


def test_i_in_a_transcript_is_the_speaker_whose_turn_it_is() -> None:
    r = make_report(
        "UNEDITED TRANSCRIPT",
        "Moderator: Ms Tamsin Okonkwo-Berg (Norway). Panellist: Mr Marco Dellavalle (Italy).",
        ">> TAMSIN OKONKWO-BERG: Good morning. My name is Tamsin Okonkwo-Berg and I moderate this session.",
        ">> MARCO DELLAVALLE: Thank you, Tamsin. I invite Member States to share their data.",
        ">> TAMSIN OKONKWO-BERG: Thank you, Marco. Let me wrap up.",
        "I would invite all stakeholders to take part in the WSIS Stocktaking process.",
        title="Transcript of the session",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert got == ["person:marco-dellavalle", "person:tamsin-okonkwo-berg"]


def test_a_label_that_names_no_person_gives_no_turn() -> None:
    r = make_report(
        "Contribution from the Republic of Fiji",
        "Action Required: I invite the Council to note this contribution.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["country:FJI"]


def test_an_interviews_answer_under_the_interviewees_surname_is_the_interviewees_turn() -> None:
    """Round 55: an interview labels each answer with the interviewee's surname alone (``Okonkwo-Baptiste:``);
    what ``I`` and ``we`` ask there is the interviewee's, the interviewer's questions (``Coastal News:``) no one's,
    and a one-word label that ends no person's name (``Contact:``) opens no turn."""
    r = make_report(
        "COASTAL NEWS - INTERVIEW",
        "Dr Adaeze Okonkwo-Baptiste (Ghana) was elected Chair of the Tidal Data Group in May 2031.",
        "Coastal News: What comes next for the Group?",
        "Okonkwo-Baptiste: The survey closes in June. I invite Member States to send their tide records by 30 May "
        "2031, and we urge operators to share their buoy data.",
        "Coastal News: And the regional offices?",
        "Okonkwo-Baptiste: We asked the regional offices to translate the handbook into Portuguese.",
        "Contact: Ms Ilse Vandermeer-Sato, Tidal Data Unit.",
        title="Interview",
    )
    got = [(x.verb, parties(x)[1], parties(x)[2]) for x in run(r, None)]
    assert got == [
        ("invite", "person:adaeze-okonkwo-baptiste", ("collective:member-states",)),
        ("urge", "person:adaeze-okonkwo-baptiste", ("collective:operators",)),
        ("ask", "person:adaeze-okonkwo-baptiste", ("collective:regional-offices",)),
    ]


def test_a_one_word_label_is_a_turn_only_for_the_surname_of_one_person() -> None:
    r = make_report(
        "COASTAL NEWS - INTERVIEW",
        "Mr Pita Ravulo (Fiji) and Ms Mere Ravulo (Fiji) spoke to Coastal News in Suva.",
        "Ravulo: I invite Member States to send their tide records.",
        title="Interview",
    )
    assert all(parties(x)[1] not in ("person:pita-ravulo", "person:mere-ravulo") for x in run(r, None))


# ---------------------------------------------------------------------------- a participant's proposal
def test_a_participants_proposal_or_suggestion_asks_no_one() -> None:
    r = report(
        "Mr Jonas Petrauskas-Vidal (Lithuania) proposed that the Council encourage Sector Members to take part.",
        "The delegate of Chile, Ms Rosa Aguilar-Benn, suggested that the Secretary-General report to Council 2032.",
        "The Chairman, Mr Kofi Mensah-Ahlijah, proposed to invite the regional organizations to the next meeting.",
        "Kenya proposed that the Council instruct the Secretary-General to report.",
    )
    # a delegation's proposal reported in a record is a participant's too (round 42: the look annotations read
    # none of them as a request)
    assert [parties(x) for x in run(r, "itu-council")] == []


def test_a_contributors_own_proposal_still_asks() -> None:
    r = make_report(
        "Contribution from the Republic of Kenya",
        "Kenya proposes that the Council instruct the Secretary-General to report to its 2032 session.",
    )
    assert [parties(x)[1:] for x in run(r, None)] == [("country:KEN", ("body:itu-council",))]


def test_a_participants_proposal_the_meeting_adopts_is_the_meetings() -> None:
    r = report(
        "Ms Rosa Aguilar-Benn (Chile) proposed that the Secretary-General be invited to report to Council 2032. "
        "It was so agreed."
    )
    got = [parties(x) for x in run(r, "itu-council")]
    assert got == [("agree", "body:itu-council", ("post:itu/secretary-general",))]


# ---------------------------------------------------------------------------- a letter's addressee line
def test_a_to_line_without_a_colon_is_whom_you_means_and_adverbs_may_follow_the_formula() -> None:
    r = make_report(
        "To the Director of the Telecommunication Development Bureau",
        "Dear Director,",
        "I should be grateful if you would circulate this nomination to all Member States.",
        "I would further ask the secretariat to confirm receipt of this letter.",
        "Yours faithfully,",
        "Ms Ingrid Vasquez-Holm",
        "Minister of Digital Affairs",
    )
    got = [parties(x) for x in run(r, None)]
    assert got == [
        ("request", "person:ingrid-vasquez-holm", ("post:itu-bdt/director",)),
        ("ask", "person:ingrid-vasquez-holm", ("collective:secretariat",)),
    ]


def test_a_to_line_that_is_a_sentence_names_no_audience() -> None:
    r = make_report(
        "To the delegates attending the meeting, a warm welcome.",
        "I should be grateful if you would register early.",
        "Yours faithfully,",
        "Ms Ingrid Vasquez-Holm",
        "Minister of Digital Affairs",
    )
    got = [parties(x)[2] for x in run(r, None)]
    assert got == [("collective:participants",)]


def test_a_body_that_only_says_whose_post_the_speaker_holds_is_not_the_speaker() -> None:
    # decision 11: the person named with a post, also a post the roles table does not know
    for head in (
        ("REMARKS BY THE UNITED NATIONS RESIDENT COORDINATOR FOR GHANA", "Mr Kwabena Asante-Boateng"),
        ("Keynote address by the World Bank Regional Vice-President, Ms Kwabena Asante-Boateng",),
    ):
        r = make_report(
            "Regional Digital Dialogue 2034",
            *head,
            "Excellencies,",
            "I encourage governments to adopt open data policies.",
        )
        assert [parties(x) for x in run(r, None)] == [
            ("encourage", "person:kwabena-asante-boateng", ("collective:governments",))
        ], head
    # a body that is the whole agent still speaks (the person only delivers its statement)
    r = make_report(
        "Statement by the African Union on behalf of its Member States",
        "Mr Tendai Moyo-Karlsson",
        "We encourage governments to adopt open data policies.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["body:au"]


def test_a_message_headed_by_a_post_and_signed_by_its_holder_is_the_persons() -> None:
    # decision 11; an upper-case header keeps the acronym of its body ("ITU", not "Itu")
    for header, signature in (
        ("MESSAGE FROM THE ITU SECRETARY-GENERAL", ("Ingeborg Vasquez-Tanaka", "Secretary-General")),
        ("Statement by the Secretary-General of ITU", ("Ingeborg Vasquez-Tanaka, Secretary-General",)),
    ):
        r = make_report(
            header,
            "World Telecommunication Day – 17 May 2034",
            "I call on all Member States to adopt national cybersecurity strategies.",
            *signature,
        )
        assert [parties(x)[1] for x in run(r, None)] == ["person:ingeborg-vasquez-tanaka"], header
    r = make_report(  # a contact under the message is not who holds the post
        "MESSAGE FROM THE ITU SECRETARY-GENERAL",
        "I call on all Member States to adopt national cybersecurity strategies.",
        "Ingeborg Vasquez-Tanaka",
        "Programme Officer",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["post:itu/secretary-general"]


def test_a_countrys_statement_delivered_by_a_person_is_that_persons() -> None:
    # decision 11: the person named with a post; a statement of the country alone stays the country's
    for head, who in (
        (
            "Policy statement of the Republic of Ghana delivered by the Honourable Ama Owusu-Brandt, Minister of "
            "Communications",
            "person:ama-owusu-brandt",
        ),
        (
            "Statement of Chile, presented by Mr Tomás Ríos-Keller, Undersecretary of Telecommunications",
            "person:tomas-rios-keller",
        ),
        ("Statement of the Republic of Ghana", "country:GHA"),
    ):
        r = make_report(
            "World Telecommunication Development Conference (WTDC-34)",
            head,
            "Distinguished delegates,",
            "We call upon the Telecommunication Development Bureau to assist small island States.",
        )
        assert [parties(x) for x in run(r, None)] == [("call-upon", who, ("body:itu-bdt",))], head


# ---------------------------------------------------------------------------- a person named in a clause of a sentence
@pytest.mark.parametrize(
    ("sentence", "requester"),
    [
        (
            "The meeting was opened by Ms Ana Lobo, Minister of Ports of Tonga, who welcomed participants and "
            "encouraged island administrations to share their tide data.",
            "person:ana-lobo",
        ),
        (
            "The forum was addressed by Mr Tevita Fifita, Director of the Reef Office, who welcomed the delegates "
            "and urged regulators to publish their tariffs.",
            "person:tevita-fifita",
        ),
        (
            "The session was chaired by Mr Sione Vea (Tonga), the Vice-Chair, who thanked the speakers and called "
            "on operators to share their coverage maps.",
            "person:sione-vea",
        ),
    ],
)
def test_a_verb_going_on_in_a_who_clause_is_asked_by_whom_it_is_of(sentence: str, requester: str) -> None:
    # round 39: the "and" goes on in the relative clause, not in the sentence whose subject is the meeting
    assert [parties(x)[1] for x in run(report(sentence), None)] == [requester]


def test_a_who_clause_closed_by_a_comma_leaves_the_verb_to_the_sentences_subject() -> None:
    r = report(
        "The Group thanked Ms Ana Lobo, who presented the report, and invited her to circulate it.",
        "The Group thanked Mr Tevita Fifita, who chaired the clinic, and invited the towns to reply.",
    )
    assert [parties(x) for x in run(r, None)] == [
        ("invite", "collective:meeting", ("person:ana-lobo",)),
        ("invite", "collective:meeting", ("collective:towns",)),
    ]


@pytest.mark.parametrize(
    ("sentence", "requester"),
    [
        (
            "Results were presented at a webinar in May, where Dr Ana Lobo, Director of Tides at the Reef Office, "
            "encouraged municipalities to publish their data.",
            "person:ana-lobo",
        ),
        (
            "The Group met in Apia, where the Minister of Ports, Mr Tevita Fifita, urged operators to share "
            "their maps.",
            "person:tevita-fifita",
        ),
        (
            "The draft was discussed at a clinic in Suva, where Ms Mele Taufa (Tonga) invited island regulators "
            "to join the pilot.",
            "person:mele-taufa",
        ),
    ],
)
def test_a_where_clause_has_its_own_subject(sentence: str, requester: str) -> None:
    # round 39: ", where" opens a clause with its own subject (NEW_CLAUSE), as ", while" does
    assert [parties(x)[1] for x in run(report(sentence), None)] == [requester]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commissioner of the Coastal Radio Authority of the Kingdom of Tonga, Mr Tevita Fifita, invited "
        "regulators to the Authority's training programme in Nuku'alofa in May 2036.",
        "The Permanent Secretary of the Ministry of Fisheries and Island Transport of Samoa, Mr Tevita "
        "Fifita, urged operators to publish their coverage maps.",
        "The Head of the Regional Office for the Small Island States of the Pacific Ocean, Mr Tevita Fifita, "
        "encouraged administrations to share their tide data.",
    ],
)
def test_a_person_apposed_to_a_long_title_asks(sentence: str) -> None:
    # round 39: decision 11, the person named after a post (or a title the role list does not know) of any length
    assert [parties(x)[1] for x in run(report(sentence), None)] == ["person:tevita-fifita"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            (
                "Chairman: Ms Liv Haraldsen-Moyo (Norway)",
                "4.2 The Chairman requested the Chairman of Working Group 6B, Dr Kofi Adjei-Lindgren, to submit its "
                "report to the Committee by Thursday. She urged all delegations to consult informally.",
            ),
            [
                ("request", "person:liv-haraldsen-moyo", ("person:kofi-adjei-lindgren",)),
                ("urge", "person:liv-haraldsen-moyo", ("collective:delegations",)),
            ],
        ),
        (
            (
                "Chairman: Mr Matteo Quispe-Halvorsen (Peru)",
                "The Chairman asked the Rapporteur, Dr Sun-hee Obi-Marchetti, to circulate the revised text. He "
                "invited administrations to send comments within a week.",
            ),
            [
                ("ask", "person:matteo-quispe-halvorsen", ("person:sun-hee-obi-marchetti",)),
                ("invite", "person:matteo-quispe-halvorsen", ("collective:administrations",)),
            ],
        ),
    ],
)
def test_a_person_apposed_after_the_verb_of_asking_is_the_one_asked_not_the_next_pronouns(
    lines: tuple[str, ...], expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    """``The Chairman requested the Chairman of X, Dr A, to ... She urged ...``: the person between commas
    comes after the verb, so the sentence opens with the Chairman and ``She`` is the Chairman, not Dr A."""
    assert [parties(x) for x in run(report(*lines), "itu-rag")] == expected


def test_a_title_holding_a_capitalised_request_word_still_apposes_its_holder() -> None:
    sentence = "The Chair of the Working Group on Requests, Ms Amani Koskinen-Duarte, invited administrations to reply."
    assert [parties(x)[1] for x in run(report(sentence), None)] == ["person:amani-koskinen-duarte"]


@pytest.mark.parametrize(
    "line",
    [
        "OPENING ADDRESS by Tomasz Wielgosz-Amadi, Director, Telecommunication Development Bureau Honourable "
        "Minister, Madam Chairperson of the Regulatory Authority, Distinguished participants, It is a great pleasure "
        "for me to open this seminar, and I thank the Government of Fiji for hosting it in Suva this week.",
        "Keynote speech by Ms Tomasz Wielgosz-Amadi, Minister of Digital Affairs Excellencies, distinguished "
        "delegates, ladies and gentlemen, I am honoured to address this regional forum on behalf of my Government "
        "and to share with you what we have learnt since the last forum in Apia.",
        "Welcome remarks of Mr Tomasz Wielgosz-Amadi, Chairman of the Board Mr Chairman, dear colleagues, allow me to "
        "begin by thanking our hosts for their hospitality and for the excellent arrangements made for this meeting, "
        "which brings together more regulators than any meeting of the Board before it.",
    ],
)
def test_a_speech_a_layout_ran_into_its_header_line_is_the_speakers(line: str) -> None:
    """A speech's salutation run into its header line (a PDF's or OCR's layout): the header ends at the salutation
    and names who speaks (``author_headers._before_salutation``; round 40: no request was kept before)."""
    r = make_report(line, "I invite all administrations to send their data before 30 June 2034.")
    assert [parties(x) for x in run(r, None)] == [
        ("invite", "person:tomasz-wielgosz-amadi", ("collective:administrations",))
    ]


@pytest.mark.parametrize(
    ("body", "lines", "chair"),
    [
        (
            "itu-council",
            (
                "The outgoing Chairman, Mr Arnar Gíslason (Iceland), opened the 2031 session of the Council.",
                "The Council elected, by acclamation, Ms Lucía Ferrand-Obi (Chile) as Chairman and Mr Tunde "
                "Bakare-Lind (Nigeria) as Vice-Chairman.",
            ),
            "person:lucia-ferrand-obi",
        ),
        (
            "itu-council",
            (
                "The outgoing Chairman, Mr Arnar Gíslason (Iceland), opened the session.",
                "Ms Lucía Ferrand-Obi (Chile) was unanimously elected Chairman of the Council.",
            ),
            "person:lucia-ferrand-obi",
        ),
        (
            "tdag",
            (
                "The retiring Chair, Ms Ilse Brandt-Okafor (Germany), opened the meeting.",
                "The Group appointed Mr Kenji Sato-Lund (Japan) as its Chair.",
            ),
            "person:kenji-sato-lund",
        ),
    ],
)
def test_the_chairman_after_an_election_is_the_one_elected(body: str, lines: tuple[str, ...], chair: str) -> None:
    """The outgoing chair opens the session, the meeting elects another: ``The Chairman`` from then on is the
    one elected, not the first read as its chair."""
    ask = "The Chairman invited delegations to submit their proposals by 4 May 2031."
    got = run(report(*lines, ask), body)
    assert [parties(x)[1] for x in got] == [chair]


def test_a_former_chair_named_later_does_not_take_the_chair() -> None:
    """``paid tribute to the former Chairman, Ms B, who was elected in 2029``: no election at this meeting; the
    chair who opened it still asks."""
    r = report(
        "The Chairman, Mr Arnar Gíslason (Iceland), opened the session.",
        "The Chairman paid tribute to the former Chairman, Ms Lucía Ferrand-Obi (Chile), who was elected in 2029.",
        "The Chairman invited delegations to submit their proposals by 4 May 2031.",
    )
    assert [parties(x)[1] for x in run(r, "itu-council")] == ["person:arnar-gislason"]


def test_a_request_before_the_election_is_the_outgoing_chairs() -> None:
    r = report(
        "The outgoing Chairman, Mr Arnar Gíslason (Iceland), opened the session and invited councillors to "
        "observe a minute of silence.",
        "Ms Lucía Ferrand-Obi (Chile) was elected Chairman of the Council.",
        "The Chairman urged all councillors to keep their statements short.",
    )
    got = [parties(x)[1] for x in run(r, "itu-council")]
    assert got == ["person:arnar-gislason", "person:lucia-ferrand-obi"]


@pytest.mark.parametrize("verb", ["nominated", "confirmed", "re-elected"])
def test_the_chairman_after_any_verb_that_gives_a_post_is_the_one_given_it(verb: str) -> None:
    """Every verb of ``election-verbs.csv`` (kind ``vote``) seats the chair, as it gives the person the post:
    ``The Assembly nominated Ms B as its Chair`` makes Ms B the Chair who asks after it."""
    r = report(
        "The outgoing Chair, Mr Orri Valgeirsson (Iceland), opened the meeting.",
        f"The Assembly {verb} Ms Tahmina Rezvani-Holt (Tajikistan) as its Chair for the period.",
        "The Chair invited delegations to send their comments by 12 March 2032.",
    )
    assert [parties(x)[1] for x in run(r, "itu-council")] == ["person:tahmina-rezvani-holt"]
